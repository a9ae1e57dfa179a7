/**
 * Trains the learned combiner (model.ts) on the labelled corpora: a logistic regression over each
 * participant's summed message features, fitted on the `train` split, its regularisation and
 * threshold chosen on `dev` (team-written and real items together); `test` items are never read.
 * Deterministic: fixed item order, full-batch accelerated gradient descent with a fixed number of
 * steps, weights quantised to int8 and printed with fixed precision, so two runs print the same bytes.
 */
import { analyzeConversation, ConversationAnalyzer } from './analyzer.ts';
import type { CorpusItem } from './corpus.ts';
import {
  BASE64,
  LinearCombiner,
  messageFeatures,
  RANKED_BYTE,
  RANKED_DIGITS,
  toBase64,
  type CombinerData,
  type Combiner,
  type FeatureSink,
} from './model.ts';
import { LEVEL_RANK } from './score.ts';
import type { LineModel } from './line-model.ts';
import type { SentenceModel } from './sentence-model.ts';
import type { Cue } from './types.ts';
import { hashString, type Token } from './normalize.ts';

export interface TrainOptions {
  /** log2 of the number of hashed slots */
  bits: number;
  charGrams: boolean;
  /** L2 penalties tried; the one with the best dev recall (no new false alert) wins, ties to the larger */
  lambdas: readonly number[];
  /** the largest weights kept (the rest are 0): what keeps the web chunk small */
  keep: number;
  iterations: number;
  /** the threshold sits this far (in log-odds) above the highest-rated negative of train and dev not in the budget */
  margin: number;
  /**
   * negatives of train and dev (that the rules leave quiet) allowed above the threshold, as a
   * share of them: the threshold sits `margin` above the highest of the others
   */
  negativeBudget: number;
  /** the sentence model the analyzer runs while recording (default: the shipped one) */
  sentenceModel?: SentenceModel | null;
  /** the line model the analyzer runs while recording (default: the shipped one) */
  lineModel?: LineModel | null;
  /**
   * crossValidate: trains each fold's sentence model on that fold's training items (otherwise
   * `sentenceModel` serves every fold, and has seen the held-out fold if it was trained on it)
   */
  sentenceModelFor?: (train: readonly CorpusItem[]) => SentenceModel | null;
}

export const TRAIN_OPTIONS: TrainOptions = {
  bits: 18,
  charGrams: true,
  lambdas: [0.03, 0.01, 0.003, 0.001],
  keep: 4_000,
  iterations: 600,
  margin: 1.5,
  negativeBudget: 0,
};

const UNKNOWN = '(unknown sender)';
/** The analyzer's sender key (trimmed, at most 100 characters). */
const senderKey = (sender: string | undefined) =>
  sender && sender.trim() ? sender.trim().slice(0, 100) : UNKNOWN;

/** Records each message's features and whether the analyzer asked if its sender may be raised. */
class Recorder implements Combiner, FeatureSink {
  features = new Map<number, number>();
  asked = false;
  constructor(private readonly options: TrainOptions) {}
  add(slot: number, value: number): void {
    this.features.set(slot, (this.features.get(slot) ?? 0) + value);
  }
  message(tokens: readonly Token[], cues: readonly Cue[], discussion: boolean): number {
    this.features = new Map();
    messageFeatures(tokens, cues, discussion, this.options.bits, this.options.charGrams, this);
    return 0;
  }
  raises(): boolean {
    this.asked = true;
    return false;
  }
}

export interface Sparse {
  slots: number[];
  values: number[];
}

interface RecordedMessage extends Sparse {
  sender: string;
  /** the analyzer asked whether this message's sender may be raised (they have a stage, no familiarity) */
  gate: boolean;
}

export interface RecordedItem {
  item: CorpusItem;
  messages: RecordedMessage[];
  /** the rules alone alert */
  rulesAlert: boolean;
  /** the participant running the script in a positive item */
  offender: string | null;
}

const sparse = (m: Map<number, number>): Sparse => {
  const slots = [...m.keys()].sort((a, b) => a - b);
  return { slots, values: slots.map((s) => m.get(s) as number) };
};

