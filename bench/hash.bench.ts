// PDQ hashing benchmark. Every hash it times is checked; a wrong hash fails the run (exit 1).
//
//   npm run bench:hash                                   # 8 generated 12 MP JPEGs
//   PDQ_REFERENCE_BIN=/path/to/pdq-photo-hasher npm run bench:hash -- --images 8 --rounds 3
//   npm run bench:hash -- --fast-error 100               # only the --fast error, on 100 photos
//
// (a) PDQ compute alone: images per CPU-second from a 512x512 float luma buffer (pdqFromLuma) and
//     from 8-bit RGB (pdqFromPixels, 512x512 and 4000x3000), with and without the dihedral hashes.
// (b) Side by side with Meta's C++ reference (facebook/ThreatExchange pdq/cpp `pdq-photo-hasher`,
//     built with libjpeg; give its path in PDQ_REFERENCE_BIN, otherwise this part says it is
//     skipped) on generated 12 MP JPEGs (bench/photos.ts): file → PDQ hash, one file at a time, in
//     photos per CPU-second of each process (CPU time, not wall time: the cores are shared).
//     Rounds alternate reference / Backstop. Every Backstop hash must equal the reference's.
// (c) The conformance originals (test/fixtures/pdq, plus ../shared/pdq-conformance when present):
//     default hashes timed and checked against the expected hashes and qualities.
// (d) The --fast decode (JPEG shrink-on-load): its speed and its error (bits from the default,
//     full-resolution hash, which (b) checked against the reference) on the generated photos.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg } from 'node:os';
import { resolve } from 'node:path';
import sharp from 'sharp';
import { hammingDistance, pdqFromLuma, pdqFromPixels } from '../src/core/pdq/index.ts';
import { decodeImage, hashImage } from '../src/node/image/index.ts';
import { conformanceSets } from '../test/fixtures/pdq/conformance.ts';
import { benchPhotos, HEIGHT, seededBytes, WIDTH } from './photos.ts';

const argv = process.argv.slice(2);
const arg = (name: string, fallback: number): number => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? Number(argv[i + 1]) : fallback;
};
const IMAGES = arg('images', 8);
const ROUNDS = arg('rounds', 3);
const FAST_ERROR_ONLY = arg('fast-error', 0);
const REFERENCE_BIN = process.env.PDQ_REFERENCE_BIN;

/** Milliseconds of CPU time used by this process (all threads) since `from`. */
function cpuMs(from?: NodeJS.CpuUsage): number {
  const u = process.cpuUsage(from);
  return (u.user + u.system) / 1000;
}

const fmt = (n: number, digits = 1) => n.toFixed(digits);

class HashMismatch extends Error {}

function check(what: string, got: string, expected: string): void {
  if (got !== expected) {
    throw new HashMismatch(
      `WRONG HASH for ${what}: got ${got}, expected ${expected} (${hammingDistance(got, expected)} bits apart)`,
    );
  }
}

/** Runs `body` for about `seconds` of wall time; rates per CPU-second of this process. */
function timeLoop(seconds: number, body: () => void): { perCpuSecond: number; cpuMsEach: number } {
  for (let i = 0; i < 20; i++) body(); // warm up the JIT
  let n = 0;
  const start = performance.now();
  const cpuStart = process.cpuUsage();
  while (performance.now() - start < seconds * 1000) {
    body();
    n++;
  }
  const cpu = cpuMs(cpuStart);
  return { perCpuSecond: (n * 1000) / cpu, cpuMsEach: cpu / n };
}

/** The reference hasher on `files` in one process: its hashes and its CPU time (user + system). */
function runReference(bin: string, files: string[]): { hashes: Map<string, string>; cpuMs: number } {
  // bash's `times` prints the children's user and system time after the hasher exits.
  const result = spawnSync('bash', ['-c', '"$0" "$@"; status=$?; times >&2; exit $status', bin, ...files], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0) throw new Error(`${bin} failed (${result.status}): ${result.stderr}`);
  const hashes = new Map<string, string>();
  for (const line of result.stdout.trim().split('\n')) {
    const [hash, , ...name] = line.split(',');
    hashes.set(name.join(','), hash);
  }
  const lines = result.stderr.trim().split('\n');
  const seconds = (lines.at(-1) ?? '').match(/(\d+)m([\d.]+)s/g)?.map((t) => {
    const [, m, s] = t.match(/(\d+)m([\d.]+)s/)!;
    return Number(m) * 60 + Number(s);
  });
  if (!seconds || seconds.length !== 2)
    throw new Error(`could not read the reference's CPU time: ${result.stderr}`);
  return { hashes, cpuMs: (seconds[0] + seconds[1]) * 1000 };
}

