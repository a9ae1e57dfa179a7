// Issue 13, "Flow and layout", "Privacy after leaving" and "Trust": each problem found walking the
// Help app as a teenager, a parent and a teacher, checked in Debian's chromium the way it was met.
import { after, test } from 'node:test';
import assert from '../assert.ts';
import { readFileSync } from 'node:fs';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import sharp from 'sharp';
import { fixturePath } from '../fixtures/pdq/conformance.ts';
import {
  CHROMIUM,
  phoneAndDesktopScreenshots,
  setUpE2e,
  startServer,
  type RunningServer,
} from './harness.ts';

const PHONE = { width: 360, height: 740 };
const DESKTOP = { width: 1280, height: 800 };
const PHOTO = fixturePath('images/bridge-mods/aaa-orig.jpg');
const PASSPHRASE = 'quiet green kettle lamp';
const THREAT = [
  'mia: add me on snap so we can talk more privately',
  'mia: send me a pic, i sent you one',
  'mia: i have your pics. pay $300 to cashapp $MiaCash77 or i send them to all your followers and your family',
].join('\n');

const e2e = setUpE2e();
const contexts: BrowserContext[] = [];
after(async () => {
  for (const context of contexts) await context.close();
});

/** A fresh context (its own storage) with the settings given, and a page on `path`. */
async function open(
  path: string,
  options: {
    viewport?: { width: number; height: number };
    countryId?: string;
    age?: string;
    origin?: string;
  } = {},
): Promise<Page> {
  const origin = options.origin ?? e2e.server.origin;
  const context = await e2e.browser.newContext({
    viewport: options.viewport ?? PHONE,
    locale: 'en-GB',
    serviceWorkers: 'block',
  });
  contexts.push(context);
  const page = await context.newPage();
  await page.goto(origin + '/');
  await page.evaluate((settings) => localStorage.setItem('backstop.settings', JSON.stringify(settings)), {
    age: options.age ?? 'under18',
    countryId: options.countryId ?? 'uk',
    chosen: true,
  });
  await page.goto(origin + path);
  await page.locator('h1').first().waitFor();
  return page;
}

const focusedText = (page: Page) => page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');

async function inWindow(page: Page, selector: string): Promise<boolean> {
  return page
    .locator(selector)
    .first()
    .evaluate((element) => {
      const box = element.getBoundingClientRect();
      return box.top >= 0 && box.top < window.innerHeight - 40;
    });
}

test('after "Check the chat" on a desktop the result is scrolled into view and its heading has focus', async () => {
  const page = await open('/check-conversation', { viewport: DESKTOP });
  // A long chat makes the form tall, so the result starts below the window.
  await page.getByLabel('The chat').fill(`${THREAT}\n${'mia: hello?\n'.repeat(40)}`);
  await page.getByRole('button', { name: 'Check the chat' }).click();
  await page.locator('.result h2').waitFor();
  await page.waitForFunction(() => document.activeElement?.matches('.result h2'));
  assert.equal(await focusedText(page), 'This looks like sextortion');
  assert.ok(await inWindow(page, '.result h2'), 'the result heading is in the window');
  await phoneAndDesktopScreenshots(page, 'flow-check-result');
});

test('phone numbers on Right now and in a checked chat\u2019s steps are tel: links; pages and sites named in steps are links', async () => {
  const page = await open('/right-now');
  const police = page.locator('.checklist li', { hasText: 'Report it to the police' });
  assert.equal(await police.locator('a[href="tel:999"]').textContent(), '999');
  assert.equal(await police.locator('a[href="tel:101"]').textContent(), '101');
  const lookAfter = page.locator('.checklist li', { hasText: 'Look after yourself' });
  assert.ok((await lookAfter.locator('a[href^="tel:"]').count()) >= 1, 'the crisis line can be tapped');

  await page.goto(e2e.server.origin + '/check-conversation');
  await page.getByLabel('The chat').fill(THREAT);
  await page.getByRole('button', { name: 'Check the chat' }).click();
  const steps = page.locator('.result ol');
  await steps.waitFor();
  assert.equal(await steps.locator('a[href="tel:999"]').count(), 1, '999 in the steps can be tapped');
  assert.equal(await steps.locator('a[href="tel:101"]').count(), 1, '101 in the steps can be tapped');
  const inApp = steps.locator('a[href="/stop-spreading"]');
  assert.match((await inApp.textContent()) ?? '', /Stop images spreading/);
  await inApp.click();
  await page.getByRole('heading', { level: 1, name: 'Stop the images spreading' }).waitFor();

  // The US steps: the FBI's site and 1-800-CALL-FBI (dialled as digits).
  const us = await open('/check-conversation', { countryId: 'us' });
  await us.getByLabel('The chat').fill(THREAT);
  await us.getByRole('button', { name: 'Check the chat' }).click();
  const usSteps = us.locator('.result ol');
  await usSteps.waitFor();
  assert.equal(await usSteps.locator('a[href="https://tips.fbi.gov"]').count(), 1, 'tips.fbi.gov is a link');
  assert.equal(await usSteps.locator('a[href="tel:18002255324"]').textContent(), '1-800-CALL-FBI');
  assert.equal(await usSteps.locator('a[href="tel:911"]').count(), 1);
});