/** Runs the rules over an item, recording every message's features. */
export function recordItem(item: CorpusItem, options: TrainOptions): RecordedItem {
  const recorder = new Recorder(options);
  const analyzer = new ConversationAnalyzer({
    combiner: recorder,
    sentenceModel: options.sentenceModel,
    lineModel: options.lineModel,
  });
  const messages: RecordedMessage[] = [];
  for (const message of item.messages) {
    recorder.asked = false;
    analyzer.push(message);
    messages.push({ sender: senderKey(message.sender), gate: recorder.asked, ...sparse(recorder.features) });
  }
  const result = analyzer.result();
  let offender: string | null = null;
  if (item.label !== 'benign') {
    if (item.threatIndex >= 0) offender = senderKey(item.messages[item.threatIndex].sender);
    else {
      let best = -1;
      for (const p of result.participants) {
        const rank = LEVEL_RANK[p.level] * 10 + p.risk;
        if (rank > best) [best, offender] = [rank, p.id];
      }
      offender ??= messages[0]?.sender ?? null;
    }
  }
  return { item, messages, rulesAlert: result.alert, offender };
}

export interface Example extends Sparse {
  label: 0 | 1;
  weight: number;
}

/** One example per participant of each item: their messages' features summed. */
function examples(records: readonly RecordedItem[]): Example[] {
  const out: Example[] = [];
  for (const r of records) {
    const bySender = new Map<string, Map<number, number>>();
    for (const m of r.messages) {
      let sum = bySender.get(m.sender);
      if (!sum) bySender.set(m.sender, (sum = new Map()));
      for (let k = 0; k < m.slots.length; k++) sum.set(m.slots[k], (sum.get(m.slots[k]) ?? 0) + m.values[k]);
    }
    for (const [sender, sum] of bySender)
      out.push({ ...sparse(sum), label: sender === r.offender ? 1 : 0, weight: 1 });
  }
  // classes weigh the same in total
  const positives = out.filter((e) => e.label === 1).length;
  const negatives = out.length - positives;
  for (const e of out) e.weight = e.label ? out.length / (2 * positives) : out.length / (2 * negatives);
  return out;
}

const sigmoid = (z: number) => (z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z)));

/**
 * L2-regularised logistic regression (bias not penalised) by Nesterov-accelerated gradient descent,
 * step 1/L with L bounded by power iteration on the weighted feature matrix.
 */
export function fit(data: readonly Example[], dims: number, lambda: number, iterations: number) {
  const total = data.reduce((n, e) => n + e.weight, 0);
  const dot = (w: Float64Array, e: Example) => {
    let z = w[dims];
    for (let k = 0; k < e.slots.length; k++) z += w[e.slots[k]] * e.values[k];
    return z;
  };
  // largest eigenvalue of (1/total) Σ c_i x_i x_iᵀ (with the bias column), by power iteration
  let v = new Float64Array(dims + 1).fill(1);
  let eig = 1;
  for (let it = 0; it < 30; it++) {
    const next = new Float64Array(dims + 1);
    for (const e of data) {
      const z = dot(v, e) * (e.weight / total);
      for (let k = 0; k < e.slots.length; k++) next[e.slots[k]] += z * e.values[k];
      next[dims] += z;
    }
    let norm = 0;
    for (let j = 0; j <= dims; j++) norm += next[j] * next[j];
    norm = Math.sqrt(norm);
    eig = norm;
    for (let j = 0; j <= dims; j++) next[j] /= norm || 1;
    v = next;
  }
  const step = 1 / (0.25 * eig * 1.1 + lambda);
  let w = new Float64Array(dims + 1);
  let prev = new Float64Array(dims + 1);
  const grad = new Float64Array(dims + 1);
  for (let it = 1; it <= iterations; it++) {
    const momentum = (it - 1) / (it + 2);
    const y = new Float64Array(dims + 1);
    for (let j = 0; j <= dims; j++) y[j] = w[j] + momentum * (w[j] - prev[j]);
    grad.fill(0);
    for (const e of data) {
      const g = ((sigmoid(dot(y, e)) - e.label) * e.weight) / total;
      for (let k = 0; k < e.slots.length; k++) grad[e.slots[k]] += g * e.values[k];
      grad[dims] += g;
    }
    for (let j = 0; j < dims; j++) grad[j] += lambda * y[j];
    prev = w;
    w = new Float64Array(dims + 1);
    for (let j = 0; j <= dims; j++) w[j] = y[j] - step * grad[j];
  }
  return w;
}

/** `x` to `digits` significant digits (what the generated modules print). */
export const round = (x: number, digits: number) => Number(x.toPrecision(digits));

/**
 * Quantises a fit to one byte per slot, companded: code c in [-127, 127] stands for sign(c)·scale·c²,
 * so weights from max/16129 to max keep a value (character n-gram weights are many and small).
 */
