// The phrase matcher of two checkouts side by side in one process: `findPhrases` over the bench
// stream's messages, tokenized beforehand, in alternating rounds, CPU time per checkout. It isolates
// the matcher from the rest of a push (`bench/detect-ab.ts` times whole pushes), and it first checks
// that both checkouts find the same matches: on the stream, and on random messages made of lexicon
// words and stream words, for `findPhrases` and for `crossesBoundary` (the split-message check).
//
//   node --import tsx bench/detect-phrases-ab.ts <checkout A> <checkout B> [--rounds 12] [--random 20000]
//
// e.g. `git worktree add /tmp/before <ref>`, then `npm run bench:detect-phrases-ab -- /tmp/before .`.
// Both must find the same matches unless --answers-may-differ is given.
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Token } from '../src/core/detect/index.ts';
import { benchStream } from './detect-stream.ts';
import { sideBySideArgs, speedRatio, total } from './side-by-side-args.ts';

const { roots, option, flag } = sideBySideArgs(
  'node --import tsx bench/detect-phrases-ab.ts <checkout A> <checkout B> [--rounds N] [--random N]',
  ['rounds', 'random'],
);
const ROUNDS = option('rounds', 12);
const RANDOM = option('random', 20_000);
const PER_ROUND = 100_000;

/** What this script reads of a checkout's matcher (the lexicon is opaque to it). */
interface Matcher {
  lexicon: { vocabulary: ReadonlySet<string> };
  tokenize(text: string, vocabulary: ReadonlySet<string>): Token[];
  findPhrases(
    lexicon: unknown,
    tokens: Token[],
    out?: unknown[],
  ): { phrase: { id: number }; first: number; end: number }[];
  crossesBoundary(lexicon: unknown, earlier: readonly string[], latest: readonly Token[]): boolean;
}
async function load(root: string): Promise<Matcher> {
  const url = (file: string) => pathToFileURL(join(resolve(root), 'src/core/detect', file)).href;
  const [analyzer, compile, normalize] = await Promise.all(
    ['analyzer.ts', 'compile.ts', 'normalize.ts'].map((f) => import(url(f))),
  );
  return {
    lexicon: analyzer.lexiconFor({}),
    tokenize: normalize.tokenize,
    findPhrases: compile.findPhrases,
    crossesBoundary: compile.crossesBoundary,
  };
}
const matchers = await Promise.all(roots.map(load));
const stream = benchStream();

const found = (m: Matcher, text: string) =>
  m
    .findPhrases(m.lexicon, m.tokenize(text, m.lexicon.vocabulary), [])
    .map((x) => `${x.phrase.id}:${x.first}:${x.end}`)
    .join(' ');
const crosses = (m: Matcher, earlier: string, latest: string) =>
  m.crossesBoundary(
    m.lexicon,
    m.tokenize(earlier, m.lexicon.vocabulary).map((t) => t.w),
    m.tokenize(latest, m.lexicon.vocabulary),
  );

/** Messages that differ between the two checkouts: the stream's, then random ones (seeded). */
function differences(): { checked: number; matches: number; differ: number } {
  const [a, b] = matchers;
  const vocabulary = [...a.lexicon.vocabulary];
  const streamWords = stream.flatMap((m) => m.text.split(/\s+/));
  let seed = 12_345;
  const pick = (n: number) => {
    seed = (Math.imul(seed, 1_103_515_245) + 12_345) >>> 0;
    return seed % n;
  };
  let matches = 0;
  let differ = 0;
  const texts = stream.map((m) => m.text);
  for (let r = 0; r < RANDOM; r++) {
    const words = Array.from({ length: 1 + pick(25) }, () =>
      pick(3) ? vocabulary[pick(vocabulary.length)] : streamWords[pick(streamWords.length)],
    );
    if (pick(5) === 0) words.splice(pick(words.length), 0, String(pick(1000)));
    texts.push(words.join(' '));
  }
  for (const text of texts) {
    const want = found(a, text);
    if (want !== found(b, text)) differ++;
    matches += want ? want.split(' ').length : 0;
    const words = text.split(' ');
    const cut = 1 + (text.length % Math.max(1, words.length - 1));
    const [earlier, latest] = [words.slice(0, cut).join(' '), words.slice(cut).join(' ')];
    if (crosses(a, earlier, latest) !== crosses(b, earlier, latest)) differ++;
  }
  return { checked: texts.length, matches, differ };
}

const check = differences();
console.log(
  `answers: ${check.checked.toLocaleString('en')} messages (the stream's and random ones), ` +
    `${check.matches.toLocaleString('en')} matches; ${check.differ} differ`,
);
if (check.differ && !flag('answers-may-differ')) {
  console.log('the two checkouts find different matches (give --answers-may-differ to time them anyway)');
  process.exit(1);
}

for (const [kind, keep] of [
  ['scripted (the corpus)', (i: number) => i % 4 === 0],
  ['everyday', (i: number) => i % 4 !== 0],
  ['the bench stream', () => true],
] as const) {
  const texts = stream.filter((_, i) => keep(i)).map((m) => m.text);
  const tokens = matchers.map((m) => texts.map((t) => m.tokenize(t, m.lexicon.vocabulary)));
  const run = (k: number): { seconds: number; matches: number } => {
    const m = matchers[k];
    const out: unknown[] = [];
    let matches = 0;
    const cpu0 = process.cpuUsage();
    for (let i = 0; i < PER_ROUND; i++) {
      out.length = 0;
      matches += m.findPhrases(m.lexicon, tokens[k][i % texts.length], out).length;
    }
    const cpu = process.cpuUsage(cpu0);
    return { seconds: (cpu.user + cpu.system) / 1e6, matches };
  };
  run(0); // warm-up, both
  run(1);
  const seconds: [number[], number[]] = [[], []];
  for (let r = 0; r < ROUNDS; r++) {
    const results = [];
    for (const k of r % 2 ? [1, 0] : [0, 1]) results[k] = run(k);
    if (results[0].matches !== results[1].matches)
      throw new Error(`${kind}: the timed runs found different matches`);
    for (const k of [0, 1]) seconds[k].push(results[k].seconds);
  }
  const micros = (xs: number[]) => ((1e6 * total(xs)) / (PER_ROUND * xs.length)).toFixed(2);
  console.log(
    `${kind}: A ${micros(seconds[0])} µs, B ${micros(seconds[1])} µs per message; B / A speed ` +
      speedRatio(seconds[0], seconds[1]),
  );
}
