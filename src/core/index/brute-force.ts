import { BackstopError } from '../errors.ts';
import type { PdqMatch } from './types.ts';

const BIT_COUNT = new Uint8Array(256);
for (let i = 1; i < 256; i++) BIT_COUNT[i] = (i & 1) + BIT_COUNT[i >> 1];

function toBytes(hash: string | Uint8Array): Uint8Array {
  if (typeof hash !== 'string') {
    if (hash.length !== 32)
      throw new BackstopError('invalid_pdq_hash', 'A PDQ hash must be 32 bytes (256 bits).');
    return hash;
  }
  if (!/^[0-9a-fA-F]{64}$/.test(hash)) {
    throw new BackstopError('invalid_pdq_hash', 'A PDQ hash must be 64 hexadecimal digits (256 bits).');
  }
  const bytes = new Uint8Array(32);
  for (let i = 0; i < 32; i++) bytes[i] = parseInt(hash.slice(i * 2, i * 2 + 2), 16);
  return bytes;
}

/**
 * The reference answer: compares the query with every entry, byte by byte. Deliberately simple and
 * independent of the index's packed words, so tests and the benchmark can check the index against it.
 */
export function bruteForcePdqQuery(
  entries: Iterable<[number, Uint8Array]>,
  hash: string | Uint8Array,
  maxDistance: number,
): PdqMatch[] {
  const query = toBytes(hash);
  const matches: PdqMatch[] = [];
  for (const [id, bytes] of entries) {
    let distance = 0;
    for (let i = 0; i < 32; i++) distance += BIT_COUNT[query[i] ^ bytes[i]];
    if (distance <= maxDistance) matches.push({ id, distance });
  }
  return matches.sort((a, b) => a.distance - b.distance || a.id - b.id);
}