function quantise(w: Float64Array, slotOf: readonly number[]) {
  const { scale, codes } = compand(w.subarray(0, slotOf.length));
  const q = new Map<number, number>();
  for (let j = 0; j < slotOf.length; j++) if (codes[j]) q.set(slotOf[j], codes[j]);
  return { q, scale, bias: round(w[slotOf.length], 6) };
}

/**
 * The `keep` largest of the first `count` weights (by magnitude; ties broken by index, so the cut is
 * deterministic), the rest 0. Whatever follows `count` (a bias) is copied as it is.
 */
export function keepLargest(w: Float64Array, keep: number, count = w.length): Float64Array {
  const out = Float64Array.from(w);
  if (keep >= count) return out;
  const order = Array.from({ length: count }, (_, j) => j).sort(
    (a, b) => Math.abs(w[b]) - Math.abs(w[a]) || a - b,
  );
  for (const j of order.slice(keep)) out[j] = 0;
  return out;
}

/** Weights as companded codes in [-127, 127] (0 for a weight too small to keep) and their scale. */
export function compand(w: ArrayLike<number>): { scale: number; codes: Int8Array } {
  let max = 0;
  for (let j = 0; j < w.length; j++) max = Math.max(max, Math.abs(w[j]));
  const scale = max ? round(max / (127 * 127), 6) : 0;
  const codes = new Int8Array(w.length);
  for (let j = 0; j < w.length; j++) {
    const c = scale ? Math.min(127, Math.round(Math.sqrt(Math.abs(w[j]) / scale))) : 0;
    codes[j] = w[j] < 0 ? -c : c;
  }
  return { scale, codes };
}

/** The weight a code stands for (as model.ts decodes it). */
export const decodeWeight = (code: number, scale: number) => Math.sign(code) * code * code * scale;

/** The highest logit (bias + running sum) the analyzer would test for a raise in this item. */
function highestGated(r: RecordedItem, q: Map<number, number>, scale: number, bias: number): number {
  const sums = new Map<string, number>();
  let best = -Infinity;
  for (const m of r.messages) {
    let acc = 0;
    for (let k = 0; k < m.slots.length; k++) acc += decodeWeight(q.get(m.slots[k]) ?? 0, scale) * m.values[k];
    const sum = (sums.get(m.sender) ?? 0) + acc;
    sums.set(m.sender, sum);
    if (m.gate) best = Math.max(best, bias + sum);
  }
  return best;
}

const isPositive = (item: CorpusItem) => item.label !== 'benign';

export interface TrainReport {
  lambda: number;
  threshold: number;
  examples: number;
  positives: number;
  slots: number;
  /**
   * per λ tried: the threshold, dev positives the combiner alone would raise (asked at the same
   * points as in the analyzer), and those of them the rules miss
   */
  tried: { lambda: number; threshold: number; devRecall: number; devCaught: number }[];
}

export function trainCombiner(
  items: readonly CorpusItem[],
  options: TrainOptions = TRAIN_OPTIONS,
): { data: CombinerData; report: TrainReport } {
  const train = items.filter((i) => i.split === 'train').map((i) => recordItem(i, options));
  const dev = items.filter((i) => i.split === 'dev').map((i) => recordItem(i, options));
  const data = examples(train);
  // only slots seen in training can get a weight: fit over those, in slot order
  const used = new Set<number>();
  for (const e of data) for (const s of e.slots) used.add(s);
  const slotOf = [...used].sort((a, b) => a - b);
  const index = new Map(slotOf.map((s, j) => [s, j]));
  const compact = data.map((e) => ({ ...e, slots: e.slots.map((s) => index.get(s) as number) }));

  let best:
    | {
        lambda: number;
        threshold: number;
        devRecall: number;
        devCaught: number;
        q: Map<number, number>;
        scale: number;
        bias: number;
      }
    | undefined;
  const tried: TrainReport['tried'] = [];
  for (const lambda of options.lambdas) {
    const w = fit(compact, slotOf.length, lambda, options.iterations);
    const { q, scale, bias } = quantise(keepLargest(w, options.keep, slotOf.length), slotOf);
    const negativeScores = [...train, ...dev]
      .filter((r) => !isPositive(r.item) && !r.rulesAlert)
      .map((r) => highestGated(r, q, scale, bias))
      .sort((a, b) => b - a);
    const allowed = Math.floor(negativeScores.length * options.negativeBudget);
    const highestNegative = negativeScores[allowed] ?? -Infinity;
    const threshold = round(Math.max(0, highestNegative + options.margin), 6);
    let devCaught = 0;
    let devRecall = 0;
    for (const r of dev) {
      if (!isPositive(r.item) || highestGated(r, q, scale, bias) < threshold) continue;
      devRecall++;
      if (!r.rulesAlert) devCaught++;
    }
    tried.push({ lambda, threshold, devRecall, devCaught });
    const better =
      !best || devCaught > best.devCaught || (devCaught === best.devCaught && devRecall > best.devRecall);
    if (better) best = { lambda, threshold, devRecall, devCaught, q, scale, bias };
  }
  if (!best) throw new Error('no regularisation to try');
  const slots = [...best.q.keys()];
  return {
    data: {
      version: 1,
      bits: options.bits,
      charGrams: options.charGrams,
      scale: best.scale,
      bias: best.bias,
      threshold: best.threshold,
      ...packTable(
        slots,
        slots.map((s) => (best.q.get(s) as number) & 0xff),
      ),
    },
    report: {
      lambda: best.lambda,
      threshold: best.threshold,
      examples: data.length,
      positives: data.filter((e) => e.label === 1).length,
      slots: slots.length,
      tried,
    },
  };
}

