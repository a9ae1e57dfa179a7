// Video fingerprinting benchmark. Every hash it times is checked against the reference's.
//
//   npm run bench:video
//   VPDQ_REFERENCE_BIN=/path/to/vpdq-hash-video npm run bench:video -- --seconds 60 --rounds 2
//   npm run bench:video -- --skip-hash --banked 100000 --frames 30 --queries 10 --data scenes
//   npm run bench:video -- --skip-browser                      # no headless Chromium leg (c)
//   npm run bench:video -- --skip-node --skip-lookup           # only the Chromium leg (c)
//   npm run bench:video -- --skip-hash --strategies 4 --baseline ../other-worktree
//     # lookups: only the default strategy, side by side with another source tree's index
//
// (a) Hashing: seconds of CPU (user + system, the process and its ffmpeg children, from bash's
//     `time`) and of wall time per minute of video, for generated 720p and 1080p H.264 videos
//     (lavfi testsrc2, 30 fps), at one hash per second (the library default) and every frame (the
//     reference CLI's default). Backstop is its CLI, as a user runs it: `backstop hash VIDEO > out`
//     (Node running the CLI bundle, ffprobe, ffmpeg; the bundle is rebuilt first if stale). Side by
//     side with Meta's C++ `vpdq-hash-video` (facebook/ThreatExchange
//     vpdq/cpp, built outside this repository; its path in VPDQ_REFERENCE_BIN, else that column is
//     skipped, saying so). Rounds alternate reference / Backstop; outputs must be byte-identical.
// (b) Lookup: 10-minute query videos (600 frames at one per second) against N banked videos
//     through createVpdqIndex, under two decisions: python-threatexchange's default (query >= 80%;
//     the query is a re-encoded copy of one of the first Q banked videos, which are 600 frames
//     long) and the vPDQ README's (compared >= 80%; a re-encoded banked F-frame video is planted
//     inside an unrelated query). Two kinds of frames (--data scenes,random): `scenes` (still scenes
//     of near-identical seconds and motion scenes, see videoHashes) and `random` (every frame
//     unrelated: the worst case). Every answer must be exactly the planted video, with the
//     brute-force matcher's percentages, and brute force on 1,000 + 50 a query other banked videos
//     must agree that they do not match. Several search strategies (STRATEGIES) are timed side by
//     side on the same index and queries, and must give the same answers.
// (c) The same videos fingerprinted by the Help app in headless Chromium: bench/video-browser.ts.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import {
  createVpdqIndex,
  type VpdqIndex,
  type VpdqIndexMatch,
  type VpdqQueryTuning,
} from '../src/core/index/index.ts';
import {
  isVpdqMatch,
  matchVpdq,
  vpdqFrameDistance,
  type VpdqDecisionOptions,
  type VpdqFeature,
} from '../src/core/vpdq/index.ts';
import { findFfmpeg } from '../src/node/video/index.ts';
import { mulberry32 } from '../test/random.ts';
import { browserHashing } from './video-browser.ts';
import { freshBundle } from '../bin/cli-bundle.js';

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
const DATA = (argv.includes('--data') ? argv[argv.indexOf('--data') + 1] : 'scenes,random').split(',');
/** Timed side by side on the same index and queries; the last is the index's default. */
const STRATEGIES: { name: string; tuning: VpdqQueryTuning }[] = [
  {
    name: 'every distinct frame, one by one (first index)',
    tuning: { groupRadius: 0, bound: false, batch: false, keys: false },
  },
  { name: 'groups, bound, one by one', tuning: { batch: false, keys: false } },
  { name: 'groups, no bound, batch', tuning: { bound: false, keys: false } },
  { name: 'groups, bound, batch (previous default)', tuning: { keys: false } },
  { name: 'groups, bound or key frames, batch (default)', tuning: {} },
];
/** `--strategies 3,4`: only these of STRATEGIES (by position); all by default. */
const CHOSEN = argv.includes('--strategies')
  ? argv[argv.indexOf('--strategies') + 1].split(',').map(Number)
  : STRATEGIES.map((_, i) => i);
/**
 * `--baseline DIR`: another source tree (e.g. a worktree of main) whose createVpdqIndex gets the
 * same banked videos; its default query is timed side by side with this tree's, and must answer
 * the same.
 */
