/**
 * The learned combiner: a logistic regression over one participant's messages. Each message adds
 * one number to its sender's running sum (hashed word n-grams and character n-grams of the tokens
 * the matcher already made, and the message's cues by id and by stage), so streaming keeps one
 * number per sender. The weights are data (`data/detect/model/weights.ts`, made by
 * `npm run train:detect`). The combiner never explains an alert by itself: the analyzer lets it
 * raise a participant to `warning` only when that participant has reached a stage through cues.
 */
import weights from '../../../data/detect/model/weights.ts';
import { hashString, type Token } from './normalize.ts';
import type { Cue } from './types.ts';

/** What a message contributes, slot by slot: used by the runtime scorer and by training. */
export interface FeatureSink {
  add(slot: number, value: number): void;
}

/** The shipped weights' shape (the generated module's default export). */
export interface CombinerData {
  version: number;
  /** log2 of the number of hashed slots */
  bits: number;
  /** also hash character 3-grams of each word */
  charGrams: boolean;
  /** weight of a slot whose code is c (an int8) = sign(c)·c²·scale */
  scale: number;
  bias: number;
  /** a participant whose logit (bias + running sum) reaches this may be raised to warning */
  threshold: number;
  /** the indices of the slots of `values`, ascending, Rice-coded gaps in base64 (`decodeSlots`) */
  slots: string;
  /** one int8 code per slot, in the ranked encoding (`decodeCodes`) */
  values: string;
}

const SEED_WORD = 0x1b873593;
const SEED_BIGRAM = 0x2c1b3c6d;
const SEED_CHAR = 0x297a2d39;
const SEED_CUE = 0x7ed55d16;
const SEED_CUE_CONTEXT = 0x165667b1;
const SEED_STAGE = 0x5bd1e995;
const SEED_STAGE_CONTEXT = 0x68e31da4;
/** a constant per message (the model learns what a message costs) and a discussion flag */
const SEED_MESSAGE = 0x4cf5ad43;
const SEED_DISCUSSION = 0x3c6ef372;
const START = 0x9e3779b9;

/**
 * Combines two 32-bit hashes (murmur3 finaliser), as a signed 32-bit integer: every reader masks
 * it or mixes it again (32 bits either way), and V8 returns a signed one unboxed where an unsigned
 * one of 2^31 or more is a new heap number on each call.
 */
export function mix(a: number, b: number): number {
  let h = Math.imul(a ^ Math.imul(b, 0xcc9e2d51), 0x1b873593) ^ (b >>> 15);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}

/**
 * Calls `sink.add` for every feature of one message: word unigrams and bigrams (each 1/√tokens),
 * character 3-grams of each word padded with boundaries (each 1/√characters) when `charGrams`, each
 * cue by id and by stage (its weight; discounted cues have their own slots), a constant and the
 * discussion flag. Cue ids are hashed, so new or renamed ids just get their own weights on the next
 * training run; stages are a fixed list. No allocation.
 */
export function messageFeatures(
  tokens: readonly Token[],
  cues: readonly Cue[],
  discussion: boolean,
  bits: number,
  charGrams: boolean,
  sink: FeatureSink,
): void {
  textFeatures(tokens, bits, charGrams, sink);
  contextFeatures(cues, discussion, bits, sink);
}

/** The features of a message's words: a constant, word n-grams and character 3-grams. */
export function textFeatures(
  tokens: readonly Token[],
  bits: number,
  charGrams: boolean,
  sink: FeatureSink,
): void {
  const mask = (1 << bits) - 1;
  sink.add(mix(SEED_MESSAGE, 1) & mask, 1);
  const n = tokens.length;
  if (n) {
    const v = 1 / Math.sqrt(n);
    let prev = START;
    let chars = 0;
    for (let k = 0; k < n; k++) {
      const w = tokens[k].w;
      chars += w.length + 2;
      const h = tokens[k].h;
      sink.add(mix(h, SEED_WORD) & mask, v);
      sink.add(mix(mix(prev, h), SEED_BIGRAM) & mask, v);
      prev = h;
    }
    sink.add(mix(mix(prev, START), SEED_BIGRAM) & mask, v);
    if (charGrams) {
      const c = 1 / Math.sqrt(chars);
      for (let k = 0; k < n; k++) charGramFeatures(tokens[k].w, mask, c, sink);
    }
  }
}

