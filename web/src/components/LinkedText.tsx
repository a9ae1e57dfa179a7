import type { ReactNode } from 'react';
import { phoneNumbersOf } from '../directory.ts';
import { Link } from '../router.tsx';
import { useSettings } from '../settings.tsx';

/** Pages a step may name, as `"Stop images spreading" page`. */
const PAGES: Record<string, string> = {
  'Stop images spreading': '/stop-spreading',
  'Stop the images spreading': '/stop-spreading',
  'Save evidence': '/evidence',
  'Report it': '/report',
  Support: '/support',
};

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const WEB_ADDRESS = String.raw`(?:https:\/\/)?(?:[a-z0-9-]+\.)+(?:gov|org|com|net|uk|ca|au|us)(?:\/[^\s,;()]*[^\s,;().])?`;

/**
 * Plain text from the directory or the risk engine with its phone numbers as `tel:` links (the
 * country's known numbers, so "999" and "101" can be tapped), its web addresses as links and the
 * app's own pages it names as in-app links.
 */
export function LinkedText({ text }: { text: string }) {
  const { country } = useSettings();
  const phones = phoneNumbersOf(country);
  const hrefOf = new Map(phones.map((p) => [p.text, p.href]));
  const pattern = new RegExp(
    [
      `"(${Object.keys(PAGES).map(escape).join('|')})" page`,
      `(?<![\\w@.-])(${WEB_ADDRESS})(?![\\w-])`,
      ...(phones.length ? [`(?<![\\w-])(${phones.map((p) => escape(p.text)).join('|')})(?![\\w-])`] : []),
    ].join('|'),
    'gi',
  );
  const parts: ReactNode[] = [];
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    const [whole, page, address, phone] = match;
    const at = match.index ?? 0;
    parts.push(text.slice(last, at));
    if (page) {
      parts.push(
        <Link key={at} to={PAGES[page] ?? '/'}>
          {whole}
        </Link>,
      );
    } else if (address) {
      parts.push(
        <a
          key={at}
          href={address.startsWith('https://') ? address : `https://${address}`}
          target="_blank"
          rel="noopener noreferrer"
        >
          {address}
          <span className="visually-hidden"> (opens in a new tab)</span>
        </a>,
      );
    } else if (phone) {
      parts.push(
        <a key={at} href={hrefOf.get(phone)} className="phone">
          {phone}
        </a>,
      );
    }
    last = at + whole.length;
  }
  parts.push(text.slice(last));
  return <>{parts}</>;
}
