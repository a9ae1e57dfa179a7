// End-to-end tests of the Help web app: the real server, the built app, Debian's chromium.
// Every page gets an axe-core check and a screenshot (test-results/screenshots/).
import { after, before, test } from 'node:test';
import assert from '../assert.ts';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { PDFDocument } from 'pdf-lib';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import sharp from 'sharp';
import { fixturePath } from '../fixtures/pdq/conformance.ts';
import {
  axeViolations,
  buildWebApp,
  launchBrowser,
  phoneAndDesktopScreenshots,
  SCREENSHOTS,
  startServer,
  type RecordedRequest,
  type RunningServer,
  watchRequests,
} from './harness.ts';

const PHOTO = fixturePath('images/bridge-mods/aaa-orig.jpg');

const NEUTRAL_SITE = 'https://www.bbc.co.uk/weather';
const PASSPHRASE = 'purple bus sandwich rain';

let server: RunningServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let requests: RecordedRequest[] = [];
let blocked: string[] = [];

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

before(async () => {
  buildWebApp();
  server = await startServer();
  browser = await launchBrowser();
  context = await browser.newContext({
    viewport: { width: 360, height: 740 },
    acceptDownloads: true,
    serviceWorkers: 'allow',
    locale: 'en-GB',
  });
  // Nothing may leave for another site: such requests are recorded and refused. Quick exit's
  // neutral site is answered locally so the test never touches the network.
  ({ requests, blocked } = await watchRequests(context, server.origin, (url) =>
    url.startsWith(NEUTRAL_SITE)
      ? { status: 200, contentType: 'text/html', body: '<title>Weather</title><h1>Weather</h1>' }
      : undefined,
  ));
  page = await context.newPage();
});

after(async () => {
  await context?.close();
  await browser?.close();
  await server?.stop();
});

async function visit(path: string) {
  await page.goto(server.origin + path);
  await page.locator('h1').first().waitFor();
}

const PAGES: [string, string][] = [
  ['/', 'start'],
  ['/right-now', 'right-now'],
  ['/evidence', 'evidence'],
  ['/check-conversation', 'check-conversation'],
  ['/check-profile', 'check-profile'],
  ['/stop-spreading', 'stop-spreading'],
  ['/case', 'case'],
  ['/report', 'report'],
  ['/support', 'support'],
  ['/adults', 'adults'],
  ['/school-briefing', 'school-briefing'],
  ['/cover-your-tracks', 'cover-your-tracks'],
  ['/about', 'about'],
  ['/no-such-page', 'not-found'],
];

/** Moves to another page inside the app (as the app's own links do), without reloading it. */
async function go(path: string) {
  const previous = await page.locator('h1').first().textContent();
  await page.evaluate((to) => {
    window.history.replaceState(null, '', to);
    window.dispatchEvent(new PopStateEvent('popstate'));
  }, path);
  await page.waitForFunction((old) => document.querySelector('h1')?.textContent !== old, previous);
}

test('every page: one h1, no serious or critical axe violations, screenshots', async () => {
  await visit('/');
  for (const [path, name] of PAGES) {
    if (path !== '/') await go(path);
    assert.equal(await page.locator('h1').count(), 1, `${path} has one h1`);
    assert.equal(await page.locator('main').count(), 1, `${path} has a main landmark`);
    assert.ok(await page.getByRole('button', { name: 'Quick exit' }).isVisible(), `${path} has quick exit`);
    assert.deepEqual(await axeViolations(page), [], `axe on ${path}`);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(width <= 360, `${path} fits a 360px screen (scroll width ${width})`);
    await phoneAndDesktopScreenshots(page, name);
  }
});