test('a checked chat that talks of suicide opens with the crisis lines of the reader\u2019s country, said once', async () => {
  const chat = `${THREAT}\nme: please dont i want to die\nmia: pay or kys`;
  const page = await open('/check-conversation');
  await page.getByLabel('The chat').fill(chat);
  await page.getByRole('button', { name: 'Check the chat' }).click();
  const crisis = page.locator('.result [data-testid="crisis-lines"]');
  await crisis.waitFor();
  assert.match(await crisis.innerText(), /If you are thinking about hurting yourself/);
  assert.equal(await crisis.locator('a[href="tel:116123"]').count(), 1, 'Samaritans can be tapped');
  const order = await page.evaluate(() => {
    const all = Array.from(document.querySelectorAll('.result *'));
    return {
      crisis: all.indexOf(document.querySelector('.result [data-testid="crisis-lines"]') as Element),
      first: all.indexOf(document.querySelector('.result [data-testid="first-things"]') as Element),
    };
  });
  assert.ok(order.crisis >= 0 && order.crisis < order.first, 'above "Do these first"');
  const text = await page.locator('.result').innerText();
  assert.equal(text.match(/talked about suicide or self-harm/g)?.length, 1, 'said once, in the crisis box');
  assert.doesNotMatch(
    await page.locator('.result ol').innerText(),
    /findahelpline/,
    'no generic crisis step',
  );
  await phoneAndDesktopScreenshots(page, 'flow-check-crisis');

  const us = await open('/check-conversation', { countryId: 'us' });
  await us.getByLabel('The chat').fill('me: i want to die');
  await us.getByRole('button', { name: 'Check the chat' }).click();
  const usCrisis = us.locator('.result [data-testid="crisis-lines"]');
  await usCrisis.waitFor();
  assert.ok((await usCrisis.locator('a[href="tel:988"]').count()) >= 1, '988 can be tapped');
  assert.equal(await us.locator('.result h2').textContent(), 'No usual warning signs found');

  // a teen's own story ("… i dont want to be here anymore") is spoken of as what they wrote, not as a chat
  const story = await open('/check-conversation');
  await story
    .getByLabel('The chat')
    .fill('he sent my pics to my cousin to prove hes serious. i paid twice. i dont want to be here anymore');
  await story.getByRole('button', { name: 'Check the chat' }).click();
  const storyCrisis = story.locator('.result [data-testid="crisis-lines"]');
  await storyCrisis.waitFor();
  assert.match(await storyCrisis.innerText(), /What you wrote talks about suicide or self-harm/);
  assert.equal(await story.locator('.result h2').textContent(), 'It sounds like this is happening to you');

  // a teen telling of someone pushing them for pictures, before any threat: their own title and the early steps, with
  // where to report it for their country (a UK reader: CEOP)
  const pushed = await open('/check-conversation');
  await pushed
    .getByLabel('The chat')
    .fill(
      'a guy i met on insta keeps asking me for pics and says i should delete our chats so my parents dont see',
    );
  await pushed.getByRole('button', { name: 'Check the chat' }).click();
  await pushed.locator('.result h2').waitFor();
  assert.equal(await pushed.locator('.result h2').textContent(), 'It sounds like someone is pushing you');
  const pushedText = await pushed.locator('.result').innerText();
  assert.match(pushedText, /That is often how sextortion starts, and it is not your fault/);
  assert.match(pushedText, /You don't have to send any picture/);
  assert.match(pushedText, /CEOP/);
  assert.doesNotMatch(pushedText, /No usual warning signs/);
  await phoneAndDesktopScreenshots(pushed, 'flow-check-pushed');

  const calm = await open('/check-conversation');
  await calm.getByLabel('The chat').fill(THREAT);
  await calm.getByRole('button', { name: 'Check the chat' }).click();
  await calm.locator('.result h2').waitFor();
  assert.equal(await calm.locator('[data-testid="crisis-lines"]').count(), 0);
});

test('"I am a teacher" lands on the teachers\u2019 section; parents are not told to ask a trusted adult', async () => {
  for (const viewport of [PHONE, DESKTOP]) {
    const page = await open('/', { viewport });
    await page.getByRole('link', { name: 'I am a teacher' }).click();
    await page.waitForFunction(() => document.activeElement?.tagName === 'H2');
    assert.equal(await focusedText(page), 'For teachers and school staff', `${viewport.width}px: focus`);
    const teachers = page.getByRole('heading', { name: 'For teachers and school staff' });
    const box = await teachers.boundingBox();
    assert.ok(
      box && box.y >= 0 && box.y < viewport.height / 2,
      `${viewport.width}px: teachers at the top (${box?.y})`,
    );
    const parents = await page.getByRole('heading', { name: 'For parents and carers' }).boundingBox();
    assert.ok(
      parents && parents.y + parents.height <= 0,
      `${viewport.width}px: the parents\u2019 section is above`,
    );
    if (viewport === PHONE) await phoneAndDesktopScreenshots(page, 'flow-teachers');
    const text = await page.locator('main').innerText();
    assert.doesNotMatch(text, /trusted adult to do it with you/i, 'no "ask a trusted adult" for parents');
    assert.match(text, /Report it to the police\. Call 999/);
  }
  // The young person still gets it.
  const young = await open('/right-now');
  assert.match(await young.locator('main').innerText(), /You can ask a trusted adult to do it with you\./);
});

test('the school briefing: no "999: 999", the app\u2019s address, print margins, the UK guidance for schools', async () => {
  const page = await open('/school-briefing');
  const text = await page.locator('.briefing').innerText();
  assert.doesNotMatch(text, /\b(\d{3}): \1\b/, 'no number repeated after its name');
  assert.match(text, /Police emergency: 999/);
  const host = new URL(e2e.server.origin).host;
  assert.equal(await page.getByTestId('app-address').textContent(), host);
  const guidance = (await page.getByTestId('school-guidance').textContent()) ?? '';
  assert.match(
    guidance,
    /Sharing nudes and semi-nudes: advice for education settings working with children and young people/,
  );
  assert.match(guidance, /UK Council for Internet Safety \(UKCIS\)/);
  assert.match(guidance, /gov\.uk\/government\/publications\/sharing-nudes-and-semi-nudes/);
  const margins = await page.evaluate(() =>
    Array.from(document.styleSheets)
      .flatMap((sheet) => Array.from(sheet.cssRules))
      .filter((rule): rule is CSSPageRule => rule instanceof CSSPageRule)
      .map((rule) => [rule.style.marginTop, rule.style.marginLeft]),
  );
  assert.ok(
    margins.some(([top, left]) => parseFloat(top) >= 10 && parseFloat(left) >= 10),
    `a print margin of at least 10 mm (${JSON.stringify(margins)})`,
  );
  await phoneAndDesktopScreenshots(page, 'flow-school-briefing');
  // Another country: no UK guidance.
  const us = await open('/school-briefing', { countryId: 'us' });
  assert.equal(await us.getByTestId('school-guidance').count(), 0);
  assert.doesNotMatch(await us.locator('.briefing').innerText(), /\b(\d{3}): \1\b/);
});

test('a chosen file stays chosen: the file input keeps its file instead of "No file chosen"', async () => {
  const page = await open('/check-conversation');
  const chooser = page.getByLabel(/Or load a chat export/);
  await chooser.setInputFiles({ name: 'chat.txt', mimeType: 'text/plain', buffer: Buffer.from(THREAT) });
  await page.locator('.result h2').waitFor();
  assert.deepEqual(
    await chooser.evaluate((input: HTMLInputElement) => Array.from(input.files ?? []).map((f) => f.name)),
    ['chat.txt'],
  );
  await page.goto(e2e.server.origin + '/stop-spreading');
  const pictures = page.getByLabel('Choose pictures or videos from this device');
  await pictures.setInputFiles({ name: 'bridge.jpg', mimeType: 'image/jpeg', buffer: readFileSync(PHOTO) });
  await page.getByText(/Fingerprints ready for 1 file/).waitFor();
  assert.equal(await pictures.evaluate((input: HTMLInputElement) => input.files?.length), 1);
  await page.getByRole('button', { name: 'Clear the list' }).click();
  assert.equal(
    await pictures.evaluate((input: HTMLInputElement) => input.files?.length),
    0,
    'cleared with the list',
  );
});

test('a case: a plain picture is explained, 4 fingerprints for 2 pictures explained, the case number on one line, the PIN copied', async () => {
  const page = await open('/stop-spreading');
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: e2e.server.origin });
  const plain = await sharp({ create: { width: 200, height: 200, channels: 3, background: '#7a9cc6' } })
    .png()
    .toBuffer();
  await page.getByLabel('Choose pictures or videos from this device').setInputFiles([
    { name: 'bridge.jpg', mimeType: 'image/jpeg', buffer: readFileSync(PHOTO) },
    { name: 'plain.png', mimeType: 'image/png', buffer: plain },
  ]);
  await page.getByText(/Fingerprints ready for 2 files/).waitFor();
  const warnings = page.getByTestId('plain-picture');
  assert.equal(await warnings.count(), 1, 'only the plain picture is warned about');
  assert.equal(
    await page.locator('.picked', { has: warnings }).locator('.picked-name').textContent(),
    'plain.png',
  );
  assert.match((await warnings.textContent()) ?? '', /very plain/);

  await page.getByRole('checkbox', { name: /only the fingerprints/ }).check();
  await page.getByRole('button', { name: /Send the fingerprints of 2 files/ }).click();
  const created = page.locator('.case-created');
  await created.waitFor();
  assert.match((await created.locator('p').first().textContent()) ?? '', /4 fingerprints for 2 files/);
  assert.match(
    (await page.getByTestId('fingerprints-explained').textContent()) ?? '',
    /Each picture gets two fingerprints/,
  );

  const number = page.getByTestId('case-number');
  const lines = await number.evaluate((element) => {
    const range = document.createRange();
    range.selectNodeContents(element);
    return new Set(Array.from(range.getClientRects()).map((r) => Math.round(r.top))).size;
  });
  assert.equal(lines, 1, 'the case number is on one line at 360px');

  const pin = (await page.getByTestId('case-pin').textContent()) ?? '';
  await page.getByRole('button', { name: 'Copy the PIN' }).click();
  await page.getByText('Copied. Paste the PIN into a note now.').waitFor();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), pin);
  await page.getByRole('button', { name: 'Copy the case number' }).click();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), await number.textContent());
  await phoneAndDesktopScreenshots(page, 'flow-case-created');
});

