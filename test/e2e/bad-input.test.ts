// Bad input in the Help app, in the browser: a full disk, huge files, files that are not pictures,
// storage that refuses to save, and a server that cannot be reached. Each must get a clear, kind
// message, and nothing the person saved or typed may be lost. Every state is checked on a 360px
// phone screen (no sideways scrolling), with a screenshot in test-results/screenshots/.
import { after, before, test } from 'node:test';
import assert from '../assert.ts';
import { randomBytes } from 'node:crypto';
import {
  closeSync,
  ftruncateSync,
  mkdtempSync,
  openSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { fixturePath } from '../fixtures/pdq/conformance.ts';
import { overflowAt, SCREENSHOTS, setUpE2e } from './harness.ts';

const PHOTO = fixturePath('images/bridge-mods/aaa-orig.jpg');

const PASSPHRASE = 'green kite under the bridge';
const PHONE = { width: 360, height: 740 };

const e2e = setUpE2e();
let files: string;

before(() => {
  files = mkdtempSync(join(tmpdir(), 'backstop-bad-input-'));
});

after(() => {
  if (files) rmSync(files, { recursive: true, force: true });
});

interface Phone {
  context: BrowserContext;
  page: Page;
  /** Uncaught errors in the page: there must be none. */
  errors: string[];
}

/** A fresh phone-sized browser profile (its own storage) that may only talk to the test server. */
async function phone(): Promise<Phone> {
  const context = await e2e.browser.newContext({ viewport: PHONE, locale: 'en-GB', serviceWorkers: 'block' });
  await context.route('**/*', (route) => {
    const url = route.request().url();
    return url.startsWith(e2e.server.origin + '/') ? route.continue() : route.abort();
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return { context, page, errors };
}

/** Runs `work` in a fresh phone, checks that the page threw nothing uncaught, and closes it. */
async function onPhone(work: (phone: Phone) => Promise<void>): Promise<void> {
  const current = await phone();
  try {
    await work(current);
    assert.deepEqual(current.errors, [], 'no uncaught errors in the page');
  } finally {
    await current.context.close();
  }
}

/** No sideways scrolling on the phone screen, then a screenshot of the state. */
async function fitsAndShoot(page: Page, name: string) {
  assert.deepEqual(await overflowAt(page), [], `${name}: nothing is wider than the screen`);
  await page.screenshot({ path: join(SCREENSHOTS, `${name}-phone.png`), fullPage: true });
}

async function makeLocker(page: Page) {
  await page.goto(e2e.server.origin + '/evidence');
  await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
  await page.getByLabel('Type it again').fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Make my locker' }).click();
  await page.getByText('Your locker is ready and unlocked.').waitFor();
}

async function unlock(page: Page) {
  await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Unlock' }).click();
}

/** How many records the locker's IndexedDB holds (items and their files). */
async function storedCounts(page: Page): Promise<{ items: number; files: number }> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('backstop-locker');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    // (No named functions in here: tsx would wrap them in a helper the page does not have.)
    const [items, files] = await Promise.all(
      ['items', 'files'].map(
        (store) =>
          new Promise<number>((resolve) => {
            const request = db.transaction(store).objectStore(store).count();
            request.onsuccess = () => resolve(request.result);
          }),
      ),
    );
    const counts = { items, files };
    db.close();
    return counts;
  });
}

/** A file of `size` bytes that takes no disk space (sparse): the page sees its size, not its bytes. */
function sparseFile(name: string, size: number): string {
  const path = join(files, name);
  const fd = openSync(path, 'w');
  ftruncateSync(fd, size);
  closeSync(fd);
  return path;
}

const alert = (page: Page) => page.getByRole('alert').first();