/** The fold of an item in cross-validation: by source, so a page's items stay together. */
export const foldOf = (item: CorpusItem, folds: number) =>
  hashString(item.source ?? item.id, 0x3b9aca07) % folds;

/** Counts of one provenance in cross-validation, for the rules alone and with the combiner. */
export interface FoldCounts {
  positives: number;
  negatives: number;
  /** conversations with a threat message after the first message */
  threats: number;
  /** the lexicon's rules alone */
  lexicon: { alerted: number; falseAlerts: number; early: number };
  /** the rules with the sentence model */
  rules: { alerted: number; falseAlerts: number; early: number };
  /** the rules with the sentence model and the combiner */
  combined: { alerted: number; falseAlerts: number; early: number };
}

/**
 * K-fold cross-validation of the combiner over the given items (train and dev; never test): for each
 * fold, a combiner trained on the others (one L2 penalty, its threshold from their negatives as in
 * `trainCombiner`) runs with the rules on the held-out fold, and so does the fold's sentence model
 * when `sentenceModelFor` makes one. Estimates what each adds on items it never saw without touching
 * the test split (the rules were written looking at train and dev, so the lexicon's own figures here
 * are optimistic; the differences between the columns are not).
 */
export function crossValidate(
  items: readonly CorpusItem[],
  options: TrainOptions,
  folds = 5,
): { byProv: Record<string, FoldCounts>; thresholds: number[] } {
  const byProv: Record<string, FoldCounts> = {};
  const thresholds: number[] = [];
  const blank = () => ({ alerted: 0, falseAlerts: 0, early: 0 });
  for (let f = 0; f < folds; f++) {
    const rest = items
      .filter((i) => i.split !== 'test' && foldOf(i, folds) !== f)
      .map((i) => ({ ...i, split: 'train' as const }));
    const held = items.filter((i) => i.split !== 'test' && foldOf(i, folds) === f);
    const sentenceModel = options.sentenceModelFor ? options.sentenceModelFor(rest) : options.sentenceModel;
    const { data } = trainCombiner(rest, { ...options, sentenceModel, lambdas: options.lambdas.slice(-1) });
    thresholds.push(data.threshold);
    const combiner = new LinearCombiner(data);
    for (const item of held) {
      const c = (byProv[item.prov] ??= {
        positives: 0,
        negatives: 0,
        threats: 0,
        lexicon: blank(),
        rules: blank(),
        combined: blank(),
      });
      const positive = isPositive(item);
      if (positive) c.positives++;
      else c.negatives++;
      if (item.threatIndex > 0) c.threats++;
      for (const [key, engine] of [
        ['lexicon', { combiner: null, sentenceModel: null }],
        ['rules', { combiner: null, sentenceModel }],
        ['combined', { combiner, sentenceModel }],
      ] as const) {
        const result = analyzeConversation(item.messages, engine);
        const counts = c[key];
        if (result.alert && positive) counts.alerted++;
        if (result.alert && !positive) counts.falseAlerts++;
        if (item.threatIndex > 0 && result.firstAlertAt !== null && result.firstAlertAt < item.threatIndex)
          counts.early++;
      }
    }
  }
  return { byProv, thresholds };
}