/** Calls `sink.add` for the character 3-grams of "^word$", each `value`, from a rolling code of three UTF-16 units. */
function charGramFeatures(w: string, mask: number, value: number, sink: FeatureSink): void {
  let a = 94;
  let b = w.charCodeAt(0);
  for (let i = 1; i <= w.length; i++) {
    const d = i < w.length ? w.charCodeAt(i) : 36;
    sink.add(mix(Math.imul(a, 0x10000) ^ Math.imul(b, 0x101) ^ d, SEED_CHAR) & mask, value);
    a = b;
    b = d;
  }
}

/** The rest of a message's features: the discussion flag, and each cue by id and by stage, worth its weight. */
export function contextFeatures(
  cues: readonly Cue[],
  discussion: boolean,
  bits: number,
  sink: FeatureSink,
): void {
  const mask = (1 << bits) - 1;
  if (discussion) sink.add(mix(SEED_DISCUSSION, 1) & mask, 1);
  for (let k = 0; k < cues.length; k++) {
    const cue = cues[k];
    const ctx = cue.context !== undefined;
    sink.add(mix(hashString(cue.cue, ctx ? SEED_CUE_CONTEXT : SEED_CUE), 1) & mask, cue.weight);
    sink.add(mix(hashString(cue.stage, ctx ? SEED_STAGE_CONTEXT : SEED_STAGE), 1) & mask, cue.weight);
  }
}

/**
 * What the analyzer asks of a combiner: a message's contribution to its sender's running sum, and
 * whether a participant with that running sum may be raised (asked only for a participant who has
 * reached a stage through cues, in a conversation not marked as between people who know each other).
 */
export interface Combiner {
  message(tokens: readonly Token[], cues: readonly Cue[], discussion: boolean): number;
  raises(sum: number): boolean;
}

/**
 * The printable ASCII characters a ranked code may be written as: a single-quoted literal needs no escape for any of
 * them (no quote, backslash, backtick or dollar sign).
 */
export const RANKED_DIGITS = Array.from({ length: 0x7f - 0x20 }, (_, k) => String.fromCharCode(0x20 + k))
  .filter((c) => !`'\\\`$`.includes(c))
  .join('');
/** Characters from here on stand for the byte (their code minus this) itself. */
export const RANKED_BYTE = 0x100;

/**
 * Decodes the ranked encoding of a byte array (the models' int8 codes): one character per byte, so gzip sees the bytes'
 * own frequencies (in base64 it saw 6-bit pieces of them: the codes made the web chunk 3 KB larger). The first character
 * is a digit (an index into RANKED_DIGITS) saying how many bytes follow as the table, each written as RANKED_BYTE +
 * byte, most frequent first; then each byte is the digit of its place in the table, or RANKED_BYTE + byte when it is
 * not in it.
 */
export function decodeCodes(text: string): Uint8Array {
  const digit = new Int16Array(128).fill(-1);
  for (let k = 0; k < RANKED_DIGITS.length; k++) digit[RANKED_DIGITS.charCodeAt(k)] = k;
  const head = text.charCodeAt(0);
  const size = head < 128 ? digit[head] : -1;
  if (size < 0 || text.length < 1 + size) throw new Error('bad ranked codes in the model weights');
  const table = new Uint8Array(size);
  for (let k = 0; k < size; k++) table[k] = text.charCodeAt(1 + k) - RANKED_BYTE;
  const out = new Uint8Array(text.length - 1 - size);
  for (let i = 1 + size, o = 0; i < text.length; i++, o++) {
    const c = text.charCodeAt(i);
    const place = c < 128 ? digit[c] : -1;
    if (c >= RANKED_BYTE && c < RANKED_BYTE + 256) out[o] = c - RANKED_BYTE;
    else if (place >= 0 && place < size) out[o] = table[place];
    else throw new Error('bad ranked codes in the model weights');
  }
  return out;
}