test('page titles are neutral by default, and descriptive only when the operator says so', async () => {
  const page = await open('/stop-spreading');
  for (const path of ['/stop-spreading', '/right-now', '/evidence', '/cover-your-tracks', '/about']) {
    await page.goto(e2e.server.origin + path);
    await page.locator('h1').waitFor();
    // After the operator's answer has been read (the footer shows it).
    await page.getByTestId('footer-operator').filter({ hasText: 'This copy is run by' }).waitFor();
    assert.equal(await page.title(), 'Help', `${path}: a neutral title`);
  }
  let server: RunningServer | undefined;
  try {
    server = await startServer({ pageTitles: 'descriptive' });
    const described = await open('/stop-spreading', { origin: server.origin });
    await described.waitForFunction(() => document.title !== 'Help');
    assert.equal(await described.title(), 'Stop the images spreading · Backstop Help');
  } finally {
    await server?.stop();
  }
});

test('clear what this app stored: ticks and settings at a tick; the locker only with its passphrase and a confirmation', async () => {
  const page = await open('/right-now');
  await page.getByRole('checkbox', { name: /Take a breath/ }).check();
  await page.getByText('1 of 10 done').waitFor();
  await page.goto(e2e.server.origin + '/evidence');
  await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
  await page.getByLabel('Type it again').fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Make my locker' }).click();
  await page.getByText('Your locker is ready and unlocked.').waitFor();

  await page.goto(e2e.server.origin + '/cover-your-tracks');
  const panel = page.getByTestId('clear-device');
  await panel.getByRole('button', { name: 'Clear the ticked things' }).click();
  await panel.getByText(/Cleared from this device: your ticks, your age group and country/).waitFor();
  assert.deepEqual(
    await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('backstop.'))),
    [],
    'nothing of the app left in localStorage',
  );

  const remove = panel.getByRole('button', { name: 'Delete the locker' });
  await panel.getByLabel('The locker\u2019s passphrase').fill(PASSPHRASE);
  assert.equal(await remove.isDisabled(), true, 'not without ticking the confirmation');
  await panel.getByLabel('The locker\u2019s passphrase').fill('not the passphrase');
  await panel.getByRole('checkbox', { name: /deletes everything in my locker/ }).check();
  await remove.click();
  await panel.getByText(/did not open the locker/).waitFor();
  const lockerRows = () =>
    page.evaluate(
      () =>
        new Promise<number>((resolve, reject) => {
          const request = indexedDB.open('backstop-locker');
          request.onerror = () => reject(request.error);
          request.onsuccess = () => {
            const tx = request.result.transaction('meta', 'readonly');
            const count = tx.objectStore('meta').count();
            count.onsuccess = () => {
              resolve(count.result);
              request.result.close();
            };
          };
        }),
    );
  assert.equal(await lockerRows(), 1, 'a wrong passphrase deletes nothing');
  await panel.getByLabel('The locker\u2019s passphrase').fill(PASSPHRASE);
  await remove.click();
  await panel.getByText(/evidence locker and everything in it are deleted/).waitFor();
  assert.equal(await lockerRows(), 0);
  await phoneAndDesktopScreenshots(page, 'cover-your-tracks-cleared');

  await page.goto(e2e.server.origin + '/right-now');
  await page.getByText('0 of 10 done').waitFor();
});

