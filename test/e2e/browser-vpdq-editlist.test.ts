// MP4 edit lists in the Help app's video fingerprints. Phones, `ffmpeg -ss 1.3 -c copy` trims and
// x264 with B-frames write an `elst`: libavformat (the reference's demuxer, and ffmpeg behind
// `backstop hash`) discards the frames outside the edit, so the reference never counts them. The
// browser must number the same frames: its vPDQ of such files (made here with ffmpeg) is compared
// with `hashVideo`'s, byte for byte on the main path (WebCodecs), frame numbers and timestamps on the
// `<video>` fallback.
import { after, before, test } from 'node:test';
import assert from '../assert.ts';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { formatVpdq } from '../../src/core/vpdq/index.ts';
import { ffmpegMissingReason, hashVideo } from '../../src/node/video/index.ts';
import { buildWebApp, launchBrowser, startServer, type RunningServer } from './harness.ts';
import { compareVpdq, hashInPage, makeVideo } from './vpdq-page.ts';

const skip = ffmpegMissingReason();

let server: RunningServer;
let browser: Browser;
let main: Page;
let fallback: Page;
let fallbackContext: BrowserContext;
let dir: string;
const videos: { name: string; buffer: Buffer; edits: string; node: string }[] = [];

/** The video track's `elst` entries, as "duration/media_time" (to show the test covers them). */
function editList(file: Buffer): string {
  const at = file.indexOf('elst');
  if (at < 0) return 'none';
  const version = file[at + 4];
  const count = file.readUInt32BE(at + 8);
  const entries: string[] = [];
  for (let i = 0, p = at + 12; i < count; i++, p += version === 1 ? 20 : 12) {
    const duration = version === 1 ? Number(file.readBigUInt64BE(p)) : file.readUInt32BE(p);
    const mediaTime = version === 1 ? Number(file.readBigInt64BE(p + 8)) : file.readInt32BE(p + 4);
    entries.push(`${duration}/${mediaTime}`);
  }
  return entries.join(' ');
}

before(async () => {
  if (skip) return;
  dir = mkdtempSync(join(tmpdir(), 'backstop-editlist-'));
  const source = join(dir, 'source.mp4');
  // 6 s of moving picture, 25 fps, B-frames (3), a keyframe every 2 s: ffmpeg's MP4 muxer writes an
  // edit list for the B-frames' decode delay (media_time = 2 frames).
  const x264 = ['-c:v', 'libx264', '-preset', 'veryfast', '-bf', '3', '-g', '50', '-pix_fmt', 'yuv420p'];
  makeVideo(source, ['-f', 'lavfi', '-i', 'testsrc2=s=320x240:r=25:d=6', ...x264]);
  const ntsc = join(dir, 'ntsc.mp4');
  makeVideo(ntsc, ['-f', 'lavfi', '-i', 'testsrc2=s=320x240:r=30000/1001:d=6', ...x264, '-g', '60']);
  const made: [string, string[]][] = [
    ['bframes.mp4', ['-i', source, '-c', 'copy']],
    // Trimmed without re-encoding: every sample from the keyframe before 1.3 s is kept, and the edit
    // starts at 1.3 s (a positive media_time), so the frames before it are decoded but not shown.
    ['trimmed.mp4', ['-ss', '1.3', '-i', source, '-c', 'copy']],
    // Trimmed at both ends: the edit also ends before the last samples.
    ['trimmed-both-ends.mp4', ['-ss', '1.3', '-t', '2.5', '-i', source, '-c', 'copy']],
    // Starts 0.5 s late: an empty edit, then the media.
    ['empty-edit.mp4', ['-itsoffset', '0.5', '-i', source, '-c', 'copy']],
    ['trimmed-29.97fps.mp4', ['-ss', '2.2', '-i', ntsc, '-c', 'copy']],
  ];
  for (const [name, args] of made) {
    const path = join(dir, name);
    const buffer = makeVideo(path, args);
    const node = formatVpdq((await hashVideo(path)).vpdq);
    videos.push({ name, buffer, edits: editList(buffer), node });
  }
  buildWebApp();
  server = await startServer();
  browser = await launchBrowser();
  main = await (await browser.newContext({ locale: 'en-GB' })).newPage();
  fallbackContext = await browser.newContext({ locale: 'en-GB' });
  // As in browser-vpdq-fallback.test.ts: the hashing worker without VideoDecoder.
  await fallbackContext.route(/\/assets\/hash\.worker-[^/]+\.js$/, async (route) => {
    const original = await route.fetch();
    await route.fulfill({
      response: original,
      body: `delete globalThis.VideoDecoder;\n${await original.text()}`,
    });
  });
  fallback = await fallbackContext.newPage();
  for (const page of [main, fallback]) {
    await page.goto(`${server.origin}/stop-spreading`);
    await page.locator('h1').first().waitFor();
  }
});

