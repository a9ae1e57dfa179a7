// Conversation risk engine benchmark: streaming messages/second on one core and memory per open
// conversation. `npm run bench:detect` (options: --messages N, --conversations N).
import { loadavg } from 'node:os';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import {
  analyzeMessage,
  createConversationAnalyzer,
  tokenize,
  type AnalyzerOptions,
  type Message,
} from '../src/core/detect/index.ts';
import { defaultCombiner } from '../src/core/detect/model.ts';
import { benchStream } from './detect-stream.ts';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const TOTAL = arg('messages', 300_000);
const CONVERSATIONS = arg('conversations', 2_000);

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

const stream = benchStream();
/** The stream's everyday messages, and its corpus messages, apart (one in four is the corpus's). */
const everyday = stream.filter((_, i) => i % 4 !== 0);
const scripted = stream.filter((_, i) => i % 4 === 0);
const avgChars = stream.reduce((n, m) => n + m.text.length, 0) / stream.length;

/**
 * Messages per second of CPU time used by this (single-threaded) process, and per second of wall
 * time: on a shared machine the CPU figure is the one-core rate, the wall figure what we got.
 */
function timed(total: number, run: () => void): { cpu: number; wall: number } {
  const cpu0 = process.cpuUsage();
  const wall0 = performance.now();
  run();
  const cpu = process.cpuUsage(cpu0);
  return { cpu: total / ((cpu.user + cpu.system) / 1e6), wall: total / ((performance.now() - wall0) / 1000) };
}

/**
 * The timed answers are checked: a sample of the interleaved conversations is replayed alone, each
 * in a fresh analyzer, and must end with the same result (the analyzers share scratch state, so
 * interleaving is what could go wrong); the corpus's scripts among them must raise alerts, and
 * everyday chat alone must raise none.
 */
function checkStreaming(
  analyzers: readonly ReturnType<typeof createConversationAnalyzer>[],
  total: number,
  options: AnalyzerOptions,
  messages: readonly Message[],
  alerts: 'some' | 'none',
): void {
  const conversations = analyzers.length;
  let alerted = 0;
  for (let c = 0; c < conversations; c += Math.max(1, Math.floor(conversations / 200))) {
    const alone = createConversationAnalyzer(options);
    for (let i = c; i < total; i += conversations) alone.push(messages[i % messages.length]);
    const [want, got] = [alone.result(), analyzers[c].result()];
    if (got.level !== want.level || got.risk !== want.risk || got.firstAlertAt !== want.firstAlertAt)
      throw new Error(
        `conversation ${c}: interleaved ${got.level} ${got.risk}, alone ${want.level} ${want.risk}`,
      );
    if (got.alert) alerted++;
  }
  if (alerts === 'none' && alerted > 0)
    throw new Error(`${alerted} sampled conversations of everyday chat alone alerted`);
  if (alerts === 'some' && !alerted)
    throw new Error('no sampled conversation alerted: the stream holds the corpus scripts');
}

/**
 * Pushes `total` messages of `messages` into `conversations` analyzers: interleaved (message i to
 * conversation i mod conversations, as a server sees them), or `oneAtATime` (the same messages per
 * conversation, each conversation's in a row: its state stays in the CPU cache). `alerts`: whether the
 * sampled conversations must raise some (the corpus's scripts are in `messages`) or none (everyday chat).
 */
function streamingRun(
  total: number,
  conversations: number,
  options: AnalyzerOptions = {},
  { messages = stream, oneAtATime = false, alerts = 'some' as 'some' | 'none' } = {},
) {
  const analyzers = Array.from({ length: conversations }, () => createConversationAnalyzer(options));
  const rate = timed(total, () => {
    if (!oneAtATime)
      for (let i = 0; i < total; i++) analyzers[i % conversations].push(messages[i % messages.length]);
    else
      for (let c = 0; c < conversations; c++)
        for (let i = c; i < total; i += conversations) analyzers[c].push(messages[i % messages.length]);
  });
  checkStreaming(analyzers, total, options, messages, alerts);
  return rate;
}

