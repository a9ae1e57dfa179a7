// The Help app must describe each image-removal service as it works (checked against the services'
// own sites, see docs/web.md "Directory facts"), put the services the big apps use first, and say
// honestly which apps check Backstop's own list. Each test here fails on the wording the app had
// before: Report Remove "makes the fingerprint on your device" and works "without you sending the
// pictures to anyone", the CCRI helpline offered as a way to block pictures, no Take It Down for an
// adult whose pictures were taken before 18, and Backstop's list first, "checked by apps" unnamed.
import { after, test } from 'node:test';
import assert from '../assert.ts';
import type { BrowserContext, Page } from 'playwright-core';
import { setUpE2e, startServer, type RunningServer } from './harness.ts';

const e2e = setUpE2e();
const contexts: BrowserContext[] = [];

after(async () => {
  for (const context of contexts) await context.close().catch(() => undefined);
});

/** A fresh phone-sized page with the age group and country already chosen. */
async function pageAs(origin: string, countryId: string, age: 'under18' | 'adult'): Promise<Page> {
  const context = await e2e.browser.newContext({
    viewport: { width: 360, height: 740 },
    locale: 'en-GB',
    serviceWorkers: 'block',
  });
  contexts.push(context);
  await context.addInitScript(
    (settings) => localStorage.setItem('backstop.settings', JSON.stringify(settings)),
    { age, countryId, chosen: true },
  );
  return context.newPage();
}

async function open(page: Page, origin: string, path: string) {
  await page.goto(origin + path);
  await page.locator('h1').first().waitFor();
}

/** The names of the image-removal services on Stop the images spreading, in page order. */
async function serviceNames(page: Page): Promise<string[]> {
  return page.locator('.service-list .service-name').allTextContents();
}

async function cardOf(page: Page, name: RegExp): Promise<string> {
  return (await page.locator('li.service', { has: page.getByRole('heading', { name }) }).innerText()).trim();
}

/** The Right now checklist's "Get the pictures blocked" step. */
async function blockStep(page: Page): Promise<string> {
  return page.locator('.checklist li', { hasText: 'Get the pictures blocked' }).innerText();
}

/** Whether `first` comes before `second` in the document. */
async function comesBefore(page: Page, first: string, second: string): Promise<boolean> {
  return page.evaluate(
    ([a, b]) => {
      const headings = Array.from(document.querySelectorAll('h2'));
      const x = headings.find((h) => h.textContent === a);
      const y = headings.find((h) => h.textContent === b);
      return Boolean(x && y && x.compareDocumentPosition(y) & Node.DOCUMENT_POSITION_FOLLOWING);
    },
    [first, second],
  );
}

test('UK, under 18: Report Remove is an upload the IWF reviews; Take It Down fingerprints on the device; both come first', async () => {
  const origin = e2e.server.origin;
  const page = await pageAs(origin, 'uk', 'under18');
  await open(page, origin, '/stop-spreading');
  assert.deepEqual((await serviceNames(page)).slice(0, 2), [
    'Report Remove (Childline and the IWF)',
    'Take It Down (NCMEC)',
  ]);
  assert.ok(!(await serviceNames(page)).some((n) => /StopNCII/.test(n)), 'no adult service for a child');
  assert.ok(
    await comesBefore(page, 'Services the big apps use', 'Backstop\u2019s own list'),
    'the services the apps use come before Backstop\u2019s own list',
  );

  const reportRemove = await cardOf(page, /Report Remove/);
  assert.match(reportRemove, /confirm your age/);
  assert.match(reportRemove, /Childline account/);
  assert.match(reportRemove, /upload the picture or video, or a link to it, safely to the IWF/);
  assert.match(reportRemove, /Their staff look at it/);
  assert.match(reportRemove, /Run by Childline \(part of the NSPCC\) and the Internet Watch Foundation/);
  assert.doesNotMatch(reportRemove, /on your device|not uploaded|fingerprint/i);

  const takeItDown = await cardOf(page, /Take It Down/);
  assert.match(takeItDown, /fingerprint on your device, so the picture is not uploaded/);
  assert.match(takeItDown, /Run by the National Center for Missing & Exploited Children \(NCMEC\)/);

  await open(page, origin, '/right-now');
  const step = await blockStep(page);
  assert.match(step, /With Report Remove, you upload the picture safely to the IWF/);
  assert.match(step, /Take It Down .* on your device, so the picture is never uploaded/);
  assert.doesNotMatch(step, /without you sending the pictures/);
  assert.ok(
    step.indexOf('Report Remove') < step.indexOf('Take It Down'),
    'the checklist names them in the same order',
  );
});

