// Trains the risk engine's sentence model (src/core/detect/sentence-model.ts) and learned combiner
// (src/core/detect/model.ts) and writes their weights to data/detect/model/. `npm run train:detect`
// (add `--check` to only compare the shipped weights with a fresh training run: exit 1 when they
// differ; `--cv` for a 5-fold cross-validation over train and dev of what the sentence model and the
// combiner add to the lexicon's rules, each fold's models trained on the other folds, nothing written;
// `--cv --margin X` tries another margin above the highest negative; `--cv-sentences [--lambda X]`
// cross-validates the sentence model alone over its training sentences). Reads the train and dev
// items of both corpora (data/detect/corpus, data/detect/corpus-real); test items are dropped as soon
// as parsed.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  crossValidate,
  type FoldCounts,
  renderWeights,
  TRAIN_OPTIONS,
  trainCombiner,
} from '../src/core/detect/model-train.ts';
import {
  crossValidateSentences,
  renderSentenceWeights,
  SENTENCE_TRAIN_OPTIONS,
  sentenceModelOf,
  trainSentenceModel,
} from '../src/core/detect/sentence-train.ts';
import { SENTENCE_STAGES } from '../src/core/detect/sentence-model.ts';
import type { CorpusItem } from '../src/core/detect/corpus.ts';
import { readDetectCorpus, readLabelledLines, sentenceTrainingSet } from '../src/node/files/detect-corpus.ts';
import {
  corpusLines,
  LINE_TRAIN_OPTIONS,
  renderLineWeights,
  trainLineModel,
} from '../src/core/detect/line-train.ts';
import { LineModel } from '../src/core/detect/line-model.ts';

const root = join(import.meta.dirname, '..', 'data', 'detect');
const out = join(root, 'model', 'weights.ts');
const sentenceOut = join(root, 'model', 'sentence-weights.ts');
const lineOut = join(root, 'model', 'line-weights.ts');
const items = readDetectCorpus().filter((item) => item.split !== 'test');

// the team's labelled sentences and the rules' labels on train
const sentences = sentenceTrainingSet(items);

if (process.argv.includes('--cv-sentences')) {
  // the sentence model alone, over its training sentences; `--lambda X` tries another L2 penalty
  const at = process.argv.indexOf('--lambda');
  const options = { ...SENTENCE_TRAIN_OPTIONS, ...(at > 0 ? { lambda: Number(process.argv[at + 1]) } : {}) };
  const groupOf = (from: string) =>
    from === 'real-train.tsv'
      ? 'real sentences'
      : from.endsWith('.tsv')
        ? 'team sentences'
        : 'rules on train';
  const counts = crossValidateSentences(sentences, (s) => groupOf(s.from), options);
  console.log(
    `5-fold cross-validation of the sentence model over its ${sentences.length} training sentences (L2 ${options.lambda}, read at p >= ${options.threshold})`,
  );
  for (const [group, c] of Object.entries(counts))
    console.log(
      `${group.padEnd(15)} ${SENTENCE_STAGES.map((stage, k) => `${stage} ${c.read[k]}/${c.of[k]}`).join('  ')}  ` +
        `false readings ${c.falseReadings}/${c.none}`,
    );
  process.exit(0);
}

if (process.argv.includes('--cv')) {
  const started = performance.now();
  const at = process.argv.indexOf('--margin');
  // each fold's sentence model learns from that fold's training items only, as the combiner does
  const options = {
    ...TRAIN_OPTIONS,
    sentenceModelFor: (train: readonly CorpusItem[]) =>
      sentenceModelOf(trainSentenceModel(sentenceTrainingSet(train))),
    ...(at > 0 ? { margin: Number(process.argv[at + 1]) } : {}),
  };
  const { byProv, thresholds } = crossValidate(items, options);
  const rate = (a: number, b: number) => (b ? (a / b).toFixed(3) : '-');
  console.log(
    `5-fold cross-validation over train and dev, by source (L2 ${options.lambdas.at(-1)}, margin ${options.margin}; thresholds ${thresholds.join(', ')})`,
  );
  console.log(
    'prov  items  recall lexicon / +sentence model / +combiner  false alerts (same)  alerted before threat (same)',
  );
  const three = (c: FoldCounts, key: 'alerted' | 'falseAlerts' | 'early', of: number) =>
    `${rate(c.lexicon[key], of)} / ${rate(c.rules[key], of)} / ${rate(c.combined[key], of)} (of ${of})`;
  for (const [prov, c] of Object.entries(byProv))
    console.log(
      `${prov.padEnd(5)} ${String(c.positives + c.negatives).padStart(5)}  ${three(c, 'alerted', c.positives)}  ` +
        `${three(c, 'falseAlerts', c.negatives)}  ${three(c, 'early', c.threats)}`,
    );
  console.log(`${((performance.now() - started) / 1000).toFixed(1)} s`);
  process.exit(0);
}

// The sentence model first, then the combiner, trained over the analyzer running that sentence model
// (the cross-validations above train their own per fold, so only writing or checking needs these).
const sentenceData = trainSentenceModel(sentences);
const sentenceText = renderSentenceWeights(sentenceData, sentences.length);
const sentenceModel = sentenceModelOf(sentenceData);
const started = performance.now();
const lines = [...readLabelledLines(), ...corpusLines(items, LINE_TRAIN_OPTIONS.window)];
const line = trainLineModel(lines);
const lineText = renderLineWeights(line.data, line.report);
const lineModel = new LineModel(line.data);
const { data, report } = trainCombiner(items, { ...TRAIN_OPTIONS, sentenceModel, lineModel });
const text = renderWeights(data, report);
const seconds = ((performance.now() - started) / 1000).toFixed(1);
if (process.argv.includes('--check')) {
  for (const [file, fresh] of [
    [sentenceOut, sentenceText],
    [lineOut, lineText],
    [out, text],
  ]) {
    const shipped = existsSync(file) ? readFileSync(file, 'utf8') : '';
    if (shipped !== fresh) {
      console.error(`${file} is stale: run npm run train:detect`);
      process.exit(1);
    }
  }
  console.log(`shipped weights match a fresh training run (${seconds} s)`);
} else {
  writeFileSync(sentenceOut, sentenceText);
  console.log(
    `sentence model: ${sentences.length} sentences, ${(sentenceText.length / 1024).toFixed(0)} KB; wrote ${sentenceOut}`,
  );
  writeFileSync(lineOut, lineText);
  console.log(
    `line model: ${line.report.lines} labelled windows (${line.report.positives} threats), ${line.report.slots} weights, ${(lineText.length / 1024).toFixed(0)} KB; wrote ${lineOut}`,
  );
  writeFileSync(out, text);
  for (const t of report.tried)
    console.log(
      `L2 ${t.lambda}: threshold ${t.threshold}; dev positives the combiner raises ${t.devRecall}, of them missed by the rules ${t.devCaught}`,
    );
  console.log(
    `chose L2 ${report.lambda}, threshold ${report.threshold}; ${report.examples} participants (${report.positives} running the script), ${report.slots} non-zero weights, ${(text.length / 1024).toFixed(0)} KB; ${seconds} s`,
  );
  console.log(`wrote ${out}`);
}
