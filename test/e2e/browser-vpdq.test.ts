// The Help app fingerprints videos on the device (WebCodecs + the mediabunny demuxer, in its hashing
// worker): in Debian's chromium its vPDQ of the conformance videos has the reference's sampled frames
// and per-frame PDQ within the conformance README's tolerance; only the fingerprint text and the MD5
// leave the page; progress shows, Stop works, and a damaged file gets a clear message.
import { after, before, test } from 'node:test';
import assert from '../assert.ts';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { ffmpegMissingReason } from '../../src/node/video/index.ts';
import { fixtureVideo, vpdqConformanceSets } from '../fixtures/vpdq/conformance.ts';
import { ROOT, SCREENSHOTS, type WatchedRequests } from './harness.ts';
import {
  assertNoVideoBytesSent,
  makeLongVideo,
  makeVideo,
  closeStopSpreading,
  openStopSpreading,
  type StopSpreadingPage,
  compareVpdq,
  evalRate,
  finished as finishedIn,
  hashInPage,
  pick as pickIn,
  readList as readListIn,
} from './vpdq-page.ts';

let opened: Partial<StopSpreadingPage> = {};
let browser: Browser;
let page: Page;
let watched: WatchedRequests;

before(async () => {
  opened = await openStopSpreading();
  ({ browser, page, watched } = opened as StopSpreadingPage);
});

after(() => closeStopSpreading(opened));

const pick = (files: { name: string; buffer: Buffer }[]) => pickIn(page, files);
const finished = () => finishedIn(page);
const readList = () => readListIn(page);
const hashInBrowser = (files: { name: string; buffer: Buffer }[]) => hashInPage(page, files);

const CODECS = {
  'H.264 (avc1.64001f)': 'avc1.64001f',
  VP8: 'vp8',
  'VP9 (vp09.00.10.08)': 'vp09.00.10.08',
  'AV1 (av01.0.04M.08)': 'av01.0.04M.08',
  'HEVC (hev1.1.6.L93.B0)': 'hev1.1.6.L93.B0',
};

test('Debian chromium decodes H.264, VP8, VP9 and AV1 with WebCodecs (the conformance videos are H.264 and VP9)', async () => {
  const supported = await page.evaluate(async (codecs) => {
    const out: Record<string, boolean> = {};
    for (const [label, codec] of Object.entries(codecs)) {
      out[label] =
        (await VideoDecoder.isConfigSupported({ codec, codedWidth: 640, codedHeight: 480 })).supported ??
        false;
    }
    return out;
  }, CODECS);
  console.log(`# VideoDecoder in ${browser.version()}: ${JSON.stringify(supported)}`);
  for (const label of ['H.264 (avc1.64001f)', 'VP9 (vp09.00.10.08)'])
    assert.equal(supported[label], true, label);
});

for (const set of vpdqConformanceSets()) {
  test(
    `browser vPDQ (one hash a second) has the reference's frames, each PDQ within tolerance: ${set.name}`,
    { skip: set.skip, timeout: 900_000 },
    async () => {
      const files = set.videos.map((v) => ({
        name: v.file,
        buffer: readFileSync(join(set.root, 'videos', v.file)),
      }));
      assert.ok(files.length >= 7, 'the shipped videos at least');
      const started = Date.now();
      const hashed = await hashInBrowser(files);
      const seconds = (Date.now() - started) / 1000;
      const videoSeconds = set.videos.reduce((sum, v) => sum + v.decodedFrames / evalRate(v.avgFrameRate), 0);
      const totals = { frames: 0, identical: 0, bitsDiffer: 0, maxQ80: 0, maxQualityQ80: 0, max: 0 };
      let undecoded = 0;
      const problems: string[] = [];
      for (const video of set.videos) {
        const got = hashed.get(video.file);
        if (!got?.vpdq) {
          problems.push(`${video.file}: no vPDQ (${got?.note ?? got?.error})`);
          continue;
        }
        const reference = set.expected(video.name, '1s');
        const c = compareVpdq(video.name, got.vpdq, reference);
        // Chromium's H.264 and VP9 decoders give FFmpeg's YUV, and the app converts it as swscale
        // does for even heights (test/video-yuv.test.ts): there the text is the reference's, byte
        // for byte. An odd height goes through swscale's general scaler, which is not reproduced.
        if (video.height % 2 === 0 && got.vpdq !== reference)
          problems.push(`${video.file}: not byte-identical`);
        // Every H.264 video here has B-frames no other frame refers to: some are left out
        // undecoded (h264.ts), and the output is still the reference's. VP9: none.
        const h264 = /\.(mp4|mov)$/.test(video.file);
        if (h264 ? !(got.undecoded! > 0) : got.undecoded !== 0)
          problems.push(`${video.file}: ${got.undecoded} frames left undecoded`);
        undecoded += got.undecoded! || 0;
        problems.push(...c.problems);
        totals.frames += c.frames;
        totals.identical += c.identical;
        totals.bitsDiffer += c.bitsDiffer;
        totals.max = Math.max(totals.max, c.maxDistance);
        totals.maxQ80 = Math.max(totals.maxQ80, c.maxDistanceQ80);
        totals.maxQualityQ80 = Math.max(totals.maxQualityQ80, c.maxQualityDiffQ80);
        console.log(
          `# ${video.file}: ${c.frames} frames, ${c.identical} identical, ${c.bitsDiffer} bits differ in all, max ${c.maxDistance}`,
        );
        assert.equal(
          got.md5,
          createHash('md5')
            .update(readFileSync(join(set.root, 'videos', video.file)))
            .digest('hex'),
        );
      }
      console.log(
        `# ${set.name}: ${set.videos.length} videos, ${totals.frames} sampled frames, ${totals.identical} bit-identical, ` +
          `${totals.bitsDiffer} bits differ in all (max ${totals.max}; quality>=80: max ${totals.maxQ80} bits, ` +
          `max quality difference ${totals.maxQualityQ80}); ${undecoded} frames left undecoded; ${seconds.toFixed(1)} s for ${videoSeconds.toFixed(0)} s of video ` +
          `(${((seconds / videoSeconds) * 60).toFixed(1)} s per minute, page and MD5 included)`,
      );
      assert.deepEqual(problems, []);
    },
  );
}