/** The code table (one byte per slot) of shipped weights. */
export function codeTable(data: Pick<CombinerData, 'bits' | 'slots' | 'values'>): Uint8Array {
  const table = new Uint8Array(1 << data.bits);
  const values = decodeCodes(data.values);
  decodeSlots(data.slots, values.length).forEach((slot, k) => (table[slot] = values[k]));
  return table;
}

export const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/**
 * The first `count` slots of shipped weights: the gaps between ascending slot indices (the first from -1), less one,
 * Rice-coded with `k` low bits (each gap's `gap >> k` as that many 1 bits and a 0, then its low `k` bits), the bits in
 * base64 after a base64 digit for `k`. Hashed slots fall at random, so the gaps are near geometric, and Rice codes them
 * within a few percent of their entropy: the web chunk is 3 KB smaller than with varints in the ranked encoding.
 */
export function decodeSlots(text: string, count: number): number[] {
  const k = BASE64.indexOf(text[0]);
  const bytes = fromBase64(text.slice(1));
  let at = 0;
  const bit = () => (bytes[at >> 3] >> (7 - (at++ & 7))) & 1;
  const slots: number[] = [];
  for (let slot = -1; slots.length < count; slots.push(slot)) {
    let gap = 0;
    while (bit()) gap += 1 << k;
    for (let b = k - 1; b >= 0; b--) gap += bit() << b;
    slot += gap + 1;
  }
  if (k < 0 || at > 8 * bytes.length) throw new Error('bad slots in the model weights');
  return slots;
}

/** Bytes in base64 (the platform's `btoa`), without padding: `fromBase64` knows how many bytes there are from the length. */
export function toBase64(bytes: readonly number[]): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/=+$/, '');
}

/** The bytes of `toBase64` text (the platform's `atob`, which takes base64 without its padding). */
export function fromBase64(text: string): Uint8Array {
  return Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
}

/** The weight each byte code stands for: code c (an int8) = sign(c)·c²·scale. */
export function codeWeights(scale: number): Float64Array {
  const out = new Float64Array(256);
  for (let b = 0; b < 256; b++) {
    const c = (b << 24) >> 24;
    out[b] = Math.sign(c) * c * c * scale;
  }
  return out;
}

/** Words remembered with what they weigh alone, direct-mapped by word hash (a power of two). */
const WORD_CACHE = 4096;

/** The shipped combiner (or one made from other weights). */
export class LinearCombiner implements Combiner, FeatureSink {
  private readonly table: Uint8Array;
  /**
   * One bit per slot, set when its code is not 0. Most slots are 0 (they add nothing), and this
   * 32 KB bitmap stays in the CPU cache where the 256 KB table does not while a platform streams
   * thousands of conversations.
   */
  private readonly used: Int32Array;
  /** the weight of each byte code */
  private readonly weightOf: Float64Array;
  private acc = 0;
  private readonly mask: number;
  /** the word held in each slot of the word cache (slot: the low bits of its hash) */
  private readonly cachedWords = new Array<string | undefined>(WORD_CACHE).fill(undefined);
  /** per slot of the word cache: the weight of its word's unigram, then the sum of its 3-grams' */
  private readonly wordWeights = new Float64Array(2 * WORD_CACHE);

  constructor(readonly data: CombinerData) {
    this.table = codeTable(data);
    this.used = new Int32Array(Math.ceil(this.table.length / 32));
    for (let s = 0; s < this.table.length; s++) if (this.table[s]) this.used[s >>> 5] |= 1 << (s & 31);
    this.weightOf = codeWeights(data.scale);
    this.mask = (1 << data.bits) - 1;
  }

  add(slot: number, value: number): void {
    // a slot of code 0 weighs 0: adding it would leave the sum as it is
    if ((this.used[slot >>> 5] & (1 << (slot & 31))) === 0) return;
    this.acc += this.weightOf[this.table[slot]] * value;
  }