test('the start page tailors later pages to age and country', async () => {
  await visit('/');
  await page.getByLabel('Where you live').first().selectOption('us');
  await page.getByRole('radio', { name: '18 or over' }).check();
  // On a phone the pages are behind the Menu button.
  await page.getByRole('button', { name: 'Menu' }).click();
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Stop images spreading' })
    .click();
  await page.getByRole('heading', { name: 'Stop the images spreading' }).waitFor();
  assert.ok(await page.getByRole('heading', { name: 'StopNCII.org' }).isVisible());
  // Take It Down too, for an adult whose pictures were taken before they turned 18.
  assert.ok(await page.getByRole('heading', { name: /Take It Down/ }).isVisible());
  assert.equal(await page.getByRole('heading', { name: /Report Remove/ }).count(), 0);
  // Focus moved to the new page's heading for screen readers.
  assert.equal(await page.evaluate(() => document.activeElement?.tagName), 'H1');

  await visit('/');
  await page.getByRole('radio', { name: 'Under 18' }).check();
  await page.getByLabel('Where you live').selectOption('uk');
  await visit('/stop-spreading');
  assert.ok(await page.getByRole('heading', { name: /Report Remove/ }).isVisible());
  await visit('/support');
  assert.ok(await page.getByRole('heading', { name: 'Childline' }).isVisible());
  await visit('/right-now');
  await page.getByRole('checkbox', { name: /Do not pay/ }).check();
  await page.reload();
  assert.ok(await page.getByRole('checkbox', { name: /Do not pay/ }).isChecked(), 'ticks are remembered');
  assert.match((await page.getByRole('status').first().textContent()) ?? '', /1 of 10 done/);
});

test('evidence locker: create, add, lock, wrong passphrase, unlock, report pack, wipe', async () => {
  await visit('/evidence');
  await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
  await page.getByLabel('Type it again').fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Make my locker' }).click();
  await page.getByText('Your locker is ready and unlocked.').waitFor();

  const chat = 'jay: add me on snap: jay_22x\njay: send $200 to $JayCash22 or everyone sees your pics';
  await page.getByLabel('The messages').fill(chat);
  await page.getByRole('button', { name: 'Save messages' }).click();
  await page.getByText(/Saved the messages/).waitFor();
  const indicators = page.getByRole('list', { name: 'Details found' }).first();
  assert.match((await indicators.textContent()) ?? '', /JayCash22/i, 'payment handle extracted');
  assert.ok(await page.getByText(sha256(Buffer.from(chat, 'utf8'))).isVisible(), 'SHA-256 of the text shown');

  const image = readFileSync(PHOTO);
  await page.getByRole('checkbox', { name: /Read the words in screenshots/ }).uncheck();
  await page.getByLabel(/Choose screenshots, pictures/).setInputFiles({
    name: 'bridge.jpg',
    mimeType: 'image/jpeg',
    buffer: image,
  });
  await page.getByText('Saved 1 file in the locker.').waitFor();
  assert.ok(await page.getByText(sha256(image)).isVisible(), 'SHA-256 of the file shown');

  // A chat screenshot rendered here: its words are read on the device (tesseract.js, served locally).
  const screenshotPng = await sharp(
    Buffer.from(
      '<svg xmlns="http://www.w3.org/2000/svg" width="720" height="240"><rect width="720" height="240" fill="#fff"/>' +
        '<text x="30" y="90" font-family="DejaVu Sans, sans-serif" font-size="34" fill="#000">pay me on paypal.me/ghostpay77</text>' +
        '<text x="30" y="170" font-family="DejaVu Sans, sans-serif" font-size="34" fill="#000">or email ghost77@example.com</text></svg>',
    ),
  )
    .png()
    .toBuffer();
  await page.getByRole('checkbox', { name: /Read the words in screenshots/ }).check();
  await page.getByLabel(/Choose screenshots, pictures/).setInputFiles({
    name: 'chat.png',
    mimeType: 'image/png',
    buffer: screenshotPng,
  });
  await page.getByText('Saved 1 file in the locker.').waitFor({ timeout: 90_000 });
  const ocrItem = page.locator('.evidence-item', { hasText: 'chat.png' });
  assert.match(
    (await ocrItem.textContent()) ?? '',
    /ghost77@example\.com/i,
    'e-mail read from the screenshot',
  );

  await page.getByLabel('Type or paste it exactly').fill('https://instagram.com/jay.22.x');
  await page.getByRole('button', { name: 'Save detail' }).click();
  await page.getByRole('heading', { name: 'In your locker (4)' }).waitFor();

  // At rest, IndexedDB holds only ciphertext.
  const stored = await page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('backstop-locker');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const all = await new Promise<{ data: ArrayBuffer }[]>((resolve) => {
      const request = db.transaction('items').objectStore('items').getAll();
      request.onsuccess = () => resolve(request.result as { data: ArrayBuffer }[]);
    });
    db.close();
    return all.map((row) => Array.from(new Uint8Array(row.data)));
  });
  assert.equal(stored.length, 4);
  for (const bytes of stored) {
    const text = Buffer.from(bytes).toString('latin1');
    assert.ok(!/JayCash22|jay_22x|instagram|bridge/i.test(text), 'no plaintext in IndexedDB');
  }

  await page.getByRole('button', { name: 'Lock the locker' }).click();
  await page.getByRole('heading', { name: 'Your locker is locked' }).waitFor();
  await page.getByLabel('Passphrase', { exact: true }).fill('not the passphrase');
  await page.getByRole('button', { name: 'Unlock' }).click();
  await page
    .getByRole('alert')
    .getByText(/did not open the locker/)
    .waitFor();

  await page.reload();
  await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Unlock' }).click();
  await page.getByRole('heading', { name: 'In your locker (4)' }).waitFor();
  await phoneAndDesktopScreenshots(page, 'evidence-unlocked');

  // Report pack, made on the device.
  await page.getByRole('link', { name: 'Make a report pack' }).click();
  await page.getByRole('heading', { name: 'Report it' }).waitFor();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download report pack (ZIP)' }).click(),
  ]);
  assert.match(download.suggestedFilename(), /^backstop-report-pack-\d{4}-\d{2}-\d{2}\.zip$/);
  const zip = unzipSync(new Uint8Array(readFileSync((await download.path())!)));
  const manifest = JSON.parse(strFromU8(zip['manifest.json'])) as {
    items: { path: string; sha256: string; kind: string }[];
    indicators: { value: string }[];
  };
  assert.equal(manifest.items.length, 4);
  for (const item of manifest.items) {
    assert.ok(zip[item.path], `${item.path} is in the ZIP`);
    assert.equal(sha256(zip[item.path]), item.sha256, `${item.path} matches its SHA-256`);
  }
  assert.ok(manifest.indicators.some((i) => /JayCash22/i.test(i.value)));
  assert.equal(strFromU8(zip['summary.pdf'].slice(0, 5)), '%PDF-');
  assert.ok(zip['summary.pdf'].length > 1000);
  await phoneAndDesktopScreenshots(page, 'report-unlocked');

  await visit('/evidence');
  await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Unlock' }).click();
  await page.getByRole('heading', { name: 'In your locker (4)' }).waitFor();
  await page.locator('summary', { hasText: 'Wipe the locker' }).click();
  await page.getByRole('checkbox', { name: /delete everything/ }).check();
  await page.getByRole('button', { name: 'Wipe the locker' }).click();
  await page.getByRole('heading', { name: 'Make a locker' }).waitFor();
  await page.reload();
  await page.getByRole('heading', { name: 'Make a locker' }).waitFor();
});

