// Video fingerprinting benchmark. Every hash it times is checked against the reference's.
//
//   npm run bench:video
//   VPDQ_REFERENCE_BIN=/path/to/vpdq-hash-video npm run bench:video -- --seconds 60 --rounds 2
//   npm run bench:video -- --banked 100000 --frames 30        # only some parts: --skip-hash
//
// (a) Hashing: seconds of CPU (user + system, the process and its ffmpeg children, from bash's
//     `time`) and of wall time per minute of video, for generated 720p and 1080p H.264 videos
//     (lavfi testsrc2, 30 fps), at one hash per second (the library default) and every frame (the
//     reference CLI's default). Backstop is its CLI, as a user runs it: `backstop hash VIDEO > out`
//     (Node, tsx, ffprobe, ffmpeg). Side by side with Meta's C++ `vpdq-hash-video` (facebook/ThreatExchange
//     vpdq/cpp, built outside this repository; its path in VPDQ_REFERENCE_BIN, else that column is
//     skipped, saying so). Rounds alternate reference / Backstop; outputs must be byte-identical.
// (b) Lookup: a 10-minute query video (600 frames at one per second) against N banked videos of F
//     frames each (random frame hashes; one banked video is planted in the query as near copies),
//     through createVpdqIndex. Decision: the vPDQ README's (compared >= 80%) since a clip inside a
//     longer video finds few of the long video's frames. The answer must be exactly the planted video;
//     checked with the brute-force matcher on the planted video and a sample of 1,000 others.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createVpdqIndex } from '../src/core/index/index.ts';
import { isVpdqMatch, matchVpdq, type VpdqFeature } from '../src/core/vpdq/index.ts';
import { findFfmpeg } from '../src/node/video/index.ts';
import { mulberry32 } from '../test/random.ts';

const argv = process.argv.slice(2);
const arg = (name: string, fallback: number): number => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? Number(argv[i + 1]) : fallback;
};
const SECONDS = arg('seconds', 60);
const ROUNDS = arg('rounds', 2);
const BANKED = arg('banked', 100_000);
const FRAMES = arg('frames', 30);
const QUERIES = arg('queries', 20);
const SKIP_HASH = argv.includes('--skip-hash');
const REFERENCE_BIN = process.env.VPDQ_REFERENCE_BIN;
const ROOT = resolve(import.meta.dirname, '..');
const WORK = join(tmpdir(), 'backstop-bench-video');

const quote = (c: string) => `'${c.replace(/'/g, `'\\''`)}'`;

/** CPU (user + sys, children included) and wall seconds of a command, from bash's `time`. */
function timed(command: string[], stdoutFile?: string): { cpu: number; wall: number } {
  const quoted = command.map(quote).join(' ') + (stdoutFile ? ` > ${quote(stdoutFile)}` : '');
  const run = spawnSync('bash', ['-c', `TIMEFORMAT='%U %S %R'; time ( ${quoted} 2>/dev/null )`], {
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(`failed (${run.status}): ${command.join(' ')}\n${run.stderr}`);
  const [user, sys, wall] = run.stderr.trim().split('\n').pop()!.split(' ').map(Number);
  return { cpu: user + sys, wall };
}

function makeVideo(width: number, height: number): string {
  const file = join(WORK, `testsrc2_${width}x${height}_${SECONDS}s.mp4`);
  if (existsSync(file)) return file;
  const { ffmpeg } = findFfmpeg()!;
  const made = spawnSync(ffmpeg, [
    '-v',
    'error',
    '-y',
    '-f',
    'lavfi',
    '-i',
    `testsrc2=s=${width}x${height}:r=30:d=${SECONDS}`,
    '-c:v',
    'libx264',
    '-preset',
    'veryfast',
    '-crf',
    '23',
    '-pix_fmt',
    'yuv420p',
    file,
  ]);
  if (made.status !== 0) throw new Error(`ffmpeg could not make ${file}`);
  return file;
}

function hashing(): void {
  if (!findFfmpeg()) {
    console.log('(a) hashing: skipped, ffmpeg not found');
    return;
  }
  mkdirSync(WORK, { recursive: true });
  console.log(`(a) hashing ${SECONDS} s videos, ${ROUNDS} rounds; seconds per minute of video (CPU / wall)`);
  if (!REFERENCE_BIN)
    console.log('    reference: skipped (set VPDQ_REFERENCE_BIN to a vpdq-hash-video binary)');
  // One untimed run first: tsx compiles changed sources once (cached after), and both sides then
  // find the files in the page cache.
  const warmup = makeVideo(1280, 720);
  timed([process.execPath, join(ROOT, 'bin/backstop.js'), 'hash', '--no-progress', warmup], '/dev/null');
  if (REFERENCE_BIN) timed([REFERENCE_BIN, '-i', warmup, '-o', '/dev/null', '-r', '1']);
  for (const [w, h] of [
    [1280, 720],
    [1920, 1080],
  ]) {
    const video = makeVideo(w, h);
    for (const secondsPerHash of [1, 0]) {
      const label = `${h}p ${secondsPerHash ? 'one hash/s ' : 'every frame'}`;
      const ours = { cpu: 0, wall: 0 };
      const ref = { cpu: 0, wall: 0 };
      for (let round = 0; round < ROUNDS; round++) {
        const refOut = join(WORK, `ref-${h}-${secondsPerHash}.txt`);
        const ourOut = join(WORK, `ours-${h}-${secondsPerHash}.txt`);
        if (REFERENCE_BIN) {
          const t = timed([REFERENCE_BIN, '-i', video, '-o', refOut, '-r', String(secondsPerHash)]);
          ref.cpu += t.cpu;
          ref.wall += t.wall;
        }
        const t = timed(
          [
            process.execPath,
            join(ROOT, 'bin/backstop.js'),
            'hash',
            '--no-progress',
            ...(secondsPerHash ? [] : ['--every-frame']),
            video,
          ],
          ourOut,
        );
        ours.cpu += t.cpu;
        ours.wall += t.wall;
        if (REFERENCE_BIN && readFileSync(refOut, 'utf8') !== readFileSync(ourOut, 'utf8')) {
          throw new Error(`WRONG HASHES for ${label}: ${ourOut} differs from the reference's ${refOut}`);
        }
      }
      const perMinute = (s: number) => (s / ROUNDS / SECONDS) * 60;
      const line = `    ${label}  Backstop ${perMinute(ours.cpu).toFixed(2)} / ${perMinute(ours.wall).toFixed(2)}`;
      console.log(
        REFERENCE_BIN
          ? `${line}   reference ${perMinute(ref.cpu).toFixed(2)} / ${perMinute(ref.wall).toFixed(2)}   CPU ratio ${(ref.cpu / ours.cpu).toFixed(2)}x   (outputs identical)`
          : line,
      );
    }
  }
}

