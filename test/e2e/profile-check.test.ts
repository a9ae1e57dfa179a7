// End-to-end test of Check a profile: the page fingerprints the photo in the browser and asks the
// public POST /v1/profile-check whether it is in SCAM_PROFILE_PHOTOS. Only fingerprints may leave.
import { after, before, test } from 'node:test';
import assert from '../assert.ts';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import sharp from 'sharp';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { hammingDistance } from '../../src/core/pdq/index.ts';
import { hashImage } from '../../src/node/image/index.ts';
import { fixturePath } from '../fixtures/pdq/conformance.ts';
import {
  buildWebApp,
  launchBrowser,
  SCREENSHOTS,
  startServer,
  type RecordedRequest,
  type RunningServer,
  watchRequests,
} from './harness.ts';

const SCAM_PHOTO = fixturePath('images/bridge-mods/aaa-orig.jpg');
// A mirrored copy, re-encoded (as a scammer's reposted copy would be); written in `before`.
const SCAM_PHOTO_MIRRORED = join(mkdtempSync(join(tmpdir(), 'backstop-profile-check-')), 'mirrored.jpg');
const OTHER_PHOTO = fixturePath('images/reg-test-input/labelme-subset/q0122.jpg');
const PLAIN_PHOTO = fixturePath('images/reg-test-input/labelme-subset/q0003.jpg');
const MATCH_HEADING = 'This photo has been used by accounts that blackmail people';
const NO_MATCH_HEADING = 'This photo is not in our list';
const CHECK = 'Check the photo against our list';

let server: RunningServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let scamPdq: string;
let requests: RecordedRequest[] = [];
let blocked: string[] = [];

before(async () => {
  await sharp(SCAM_PHOTO).flop().jpeg({ quality: 90 }).toFile(SCAM_PHOTO_MIRRORED);
  buildWebApp();
  server = await startServer({ adminKey: true });
  assert.ok(server.adminKey, 'the harness made an admin key');
  // The bank is filled the way a curator does it: the PDQ made by the server-side hasher.
  scamPdq = (await hashImage(SCAM_PHOTO)).pdq;
  const added = await fetch(`${server.origin}/v1/banks/SCAM_PROFILE_PHOTOS/content`, {
    method: 'POST',
    headers: { authorization: `Bearer ${server.adminKey}`, 'content-type': 'application/json' },
    body: JSON.stringify({ signals: { pdq: scamPdq }, metadata: { contentType: 'photo' } }),
  });
  assert.equal(added.status, 201, await added.text());

  browser = await launchBrowser();
  context = await browser.newContext({
    viewport: { width: 360, height: 740 },
    serviceWorkers: 'block',
    locale: 'en-GB',
  });
  ({ requests, blocked } = await watchRequests(context, server.origin));
  page = await context.newPage();
  await page.goto(`${server.origin}/check-profile`);
  await page.locator('h1').first().waitFor();
});

after(async () => {
  await context?.close();
  await browser?.close();
  await server?.stop();
  rmSync(dirname(SCAM_PHOTO_MIRRORED), { recursive: true, force: true });
});

/** Chooses a photo, waits for its fingerprint, and presses the check button. */
async function chooseAndCheck(path: string) {
  await page.getByLabel('Choose their profile photo').setInputFiles(path);
  await page.getByText('Fingerprint ready. Nothing has been sent yet.').waitFor();
  await page.getByRole('button', { name: CHECK }).click();
}

const fingerprintShown = () => page.locator('code.hash').textContent();

test('a photo in the scam-profile-photo bank: the match message and what to do next', async () => {
  await chooseAndCheck(SCAM_PHOTO);
  await page.getByRole('heading', { name: MATCH_HEADING }).waitFor();
  const result = page.locator('section.result');
  const text = (await result.textContent()) ?? '';
  assert.match(text, /Do not send them anything/);
  assert.match(text, /Do not pay/);
  assert.match(text, /Save evidence first/);
  assert.match(text, /block and report/);
  for (const [name, href] of [
    ['Save evidence', '/evidence'],
    ['How to report it', '/report'],
    ['a helpline', '/support'],
  ]) {
    assert.equal(await result.getByRole('link', { name, exact: true }).getAttribute('href'), href);
  }
  const browserPdq = (await fingerprintShown()) ?? '';
  assert.ok(hammingDistance(browserPdq, scamPdq) <= 10, 'browser and server fingerprints agree');
  await page.screenshot({ path: join(SCREENSHOTS, 'check-profile-match-phone.png'), fullPage: true });
});

