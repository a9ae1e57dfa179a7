// PDQ matching benchmark: build time, memory and single-thread queries per CPU-second of the
// in-memory index (src/core/index) for exact radius lookups, side by side with a native brute-force
// scan of the same hashes (bench/native/pdq-scan.c, compiled here with gcc -O3 -march=native) and,
// when PDQ_MIH_REFERENCE_BIN names a built `mih-query` from facebook/ThreatExchange pdq/cpp, Meta's
// C++ multi-index hash. Every timed query of the index is checked against the native scan's answer
// (against a JavaScript scan when gcc is absent), and the reference's answers too.
//
//   npm run bench:match                                  # 1M and 10M hashes, the default layouts
//   npm run bench:match -- --sizes 1e6 --layouts auto,12,16 --queries 3000
//   PDQ_MIH_REFERENCE_BIN=/path/to/mih-query npm run bench:match -- --sizes 1e6,1e7 --layouts auto
//
// Each (size, layout) runs in a fresh child process so that its memory figures are its own.
// Hashes are generated deterministically from their row number; the index is built one add at a
// time before the baselines' copy of the hashes exists, so RSS is the index plus Node itself.
// CPU time (process.cpuUsage, the scan's CLOCK_PROCESS_CPUTIME_ID, bash `times` for the reference)
// is the figure to compare: other work on a shared machine inflates wall time, not CPU time.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { fileURLToPath } from 'node:url';
import os from 'node:os';
import { bruteForcePdqQuery, createPdqIndex, type PdqIndex, type PdqMatch } from '../src/core/index/index.ts';
import { buildNativeScan, runMihQuery, runNativeScan, writeMihInput } from './native/native.ts';

interface Options {
  sizes: number[];
  layouts: string[];
  /** Timed (and checked) index queries per size; 0: 8e9 / size, from 1,000 to 10,000. */
  queries: number;
  /** Queries given to the C++ reference; 0: 2e9 / size, at least 100. */
  referenceQueries: number;
  radius: number;
  seconds: number;
  block: number;
  churn: number;
  expected: boolean;
  native?: string;
  work?: string;
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
    queries: Number(get('queries') ?? 0),
    referenceQueries: Number(get('reference-queries') ?? 0),
    radius: Number(get('radius') ?? 31),
    seconds: Number(get('seconds') ?? 4),
    block: Number(get('block') ?? 64),
    churn: Number(get('churn') ?? 100000),
    expected: argv.includes('--expected-size'),
    native: get('native'),
    work: get('work'),
  };
}

function queryCount(options: Options, n: number): number {
  return options.queries > 0 ? options.queries : Math.max(1000, Math.min(10000, Math.round(8e9 / n)));
}

