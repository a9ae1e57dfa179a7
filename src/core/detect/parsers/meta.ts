/**
 * Instagram and Messenger "Download your information" JSON (`message_1.json`): `{ participants,
 * messages: [{ sender_name, timestamp_ms, content, photos?, videos? }] }`, newest first, text stored
 * as UTF-8 bytes escaped as Latin-1 (mojibake). Also the newer Messenger export:
 * `{ messages: [{ senderName, timestamp, text, media? }] }`.
 */
import type { Message } from '../types.ts';
import { isRecord, malformed, parseJson } from './errors.ts';

const MOJIBAKE = /[\u00c2-\u00f4][\u0080-\u00bf]/;

/** Repairs UTF-8 text that was decoded as Latin-1 ("Ã©" → "é", "ð\u009f\u0098\u0082" → 😂). */
export function fixMojibake(text: string): string {
  if (!MOJIBAKE.test(text)) return text;
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c > 0xff) return text;
    bytes[i] = c;
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return text;
  }
}

export function isMetaExport(value: unknown): boolean {
  if (!isRecord(value) || !Array.isArray(value.messages)) return false;
  const first = value.messages[0];
  return !isRecord(first) || 'sender_name' in first || 'senderName' in first;
}

export function parseMetaJson(text: string, label = 'Instagram/Messenger'): Message[] {
  return metaMessages(parseJson(label, text), label);
}

export function metaMessages(data: unknown, label = 'Instagram/Messenger'): Message[] {
  if (!isRecord(data) || !Array.isArray(data.messages)) {
    throw malformed(
      label,
      'expected an object with a "messages" list (the message_1.json file of the export).',
    );
  }
  const out: (Message & { order: number })[] = [];
  data.messages.forEach((item, index) => {
    if (!isRecord(item)) throw malformed(label, `message ${index + 1} is not an object.`);
    const sender = item.sender_name ?? item.senderName;
    if (typeof sender !== 'string') throw malformed(label, `message ${index + 1} has no sender_name.`);
    const time = item.timestamp_ms ?? item.timestamp;
    let body =
      typeof item.content === 'string' ? item.content : typeof item.text === 'string' ? item.text : '';
    const media = ['photos', 'videos', 'gifs', 'media', 'audio_files']
      .filter((k) => Array.isArray(item[k]) && (item[k] as unknown[]).length)
      .map((k) => (k === 'videos' ? 'video omitted' : 'photo omitted'));
    if (media.length) body = body ? `${body}\n${media.join('\n')}` : media.join('\n');
    out.push({
      sender: fixMojibake(sender),
      text: fixMojibake(body),
      ...(typeof time === 'number' ? { time } : {}),
      order: index,
    });
  });
  // exports list the newest message first; sort oldest first, keeping the file order for ties
  const timed = out.every((m) => typeof m.time === 'number');
  if (timed) out.sort((a, b) => (a.time as number) - (b.time as number) || b.order - a.order);
  return out.map(({ order: _order, ...m }) => m);
}
