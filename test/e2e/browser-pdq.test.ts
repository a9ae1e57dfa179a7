// The Help app's own hashing worker, in Debian's chromium, must give the same PDQ as `backstop hash`
// (hashImage, the reference's hash) on every PDQ conformance original: pixels as stored, with no EXIF
// rotation, colour management, PNG gamma or premultiplied alpha, and no shrinking of large pictures.
import { after, before, test } from 'node:test';
import assert from '../assert.ts';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import sharp from 'sharp';
import { hashImage } from '../../src/node/image/index.ts';
import { conformanceSets, fixturePath } from '../fixtures/pdq/conformance.ts';
import { buildWebApp, launchBrowser, startServer, type RunningServer, watchRequests } from './harness.ts';

let server: RunningServer;
let browser: Browser;
let page: Page;
let blocked: string[] = [];

before(async () => {
  buildWebApp();
  server = await startServer();
  browser = await launchBrowser();
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-GB' });
  ({ blocked } = await watchRequests(context, server.origin));
  page = await context.newPage();
  await page.goto(`${server.origin}/stop-spreading`);
  await page.locator('h1').first().waitFor();
});

after(async () => {
  assert.deepEqual(blocked, [], 'no request left the Backstop server');
  await browser?.close();
  await server?.stop();
});

interface Hashed {
  name: string;
  pdq?: string;
  note?: string;
  error?: string;
}

/** Fingerprints the files on the Stop the images spreading page (the app's worker) and reads them. */
async function hashInBrowser(files: { name: string; buffer: Buffer }[]): Promise<Map<string, Hashed>> {
  const clear = page.getByRole('button', { name: 'Clear the list' });
  if (await clear.isVisible()) await clear.click();
  await page
    .getByLabel('Choose pictures or videos from this device')
    // The full set is tens of megabytes through the protocol: on a loaded host that outlasts the
    // default 30 s.
    .setInputFiles(
      files.map((f) => ({ name: f.name, mimeType: mimeOf(f.name), buffer: f.buffer })),
      { timeout: 300_000 },
    );
  await page
    .getByRole('status')
    .or(page.getByRole('alert'))
    .getByText(/^(Fingerprints ready for|No fingerprints could be made|Fingerprints ready for \d+ of)/)
    .waitFor({ timeout: 600_000 });
  const items = await page.locator('li.picked').evaluateAll((lis) =>
    lis.map((li) => ({
      name: li.querySelector('.picked-name')?.textContent ?? '',
      pdq:
        Array.from(li.querySelectorAll('dl.fingerprints dt'))
          .find((dt) => dt.textContent === 'PDQ')
          ?.nextElementSibling?.querySelector('code')?.textContent ?? undefined,
      note: li.querySelector('.hint')?.textContent ?? undefined,
      error: li.querySelector('.status-error-text')?.textContent ?? undefined,
    })),
  );
  assert.equal(items.length, files.length, 'one entry per file');
  return new Map(items.map((item) => [item.name, item]));
}

function mimeOf(name: string): string {
  if (/\.png$/i.test(name)) return 'image/png';
  if (/\.webp$/i.test(name)) return 'image/webp';
  if (/\.tiff?$/i.test(name)) return 'image/tiff';
  return 'image/jpeg';
}

/** Every file's browser PDQ against hashImage's; returns the names whose PDQ differs or is missing. */
async function compare(paths: { name: string; buffer: Buffer }[]): Promise<string[]> {
  const browserHashes = await hashInBrowser(paths);
  const wrong: string[] = [];
  for (const file of paths) {
    const expected = (await hashImage(file.buffer)).pdq;
    const got = browserHashes.get(file.name);
    if (got?.pdq !== expected) {
      wrong.push(
        `${file.name}: browser ${got?.pdq ?? `no PDQ (${got?.note ?? got?.error})`}, backstop hash ${expected}`,
      );
    }
  }
  return wrong;
}

