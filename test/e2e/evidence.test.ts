// Issue 13, "Evidence": the locker's remove (confirm + undo), the checked chat carried into the
// locker, thumbnails, OCR progress and its offline message, messages seen on a phone, and the
// report pack PDF read back (text and pictures). Debian chromium, the real server, the built app.
import { after, before, test } from 'node:test';
import assert from '../assert.ts';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import sharp from 'sharp';
import {
  buildWebApp,
  launchBrowser,
  phoneAndDesktopScreenshots,
  SCREENSHOTS,
  startServer,
  watchRequests,
  type E2e,
  type WatchedRequests,
} from './harness.ts';
import { readPdf } from './pdf-text.ts';

const e2e = {} as E2e;
const PASSPHRASE = 'purple bus sandwich rain';
const PHONE = { width: 360, height: 740 };

const CHAT = [
  'jess: hey cutie, you look so fit in your pics',
  'jess: add me jess_h.2009 on snap so we can talk more privately',
  'jess: send me a pic, I sent you one',
  'jess: I have your nudes. Pay me $500 in gift cards or I send them to all your followers',
  'jess: you have 1 hour',
].join('\n');

let context: BrowserContext;
let page: Page;
let watched: WatchedRequests;

before(async () => {
  buildWebApp();
  e2e.server = await startServer();
  e2e.browser = await launchBrowser();
  context = await e2e.browser.newContext({
    viewport: PHONE,
    acceptDownloads: true,
    serviceWorkers: 'allow',
    locale: 'en-GB',
  });
  watched = await watchRequests(context, e2e.server.origin);
  page = await context.newPage();
});

after(async () => {
  await context?.close();
  await e2e.browser?.close();
  await e2e.server?.stop();
});

async function visit(target: Page, path: string) {
  await target.goto(e2e.server.origin + path);
  await target.locator('h1').first().waitFor();
}

/** The element is inside the window and nothing covers its middle: a person can see it. */
async function assertOnScreen(locator: Locator, what: string) {
  await locator.waitFor();
  const seen = await locator.evaluate((element) => {
    const box = element.getBoundingClientRect();
    const x = box.left + box.width / 2;
    const y = box.top + Math.min(box.height / 2, 20);
    const top = document.elementFromPoint(x, y);
    return {
      inside:
        box.top >= 0 && box.bottom <= window.innerHeight && box.left >= 0 && box.right <= window.innerWidth,
      uncovered: Boolean(top && (element === top || element.contains(top))),
      box: `${Math.round(box.top)}..${Math.round(box.bottom)} of ${window.innerHeight}`,
    };
  });
  assert.ok(seen.inside, `${what} is on screen (${seen.box})`);
  assert.ok(seen.uncovered, `${what} is not covered`);
}

async function chatScreenshot(lines: string[]): Promise<Buffer> {
  const text = lines
    .map(
      (line, n) =>
        `<text x="30" y="${80 + n * 70}" font-family="DejaVu Sans, sans-serif" font-size="34" fill="#000">${line}</text>`,
    )
    .join('');
  const height = 60 + lines.length * 70;
  return sharp(
    Buffer.from(
      `<svg xmlns="http://www.w3.org/2000/svg" width="720" height="${height}"><rect width="720" height="${height}" fill="#fff"/>${text}</svg>`,
    ),
  )
    .png()
    .toBuffer();
}

/** Rows in the locker's IndexedDB stores (all ciphertext). */
async function storedRows(target: Page): Promise<{ items: string[]; files: number }> {
  // No named helpers inside: the function is sent to the page as source text.
  return target.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('backstop-locker');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const [items, files] = await Promise.all(
      ['items', 'files'].map(
        (store) =>
          new Promise<{ data: ArrayBuffer }[]>((resolve) => {
            const request = db.transaction(store).objectStore(store).getAll();
            request.onsuccess = () => resolve(request.result as { data: ArrayBuffer }[]);
          }),
      ),
    );
    db.close();
    return {
      items: items.map((row) => Array.from(new Uint8Array(row.data), (b) => String.fromCharCode(b)).join('')),
      files: files.length,
    };
  });
}

