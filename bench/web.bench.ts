// The Help app on a cheap phone: Debian's chromium with the CPU slowed down (DevTools CPU throttling)
// and a slow mobile network, against the real server on loopback. Measures the first visit, a
// repeat visit served by the service worker, and the three heavy things a user does on the device:
// making the locker (PBKDF2, 600,000 iterations), fingerprinting a 12 MP photo (bench:hash's first
// one; PDQ + MD5 in the worker) and checking a long chat (the risk engine, loaded on first use).
// `npm run bench:web` (options: --cpu N slow-down factor, default 4; --runs N, default 3).
import { loadavg, cpus } from 'node:os';
import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, CDPSession, Page } from 'playwright-core';
import { buildWebApp, launchBrowser, startServer } from '../test/e2e/harness.ts';
import { benchPhotos } from './photos.ts';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const CPU_SLOWDOWN = arg('cpu', 4);
const RUNS = arg('runs', 3);
// A slow 4G connection: 150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up.
const NETWORK = {
  offline: false,
  latency: 150,
  downloadThroughput: (1.6 * 1024 * 1024) / 8,
  uploadThroughput: (750 * 1024) / 8,
};

async function throttled(context: BrowserContext, page: Page, rate: number): Promise<CDPSession> {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', NETWORK);
  return cdp;
}

/** Bytes received over the network (compressed as sent) while `action` runs. */
async function bytesDuring(cdp: CDPSession, action: () => Promise<void>): Promise<number> {
  let bytes = 0;
  const onFinished = (event: { encodedDataLength: number }) => {
    bytes += event.encodedDataLength;
  };
  cdp.on('Network.loadingFinished', onFinished);
  await action();
  cdp.off('Network.loadingFinished', onFinished);
  return bytes;
}

async function firstContentfulPaint(page: Page): Promise<number> {
  return page.evaluate(
    () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN,
  );
}

/** Median of the measured values (a run where the browser reported no paint entry is left out). */
const median = (xs: number[]) => {
  const measured = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  return measured.length ? measured[Math.floor(measured.length / 2)] : Number.NaN;
};
const ms = (x: number) => (Number.isFinite(x) ? `${Math.round(x).toLocaleString('en')} ms` : 'n/a');

interface Sample {
  fcpCold: number;
  readyCold: number;
  bytesCold: number;
  fcpWarm: number;
  readyWarm: number;
  bytesWarm: number;
  locker: number;
  fingerprint: number;
  chat: number;
}

async function oneRun(
  browser: Browser,
  origin: string,
  photo: Buffer,
  chat: string,
  rate: number,
): Promise<Sample> {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true });
  const page = await context.newPage();
  const cdp = await throttled(context, page, rate);

  /** Opens `path`; ready = the quick exit button is on screen. Returns ms to ready, bytes and FCP. */
  const visit = async (path: string, settle: () => Promise<unknown> = async () => undefined) => {
    let ready = 0;
    const bytes = await bytesDuring(cdp, async () => {
      const start = Date.now();
      await page.goto(origin + path);
      await page.getByRole('button', { name: 'Quick exit' }).waitFor();
      ready = Date.now() - start;
      await settle();
    });
    return { ready, bytes, fcp: await firstContentfulPaint(page) };
  };
  // First visit: nothing cached (the service worker's precache is counted). Repeat: from its cache.
  const cold = await visit('/', () => page.evaluate(() => navigator.serviceWorker.ready.then(() => true)));
  const warm = await visit('/right-now');

  await page.goto(origin + '/evidence');
  await page.getByLabel('Passphrase', { exact: true }).fill('a cheap phone passphrase');
  await page.getByLabel('Type it again').fill('a cheap phone passphrase');
  let start = Date.now();
  await page.getByRole('button', { name: 'Make my locker' }).click();
  await page.getByText('Your locker is ready and unlocked.').waitFor({ timeout: 120_000 });
  const locker = Date.now() - start;

  await page.goto(origin + '/stop-spreading');
  start = Date.now();
  await page
    .getByLabel('Choose pictures or videos from this device')
    .setInputFiles({ name: 'photo.jpg', mimeType: 'image/jpeg', buffer: photo });
  await page.getByText(/Fingerprints ready for 1 file/).waitFor({ timeout: 120_000 });
  const fingerprint = Date.now() - start;

  await page.goto(origin + '/check-conversation');
  await page.getByLabel('The chat').fill(chat);
  start = Date.now();
  await page.getByRole('button', { name: 'Check the chat' }).click();
  await page.getByRole('heading', { name: 'This looks like sextortion' }).waitFor({ timeout: 120_000 });
  const chatMs = Date.now() - start;

  await context.close();
  return {
    fcpCold: cold.fcp,
    readyCold: cold.ready,
    bytesCold: cold.bytes,
    fcpWarm: warm.fcp,
    readyWarm: warm.ready,
    bytesWarm: warm.bytes,
    locker,
    fingerprint,
    chat: chatMs,
  };
}

