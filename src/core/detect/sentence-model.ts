/**
 * The sentence model: reads one sentence and estimates, for each act of the extortion script
 * (a claim to hold something over the reader, a threat to expose, a demand, pressure), how likely
 * the sentence performs it. It sees words and their word classes (`data/detect/clusters/en.ts`:
 * words used alike, from GloVe, share a class), so "I have footage of you" reads like "I have a
 * video of you" though no phrase says so. Four logistic regressions over hashed word and class
 * unigrams and bigrams; the weights are data (`data/detect/model/sentence-weights.ts`, made by
 * `npm run train:detect`). Its finding is a cue with the sentence as its span (`model.*`), counted
 * below or at a stage's weight (see `SentenceModelData.weights`), so the rules' structure still decides.
 */
import clusters from '../../../data/detect/clusters/en.ts';
import weights from '../../../data/detect/model/sentence-weights.ts';
import { codeTable, codeWeights, fromBase64, mix, toBase64, type FeatureSink } from './model.ts';
import { foldsToItself, foldWord, isDigitCode, type Token } from './normalize.ts';
import type { Stage } from './types.ts';

/** The acts the sentence model reads, in the order of its outputs. */
export const SENTENCE_STAGES = [
  'compromise_claim',
  'threat',
  'demand',
  'pressure',
] as const satisfies readonly Stage[];
export type SentenceStage = (typeof SENTENCE_STAGES)[number];

/** The shipped weights' shape (the generated module's default export). */
export interface SentenceModelData {
  version: number;
  /** log2 of the number of hashed slots; a feature owns 4 adjacent slots, one per stage */
  bits: number;
  /** weight of a slot whose code is c (an int8) = sign(c)·c²·scale */
  scale: number;
  /** one bias per stage (SENTENCE_STAGES order) */
  bias: number[];
  /** a sentence whose probability for a stage reaches this yields a cue of that stage */
  threshold: number;
  /** from this probability on the cue has its stage's `weights`; below it, its `weakWeights` */
  strong: number;
  /**
   * the cue's weight per stage (SENTENCE_STAGES order) from `strong` on: 0.5 reaches the stage on its
   * own, less only next to another cue of it (a threat of 0.4 counts beside a claim or a demand)
   */
  weights: number[];
  /** the cue's weight per stage below `strong` */
  weakWeights: number[];
  /** sentences with fewer words are not read */
  minWords: number;
  /**
   * a sentence's bigrams are read only when the log-odds of its unigrams alone (words and classes)
   * come within this much of the threshold's for some stage: most sentences stop there
   */
  margin: number;
  /** the indices of the slots of `values`, ascending, Rice-coded gaps in base64 (model.ts `decodeSlots`) */
  slots: string;
  /** one int8 code per slot, in the ranked encoding (model.ts `decodeCodes`) */
  values: string;
}

const SEED_WORD = 0x3b9aca07;
const SEED_BIGRAM = 0x6a09e667;
const SEED_CLASS = 0x510e527f;
const SEED_CLASS_BIGRAM = 0x1f83d9ab;
const EDGE = 0x9e3779b9;

/**
 * Each listed word's class, found as messages find words: folded ("school" reaches the model as "schol"). A listed
 * word that does not fold to itself is found by its folded form, and only when no word listed before it already gave
 * that form a class ("good" folds to "god", a word listed in its own right); `reachable` is the classes without the
 * words no message can reach that way ("all" folds to "al", a word of another class).
 */
function indexClasses(classes: readonly (readonly string[])[]): {
  index: Map<string, number>;
  reachable: string[][];
} {
  const index = new Map<string, number>();
  classes.forEach((words, id) => {
    for (const w of words) index.set(w, id);
  });
  const reachable = classes.map((words, id) =>
    words.filter((w) => {
      if (foldsToItself(w)) return true;
      const f = foldWord(w);
      if (!f || index.has(f)) return false;
      index.set(f, id);
      return true;
    }),
  );
  return { index, reachable };
}

/** The classes without the words no message can reach (`indexClasses`); `scripts/build-word-clusters.ts` ships these. */
export const reachableClasses = (classes: readonly (readonly string[])[]): string[][] =>
  indexClasses(classes).reachable;