/** Moves to another page inside the app, as its links do (no reload, so the locker stays open). */
async function goInApp(target: Page, path: string) {
  await target.evaluate((to) => {
    window.history.replaceState(null, '', to);
    window.dispatchEvent(new PopStateEvent('popstate'));
  }, path);
  await target.locator('h1').first().waitFor();
}

async function unlock(target: Page) {
  await target.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
  await target.getByRole('button', { name: 'Unlock' }).click();
  await target.getByRole('heading', { name: /^In your locker/ }).waitFor();
}

test('a checked chat is carried into the locker; details, thumbnails and messages are seen on a phone', async () => {
  await visit(page, '/check-conversation');
  await page.getByLabel('The chat').fill(CHAT);
  await page.getByRole('button', { name: 'Check the chat' }).click();
  await page.getByRole('heading', { name: 'This looks like sextortion' }).waitFor();
  const found =
    (await page.locator('.result').getByRole('list', { name: 'Details found' }).textContent()) ?? '';
  assert.match(found, /Username \(Snapchat\):\s*jess_h\.2009/, 'the Snapchat username is found');
  assert.doesNotMatch(found, /Gift card/, '"gift cards" alone is not a found detail');

  // No locker yet: the chat must not be lost on the way there.
  await page.getByRole('link', { name: /Save it as evidence/ }).click();
  await page.getByRole('heading', { name: 'Save evidence', level: 1 }).waitFor();
  await page.getByText('The chat you checked is waiting.').waitFor();
  await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
  await page.getByLabel('Type it again').fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Make my locker' }).click();
  await assertOnScreen(page.getByText('Your locker is ready and unlocked.'), '"locker made"');
  await page.getByRole('heading', { name: 'The chat you checked is not saved yet' }).waitFor();
  await phoneAndDesktopScreenshots(page, 'evidence-waiting-chat');
  await page.getByRole('button', { name: 'Save the chat' }).click();
  await assertOnScreen(page.getByText(/Saved the chat you checked/), '"Saved the chat"');
  const saved = page.locator('.evidence-item', { hasText: 'Chat checked for warning signs' });
  assert.equal(
    await saved.locator('.evidence-text').textContent(),
    CHAT,
    'the whole chat is in the locker, line breaks and all',
  );
  assert.equal(await page.getByRole('heading', { name: 'The chat you checked is not saved yet' }).count(), 0);

  // A detail typed by hand: "Saved." must be seen, though the button is far down a phone's page.
  await page.getByLabel('What is it?').selectOption('username');
  await page.getByLabel('Type or paste it exactly').fill('ghostly_jay');
  await page.getByRole('button', { name: 'Save detail' }).click();
  await assertOnScreen(page.getByText('Saved.', { exact: true }), '"Saved."');

  // A screenshot: progress while its words are read, then a thumbnail made on the device.
  const png = await chatScreenshot(['pay me on paypal.me/ghostpay77', 'or email ghost77@example.com']);
  await page.getByLabel(/Choose screenshots, pictures/).setInputFiles({
    name: 'chat.png',
    mimeType: 'image/png',
    buffer: png,
  });
  const progress = page.getByTestId('ocr-progress-text');
  await progress.waitFor({ timeout: 30_000 });
  assert.match((await progress.textContent()) ?? '', /chat\.png/);
  await assertOnScreen(page.getByText('Saved 1 file in the locker.'), '"Saved 1 file"');
  await page.getByText('Saved 1 file in the locker.').waitFor({ timeout: 90_000 });
  const shot = page.locator('.evidence-item', { hasText: 'chat.png' });
  assert.match((await shot.textContent()) ?? '', /ghost77@example\.com/i, 'words read from the screenshot');
  const thumb = shot.getByRole('img', { name: 'Small preview of chat.png' });
  const size = await thumb.evaluate((img: HTMLImageElement) => ({
    src: img.src.slice(0, 23),
    width: img.naturalWidth,
    height: img.naturalHeight,
  }));
  assert.equal(size.src, 'data:image/jpeg;base64,');
  assert.ok(size.width === 160 && size.height > 20 && size.height < 160, JSON.stringify(size));
  await phoneAndDesktopScreenshots(page, 'evidence-items');

  // Stored encrypted like the rest: no thumbnail, chat or detail in the clear.
  const rows = await storedRows(page);
  assert.equal(rows.items.length, 3);
  for (const row of rows.items) assert.doesNotMatch(row, /data:image|jess_h|ghostly_jay|JPEG|JFIF/);

  // Thumbnails come back after a reload (they were sealed with the item).
  await page.reload();
  await unlock(page);
  assert.equal(await page.getByRole('img', { name: 'Small preview of chat.png' }).count(), 1);
});

