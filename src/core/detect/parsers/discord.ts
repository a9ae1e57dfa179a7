/**
 * Discord channel exports made with DiscordChatExporter (JSON): `{ guild, channel, messages: [{ id,
 * timestamp, content, author: { name, nickname }, attachments }] }`, oldest first.
 */
import type { Message } from '../types.ts';
import { isRecord, malformed, parseJson } from './errors.ts';

export function isDiscordExport(value: unknown): boolean {
  return isRecord(value) && Array.isArray(value.messages) && ('channel' in value || 'guild' in value);
}

export function parseDiscordJson(text: string): Message[] {
  return discordMessages(parseJson('Discord', text));
}

export function discordMessages(data: unknown): Message[] {
  if (!isRecord(data) || !Array.isArray(data.messages)) {
    throw malformed('Discord', 'expected a DiscordChatExporter JSON file with a "messages" list.');
  }
  return data.messages.map((item, index) => {
    if (!isRecord(item) || !isRecord(item.author))
      throw malformed('Discord', `message ${index + 1} has no author.`);
    const author = item.author;
    const sender = [author.nickname, author.name, author.id].find((v) => typeof v === 'string' && v);
    if (typeof sender !== 'string') throw malformed('Discord', `message ${index + 1} has no author name.`);
    let body = typeof item.content === 'string' ? item.content : '';
    if (Array.isArray(item.attachments) && item.attachments.length)
      body = body ? `${body}\nattached image` : 'attached image';
    return { sender, text: body, ...(typeof item.timestamp === 'string' ? { time: item.timestamp } : {}) };
  });
}