/** The shipped form of the classes (`encodeClasses`): every word once, and each word's class. */
export interface ShippedClasses {
  /**
   * every word of every class in alphabetical order, each written as a capital letter for the number of leading
   * letters it shares with the word written before it (A none, B one, up to Z) and the rest ("school scholar" is
   * "AschoolElar"), then a digit for each of its inflections in the same class that it stands for (`INFLECTIONS`:
   * "Aschool2" is also "schooling"); words are lower-case letters only, so a capital always starts the next one, and
   * line breaks (one line per initial letter) are left out when reading
   */
  words: string;
  /** the class of each word written in `words` (not of the inflections it stands for), one byte each, in base64 */
  classes: string;
}

/**
 * The endings a word written in the shipped classes stands for when a digit follows it (its index here): of 20,642 words,
 * 2,061 are a listed word and one of these in the listed word's class, and each then costs a digit, not a front-coded word
 * and a class byte (the web chunk 1.5 KB smaller with gzip -9).
 */
const INFLECTIONS = ['s', 'ing', 'ed', 'd', 'ly', 'es', 'n', 'er', 'r', 'ers'];

/**
 * The shipped form of the classes. A word shares more letters with its neighbour in the whole vocabulary than in its
 * class, and the classes, near random against the alphabet, cost a byte a word in base64, which gzip neither shrinks
 * nor grows: 58 KB with gzip -9 where each class front-coded on its own line took 64 KB. An inflection in its word's
 * class is a digit after that word. At most 256 classes.
 */
export function encodeClasses(classes: readonly (readonly string[])[]): ShippedClasses {
  if (classes.length > 256) throw new Error(`${classes.length} word classes: at most 256 fit a byte`);
  const listed = classes.flatMap((words, id) => words.map((word) => ({ word, id })));
  listed.sort((a, b) => (a.word < b.word ? -1 : a.word > b.word ? 1 : 0));
  const classOf = new Map(listed.map(({ word, id }) => [word, id]));
  // each word standing for inflections: their digits; an inflection stands for none (a stem comes before its inflections)
  const digits = new Map<string, string>();
  const written = listed.filter(({ word, id }) => {
    for (let d = 0; d < INFLECTIONS.length; d++) {
      const ending = INFLECTIONS[d];
      if (!word.endsWith(ending) || word.length <= ending.length) continue;
      const stem = word.slice(0, -ending.length);
      if (classOf.get(stem) !== id || !digits.has(stem)) continue;
      digits.set(stem, digits.get(stem)! + d);
      return false;
    }
    digits.set(word, '');
    return true;
  });
  let words = '';
  written.forEach(({ word }, k) => {
    const before = k ? written[k - 1].word : '';
    if (k && word[0] !== before[0]) words += '\n';
    let shared = 0;
    while (shared < 25 && word[shared] !== undefined && word[shared] === before[shared]) shared++;
    words += String.fromCharCode(65 + shared) + word.slice(shared) + digits.get(word);
  });
  return { words, classes: toBase64(written.map((w) => w.id)) };
}

const isCapital = (code: number) => code >= 65 && code <= 90;

/** The classes of `encodeClasses`' shipped form: each class's words in alphabetical order. */
export function decodeClasses(shipped: ShippedClasses): string[][] {
  const text = shipped.words.replaceAll('\n', '');
  const ids = fromBase64(shipped.classes);
  const classes: string[][] = [];
  let before = '';
  for (let at = 0, k = 0; at < text.length; k++) {
    let next = at + 1;
    while (next < text.length && !isCapital(text.charCodeAt(next)) && !isDigitCode(text.charCodeAt(next)))
      next++;
    before = before.slice(0, text.charCodeAt(at) - 65) + text.slice(at + 1, next);
    const words = (classes[ids[k]] ??= []);
    words.push(before);
    for (; next < text.length && isDigitCode(text.charCodeAt(next)); next++)
      words.push(before + INFLECTIONS[text.charCodeAt(next) - 48]);
    at = next;
  }
  // an inflection was read beside its word: in alphabetical order again ("schools" after "schooling")
  return Array.from(classes, (words) => (words ?? []).sort());
}

let classIndex: Map<string, number> | undefined;
/** The word class of a folded word, or -1 (decoded once from the shipped classes, `indexClasses`). */
export function wordClass(word: string): number {
  classIndex ??= indexClasses(decodeClasses(clusters)).index;
  return classIndex.get(word) ?? -1;
}

/** The hash standing for a word's class (the word's own hash `h` when it has none). */
function classHash(word: string, h: number): number {
  const c = wordClass(word);
  return c >= 0 ? mix(c + 1, SEED_CLASS) : h;
}