test('remove asks first, can be undone, and deletes only after the undo bar has gone', async () => {
  // The page's clock is moved on by hand past the 10 s undo time instead of waiting for it.
  await page.clock.install();
  await visit(page, '/evidence');
  await unlock(page);
  // A success message goes by itself after 8 s (problems and Undo do not).
  await page.getByText('Unlocked.').waitFor();
  await page.clock.fastForward(8_500);
  await page.getByText('Unlocked.').waitFor({ state: 'detached' });
  const detail = page.locator('.evidence-item', { hasText: 'ghostly_jay' });
  await detail.getByRole('button', { name: 'Remove ghostly_jay' }).click();
  await detail.getByText(/Remove “ghostly_jay” from the locker\?/).waitFor();
  await phoneAndDesktopScreenshots(page, 'evidence-remove-confirm');
  await detail.getByRole('button', { name: 'Keep it' }).click();
  assert.equal(await page.getByRole('heading', { name: 'In your locker (3)' }).count(), 1, 'kept');

  // Removed, then undone.
  await detail.getByRole('button', { name: 'Remove ghostly_jay' }).click();
  await detail.getByRole('button', { name: 'Yes, remove it' }).click();
  await page.getByRole('heading', { name: 'In your locker (2)' }).waitFor();
  const undo = page.getByRole('button', { name: 'Undo' });
  await assertOnScreen(undo, 'the Undo button');
  assert.ok(await undo.evaluate((button) => button === document.activeElement), 'Undo has the focus');
  assert.match((await page.getByTestId('status-bar').textContent()) ?? '', /Removed “ghostly_jay”/);
  await phoneAndDesktopScreenshots(page, 'evidence-removed-undo');
  assert.equal((await storedRows(page)).items.length, 3, 'nothing deleted while Undo is offered');
  await undo.click();
  await page.getByRole('heading', { name: 'In your locker (3)' }).waitFor();
  // the focus comes back on the animation frame after the item is shown again: wait for it (a loaded
  // machine can run this check between the two), then say what it is if it never came
  await page
    .waitForFunction(
      () => document.activeElement?.getAttribute('aria-label') === 'Remove ghostly_jay',
      null,
      {
        timeout: 5_000,
      },
    )
    .catch(() => undefined);
  assert.equal(
    await page.evaluate(() => document.activeElement?.getAttribute('aria-label')),
    'Remove ghostly_jay',
    'focus back on the restored item',
  );
  await page.clock.fastForward(11_000);
  assert.equal((await storedRows(page)).items.length, 3, 'undone: still stored after the undo time');

  // Leaving during the undo time keeps the item: it is deleted only after the bar.
  await detail.getByRole('button', { name: 'Remove ghostly_jay' }).click();
  await detail.getByRole('button', { name: 'Yes, remove it' }).click();
  await page.getByRole('heading', { name: 'In your locker (2)' }).waitFor();
  await page.reload();
  await unlock(page);
  await page.getByRole('heading', { name: 'In your locker (3)' }).waitFor();

  // Removing a screenshot, waited out: its item and its file are gone from the device.
  const before = await storedRows(page);
  const shot = page.locator('.evidence-item', { hasText: 'chat.png' });
  await shot.getByRole('button', { name: 'Remove chat.png' }).click();
  await shot.getByRole('button', { name: 'Yes, remove it' }).click();
  await page.getByRole('heading', { name: 'In your locker (2)' }).waitFor();
  await page.clock.fastForward(9_000);
  assert.equal(await page.getByRole('button', { name: 'Undo' }).count(), 1, 'Undo still offered at 9 s');
  assert.equal((await storedRows(page)).items.length, before.items.length, 'nothing deleted at 9 s');
  await page.clock.fastForward(2_000);
  await page.getByRole('button', { name: 'Undo' }).waitFor({ state: 'detached' });
  const afterRemove = await storedRows(page);
  assert.equal(afterRemove.items.length, before.items.length - 1);
  assert.equal(afterRemove.files, before.files - 1);
  await page.reload();
  await unlock(page);
  await page.getByRole('heading', { name: 'In your locker (2)' }).waitFor();
});