test('stop the images spreading: fingerprints on the device, only fingerprints sent, case status and withdrawal', async () => {
  const image = readFileSync(PHOTO);
  const reference = 'd8f8f0cee0f4a84f0637022a078f67f0b36e2ed596621e1d33e6339c4e9c9b22';
  await visit('/stop-spreading');
  const before = requests.length;
  await page.getByLabel('Choose pictures or videos from this device').setInputFiles([
    { name: 'bridge.jpg', mimeType: 'image/jpeg', buffer: image },
    { name: 'broken.jpg', mimeType: 'image/jpeg', buffer: Buffer.from('this is not really a picture') },
    { name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('hello') },
  ]);
  await page.getByText(/Fingerprints ready for 2 of 3 files/).waitFor();
  assert.ok(await page.getByText(/is not a picture or a video/).isVisible());
  assert.ok(await page.getByText(/could not open this picture/).isVisible());
  const codes = await page.locator('.fingerprints dd code').allTextContents();
  const pdq = codes.find((c) => c.length === 64)!;
  assert.equal(pdq, reference, 'the browser PDQ is the reference hash');
  assert.ok(codes.includes(createHash('md5').update(image).digest('hex')), 'MD5 of the file shown');
  assert.equal(
    requests.slice(before).filter((r) => r.method !== 'GET').length,
    0,
    'nothing is sent while fingerprinting',
  );

  await page.getByRole('checkbox', { name: /only the fingerprints/ }).check();
  const keys: (string | undefined)[] = [];
  // Server unreachable: after the app's own retries, a kind message, and the fingerprints stay.
  await page.route('**/v1/cases', (route) => {
    keys.push(route.request().headers()['idempotency-key']);
    return route.abort('connectionrefused');
  });
  await page.getByRole('button', { name: /Send the fingerprints of 2 files/ }).click();
  await page
    .getByRole('alert')
    .getByText(/could not reach the Backstop server/)
    .waitFor();
  await page.unroute('**/v1/cases');
  // Sent again: the server makes the case but its answer is lost on the way. The app tries again
  // with the same Idempotency-Key and gets that same case and PIN, not a second case.
  let lost: { caseNumber: string; pin: string } | undefined;
  await page.route('**/v1/cases', async (route) => {
    keys.push(route.request().headers()['idempotency-key']);
    if (lost) return route.continue();
    lost = (await (await route.fetch()).json()) as { caseNumber: string; pin: string };
    return route.abort('timedout');
  });
  await page.getByRole('button', { name: /Send the fingerprints of 2 files/ }).click();
  const caseNumber = (await page.getByTestId('case-number').textContent())!;
  const pin = (await page.getByTestId('case-pin').textContent())!;
  await page.unroute('**/v1/cases');
  assert.match(caseNumber, /^BK-/);
  assert.deepEqual([caseNumber, pin], [lost?.caseNumber, lost?.pin], 'the lost case, not a second one');
  assert.ok(keys.length >= 3, `${keys.length} tries`);
  assert.equal(new Set(keys).size, 1, 'one Idempotency-Key for every try of one submission');
  assert.match(keys[0] ?? '', /^[A-Za-z0-9_-]{32}$/);
  await phoneAndDesktopScreenshots(page, 'stop-spreading-case-created');

  const sent = requests.slice(before).filter((r) => r.method !== 'GET' && r.method !== 'HEAD');
  assert.ok(sent.length >= 1);
  const imageBase64 = image.subarray(0, 600).toString('base64').slice(0, 200);
  for (const request of sent) {
    assert.equal(new URL(request.url).pathname, '/v1/cases', 'the only upload is the case');
    const body = request.body ?? Buffer.alloc(0);
    assert.ok(body.length < 2000, `case body is small (${body.length} bytes)`);
    assert.equal(body.indexOf(image.subarray(0, 64)), -1, 'no raw image bytes');
    assert.ok(!body.toString('latin1').includes(imageBase64), 'no base64 image bytes');
    const json = JSON.parse(body.toString('utf8')) as { fingerprints: Record<string, unknown>[] };
    for (const fingerprint of json.fingerprints) {
      for (const key of Object.keys(fingerprint)) assert.ok(['pdq', 'md5', 'quality'].includes(key), key);
    }
    assert.deepEqual(Object.keys(json).sort(), ['contentType', 'fingerprints']);
  }

  await page.getByRole('link', { name: /check your case/ }).click();
  await page.getByLabel('Case number').fill(caseNumber.toLowerCase());
  await page.getByLabel('PIN').fill('00000000');
  await page.getByRole('button', { name: 'Check my case' }).click();
  await page
    .getByRole('alert')
    .getByText(/could not find a case/)
    .waitFor();
  await page.getByLabel('PIN').fill(pin);
  await page.getByRole('button', { name: 'Check my case' }).click();
  await page.getByText('Your case is active.').waitFor();
  assert.equal(await page.getByTestId('case-status').textContent(), 'Active');
  await page.getByRole('checkbox', { name: /take my fingerprints out/ }).check();
  await page.getByRole('button', { name: 'Withdraw my case' }).click();
  await page.getByText(/has been withdrawn/).waitFor();
  assert.equal(await page.getByTestId('case-status').textContent(), 'Withdrawn');
  await phoneAndDesktopScreenshots(page, 'case-withdrawn');
});

