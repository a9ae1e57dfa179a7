// PDQ matching benchmark: build time, memory and single-thread queries/second of the in-memory
// index (src/core/index) for exact radius lookups, beside a linear popcount scan of the same hashes,
// with every sampled answer checked against a brute-force scan.
//
//   npm run bench:match                                  # 1M and 10M hashes, the default layouts
//   npm run bench:match -- --sizes 1e6 --layouts auto,12,16 --queries 3000
//
// Each (size, layout) runs in a fresh child process so that its memory figures are its own.
// Hashes are generated deterministically from their row number and never held outside the index
// (a query's near-duplicate source is regenerated), so RSS is the index plus Node itself.
import { spawnSync } from 'node:child_process';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { fileURLToPath } from 'node:url';
import os from 'node:os';
import { bruteForcePdqQuery, createPdqIndex, type PdqIndex, type PdqMatch } from '../src/core/index/index.ts';

interface Options {
  sizes: number[];
  layouts: string[];
  queries: number;
  check: number;
  radius: number;
  seconds: number;
  churn: number;
  expected: boolean;
}

function parseArgs(argv: string[]): Options & { child: boolean; compare: boolean } {
  const get = (name: string): string | undefined => {
    const i = argv.lastIndexOf(`--${name}`);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  return {
    child: argv.includes('--child'),
    compare: argv.includes('--compare'),
    sizes: (get('sizes') ?? '1e6,1e7').split(',').map((s) => Math.round(Number(s))),
    layouts: (get('layouts') ?? 'auto,16').split(','),
    queries: Number(get('queries') ?? 4000),
    check: Number(get('check') ?? 100),
    radius: Number(get('radius') ?? 31),
    seconds: Number(get('seconds') ?? 4),
    churn: Number(get('churn') ?? 100000),
    expected: argv.includes('--expected-size'),
  };
}

// ---------------------------------------------------------------------------------------------
// Deterministic data: 80% random hashes, 20% in clusters of 20 near-duplicates of a random centre
// (0..40 bits flipped, half at random positions, half evenly spread: the hard case for the index).

const CLUSTER = 20;

function mix(x: number): number {
  x = Math.imul(x ^ (x >>> 16), 0x7feb352d);
  x = Math.imul(x ^ (x >>> 15), 0x846ca68b);
  return (x ^ (x >>> 16)) >>> 0;
}

function randomInto(out: Uint8Array, seed: number): void {
  let s = mix(seed);
  for (let i = 0; i < 32; i += 4) {
    s = mix(s + 0x9e3779b9);
    out[i] = s >>> 24;
    out[i + 1] = s >>> 16;
    out[i + 2] = s >>> 8;
    out[i + 3] = s;
  }
}

function flipInto(out: Uint8Array, flips: number, seed: number): void {
  let s = mix(seed ^ 0x5bd1e995);
  if (s & 1) {
    const offset = (s >>> 1) / 2 ** 31;
    for (let i = 0; i < flips; i++) {
      const bit = Math.floor(((i + offset) * 256) / flips) % 256;
      out[bit >> 3] ^= 1 << (bit & 7);
    }
    return;
  }
  const seen = new Set<number>();
  while (seen.size < flips) {
    s = mix(s + 0x9e3779b9);
    const bit = s & 255;
    if (seen.has(bit)) continue;
    seen.add(bit);
    out[bit >> 3] ^= 1 << (bit & 7);
  }
}

function hashOf(i: number, n: number, out: Uint8Array): Uint8Array {
  const randomCount = Math.floor(n * 0.8);
  if (i < randomCount) {
    randomInto(out, i * 2 + 1);
    return out;
  }
  const cluster = Math.floor((i - randomCount) / CLUSTER);
  randomInto(out, -(cluster * 2 + 2));
  flipInto(out, mix(i) % 41, i);
  return out;
}

/** Half near-duplicates of stored hashes (0..40 bits flipped), half random hashes. */
function queryOf(k: number, n: number): Uint8Array {
  const out = new Uint8Array(32);
  const s = mix(k + 0x12345);
  if (s & 1) {
    hashOf(mix(s) % n, n, out);
    flipInto(out, (s >>> 1) % 41, s);
  } else {
    randomInto(out, s * 2 + 0x1357);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------

function gc(): void {
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
}

function mib(bytes: number): number {
  return Math.round((bytes / 2 ** 20) * 10) / 10;
}

const POP8 = new Uint8Array(256);
for (let i = 1; i < 256; i++) POP8[i] = (i & 1) + POP8[i >> 1];

function popcount32(x: number): number {
  x = x - ((x >>> 1) & 0x55555555);
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  x = (x + (x >>> 4)) & 0x0f0f0f0f;
  return Math.imul(x, 0x01010101) >>> 24;
}

/** The baseline: every hash packed in one Uint32Array, 8 popcounts each (early exit after 4). */
function linearScan(words: Uint32Array, n: number, q: Uint8Array, r: number): PdqMatch[] {
  const qw = new Uint32Array(8);
  for (let w = 0; w < 8; w++)
    qw[w] = ((q[w * 4] << 24) | (q[w * 4 + 1] << 16) | (q[w * 4 + 2] << 8) | q[w * 4 + 3]) >>> 0;
  const [q0, q1, q2, q3, q4, q5, q6, q7] = qw;
  const out: PdqMatch[] = [];
  for (let i = 0, b = 0; i < n; i++, b += 8) {
    let d =
      popcount32(words[b] ^ q0) +
      popcount32(words[b + 1] ^ q1) +
      popcount32(words[b + 2] ^ q2) +
      popcount32(words[b + 3] ^ q3);
    if (d > r) continue;
    d +=
      popcount32(words[b + 4] ^ q4) +
      popcount32(words[b + 5] ^ q5) +
      popcount32(words[b + 6] ^ q6) +
      popcount32(words[b + 7] ^ q7);
    if (d <= r) out.push({ id: i, distance: d });
  }
  return out.sort((a, b) => a.distance - b.distance || a.id - b.id);
}

function same(a: PdqMatch[], b: PdqMatch[]): boolean {
  return a.length === b.length && a.every((m, i) => m.id === b[i].id && m.distance === b[i].distance);
}

interface ChildResult {
  size: number;
  layout: string;
  substrings: number;
  addMs: number;
  compactMs: number;
  rssMiB: number;
  peakRssMiB: number;
  heapMiB: number;
  arrayBuffersMiB: number;
  indexMiB: number;
  bytesPerHash: number;
  qps: number;
  qpsCpu: number;
  scanQpsCpu: number;
  queriesTimed: number;
  matchesPerQuery: number;
  qpsRadius0: number;
  qpsRadius64: number;
  churnAddRemovePerSec: number;
  qpsWithPending: number;
  pending: number;
  rebuildMs: number;
  scanQps: number;
  scanQueries: number;
  checked: number;
  bruteForceChecked: number;
  mismatches: number;
}

function timeQueries(
  run: (k: number) => void,
  first: number,
  max: number,
  seconds: number,
): { count: number; perSecond: number } {
  const start = performance.now();
  let count = 0;
  while (count < max && (count & 63 || performance.now() - start < seconds * 1000)) run(first + count++);
  const ms = performance.now() - start;
  return { count, perSecond: Math.round((count / ms) * 1000) };
}

function buildIndex(
  options: Options,
  n: number,
  layout: string,
): { index: PdqIndex; addMs: number; compactMs: number } {
  const substrings = layout === 'auto' ? undefined : Number(layout);
  const index = createPdqIndex({ substrings, expectedSize: options.expected ? n : undefined });
  const chunk = 65536;
  const buffer = new Uint8Array(chunk * 32);
  let addMs = 0;
  for (let start = 0; start < n; start += chunk) {
    const end = Math.min(n, start + chunk);
    for (let i = start; i < end; i++) hashOf(i, n, buffer.subarray((i - start) * 32, (i - start + 1) * 32));
    const t0 = performance.now();
    for (let i = start; i < end; i++) index.add(i, buffer.subarray((i - start) * 32, (i - start + 1) * 32));
    addMs += performance.now() - t0;
  }
  const t0 = performance.now();
  index.compact();
  return { index, addMs, compactMs: performance.now() - t0 };
}

/** Row `id`'s hash after `churn` remove + re-add operations (see `applyChurn`). */
function churnedIds(n: number, churn: number): Map<number, number> {
  const source = new Map<number, number>();
  for (let i = 0; i < churn; i++) source.set(mix(i + 77) % n, mix(i + 99) % n);
  return source;
}

function applyChurn(index: PdqIndex, n: number, churn: number): void {
  const scratch = new Uint8Array(32);
  for (let i = 0; i < churn; i++) {
    const id = mix(i + 77) % n;
    index.remove(id);
    index.add(id, hashOf(mix(i + 99) % n, n, scratch));
  }
}

function packedContent(n: number, churn: number): Uint32Array {
  const words = new Uint32Array(n * 8);
  const scratch = new Uint8Array(32);
  const source = churnedIds(n, churn);
  for (let i = 0; i < n; i++) {
    hashOf(source.get(i) ?? i, n, scratch);
    for (let w = 0; w < 8; w++) {
      words[i * 8 + w] =
        ((scratch[w * 4] << 24) |
          (scratch[w * 4 + 1] << 16) |
          (scratch[w * 4 + 2] << 8) |
          scratch[w * 4 + 3]) >>>
        0;
    }
  }
  return words;
}

/**
 * Queries/second of several contenders measured in alternating rounds, so that other load on the
 * machine slows them alike and their ratio stays meaningful.
 */
function interleaved(
  contenders: ((k: number) => void)[],
  seconds: number,
  roundMs: number,
): { wall: number[]; cpu: number[] } {
  const counts = contenders.map(() => 0);
  const ms = contenders.map(() => 0);
  const cpuMicros = contenders.map(() => 0);
  const until = performance.now() + seconds * 1000;
  let k = 0;
  while (performance.now() < until) {
    contenders.forEach((run, c) => {
      const start = performance.now();
      const cpu = process.cpuUsage();
      do {
        run(k++);
        counts[c]++;
      } while (performance.now() - start < roundMs);
      const used = process.cpuUsage(cpu);
      cpuMicros[c] += used.user + used.system;
      ms[c] += performance.now() - start;
    });
  }
  const rate = (count: number, seconds: number) => Math.round((count / seconds) * 10) / 10;
  return {
    wall: counts.map((count, c) => rate(count, ms[c] / 1000)),
    cpu: counts.map((count, c) => rate(count, cpuMicros[c] / 1e6)),
  };
}

function child(options: Options, n: number, layout: string): ChildResult {
  const r = options.radius;
  const { index, addMs, compactMs } = buildIndex(options, n, layout);
  gc();
  const memory = process.memoryUsage();
  const stats = index.stats();
  const queries = Array.from({ length: options.queries }, (_, k) => queryOf(k, n));

  // Churn: remove and re-add rows with new hashes (pending until the next rebuild), then query.
  const churn = Math.min(options.churn, Math.floor(n / 10));
  let t0 = performance.now();
  applyChurn(index, n, churn);
  const churnMs = performance.now() - t0;
  const pending = index.stats().pending;
  const withPending = timeQueries(
    (k) => index.query(queries[k % queries.length], r),
    0,
    options.queries,
    options.seconds / 4,
  );
  t0 = performance.now();
  index.compact();
  const rebuildMs = performance.now() - t0;
  const peakRss = process.resourceUsage().maxRSS * 1024;

  // Baseline (after the memory figures): every hash packed in one array, scanned with popcount;
  // timed in alternating rounds with the index, so both see the same machine.
  const words = packedContent(n, churn);
  let matches = 0;
  let indexQueries = 0;
  const scanned: PdqMatch[][] = [];
  const {
    wall: [qps, scanQps],
    cpu: [qpsCpu, scanQpsCpu],
  } = interleaved(
    [
      (k) => {
        matches += index.query(queries[k % queries.length], r).length;
        indexQueries++;
      },
      () => scanned.push(linearScan(words, n, queries[scanned.length % queries.length], r)),
    ],
    options.seconds,
    200,
  );
  const r0 = timeQueries(
    (k) => index.query(queries[k % queries.length], 0),
    0,
    options.queries,
    options.seconds / 4,
  );
  const r64 = timeQueries(
    (k) => index.query(queries[k % queries.length], 64),
    0,
    options.queries,
    options.seconds / 4,
  );

  // Every scanned query (plus more up to --check) against the index; three against the byte-wise brute force.
  while (scanned.length < Math.min(options.check, queries.length)) {
    scanned.push(linearScan(words, n, queries[scanned.length], r));
  }
  let mismatches = 0;
  scanned.forEach((expected, k) => {
    if (!same(expected, index.query(queries[k % queries.length], r))) mismatches++;
  });
  const entriesOf = function* (): Generator<[number, Uint8Array]> {
    const bytes = new Uint8Array(32);
    for (let i = 0; i < n; i++) {
      for (let w = 0; w < 8; w++) {
        const x = words[i * 8 + w];
        bytes[w * 4] = x >>> 24;
        bytes[w * 4 + 1] = x >>> 16;
        bytes[w * 4 + 2] = x >>> 8;
        bytes[w * 4 + 3] = x;
      }
      yield [i, bytes];
    }
  };
  const bruteForceChecked = 3;
  for (let k = 0; k < bruteForceChecked; k++) {
    if (!same(bruteForcePdqQuery(entriesOf(), queries[k], r), index.query(queries[k], r))) mismatches++;
  }

  return {
    size: n,
    layout,
    substrings: stats.substrings,
    addMs: Math.round(addMs),
    compactMs: Math.round(compactMs),
    rssMiB: mib(memory.rss),
    peakRssMiB: mib(peakRss),
    heapMiB: mib(memory.heapUsed),
    arrayBuffersMiB: mib(memory.arrayBuffers),
    indexMiB: mib(stats.bytes),
    bytesPerHash: Math.round(stats.bytes / n),
    qps: Math.round(qps),
    qpsCpu: Math.round(qpsCpu),
    scanQpsCpu,
    queriesTimed: indexQueries,
    matchesPerQuery: Math.round((matches / indexQueries) * 100) / 100,
    qpsRadius0: r0.perSecond,
    qpsRadius64: r64.perSecond,
    churnAddRemovePerSec: Math.round((churn / churnMs) * 1000),
    qpsWithPending: withPending.perSecond,
    pending,
    rebuildMs: Math.round(rebuildMs),
    scanQps,
    scanQueries: scanned.length,
    checked: scanned.length,
    bruteForceChecked,
    mismatches,
  };
}

/** All layouts in one process, queried in alternating rounds (speed only; memory is per child). */
function compareLayouts(options: Options, n: number): void {
  const built = options.layouts.map((layout) => ({ layout, ...buildIndex(options, n, layout) }));
  const queries = Array.from({ length: options.queries }, (_, k) => queryOf(k, n));
  const words = packedContent(n, 0);
  let scans = 0;
  const { wall: qps, cpu: qpsCpu } = interleaved(
    [
      ...built.map(
        ({ index }) =>
          (k: number) =>
            index.query(queries[k % queries.length], options.radius),
      ),
      () => linearScan(words, n, queries[scans++ % queries.length], options.radius),
    ],
    options.seconds,
    250,
  );
  const scanQps = qps[qps.length - 1];
  const scanQpsCpu = qpsCpu[qpsCpu.length - 1];
  console.log(
    `\n${n.toLocaleString('en')} hashes, radius ${options.radius}, alternating rounds in one process:\n`,
  );
  console.log('| layout | substrings | queries/s (per CPU-second) | x linear scan | build s |');
  console.log('| --- | --- | --- | --- | --- |');
  built.forEach(({ layout, index, addMs, compactMs }, i) => {
    console.log(
      `| ${layout} | ${index.stats().substrings} | ${Math.round(qps[i]).toLocaleString('en')} ` +
        `(${Math.round(qpsCpu[i]).toLocaleString('en')}) | ${Math.round(qps[i] / scanQps)}x ` +
        `(${Math.round(qpsCpu[i] / scanQpsCpu)}x) | ${((addMs + compactMs) / 1000).toFixed(1)} |`,
    );
  });
  console.log(`| linear scan | - | ${scanQps} (${scanQpsCpu}) | 1x | - |`);
}

function main(): void {
  const argv = process.argv.slice(2);
  const options = parseArgs(argv);
  if (argv.includes('--compare')) {
    for (const n of options.sizes) compareLayouts(options, n);
    return;
  }
  if (options.child) {
    const result = child(options, options.sizes[0], options.layouts[0]);
    process.stdout.write(`RESULT ${JSON.stringify(result)}\n`);
    return;
  }
  const cpu = os.cpus()[0]?.model ?? 'unknown cpu';
  console.log(
    `# bench:match  node ${process.version}, ${os.cpus().length} x ${cpu}, ${mib(os.totalmem())} MiB`,
  );
  console.log(
    `# radius ${options.radius}, ${options.queries} queries max / ${options.seconds}s per size, ${options.check} checked against a linear scan`,
  );
  const results: ChildResult[] = [];
  for (const n of options.sizes) {
    for (const layout of options.layouts) {
      const args = [
        '--import',
        'tsx',
        fileURLToPath(import.meta.url),
        ...argv,
        '--child',
        '--sizes',
        String(n),
        '--layouts',
        layout,
      ];
      const run = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 1 << 24 });
      const line = run.stdout.split('\n').find((l) => l.startsWith('RESULT '));
      if (!line) {
        console.error(`size ${n}, layout ${layout}: failed\n${run.stderr}`);
        process.exitCode = 1;
        continue;
      }
      const result = JSON.parse(line.slice(7)) as ChildResult;
      results.push(result);
      console.log(JSON.stringify(result));
    }
  }
  console.log(
    '\n| hashes | layout | build s (add + compact) | RSS MiB (peak) | index B/hash | queries/s r=31 (per CPU-s) | linear scan q/s (per CPU-s) | speed-up (CPU) | q/s r=0 | q/s r=64 | q/s with pending | churn ops/s | rebuild s | checked |',
  );
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const x of results) {
    console.log(
      `| ${x.size.toLocaleString('en')} | ${x.layout === 'auto' ? `auto (${x.substrings})` : `${x.substrings} substrings`} | ` +
        `${((x.addMs + x.compactMs) / 1000).toFixed(1)} (${(x.addMs / 1000).toFixed(1)} + ${(x.compactMs / 1000).toFixed(1)}) | ` +
        `${x.rssMiB} (${x.peakRssMiB}) | ${x.bytesPerHash} | ${x.qps.toLocaleString('en')} (${x.qpsCpu.toLocaleString('en')}) | ` +
        `${x.scanQps} (${x.scanQpsCpu}) | ${Math.round(x.qps / x.scanQps).toLocaleString('en')}x (${Math.round(x.qpsCpu / x.scanQpsCpu)}x) | ${x.qpsRadius0.toLocaleString('en')} | ${x.qpsRadius64.toLocaleString('en')} | ` +
        `${x.qpsWithPending.toLocaleString('en')} (${x.pending.toLocaleString('en')} pending) | ${x.churnAddRemovePerSec.toLocaleString('en')} | ` +
        `${(x.rebuildMs / 1000).toFixed(1)} | ${x.checked} + ${x.bruteForceChecked}, ${x.mismatches} wrong |`,
    );
  }
  if (results.some((x) => x.mismatches > 0)) {
    console.error('MISMATCH: the index disagreed with the brute-force scan');
    process.exitCode = 1;
  }
}

main();