  message(tokens: readonly Token[], cues: readonly Cue[], discussion: boolean): number {
    this.acc = 0;
    this.addText(tokens);
    contextFeatures(cues, discussion, this.data.bits, this);
    return this.acc;
  }

  /** Starts a sum by hand (`add` or `addText`, then `total`). */
  begin(): void {
    this.acc = 0;
  }

  total(): number {
    return this.acc;
  }

  /**
   * Adds what `textFeatures` would: each word's unigram and 3-grams come from the word cache, so a
   * word's characters are hashed once, not in every message that holds it.
   */
  addText(tokens: readonly Token[]): void {
    this.acc += this.textSum(tokens, undefined);
  }

  /**
   * The first half of `message`, its words' features, added to `also` too (a combiner reading the low
   * bits of the same slots: the line model's), their bigrams hashed once for both; `finish` adds the
   * rest and returns what `message` would.
   */
  startWith(tokens: readonly Token[], also: LinearCombiner): void {
    this.acc = this.textSum(tokens, also);
  }

  finish(cues: readonly Cue[], discussion: boolean): number {
    contextFeatures(cues, discussion, this.data.bits, this);
    return this.acc;
  }

  /** The sum `textFeatures` gives this combiner's weights (and adds `also`'s to its sum). */
  private textSum(tokens: readonly Token[], also: LinearCombiner | undefined): number {
    const saved = this.acc;
    this.acc = 0;
    this.add(mix(SEED_MESSAGE, 1) & this.mask, 1);
    if (also) also.add(mix(SEED_MESSAGE, 1) & also.mask, 1);
    const n = tokens.length;
    if (n) {
      const v = 1 / Math.sqrt(n);
      let prev = START;
      let chars = 0;
      let grams = 0;
      let alsoGrams = 0;
      for (let k = 0; k < n; k++) {
        const token = tokens[k];
        chars += token.w.length + 2;
        const at = this.wordSlot(token);
        this.acc += this.wordWeights[2 * at] * v;
        grams += this.wordWeights[2 * at + 1];
        const bigram = mix(mix(prev, token.h), SEED_BIGRAM);
        this.add(bigram & this.mask, v);
        if (also) {
          const alsoAt = also.wordSlot(token);
          also.acc += also.wordWeights[2 * alsoAt] * v;
          alsoGrams += also.wordWeights[2 * alsoAt + 1];
          also.add(bigram & also.mask, v);
        }
        prev = token.h;
      }
      const last = mix(mix(prev, START), SEED_BIGRAM);
      this.add(last & this.mask, v);
      if (also) also.add(last & also.mask, v);
      const c = 1 / Math.sqrt(chars);
      if (this.data.charGrams) this.acc += grams * c;
      if (also?.data.charGrams) also.acc += alsoGrams * c;
    }
    const sum = this.acc;
    this.acc = saved;
    return sum;
  }

  /** The word cache's slot for a token's word, filled with what the word weighs alone. */
  private wordSlot(token: Token): number {
    const at = token.h & (WORD_CACHE - 1);
    if (this.cachedWords[at] === token.w) return at;
    const saved = this.acc;
    this.acc = 0;
    this.add(mix(token.h, SEED_WORD) & this.mask, 1);
    this.wordWeights[2 * at] = this.acc;
    this.acc = 0;
    if (this.data.charGrams) charGramFeatures(token.w, this.mask, 1, this);
    this.wordWeights[2 * at + 1] = this.acc;
    this.acc = saved;
    this.cachedWords[at] = token.w;
    return at;
  }

  /** The participant's logit: the model's estimate of the log-odds that they run the script. */
  logit(sum: number): number {
    return this.data.bias + sum;
  }

  raises(sum: number): boolean {
    return this.data.bias + sum >= this.data.threshold;
  }
}

let shipped: LinearCombiner | undefined;
/** The combiner made from the shipped weights (decoded once). */
export function defaultCombiner(): LinearCombiner {
  shipped ??= new LinearCombiner(weights);
  return shipped;
}