const BASELINE = argv.includes('--baseline') ? resolve(argv[argv.indexOf('--baseline') + 1]) : undefined;
const baselineIndex = BASELINE
  ? ((await import(join(BASELINE, 'src/core/index/index.ts'))) as { createVpdqIndex: typeof createVpdqIndex })
      .createVpdqIndex
  : undefined;
const REFERENCE_BIN = process.env.VPDQ_REFERENCE_BIN;
const ROOT = resolve(import.meta.dirname, '..');
// Generated videos are kept between runs in VIDEOS (each written under a private name, then renamed
// into place, so two benches running at once never read a half-written file); each run's outputs go
// to its own folder, removed at the end.
const VIDEOS = join(tmpdir(), 'backstop-bench-video');
mkdirSync(VIDEOS, { recursive: true });
const WORK = mkdtempSync(join(tmpdir(), 'backstop-bench-video-run-'));
process.on('exit', () => rmSync(WORK, { recursive: true, force: true }));

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
  const file = join(VIDEOS, `testsrc2_${width}x${height}_${SECONDS}s.mp4`);
  if (existsSync(file)) return file;
  const { ffmpeg } = findFfmpeg()!;
  const partial = join(WORK, `testsrc2_${width}x${height}_${SECONDS}s.mp4`);
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
    partial,
  ]);
  if (made.status !== 0) throw new Error(`ffmpeg could not make ${file}`);
  renameSync(partial, file);
  return file;
}

function hashing(): void {
  if (!findFfmpeg()) {
    console.log('(a) hashing: skipped, ffmpeg not found');
    return;
  }
  console.log(`(a) hashing ${SECONDS} s videos, ${ROUNDS} rounds; seconds per minute of video (CPU / wall)`);
  if (!REFERENCE_BIN)
    console.log('    reference: skipped (set VPDQ_REFERENCE_BIN to a vpdq-hash-video binary)');
  // The CLI as users get it after `npm install`: its plain-JavaScript bundle (rebuilt here if a
  // source changed since; without it the CLI would run the sources through tsx).
  const built = spawnSync(process.execPath, [join(ROOT, 'scripts/build-cli.mjs'), '--quiet'], {
    stdio: 'inherit',
  });
  if (built.status !== 0) throw new Error('could not build the CLI bundle');
  const bundled = freshBundle(ROOT) !== undefined;
  console.log(
    `    Backstop: ${bundled ? 'the CLI bundle (dist/cli)' : 'the sources through tsx (no CLI bundle: esbuild missing?)'}`,
  );
  // One untimed run first: both sides then find the files in the page cache.
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
      // A source edited meanwhile makes the CLI fall back to tsx: such figures are not comparable.
      const stale = bundled && !freshBundle(ROOT) ? '   (CLI BUNDLE WENT STALE: a source changed)' : '';
      const line = `    ${label}  Backstop ${perMinute(ours.cpu).toFixed(2)} / ${perMinute(ours.wall).toFixed(2)}${stale}`;
      console.log(
        REFERENCE_BIN
          ? `${line}   reference ${perMinute(ref.cpu).toFixed(2)} / ${perMinute(ref.wall).toFixed(2)}   CPU ratio ${(ref.cpu / ours.cpu).toFixed(2)}x   (outputs identical)`
          : line,
      );
    }
  }
}

type Random = () => number;

/** A random 256-bit frame hash. */
function randomHash(random: Random): string {
  let s = '';
  for (let i = 0; i < 8; i++) s += random().toString(16).padStart(8, '0');
  return s;
}

/** `hash` with `bits` random bits flipped (a bit may be hit twice, so at most `bits` apart). */
function flipped(hash: string, bits: number, random: Random): string {
  const digits = hash.split('');
  for (let i = 0; i < bits; i++) {
    const k = random() % 64;
    digits[k] = (parseInt(digits[k], 16) ^ (1 << (random() % 4))).toString(16);
  }
  return digits.join('');
}

