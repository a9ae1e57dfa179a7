// The native baselines of `bench:match` (bench/native): their output parsers, and the C scan itself
// against the byte-wise reference when a C compiler is present.
import { test } from 'node:test';
import assert from './assert.ts';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { bruteForcePdqQuery } from '../src/core/index/index.ts';
import {
  buildNativeScan,
  parseBashTimes,
  parseMihQueryOutput,
  parseScanMatches,
  parseScanStats,
  procCpuSeconds,
  runNativeScan,
} from '../bench/native/native.ts';

function answerFile(lists: [number, number][][]): Uint8Array {
  const words: number[] = [];
  for (const list of lists) {
    words.push(list.length);
    for (const [id, distance] of list) words.push(id, distance);
  }
  return new Uint8Array(Uint32Array.from(words).buffer);
}

test('pdq-scan answers are read per query and sorted by distance, then id', () => {
  const bytes = answerFile([
    [
      [7, 3],
      [2, 9],
      [5, 3],
    ],
    [],
    [[0, 0]],
  ]);
  assert.deepEqual(parseScanMatches(bytes, 3), [
    [
      { id: 5, distance: 3 },
      { id: 7, distance: 3 },
      { id: 2, distance: 9 },
    ],
    [],
    [{ id: 0, distance: 0 }],
  ]);
  assert.throws(() => parseScanMatches(bytes, 4), /end after 3 of 4/);
  assert.throws(() => parseScanMatches(bytes.subarray(0, bytes.length - 4), 3), /answer 2 is truncated/);
  assert.throws(() => parseScanMatches(bytes, 2), /extra bytes/);
});

test('pdq-scan summary line is read field by field', () => {
  const stats = parseScanStats(
    'pdq-scan queries=40 hashes=1000000 radius=31 block=64 cpu_seconds=1.250000 wall_seconds=1.300000 matches=17\n',
  );
  assert.deepEqual(stats, {
    queries: 40,
    hashes: 1_000_000,
    radius: 31,
    block: 64,
    cpuSeconds: 1.25,
    wallSeconds: 1.3,
    matches: 17,
  });
  assert.throws(() => parseScanStats('pdq-scan queries=40\n'), /lacks hashes/);
  assert.throws(() => parseScanStats('Segmentation fault\n'), /no summary/);
});

test('mih-query output is read as one match list per needle, metadata as the id', () => {
  const a = 'f'.repeat(64);
  const b = '0'.repeat(64);
  const text = `needle=${a}\nd=4,match=${b},12\nd=0,match=${a},3\n\nneedle=${b}\n\nneedle=${a}\nd=31,match=${b},0\n`;
  assert.deepEqual(parseMihQueryOutput(text), [
    [
      { id: 3, distance: 0 },
      { id: 12, distance: 4 },
    ],
    [],
    [{ id: 0, distance: 31 }],
  ]);
  assert.throws(() => parseMihQueryOutput(`d=1,match=${a},1\n`), /unexpected line/);
  assert.throws(
    () => parseMihQueryOutput(`needle=${a}\nterminate called after throwing\n`),
    /unexpected line/,
  );
});

test("bash `times` output gives the children's user + system seconds", () => {
  assert.equal(parseBashTimes('0m0.002s 0m0.001s\n1m2.500s 0m0.250s\n'), 62.75);
  assert.throws(() => parseBashTimes('0m0.002s 0m0.001s\n'), /unexpected/);
});

test('/proc/PID/stat gives user + system CPU seconds, whatever the command name holds', () => {
  const stat = '4242 (mih query) (x) R 1 4242 1 0 -1 4194304 900 0 0 0 1234 66 0 0 20 0 1 0 500 1000 200\n';
  assert.equal(procCpuSeconds(stat, 100), 13);
  assert.throws(() => procCpuSeconds('4242 (x) R 1', 100), /unexpected/);
});

const hasGcc = !spawnSync(process.env.CC ?? 'gcc', ['--version']).error;

test('the native scan returns exactly the brute-force answers', { skip: !hasGcc && 'no gcc' }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'pdq-scan-test-'));
  try {
    const built = buildNativeScan(dir);
    assert.ok('binary' in built, 'skipped' in built ? built.skipped : '');
    // 5,000 random hashes (more than one 4,096-hash chunk), then near-duplicates of some of them.
    let seed = 12345;
    const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) >>> 24;
    const n = 5000;
    const haystack = new Uint8Array(n * 32).map(next);
    // Near-duplicates of stored rows: flips spread over all 32 bytes, or all in the first 16 (the
    // scan's early exit must not drop a match whose first half alone holds up to 31 bits), then
    // one query far from everything.
    const flips: [row: number, bits: number, firstHalfOnly: boolean][] = [
      [0, 0, false],
      [611, 4, false],
      [1222, 16, false],
      [1833, 28, false],
      [2444, 31, false],
      [3055, 32, false],
      [3666, 20, true],
      [4277, 31, true],
      [4888, 32, true],
    ];
    const queries = new Uint8Array((flips.length + 1) * 32);
    flips.forEach(([row, bits, firstHalfOnly], k) => {
      queries.set(haystack.subarray(row * 32, row * 32 + 32), k * 32);
      const bytes = firstHalfOnly ? 16 : 32;
      for (let f = 0; f < bits; f++) queries[k * 32 + (f % bytes)] ^= 1 << Math.floor(f / bytes);
    });
    haystack.set(haystack.subarray(0, 32), (n - 1) * 32); // a duplicate row, found twice
    const files = { haystack: join(dir, 'h'), queries: join(dir, 'q'), out: join(dir, 'o') };
    writeFileSync(files.haystack, haystack);
    writeFileSync(files.queries, queries);
    const entries = Array.from({ length: n }, (_, i): [number, Uint8Array] => [
      i,
      haystack.subarray(i * 32, i * 32 + 32),
    ]);
    for (const block of [1, 4, 64]) {
      const run = runNativeScan((built as { binary: string }).binary, files, 31, block, 0);
      assert.equal(run.queries, flips.length + 1);
      assert.equal(run.hashes, n);
      run.answers.forEach((answer, k) => {
        assert.deepEqual(answer, bruteForcePdqQuery(entries, queries.subarray(k * 32, k * 32 + 32), 31));
      });
      assert.ok(run.answers[0].some((m) => m.id === n - 1 && m.distance === 0));
      assert.ok(run.answers[7].some((m) => m.id === 4277 && m.distance === 31));
      assert.equal(
        run.matches,
        run.answers.reduce((sum, list) => sum + list.length, 0),
      );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
