// The baselines `bench:match` runs beside the index: the native brute-force scan (pdq-scan.c, built
// here with the machine's gcc) and, when PDQ_MIH_REFERENCE_BIN names it, Meta's C++ `mih-query`
// (built by whoever runs the benchmark, outside this repository). Helpers to build and run them and
// to read their answers back.
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, openSync, readFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PdqMatch } from '../../src/core/index/index.ts';

export const NATIVE_SCAN_SOURCE = fileURLToPath(new URL('pdq-scan.c', import.meta.url));

function byDistanceThenId(a: PdqMatch, b: PdqMatch): number {
  return a.distance - b.distance || a.id - b.id;
}

/** Compiles pdq-scan.c into `dir`; the binary's path, or why the native baseline is skipped. */
export function buildNativeScan(dir: string): { binary: string } | { skipped: string } {
  const binary = join(dir, 'pdq-scan');
  const run = spawnSync(
    process.env.CC ?? 'gcc',
    ['-O3', '-march=native', '-std=c11', '-D_POSIX_C_SOURCE=200112L', '-o', binary, NATIVE_SCAN_SOURCE],
    { encoding: 'utf8' },
  );
  if (run.error) return { skipped: `no C compiler (${process.env.CC ?? 'gcc'}: ${run.error.message})` };
  if (run.status !== 0) return { skipped: `gcc failed: ${run.stderr.trim().split('\n')[0]}` };
  return { binary };
}

export interface ScanStats {
  queries: number;
  hashes: number;
  radius: number;
  block: number;
  cpuSeconds: number;
  wallSeconds: number;
  matches: number;
}

/** Reads pdq-scan's summary line (`pdq-scan queries=Q hashes=N ... matches=M`). */
export function parseScanStats(stdout: string): ScanStats {
  const line = stdout.split('\n').find((l) => l.startsWith('pdq-scan '));
  if (!line) throw new Error(`pdq-scan printed no summary: ${JSON.stringify(stdout.slice(0, 200))}`);
  const fields = new Map(
    line
      .slice('pdq-scan '.length)
      .trim()
      .split(/\s+/)
      .map((kv) => kv.split('=') as [string, string]),
  );
  const number = (name: string): number => {
    const value = Number(fields.get(name));
    if (!fields.has(name) || !Number.isFinite(value)) throw new Error(`pdq-scan summary lacks ${name}`);
    return value;
  };
  return {
    queries: number('queries'),
    hashes: number('hashes'),
    radius: number('radius'),
    block: number('block'),
    cpuSeconds: number('cpu_seconds'),
    wallSeconds: number('wall_seconds'),
    matches: number('matches'),
  };
}

/**
 * Reads pdq-scan's answer file: per query a little-endian u32 count, then count x (u32 id,
 * u32 distance). Returns one list per query, sorted like the index's (distance, then id).
 */
export function parseScanMatches(bytes: Uint8Array, queries: number): PdqMatch[][] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const lists: PdqMatch[][] = [];
  let at = 0;
  for (let k = 0; k < queries; k++) {
    if (at + 4 > bytes.byteLength) throw new Error(`pdq-scan answers end after ${k} of ${queries} queries`);
    const count = view.getUint32(at, true);
    at += 4;
    if (at + count * 8 > bytes.byteLength) throw new Error(`pdq-scan answer ${k} is truncated`);
    const list: PdqMatch[] = [];
    for (let i = 0; i < count; i++, at += 8) {
      list.push({ id: view.getUint32(at, true), distance: view.getUint32(at + 4, true) });
    }
    lists.push(list.sort(byDistanceThenId));
  }
  if (at !== bytes.byteLength) throw new Error(`pdq-scan answers have ${bytes.byteLength - at} extra bytes`);
  return lists;
}

export interface NativeScanRun extends ScanStats {
  answers: PdqMatch[][];
}

/** Runs the native scan over files of packed hashes; answers for the queries it got through. */
export function runNativeScan(
  binary: string,
  files: { haystack: string; queries: string; out: string },
  radius: number,
  block: number,
  maxCpuSeconds: number,
): NativeScanRun {
  const run = spawnSync(
    binary,
    [files.haystack, files.queries, String(radius), String(block), String(maxCpuSeconds), files.out],
    { encoding: 'utf8' },
  );
  if (run.status !== 0) throw new Error(`pdq-scan failed (${run.status}): ${run.stderr}`);
  const stats = parseScanStats(run.stdout);
  return { ...stats, answers: parseScanMatches(readFileSync(files.out), stats.queries) };
}

/**
 * Reads the output of Meta's `mih-query NEEDLES HAYSTACK`: per needle a `needle=HEX` line, then
 * `d=DIST,match=HEX,METADATA` lines, blocks separated by blank lines. The haystack's metadata is
 * the row id. Returns one list per needle, sorted like the index's.
 */
