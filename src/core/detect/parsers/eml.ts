/**
 * Raw e-mail (.eml, RFC 5322 + MIME): the sender, the subject and the first text/plain part (or the
 * text of the first text/html part), decoded from quoted-printable or base64 in its charset.
 */
import type { Message } from '../types.ts';
import { malformed } from './errors.ts';

const MAX_DEPTH = 5;

interface Part {
  headers: Map<string, string>;
  body: string;
}

const HEADER_LINE = /^([!-9;-~]{1,80}):[ \t]?(.*)$/;

function splitPart(raw: string, firstLine: number, strict: boolean): Part {
  const lines = raw.split(/\r?\n/);
  const headers = new Map<string, string>();
  let last = '';
  let i = 0;
  for (; i < lines.length; i++) {
    const line = lines[i];
    if (line === '') {
      i++;
      break;
    }
    if ((line[0] === ' ' || line[0] === '\t') && last) {
      headers.set(last, `${headers.get(last)} ${line.trim()}`);
      continue;
    }
    const m = HEADER_LINE.exec(line);
    if (!m) {
      if (strict)
        throw malformed(
          'E-mail',
          `"${line.slice(0, 40)}" is not a header (expected "Name: value").`,
          firstLine + i,
        );
      break;
    }
    last = m[1].toLowerCase();
    headers.set(last, headers.has(last) ? `${headers.get(last)}, ${m[2]}` : m[2]);
  }
  return { headers, body: lines.slice(i).join('\n') };
}

