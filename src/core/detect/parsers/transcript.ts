/** Plain transcripts: one `Name: message` per line (optionally `[time] Name:` or `12:30 Name:`). */
import type { Message } from '../types.ts';
import { malformed } from './errors.ts';

const SPEAKER_LINE =
  /^[ \t]{0,8}(?:\[([^\]\n]{1,40})\][ \t]{0,4}|(\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]?[ap]m)?)[ \t]{1,4})?([^:\n[\]]{1,40}):(?:[ \t]+(.*)|$)/i;

interface SpeakerLine {
  time?: string;
  sender: string;
  text: string;
}

function speakerLine(line: string): SpeakerLine | null {
  const m = SPEAKER_LINE.exec(line);
  if (!m) return null;
  const sender = m[3].trim();
  if (!sender || sender.split(' ').length > 4 || /^(https?|ftp|mailto)$/i.test(sender)) return null;
  // "12/31/23, 9:41 PM - Jess:" is a WhatsApp line, not a speaker called "12/31/23, 9"
  if (/^\d{1,4}[./-]\d/.test(sender)) return null;
  const time = m[1] ?? m[2];
  return { sender, text: m[4] ?? '', ...(time ? { time } : {}) };
}

const splitLines = (text: string) => text.split(/\r?\n/);

/** Strict: every message line must start with `Name:`; other lines continue the previous message. */
export function parseTranscript(text: string): Message[] {
  const messages: Message[] = [];
  const lines = splitLines(text);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!line.trim()) continue;
    const parsed = speakerLine(line);
    if (parsed) messages.push(parsed);
    else if (messages.length) messages[messages.length - 1].text += `\n${line}`;
    else
      throw malformed(
        'Transcript',
        'expected "Name: message" (who wrote it, a colon, then the message).',
        i + 1,
      );
  }
  if (!messages.length) throw malformed('Transcript', 'no messages found.');
  return messages;
}

/** True when most non-empty lines look like `Name: message`. */
export function looksLikeTranscript(text: string): boolean {
  let total = 0;
  let speakers = 0;
  for (const line of splitLines(text)) {
    if (!line.trim()) continue;
    total++;
    if (speakerLine(line)) speakers++;
    if (total >= 200) break;
  }
  return speakers >= 2 && speakers * 2 >= total;
}

/** Lenient: a transcript when it looks like one, otherwise the whole text as one message. */
export function parseTranscriptOrText(text: string): Message[] {
  if (!looksLikeTranscript(text)) return text.trim() ? [{ text }] : [];
  const messages: Message[] = [];
  for (const line of splitLines(text)) {
    if (!line.trim()) continue;
    const parsed = speakerLine(line);
    if (parsed) messages.push(parsed);
    else if (messages.length) messages[messages.length - 1].text += `\n${line}`;
    else messages.push({ text: line });
  }
  return messages;
}