/** Backstop's PDQ of each file (read + decode + hash, no MD5/SHA-256), one at a time, in CPU ms. */
async function runBackstop(files: string[], fast = false): Promise<{ hashes: string[]; cpuMs: number }> {
  const start = process.cpuUsage();
  const hashes: string[] = [];
  for (const file of files) {
    const image = await decodeImage(file, { shrinkForPdq: fast });
    hashes.push(pdqFromPixels(image.pixels, image.width, image.height, image.channels).hash);
  }
  return { hashes, cpuMs: cpuMs(start) };
}

/** `hashImage` on each file (PDQ + MD5 + SHA-256, what `backstop hash` prints), one at a time. */
async function runHashImage(files: string[]): Promise<{ hashes: string[]; cpuMs: number }> {
  const start = process.cpuUsage();
  const hashes: string[] = [];
  for (const file of files) hashes.push((await hashImage(file)).pdq);
  return { hashes, cpuMs: cpuMs(start) };
}

function computeAlone(): void {
  console.log('\n## (a) PDQ compute alone (single thread)');
  const luma = Float32Array.from(seededBytes(512 * 512, 1));
  const rgb512 = seededBytes(512 * 512 * 3, 2);
  const rgb12mp = seededBytes(WIDTH * HEIGHT * 3, 3);
  const expected = pdqFromPixels(rgb12mp, WIDTH, HEIGHT, 3).hash;
  const rows: [string, () => void][] = [
    ['pdqFromLuma 512x512', () => pdqFromLuma(luma, 512, 512)],
    ['pdqFromLuma 512x512 + dihedral', () => pdqFromLuma(luma, 512, 512, { dihedral: true })],
    ['pdqFromPixels RGB 512x512', () => pdqFromPixels(rgb512, 512, 512, 3)],
    [
      'pdqFromPixels RGB 4000x3000 (incl. resize to 512)',
      () =>
        check(
          'pdqFromPixels 4000x3000 (same input each time)',
          pdqFromPixels(rgb12mp, WIDTH, HEIGHT, 3).hash,
          expected,
        ),
    ],
  ];
  for (const [name, body] of rows) {
    const r = timeLoop(2, body);
    console.log(
      `${name.padEnd(52)} ${fmt(r.perCpuSecond, 0).padStart(6)} per CPU-second  ${fmt(r.cpuMsEach, 2)} ms CPU each`,
    );
  }
}

async function sideBySide(files: string[]): Promise<Map<string, string> | undefined> {
  console.log(
    `\n## (b) side by side with the C++ reference: ${files.length} generated ${WIDTH}x${HEIGHT} JPEGs, ${ROUNDS} rounds`,
  );
  if (!REFERENCE_BIN) {
    console.log('skipped: set PDQ_REFERENCE_BIN to the path of the reference pdq-photo-hasher to run it');
    return undefined;
  }
  if (!existsSync(REFERENCE_BIN)) throw new Error(`PDQ_REFERENCE_BIN=${REFERENCE_BIN} does not exist`);
  await runBackstop(files.slice(0, 2)); // warm up
  let refCpu = 0;
  let ourCpu = 0;
  let fullCpu = 0;
  let reference = new Map<string, string>();
  const perRound: string[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const ref = runReference(REFERENCE_BIN, files);
    const ours = await runBackstop(files);
    const full = await runHashImage(files);
    files.forEach((file, i) => {
      check(`${file} (round ${round + 1})`, ours.hashes[i], ref.hashes.get(file) ?? 'missing');
      check(`${file} (hashImage, round ${round + 1})`, full.hashes[i], ref.hashes.get(file) ?? 'missing');
    });
    fullCpu += full.cpuMs;
    reference = ref.hashes;
    refCpu += ref.cpuMs;
    ourCpu += ours.cpuMs;
    perRound.push(
      `round ${round + 1}: reference ${fmt((files.length * 1000) / ref.cpuMs, 2)}, Backstop ${fmt((files.length * 1000) / ours.cpuMs, 2)}, ` +
        `Backstop hashImage (+ MD5 + SHA-256) ${fmt((files.length * 1000) / full.cpuMs, 2)} photos per CPU-second`,
    );
  }
  for (const line of perRound) console.log(line);
  const n = files.length * ROUNDS;
  const refRate = (n * 1000) / refCpu;
  const ourRate = (n * 1000) / ourCpu;
  console.log(
    `total: reference ${fmt(refRate, 2)} photos per CPU-second (${fmt(refCpu / n)} ms each), ` +
      `Backstop ${fmt(ourRate, 2)} (${fmt(ourCpu / n)} ms each): ratio ${fmt(ourRate / refRate, 2)}x; ` +
      `all ${n} Backstop hashes equal the reference's`,
  );
  const fullRate = (n * 1000) / fullCpu;
  console.log(
    `hashImage (PDQ + MD5 + SHA-256 of the file, what backstop hash prints): ${fmt(fullRate, 2)} photos per ` +
      `CPU-second (${fmt(fullCpu / n)} ms each): ${fmt(fullRate / refRate, 2)}x the reference's rate for PDQ alone`,
  );
  return reference;
}