test('US, 18 or over: StopNCII, then Take It Down for pictures taken before 18; the CCRI line is a helpline', async () => {
  const origin = e2e.server.origin;
  const page = await pageAs(origin, 'us', 'adult');
  await open(page, origin, '/stop-spreading');
  assert.deepEqual(await serviceNames(page), ['StopNCII.org', 'Take It Down (NCMEC)']);
  assert.match(await cardOf(page, /StopNCII/), /18 or over/);
  assert.match(
    await cardOf(page, /StopNCII/),
    /Run by the Revenge Porn Helpline, part of the UK charity SWGfL/,
  );
  assert.match(await cardOf(page, /Take It Down/), /before you were 18, even if you are older now/);

  await open(page, origin, '/right-now');
  const step = await blockStep(page);
  assert.match(step, /StopNCII\.org is for pictures taken when you were 18 or over/);
  assert.match(step, /Take It Down is for pictures taken before you were 18/);
  assert.doesNotMatch(
    step,
    /CCRI|Cyber Civil Rights/,
    'a helpline is not offered as a way to block pictures',
  );

  await open(page, origin, '/support');
  const ccri = await cardOf(page, /CCRI Image Abuse Helpline/);
  assert.match(ccri, /A helpline run by the Cyber Civil Rights Initiative/);
  assert.doesNotMatch(ccri, /\bblock/i);

  // A checked chat's "get the pictures blocked" step says the same.
  await open(page, origin, '/check-conversation');
  await page
    .getByLabel('The chat')
    .fill('mia: i have your pics. pay $300 to cashapp $MiaCash77 or i send them to all your followers');
  await page.getByRole('button', { name: 'Check the chat' }).click();
  await page.getByRole('heading', { name: 'What to do next' }).waitFor();
  const steps = (await page.locator('.result ol').textContent()) ?? '';
  assert.match(steps, /Take It Down is for pictures taken before you were 18/);
  assert.doesNotMatch(steps, /CCRI|never leave it/);
});

test('with no operator setting, the page says no app has been set up to check Backstop\u2019s list', async () => {
  const origin = e2e.server.origin;
  const answer = (await (await fetch(`${origin}/v1/operator`)).json()) as { listCheckedBy: string[] };
  assert.deepEqual(answer, { listCheckedBy: [], pageTitles: 'neutral' });
  const page = await pageAs(origin, 'uk', 'under18');
  await open(page, origin, '/stop-spreading');
  const status = page.getByTestId('list-checked-by');
  await status.filter({ hasNotText: 'Finding out' }).waitFor();
  assert.match(
    (await status.textContent()) ?? '',
    /No app has been set up to check this list by whoever runs this copy of Backstop/,
  );
  const text = await page.locator('main').innerText();
  assert.doesNotMatch(
    text,
    /fingerprint bank that apps and websites check/,
    'no unnamed apps said to check it',
  );
});

test('with --list-checked-by, the page names the apps the operator set up', async () => {
  let server: RunningServer | undefined;
  try {
    server = await startServer({ listCheckedBy: ['Example Chat', 'Example Photos'] });
    const answer = (await (await fetch(`${server.origin}/v1/operator`)).json()) as {
      listCheckedBy: string[];
    };
    assert.deepEqual(answer, { listCheckedBy: ['Example Chat', 'Example Photos'], pageTitles: 'neutral' });
    const page = await pageAs(server.origin, 'us', 'adult');
    await open(page, server.origin, '/stop-spreading');
    const status = page.getByTestId('list-checked-by');
    await status.filter({ hasText: 'Example Chat' }).waitFor();
    assert.match(
      (await status.textContent()) ?? '',
      /Whoever runs this copy of Backstop says these check this list: Example Chat, Example Photos\./,
    );
  } finally {
    await server?.stop();
  }
});