// The quota is Chromium's own: DevTools' Storage.overrideQuotaForOrigin gives the site 512 KB, and
// IndexedDB then aborts a transaction that would go over it with a real QuotaExceededError. It must
// be set before the site first writes to IndexedDB (Chromium keeps the free space it last saw).
// navigator.storage.estimate() does not show this quota, so the locker's early check (checkRoom)
// is passed and the write itself fails, as on a phone whose disk is full.
test('out of space: a kind message, what was typed stays, everything saved before is still there', async () => {
  await onPhone(async ({ context, page }) => {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Storage.overrideQuotaForOrigin', { origin: e2e.server.origin, quotaSize: 512 * 1024 });

    await makeLocker(page);
    await page.getByLabel('A short name (optional)').fill('First chat');
    await page.getByLabel('The messages').fill('jay: send me $200 or I post your pics');
    await page.getByRole('button', { name: 'Save messages' }).click();
    await page.getByText(/Saved the messages/).waitFor();
    await page.getByLabel('Type or paste it exactly').fill('jay_22x');
    await page.getByRole('button', { name: 'Save detail' }).click();
    await page.getByRole('heading', { name: 'In your locker (2)' }).waitFor();

    // A 1 MB video does not fit in what is left.
    await page.getByLabel(/Choose screenshots, pictures/).setInputFiles({
      name: 'video-call.mp4',
      mimeType: 'video/mp4',
      buffer: randomBytes(1024 * 1024),
    });
    await alert(page)
      .getByText(/out of space/)
      .waitFor();
    const fileMessage = (await alert(page).textContent()) ?? '';
    assert.match(fileMessage, /This device is out of space, so “video-call\.mp4” was not saved\./);
    assert.match(fileMessage, /Everything you saved before is still here\./);
    assert.doesNotMatch(fileMessage, /QuotaExceeded|Error|exception/i, 'no technical words');
    assert.ok(await page.getByRole('heading', { name: 'In your locker (2)' }).isVisible());
    await fitsAndShoot(page, 'bad-input-evidence-out-of-space');

    // Long pasted messages do not fit either: the message says so and the text stays in the box.
    const words = ['they', 'said', 'send', 'more', 'pics', 'or', 'else', 'tonight', 'everyone', 'sees'];
    const long = Array.from({ length: 160_000 }, (_, n) => words[(n * 7 + (n >> 3)) % words.length]).join(
      ' ',
    );
    await page.getByLabel('A short name (optional)').fill('The whole chat');
    await page.getByLabel('The messages').fill(long);
    await page.getByRole('button', { name: 'Save messages' }).click();
    // the video's "out of space" message is still showing: wait for this save's own words
    await alert(page)
      .getByText(/What you typed is still in the box\./)
      .waitFor();
    assert.match((await alert(page).textContent()) ?? '', /out of space/);
    assert.equal(await page.getByLabel('The messages').inputValue(), long, 'the typed messages are kept');
    assert.equal(await page.getByLabel('A short name (optional)').inputValue(), 'The whole chat');
    assert.ok(await page.getByRole('heading', { name: 'In your locker (2)' }).isVisible());

    // Small things still fit, so the person can carry on.
    await page.getByLabel('Type or paste it exactly').fill('$JayCash22');
    await page.getByRole('button', { name: 'Save detail' }).click();
    await page.getByRole('heading', { name: 'In your locker (3)' }).waitFor();
    // Nothing half-written: no record of the video or the long chat, and no orphan file.
    assert.deepEqual(await storedCounts(page), { items: 3, files: 0 });

    // After a reload, everything saved before is still there.
    await page.reload();
    await unlock(page);
    await page.getByRole('heading', { name: 'In your locker (3)' }).waitFor();
    const titles = await page.locator('.evidence-title').allTextContents();
    assert.deepEqual(titles.sort(), ['$JayCash22', 'First chat', 'jay_22x']);

    // The browser's own estimate says the disk is nearly full: a file that would not fit is refused
    // before it is read (the same message), and saves once there is room again.
    const picture = { name: 'screenshot.png', mimeType: 'image/png', buffer: randomBytes(64 * 1024) };
    await page.getByRole('checkbox', { name: /Read the words in screenshots/ }).uncheck();
    await page.evaluate(() => {
      const real = StorageManager.prototype.estimate;
      (window as unknown as { realEstimate: typeof real }).realEstimate = real;
      StorageManager.prototype.estimate = () => Promise.resolve({ quota: 5_000_000, usage: 4_990_000 });
    });
    await page.getByLabel(/Choose screenshots, pictures/).setInputFiles(picture);
    await alert(page)
      .getByText(/“screenshot\.png” was not saved/)
      .waitFor();
    await page.evaluate(() => {
      StorageManager.prototype.estimate = (
        window as unknown as { realEstimate: () => Promise<StorageEstimate> }
      ).realEstimate;
    });
    await page.getByLabel(/Choose screenshots, pictures/).setInputFiles(picture);
    await page.getByText('Saved 1 file in the locker.').waitFor();
    await page.getByRole('heading', { name: 'In your locker (4)' }).waitFor();
  });
});

