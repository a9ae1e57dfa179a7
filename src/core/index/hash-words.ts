import { BackstopError } from '../errors.ts';

/** A PDQ hash is 256 bits: 32 bytes, 64 hex digits, 8 words of 32 bits in the index. */
export const PDQ_BYTES = 32;
export const PDQ_WORDS = 8;
export const PDQ_BITS = 256;

const HEX_64 = /^[0-9a-fA-F]{64}$/;

/**
 * Writes a PDQ hash (64 hex digits or 32 bytes) into `out[offset..offset+8)` as big-endian
 * 32-bit words, so word 0 holds hex digits 0..7. Throws a BackstopError for anything else.
 */
export function writePdqWords(hash: string | Uint8Array, out: Uint32Array, offset = 0): void {
  if (typeof hash === 'string') {
    if (hash.length !== 64 || !HEX_64.test(hash)) {
      throw new BackstopError('invalid_pdq_hash', 'A PDQ hash must be 64 hexadecimal digits (256 bits).');
    }
    for (let w = 0; w < PDQ_WORDS; w++) out[offset + w] = parseInt(hash.slice(w * 8, w * 8 + 8), 16);
    return;
  }
  if (!(hash instanceof Uint8Array) || hash.length !== PDQ_BYTES) {
    throw new BackstopError('invalid_pdq_hash', 'A PDQ hash must be 32 bytes (256 bits).');
  }
  for (let w = 0; w < PDQ_WORDS; w++) {
    const b = w * 4;
    out[offset + w] = ((hash[b] << 24) | (hash[b + 1] << 16) | (hash[b + 2] << 8) | hash[b + 3]) >>> 0;
  }
}

/** Number of set bits in a 32-bit integer. */
export function popcount32(x: number): number {
  x = x - ((x >>> 1) & 0x55555555);
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  x = (x + (x >>> 4)) & 0x0f0f0f0f;
  return Math.imul(x, 0x01010101) >>> 24;
}

/** Hamming distance between the 8-word hashes at `a[ai..]` and `b[bi..]`. */
export function wordsDistance(a: Uint32Array, ai: number, b: Uint32Array, bi: number): number {
  let d = 0;
  for (let w = 0; w < PDQ_WORDS; w++) d += popcount32(a[ai + w] ^ b[bi + w]);
  return d;
}

/** The 64 lower-case hex digits of the 8-word hash at `words[offset..]`. */
export function wordsToHex(words: Uint32Array, offset = 0): string {
  let hex = '';
  for (let w = 0; w < PDQ_WORDS; w++) hex += words[offset + w].toString(16).padStart(8, '0');
  return hex;
}