test('Back after using the app never brings it back unlocked: the page is reloaded locked and empty', async () => {
  // Playwright turns the back/forward cache off; phones have it on, so this browser does too.
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu'],
    ignoreDefaultArgs: ['--disable-back-forward-cache'],
  });
  try {
    const context = await browser.newContext({ viewport: PHONE, locale: 'en-GB', serviceWorkers: 'block' });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Page.enable');
    const notCached: unknown[] = [];
    cdp.on('Page.backForwardCacheNotUsed', (event) => notCached.push(event));
    await page.goto(e2e.server.origin + '/evidence');
    await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
    await page.getByLabel('Type it again').fill(PASSPHRASE);
    await page.getByRole('button', { name: 'Make my locker' }).click();
    await page.getByText('Your locker is ready and unlocked.').waitFor();
    await page.evaluate(() => {
      (window as unknown as { stillHere: boolean }).stillHere = true;
    });
    // Another page, then Back: the browser brings the app back from its back/forward cache...
    await page.goto(e2e.server.origin + '/readyz');
    await page.goBack({ waitUntil: 'commit' });
    // ...and the app loads itself afresh: locked, nothing left on screen.
    await page.getByRole('heading', { name: 'Your locker is locked' }).waitFor({ timeout: 15_000 });
    assert.deepEqual(notCached, [], 'the page really came back from the back/forward cache');
    assert.equal(
      await page.evaluate(() => (window as unknown as { stillHere?: boolean }).stillHere ?? false),
      false,
      'the page was loaded afresh, not shown as it was',
    );
    assert.equal(await page.getByText('Your locker is ready and unlocked.').count(), 0);
  } finally {
    await browser.close();
  }
});