/** Ascending slots as shipped (model.ts `decodeSlots`), Rice-coded with the number of low bits that writes them shortest. */
export function encodeSlots(slots: readonly number[]): string {
  let shortest = '';
  for (let k = 0; k < 24; k++) {
    const text = riceCode(slots, k);
    if (!shortest || text.length < shortest.length) shortest = text;
  }
  return shortest;
}

/** Ascending slots as Rice-coded gaps with `k` low bits (model.ts `decodeSlots`). */
function riceCode(slots: readonly number[], k: number): string {
  const bits: number[] = [];
  let prev = -1;
  for (const slot of slots) {
    const gap = slot - prev - 1;
    prev = slot;
    for (let q = Math.floor(gap / 2 ** k); q > 0; q--) bits.push(1);
    bits.push(0);
    for (let b = k - 1; b >= 0; b--) bits.push((gap >> b) & 1);
  }
  const bytes: number[] = [];
  for (let i = 0; i < bits.length; i += 8) {
    let byte = 0;
    for (let b = 0; b < 8; b++) byte = (byte << 1) | (bits[i + b] ?? 0);
    bytes.push(byte);
  }
  return BASE64[k] + toBase64(bytes);
}

/** The ranked encoding of `bytes` (model.ts `decodeCodes`): the most frequent bytes as one printable character each. */
export function encodeCodes(bytes: Uint8Array): string {
  const counts = new Array<number>(256).fill(0);
  for (const b of bytes) counts[b]++;
  const ranked = [...counts.keys()]
    .filter((b) => counts[b] > 0)
    .sort((a, b) => counts[b] - counts[a] || a - b)
    .slice(0, RANKED_DIGITS.length - 1);
  const place = new Map(ranked.map((b, k) => [b, k]));
  let out = RANKED_DIGITS[ranked.length] + ranked.map((b) => String.fromCharCode(RANKED_BYTE + b)).join('');
  for (const b of bytes) {
    const k = place.get(b);
    out += k === undefined ? String.fromCharCode(RANKED_BYTE + b) : RANKED_DIGITS[k];
  }
  return out;
}

/** The non-zero `slots` (ascending) and their byte `codes` as shipped: the inverse of model.ts `codeTable`. */
export const packTable = (
  slots: readonly number[],
  codes: ArrayLike<number>,
): { slots: string; values: string } => ({
  slots: encodeSlots(slots),
  values: encodeCodes(Uint8Array.from(codes)),
});

/** A long string as concatenated 96-character literals, for a generated weights module. */
export function wrapLiteral(s: string): string {
  const lines: string[] = [];
  for (let i = 0; i < s.length; i += 96) lines.push(`    '${s.slice(i, i + 96)}'`);
  return lines.length ? lines.join(' +\n') : "    ''";
}

/**
 * A generated weights module, byte for byte: the header's comment lines, then the weights of type
 * `type` (exported by `module`, a path from src/core/detect/): `fields` as written, then the slots
 * and values as wrapped literals.
 */
export function renderWeightsModule(
  header: string,
  type: string,
  module: string,
  fields: Record<string, string | number | boolean>,
  data: { slots: string; values: string },
): string {
  const lines = Object.entries(fields).map(([k, v]) => `  ${k}: ${v},\n`);
  return `// Generated by \`npm run train:detect\` (scripts/train-detect.ts): do not edit by hand.
${header}
import type { ${type} } from '../../../src/core/detect/${module}';

const weights: ${type} = {
${lines.join('')}  slots:
${wrapLiteral(data.slots)},
  values:
${wrapLiteral(data.values)},
};
export default weights;
`;
}

/** The generated weights module (data/detect/model/weights.ts), byte for byte. */
export function renderWeights(data: CombinerData, report: TrainReport): string {
  const header = `// The learned combiner of the risk engine (src/core/detect/model.ts): logistic regression over
// hashed word n-grams, character 3-grams and cues, fitted on the train split of both corpora
// (${report.examples} participants, ${report.positives} running the script); L2 ${report.lambda} and the threshold chosen on dev.
// ${report.slots} non-zero weights, one byte each (companded: see CombinerData.scale).`;
  const { version, bits, charGrams, scale, bias, threshold } = data;
  return renderWeightsModule(
    header,
    'CombinerData',
    'model.ts',
    { version, bits, charGrams, scale, bias, threshold },
    data,
  );
}

/** A combiner made from trained data (for checks before the weights are written). */
export const combinerOf = (data: CombinerData) => new LinearCombiner(data);
