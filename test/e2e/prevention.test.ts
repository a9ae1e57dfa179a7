// Prevention (issue 14): the Stay safe guide, the per-app privacy check-up, the parents' guide to
// talking before anything happens, and the school lesson pack (a PDF made on the device). Each page:
// one h1, quick exit, no serious axe violations, fits 360 px, screenshots at 360 and 1280 px.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import {
  buildWebApp,
  launchBrowser,
  overflowAt,
  ROOT,
  SCREENSHOTS,
  startServer,
  type RunningServer,
  watchRequests,
} from './harness.ts';

const AXE = readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');
const CHECKUP = JSON.parse(readFileSync(join(ROOT, 'data/help/checkup.json'), 'utf8')) as {
  apps: { id: string; name: string; helpUrl: string; steps: { id: string; text: string }[] }[];
};

let server: RunningServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let blocked: string[] = [];

before(async () => {
  buildWebApp();
  server = await startServer();
  browser = await launchBrowser();
  context = await browser.newContext({
    viewport: { width: 360, height: 740 },
    acceptDownloads: true,
    serviceWorkers: 'block',
    locale: 'en-GB',
  });
  ({ blocked } = await watchRequests(context, server.origin));
  page = await context.newPage();
});

after(async () => {
  await context?.close();
  await browser?.close();
  await server?.stop();
});

async function axeViolations(target: Page): Promise<string[]> {
  await target.evaluate(AXE);
  const results = await target.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document) => Promise<{ violations: unknown[] }> } })
      .axe;
    return (await axe.run(document)).violations as { id: string; impact: string; help: string }[];
  });
  return results
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help}`);
}

/** The checks every page gets, then screenshots at 360 px and 1280 px into test-results/screenshots. */
async function checkPage(name: string) {
  assert.equal(await page.locator('h1').count(), 1, `${name} has one h1`);
  assert.ok(await page.getByRole('button', { name: 'Quick exit' }).isVisible(), `${name} has quick exit`);
  assert.deepEqual(await axeViolations(page), [], `axe on ${name}`);
  assert.deepEqual(await overflowAt(page), [], `${name} fits a 360px screen`);
  await page.screenshot({ path: join(SCREENSHOTS, `${name}-phone.png`), fullPage: true });
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}-desktop.png`), fullPage: true });
  await page.setViewportSize({ width: 360, height: 740 });
}

async function visit(path: string) {
  await page.goto(server.origin + path);
  await page.locator('h1').first().waitFor();
}

test('Stay safe: reached from Start, the signs of the script with what to do, the profile check and the check-up', async () => {
  await visit('/');
  await page.getByRole('link', { name: 'Stay safe', exact: true }).last().click();
  await page.getByRole('heading', { level: 1, name: 'Stay safe before anything happens' }).waitFor();
  assert.equal(new URL(page.url()).pathname, '/stay-safe');
  const text = await page.locator('main').innerText();
  for (const sign of [
    /likes you straight away/,
    /move to another app/,
    /send a picture first/,
    /ask for a picture back/,
  ]) {
    assert.match(text, sign);
  }
  assert.equal(await page.locator('main ol.signs-list > li').count(), 6, 'six signs');
  assert.equal(
    await page.locator('main ol.signs-list > li').filter({ hasText: 'What to do:' }).count(),
    6,
    'each sign says what to do',
  );
  assert.match(text, /not your fault/i);
  assert.match(text, /even if you sent a picture/);
  assert.doesNotMatch(text, /you should have|your own fault|why did you/i, 'never blames the reader');
  await checkPage('stay-safe');

  // "Is this person who they say?" leads to the profile check's signs and photo search.
  await page.getByRole('link', { name: /Check a profile: the signs and a photo search/ }).click();
  await page.getByRole('heading', { level: 1, name: 'Check a profile' }).waitFor();
  assert.ok(await page.getByRole('heading', { name: 'Signs of a fake profile' }).isVisible());
  assert.ok(await page.getByRole('heading', { name: 'Search for the profile photo' }).isVisible());
});

test('privacy check-up: every app from the data, its help link, ticks remembered on the device', async () => {
  await visit('/stay-safe');
  await page.getByRole('link', { name: /Do the privacy check-up/ }).click();
  await page.getByRole('heading', { level: 1, name: 'Privacy check-up' }).waitFor();
  assert.ok(CHECKUP.apps.length >= 7);
  for (const app of CHECKUP.apps) {
    const card = page.locator(`#app-${app.id}`);
    await card.locator('summary').click();
    assert.equal(await card.locator('input[type=checkbox]').count(), app.steps.length, `${app.id} steps`);
    assert.equal(
      await card.getByRole('link', { name: `${app.name} help` }).getAttribute('href'),
      app.helpUrl,
    );
    assert.ok(await card.getByText(app.steps[0].text).isVisible(), `${app.id}: the data's words are shown`);
  }
  assert.match(await page.locator('main').innerText(), /We checked these steps on 30 November 2026/);
  await checkPage('privacy-checkup');

  const instagram = page.locator('#app-instagram');
  await instagram.getByRole('checkbox').first().check();
  await instagram.getByRole('checkbox').nth(1).check();
  assert.match(await instagram.locator('summary').innerText(), /2 of 5 done/);
  const stored = await page.evaluate(() => localStorage.getItem('backstop.checkup'));
  assert.deepEqual(JSON.parse(stored ?? '{}'), { 'instagram.private': true, 'instagram.messages': true });

  await page.reload();
  await page.locator('h1').waitFor();
  await page.locator('#app-instagram summary').click();
  assert.match(await page.locator('#app-instagram summary').innerText(), /2 of 5 done/);
  assert.ok(await page.locator('#app-instagram').getByRole('checkbox').first().isChecked());
  await page.locator('#app-instagram').getByRole('checkbox').first().uncheck();
  assert.match(await page.locator('#app-instagram summary').innerText(), /1 of 5 done/);
});

test('no request went to another site', () => {
  assert.deepEqual(blocked, []);
});
