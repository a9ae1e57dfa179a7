/**
 * WhatsApp "Export chat" text files. Android: `31/12/2023, 21:41 - Name: message`; iOS:
 * `[31/12/2023, 21:41:05] Name: message` (often behind an invisible U+200E mark). Dates may be d/m/y
 * or m/d/y with 2- or 4-digit years; times 24 h or with AM/PM. Lines without a date continue the
 * previous message; lines with a date but no `Name:` are system notices and are skipped.
 */
import type { Message } from '../types.ts';
import { malformed } from './errors.ts';

const DATE = String.raw`\d{1,4}[./-]\d{1,2}[./-]\d{1,4}`;
const TIME = String.raw`\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:[ \u202f\u00a0]?[AaPp]\.?[Mm]\.?)?`;
export const ANDROID_LINE = new RegExp(String.raw`^\u200e?(${DATE}),? (${TIME}) [-–] (.*)$`);
export const IOS_LINE = new RegExp(String.raw`^[\u200e\u200f]?\[(${DATE}),? (${TIME})\] (.*)$`);

function splitSender(rest: string): { sender: string; text: string } | null {
  const at = rest.indexOf(': ');
  if (at <= 0 || at > 120) return null;
  return {
    sender: rest
      .slice(0, at)
      .replace(/^[\u200e\u200f~\s]+/, '')
      .trim(),
    text: rest.slice(at + 2),
  };
}

export function isWhatsAppLine(line: string): boolean {
  return ANDROID_LINE.test(line) || IOS_LINE.test(line);
}

export function parseWhatsApp(text: string): Message[] {
  const messages: Message[] = [];
  const lines = text.split(/\r?\n/);
  let seenDated = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!line.trim()) {
      if (messages.length) messages[messages.length - 1].text += '\n';
      continue;
    }
    const m = ANDROID_LINE.exec(line) ?? IOS_LINE.exec(line);
    if (!m) {
      if (!seenDated) {
        throw malformed(
          'WhatsApp',
          'expected a dated message such as "31/12/2023, 21:41 - Name: message" or "[31/12/2023, 21:41:05] Name: message".',
          i + 1,
        );
      }
      if (messages.length) messages[messages.length - 1].text += `\n${line}`;
      continue;
    }
    seenDated = true;
    const body = splitSender(m[3].replace(/^\u200e/, ''));
    if (!body) continue;
    messages.push({ sender: body.sender, text: body.text.replace(/\u200e/g, ''), time: `${m[1]} ${m[2]}` });
  }
  if (!messages.length) throw malformed('WhatsApp', 'no messages found.');
  for (const m of messages) m.text = m.text.replace(/\n+$/, '');
  return messages;
}