test('only the fingerprint text and the MD5 leave the page: no video bytes in any request', async () => {
  const path = fixtureVideo('testsrc2_320x240_25fps.mp4');
  const video = readFileSync(path);
  const hashed = (await hashInBrowser([{ name: 'clip.mp4', buffer: video }])).get('clip.mp4');
  assert.ok(hashed?.vpdq, 'a vPDQ was made');
  const from = watched.requests.length;
  await page.getByLabel(/I understand that only the fingerprints/).check();
  await page.getByRole('button', { name: /^Send the fingerprints of 1 file$/ }).click();
  await page.getByTestId('case-number').waitFor();
  await page.locator('li.picked details summary').click();
  await page.screenshot({ path: join(SCREENSHOTS, 'stop-spreading-video-sent-1280.png'), fullPage: true });
  await page.setViewportSize({ width: 360, height: 800 });
  await page.screenshot({ path: join(SCREENSHOTS, 'stop-spreading-video-sent-360.png'), fullPage: true });
  await page.setViewportSize({ width: 1280, height: 800 });
  const sent = watched.requests.slice(from).filter((r) => r.body && r.body.length > 0);
  assert.equal(sent.length, 1, `one request with a body: ${sent.map((r) => r.url).join(', ')}`);
  const [request] = sent;
  assert.equal(new URL(request.url).pathname, '/v1/cases');
  const body = JSON.parse(request.body!.toString('utf8')) as unknown;
  assert.deepEqual(body, {
    fingerprints: [{ md5: createHash('md5').update(video).digest('hex'), vpdq: hashed.vpdq }],
    contentType: 'video',
  });
  assert.ok(request.body!.length < video.length, 'the request is smaller than the video');
  assertNoVideoBytesSent(watched.requests, video);
  await page.getByRole('button', { name: 'Clear the list' }).click();
});