const THREAT_CHAT = [
  'Mia: hey cutie, you look so fit in your pics',
  'Mia: add me on snap so we can talk more privately',
  'Mia: send me a pic, I sent you one',
  'Mia: I have your nudes. Pay me $500 in gift cards or I send them to all your followers and your family',
  'Mia: you have 1 hour. cashapp $MiaCash77',
].join('\n');

/** Pastes a chat into "Check a conversation", checks it and waits for the result's heading. */
async function checkChat(chat: string, heading: string): Promise<void> {
  await visit('/check-conversation');
  await page.getByLabel('The chat').fill(chat);
  await page.getByRole('button', { name: 'Check the chat' }).click();
  await page.getByRole('heading', { name: heading }).waitFor();
}

async function checkChatAs(countryId: string, age: 'Under 18' | '18 or over'): Promise<string> {
  await visit('/');
  await page.getByLabel('Where you live').first().selectOption(countryId);
  await page.getByRole('radio', { name: age }).check();
  await checkChat(THREAT_CHAT, 'This looks like sextortion');
  assert.ok(await page.getByRole('heading', { name: 'What to do next' }).isVisible());
  assert.match(
    (await page.locator('.result .driver').textContent()) ?? '',
    /worrying messages come from Mia\./,
    'the result names who drives the risk',
  );
  return (await page.locator('.result ol').textContent()) ?? '';
}