/**
 * Frame hashes of a video of `seconds` seconds at one hash per second. `random`: every frame
 * unrelated to the others (the worst case: nothing to group). `scenes`: scenes of 2-20 seconds; two
 * in three are still (each second is the scene's picture with 0-2 bits flipped, as the conformance
 * set's slideshow gives 0-2 bits between consecutive seconds), one in three is motion (unrelated
 * frames, as testsrc2 and mandelbrot give about 100 bits between consecutive seconds).
 */
function videoHashes(seconds: number, data: string, random: Random): string[] {
  const out: string[] = [];
  while (out.length < seconds) {
    if (data === 'random') {
      out.push(randomHash(random));
      continue;
    }
    const length = 2 + (random() % 19);
    const still = random() % 3 !== 0;
    const picture = randomHash(random);
    for (let i = 0; i < length && out.length < seconds; i++)
      out.push(still ? flipped(picture, random() % 3, random) : randomHash(random));
  }
  return out;
}

/**
 * A re-encoded copy: each frame 6 bits off. Within a still scene (consecutive frames at most 4 bits
 * apart) every frame gets the same change, as a re-encode changes the same picture the same way.
 */
function reencoded(hashes: string[], random: Random): string[] {
  let mask = '';
  return hashes.map((h, i) => {
    if (i === 0 || vpdqFrameDistance(h, hashes[i - 1]) > 4) mask = flipped('0'.repeat(64), 6, random);
    let out = '';
    for (let k = 0; k < 64; k++) out += (parseInt(h[k], 16) ^ parseInt(mask[k], 16)).toString(16);
    return out;
  });
}

const features = (hashes: string[]): VpdqFeature[] =>
  hashes.map((pdq, i) => ({ frameNumber: i * 30, quality: 100, pdq, timestamp: i }));