test('storage that refuses to save: the checklist and settings keep working', async () => {
  // 1. localStorage really full (filled to Chromium's limit for the site).
  await onPhone(async ({ page }) => {
    await page.goto(e2e.server.origin + '/right-now');
    await page.locator('h1').waitFor();
    const refused = await page.evaluate(() => {
      let n = 0;
      for (let size = 1 << 20; size >= 1; size >>= 1) {
        const piece = 'x'.repeat(size);
        try {
          for (;;) localStorage.setItem(`fill-${n++}`, piece);
        } catch {
          // Full at this size: try a smaller piece.
        }
      }
      try {
        localStorage.setItem('probe', '1');
        return 'saved';
      } catch (error) {
        return (error as DOMException).name;
      }
    });
    assert.equal(refused, 'QuotaExceededError', 'localStorage is full');
    await page.getByRole('checkbox', { name: /Do not pay/ }).check();
    await page
      .getByRole('alert')
      .getByText(/not letting us remember your ticks/)
      .waitFor();
    assert.ok(await page.getByRole('checkbox', { name: /Do not pay/ }).isChecked(), 'the tick still shows');
    assert.match((await page.getByRole('status').first().textContent()) ?? '', /1 of 10 done/);
    // Settings cannot be saved either, but the page follows the choice.
    await page.getByLabel('Where you live').selectOption('us');
    assert.equal(await page.getByLabel('Where you live').inputValue(), 'us');
    await page.getByRole('radio', { name: '18 or over' }).check();
    assert.ok(await page.getByRole('checkbox', { name: /Tell someone you trust/ }).isVisible());
    await fitsAndShoot(page, 'bad-input-right-now-storage-full');
  });
  // 2. localStorage not allowed at all (reading it throws, as with some privacy settings).
  await onPhone(async ({ context, page }) => {
    await context.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        configurable: true,
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
    });
    await page.goto(e2e.server.origin + '/right-now');
    await page.getByRole('heading', { name: 'Right now' }).waitFor();
    await page.getByRole('checkbox', { name: /Do not pay/ }).check();
    await page
      .getByRole('alert')
      .getByText(/not letting us remember your ticks/)
      .waitFor();
    await page.getByLabel('Where you live').selectOption('us');
    assert.equal(await page.getByLabel('Where you live').inputValue(), 'us');
  });
});