test('check a conversation explains the risk in plain words, with next steps for the reader', async () => {
  const us = await checkChatAs('us', '18 or over');
  assert.match(us, /Don't pay/);
  assert.match(us, /tips\.fbi\.gov/);
  assert.match(us, /StopNCII/);
  assert.doesNotMatch(us, /999|CEOP|Report Remove/, 'no UK services for an adult in the US');

  const details = page.getByRole('list', { name: 'Details found' });
  assert.match((await details.textContent()) ?? '', /Payment account \(Cash App\):\s*\$MiaCash77/);

  const uk = await checkChatAs('uk', 'Under 18');
  assert.match(uk, /999/);
  assert.match(uk, /CEOP/);
  assert.match(uk, /Report Remove/);
  assert.doesNotMatch(uk, /911|StopNCII/, 'no US or adult services for a child in the UK');
  await phoneAndDesktopScreenshots(page, 'check-conversation-result');
});

test('a quiet result asks the reader whether they were threatened, and leads to what to do now', async () => {
  // a threat in words the check does not know: the reader still gets the way to help
  await checkChat('Ray: hey\nRay: you know what you did. 9pm. no excuses', 'No usual warning signs found');
  const ask = page.getByRole('group', { name: /Did they threaten to share pictures/ });
  assert.ok(await ask.isVisible());
  await phoneAndDesktopScreenshots(page, 'check-conversation-quiet');
  await ask.getByRole('link', { name: /Yes, they did/ }).click();
  await page.waitForURL(/\/right-now$/);
  assert.ok(await page.getByRole('heading', { level: 1 }).isVisible());

  // a lone veiled threat is no alert, but not "nothing": it is named as a possible threat, and the ask stays
  await checkChat(
    'Sam: hey\nJo: hi\nSam: imagine if your coach saw this',
    'Some messages are worth a second look',
  );
  assert.match(await page.locator('.result').innerText(), /One message could be a threat/);
  assert.ok(await page.getByRole('group', { name: /Did they threaten to share pictures/ }).isVisible());
  await phoneAndDesktopScreenshots(page, 'check-conversation-veiled-threat');

  // the same words from someone the reader asked "who is this", who would not say: friends tease, strangers don't
  await checkChat(
    "Sam: hey\nJo: hi who is this\nSam: doesn't matter\nSam: imagine if your coach saw this",
    'This follows the pattern scammers use',
  );
  const stranger = await page.locator('.result').innerText();
  assert.match(stranger, /You asked who they are/);
  assert.match(stranger, /Sam/);
  await phoneAndDesktopScreenshots(page, 'check-conversation-stranger-threat');

  // a hint at the reader's people from that stranger is said as a hint, not as a threat to share pictures
  await checkChat(
    "Sam: hey\nJo: hi who is this\nSam: doesn't matter\nSam: your nan's on facebook isn't she? 🙂",
    'This follows the pattern scammers use',
  );
  const hint = await page.locator('.result').innerText();
  assert.match(hint, /brought up people in your life/);
  assert.match(hint, /Steps of the script seen: hinting at the people in your life\./);
  assert.doesNotMatch(hint, /threatened to share pictures|threatening to share pictures/);

  // a friend on a new number who names themselves gets the second look, not the alert
  await checkChat(
    'Sam: hey\nJo: hi who is this\nSam: lol its sam, new phone\nSam: imagine if your coach saw this',
    'Some messages are worth a second look',
  );

  await checkChat(THREAT_CHAT, 'This looks like sextortion');
  assert.equal(
    await page.getByRole('group', { name: /Did they threaten/ }).count(),
    0,
    'not asked when it saw the threat',
  );
});

test('a reader telling what happened instead of pasting the chat is answered as someone it is happening to', async () => {
  await checkChat(
    'a girl from insta is blackmailing me with a video, she wants 300',
    'It sounds like this is happening to you',
  );
  const result = await page.locator('.result').innerText();
  assert.match(result, /Do these first/);
  assert.match(result, /That is sextortion: it is a crime, it is not your fault/);
  assert.match(result, /What to do next/);
  assert.equal(
    await page.getByRole('group', { name: /Did they threaten/ }).count(),
    0,
    'not asked: they said so',
  );
  await phoneAndDesktopScreenshots(page, 'check-conversation-told');
});

test('a parent telling what is happening to their child is answered as someone helping them', async () => {
  await checkChat(
    'a man online has pictures of my daughter and is asking her for money',
    'It sounds like this is happening to someone you care about',
  );
  const result = await page.locator('.result').innerText();
  assert.match(result, /threatening a person you care about/);
  assert.match(result, /Stay calm and listen/);
  assert.match(result, /nude picture of a child/);
  // the steps for the young person they help, not the ones said to a teenager
  assert.doesNotMatch(result, /Do these first|You are not in trouble\. This is not your fault/);
  assert.doesNotMatch(result, /ask a trusted adult to do it with you/);
  // the pictures are theirs: blocked with them, on their device
  assert.match(result, /Use it together, on their phone: it makes a fingerprint on their device/);
  assert.doesNotMatch(result, /taken before you were 18|on your device/);
  await phoneAndDesktopScreenshots(page, 'check-conversation-told-other');
  await page.getByRole('link', { name: 'What to do as a parent, carer or teacher' }).click();
  await page.getByRole('heading', { name: 'Parents, carers and teachers' }).waitFor();
});

test('a parent telling of their child pushed for pictures, before any threat, gets the steps for helping', async () => {
  await checkChat(
    'a man on roblox keeps asking my son for nudes and told him to keep it secret',
    'It sounds like this is happening to someone you care about',
  );
  const result = await page.locator('.result').innerText();
  assert.match(result, /pushing a young person you care about/);
  assert.match(result, /Stay calm and listen/);
  assert.match(result, /Help them stop replying/);
  // the question for a teenager is not asked of the one helping
  assert.equal(await page.getByRole('group', { name: /Did they threaten/ }).count(), 0);
  await phoneAndDesktopScreenshots(page, 'check-conversation-pushed-other');
  await page.getByRole('link', { name: 'What to do as a parent, carer or teacher' }).click();
  await page.getByRole('heading', { name: 'Parents, carers and teachers' }).waitFor();
});

test('the briefing for schools prints on one page, A4 or Letter, for every country', async () => {
  for (const country of ['uk', 'us', 'au', 'ca', 'general']) {
    await visit('/');
    await page.getByLabel('Where you live').first().selectOption(country);
    await visit('/school-briefing');
    for (const format of ['A4', 'Letter'] as const) {
      // kept beside the screenshots for review
      const path = join(SCREENSHOTS, `school-briefing-${country}-${format}.pdf`);
      const pdf = await PDFDocument.load(await page.pdf({ path, format, printBackground: true }));
      assert.equal(pdf.getPageCount(), 1, `${country}, ${format}`);
    }
  }
});

test('works offline once visited (service worker)', async () => {
  await visit('/');
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => true));
  await context.setOffline(true);
  try {
    await page.goto(server.origin + '/support');
    await page.getByRole('heading', { name: 'You are not alone' }).waitFor();
  } finally {
    await context.setOffline(false);
  }
});

test('quick exit: Escape twice leaves for a neutral site and the app is not in Back history', async () => {
  const exitPage = await context.newPage();
  await exitPage.goto(server.origin + '/');
  await exitPage.getByRole('button', { name: 'Menu' }).click();
  await exitPage.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Support' }).click();
  await exitPage.getByRole('heading', { name: 'You are not alone' }).waitFor();
  await exitPage.keyboard.press('Escape');
  await exitPage.keyboard.press('Escape');
  await exitPage.waitForURL(NEUTRAL_SITE);
  await exitPage.goBack().catch(() => null);
  assert.ok(!exitPage.url().startsWith(server.origin), `Back went to ${exitPage.url()}, not the app`);

  await exitPage.goto(server.origin + '/right-now');
  await exitPage.getByRole('button', { name: 'Quick exit' }).click();
  await exitPage.waitForURL(NEUTRAL_SITE);
  await exitPage.close();
});

test('no request went to another site', () => {
  const foreign = requests
    .map((r) => r.url)
    .filter(
      (url) =>
        !url.startsWith(server.origin + '/') && !url.startsWith(NEUTRAL_SITE) && !/^(blob|data):/.test(url),
    );
  assert.deepEqual(foreign, []);
  assert.deepEqual(blocked, []);
});