/**
 * Calls `sink.add(base, value)` for every feature of the sentence `tokens[from, to)`: word and class
 * unigrams and bigrams with start and end markers, each 1/√words. `base` is the first of the
 * feature's 4 slots (one per stage). Used by training; `SentenceModel.score` computes the same sum.
 */
export function sentenceFeatures(
  tokens: readonly Token[],
  from: number,
  to: number,
  bits: number,
  sink: FeatureSink,
): void {
  const mask = ((1 << bits) - 1) & ~3;
  const v = 1 / Math.sqrt(to - from);
  let prevWord = EDGE;
  let prevClass = EDGE;
  for (let k = from; k <= to; k++) {
    let word = EDGE;
    let cls = EDGE;
    if (k < to) {
      word = tokens[k].h;
      cls = classHash(tokens[k].w, word);
      sink.add(mix(word, SEED_WORD) & mask, v);
      sink.add(mix(cls, SEED_CLASS) & mask, v);
    }
    sink.add(mix(mix(prevWord, word), SEED_BIGRAM) & mask, v);
    sink.add(mix(mix(prevClass, cls), SEED_CLASS_BIGRAM) & mask, v);
    prevWord = word;
    prevClass = cls;
  }
}

const isSpace = (c: number) => c === 32 || c === 10 || c === 13 || c === 9 || c === 160 || Number.isNaN(c);

/** The sentences of a message: token ranges ending at `. ! ?` followed by a space, or a line break. */
export function sentenceBounds(text: string, tokens: readonly Token[], out: number[] = []): number[] {
  // written in place, not emptied first: an emptied array drops its storage and grows it again
  let count = 0;
  out[count++] = 0;
  for (let k = 1; k < tokens.length; k++) {
    for (let i = tokens[k - 1].e; i < tokens[k].s; i++) {
      const c = text.charCodeAt(i);
      if (c === 10 || ((c === 46 || c === 33 || c === 63) && isSpace(text.charCodeAt(i + 1)))) {
        out[count++] = k;
        break;
      }
    }
  }
  out[count++] = tokens.length;
  if (out.length > count) out.length = count;
  return out;
}

/** Words remembered with their class hash and unigram weights, direct-mapped by word hash. */
const CACHE_SLOTS = 16_384; // a power of two

export class SentenceModel implements FeatureSink {
  private readonly table: Uint8Array;
  /** one bit per feature base whose 4 slots are not all 0 (fits the CPU cache; most are 0) */
  private readonly used: Int32Array;
  private readonly weightOf: Float64Array;
  private readonly mask: number;
  /** the log-odds of `data.threshold` */
  /** `data.threshold` as log-odds */
  readonly logitThreshold: number;
  private readonly logitStrong: number;
  private readonly acc = new Float64Array(4);
  /** the word remembered in each cache slot (slot = its hash's low bits) */
  private readonly cachedWords: (string | undefined)[] = new Array<string | undefined>(CACHE_SLOTS).fill(
    undefined,
  );
  private readonly classHashes = new Int32Array(CACHE_SLOTS);
  /** the class hash of each word of the sentence being scored (grown as needed) */
  private sentenceClasses = new Int32Array(64);
  /** per slot, 4 numbers: the weights of its word's word and class unigrams, per stage */
  private readonly unigramWeights = new Float64Array(CACHE_SLOTS * 4);

  constructor(readonly data: SentenceModelData) {
    this.table = codeTable({ bits: data.bits, slots: data.slots, values: data.values });
    this.mask = ((1 << data.bits) - 1) & ~3;
    this.used = new Int32Array(Math.ceil(this.table.length / 4 / 32));
    for (let slot = 0; slot < this.table.length; slot++)
      if (this.table[slot]) this.used[slot >>> 7] |= 1 << ((slot >>> 2) & 31);
    this.logitThreshold = Math.log(data.threshold / (1 - data.threshold));
    this.logitStrong = Math.log(data.strong / (1 - data.strong));
    this.weightOf = codeWeights(data.scale);
  }

  add(base: number, value: number): void {
    if ((this.used[base >>> 7] & (1 << ((base >>> 2) & 31))) === 0) return;
    const t = this.table;
    const acc = this.acc;
    if (t[base]) acc[0] += this.weightOf[t[base]] * value;
    if (t[base + 1]) acc[1] += this.weightOf[t[base + 1]] * value;
    if (t[base + 2]) acc[2] += this.weightOf[t[base + 2]] * value;
    if (t[base + 3]) acc[3] += this.weightOf[t[base + 3]] * value;
  }

