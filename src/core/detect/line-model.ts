/**
 * The line model: reads a sender's last short chat lines as a whole and estimates how likely they
 * are the threat of the sextortion script ("3 hours. $250. Or every single follower. Your call 🙂"),
 * where no phrase of the lexicon and no sentence the sentence model reads (six words or more) holds
 * it. A logistic regression over the combiner's word n-grams and character 3-grams (`textFeatures`),
 * trained on labelled lines by `npm run train:detect` (weights: `data/detect/model/line-weights.ts`).
 * Each message adds one number; the windows are the sender's last 1 to `window` messages of at most
 * `maxTokens` words, so streaming keeps two numbers per sender. Its finding is a threat cue over the
 * latest message (`model.line`): the explanation still shows the words.
 */
import weights from '../../../data/detect/model/line-weights.ts';
import { LinearCombiner, textFeatures, type CombinerData, type FeatureSink } from './model.ts';
import type { Token } from './normalize.ts';

export interface LineModelData extends CombinerData {
  /** messages with more words are not read (long texts are the sentence model's) */
  maxTokens: number;
  /** how many of a sender's last short messages are read together */
  window: number;
}

export class LineModel implements FeatureSink {
  private readonly scorer: LinearCombiner;
  private readonly mask: number;

  constructor(readonly data: LineModelData) {
    this.scorer = new LinearCombiner(data);
    this.mask = (1 << data.bits) - 1;
  }

  /** One message's contribution to its window. */
  message(tokens: readonly Token[]): number {
    this.scorer.begin();
    textFeatures(tokens, this.data.bits, this.data.charGrams, this.scorer);
    return this.scorer.total();
  }

  /**
   * Whether it can read the features of a model with `bits` slots (its own are their low bits), so
   * one pass over a message's n-grams serves both: `begin`, that model's pass adding here, `total`.
   */
  sharesFeatures(bits: number, charGrams: boolean): boolean {
    return bits >= this.data.bits && charGrams === this.data.charGrams;
  }

  begin(): void {
    this.scorer.begin();
  }

  add(slot: number, value: number): void {
    this.scorer.add(slot & this.mask, value);
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
