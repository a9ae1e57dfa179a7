import { BackstopError } from '../errors.ts';

/** Hamming distance at or below which two PDQ hashes are a match (the PDQ authors' advice). */
export const PDQ_MATCH_THRESHOLD = 31;
/** Quality below which a PDQ hash is too featureless to be trusted (the PDQ authors' advice). */
export const PDQ_QUALITY_THRESHOLD = 50;

/** A PDQ hash is 256 bits: 32 bytes, 64 hex digits, or 8 words of 32 bits when packed. */
export const PDQ_BYTES = 32;
export const PDQ_WORDS = 8;
export const PDQ_BITS = 256;

const HEX_64 = /^[0-9a-fA-F]{64}$/;

/** Validates a PDQ hash written as 64 hex digits and returns it in lower case. */
export function parsePdqHash(text: string): string {
  if (typeof text !== 'string') {
    throw new BackstopError('invalid_hash', 'A PDQ hash must be text: 64 hexadecimal digits.');
  }
  const trimmed = text.trim();
  if (!HEX_64.test(trimmed)) {
    const shown = trimmed.length > 80 ? `${trimmed.slice(0, 77)}...` : trimmed;
    throw new BackstopError(
      'invalid_hash',
      `A PDQ hash must be exactly 64 hexadecimal digits (0-9, a-f); got ${trimmed.length} characters: "${shown}".`,
    );
  }
  return trimmed.toLowerCase();
}

/** 32 bytes, most significant first (the order the hex digits are printed in). */
export function pdqHexToBytes(hex: string): Uint8Array {
  const normalized = parsePdqHash(hex);
  const bytes = new Uint8Array(32);
  for (let i = 0; i < 32; i++) bytes[i] = parseInt(normalized.slice(i * 2, i * 2 + 2), 16);
  return bytes;
}

const HEX_DIGITS = '0123456789abcdef';

export function pdqBytesToHex(bytes: Uint8Array): string {
  if (!(bytes instanceof Uint8Array) || bytes.length !== 32) {
    throw new BackstopError('invalid_hash', 'A PDQ hash must be 32 bytes (256 bits).');
  }
  let hex = '';
  for (let i = 0; i < 32; i++) hex += HEX_DIGITS[bytes[i] >> 4] + HEX_DIGITS[bytes[i] & 15];
  return hex;
}

/** Number of set bits in a 32-bit integer. */
export function popcount32(x: number): number {
  x = x - ((x >>> 1) & 0x55555555);
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  x = (x + (x >>> 4)) & 0x0f0f0f0f;
  return Math.imul(x, 0x01010101) >>> 24;
}

/**
 * Writes a PDQ hash (exactly 64 hex digits, either case, or 32 bytes) into `out[offset..offset+8)`
 * as big-endian 32-bit words, so word 0 holds hex digits 0..7. Returns false and writes nothing
 * for anything else: the caller chooses the error (the matching index and `hammingDistance` differ).
 */
export function writePdqWords(hash: string | Uint8Array, out: Uint32Array, offset = 0): boolean {
  if (typeof hash === 'string') {
    if (hash.length !== 64 || !HEX_64.test(hash)) return false;
    for (let w = 0; w < PDQ_WORDS; w++) out[offset + w] = parseInt(hash.slice(w * 8, w * 8 + 8), 16);
    return true;
  }
  if (!(hash instanceof Uint8Array) || hash.length !== PDQ_BYTES) return false;
  for (let w = 0; w < PDQ_WORDS; w++) {
    const b = w * 4;
    out[offset + w] = ((hash[b] << 24) | (hash[b + 1] << 16) | (hash[b + 2] << 8) | hash[b + 3]) >>> 0;
  }
  return true;
}

function toWords(hash: string | Uint8Array, out: Uint32Array): void {
  if (writePdqWords(hash, out)) return;
  // parsePdqHash accepts surrounding space and explains what is wrong with anything else.
  if (typeof hash === 'string' && writePdqWords(parsePdqHash(hash), out)) return;
  throw new BackstopError('invalid_hash', 'A PDQ hash must be 32 bytes (256 bits).');
}

const wordsA = new Uint32Array(PDQ_WORDS);
const wordsB = new Uint32Array(PDQ_WORDS);

/** Number of differing bits between two PDQ hashes (hex text or 32 bytes), 0..256. */
export function hammingDistance(a: string | Uint8Array, b: string | Uint8Array): number {
  toWords(a, wordsA);
  toWords(b, wordsB);
  let d = 0;
  for (let w = 0; w < PDQ_WORDS; w++) d += popcount32(wordsA[w] ^ wordsB[w]);
  return d;
}
