/**
 * The line model: reads a sender's last short chat lines as a whole and estimates how likely they
 * are the threat of the sextortion script ("3 hours. $250. Or every single follower. Your call 🙂"),
 * where no phrase of the lexicon and no sentence the sentence model reads (six words or more) holds
 * it. A logistic regression over the combiner's word n-grams and character 3-grams (`textFeatures`),
 * trained on labelled lines by `npm run train:detect` (weights: `data/detect/model/line-weights.ts`).
 * With `classGrams`, it also reads the message's word classes (`wordClass`: words used alike share one)
 * as unigrams, bigrams and trigrams: "or your brother will watch the video" and "or your family will get
 * the pics" give the same ones, so a threat worded unlike its training lines can still read as one.
 * Each message adds one number; the windows are the sender's last 1 to `window` messages of at most
 * `maxTokens` words, so streaming keeps two numbers per sender. Its finding is a threat cue over the
 * latest message (`model.line`): the explanation still shows the words.
 */
import weights from '../../../data/detect/model/line-weights.ts';
import { LinearCombiner, mix, type CombinerData, type FeatureSink } from './model.ts';
import type { Token } from './normalize.ts';
import { wordClass } from './sentence-model.ts';

export interface LineModelData extends CombinerData {
  /** messages with more words are not read (long texts are the sentence model's) */
  maxTokens: number;
  /** how many of a sender's last short messages are read together */
  window: number;
  /** the weight of the word-class n-gram features (`classFeatures`); 0 or absent: none */
  classGrams?: number;
  /**
   * log-odds from which the latest message read alone, below `threshold`, is a weak threat cue,
   * counted only beside a claim or a demand of the same sender; absent: none
   */
  weakThreshold?: number;
}

const SEED_CLASS = 0x11;
const SEED_CLASS_BIGRAM = 0x12;
const SEED_CLASS_TRIGRAM = 0x13;
const CLASS_START = 0x2545f491;
const CLASS_END = 0x7f4a7c15;

/** Words remembered with their class, direct-mapped by word hash (a map lookup per word costs more). */
const CLASS_CACHE = 4096; // a power of two
const cachedWords: (string | undefined)[] = new Array<string | undefined>(CLASS_CACHE).fill(undefined);
const cachedClasses = new Int32Array(CLASS_CACHE);

/** A token's word class (1 to the number of classes), or for a word of no class, the word itself. */
function classOf(token: Token): number {
  const at = token.h & (CLASS_CACHE - 1);
  if (cachedWords[at] === token.w) return cachedClasses[at];
  const c = wordClass(token.w);
  const value = c >= 0 ? c + 1 : (token.h >>> 0) | 0x40000000;
  cachedWords[at] = token.w;
  cachedClasses[at] = value;
  return value;
}

/**
 * Calls `sink.add` for the word-class unigrams, bigrams and trigrams of a message (with start and end
 * markers), each `weight`/√words. No allocation.
 */
export function classFeatures(
  tokens: readonly Token[],
  bits: number,
  weight: number,
  sink: FeatureSink,
): void {
  const n = tokens.length;
  if (!n || !weight) return;
  const mask = (1 << bits) - 1;
  const v = weight / Math.sqrt(n);
  let p1 = CLASS_START;
  let p2 = CLASS_START;
  for (let k = 0; k <= n; k++) {
    const c = k < n ? classOf(tokens[k]) : CLASS_END;
    if (k < n) sink.add(mix(c, SEED_CLASS) & mask, v);
    sink.add(mix(mix(p1, c), SEED_CLASS_BIGRAM) & mask, v);
    sink.add(mix(mix(mix(p2, p1), c), SEED_CLASS_TRIGRAM) & mask, v);
    p2 = p1;
    p1 = c;
  }
}

export class LineModel {
  /** its weights over the combiner's features: the combiner's shared pass adds here (`startWith`) */
  readonly scorer: LinearCombiner;

  constructor(readonly data: LineModelData) {
    this.scorer = new LinearCombiner(data);
  }

  /** One message's contribution to its window. */
  message(tokens: readonly Token[]): number {
    this.scorer.begin();
    this.scorer.addText(tokens);
    classFeatures(tokens, this.data.bits, this.data.classGrams ?? 0, this.scorer);
    return this.scorer.total();
  }

  /**
   * Whether it can read the features of a model with `bits` slots (its own are their low bits), so
   * one pass over a message's n-grams serves both: `begin`, that model's pass adding to `scorer`
   * (`startWith`), `addClasses`, `total`.
   */
  sharesFeatures(bits: number, charGrams: boolean): boolean {
    return bits >= this.data.bits && charGrams === this.data.charGrams;
  }

  begin(): void {
    this.scorer.begin();
  }

  /** After another model's pass fed a message's word features here: adds its class features. */
  addClasses(tokens: readonly Token[]): void {
    classFeatures(tokens, this.data.bits, this.data.classGrams ?? 0, this.scorer);
  }

  total(): number {
    return this.scorer.total();
  }

  /** The log-odds that a window of `count` messages whose contributions add up to `sum` is the threat. */
  logit(sum: number, count: number): number {
    return this.data.bias + sum / Math.sqrt(count);
  }
}

let shipped: LineModel | undefined;
/** The line model made from the shipped weights (decoded once). */
export function defaultLineModel(): LineModel {
  shipped ??= new LineModel(weights);
  return shipped;
}