function lookup(data: string): void {
  const random = mulberry32(2026);
  console.log(
    `(b) lookup, ${data} frames: ${BANKED} banked videos (the first ${QUERIES} of 600 frames, the others of ` +
      `${FRAMES}), 10-minute queries (600 frames)`,
  );
  const banked: VpdqFeature[][] = [];
  for (let id = 0; id < BANKED; id++)
    banked.push(features(videoHashes(id < QUERIES ? 600 : FRAMES, data, random)));
  const build = (create: typeof createVpdqIndex, label: string) => {
    const index = create();
    const built = performance.now();
    for (let id = 0; id < BANKED; id++) index.add(id, banked[id]);
    index.compact();
    const buildSeconds = (performance.now() - built) / 1000;
    const mem = process.memoryUsage();
    console.log(
      `    ${label}: built in ${buildSeconds.toFixed(1)} s (${index.frameStats().size} distinct frame hashes); ` +
        `heap ${(mem.heapUsed / 2 ** 20).toFixed(0)} MB, rss ${(mem.rss / 2 ** 20).toFixed(0)} MB`,
    );
    return index;
  };
  const index = build(createVpdqIndex, 'this tree');
  // Contenders timed side by side: the chosen strategies on this tree's index, then the baseline
  // tree's default.
  const contenders: {
    name: string;
    run: (q: VpdqFeature[], d: VpdqDecisionOptions) => VpdqIndexMatch[];
    index: VpdqIndex;
  }[] = CHOSEN.map((i) => ({
    name: STRATEGIES[i].name,
    index,
    run: (q, d) => index.query(q, d, STRATEGIES[i].tuning),
  }));
  if (baselineIndex) {
    const other = build(baselineIndex, `baseline ${BASELINE}`);
    contenders.unshift({ name: 'baseline tree: default', index: other, run: (q, d) => other.query(q, d) });
  }
  // query80: python-threatexchange's default (query >= 80%), the platform's; the query is a
  // re-encoded copy of banked video q (600 frames). compared80: the vPDQ README's example
  // (compared >= 80%), for finding a banked clip inside a longer video: a re-encoded banked
  // 30-frame video is planted at seconds 100-129 of an unrelated 10-minute query.
  for (const name of ['query80', 'compared80'] as const) {
    const decision = name === 'query80' ? { queryPercent: 80 } : { queryPercent: 0, comparedPercent: 80 };
    const runs = contenders.map(() => ({
      times: [] as number[],
      cpu: [] as number[],
      groups: [] as number[],
      searched: [] as number[],
    }));
    let candidates = 0;
    for (let q = 0; q < QUERIES; q++) {
      let planted: number;
      let query: VpdqFeature[];
      if (name === 'query80') {
        planted = q;
        query = features(
          reencoded(
            banked[q].map((f) => f.pdq),
            random,
          ),
        );
      } else {
        planted = QUERIES + (random() % (BANKED - QUERIES));
        const hashes = videoHashes(600, data, random);
        reencoded(
          banked[planted].map((f) => f.pdq),
          random,
        ).forEach((h, i) => (hashes[100 + i] = h));
        query = features(hashes);
      }
      // The strategies take turns going first, so that load and collector pauses fall on all.
      let answer: VpdqIndexMatch[] | undefined;
      for (let k = 0; k < contenders.length; k++) {
        const which = (q + k) % contenders.length;
        const cpu = process.cpuUsage();
        const start = performance.now();
        const hits = contenders[which].run(query, decision);
        runs[which].times.push(performance.now() - start);
        const used = process.cpuUsage(cpu);
        runs[which].cpu.push((used.user + used.system) / 1000);
        const stats = contenders[which].index.lastQueryStats();
        runs[which].groups.push(stats.groups);
        runs[which].searched.push(stats.searched);
        if (which === contenders.length - 1) candidates += stats.candidates;
        if (answer && JSON.stringify(hits) !== JSON.stringify(answer))
          throw new Error(`WRONG ANSWER: ${contenders[which].name} differs from the other strategies`);
        answer = hits;
      }
      const hits = answer!;
      if (hits.length !== 1 || hits[0].id !== planted) {
        throw new Error(
          `WRONG ANSWER: ${name} query ${q} found ${hits.map((h) => h.id).join(',')}, planted ${planted}`,
        );
      }
      const brute = matchVpdq(query, banked[planted]);
      if (
        brute.queryMatchPercent !== hits[0].queryMatchPercent ||
        brute.comparedMatchPercent !== hits[0].comparedMatchPercent
      )
        throw new Error(`WRONG PERCENTAGES against brute force on ${planted}`);
      for (let k = 0; k < (q === 0 ? 1000 : 50); k++) {
        const id = random() % BANKED;
        if (isVpdqMatch(matchVpdq(query, banked[id]), decision) !== (id === planted))
          throw new Error(`WRONG ANSWER against brute force on ${id}`);
      }
    }
    const median = (a: number[]) => [...a].sort((x, y) => x - y)[a.length >> 1];
    console.log(
      `    ${name} (${QUERIES} queries, answers checked, ${(candidates / QUERIES).toFixed(1)} candidates a query): ms per query`,
    );
    runs.forEach((run, i) => {
      const ratio = median(runs[runs.length - 1].times) / median(run.times);
      console.log(
        `      ${contenders[i].name.padEnd(44)} median ${median(run.times).toFixed(1).padStart(6)}, max ${Math.max(
          ...run.times,
        )
          .toFixed(1)
          .padStart(6)}; CPU median ${median(run.cpu).toFixed(1).padStart(6)}; ` +
          `groups ${median(run.groups)}, searched ${median(run.searched)}` +
          (i < runs.length - 1
            ? `; ${(1 / ratio).toFixed(2)}x the time of the last line (CPU ${(
                median(run.cpu) / median(runs[runs.length - 1].cpu)
              ).toFixed(2)}x)`
            : ''),
      );
    });
  }
}

console.log(
  `bench:video on ${cpus()[0]?.model ?? 'unknown CPU'} x${cpus().length}, load ${loadavg()[0].toFixed(1)}, ${new Date().toISOString()}`,
);
if (!SKIP_HASH && !argv.includes('--skip-node')) hashing();
if (!SKIP_HASH && !argv.includes('--skip-browser') && findFfmpeg()) {
  await browserHashing({
    videos: [
      { label: '720p', file: makeVideo(1280, 720), seconds: SECONDS },
      { label: '1080p', file: makeVideo(1920, 1080), seconds: SECONDS },
    ],
    rounds: ROUNDS,
    referenceBin: REFERENCE_BIN,
    timed,
    work: WORK,
  });
}
if (!argv.includes('--skip-lookup')) for (const data of DATA) lookup(data);
