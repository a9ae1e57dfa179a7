// The Help app's `<video>`-element fallback, for browsers whose hashing worker can read a video's
// packets but not decode them (no WebCodecs, or not this codec). Debian's chromium has WebCodecs, so
// the test takes it away from the hashing worker (its script is served with `VideoDecoder` deleted
// first, as in a browser without it); the page then steps a `<video>` through the reference's frames.
// Checked: the reference's frame numbers and timestamps, hashes close to the reference's (measured and
// printed; the gate is every frame within 40 bits, which a wrong or blank frame fails), the honest
// note, progress and Stop, and that no video bytes leave the page.
import { after, before, test } from 'node:test';
import assert from '../assert.ts';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { hammingDistance } from '../../src/core/pdq/index.ts';
import { matchVpdq, parseVpdq } from '../../src/core/vpdq/index.ts';
import { ffmpegMissingReason } from '../../src/node/video/index.ts';
import { fixtureVideo, vpdqConformanceSets } from '../fixtures/vpdq/conformance.ts';
import { phoneAndDesktopScreenshots, type WatchedRequests } from './harness.ts';
import {
  assertNoVideoBytesSent,
  makeLongVideo,
  makeVideo,
  closeStopSpreading,
  openStopSpreading,
  type StopSpreadingPage,
  compareVpdq,
  evalRate,
  finished,
  hashInPage,
  pick,
  readList,
} from './vpdq-page.ts';

const NOTE =
  'This browser cannot take this video apart directly, so its fingerprint was made by playing it through, picture by picture. It may differ a little from the one apps make of the same video, so it may find fewer copies.';

let opened: Partial<StopSpreadingPage> = {};
let page: Page;
let watched: WatchedRequests;

before(async () => {
  opened = await openStopSpreading(async (context) => {
    // Registered after watchRequests, so it runs first for the hashing worker's script.
    await context.route(/\/assets\/hash\.worker-[^/]+\.js$/, async (route) => {
      const original = await route.fetch();
      await route.fulfill({
        response: original,
        body: `delete globalThis.VideoDecoder;\n${await original.text()}`,
      });
    });
  });
  ({ page, watched } = opened as StopSpreadingPage);
});

after(() => closeStopSpreading(opened));

test('the hashing worker has no VideoDecoder here (the fallback is what is tested)', async () => {
  const worker = await new Promise<import('playwright-core').Worker>((resolve) => {
    page.once('worker', resolve);
    void pick(page, [
      { name: 'clip.mp4', buffer: readFileSync(fixtureVideo('short_0.6s_320x240_30fps.mp4')) },
    ]);
  });
  assert.equal(await worker.evaluate(() => typeof VideoDecoder), 'undefined');
  await finished(page);
});

for (const set of vpdqConformanceSets()) {
  test(
    `<video> fallback: the reference's frames, hashes close to the reference's: ${set.name}`,
    { skip: set.skip, timeout: 900_000 },
    async () => {
      const files = set.videos.map((v) => ({
        name: v.file,
        buffer: readFileSync(join(set.root, 'videos', v.file)),
      }));
      const started = Date.now();
      const hashed = await hashInPage(page, files);
      const seconds = (Date.now() - started) / 1000;
      const videoSeconds = set.videos.reduce((sum, v) => sum + v.decodedFrames / evalRate(v.avgFrameRate), 0);
      const totals = {
        frames: 0,
        identical: 0,
        bitsDiffer: 0,
        max: 0,
        maxQ80: 0,
        maxQualityQ80: 0,
        usable: 0,
        matched: 0,
      };
      const problems: string[] = [];
      for (const video of set.videos) {
        const got = hashed.get(video.file);
        if (!got?.vpdq) {
          problems.push(`${video.file}: no vPDQ (${got?.note ?? got?.error})`);
          continue;
        }
        assert.equal(got.note, NOTE, `${video.file}: says how it was made`);
        assert.equal(
          got.md5,
          createHash('md5')
            .update(readFileSync(join(set.root, 'videos', video.file)))
            .digest('hex'),
        );
        const reference = set.expected(video.name, '1s');
        const c = compareVpdq(video.name, got.vpdq, reference);
        // Frame numbers and timestamps must be the reference's; the bit gates of compareVpdq are
        // reported, not enforced: the browser's own colour conversion applies here.
        problems.push(...c.problems.filter((p) => / is \d+,/.test(p) || /frames, reference/.test(p)));
        // Every frame within 40 bits of the reference's (unrelated frames are about 128 apart): a
        // wrong, blank or half-drawn frame fails. Matching against the reference's vPDQ is printed:
        // the browser's colour conversion can move a frame past the matcher's 31 bits.
        const got1 = parseVpdq(got.vpdq);
        parseVpdq(reference).forEach((w, i) => {
          const distance = got1[i] ? hammingDistance(got1[i].pdq, w.pdq) : 256;
          if (distance > 40) problems.push(`${video.file}: frame ${w.frameNumber} is ${distance} bits away`);
        });
        const match = matchVpdq(got1, parseVpdq(reference));
        const usable = parseVpdq(reference).some((f) => f.quality >= 50);
        if (usable && match.queryMatchPercent >= 80 && match.comparedMatchPercent >= 80) totals.matched += 1;
        if (usable) totals.usable += 1;
        totals.frames += c.frames;
        totals.identical += c.identical;
        totals.bitsDiffer += c.bitsDiffer;
        totals.max = Math.max(totals.max, c.maxDistance);
        totals.maxQ80 = Math.max(totals.maxQ80, c.maxDistanceQ80);
        totals.maxQualityQ80 = Math.max(totals.maxQualityQ80, c.maxQualityDiffQ80);
        console.log(
          `# ${video.file}: ${c.frames} frames, ${c.identical} identical, ${c.bitsDiffer} bits differ in all, max ${c.maxDistance}, ` +
            `match ${usable ? `${match.queryMatchPercent.toFixed(0)}%/${match.comparedMatchPercent.toFixed(0)}%` : 'n/a (quality < 50)'}`,
        );
      }
      console.log(
        `# <video> fallback, ${set.name}: ${set.videos.length} videos, ${totals.frames} sampled frames, ${totals.identical} bit-identical, ` +
          `${totals.bitsDiffer} bits differ in all (mean ${(totals.bitsDiffer / totals.frames).toFixed(1)}, max ${totals.max}; ` +
          `quality>=80: max ${totals.maxQ80} bits, max quality difference ${totals.maxQualityQ80}); ` +
          `${totals.matched} of ${totals.usable} videos with frames of quality >= 50 match the reference's vPDQ at 80% both ways; ` +
          `${seconds.toFixed(1)} s for ${videoSeconds.toFixed(0)} s of video`,
      );
      assert.deepEqual(problems, []);
    },
  );
}