function decodeBytes(bytes: Uint8Array, charset: string): string {
  try {
    return new TextDecoder(charset || 'utf-8').decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}

function base64Bytes(text: string): Uint8Array {
  const clean = text.replace(/[^A-Za-z0-9+/]/g, '');
  const padded = clean + '='.repeat((4 - (clean.length % 4)) % 4);
  try {
    const binary = atob(padded.length % 4 === 0 ? padded : clean);
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return bytes;
  } catch {
    return new TextEncoder().encode(text);
  }
}

function quotedPrintableBytes(text: string): Uint8Array {
  const input = text.replace(/=\r?\n/g, '');
  const out: number[] = [];
  for (let i = 0; i < input.length; i++) {
    const c = input.charCodeAt(i);
    if (c === 61 && /^[0-9A-Fa-f]{2}$/.test(input.slice(i + 1, i + 3))) {
      out.push(parseInt(input.slice(i + 1, i + 3), 16));
      i += 2;
    } else if (c < 128) out.push(c);
    else for (const b of new TextEncoder().encode(input[i])) out.push(b);
  }
  return Uint8Array.from(out);
}

function param(value: string, name: string): string {
  const m = new RegExp(`;\\s*${name}\\s*=\\s*(?:"([^"]{0,200})"|([^;\\s]{1,200}))`, 'i').exec(value);
  return (m?.[1] ?? m?.[2] ?? '').trim();
}

/** Decodes RFC 2047 encoded words: =?utf-8?B?...?= and =?utf-8?Q?...?=. */
export function decodeHeader(value: string): string {
  return value.replace(
    /=\?([^?\s]{1,40})\?([BbQq])\?([^?\s]{0,1000})\?=/g,
    (_all, charset: string, enc: string, data: string) =>
      decodeBytes(
        enc.toUpperCase() === 'B' ? base64Bytes(data) : quotedPrintableBytes(data.replace(/_/g, ' ')),
        charset.toLowerCase(),
      ),
  );
}

function partText(part: Part): string {
  const type = part.headers.get('content-type') ?? 'text/plain';
  const encoding = (part.headers.get('content-transfer-encoding') ?? '').trim().toLowerCase();
  const charset = param(type, 'charset').toLowerCase();
  const bytes =
    encoding === 'base64'
      ? base64Bytes(part.body)
      : encoding === 'quoted-printable'
        ? quotedPrintableBytes(part.body)
        : new TextEncoder().encode(part.body);
  return charset && charset !== 'utf-8' && encoding !== 'base64' && encoding !== 'quoted-printable'
    ? part.body
    : decodeBytes(bytes, charset);
}

const ENTITIES: Record<string, string> = {
  nbsp: ' ',
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  '#39': "'",
  apos: "'",
};
const BLOCK_TAGS = new Set(['br', 'p', '/p', 'div', '/div', 'li', 'tr', '/tr']);

/** Text of an HTML body in one pass: tags dropped (block tags become line breaks), script/style skipped. */
function htmlToText(html: string): string {
  let out = '';
  let i = 0;
  const n = html.length;
  let lower: string | undefined;
  while (i < n) {
    const c = html[i];
    if (c === '<') {
      const close = html.indexOf('>', i + 1);
      if (close < 0) break;
      const name = /^\/?[a-z0-9]{0,10}/i.exec(html.slice(i + 1, i + 12))?.[0].toLowerCase() ?? '';
      out += BLOCK_TAGS.has(name) ? '\n' : ' ';
      i = close + 1;
      if (name === 'script' || name === 'style') {
        lower ??= html.toLowerCase();
        const end = lower.indexOf(`</${name}`, i);
        if (end < 0) break;
        i = end;
      }
      continue;
    }
    if (c === '&') {
      const semi = html.slice(i + 1, i + 8).indexOf(';');
      const entity = semi > 0 ? ENTITIES[html.slice(i + 1, i + 1 + semi)] : undefined;
      if (entity !== undefined) {
        out += entity;
        i += semi + 2;
        continue;
      }
    }
    out += c;
    i++;
  }
  return out;
}

function findText(part: Part, depth: number): { text: string; html: boolean } | null {
  const type = (part.headers.get('content-type') ?? 'text/plain').toLowerCase();
  if (type.startsWith('multipart/')) {
    const boundary = param(part.headers.get('content-type') ?? '', 'boundary');
    if (!boundary || depth >= MAX_DEPTH) return null;
    const chunks = part.body.split(`--${boundary}`).slice(1);
    let html: { text: string; html: boolean } | null = null;
    for (const chunk of chunks) {
      if (chunk.startsWith('--')) break;
      const found = findText(splitPart(chunk.replace(/^\r?\n/, ''), 0, false), depth + 1);
      if (found && !found.html) return found;
      html ??= found;
    }
    return html;
  }
  if (type.startsWith('text/html')) return { text: htmlToText(partText(part)), html: true };
  if (type.startsWith('text/') || !part.headers.has('content-type'))
    return { text: partText(part), html: false };
  return null;
}

export function looksLikeEmail(text: string): boolean {
  const head = text.slice(0, 4000).split(/\r?\n\r?\n/)[0] ?? '';
  // a pasted "Subject: ..." line followed straight by the body is text, not headers
  return (
    /^(from|subject|received|return-path|mime-version|message-id|delivered-to|date|to):/im.test(head) &&
    /^(from|subject):/im.test(head) &&
    head.split(/\r?\n/).every((line, i) => HEADER_LINE.test(line) || (i > 0 && /^[ \t]/.test(line)))
  );
}

export function parseEml(text: string): Message[] {
  const first = text.split(/\r?\n/, 1)[0] ?? '';
  if (!HEADER_LINE.test(first)) {
    throw malformed('E-mail', 'expected e-mail headers such as "From: ..." and "Subject: ...".', 1);
  }
  const root = splitPart(text, 1, true);
  if (!root.headers.has('from') && !root.headers.has('subject')) {
    throw malformed('E-mail', 'no "From:" or "Subject:" header found.', 1);
  }
  const subject = decodeHeader(root.headers.get('subject') ?? '').trim();
  const body = findText(root, 0)?.text.trim() ?? '';
  const from = decodeHeader(root.headers.get('from') ?? '').trim();
  const date = root.headers.get('date')?.trim();
  return [
    {
      sender: from || '(unknown sender)',
      text: subject ? `${subject}\n\n${body}` : body,
      ...(date ? { time: date } : {}),
    },
  ];
}
