// Trains the risk engine's learned combiner (src/core/detect/model.ts) and writes its weights to
// data/detect/model/weights.ts. `npm run train:detect` (add `--check` to only compare the shipped
// weights with a fresh training run: exit 1 when they differ). Reads the train and dev items of both
// corpora (data/detect/corpus, data/detect/corpus-real); test items are dropped as soon as parsed.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderWeights, trainCombiner } from '../src/core/detect/model-train.ts';
import { readDetectCorpus } from '../src/node/files/detect-corpus.ts';

const root = join(import.meta.dirname, '..', 'data', 'detect');
const out = join(root, 'model', 'weights.ts');
const items = readDetectCorpus().filter((item) => item.split !== 'test');

const started = performance.now();
const { data, report } = trainCombiner(items);
const text = renderWeights(data, report);
const seconds = ((performance.now() - started) / 1000).toFixed(1);
if (process.argv.includes('--check')) {
  const shipped = existsSync(out) ? readFileSync(out, 'utf8') : '';
  if (shipped !== text) {
    console.error(`${out} is stale: run npm run train:detect`);
    process.exit(1);
  }
  console.log(`shipped weights match a fresh training run (${seconds} s)`);
} else {
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