test('About and the footer say who runs this copy: an honest default, and the operator\u2019s details when set', async () => {
  const page = await open('/about');
  const operator = page.getByTestId('operator');
  await operator.getByText('This copy is run by someone who has not added their details.').waitFor();
  assert.match((await operator.innerText()) ?? '', /Contact\s+Not given/);
  assert.match(
    await page.getByTestId('footer-operator').innerText(),
    /someone who has not added their details/,
  );
  await phoneAndDesktopScreenshots(page, 'about-default');

  let server: RunningServer | undefined;
  try {
    server = await startServer({
      operator: {
        name: 'Example Youth Trust',
        contact: 'help@example.org',
        privacyNotice: 'https://example.org/privacy',
      },
      listCheckedBy: ['Example Chat'],
    });
    const answer = await (await fetch(`${server.origin}/v1/operator`)).json();
    assert.deepEqual(answer, {
      listCheckedBy: ['Example Chat'],
      name: 'Example Youth Trust',
      contact: 'help@example.org',
      privacyNotice: 'https://example.org/privacy',
      pageTitles: 'neutral',
    });
    const set = await open('/about', { origin: server.origin });
    const details = set.getByTestId('operator');
    await details.getByText('Example Youth Trust').waitFor();
    assert.equal(await details.locator('a[href="mailto:help@example.org"]').count(), 1);
    assert.equal(await details.locator('a[href="https://example.org/privacy"]').count(), 1);
    assert.match(await details.innerText(), /Example Chat/);
    const widths = await details.locator('dd').evaluateAll((dds) => dds.map((dd) => dd.clientWidth));
    assert.ok(
      widths.every((w) => w >= 250),
      `each detail has the width of the card on a phone (${widths})`,
    );
    assert.match(
      await set.getByTestId('footer-operator').innerText(),
      /This copy is run by Example Youth Trust\./,
    );
    await phoneAndDesktopScreenshots(set, 'about-operator');
  } finally {
    await server?.stop();
  }
});