test('the report pack PDF: chat lines and speakers, typed details, police questions, screenshots', async () => {
  await visit(page, '/evidence');
  await unlock(page);
  // With the locker open, a checked chat is saved from its result, and the phone shows it was.
  await goInApp(page, '/check-conversation');
  await page.getByRole('heading', { name: 'Check a conversation', level: 1 }).waitFor();
  await page.getByLabel('The chat').fill('ghost: hi\nghost: add me on sc jess_h.2009');
  await page.getByRole('button', { name: 'Check the chat' }).click();
  await page.getByRole('button', { name: 'Save this chat as evidence' }).click();
  await assertOnScreen(page.getByText('Saved in your evidence locker.'), '"Saved in your evidence locker"');
  await phoneAndDesktopScreenshots(page, 'check-conversation-saved');
  await goInApp(page, '/evidence');
  await page.getByRole('heading', { name: 'In your locker (3)' }).waitFor();

  const tall = await chatScreenshot(Array.from({ length: 40 }, (_, n) => `message number ${n + 1}`));
  await page.getByRole('checkbox', { name: /Read the words in screenshots/ }).uncheck();
  await page.getByLabel(/Choose screenshots, pictures/).setInputFiles([
    { name: 'long-chat.png', mimeType: 'image/png', buffer: tall },
    {
      name: 'profile.webp',
      mimeType: 'image/webp',
      buffer: await sharp({ create: { width: 300, height: 300, channels: 3, background: '#c83' } })
        .webp()
        .toBuffer(),
    },
  ]);
  await page.getByText('Saved 2 files in the locker.').waitFor();

  await page.getByRole('link', { name: 'Make a report pack' }).click();
  await page.getByRole('heading', { name: 'Report it' }).waitFor();
  await page.getByText('Add details for the police (optional)').click();
  await page.getByLabel('Name (optional)').fill('Sam Example');
  await page.getByLabel('Date of birth or age (optional)').fill('15');
  await page.getByLabel('App or website').fill('Snapchat');
  await page.getByLabel('Your account name on it').fill('sam_e');
  await page.getByLabel('Their account name on it').fill('jess_h.2009');
  await page.getByLabel('When did they first contact you?').fill('2026-11-28');
  await page.getByRole('radio', { name: 'Yes' }).check();
  await page.getByLabel(/If you did: how, how much and when/).fill('£50 in Steam gift cards on 29 November');
  await phoneAndDesktopScreenshots(page, 'report-details');

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download summary only (PDF)' }).click(),
  ]);
  await assertOnScreen(page.getByText(/Your summary is downloading/), '"downloading"');
  const pdfBytes = new Uint8Array(readFileSync((await download.path())!));
  writeFileSync(join(SCREENSHOTS, 'report-pack-summary.pdf'), pdfBytes);
  const pdf = await readPdf(pdfBytes);
  const text = pdf.lines.join('\n');
  for (const line of CHAT.split('\n'))
    assert.ok(pdf.lines.includes(line), `chat line kept: ${line}\n${text}`);
  assert.match(text, /Username: ghostly_jay {3}\(item \d\)/, 'the username typed by hand');
  assert.match(text, /Username \(Snapchat\): jess_h\.2009/);
  assert.doesNotMatch(text, /payment_handle|social_handle|gift_card|identifier|snapchat:/);
  assert.match(text, /Name of the person this happened to: Sam Example/);
  assert.match(text, /Their date of birth or age: 15/);
  assert.match(text, /App or website where it happened: Snapchat/);
  assert.match(text, /Their own account on it: sam_e/);
  assert.match(text, /The other person's account on it: jess_h\.2009/);
  assert.match(text, /When the contact started: 2026-11-28/);
  assert.match(text, /Was any money or anything else paid\?: Yes/);
  assert.match(text, /How, how much and when: £50 in Steam gift cards on 29 November/);
  // Both pictures embedded (the WebP redrawn as a PNG on the device), the tall one over pages.
  assert.equal(pdf.images, 2, text);
  assert.doesNotMatch(text, /cannot be shown/);
  assert.ok(pdf.drawn >= 3, `the 720x2860 screenshot continues on a second page (drawn ${pdf.drawn} times)`);

  // Locking forgets the answers.
  await visit(page, '/evidence');
  await unlock(page);
  await page.getByRole('button', { name: 'Lock the locker' }).click();
  await unlock(page);
  await page.getByRole('link', { name: 'Make a report pack' }).click();
  await page.getByText('Add details for the police (optional)').click();
  assert.equal(await page.getByLabel('Name (optional)').inputValue(), '');
});