export function parseMihQueryOutput(text: string): PdqMatch[][] {
  const lists: PdqMatch[][] = [];
  for (const line of text.split('\n')) {
    if (line === '') continue;
    if (line.startsWith('needle=')) {
      lists.push([]);
      continue;
    }
    const match = /^d=(\d+),match=[0-9a-f]{64},(\d+)$/.exec(line);
    if (!match || lists.length === 0) throw new Error(`mih-query: unexpected line ${JSON.stringify(line)}`);
    lists[lists.length - 1].push({ id: Number(match[2]), distance: Number(match[1]) });
  }
  return lists.map((list) => list.sort(byDistanceThenId));
}

/**
 * Reads bash's `times` builtin output (two lines: the shell's own user and system time, then its
 * children's, e.g. `1m2.345s 0m0.120s`) and returns the children's user + system seconds.
 */
export function parseBashTimes(text: string): number {
  const lines = text.trim().split('\n').slice(-2);
  const child = /^(\d+)m([\d.]+)s (\d+)m([\d.]+)s$/.exec(lines[1]?.trim() ?? '');
  if (lines.length !== 2 || !child) throw new Error(`unexpected \`times\` output: ${JSON.stringify(text)}`);
  return Number(child[1]) * 60 + Number(child[2]) + Number(child[3]) * 60 + Number(child[4]);
}

function toHex(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('hex');
}

/** Writes packed hashes as mih-query input: `HEX,ROW` per line. */
export function writeMihInput(path: string, packed: Uint8Array, count = packed.byteLength / 32): void {
  const fd = openSync(path, 'w');
  try {
    for (let start = 0; start < count; start += 65536) {
      const lines: string[] = [];
      for (let i = start; i < Math.min(count, start + 65536); i++) {
        lines.push(`${toHex(packed.subarray(i * 32, i * 32 + 32))},${i}\n`);
      }
      writeSync(fd, lines.join(''));
    }
  } finally {
    closeSync(fd);
  }
}

/** user + system CPU seconds of a live process, from /proc/PID/stat (fields 14 and 15). */
export function procCpuSeconds(stat: string, ticksPerSecond: number): number {
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ticks = Number(fields[11]) + Number(fields[12]);
  if (!Number.isFinite(ticks))
    throw new Error(`unexpected /proc stat: ${JSON.stringify(stat.slice(0, 120))}`);
  return ticks / ticksPerSecond;
}

export interface MihQueryRun {
  answers: PdqMatch[][];
  /** CPU seconds (user + system) of the whole run and of the part before the first needle. */
  cpuSeconds: number;
  loadBuildCpuSeconds: number;
  /** Needles answered after the load + build sample (the first one or two may be counted in it). */
  queriesAfterSample: number;
  wallSeconds: number;
}

/**
 * Runs `mih-query -d RADIUS NEEDLES HAYSTACK` (line-buffered through stdbuf, so that its first
 * `needle=` line arrives when the queries start) under bash. Its CPU time when that line arrives
 * (read from /proc) is the load + index build; the whole run's comes from bash's `times`. The
 * difference is the CPU the queries took.
 */
export function runMihQuery(
  binary: string,
  radius: number,
  needles: string,
  haystack: string,
): Promise<MihQueryRun> {
  const ticks = Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout.trim()) || 100;
  const start = performance.now();
  const child = spawn(
    'bash',
    [
      '-c',
      'stdbuf -oL "$0" -d "$1" "$2" "$3"; status=$?; times >&2; exit $status',
      binary,
      String(radius),
      needles,
      haystack,
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let out = '';
  let err = '';
  let sample: { cpu: number; needlesSeen: number } | undefined;
  let sampleError: unknown;
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    out += chunk;
    if (sample || sampleError || !out.includes('needle=')) return;
    try {
      const pid = readFileSync(`/proc/${child.pid}/task/${child.pid}/children`, 'utf8')
        .trim()
        .split(/\s+/)[0];
      sample = {
        cpu: procCpuSeconds(readFileSync(`/proc/${pid}/stat`, 'utf8'), ticks),
        needlesSeen: out.split('needle=').length - 1,
      };
    } catch (error) {
      sampleError = error;
    }
  });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (err += chunk));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (status) => {
      const wallSeconds = (performance.now() - start) / 1000;
      if (status !== 0) return reject(new Error(`mih-query failed (${status}): ${err.slice(-500)}`));
      if (!sample)
        return reject(new Error(`mih-query: no CPU sample at the first needle (${String(sampleError)})`));
      try {
        const answers = parseMihQueryOutput(out);
        resolve({
          answers,
          cpuSeconds: parseBashTimes(err),
          loadBuildCpuSeconds: sample.cpu,
          queriesAfterSample: answers.length - sample.needlesSeen + 1,
          wallSeconds,
        });
      } catch (error) {
        reject(error as Error);
      }
    });
  });
}
