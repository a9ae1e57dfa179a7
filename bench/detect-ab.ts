// Two checkouts of the risk engine side by side in one process: the bench's stream, in alternating
// chunks, CPU time per checkout. On a shared host, separate `npm run bench:detect` runs of the same
// code spread by ±25 % within minutes; chunks run in turn in one process share the host's state.
//
//   node --import tsx bench/detect-ab.ts <checkout A> <checkout B> [--chunk 20000] [--rounds 16]
//
// e.g. `git worktree add /tmp/before <ref>`, then `node --import tsx bench/detect-ab.ts /tmp/before .`.
// Both must give the same levels on the stream unless --answers-may-differ is given.
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Message } from '../src/core/detect/index.ts';
import { benchStream } from './detect-stream.ts';
import { sideBySideArgs, speedRatio, total } from './side-by-side-args.ts';

const { roots, option, flag } = sideBySideArgs(
  'node --import tsx bench/detect-ab.ts <checkout A> <checkout B> [--chunk N] [--rounds N]',
  ['chunk', 'rounds'],
);
const CHUNK = option('chunk', 20_000);
const ROUNDS = option('rounds', 16);
const CONVERSATIONS = 2_000;

interface Engine {
  createConversationAnalyzer(): { push(m: Message): { level: string } };
}
const load = async (root: string): Promise<Engine> =>
  (await import(pathToFileURL(join(resolve(root), 'src/core/detect/index.ts')).href)) as Engine;
const [a, b] = await Promise.all(roots.map(load));
const stream = benchStream();

const open = (engine: Engine) =>
  Array.from({ length: CONVERSATIONS }, () => engine.createConversationAnalyzer());
/** Pushes messages [from, from + CHUNK) into the analyzers; CPU seconds, and the levels it ended on. */
function chunk(analyzers: ReturnType<typeof open>, from: number): { seconds: number; levels: string } {
  let levels = '';
  const cpu0 = process.cpuUsage();
  for (let i = from; i < from + CHUNK; i++) {
    const level = analyzers[i % CONVERSATIONS].push(stream[i % stream.length]).level;
    if (i % 97 === 0) levels += level[0];
  }
  const cpu = process.cpuUsage(cpu0);
  return { seconds: (cpu.user + cpu.system) / 1e6, levels };
}

chunk(open(a), 0); // warm-up, both
chunk(open(b), 0);
const [runA, runB] = [open(a), open(b)];
const seconds: [number[], number[]] = [[], []];
let differ = false;
for (let r = 0; r < ROUNDS; r++) {
  const from = r * CHUNK;
  // alternate which goes first, so neither always follows the other's garbage
  const order = r % 2 ? [1, 0] : [0, 1];
  const levels: string[] = [];
  for (const k of order) {
    const { seconds: s, levels: l } = chunk(k ? runB : runA, from);
    seconds[k].push(s);
    levels[k] = l;
  }
  if (levels[0] !== levels[1]) differ = true;
}
const rate = (xs: number[]) => Math.round((CHUNK * xs.length) / total(xs));
console.log(
  `${ROUNDS} rounds of ${CHUNK.toLocaleString('en')} messages, ${CONVERSATIONS} open conversations`,
);
console.log(`A ${roots[0]}: ${rate(seconds[0]).toLocaleString('en')} messages/s of CPU time`);
console.log(`B ${roots[1]}: ${rate(seconds[1]).toLocaleString('en')} messages/s of CPU time`);
console.log(`B / A speed: ${speedRatio(seconds[0], seconds[1])}`);
if (differ) {
  console.log('the two checkouts ended chunks on different levels: their answers differ on this stream');
  if (!flag('answers-may-differ')) process.exitCode = 1;
}