async function conformanceOriginals(): Promise<void> {
  console.log('\n## (c) conformance originals, default decode, checked against the expected hashes');
  for (const set of conformanceSets()) {
    if (set.skip) {
      console.log(`${set.name}: ${set.skip}`);
      continue;
    }
    const files = set.cases.map((c) => resolve(set.root, c.image));
    await runBackstop(files.slice(0, 2));
    const start = process.cpuUsage();
    for (const [i, testCase] of set.cases.entries()) {
      const got = await hashImage(files[i]);
      check(testCase.image, got.pdq, testCase.hashes[0]);
      if (got.quality !== testCase.quality)
        throw new HashMismatch(`WRONG QUALITY for ${testCase.image}: ${got.quality} vs ${testCase.quality}`);
    }
    const cpu = cpuMs(start);
    console.log(
      `${set.name}: ${set.cases.length} files, all hashes and qualities as expected; ` +
        `${fmt((set.cases.length * 1000) / cpu, 1)} files per CPU-second (hashImage: PDQ + MD5 + SHA-256)`,
    );
  }
}

async function fastError(files: string[], reference?: Map<string, string>): Promise<void> {
  console.log(`\n## (d) --fast (JPEG shrink-on-load) on ${files.length} generated ${WIDTH}x${HEIGHT} JPEGs`);
  const exact = await runBackstop(files);
  if (reference) files.forEach((file, i) => check(file, exact.hashes[i], reference.get(file) ?? 'missing'));
  const fast = await runBackstop(files, true);
  const distances = fast.hashes.map((hash, i) => hammingDistance(hash, exact.hashes[i]));
  const histogram = new Map<number, number>();
  for (const d of distances) histogram.set(d, (histogram.get(d) ?? 0) + 1);
  const counts = [...histogram.entries()].sort((a, b) => a[0] - b[0]).map(([d, c]) => `${d} bits: ${c}`);
  const off = distances.filter((d) => d > 0).length;
  console.log(
    `bits from the full-resolution hash${reference ? ' (= the reference, checked)' : ''}: ${counts.join(', ')}; ` +
      `${off} of ${files.length} differ, max ${Math.max(...distances)}`,
  );
  console.log(
    `CPU per photo: full-resolution ${fmt(exact.cpuMs / files.length)} ms, --fast ${fmt(fast.cpuMs / files.length)} ms ` +
      `(x${fmt(exact.cpuMs / fast.cpuMs, 2)})`,
  );
}

async function main(): Promise<void> {
  console.log(
    `# PDQ hashing benchmark: node ${process.version}, ${availableParallelism()} cores (${cpus()[0]?.model ?? '?'})`,
  );
  console.log(
    `# load average at start: ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')} (figures are per CPU-second)`,
  );
  console.log(
    `# sharp ${sharp.versions.sharp}, libvips ${sharp.versions.vips}, sharp.concurrency()=${sharp.concurrency()}`,
  );
  if (REFERENCE_BIN) console.log(`# reference: ${REFERENCE_BIN}`);
  if (FAST_ERROR_ONLY > 0) {
    const files = await benchPhotos(FAST_ERROR_ONLY);
    const reference = REFERENCE_BIN ? runReference(REFERENCE_BIN, files).hashes : undefined;
    await fastError(files, reference);
    return;
  }
  computeAlone();
  const files = await benchPhotos(IMAGES);
  const avgMb = files.reduce((s, f) => s + readFileSync(f).length, 0) / files.length / 1e6;
  console.log(`\n# generated photos: ${files.length}, ${fmt(avgMb, 2)} MB on average (bench/photos.ts)`);
  const reference = await sideBySide(files);
  await conformanceOriginals();
  await fastError(files, reference);
}

try {
  await main();
} catch (error) {
  if (error instanceof HashMismatch) {
    console.error(`\nFAILED: ${error.message}`);
    process.exitCode = 1;
  } else throw error;
}