test('huge and unsupported files: the locker and the fingerprint page explain, and keep the rest', async () => {
  await onPhone(async ({ page }) => {
    // The locker takes up to 100 MB a file, and any kind of file (evidence can be anything).
    await makeLocker(page);
    const corruptJpeg = Buffer.concat([
      Buffer.from([0xff, 0xd8, 0xff, 0xe0]),
      Buffer.from('not really a photo'),
    ]);
    writeFileSync(join(files, 'screenshot-broken.jpg'), corruptJpeg);
    writeFileSync(join(files, 'setup.exe'), Buffer.from('MZ\x90\x00 a program, not a picture'));
    // The screenshot reader is on (the default): it must give up quietly on the broken picture.
    assert.ok(await page.getByRole('checkbox', { name: /Read the words in screenshots/ }).isChecked());
    await page
      .getByLabel(/Choose screenshots, pictures/)
      .setInputFiles([
        sparseFile('long-video.mp4', 100 * 1024 * 1024 + 1),
        join(files, 'screenshot-broken.jpg'),
        join(files, 'setup.exe'),
      ]);
    await alert(page)
      .getByText(/too big for the locker/)
      .waitFor({ timeout: 90_000 });
    const message = (await alert(page).textContent()) ?? '';
    assert.match(message, /Saved 2 files in the locker\./);
    assert.match(message, /“long-video\.mp4” is too big for the locker \(the limit is 100 MB\)/);
    await page.getByRole('heading', { name: 'In your locker (2)' }).waitFor();
    const titles = await page.locator('.evidence-title').allTextContents();
    assert.deepEqual(titles.sort(), ['screenshot-broken.jpg', 'setup.exe']);
    await fitsAndShoot(page, 'bad-input-evidence-huge-file');

    // Fingerprints: pictures and videos up to 4 GB. The huge file is refused at once, with no
    // preview (a preview would make the browser read it all).
    await page.goto(e2e.server.origin + '/stop-spreading');
    const image = readFileSync(PHOTO);
    writeFileSync(join(files, 'bridge.jpg'), image);
    writeFileSync(join(files, 'empty.png'), Buffer.alloc(0));
    await page
      .getByLabel('Choose pictures or videos from this device')
      .setInputFiles([
        sparseFile('huge-video.mp4', 4 * 1024 * 1024 * 1024 + 1),
        join(files, 'bridge.jpg'),
        join(files, 'setup.exe'),
        join(files, 'screenshot-broken.jpg'),
        join(files, 'empty.png'),
      ]);
    await page.getByText(/Fingerprints ready for 2 of 5 files/).waitFor();
    const item = (name: string) => page.locator('.picked', { hasText: name });
    assert.match(
      (await item('huge-video.mp4').textContent()) ?? '',
      /too big to fingerprint here \(the limit is 4 GB\)\. Nothing was sent\./,
    );
    assert.equal(
      await item('huge-video.mp4').locator('img, video').count(),
      0,
      'no preview of the huge file',
    );
    assert.match((await item('setup.exe').textContent()) ?? '', /is not a picture or a video/);
    assert.match((await item('empty.png').textContent()) ?? '', /is empty/);
    assert.match((await item('screenshot-broken.jpg').textContent()) ?? '', /could not open this picture/);
    assert.equal(await item('bridge.jpg').locator('.fingerprints code').count(), 2, 'PDQ and MD5');
    await fitsAndShoot(page, 'bad-input-stop-spreading-bad-files');

    // Only bad files: nothing to send, and the message says why.
    await page.getByRole('button', { name: 'Clear the list' }).click();
    await page
      .getByLabel('Choose pictures or videos from this device')
      .setInputFiles(join(files, 'setup.exe'));
    await alert(page)
      .getByText(/No fingerprints could be made from this file\. The reason is below\./)
      .waitFor();
    assert.ok(await page.getByRole('button', { name: /Send the fingerprints of 0 files/ }).isDisabled());
  });
});

test('server unreachable or failing: a kind message, and the fingerprints stay on the page', async () => {
  await onPhone(async ({ page }) => {
    await page.goto(e2e.server.origin + '/stop-spreading');
    const image = readFileSync(PHOTO);
    await page.getByLabel('Choose pictures or videos from this device').setInputFiles({
      name: 'bridge.jpg',
      mimeType: 'image/jpeg',
      buffer: image,
    });
    await page.getByText(/Fingerprints ready for 1 file/).waitFor();
    const fingerprints = await page.locator('.fingerprints code').allTextContents();
    assert.equal(fingerprints.length, 2);
    await page.getByRole('checkbox', { name: /only the fingerprints/ }).check();
    const send = page.getByRole('button', { name: 'Send the fingerprints of 1 file' });

    const failures: [string, Parameters<Page['route']>[1]][] = [
      ['connection refused', (route) => route.abort('connectionrefused')],
      ['no internet', (route) => route.abort('internetdisconnected')],
      [
        'a proxy page instead of the server',
        (route) =>
          route.fulfill({ status: 503, contentType: 'text/html', body: '<h1>Service Unavailable</h1>' }),
      ],
    ];
    for (const [what, handler] of failures) {
      await page.route('**/v1/cases', handler);
      await send.click();
      await alert(page)
        .getByText(/could not reach the Backstop server/)
        .waitFor();
      const text = (await alert(page).textContent()) ?? '';
      assert.match(text, /Nothing was sent, and your fingerprints are still here on this page\./, what);
      assert.deepEqual(await page.locator('.fingerprints code').allTextContents(), fingerprints, what);
      assert.ok(await send.isEnabled(), `${what}: the person can try again`);
      await page.unroute('**/v1/cases');
      if (what === 'connection refused') await fitsAndShoot(page, 'bad-input-stop-spreading-unreachable');
    }

    // Once the server is back, the same fingerprints are sent.
    await send.click();
    await page.getByTestId('case-number').waitFor();
    assert.match((await page.getByTestId('case-number').textContent()) ?? '', /^BK-/);
  });
});