after(async () => {
  await browser?.close();
  await server?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

test('the generated videos carry the edit lists this is about', { skip }, () => {
  const edits = Object.fromEntries(videos.map((v) => [v.name, v.edits]));
  console.log(`# elst (duration in movie units / media_time in track units): ${JSON.stringify(edits)}`);
  // Every one has an edit starting after the first sample; the empty edit (-1) leads in one.
  for (const v of videos) assert.match(v.edits, /\b\d+\/[1-9]\d*$/, v.name);
  assert.match(edits['empty-edit.mp4'], /^\d+\/-1 /);
  // Trimmed files hold samples the edit hides: ffmpeg decodes fewer frames than are stored.
  const trimmed = videos.find((v) => v.name === 'trimmed.mp4')!;
  const stored = spawnSync(
    'ffprobe',
    [
      '-v',
      'error',
      '-select_streams',
      'v',
      '-show_entries',
      'stream=nb_frames',
      '-of',
      'csv=p=0',
      join(dir, 'trimmed.mp4'),
    ],
    { encoding: 'utf8' },
  ).stdout.trim();
  const lines = trimmed.node.trim().split('\n');
  const lastFrame = Number(lines[lines.length - 1].split(',')[0]);
  assert.ok(
    lastFrame < Number(stored) - 25,
    `ffmpeg shows fewer frames (${lastFrame}+) than the ${stored} stored`,
  );
});

test(
  "WebCodecs path: each edited video's vPDQ is the Node (ffmpeg) one, byte for byte",
  { skip, timeout: 300_000 },
  async () => {
    const hashed = await hashInPage(
      main,
      videos.map((v) => ({ name: v.name, buffer: v.buffer })),
    );
    const problems: string[] = [];
    for (const v of videos) {
      const got = hashed.get(v.name);
      const lines = v.node.trim().split('\n').length;
      console.log(
        `# ${v.name}: ${lines} sampled frames in Node; browser ${got?.vpdq === v.node ? 'identical' : 'DIFFERS'}`,
      );
      if (got?.vpdq !== v.node)
        problems.push(`${v.name}: browser\n${got?.vpdq ?? got?.note}\nNode\n${v.node}`);
    }
    assert.deepEqual(problems, []);
  },
);

test(
  '<video> fallback: the same frame numbers and timestamps as Node, each frame close',
  { skip, timeout: 300_000 },
  async () => {
    const hashed = await hashInPage(
      fallback,
      videos.map((v) => ({ name: v.name, buffer: v.buffer })),
    );
    const problems: string[] = [];
    for (const v of videos) {
      const got = hashed.get(v.name);
      if (!got?.vpdq) {
        problems.push(`${v.name}: no vPDQ (${got?.note})`);
        continue;
      }
      const c = compareVpdq(v.name, got.vpdq, v.node);
      console.log(
        `# fallback ${v.name}: ${c.frames} frames, ${c.identical} identical, max ${c.maxDistance} bits`,
      );
      problems.push(...c.problems);
      if (c.maxDistance > 40)
        problems.push(`${v.name}: a frame ${c.maxDistance} bits away (a wrong picture)`);
    }
    assert.deepEqual(problems, []);
  },
);
