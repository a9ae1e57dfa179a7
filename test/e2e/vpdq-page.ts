// The Help app's "Stop the images spreading" list, read by the video e2e tests: pick videos, wait for
// the fingerprints, read them back, compare a vPDQ with the reference's, and check no video bytes
// were sent.
import assert from '../assert.ts';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { hammingDistance } from '../../src/core/pdq/index.ts';
import { parseVpdq } from '../../src/core/vpdq/index.ts';
import {
  buildWebApp,
  launchBrowser,
  startServer,
  watchRequests,
  type RecordedRequest,
  type RunningServer,
  type WatchedRequests,
} from './harness.ts';

export interface StopSpreadingPage {
  server: RunningServer;
  browser: Browser;
  context: BrowserContext;
  page: Page;
  watched: WatchedRequests;
}

/**
 * The Help app's "Stop the images spreading" page on a fresh server and browser, with every request
 * watched; `prepare` may change the context (e.g. route the worker's script) before the page opens.
 */
export async function openStopSpreading(
  prepare?: (context: BrowserContext) => Promise<void>,
): Promise<StopSpreadingPage> {
  buildWebApp();
  const server = await startServer();
  const browser = await launchBrowser();
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-GB' });
  const watched = await watchRequests(context, server.origin);
  await prepare?.(context);
  const page = await context.newPage();
  await page.goto(`${server.origin}/stop-spreading`);
  await page.locator('h1').first().waitFor();
  return { server, browser, context, page, watched };
}

/** Checks no request left the Backstop server, then closes the browser and the server. */
export async function closeStopSpreading(opened: Partial<StopSpreadingPage>): Promise<void> {
  assert.deepEqual(opened.watched?.blocked ?? [], [], 'no request left the Backstop server');
  await opened.browser?.close();
  await opened.server?.stop();
}

export interface Hashed {
  name: string;
  vpdq?: string;
  /** Frames the app left out undecoded (H.264 frames no other one needs, not hashed). */
  undecoded?: number;
  md5?: string;
  note?: string;
  error?: string;
  stopped?: string;
}

const mimeOf = (name: string) =>
  /\.webm$/i.test(name) ? 'video/webm' : /\.mov$/i.test(name) ? 'video/quicktime' : 'video/mp4';

export async function pick(page: Page, files: { name: string; buffer: Buffer }[]): Promise<void> {
  const clear = page.getByRole('button', { name: 'Clear the list' });
  if (await clear.isVisible()) await clear.click();
  await page
    .getByLabel('Choose pictures or videos from this device')
    .setInputFiles(files.map((f) => ({ name: f.name, mimeType: mimeOf(f.name), buffer: f.buffer })));
}

export async function finished(page: Page): Promise<void> {
  await page
    .getByRole('status')
    .or(page.getByRole('alert'))
    .getByText(/^(Fingerprints ready for|No fingerprints could be made|Stopped)/)
    .waitFor({ timeout: 600_000 });
}

export async function readList(page: Page): Promise<Map<string, Hashed>> {
  // No named helpers inside: tsx would wrap them in a __name() the page does not have.
  const items = await page.locator('li.picked').evaluateAll((lis) =>
    lis.map((li) => {
      const dts = Array.from(li.querySelectorAll('dl.fingerprints dt'));
      return {
        name: li.querySelector('.picked-name')?.textContent ?? '',
        vpdq:
          dts.find((dt) => dt.textContent === 'vPDQ')?.nextElementSibling?.querySelector('pre')
            ?.textContent ?? undefined,
        undecoded: Number(
          dts
            .find((dt) => dt.textContent === 'vPDQ')
            ?.nextElementSibling?.querySelector('pre')
            ?.getAttribute('data-undecoded') ?? 'NaN',
        ),
        md5:
          dts.find((dt) => dt.textContent === 'MD5')?.nextElementSibling?.querySelector('code')
            ?.textContent ?? undefined,
        note: li.querySelector('.hint:not(.picked-stopped)')?.textContent ?? undefined,
        error: li.querySelector('.status-error-text')?.textContent ?? undefined,
        stopped: li.querySelector('.picked-stopped')?.textContent ?? undefined,
      };
    }),
  );
  return new Map(items.map((item) => [item.name, item]));
}

export async function hashInPage(
  page: Page,
  files: { name: string; buffer: Buffer }[],
): Promise<Map<string, Hashed>> {
  await pick(page, files);
  await finished(page);
  return readList(page);
}