  /** The log-odds per stage through the features training fits (slower: `score` must agree). */
  reference(tokens: readonly Token[], from: number, to: number): number[] {
    this.acc.fill(0);
    sentenceFeatures(tokens, from, to, this.data.bits, this);
    return this.data.bias.map((b, s) => b + this.acc[s]);
  }

  /** The cache slot of a token's word, filled with its class hash and unigram weights. */
  private remember(token: Token): number {
    const at = token.h & (CACHE_SLOTS - 1);
    if (this.cachedWords[at] === token.w) return at;
    this.cachedWords[at] = token.w;
    const c = classHash(token.w, token.h);
    this.classHashes[at] = c;
    const acc = this.acc;
    acc.fill(0);
    this.add(mix(token.h, SEED_WORD) & this.mask, 1);
    this.add(mix(c, SEED_CLASS) & this.mask, 1);
    for (let s = 0; s < 4; s++) this.unigramWeights[at * 4 + s] = acc[s];
    return at;
  }

  /**
   * Which stages `tokens[from, to)` reads as with at least the threshold: bit s for stage s
   * (SENTENCE_STAGES order), the log-odds per stage left in `out`; 0 (and `out` untouched) when its
   * unigrams alone stay `data.margin` short of the threshold for every stage.
   */
  score(tokens: readonly Token[], from: number, to: number, out: Float64Array): number {
    const v = 1 / Math.sqrt(to - from);
    let u0 = 0;
    let u1 = 0;
    let u2 = 0;
    let u3 = 0;
    const uw = this.unigramWeights;
    if (to - from > this.sentenceClasses.length) this.sentenceClasses = new Int32Array(2 * (to - from));
    const classes = this.sentenceClasses;
    for (let k = from; k < to; k++) {
      const at = this.remember(tokens[k]);
      classes[k - from] = this.classHashes[at];
      u0 += uw[at * 4];
      u1 += uw[at * 4 + 1];
      u2 += uw[at * 4 + 2];
      u3 += uw[at * 4 + 3];
    }
    const b = this.data.bias;
    const near = this.logitThreshold - this.data.margin;
    if (b[0] + v * u0 < near && b[1] + v * u1 < near && b[2] + v * u2 < near && b[3] + v * u3 < near)
      return 0;
    const acc = this.acc;
    const mask = this.mask;
    let prevWord = EDGE;
    let prevClass = EDGE;
    let bigrams0 = 0;
    let bigrams1 = 0;
    let bigrams2 = 0;
    let bigrams3 = 0;
    for (let k = from; k <= to; k++) {
      let word = EDGE;
      let cls = EDGE;
      if (k < to) {
        word = tokens[k].h;
        cls = classes[k - from] >>> 0;
      }
      acc.fill(0);
      this.add(mix(mix(prevWord, word), SEED_BIGRAM) & mask, 1);
      this.add(mix(mix(prevClass, cls), SEED_CLASS_BIGRAM) & mask, 1);
      bigrams0 += acc[0];
      bigrams1 += acc[1];
      bigrams2 += acc[2];
      bigrams3 += acc[3];
      prevWord = word;
      prevClass = cls;
    }
    out[0] = b[0] + v * (u0 + bigrams0);
    out[1] = b[1] + v * (u1 + bigrams1);
    out[2] = b[2] + v * (u2 + bigrams2);
    out[3] = b[3] + v * (u3 + bigrams3);
    let reached = 0;
    for (let s = 0; s < 4; s++) if (out[s] >= this.logitThreshold) reached |= 1 << s;
    return reached;
  }

  /** The weight of a cue of stage `s` (SENTENCE_STAGES order) read with log-odds `logit`. */
  cueWeight(s: number, logit: number): number {
    return logit >= this.logitStrong ? this.data.weights[s] : this.data.weakWeights[s];
  }

  /** Whether log-odds `logit` reach the `strong` probability. */
  isStrong(logit: number): boolean {
    return logit >= this.logitStrong;
  }
}

let shipped: SentenceModel | undefined;
/** The sentence model made from the shipped weights (decoded once). */
export function defaultSentenceModel(): SentenceModel {
  shipped ??= new SentenceModel(weights);
  return shipped;
}
