/**
 * Trains the sentence model (sentence-model.ts). Examples are sentences:
 * - the team's labelled sentences (`data/detect/sentences/*.tsv`: `LABELS<TAB>sentence`, labels among
 *   compromise, threat, demand, pressure, none), written for this model;
 * - sentences of the corpora's `train` items, labelled by the rules (weak labels): in an extortion
 *   item a sentence with a rule cue of a stage is an example of that stage (sentences without one are
 *   left out: they may hold acts the rules miss); in a benign item a sentence without any cue is an
 *   example of nothing (sentences with one are left out: quoted or retold threats).
 * One L2-regularised logistic regression per stage (classes weigh the same), pruned to the
 * `maxSlots` largest weights, quantised like the combiner. Deterministic.
 */
import { lexiconFor } from './analyzer.ts';
import type { CorpusItem } from './corpus.ts';
import { scanTokens } from './match.ts';
import { decodeCodes } from './model.ts';
import { compand, packTable, fit, renderWeightsModule, type Example } from './model-train.ts';
import { hashString, tokenize, wordHash } from './normalize.ts';
import {
  SENTENCE_STAGES,
  SentenceModel,
  sentenceBounds,
  sentenceFeatures,
  type SentenceModelData,
} from './sentence-model.ts';

/** How the shipped model reads (its fields as SentenceModelData says them). */
type ReadingOptions = Pick<
  SentenceModelData,
  'bits' | 'threshold' | 'strong' | 'weights' | 'weakWeights' | 'minWords' | 'margin'
>;

export interface SentenceTrainOptions extends ReadingOptions {
  lambda: number;
  iterations: number;
  /** non-zero weights kept (the largest), so the shipped module stays small */
  maxSlots: number;
}

export const SENTENCE_TRAIN_OPTIONS: SentenceTrainOptions = {
  bits: 19,
  lambda: 0.0001,
  iterations: 300,
  maxSlots: 15_000,
  threshold: 0.8,
  strong: 0.95,
  weights: [0.5, 0.4, 0.5, 0.45],
  weakWeights: [0.45, 0.35, 0.45, 0.45],
  minWords: 6,
  margin: 3,
};

/** One labelled sentence: its words and, per stage (SENTENCE_STAGES order), 1 or 0. */
export interface LabelledSentence {
  /** the sentence as written */
  text: string;
  words: string[];
  labels: number[];
  /** where it came from, for reports: a file name or a corpus item id */
  from: string;
}

const LABEL_STAGE: Record<string, string> = { compromise: 'compromise_claim' };

/** Parses `LABELS<TAB>sentence` lines; throws on an unknown label. */
export function parseLabelledSentences(text: string, from: string): LabelledSentence[] {
  const out: LabelledSentence[] = [];
  text.split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    const tab = line.indexOf('\t');
    if (tab < 0) throw new Error(`${from}:${i + 1}: expected LABELS<TAB>sentence`);
    const names = line
      .slice(0, tab)
      .split(',')
      .map((l) => l.trim());
    const labels = SENTENCE_STAGES.map(() => 0);
    for (const name of names) {
      if (name === 'none') continue;
      const at = SENTENCE_STAGES.indexOf((LABEL_STAGE[name] ?? name) as (typeof SENTENCE_STAGES)[number]);
      if (at < 0) throw new Error(`${from}:${i + 1}: unknown label ${name}`);
      labels[at] = 1;
    }
    const sentence = line.slice(tab + 1);
    out.push({ text: sentence, words: tokenize(sentence).map((t) => t.w), labels, from });
  });
  return out;
}

/** Sentences of corpus items labelled by the rules (see the module comment). */
export function corpusSentences(items: readonly CorpusItem[]): LabelledSentence[] {
  const lexicon = lexiconFor({});
  const out: LabelledSentence[] = [];
  for (const item of items) {
    if (item.label === 'grooming') continue;
    for (const message of item.messages) {
      const text = message.text.slice(0, 20_000);
      const tokens = tokenize(text, lexicon.vocabulary);
      const cues = scanTokens(lexicon, tokens, text, Infinity, null).cues.filter(
        (c) => !c.cue.startsWith('reply.'),
      );
      const bounds = sentenceBounds(text, tokens);
      for (let b = 0; b + 1 < bounds.length; b++) {
        const from = bounds[b];
        const to = bounds[b + 1];
        if (to <= from) continue;
        const start = tokens[from].s;
        const end = tokens[to - 1].e;
        const inside = cues.filter((c) => c.start < end && start < c.end);
        const labels = SENTENCE_STAGES.map((s) =>
          inside.some((c) => c.stage === s && c.context === undefined) ? 1 : 0,
        );
        const sentence = {
          text: text.slice(start, end),
          words: tokens.slice(from, to).map((t) => t.w),
          labels,
        };
        if (item.label === 'extortion') {
          if (labels.some((l) => l)) out.push({ ...sentence, from: item.id });
        } else if (!inside.length) out.push({ ...sentence, from: item.id });
      }
    }
  }
  return out;
}

const asTokens = (words: readonly string[]) =>
  words.map((w) => ({ w, s: 0, e: 0, q: false, h: wordHash(w) }));