function lookup(): void {
  const random = mulberry32(2026);
  const hex = () => {
    let s = '';
    for (let i = 0; i < 8; i++) s += random().toString(16).padStart(8, '0');
    return s;
  };
  const near = (h: string) => {
    const digits = h.split('');
    for (let i = 0; i < 6; i++) {
      const k = random() % 64;
      digits[k] = (parseInt(digits[k], 16) ^ (1 << (random() % 4))).toString(16);
    }
    return digits.join('');
  };
  const video = (frames: number): VpdqFeature[] =>
    Array.from({ length: frames }, (_, i) => ({
      frameNumber: i * 30,
      quality: 100,
      pdq: hex(),
      timestamp: i,
    }));
  console.log(`(b) lookup: ${BANKED} banked videos x ${FRAMES} frames, 10-minute queries (600 frames)`);
  const banked: VpdqFeature[][] = [];
  const index = createVpdqIndex();
  const built = performance.now();
  for (let id = 0; id < BANKED; id++) {
    const v = video(FRAMES);
    banked.push(v);
    index.add(id, v);
  }
  index.compact();
  const buildSeconds = (performance.now() - built) / 1000;
  const decision = { queryPercent: 0, comparedPercent: 80 };
  const times: number[] = [];
  for (let q = 0; q < QUERIES; q++) {
    const planted = random() % BANKED;
    const query = video(600);
    banked[planted].forEach((f, i) => (query[100 + i] = { ...query[100 + i], pdq: near(f.pdq) }));
    const start = performance.now();
    const hits = index.query(query, decision);
    times.push(performance.now() - start);
    if (hits.length !== 1 || hits[0].id !== planted) {
      throw new Error(
        `WRONG ANSWER: query ${q} found ${hits.map((h) => h.id).join(',')}, planted ${planted}`,
      );
    }
    const check = [planted, ...Array.from({ length: q === 0 ? 1000 : 50 }, () => random() % BANKED)];
    for (const id of check) {
      const brute = matchVpdq(query, banked[id]);
      if (isVpdqMatch(brute, decision) !== (id === planted))
        throw new Error(`WRONG ANSWER against brute force on ${id}`);
    }
  }
  times.sort((a, b) => a - b);
  const mem = process.memoryUsage();
  console.log(
    `    built in ${buildSeconds.toFixed(1)} s; per query: median ${times[times.length >> 1].toFixed(1)} ms, ` +
      `max ${times[times.length - 1].toFixed(1)} ms (${QUERIES} queries, answers checked); ` +
      `heap ${(mem.heapUsed / 2 ** 20).toFixed(0)} MB, rss ${(mem.rss / 2 ** 20).toFixed(0)} MB`,
  );
}

console.log(
  `bench:video on ${cpus()[0]?.model ?? 'unknown CPU'} x${cpus().length}, load ${loadavg()[0].toFixed(1)}, ${new Date().toISOString()}`,
);
if (!SKIP_HASH) hashing();
if (!argv.includes('--skip-lookup')) lookup();