test('OCR: says clearly when it cannot run offline, and works offline once it has been used', async () => {
  // A new visitor who goes offline before OCR has ever loaded.
  const fresh = await e2e.browser.newContext({ viewport: PHONE, serviceWorkers: 'allow', locale: 'en-GB' });
  const freshWatch = await watchRequests(fresh, e2e.server.origin);
  const offlinePage = await fresh.newPage();
  await visit(offlinePage, '/evidence');
  await offlinePage.evaluate(() => navigator.serviceWorker.ready.then(() => true));
  await offlinePage.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
  await offlinePage.getByLabel('Type it again').fill(PASSPHRASE);
  await offlinePage.getByRole('button', { name: 'Make my locker' }).click();
  await offlinePage.getByText('Your locker is ready and unlocked.').waitFor();
  await fresh.setOffline(true);
  const png = await chatScreenshot(['add me on snap jess_h.2009']);
  await offlinePage.getByLabel(/Choose screenshots, pictures/).setInputFiles({
    name: 'offline.png',
    mimeType: 'image/png',
    buffer: png,
  });
  const problem = offlinePage.getByRole('alert').getByText(/could not read the words in offline\.png/);
  await problem.waitFor({ timeout: 70_000 });
  await assertOnScreen(problem, 'the OCR problem');
  assert.match(
    (await problem.textContent()) ?? '',
    /Saved 1 file in the locker\..*needs the internet the first time/s,
  );
  assert.match(
    (await offlinePage.locator('.evidence-item', { hasText: 'offline.png' }).textContent()) ?? '',
    /could not be read on this device/,
  );
  await phoneAndDesktopScreenshots(offlinePage, 'evidence-ocr-offline');
  await fresh.setOffline(false);
  await fresh.close();
  assert.deepEqual(freshWatch.blocked, []);

  // The first test used OCR online, so the service worker kept its files: offline, a reload (the
  // app from the cache) and a new screenshot are read all the same.
  await visit(page, '/evidence');
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => true));
  await context.setOffline(true);
  try {
    await page.reload();
    await unlock(page);
    await page.getByRole('checkbox', { name: /Read the words in screenshots/ }).check();
    await page.getByLabel(/Choose screenshots, pictures/).setInputFiles({
      name: 'later.png',
      mimeType: 'image/png',
      buffer: await chatScreenshot(['or email ghost77@example.com']),
    });
    await page.getByText('Saved 1 file in the locker.').waitFor({ timeout: 90_000 });
    assert.match(
      (await page.locator('.evidence-item', { hasText: 'later.png' }).textContent()) ?? '',
      /ghost77@example\.com/i,
      'OCR ran offline from the files the service worker kept',
    );
  } finally {
    await context.setOffline(false);
  }
  const ocrFiles = watched.requests.filter((r) => r.url.includes('/ocr/')).map((r) => new URL(r.url));
  assert.ok(ocrFiles.length > 0);
  assert.ok(
    ocrFiles.every((u) => u.origin === e2e.server.origin),
    'OCR files come only from this site',
  );
  assert.deepEqual(watched.blocked, [], 'nothing was fetched from another site');
});
