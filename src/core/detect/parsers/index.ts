/** Parsers: export files and pasted text → messages. Pure text in, messages out (isomorphic). */
import { BackstopError } from '../../errors.ts';
import type { Message } from '../types.ts';
import { discordMessages, isDiscordExport } from './discord.ts';
import { looksLikeEmail, parseEml } from './eml.ts';
import { isRecord, parseJson } from './errors.ts';
import { isMetaExport, metaMessages } from './meta.ts';
import { looksLikeTranscript, parseTranscript, parseTranscriptOrText } from './transcript.ts';
import { isWhatsAppLine, parseWhatsApp } from './whatsapp.ts';

export const FORMATS = [
  'transcript',
  'whatsapp',
  'instagram',
  'messenger',
  'discord',
  'eml',
  'text',
] as const;
export type ConversationFormat = (typeof FORMATS)[number];

export { parseTranscript, parseTranscriptOrText, looksLikeTranscript } from './transcript.ts';
export { parseWhatsApp } from './whatsapp.ts';
export { parseMetaJson, fixMojibake } from './meta.ts';
export { parseDiscordJson } from './discord.ts';
export { parseEml, decodeHeader } from './eml.ts';

// Instagram threads live under "inbox/" with a "magic_words" field; Messenger ones have none
const isInstagram = (data: unknown) => isRecord(data) && 'magic_words' in data;

/** Guesses the format of an export or pasted text from its content. */
export function detectFormat(text: string): ConversationFormat {
  const trimmed = text.trimStart();
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
    let data: unknown;
    try {
      data = JSON.parse(trimmed);
    } catch {
      data = undefined;
    }
    if (data !== undefined) {
      if (isDiscordExport(data)) return 'discord';
      if (isMetaExport(data)) return isInstagram(data) ? 'instagram' : 'messenger';
      return 'text';
    }
  }
  const firstLine = trimmed.split(/\r?\n/, 1)[0] ?? '';
  if (isWhatsAppLine(firstLine)) return 'whatsapp';
  if (looksLikeEmail(trimmed)) return 'eml';
  if (looksLikeTranscript(trimmed)) return 'transcript';
  return 'text';
}

export interface ParsedConversation {
  format: ConversationFormat;
  messages: Message[];
}

/**
 * Parses `text` in `format` (detected when omitted). Malformed exports throw a BackstopError naming the line. A
 * detected transcript is read leniently: a pasted chat often starts with a line that names no speaker ("Today
 * 21:03", the other person's name), which becomes a message of its own instead of a refusal.
 */
export function parseConversation(text: string, format?: ConversationFormat): ParsedConversation {
  const chosen = format ?? detectFormat(text);
  switch (chosen) {
    case 'transcript':
      return { format: chosen, messages: format ? parseTranscript(text) : parseTranscriptOrText(text) };
    case 'whatsapp':
      return { format: chosen, messages: parseWhatsApp(text) };
    case 'instagram':
    case 'messenger': {
      const label = chosen === 'instagram' ? 'Instagram' : 'Messenger';
      return { format: chosen, messages: metaMessages(parseJson(label, text), label) };
    }
    case 'discord':
      return { format: chosen, messages: discordMessages(parseJson('Discord', text)) };
    case 'eml':
      return { format: chosen, messages: parseEml(text) };
    case 'text':
      if (!text.trim()) throw new BackstopError('empty_input', 'There is no text to scan.');
      return { format: chosen, messages: [{ text }] };
    default:
      throw new BackstopError(
        'unknown_format',
        `Unknown format "${String(chosen)}". Use one of: ${FORMATS.join(', ')}.`,
      );
  }
}