export interface Comparison {
  problems: string[];
  frames: number;
  identical: number;
  bitsDiffer: number;
  maxDistance: number;
  maxDistanceQ80: number;
  maxQualityDiffQ80: number;
}

/**
 * The browser's vPDQ against the reference's: the same frame numbers and printed timestamps, and
 * for frames of reference quality >= 80 at most 10 bits and 5 quality points apart (the README's
 * gate); frames of quality 50-79 at most 31 bits (matching's limit); frames under 50 not gated.
 */
export function compareVpdq(name: string, browserText: string, referenceText: string): Comparison {
  const got = parseVpdq(browserText);
  const want = parseVpdq(referenceText);
  const result: Comparison = {
    problems: [],
    frames: want.length,
    identical: 0,
    bitsDiffer: 0,
    maxDistance: 0,
    maxDistanceQ80: 0,
    maxQualityDiffQ80: 0,
  };
  const gotLines = browserText.trimEnd().split('\n');
  const wantLines = referenceText.trimEnd().split('\n');
  if (got.length !== want.length)
    result.problems.push(`${name}: ${got.length} frames, reference ${want.length}`);
  for (let i = 0; i < Math.min(got.length, want.length); i++) {
    const [g, w] = [got[i], want[i]];
    const timestamp = (line: string) => line.split(',')[3];
    if (g.frameNumber !== w.frameNumber || timestamp(gotLines[i]) !== timestamp(wantLines[i])) {
      result.problems.push(`${name}: line ${i + 1} is ${gotLines[i]}, reference ${wantLines[i]}`);
      continue;
    }
    const distance = hammingDistance(g.pdq, w.pdq);
    if (distance === 0 && g.quality === w.quality) result.identical += 1;
    result.bitsDiffer += distance;
    result.maxDistance = Math.max(result.maxDistance, distance);
    if (w.quality >= 80) {
      result.maxDistanceQ80 = Math.max(result.maxDistanceQ80, distance);
      result.maxQualityDiffQ80 = Math.max(result.maxQualityDiffQ80, Math.abs(g.quality - w.quality));
      if (distance > 10 || Math.abs(g.quality - w.quality) > 5) {
        result.problems.push(
          `${name}: frame ${w.frameNumber} is ${distance} bits / quality ${g.quality} vs ${w.quality}`,
        );
      }
    } else if (w.quality >= 50 && distance > 31) {
      result.problems.push(`${name}: frame ${w.frameNumber} (quality ${w.quality}) is ${distance} bits away`);
    }
  }
  return result;
}
export function evalRate(rate: string): number {
  const [num, den = '1'] = rate.split('/');
  return Number(num) / Number(den);
}

/** No 32-byte run of the video (taken every 512 bytes) appears in any request, raw or base64. */
export function assertNoVideoBytesSent(requests: RecordedRequest[], video: Buffer): void {
  const everything = Buffer.concat(requests.map((r) => r.body ?? Buffer.alloc(0)));
  const asText = everything.toString('latin1');
  for (let at = 0; at + 32 <= video.length; at += 512) {
    const run = video.subarray(at, at + 32);
    assert.equal(everything.indexOf(run), -1, `video bytes at ${at} were sent`);
    assert.equal(
      asText.includes(run.toString('base64').slice(4, 36)),
      false,
      `video bytes at ${at} were sent as base64`,
    );
  }
}

/** Makes a test video with ffmpeg (`ffmpeg -v error ARGS -y PATH`) and returns its bytes. */
export function makeVideo(path: string, args: string[]): Buffer {
  const made = spawnSync('ffmpeg', ['-v', 'error', ...args, '-y', path], { encoding: 'utf8' });
  assert.equal(made.status, 0, made.stderr);
  return readFileSync(path);
}

/** A long, cheap test video (lavfi testsrc2 at 30 fps, x264 ultrafast, crf 35): for progress and Stop. */
export function makeLongVideo(path: string, size: string, seconds: number): Buffer {
  return makeVideo(path, [
    '-f',
    'lavfi',
    '-i',
    `testsrc2=s=${size}:r=30:d=${seconds}`,
    '-c:v',
    'libx264',
    '-preset',
    'ultrafast',
    '-crf',
    '35',
    '-pix_fmt',
    'yuv420p',
  ]);
}