test(
  'progress shows while a longer video is fingerprinted, and Stop stops it',
  { skip: ffmpegMissingReason() },
  async () => {
    const dir = mkdtempSync(join(tmpdir(), 'backstop-vpdq-e2e-'));
    try {
      const path = join(dir, 'long.mp4');
      // 4 minutes of 640x360 at 30 fps (7,200 frames): long enough to stop half-way.
      const video = makeLongVideo(path, '640x360', 240);
      await pick([{ name: 'long.mp4', buffer: video }]);
      const figure = page.locator('li.picked .progress-figure');
      await page.waitForFunction(
        () => {
          const text = document.querySelector('li.picked .progress-figure')?.textContent ?? '';
          const n = Number(text.replace('%', ''));
          return n >= 15 && n < 90;
        },
        undefined,
        { timeout: 120_000 },
      );
      assert.match((await figure.textContent()) ?? '', /^\d+%$/);
      await page.setViewportSize({ width: 360, height: 800 });
      await page.locator('li.picked').scrollIntoViewIfNeeded();
      await page.screenshot({
        path: join(SCREENSHOTS, 'stop-spreading-video-progress-360.png'),
        fullPage: false,
      });
      await page.setViewportSize({ width: 1280, height: 800 });
      await page.locator('li.picked').scrollIntoViewIfNeeded();
      await page.screenshot({ path: join(SCREENSHOTS, 'stop-spreading-video-progress-1280.png') });
      await page.getByRole('button', { name: 'Stop fingerprinting long.mp4' }).click();
      await finished();
      const item = (await readList()).get('long.mp4');
      assert.equal(item?.stopped, 'Stopped. Nothing was made or sent for this file.');
      assert.equal(item?.vpdq, undefined);
      assert.equal(item?.md5, undefined);
      assert.equal(
        await page.getByRole('button', { name: /^Send the fingerprints of 0 files$/ }).isDisabled(),
        true,
      );
      // The worker was stopped with it; the next video is fingerprinted by a new one.
      const next = (
        await hashInBrowser([
          { name: 'short.mp4', buffer: readFileSync(fixtureVideo('short_0.6s_320x240_30fps.mp4')) },
        ])
      ).get('short.mp4');
      assert.match(next?.vpdq ?? '', /^0,100,[0-9a-f]{64},0\.000\n$/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
);

test('a damaged, cut-off or fake video gets a clear message and only its MD5', async () => {
  const video = readFileSync(fixtureVideo('testsrc2_320x240_25fps.mp4'));
  const webm = readFileSync(fixtureVideo('oddsize_321x241_25fps.webm'));
  const garbled = Buffer.from(video);
  for (let i = 4096; i < garbled.length - 4096; i += 7) garbled[i] ^= 0x5a; // frames scrambled, boxes kept
  const files = [
    { name: 'cut-off.mp4', buffer: video.subarray(0, video.length >> 1) },
    { name: 'not-a-video.mp4', buffer: Buffer.from('This is a text file, not a video.\n'.repeat(100)) },
    { name: 'cut-off.webm', buffer: webm.subarray(0, 300) },
    { name: 'garbled.mp4', buffer: garbled },
  ];
  const hashed = await hashInBrowser(files);
  for (const file of files) {
    const item = hashed.get(file.name);
    assert.equal(item?.vpdq, undefined, `${file.name}: no vPDQ`);
    assert.equal(item?.md5, createHash('md5').update(file.buffer).digest('hex'), `${file.name}: its MD5`);
    assert.match(
      item?.note ?? '',
      /^This browser could not (read this video\. It may be damaged, cut off, or saved in a way this browser cannot open|find any pictures in this video\. It may be damaged, cut off, or sound only)\. So only the exact-file fingerprint \(MD5\) was made\. Nothing was sent\.$/,
      file.name,
    );
  }
  await page.screenshot({ path: join(SCREENSHOTS, 'stop-spreading-video-errors-1280.png'), fullPage: true });
  await page.setViewportSize({ width: 360, height: 800 });
  await page.screenshot({ path: join(SCREENSHOTS, 'stop-spreading-video-errors-360.png'), fullPage: true });
  await page.setViewportSize({ width: 1280, height: 800 });
});

test(
  'a video over 60 minutes or over 4K gets a clear message and only its MD5',
  { skip: ffmpegMissingReason() },
  async () => {
    const dir = mkdtempSync(join(tmpdir(), 'backstop-vpdq-e2e-'));
    try {
      const make = (name: string, args: string[]) => {
        const buffer = makeVideo(join(dir, name), [
          ...args,
          '-c:v',
          'libx264',
          '-preset',
          'ultrafast',
          '-pix_fmt',
          'yuv420p',
        ]);
        return { name, buffer };
      };
      // 61 minutes of a tiny picture at 1 frame a second: quick to make, and read without decoding.
      const long = make('long.mp4', ['-f', 'lavfi', '-i', 'color=c=gray:s=64x64:r=1:d=3660']);
      const huge = make('huge.mp4', ['-f', 'lavfi', '-i', 'testsrc2=s=5120x2160:r=1:d=1']);
      const hashed = await hashInBrowser([long, huge]);
      const md5 = (b: Buffer) => createHash('md5').update(b).digest('hex');
      assert.equal(hashed.get('long.mp4')?.vpdq, undefined);
      assert.equal(hashed.get('long.mp4')?.md5, md5(long.buffer));
      assert.equal(
        hashed.get('long.mp4')?.note,
        'This video is longer than 60 minutes, which is too long to fingerprint here. A shorter clip of it works. So only the exact-file fingerprint (MD5) was made. Nothing was sent.',
      );
      assert.equal(hashed.get('huge.mp4')?.vpdq, undefined);
      assert.equal(hashed.get('huge.mp4')?.md5, md5(huge.buffer));
      assert.equal(
        hashed.get('huge.mp4')?.note,
        "This video's pictures are too large to read on this device (5120x2160; the limit is 4K). So only the exact-file fingerprint (MD5) was made. Nothing was sent.",
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
);

test('the built hashing worker (mediabunny included) names no address it could fetch', () => {
  const assets = join(ROOT, 'dist/web/assets');
  const workers = readdirSync(assets).filter((f) => /^hash\.worker-.*\.js$/.test(f));
  assert.equal(workers.length, 1, 'one hashing worker in the build');
  const source = readFileSync(join(assets, workers[0]), 'utf8');
  assert.match(source, /VideoDecoder/, 'the video decoding is in it');
  const urls = [...new Set(source.match(/\b(https?|wss?):\/\/[^\s"'`)]*/g) ?? [])];
  // Only a licence comment (MPL, from mediabunny) and hash-wasm's error text mention addresses.
  const known = ['https://mozilla.org/MPL/2.0/.', 'https://www.npmjs.com/package/hash-wasm'];
  assert.deepEqual(
    urls.filter((u) => !known.includes(u)),
    [],
  );
});