test('<video> fallback: only the fingerprint text and the MD5 leave the page', async () => {
  const video = readFileSync(fixtureVideo('testsrc2_320x240_25fps.mp4'));
  const hashed = (await hashInPage(page, [{ name: 'clip.mp4', buffer: video }])).get('clip.mp4');
  assert.ok(hashed?.vpdq, 'a vPDQ was made');
  assert.equal(hashed.note, NOTE);
  const from = watched.requests.length;
  await page.getByLabel(/I understand that only the fingerprints/).check();
  await page.getByRole('button', { name: /^Send the fingerprints of 1 file$/ }).click();
  await page.getByTestId('case-number').waitFor();
  const sent = watched.requests.slice(from).filter((r) => r.body && r.body.length > 0);
  assert.equal(sent.length, 1, `one request with a body: ${sent.map((r) => r.url).join(', ')}`);
  assert.equal(new URL(sent[0].url).pathname, '/v1/cases');
  assert.deepEqual(JSON.parse(sent[0].body!.toString('utf8')), {
    fingerprints: [{ md5: createHash('md5').update(video).digest('hex'), vpdq: hashed.vpdq }],
    contentType: 'video',
  });
  assertNoVideoBytesSent(watched.requests, video);
  await page.getByRole('button', { name: 'Clear the list' }).click();
});

test('<video> fallback: progress shows, Stop stops it', { skip: ffmpegMissingReason() }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'backstop-vpdq-fallback-'));
  try {
    const path = join(dir, 'long.mp4');
    // 3 minutes of 640x360 (180 sampled frames, each a seek): long enough to stop half-way.
    const video = makeLongVideo(path, '640x360', 180);
    await pick(page, [{ name: 'long.mp4', buffer: video }]);
    await page.waitForFunction(
      () => {
        const n = Number(document.querySelector('li.picked .progress-figure')?.textContent?.replace('%', ''));
        return n >= 20 && n < 90;
      },
      undefined,
      { timeout: 300_000 },
    );
    await page.locator('li.picked').scrollIntoViewIfNeeded();
    await phoneAndDesktopScreenshots(page, 'stop-spreading-video-fallback-progress');
    await page.getByRole('button', { name: 'Stop fingerprinting long.mp4' }).click();
    await finished(page);
    const item = (await readList(page)).get('long.mp4');
    assert.equal(item?.stopped, 'Stopped. Nothing was made or sent for this file.');
    assert.equal(item?.vpdq, undefined);
    // The next video is fingerprinted as usual.
    const next = (
      await hashInPage(page, [
        { name: 'short.mp4', buffer: readFileSync(fixtureVideo('short_0.6s_320x240_30fps.mp4')) },
      ])
    ).get('short.mp4');
    assert.match(next?.vpdq ?? '', /^0,\d+,[0-9a-f]{64},0\.000\n$/);
    assert.equal(next?.note, NOTE);
    await page.locator('li.picked details summary').click();
    await phoneAndDesktopScreenshots(page, 'stop-spreading-video-fallback-done');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test(
  '<video> fallback: a video the element cannot play either (HEVC here) keeps its MD5 and the reason',
  { skip: ffmpegMissingReason() },
  async () => {
    const hevc = 'video/mp4; codecs="hvc1.1.6.L63.90"';
    if (await page.evaluate((type) => document.createElement('video').canPlayType(type), hevc)) {
      assert.fail(`this chromium says it may play ${hevc}: pick another codec it lacks for this test`);
    }
    const dir = mkdtempSync(join(tmpdir(), 'backstop-vpdq-fallback-'));
    try {
      const path = join(dir, 'iphone.mp4');
      const buffer = makeVideo(path, [
        '-f',
        'lavfi',
        '-i',
        'testsrc2=s=320x240:r=30:d=2',
        '-c:v',
        'libx265',
        '-x265-params',
        'log-level=error',
        '-tag:v',
        'hvc1',
        '-pix_fmt',
        'yuv420p',
      ]);
      const item = (await hashInPage(page, [{ name: 'iphone.mp4', buffer }])).get('iphone.mp4');
      assert.equal(item?.vpdq, undefined);
      assert.equal(item?.md5, createHash('md5').update(buffer).digest('hex'));
      assert.equal(
        item?.note,
        'This browser cannot take videos apart (it has no WebCodecs). A recent Chrome, Edge, Firefox or Safari can. So only the exact-file fingerprint (MD5) was made. Nothing was sent.',
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
);