function referenceQueryCount(options: Options, n: number): number {
  const wanted = options.referenceQueries > 0 ? options.referenceQueries : Math.max(100, Math.round(2e9 / n));
  return Math.min(wanted, queryCount(options, n));
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

function popcount32(x: number): number {
  x = x - ((x >>> 1) & 0x55555555);
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  x = (x + (x >>> 4)) & 0x0f0f0f0f;
  return Math.imul(x, 0x01010101) >>> 24;
}

/** The check when no C compiler is here (not timed): every packed hash, 8 popcounts each. */
function linearScan(bytes: Uint8Array, n: number, q: Uint8Array, r: number): PdqMatch[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const qv = new DataView(q.buffer, q.byteOffset, 32);
  const qw = Array.from({ length: 8 }, (_, w) => qv.getUint32(w * 4));
  const out: PdqMatch[] = [];
  for (let i = 0; i < n; i++) {
    let d = 0;
    for (let w = 0; w < 8 && d <= r; w++) d += popcount32(view.getUint32(i * 32 + w * 4) ^ qw[w]);
    if (d <= r) out.push({ id: i, distance: d });
  }
  return out.sort((a, b) => a.distance - b.distance || a.id - b.id);
}

function same(a: PdqMatch[], b: PdqMatch[]): boolean {
  return a.length === b.length && a.every((m, i) => m.id === b[i].id && m.distance === b[i].distance);
}

function rate(count: number, seconds: number): number {
  return seconds > 0 ? Math.round((count / seconds) * 10) / 10 : 0;
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
  /** Index, one pass over every timed query: per wall-clock second and per CPU-second. */
  qps: number;
  qpsCpu: number;
  queriesTimed: number;
  matchesPerQuery: number;
  qpsRadius0: number;
  qpsRadius0Cpu: number;
  qpsRadius64: number;
  churnAddRemovePerSec: number;
  qpsWithPending: number;
  pending: number;
  rebuildMs: number;
  /** Native scan, `block` queries per pass over the hashes (the same queries as the index). */
  native: { block: number; qps: number; qpsCpu: number; queries: number } | { skipped: string };
  /** Native scan, one query per pass (the first queries, up to --seconds of CPU). */
  nativeSingle: { qps: number; qpsCpu: number; queries: number } | { skipped: string };
  /** Meta's mih-query: query CPU = CPU of the run - CPU when the first needle was answered. */
  reference:
    | {
        queries: number;
        qpsCpu: number;
        loadBuildCpuSeconds: number;
        wallSeconds: number;
        mismatches: number;
      }
    | { skipped: string };
  /** What the index's answers were checked against, and how many differed. */
  checkedAgainst: string;
  checked: number;
  mismatches: number;
  /** Byte-wise bruteForcePdqQuery vs the baseline's answers, on the first 3 queries. */
  bruteForceChecked: number;
  bruteForceMismatches: number;
}

/**
 * Runs `run(first)`, `run(first + 1)`, ... until `max` calls or `seconds` have passed; rates per
 * wall-clock and per CPU second. A cheap query (radius 0: about a microsecond) needs `max` well
 * beyond the query list: 3,000 of them last a few milliseconds, where one collector pause or
 * recompilation decides the figure (it varied 4x between runs of the same code).
 */
function timeQueries(
  run: (k: number) => void,
  first: number,
  max: number,
  seconds: number,
): { count: number; perSecond: number; perCpuSecond: number } {
  const cpu0 = process.cpuUsage();
  const start = performance.now();
  let count = 0;
  while (count < max && (count & 63 || performance.now() - start < seconds * 1000)) run(first + count++);
  const ms = performance.now() - start;
  const cpu = process.cpuUsage(cpu0);
  return {
    count,
    perSecond: Math.round((count / ms) * 1000),
    perCpuSecond: Math.round((count / (cpu.user + cpu.system)) * 1e6),
  };
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

/** The index's content after the churn, row by row: 32 bytes per hash, row number = id. */
function packedContent(n: number, churn: number): Uint8Array {
  const bytes = new Uint8Array(n * 32);
  const source = churnedIds(n, churn);
  for (let i = 0; i < n; i++) hashOf(source.get(i) ?? i, n, bytes.subarray(i * 32, i * 32 + 32));
  return bytes;
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
  return {
    wall: counts.map((count, c) => rate(count, ms[c] / 1000)),
    cpu: counts.map((count, c) => rate(count, cpuMicros[c] / 1e6)),
  };
}

async function runReference(
  binary: string,
  options: Options,
  n: number,
  bytes: Uint8Array,
  queries: Uint8Array,
  expected: PdqMatch[][],
  work: string,
): Promise<ChildResult['reference']> {
  const count = referenceQueryCount(options, n);
  const files = { haystack: join(work, 'ref-haystack.txt'), needles: join(work, 'ref-needles.txt') };
  writeMihInput(files.haystack, bytes, n);
  writeMihInput(files.needles, queries, count);
  const run = await runMihQuery(binary, options.radius, files.needles, files.haystack);
  let mismatches = Math.abs(run.answers.length - count);
  run.answers.forEach((answer, k) => {
    if (!same(answer, expected[k])) mismatches++;
  });
  return {
    queries: count,
    qpsCpu: rate(run.queriesAfterSample, run.cpuSeconds - run.loadBuildCpuSeconds),
    loadBuildCpuSeconds: Math.round(run.loadBuildCpuSeconds * 10) / 10,
    wallSeconds: Math.round(run.wallSeconds * 10) / 10,
    mismatches,
  };
}

async function child(options: Options, n: number, layout: string): Promise<ChildResult> {
  const r = options.radius;
  const { index, addMs, compactMs } = buildIndex(options, n, layout);
  gc();
  const memory = process.memoryUsage();
  const stats = index.stats();
  const q = queryCount(options, n);
  const queries = Array.from({ length: q }, (_, k) => queryOf(k, n));

  // Churn: remove and re-add rows with new hashes (pending until the next rebuild), then query.
  const churn = Math.min(options.churn, Math.floor(n / 10));
  let t0 = performance.now();
  applyChurn(index, n, churn);
  const churnMs = performance.now() - t0;
  const pending = index.stats().pending;
  const withPending = timeQueries((k) => index.query(queries[k % q], r), 0, q, options.seconds / 4);
  t0 = performance.now();
  index.compact();
  const rebuildMs = performance.now() - t0;
  const peakRss = process.resourceUsage().maxRSS * 1024;

  // The index: one pass over every query, every answer kept for the check.
  const answers: PdqMatch[][] = [];
  const cpu0 = process.cpuUsage();
  t0 = performance.now();
  for (let k = 0; k < q; k++) answers.push(index.query(queries[k], r));
  const wallSeconds = (performance.now() - t0) / 1000;
  const used = process.cpuUsage(cpu0);
  const cpuSeconds = (used.user + used.system) / 1e6;
  const matches = answers.reduce((sum, list) => sum + list.length, 0);

  // Radius 0 for a second whatever the query count; its first pass over the queries is kept and
  // checked: the radius-31 answers (checked below) at distance 0.
  const exact: PdqMatch[][] = [];
  const r0 = timeQueries(
    (k) => {
      const found = index.query(queries[k % q], 0);
      if (k < q) exact.push(found);
    },
    0,
    Number.MAX_SAFE_INTEGER,
    options.seconds / 4,
  );
  for (let k = 0; k < Math.min(q, exact.length); k++) {
    const want = answers[k].filter((m) => m.distance === 0);
    if (JSON.stringify(exact[k]) !== JSON.stringify(want))
      throw new Error(`WRONG ANSWER at radius 0 for query ${k}`);
  }
  const r64 = timeQueries((k) => index.query(queries[k % q], 64), 0, q, options.seconds / 4);

  // The baselines' copy of the hashes (after the memory figures), in files for the native programs.
  const bytes = packedContent(n, churn);
  const packedQueries = new Uint8Array(q * 32);
  queries.forEach((query, k) => packedQueries.set(query, k * 32));
  const work = mkdtempSync(join(options.work ?? tmpdir(), 'match-'));
  try {
    const files = {
      haystack: join(work, 'haystack'),
      queries: join(work, 'queries'),
      out: join(work, 'out'),
    };
    writeFileSync(files.haystack, bytes);
    writeFileSync(files.queries, packedQueries);

    let expected: PdqMatch[][];
    let native: ChildResult['native'];
    let nativeSingle: ChildResult['nativeSingle'];
    let checkedAgainst: string;
    if (options.native) {
      const blocked = runNativeScan(options.native, files, r, options.block, 0);
      expected = blocked.answers;
      native = {
        block: options.block,
        qps: rate(blocked.queries, blocked.wallSeconds),
        qpsCpu: rate(blocked.queries, blocked.cpuSeconds),
        queries: blocked.queries,
      };
      const single = runNativeScan(options.native, files, r, 1, options.seconds);
      nativeSingle = {
        qps: rate(single.queries, single.wallSeconds),
        qpsCpu: rate(single.queries, single.cpuSeconds),
        queries: single.queries,
      };
      single.answers.forEach((answer, k) => {
        if (!same(answer, expected[k]))
          throw new Error(`native scan: block 1 and ${options.block} differ on ${k}`);
      });
      checkedAgainst = `native scan`;
    } else {
      native = nativeSingle = { skipped: 'no native build (see above)' };
      expected = queries.map((query) => linearScan(bytes, n, query, r));
      checkedAgainst = 'JavaScript scan';
    }

    let mismatches = 0;
    answers.forEach((answer, k) => {
      if (!same(answer, expected[k])) mismatches++;
    });
    // The baseline itself against the byte-wise reference scan.
    const entries = function* (): Generator<[number, Uint8Array]> {
      for (let i = 0; i < n; i++) yield [i, bytes.subarray(i * 32, i * 32 + 32)];
    };
    const bruteForceChecked = 3;
    let bruteForceMismatches = 0;
    for (let k = 0; k < bruteForceChecked; k++) {
      if (!same(bruteForcePdqQuery(entries(), queries[k], r), expected[k])) bruteForceMismatches++;
    }

    const referenceBin = process.env.PDQ_MIH_REFERENCE_BIN;
    const reference = referenceBin
      ? await runReference(referenceBin, options, n, bytes, packedQueries, expected, work)
      : { skipped: 'PDQ_MIH_REFERENCE_BIN not set' };

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
      qps: rate(q, wallSeconds),
      qpsCpu: rate(q, cpuSeconds),
      queriesTimed: q,
      matchesPerQuery: Math.round((matches / q) * 100) / 100,
      qpsRadius0: r0.perSecond,
      qpsRadius0Cpu: r0.perCpuSecond,
      qpsRadius64: r64.perSecond,
      churnAddRemovePerSec: Math.round((churn / churnMs) * 1000),
      qpsWithPending: withPending.perSecond,
      pending,
      rebuildMs: Math.round(rebuildMs),
      native,
      nativeSingle,
      reference,
      checkedAgainst,
      checked: answers.length,
      mismatches,
      bruteForceChecked,
      bruteForceMismatches,
    };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** All layouts in one process, queried in alternating rounds (speed only; memory is per child). */
function compareLayouts(options: Options, n: number): void {
  const built = options.layouts.map((layout) => ({ layout, ...buildIndex(options, n, layout) }));
  const q = queryCount(options, n);
  const queries = Array.from({ length: q }, (_, k) => queryOf(k, n));
  const { wall: qps, cpu: qpsCpu } = interleaved(
    built.map(
      ({ index }) =>
        (k: number) =>
          index.query(queries[k % q], options.radius),
    ),
    options.seconds,
    250,
  );
  console.log(
    `\n${n.toLocaleString('en')} hashes, radius ${options.radius}, alternating rounds in one process:\n`,
  );
  console.log('| layout | substrings | queries/s (per CPU-second) | x first layout (CPU) | build s |');
  console.log('| --- | --- | --- | --- | --- |');
  built.forEach(({ layout, index, addMs, compactMs }, i) => {
    console.log(
      `| ${layout} | ${index.stats().substrings} | ${Math.round(qps[i]).toLocaleString('en')} ` +
        `(${Math.round(qpsCpu[i]).toLocaleString('en')}) | ${(qpsCpu[i] / qpsCpu[0]).toFixed(2)}x | ` +
        `${((addMs + compactMs) / 1000).toFixed(1)} |`,
    );
  });
}

function describe<T extends object>(x: T | { skipped: string }, show: (x: T) => string): string {
  return 'skipped' in x ? `skipped (${x.skipped})` : show(x);
}

const thousands = (x: number): string => Math.round(x).toLocaleString('en');

function main(): void {
  const argv = process.argv.slice(2);
  const options = parseArgs(argv);
  if (argv.includes('--compare')) {
    for (const n of options.sizes) compareLayouts(options, n);
    return;
  }
  if (options.child) {
    void child(options, options.sizes[0], options.layouts[0]).then((result) =>
      process.stdout.write(`RESULT ${JSON.stringify(result)}\n`),
    );
    return;
  }
  const cpu = os.cpus()[0]?.model ?? 'unknown cpu';
  console.log(
    `# bench:match  node ${process.version}, ${os.cpus().length} x ${cpu}, ${mib(os.totalmem())} MiB, ` +
      `load average ${loadavg()
        .map((x) => x.toFixed(1))
        .join(' ')} at ${new Date().toISOString()}`,
  );
  const work = mkdtempSync(join(tmpdir(), 'bench-match-'));
  const built = buildNativeScan(work);
  const reference = process.env.PDQ_MIH_REFERENCE_BIN;
  console.log(
    `# radius ${options.radius}; native brute force: ${'binary' in built ? `gcc -O3 -march=native, ${options.block} queries per pass and 1 per pass` : `SKIPPED: ${built.skipped}; the index is checked against a JavaScript scan instead`}`,
  );
  console.log(
    `# C++ reference (PDQ_MIH_REFERENCE_BIN): ${reference ? reference : 'skipped (set it to a built mih-query from facebook/ThreatExchange pdq/cpp)'}`,
  );
  const results: ChildResult[] = [];
  try {
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
          '--work',
          work,
          ...('binary' in built ? ['--native', built.binary] : []),
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
  } finally {
    rmSync(work, { recursive: true, force: true });
  }

  console.log('\nIndex (memory, build, other radii, churn):\n');
  console.log(
    '| hashes | layout | build s (add + compact) | RSS MiB (peak) | index B/hash | q/s r=0, CPU (wall) | q/s r=64 | q/s with pending | churn ops/s | rebuild s |',
  );
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const x of results) {
    console.log(
      `| ${thousands(x.size)} | ${x.layout === 'auto' ? `auto (${x.substrings})` : `${x.substrings} substrings`} | ` +
        `${((x.addMs + x.compactMs) / 1000).toFixed(1)} (${(x.addMs / 1000).toFixed(1)} + ${(x.compactMs / 1000).toFixed(1)}) | ` +
        `${x.rssMiB} (${x.peakRssMiB}) | ${x.bytesPerHash} | ${thousands(x.qpsRadius0Cpu)} (${thousands(x.qpsRadius0)}) | ${thousands(x.qpsRadius64)} | ` +
        `${thousands(x.qpsWithPending)} (${thousands(x.pending)} pending) | ${thousands(x.churnAddRemovePerSec)} | ` +
        `${(x.rebuildMs / 1000).toFixed(1)} |`,
    );
  }
  console.log(
    `\nRadius ${options.radius}, one thread each, queries per CPU-second (per wall-clock second):\n`,
  );
  console.log(
    '| hashes | layout | index | native scan, N per pass | native scan, 1 per pass | index / best native (CPU) | C++ mih-query | index / C++ (CPU) | checked |',
  );
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const x of results) {
    const best = Math.max(
      'skipped' in x.native ? 0 : x.native.qpsCpu,
      'skipped' in x.nativeSingle ? 0 : x.nativeSingle.qpsCpu,
    );
    console.log(
      `| ${thousands(x.size)} | ${x.layout === 'auto' ? `auto (${x.substrings})` : `${x.substrings} substrings`} | ` +
        `${thousands(x.qpsCpu)} (${thousands(x.qps)}), ${thousands(x.queriesTimed)} queries | ` +
        `${describe(x.native, (v) => `${thousands(v.qpsCpu)} (${thousands(v.qps)}), N = ${v.block}`)} | ` +
        `${describe(x.nativeSingle, (v) => `${thousands(v.qpsCpu)} (${thousands(v.qps)}), ${thousands(v.queries)} queries`)} | ` +
        `${best ? `${(x.qpsCpu / best).toFixed(1)}x` : '-'} | ` +
        `${describe(x.reference, (v) => `${thousands(v.qpsCpu)}, ${thousands(v.queries)} queries (load + build ${v.loadBuildCpuSeconds} CPU-s), ${v.mismatches} wrong`)} | ` +
        `${'skipped' in x.reference ? '-' : `${(x.qpsCpu / x.reference.qpsCpu).toFixed(1)}x`} | ` +
        `${thousands(x.checked)} vs ${x.checkedAgainst}, ${x.mismatches} wrong; ${x.bruteForceChecked} vs byte-wise, ${x.bruteForceMismatches} wrong |`,
    );
  }
  const wrong = results.some(
    (x) =>
      x.mismatches > 0 ||
      x.bruteForceMismatches > 0 ||
      (!('skipped' in x.reference) && x.reference.mismatches > 0),
  );
  if (wrong) {
    console.error('MISMATCH: an answer differed from the brute-force scan');
    process.exitCode = 1;
  }
}

main();
