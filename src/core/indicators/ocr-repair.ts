import { base58Address } from './crypto.ts';
import type { Indicator } from './types.ts';

/** A base58 address as OCR may have misread it (with 0, O, I, l that base58 does not use). */
const OCR_TOKEN = /(?<![A-Za-z0-9])[13LMDT][0-9A-Za-z]{24,36}(?![A-Za-z0-9])/g;
const BASE58_ONLY = /^[1-9A-HJ-NP-Za-km-z]{25,35}$/;

/** Characters OCR confuses with each other in screenshots of base58 text. */
const CONFUSIONS: Record<string, string> = {
  g: 'q',
  q: 'g',
  V: 'v',
  v: 'V',
  W: 'w',
  w: 'W',
  C: 'c',
  c: 'C',
  S: 's5',
  s: 'S',
  Z: 'z2',
  z: 'Z',
  X: 'x',
  x: 'X',
  U: 'u',
  u: 'U',
  K: 'k',
  k: 'K',
  P: 'p',
  p: 'P',
  Y: 'y',
  y: 'Y',
  '0': 'o',
  O: 'o',
  l: '1i',
  I: '1j',
  '5': 'S',
  '2': 'Z',
  '8': 'B',
  B: '8',
  '6': 'Gb',
  G: '6',
  m: 'n',
  n: 'm',
  '4': 'A',
  A: '4',
};
const MAX_TOKENS = 10;
const MAX_CHECKS = 8000;

function* neighbours(s: string): Generator<string> {
  for (let i = 0; i < s.length; i++) {
    for (const c of CONFUSIONS[s[i]] ?? '') yield s.slice(0, i) + c + s.slice(i + 1);
    if (s.length > 26) yield s.slice(0, i) + s.slice(i + 1);
  }
}

function repair(
  token: string,
): { address: string; edits: number; platform: string; kind: string } | undefined {
  const check = (candidate: string) => (BASE58_ONLY.test(candidate) ? base58Address(candidate) : undefined);
  const first = [...new Set(neighbours(token))];
  for (const c of first) {
    const found = check(c);
    if (found) return { address: c, edits: 1, ...found };
  }
  let checks = 0;
  for (const c of first)
    for (const d of neighbours(c)) {
      if (++checks > MAX_CHECKS) return undefined;
      const found = check(d);
      if (found) return { address: d, edits: 2, ...found };
    }
  return undefined;
}

/**
 * For OCR text: base58 addresses (BTC, LTC, DOGE, TRX) that fail their checksum as read are tried
 * with one or two of the character confusions OCR makes (q/g, v/V, a doubled letter...). A repair
 * is reported only when the checksum then holds (32-bit: a wrong repair passes about once in
 * 4 billion tries), with `details.ocrRepaired` and lower confidence. `found` are the indicators
 * already extracted from the same text (their addresses are not retried).
 */
export function repairOcrAddresses(text: string, found: Indicator[]): Indicator[] {
  const taken = new Set(found.filter((i) => i.type === 'crypto_address').map((i) => i.start));
  const out: Indicator[] = [];
  let tokens = 0;
  for (const m of text.matchAll(OCR_TOKEN)) {
    if (taken.has(m.index) || base58Address(m[0])) continue;
    if (++tokens > MAX_TOKENS) break;
    const fixed = repair(m[0]);
    if (!fixed) continue;
    out.push({
      type: 'crypto_address',
      value: m[0],
      normalized: fixed.address,
      start: m.index,
      end: m.index + m[0].length,
      confidence: fixed.edits === 1 ? 0.9 : 0.8,
      platform: fixed.platform,
      details: { kind: fixed.kind, checksum: true, ocrRepaired: true, edits: fixed.edits },
    });
  }
  return out;
}