test('the same photo mirrored also matches (the rotated and mirrored fingerprints are checked)', async () => {
  const mirrored = (await hashImage(SCAM_PHOTO_MIRRORED)).pdq;
  assert.ok(hammingDistance(mirrored, scamPdq) > 31, 'the mirror alone would not match');
  await chooseAndCheck(SCAM_PHOTO_MIRRORED);
  await page.getByRole('heading', { name: MATCH_HEADING }).waitFor();
});

test('a different photo: not in the list, which does not prove the profile is real', async () => {
  assert.ok(hammingDistance((await hashImage(OTHER_PHOTO)).pdq, scamPdq) > 31);
  await chooseAndCheck(OTHER_PHOTO);
  await page.getByRole('heading', { name: NO_MATCH_HEADING }).waitFor();
  assert.equal(await page.getByRole('heading', { name: MATCH_HEADING }).count(), 0);
  const text = (await page.locator('section.result').textContent()) ?? '';
  assert.match(text, /does not prove the profile is real/);
  assert.match(text, /Search for the photo/);
  assert.doesNotMatch(text, /\bsafe\b/i);
  await page.screenshot({ path: join(SCREENSHOTS, 'check-profile-no-match-phone.png'), fullPage: true });
});

test('a photo too plain to check says so', async () => {
  await chooseAndCheck(PLAIN_PHOTO);
  await page.getByText('This photo is too plain to check.').waitFor();
  assert.equal(await page.locator('section.result').count(), 0);
});

test('server unreachable: a kind message, the fingerprint stays, and trying again works', async () => {
  await page.getByLabel('Choose their profile photo').setInputFiles(SCAM_PHOTO);
  await page.getByText('Fingerprint ready. Nothing has been sent yet.').waitFor();
  const before = await fingerprintShown();
  await page.route('**/v1/profile-check', (route) => route.abort('connectionrefused'));
  await page.getByRole('button', { name: CHECK }).click();
  await page
    .getByRole('alert')
    .getByText(/We could not reach the Backstop server/)
    .waitFor();
  assert.equal(await fingerprintShown(), before, 'the fingerprint is still on the page');
  await page.unroute('**/v1/profile-check');
  await page.getByRole('button', { name: CHECK }).click();
  await page.getByRole('heading', { name: MATCH_HEADING }).waitFor();
});

test('a server with the check turned off (404) says so and points to the photo searches', async () => {
  await page.route('**/v1/profile-check', (route) =>
    route.fulfill({
      status: 404,
      contentType: 'application/json',
      body: JSON.stringify({
        error: { code: 'not_found', message: 'There is no POST /v1/profile-check route.' },
      }),
    }),
  );
  await page.getByRole('button', { name: CHECK }).click();
  await page
    .getByRole('alert')
    .getByText(/does not check profile photos/)
    .waitFor();
  await page.unroute('**/v1/profile-check');
});

test('only fingerprints were sent: no image bytes in any request, nothing to other sites', async () => {
  assert.deepEqual(blocked, [], 'no request to another origin');
  const files = [SCAM_PHOTO, SCAM_PHOTO_MIRRORED, OTHER_PHOTO, PLAIN_PHOTO].map((f) => readFileSync(f));
  // Pieces from the middle of each file (past the shared JPEG headers), raw and as base64.
  const pieces = files.flatMap((bytes) => {
    const middle = bytes.subarray(bytes.length >> 1, (bytes.length >> 1) + 48);
    return [middle, Buffer.from(middle.toString('base64'))];
  });
  const checks = requests.filter((r) => r.url === `${server.origin}/v1/profile-check`);
  assert.ok(checks.length >= 5, `the page asked ${checks.length} times`);
  for (const request of requests) {
    assert.ok(request.url.startsWith(server.origin + '/'), request.url);
    if (!request.body) continue;
    for (const piece of pieces)
      assert.equal(request.body.indexOf(piece), -1, `image bytes sent to ${request.url}`);
  }
  for (const request of checks) {
    assert.equal(request.method, 'POST');
    const body = JSON.parse(request.body!.toString('utf8')) as Record<string, unknown>;
    assert.deepEqual(Object.keys(body).sort(), ['pdq', 'quality', 'variants']);
    assert.match(String(body.pdq), /^[0-9a-f]{64}$/);
    assert.ok(Array.isArray(body.variants) && body.variants.length === 7);
    for (const v of body.variants as unknown[]) assert.match(String(v), /^[0-9a-f]{64}$/);
    assert.equal(typeof body.quality, 'number');
    assert.ok(request.body!.length < 1024, `${request.body!.length} bytes`);
  }
});
