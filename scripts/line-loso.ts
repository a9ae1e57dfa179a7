// Leave-one-set-out for the risk engine's line model (src/core/detect/line-model.ts): each development
// set of data/detect/dev is left out in turn, the line model trained on everything else (as
// `npm run train:detect` does), and the set's lines and look-alikes read by the whole engine with it.
// Also counts the `dev` benign corpus items it raises (summed over folds). `--weak 0,0.9` gives the
// weak readings to compare (0: none). About 5 minutes on one core for two readings.
// `node --import tsx scripts/line-loso.ts [--weak 0,0.9]`
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeConversation } from '../src/core/detect/analyzer.ts';
import { LineModel } from '../src/core/detect/line-model.ts';
import { corpusLines, LINE_TRAIN_OPTIONS, logOdds, trainLineModel } from '../src/core/detect/line-train.ts';
import { readDetectCorpus, readDevItems, readLabelledLines } from '../src/node/files/detect-corpus.ts';

const at = process.argv.indexOf('--weak');
const readings = (at > 0 ? process.argv[at + 1] : '0,0.9').split(',').map(Number);

const items = readDetectCorpus();
const lines = [...readLabelledLines(), ...corpusLines(items, LINE_TRAIN_OPTIONS.window)];
const devBenign = items.filter((item) => item.split === 'dev' && item.label === 'benign');
const sets = readdirSync(join(import.meta.dirname, '..', 'data', 'detect', 'dev'))
  .filter((f) => f.endsWith('.positives.txt'))
  .map((f) => f.replace('.positives.txt', ''))
  .sort();

const totals = readings.map(() => ({ raised: 0, lookAlikes: 0, corpus: 0 }));
let positives = 0;
let negatives = 0;
for (const set of sets) {
  const left = new Set([`${set}.positives.txt`, `${set}.negatives.txt`]);
  const { data } = trainLineModel(lines.filter((line) => !left.has(line.from)));
  const pos = readDevItems(`${set}.positives.txt`);
  const neg = readDevItems(`${set}.negatives.txt`);
  positives += pos.length;
  negatives += neg.length;
  const row = readings.map((p, k) => {
    const lineModel = new LineModel({ ...data, weakThreshold: p ? logOdds(p) : undefined });
    const alerts = (texts: string[]) =>
      analyzeConversation(
        texts.map((text) => ({ sender: 'them', text })),
        { lineModel },
      ).alert;
    const raised = pos.filter(alerts).length;
    const lookAlikes = neg.filter(alerts).length;
    const corpus = devBenign.filter((item) => analyzeConversation(item.messages, { lineModel }).alert).length;
    totals[k].raised += raised;
    totals[k].lookAlikes += lookAlikes;
    totals[k].corpus += corpus;
    return `${p || 'none'}: ${raised}/${pos.length}, look-alikes ${lookAlikes}, corpus ${corpus}`;
  });
  console.log(`${set.padEnd(8)} ${row.join(' | ')}`);
}
console.log(
  `all      ${readings
    .map(
      (p, k) =>
        `${p || 'none'}: ${totals[k].raised}/${positives}, look-alikes ${totals[k].lookAlikes}/${negatives}, corpus ${totals[k].corpus}`,
    )
    .join(' | ')}`,
);
