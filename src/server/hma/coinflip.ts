import { createHash, randomBytes } from 'node:crypto';

/**
 * HMA's per-request coin flip for bank matching ratios: `random.Random(seed).random()` in Python,
 * reproduced exactly (Mersenne Twister MT19937 seeded as CPython seeds it from a string), so a
 * given `seed` makes the same decision here as in HMA. Without a seed the flip is random.
 */
export function coinflip(seed: string | undefined): number {
  if (seed === undefined) return randomBytes(6).readUIntBE(0, 6) / 2 ** 48;
  return new PythonRandom(seed).random();
}

const N = 624;
const M = 397;

class PythonRandom {
  private readonly mt = new Uint32Array(N);
  private index = N;

  /** CPython's `Random(str)`: the integer of the UTF-8 bytes followed by their SHA-512, big-endian. */
  constructor(seed: string) {
    const text = Buffer.from(seed, 'utf8');
    const bytes = Buffer.concat([text, createHash('sha512').update(text).digest()]);
    let start = 0;
    while (start < bytes.length && bytes[start] === 0) start++;
    const key: number[] = [];
    // 32-bit words, least significant first (CPython's init_by_array key).
    for (let end = bytes.length; end > start; end -= 4) {
      let word = 0;
      for (let i = Math.max(start, end - 4); i < end; i++) word = (word * 256 + bytes[i]) >>> 0;
      key.push(word);
    }
    this.initByArray(key.length ? key : [0]);
  }

  private initGenrand(s: number): void {
    const mt = this.mt;
    mt[0] = s >>> 0;
    for (let i = 1; i < N; i++) {
      const prev = mt[i - 1] ^ (mt[i - 1] >>> 30);
      mt[i] = (Math.imul(1812433253, prev) + i) >>> 0;
    }
    this.index = N;
  }

  private initByArray(key: number[]): void {
    const mt = this.mt;
    this.initGenrand(19650218);
    let i = 1;
    let j = 0;
    for (let k = Math.max(N, key.length); k > 0; k--) {
      const prev = mt[i - 1] ^ (mt[i - 1] >>> 30);
      mt[i] = ((mt[i] ^ Math.imul(prev, 1664525)) + key[j] + j) >>> 0;
      i++;
      j++;
      if (i >= N) {
        mt[0] = mt[N - 1];
        i = 1;
      }
      if (j >= key.length) j = 0;
    }
    for (let k = N - 1; k > 0; k--) {
      const prev = mt[i - 1] ^ (mt[i - 1] >>> 30);
      mt[i] = ((mt[i] ^ Math.imul(prev, 1566083941)) - i) >>> 0;
      i++;
      if (i >= N) {
        mt[0] = mt[N - 1];
        i = 1;
      }
    }
    mt[0] = 0x80000000;
  }

  private next(): number {
    const mt = this.mt;
    if (this.index >= N) {
      for (let k = 0; k < N; k++) {
        const y = (mt[k] & 0x80000000) | (mt[(k + 1) % N] & 0x7fffffff);
        mt[k] = mt[(k + M) % N] ^ (y >>> 1) ^ (y & 1 ? 0x9908b0df : 0);
      }
      this.index = 0;
    }
    let y = mt[this.index++];
    y ^= y >>> 11;
    y ^= (y << 7) & 0x9d2c5680;
    y ^= (y << 15) & 0xefc60000;
    y ^= y >>> 18;
    return y >>> 0;
  }

  /** A float in [0, 1) with 53 random bits, as CPython's random(). */
  random(): number {
    const a = this.next() >>> 5;
    const b = this.next() >>> 6;
    return (a * 67108864 + b) / 9007199254740992;
  }
}