/** Cues per stream message, counted before any timing: the timed runs must find the same. */
const cueCounts = stream.map((m) => analyzeMessage(m.text).length);
function cueOnlyRun(total: number) {
  let found = 0;
  let expected = 0;
  const rate = timed(total, () => {
    for (let i = 0; i < total; i++) found += analyzeMessage(stream[i % stream.length].text).length;
  });
  for (let i = 0; i < total; i++) expected += cueCounts[i % stream.length];
  if (found !== expected || !found) throw new Error(`cue matching found ${found} cues, expected ${expected}`);
  return rate;
}

/** The learned combiner alone, over tokens and cues made beforehand: its own cost per message. */
const prepared = stream.map((m) => ({ tokens: tokenize(m.text), cues: analyzeMessage(m.text) }));
function combinerRun(total: number) {
  const combiner = defaultCombiner();
  let sum = 0;
  const rate = timed(total, () => {
    for (let i = 0; i < total; i++) {
      const p = prepared[i % prepared.length];
      sum += combiner.message(p.tokens, p.cues, false);
    }
  });
  if (!Number.isFinite(sum)) throw new Error('the combiner gave a non-finite score');
  return rate;
}

streamingRun(50_000, 100); // warm-up
streamingRun(50_000, 100, { combiner: null });
cueOnlyRun(50_000);
combinerRun(50_000);
const streaming = streamingRun(TOTAL, CONVERSATIONS);
const rulesOnly = streamingRun(TOTAL, CONVERSATIONS, { combiner: null });
const cuesOnly = cueOnlyRun(TOTAL);
// where the time goes: everyday chat and the corpus's scripts apart, and the cost of interleaving
const everydayOnly = streamingRun(TOTAL / 2, CONVERSATIONS, {}, { messages: everyday, alerts: 'none' });
const scriptedOnly = streamingRun(TOTAL / 2, CONVERSATIONS, {}, { messages: scripted });
const warm = streamingRun(TOTAL, CONVERSATIONS, {}, { oneAtATime: true });
const combinerOnly = combinerRun(TOTAL);

function memoryPerConversation(count: number, messagesEach: number): number {
  gc();
  const before = process.memoryUsage().heapUsed;
  const open = [];
  for (let c = 0; c < count; c++) {
    const analyzer = createConversationAnalyzer();
    // a direct-message conversation: two people
    for (let m = 0; m < messagesEach; m++) {
      analyzer.push({ sender: m % 2 ? 'them' : 'me', text: stream[(c * 7 + m) % stream.length].text });
    }
    open.push(analyzer);
  }
  gc();
  const used = process.memoryUsage().heapUsed - before;
  if (open.length !== count) throw new Error('unreachable');
  return used / count;
}
const mem20 = memoryPerConversation(10_000, 20);
const mem200 = memoryPerConversation(2_000, 200);

const fmt = (n: number) => Math.round(n).toLocaleString('en-US');
console.log(`Conversation risk engine, Node ${process.version}, one core (single thread)`);
console.log(
  `messages: ${fmt(TOTAL)} over ${fmt(CONVERSATIONS)} open conversations, avg ${avgChars.toFixed(0)} chars, 1 in 4 from the corpus`,
);
console.log(
  `load average (1, 5, 15 min): ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}`,
);
console.log(
  `streaming push (cues + stage state + result): ${fmt(streaming.cpu)} messages/s of CPU time (${fmt(streaming.wall)} wall)`,
);
console.log(
  `streaming push without the learned combiner:  ${fmt(rulesOnly.cpu)} messages/s of CPU time (${fmt(rulesOnly.wall)} wall)`,
);
console.log(
  `learned combiner alone (combiner.message):    ${fmt(combinerOnly.cpu)} messages/s of CPU time (${(1e6 / combinerOnly.cpu).toFixed(2)} µs per message)`,
);
console.log(
  `cue matching alone (analyzeMessage):          ${fmt(cuesOnly.cpu)} messages/s of CPU time (${fmt(cuesOnly.wall)} wall)`,
);
const micro = (r: { cpu: number }) => `${(1e6 / r.cpu).toFixed(2)} µs`;
console.log(
  `where the time goes, CPU time per message: the stream ${micro(streaming)}; everyday chat alone ${micro(everydayOnly)}, the corpus's scripts alone ${micro(scriptedOnly)}; the stream one conversation at a time (the same messages each, cache-warm) ${micro(warm)}`,
);
console.log(`memory per open 2-person conversation after 20 messages:  ${fmt(mem20)} bytes`);
console.log(`memory per open 2-person conversation after 200 messages: ${fmt(mem200)} bytes`);