for (const set of conformanceSets()) {
  test(
    `browser PDQ equals backstop hash on every conformance original: ${set.name}`,
    { skip: set.skip },
    async () => {
      const files = set.cases.map((c, i) => ({
        name: `${String(i).padStart(2, '0')}-${basename(c.image)}`,
        buffer: readFileSync(`${set.root}/${c.image}`),
      }));
      assert.ok(
        files.some((f) => /exif-rotn-[368]/.test(f.name)),
        'a photo with an EXIF rotation is included',
      );
      const wrong = await compare(files);
      assert.deepEqual(wrong, [], `${wrong.length} of ${files.length} differ`);
    },
  );
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function pngChunk(type: string, data: Buffer): Buffer {
  const chunk = Buffer.alloc(12 + data.length);
  chunk.writeUInt32BE(data.length, 0);
  chunk.write(type, 4, 'latin1');
  data.copy(chunk, 8);
  let crc = 0xffffffff;
  for (const byte of chunk.subarray(4, 8 + data.length)) crc = crcTable[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  chunk.writeUInt32BE((crc ^ 0xffffffff) >>> 0, 8 + data.length);
  return chunk;
}

/** The PNG with extra chunks right after IHDR (which always ends at byte 33). */
const withChunks = (png: Buffer, ...chunks: Buffer[]) =>
  Buffer.concat([png.subarray(0, 33), ...chunks, png.subarray(33)]);
const u32 = (n: number) => Buffer.from([n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255]);

test('browser PDQ equals backstop hash on PNGs with gamma, colour chunks, 16 bits or see-through pixels', async () => {
  const photo = fixturePath('images/bridge-mods/aaa-orig.jpg');
  const png = await sharp(photo).png().toBuffer();
  const chrm = Buffer.concat([31270, 32900, 64000, 33000, 30000, 60000, 15000, 6000].map(u32));
  const { data, info } = await sharp(photo).raw().toBuffer({ resolveWithObject: true });
  const rgba = Buffer.alloc(info.width * info.height * 4);
  for (let i = 0, j = 0; i < data.length; i += 3, j += 4) {
    data.copy(rgba, j, i, i + 3);
    rgba[j + 3] = Math.floor((((j / 4) % info.width) * 255) / info.width); // 0 on the left, 254 on the right
  }
  const files = [
    { name: 'gamma-1.0.png', buffer: withChunks(png, pngChunk('gAMA', u32(100000))) },
    { name: 'gamma-0.22.png', buffer: withChunks(png, pngChunk('gAMA', u32(22000))) },
    { name: 'gamma-chrm.png', buffer: withChunks(png, pngChunk('gAMA', u32(30000)), pngChunk('cHRM', chrm)) },
    {
      name: 'grey-gamma.png',
      buffer: withChunks(await sharp(photo).grayscale().png().toBuffer(), pngChunk('gAMA', u32(100000))),
    },
    { name: 'rgb16.png', buffer: await sharp(photo).toColourspace('rgb16').png().toBuffer() },
    {
      name: 'see-through.png',
      buffer: await sharp(rgba, { raw: { width: info.width, height: info.height, channels: 4 } })
        .png()
        .toBuffer(),
    },
  ];
  const wrong = await compare(files);
  assert.deepEqual(wrong, [], `${wrong.length} of ${files.length} differ`);
});

test('a picture over 24 megapixels gets the same PDQ as backstop hash (not one of a shrunk copy)', async () => {
  // Fine detail (random 2x2 blocks), where any smoothing before the reference's nearest-neighbour
  // resize picks other values than the reference does.
  const width = 5200;
  const height = 4800;
  const grey = Buffer.alloc(width * height);
  let seed = 12345;
  for (let y = 0; y < height; y += 2) {
    for (let x = 0; x < width; x += 2) {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      const v = seed >>> 24;
      grey[y * width + x] =
        grey[y * width + x + 1] =
        grey[(y + 1) * width + x] =
        grey[(y + 1) * width + x + 1] =
          v;
    }
  }
  const big = await sharp(grey, { raw: { width, height, channels: 1 } })
    .jpeg({ quality: 90 })
    .toBuffer();
  const wrong = await compare([{ name: 'big-25mp.jpg', buffer: big }]);
  assert.deepEqual(wrong, []);
});

test('a TIFF (which Chromium cannot decode, the CLI can): MD5 only and a clear note, never a PDQ', async () => {
  const tiff = await sharp(fixturePath('images/bridge-mods/square-256x256.jpg')).tiff().toBuffer();
  assert.match((await hashImage(tiff)).pdq, /^[0-9a-f]{64}$/, 'backstop hash reads it');
  const hashed = (await hashInBrowser([{ name: 'scan.tiff', buffer: tiff }])).get('scan.tiff');
  assert.equal(hashed?.pdq, undefined, 'no PDQ made in the browser');
  assert.match(
    hashed?.note ?? '',
    /could not open this picture \(it may be a HEIC photo, a TIFF or damaged\)/,
  );
});
