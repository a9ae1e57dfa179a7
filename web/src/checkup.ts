import checkupFile from '../../data/help/checkup.json' with { type: 'json' };

/** One thing to change in an app's settings, with when and against which page it was checked. */
export interface CheckupStep {
  id: string;
  kind: 'private-account' | 'hide-friends' | 'messages' | 'location' | 'two-factor' | 'report-block';
  text: string;
  checked: string;
  source: string | null;
  /** True when the app's own help or safety pages confirm it; otherwise `note` says what to recheck. */
  confirmed: boolean;
  note?: string;
}

export interface CheckupApp {
  id: string;
  name: string;
  helpUrl: string;
  steps: CheckupStep[];
}

const file = checkupFile as { reviewed: string; apps: CheckupApp[] };
export const CHECKUP_REVIEWED: string = file.reviewed;
export const CHECKUP_APPS: CheckupApp[] = file.apps;

/** "2026-11-30" → "30 November 2026", without depending on the browser's locale. */
export function longDate(iso: string): string {
  const months = [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ];
  const [y, m, d] = iso.split('-').map(Number);
  return `${d} ${months[m - 1]} ${y}`;
}