/** Fits the four regressions and returns the shipped data. */
export function trainSentenceModel(
  sentences: readonly LabelledSentence[],
  options: SentenceTrainOptions = SENTENCE_TRAIN_OPTIONS,
): SentenceModelData {
  // features as dense ids over the bases seen, in first-seen order (deterministic)
  const idOf = new Map<number, number>();
  const bases: number[] = [];
  const rows = sentences
    .filter((s) => s.words.length)
    .map((s) => {
      const m = new Map<number, number>();
      sentenceFeatures(asTokens(s.words), 0, s.words.length, options.bits, {
        add(base, value) {
          let id = idOf.get(base);
          if (id === undefined) {
            id = bases.length;
            idOf.set(base, id);
            bases.push(base);
          }
          m.set(id, (m.get(id) ?? 0) + value);
        },
      });
      const slots = [...m.keys()].sort((a, b) => a - b);
      return { slots, values: slots.map((k) => m.get(k) as number), labels: s.labels };
    });
  const dims = bases.length;
  const weights: { slot: number; w: number }[] = [];
  const bias: number[] = [];
  SENTENCE_STAGES.forEach((_, s) => {
    const examples: Example[] = rows.map((r) => ({
      slots: r.slots,
      values: r.values,
      label: r.labels[s] ? 1 : 0,
      weight: 1,
    }));
    const positives = examples.filter((e) => e.label).length;
    for (const e of examples)
      e.weight = e.label
        ? examples.length / (2 * positives)
        : examples.length / (2 * (examples.length - positives));
    const w = fit(examples, dims, options.lambda, options.iterations);
    for (let j = 0; j < dims; j++) if (w[j]) weights.push({ slot: bases[j] + s, w: w[j] });
    bias.push(Number(w[dims].toPrecision(6)));
  });
  // the largest weights, then by slot (ties broken by slot, so the cut is deterministic)
  weights.sort((a, b) => Math.abs(b.w) - Math.abs(a.w) || a.slot - b.slot);
  const kept = weights.slice(0, options.maxSlots).sort((a, b) => a.slot - b.slot);
  const { scale, codes: keptCodes } = compand(kept.map((k) => k.w));
  const slots: number[] = [];
  const codes: number[] = [];
  kept.forEach((k, j) => {
    if (!keptCodes[j]) return;
    slots.push(k.slot);
    codes.push(keptCodes[j] & 0xff);
  });
  const { lambda: _lambda, iterations: _iterations, maxSlots: _maxSlots, ...reading } = options;
  return {
    version: 1,
    ...reading,
    scale,
    bias,
    ...packTable(slots, codes),
  };
}

/** The generated weights module (data/detect/model/sentence-weights.ts), byte for byte. */
export function renderSentenceWeights(data: SentenceModelData, sentences: number): string {
  const count = decodeCodes(data.values).length;
  const header = `// The sentence model of the risk engine (src/core/detect/sentence-model.ts): four logistic regressions
// over hashed word and word-class unigrams and bigrams, fitted on ${sentences} sentences (the team's
// labelled sentences and the rules' labels on the corpora's train split); ${count} non-zero weights.`;
  const list = (xs: readonly number[]) => `[${xs.join(', ')}]`;
  const { version, bits, scale, threshold, strong, minWords, margin } = data;
  const fields = {
    version,
    bits,
    scale,
    bias: list(data.bias),
    threshold,
    strong,
    weights: list(data.weights),
    weakWeights: list(data.weakWeights),
    minWords,
    margin,
  };
  return renderWeightsModule(header, 'SentenceModelData', 'sentence-model.ts', fields, data);
}

/** A model made from trained data (to check it before the weights are written). */
export const sentenceModelOf = (data: SentenceModelData) => new SentenceModel(data);

/** Held-out counts of `crossValidateSentences` for one group of sentences. */
export interface SentenceFoldCounts {
  /** per stage (SENTENCE_STAGES order): held-out sentences of the stage read as it */
  read: number[];
  /** per stage: held-out sentences of the stage */
  of: number[];
  /** held-out sentences of no stage read as some stage */
  falseReadings: number;
  /** held-out sentences of no stage */
  none: number;
}

const foldOfWords = (words: readonly string[], folds: number) => hashString(words.join(' '), 0) % folds;

/**
 * K-fold cross-validation of the sentence model over its training sentences (each fold's model
 * trained on the others): how many held-out sentences of each act it reads at its threshold, and
 * how many of no act it reads as one, by group (`groupOf`, e.g. the file a sentence came from).
 */
export function crossValidateSentences(
  sentences: readonly LabelledSentence[],
  groupOf: (s: LabelledSentence) => string,
  options: SentenceTrainOptions = SENTENCE_TRAIN_OPTIONS,
  folds = 5,
): Record<string, SentenceFoldCounts> {
  const out: Record<string, SentenceFoldCounts> = {};
  const usable = sentences.filter((s) => s.words.length);
  for (let f = 0; f < folds; f++) {
    const model = sentenceModelOf(
      trainSentenceModel(
        usable.filter((s) => foldOfWords(s.words, folds) !== f),
        options,
      ),
    );
    const { logitThreshold } = model;
    for (const s of usable) {
      if (foldOfWords(s.words, folds) !== f) continue;
      const logits = model.reference(asTokens(s.words), 0, s.words.length);
      const c = (out[groupOf(s)] ??= { read: [0, 0, 0, 0], of: [0, 0, 0, 0], falseReadings: 0, none: 0 });
      if (s.labels.some((l) => l)) {
        s.labels.forEach((l, k) => {
          if (!l) return;
          c.of[k]++;
          if (logits[k] >= logitThreshold) c.read[k]++;
        });
      } else {
        c.none++;
        if (logits.some((x) => x >= logitThreshold)) c.falseReadings++;
      }
    }
  }
  return out;
}