function longChat(): string {
  const lines: string[] = [];
  for (let n = 0; n < 190; n++) lines.push(n % 2 ? `sam: haha yeah ${n}` : `alex: did you see the game ${n}`);
  lines.push(
    'sam: add me on snap so we can talk more privately',
    'sam: send me a pic, i sent you one',
    'sam: i have your pics. pay $300 or i send them to all your followers and your family',
  );
  return lines.join('\n');
}

buildWebApp();
const server = await startServer();
const browser = await launchBrowser();
try {
  const photo = readFileSync((await benchPhotos(1))[0]);
  const chat = longChat();
  // Full speed and slowed down, alternating run by run, so both columns see the same machine.
  const rates = [1, CPU_SLOWDOWN];
  const samples: Sample[][] = rates.map(() => []);
  for (let run = 0; run < RUNS; run++) {
    for (const [n, rate] of rates.entries())
      samples[n].push(await oneRun(browser, server.origin, photo, chat, rate));
  }
  const pick = (n: number, key: keyof Sample) => median(samples[n].map((s) => s[key]));

  console.log(
    `Help app on a slow phone: chromium ${browser.version()}, CPU as is and slowed ${CPU_SLOWDOWN}x`,
  );
  console.log(
    `host: ${cpus().length} x ${cpus()[0]?.model.trim()}, load average ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  );
  console.log(
    `network: ${NETWORK.latency} ms round trip, ${((NETWORK.downloadThroughput * 8) / 1024 / 1024).toFixed(1)} Mbit/s down; median of ${RUNS} runs each, 360x740 mobile viewport\n`,
  );
  console.log(`| step | CPU as is | CPU ${CPU_SLOWDOWN}x slower | ratio |`);
  console.log('| --- | ---: | ---: | ---: |');
  const row = (name: string, key: keyof Sample, format: (x: number) => string = ms) => {
    const [fast, slow] = [pick(0, key), pick(1, key)];
    const ratio = fast > 0 && Number.isFinite(slow / fast) ? `x${(slow / fast).toFixed(1)}` : '-';
    console.log(`| ${name} | ${format(fast)} | ${format(slow)} | ${ratio} |`);
  };
  const kb = (x: number) => `${(x / 1024).toFixed(0)} KB`;
  row('first visit: first contentful paint', 'fcpCold');
  row('first visit: page ready (heading + quick exit)', 'readyCold');
  row('first visit: bytes over the network (incl. service worker precache)', 'bytesCold', kb);
  row('repeat visit: first contentful paint', 'fcpWarm');
  row('repeat visit: page ready', 'readyWarm');
  row('repeat visit: bytes over the network', 'bytesWarm', kb);
  row('make the locker (PBKDF2-SHA-256, 600,000 iterations)', 'locker');
  row(
    `fingerprint a 12 MP photo (${(photo.length / 1024 / 1024).toFixed(1)} MB JPEG; PDQ + MD5)`,
    'fingerprint',
  );
  row('check a 193-message chat (loads the risk engine)', 'chat');
} finally {
  await browser.close();
  await server.stop();
}
