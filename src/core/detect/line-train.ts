/**
 * Trains the line model (line-model.ts): one logistic regression over a window of a sender's short
 * lines, on labelled lines (the development lines of data/detect/dev, the labelled sentences of
 * data/detect/sentences, and the `train` split of the corpora: each message with the same sender's
 * messages before it, a threat line of an extortion item labelled 1 and every window of a benign item
 * 0). Deterministic like the combiner: fixed order, full-batch descent, fixed-precision printing.
 */
import { lexiconFor } from './analyzer.ts';
import type { CorpusItem } from './corpus.ts';
import { classFeatures, type LineModelData } from './line-model.ts';
import { textFeatures } from './model.ts';
import {
  compand,
  packTable,
  fit,
  keepLargest,
  renderWeightsModule,
  round,
  type Example,
} from './model-train.ts';
import { tokenize } from './normalize.ts';

/** A sender's window of lines (oldest first) and whether a careful reader takes it as the threat. */
export interface LabelledLine {
  messages: string[];
  label: 0 | 1;
  /** where it came from, for reports: a file name or a corpus item id */
  from: string;
}

export interface LineTrainOptions {
  bits: number;
  lambda: number;
  iterations: number;
  /** the largest weights kept (the rest are 0): what keeps the web chunk small */
  keep: number;
  /** a window read with this probability or more is a threat cue */
  probability: number;
  /** from this probability (below `probability`), a weak threat cue, counted beside a claim or a demand */
  weakProbability?: number;
  maxTokens: number;
  window: number;
  /** the weight of the word-class n-grams (line-model.ts `classFeatures`); 0: none */
  classGrams: number;
}

// λ, the kept weights, the probability and the 40 words were chosen by leave-one-set-out
// cross-validation over the 13 development sets (docs/detect.md, "Line model"); the word classes
// (weight 0.7) and 10,000 kept weights over the 19 sets of 2026-12-02 evening.
export const LINE_TRAIN_OPTIONS: LineTrainOptions = {
  bits: 16,
  lambda: 0.0001,
  iterations: 600,
  keep: 10_000,
  probability: 0.97,
  weakProbability: 0.9,
  maxTokens: 40,
  window: 3,
  classGrams: 0.7,
};

/** Windows of the `train` items: every window of a benign item, the threat line's of an extortion item. */
export function corpusLines(items: readonly CorpusItem[], window: number): LabelledLine[] {
  const out: LabelledLine[] = [];
  for (const item of items) {
    if (item.split !== 'train' || item.label === 'grooming') continue;
    const bySender = new Map<string, string[]>();
    item.messages.forEach((m, i) => {
      const sender = m.sender ?? '';
      const before = bySender.get(sender) ?? [];
      before.push(m.text);
      bySender.set(sender, before);
      if (item.label === 'benign') out.push({ messages: before.slice(-window), label: 0, from: item.id });
      else if (i === item.threatIndex) out.push({ messages: before.slice(-window), label: 1, from: item.id });
    });
  }
  return out;
}

export interface LineTrainReport {
  lines: number;
  positives: number;
  slots: number;
}

/** The log-odds of probability `p`. */
export const logOdds = (p: number) => Math.log(p / (1 - p));

/** Fits the line model; its thresholds are the log-odds of `probability` and `weakProbability`. */
export function trainLineModel(
  lines: readonly LabelledLine[],
  options: LineTrainOptions = LINE_TRAIN_OPTIONS,
): { data: LineModelData; report: LineTrainReport } {
  const vocabulary = lexiconFor({}).vocabulary;
  const rows = lines.map((line) => {
    const sum = new Map<number, number>();
    const sink = { add: (slot: number, v: number) => sum.set(slot, (sum.get(slot) ?? 0) + v) };
    for (const text of line.messages) {
      const tokens = tokenize(text.slice(0, 20_000), vocabulary);
      textFeatures(tokens, options.bits, true, sink);
      classFeatures(tokens, options.bits, options.classGrams, sink);
    }
    const scale = 1 / Math.sqrt(line.messages.length);
    const slots = [...sum.keys()].sort((a, b) => a - b);
    return { slots, values: slots.map((s) => (sum.get(s) as number) * scale), label: line.label };
  });
  const used = [...new Set(rows.flatMap((r) => r.slots))].sort((a, b) => a - b);
  const index = new Map(used.map((s, j) => [s, j]));
  const positives = rows.filter((r) => r.label === 1).length;
  const negatives = rows.length - positives;
  const data: Example[] = rows.map((r) => ({
    slots: r.slots.map((s) => index.get(s) as number),
    values: r.values,
    label: r.label,
    weight: r.label ? rows.length / (2 * positives) : rows.length / (2 * negatives),
  }));
  const w = fit(data, used.length, options.lambda, options.iterations);
  const { scale, codes } = compand(keepLargest(w, options.keep, used.length).subarray(0, used.length));
  const slots: number[] = [];
  const values: number[] = [];
  for (let j = 0; j < used.length; j++)
    if (codes[j]) {
      slots.push(used[j]);
      values.push(codes[j] & 0xff);
    }
  return {
    data: {
      version: 1,
      bits: options.bits,
      charGrams: true,
      scale,
      bias: round(w[used.length], 6),
      threshold: round(logOdds(options.probability), 6),
      ...(options.weakProbability ? { weakThreshold: round(logOdds(options.weakProbability), 6) } : {}),
      maxTokens: options.maxTokens,
      window: options.window,
      ...(options.classGrams ? { classGrams: options.classGrams } : {}),
      ...packTable(slots, values),
    },
    report: { lines: rows.length, positives, slots: slots.length },
  };
}

/** The generated weights module (data/detect/model/line-weights.ts), byte for byte. */
export function renderLineWeights(data: LineModelData, report: LineTrainReport): string {
  const header = `// The line model of the risk engine (src/core/detect/line-model.ts): logistic regression over hashed
// word n-grams, character 3-grams and word-class n-grams of a sender's last short lines, fitted on
// ${report.lines} labelled windows (${report.positives} threats); the ${report.slots} largest weights kept, one byte each.`;
  const { version, bits, charGrams, scale, bias, threshold, weakThreshold, maxTokens, window, classGrams } =
    data;
  const fields = {
    version,
    bits,
    charGrams,
    scale,
    bias,
    threshold,
    ...(weakThreshold !== undefined ? { weakThreshold } : {}),
    maxTokens,
    window,
    ...(classGrams ? { classGrams } : {}),
  };
  return renderWeightsModule(header, 'LineModelData', 'line-model.ts', fields, data);
}
