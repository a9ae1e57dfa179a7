// PDQ hashing benchmark.
//
//   npm run bench:hash                       # 8 generated 12 MP JPEGs, all measurements
//   npm run bench:hash -- --images 4 --rounds 2
//
// (a) PDQ compute alone: images/s from a 512x512 float luma buffer (pdqFromLuma), from 8-bit RGB
//     (pdqFromPixels, 512x512 and 4000x3000), with and without the 7 dihedral hashes.
// (b) End to end on 12 MP JPEGs (4000x3000, generated with sharp into a temp folder, kept between
//     runs): read + decode + hash, one file at a time and with all cores busy, for the default
//     decode (JPEG shrink-on-load) and --exact (full-resolution decode). Decode time is measured
//     separately so that PDQ's share is visible.
import { readFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg } from 'node:os';
import sharp from 'sharp';
import { pdqFromLuma, pdqFromPixels } from '../src/core/pdq/index.ts';
import { decodeImageBytes, defaultHashConcurrency, hashFiles } from '../src/node/image/index.ts';
import { benchPhotos, HEIGHT, seededBytes, WIDTH } from './photos.ts';

const argv = process.argv.slice(2);
const arg = (name: string, fallback: number): number => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? Number(argv[i + 1]) : fallback;
};
const IMAGES = arg('images', 8);
const ROUNDS = arg('rounds', 3);

/** Milliseconds of CPU time used by this process (all threads) since `from`. */
function cpuMs(from?: NodeJS.CpuUsage): number {
  const u = process.cpuUsage(from);
  return (u.user + u.system) / 1000;
}

/**
 * Runs `body` for about `seconds` of wall time. Reports both wall-clock and CPU-time rates: the
 * machine is shared, and CPU time is what the code itself costs when other processes compete.
 */
function timeLoop(
  seconds: number,
  body: () => void,
): { perCpuSecond: number; cpuMsEach: number; wallMsEach: number } {
  for (let i = 0; i < 20; i++) body(); // warm up the JIT
  let n = 0;
  const start = performance.now();
  const cpuStart = process.cpuUsage();
  let now = start;
  while (now - start < seconds * 1000) {
    body();
    n++;
    now = performance.now();
  }
  const cpu = cpuMs(cpuStart);
  return { perCpuSecond: (n * 1000) / cpu, cpuMsEach: cpu / n, wallMsEach: (now - start) / n };
}

async function endToEnd(files: string[], concurrency: number, exact: boolean): Promise<number> {
  let best = Infinity;
  for (let round = 0; round < ROUNDS; round++) {
    const start = performance.now();
    for await (const outcome of hashFiles(files, { concurrency, fast: !exact })) {
      if (!outcome.hashes) throw outcome.error;
    }
    best = Math.min(best, performance.now() - start);
  }
  return (files.length * 1000) / best;
}

const fmt = (n: number, digits = 1) => n.toFixed(digits);

async function main(): Promise<void> {
  const cores = availableParallelism();
  console.log(
    `# PDQ hashing benchmark: node ${process.version}, ${cores} cores (${cpus()[0]?.model ?? '?'})`,
  );
  const load = loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');
  console.log(`# load average at start: ${load} (the cores are shared; CPU-time figures are robust to that)`);
  console.log(
    `# sharp ${sharp.versions.sharp}, libvips ${sharp.versions.vips}, sharp.concurrency()=${sharp.concurrency()}`,
  );

  console.log('\n## (a) PDQ compute alone (single thread)');
  const luma = Float32Array.from(seededBytes(512 * 512, 1));
  const rgb512 = seededBytes(512 * 512 * 3, 2);
  const rgb12mp = seededBytes(WIDTH * HEIGHT * 3, 3);
  const rows: [string, () => void][] = [
    ['pdqFromLuma 512x512', () => pdqFromLuma(luma, 512, 512)],
    ['pdqFromLuma 512x512 + dihedral', () => pdqFromLuma(luma, 512, 512, { dihedral: true })],
    ['pdqFromPixels RGB 512x512', () => pdqFromPixels(rgb512, 512, 512, 3)],
    ['pdqFromPixels RGB 4000x3000 (incl. resize to 512)', () => pdqFromPixels(rgb12mp, WIDTH, HEIGHT, 3)],
  ];
  for (const [name, body] of rows) {
    const r = timeLoop(2, body);
    console.log(
      `${name.padEnd(52)} ${fmt(r.perCpuSecond, 0).padStart(6)} images per CPU-second  ` +
        `${fmt(r.cpuMsEach, 2)} ms CPU each (${fmt(r.wallMsEach, 2)} ms wall)`,
    );
  }

  console.log(
    `\n## (b) end to end on ${IMAGES} generated ${WIDTH}x${HEIGHT} JPEGs (best of ${ROUNDS} rounds)`,
  );
  const files = await benchPhotos(IMAGES);
  const bytes = files.map((f) => readFileSync(f));
  const avgMb = bytes.reduce((s, b) => s + b.length, 0) / bytes.length / 1e6;
  console.log(`average file size ${fmt(avgMb, 2)} MB`);

  for (const exact of [false, true]) {
    const label = exact ? 'exact (full-resolution decode)' : 'default (JPEG shrink-on-load)';
    // Decode and PDQ separately, one image at a time.
    // Decode and PDQ measured separately, one image at a time, in CPU time (and wall time).
    let best = { decodeCpu: Infinity, pdqCpu: Infinity, decodeWall: 0, pdqWall: 0 };
    for (let round = 0; round < ROUNDS; round++) {
      const sum = { decodeCpu: 0, pdqCpu: 0, decodeWall: 0, pdqWall: 0 };
      for (const b of bytes) {
        const c0 = process.cpuUsage();
        const t0 = performance.now();
        const img = await decodeImageBytes(b, { shrinkForPdq: !exact });
        const t1 = performance.now();
        sum.decodeCpu += cpuMs(c0);
        const c1 = process.cpuUsage();
        pdqFromPixels(img.pixels, img.width, img.height, img.channels);
        sum.pdqCpu += cpuMs(c1);
        sum.pdqWall += performance.now() - t1;
        sum.decodeWall += t1 - t0;
      }
      if (sum.decodeCpu + sum.pdqCpu < best.decodeCpu + best.pdqCpu) best = sum;
    }
    const n = bytes.length;
    console.log(`\n### ${label}`);
    console.log(
      `decode ${fmt(best.decodeCpu / n)} ms CPU/image (${fmt(best.decodeWall / n)} wall), ` +
        `PDQ on the decoded pixels ${fmt(best.pdqCpu / n, 2)} ms CPU/image (${fmt(best.pdqWall / n, 2)} wall): ` +
        `PDQ = ${fmt((100 * best.pdqCpu) / best.decodeCpu)}% of decode`,
    );
    const single = await endToEnd(files, 1, exact);
    const all = await endToEnd(files, defaultHashConcurrency(), exact);
    console.log(`end to end, 1 file at a time:         ${fmt(single, 2)} images/s`);
    console.log(
      `end to end, ${defaultHashConcurrency()} in flight (all cores): ${fmt(all, 2)} images/s  (x${fmt(all / single, 2)})`,
    );
  }
}

await main();
