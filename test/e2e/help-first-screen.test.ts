// On a 360x640 phone, every crisis surface (Start, Right now, a checked chat that alerts) must show
// the four things the NCA and CEOP put first without scrolling: you are not in trouble, don't pay,
// stop replying, don't delete. The header is one line with a Menu button, and the Quick exit button
// never covers the page's text. (Before: "Do not pay" sat about 870 px down Right now.)
import { after, test } from 'node:test';
import assert from '../assert.ts';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { SCREENSHOTS, setUpE2e } from './harness.ts';

const PHONE = { width: 360, height: 640 };
const FIRST_THINGS = ['You are not in trouble.', 'Do not pay', 'Stop replying', 'Do not delete anything.'];

const e2e = setUpE2e();
let context: BrowserContext | undefined;
let page: Page;

/** One phone-sized page for the file, made once the harness has started chromium. */
async function phone(): Promise<Page> {
  if (!context) {
    context = await e2e.browser.newContext({ viewport: PHONE, locale: 'en-GB', serviceWorkers: 'block' });
    page = await context.newPage();
  }
  return page;
}

after(async () => {
  await context?.close();
});

interface Box {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

async function boxOf(selector: string, text?: string): Promise<Box> {
  const locator = text ? page.locator(selector, { hasText: text }).first() : page.locator(selector).first();
  const box = await locator.boundingBox();
  assert.ok(box, `${selector} ${text ?? ''} is shown`);
  return { top: box.y, bottom: box.y + box.height, left: box.x, right: box.x + box.width };
}

const overlaps = (a: Box, b: Box) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** The four first things are all inside the first screen, below the header and clear of Quick exit. */
async function assertFirstThingsOnFirstScreen(where: string, scope: string) {
  const header = await boxOf('.site-header');
  const exit = await boxOf('.quick-exit');
  for (const text of FIRST_THINGS) {
    const item = await boxOf(`${scope} .first-things li`, text);
    assert.ok(item.top >= header.bottom - 1, `${where}: "${text}" is below the header`);
    assert.ok(
      item.bottom <= PHONE.height,
      `${where}: "${text}" is on the first screen (ends at ${item.bottom}px)`,
    );
    assert.ok(!overlaps(item, exit), `${where}: Quick exit does not cover "${text}"`);
  }
}

test('the phone header is one line with a Menu button; the pages open from it', async () => {
  await phone();
  await page.goto(e2e.server.origin + '/');
  await page.locator('h1').waitFor();
  const header = await boxOf('.site-header');
  assert.ok(header.bottom - header.top <= 60, `one line (${header.bottom - header.top}px high)`);
  const menuBox = await boxOf('.menu-button');
  assert.ok(!overlaps(menuBox, await boxOf('.quick-exit')), 'Quick exit does not cover the Menu button');
  assert.ok(!overlaps(await boxOf('.brand'), await boxOf('.quick-exit')), 'nor the name');
  const nav = page.getByRole('navigation', { name: 'Main' });
  assert.equal(await nav.isVisible(), false, 'the nine links are folded away');
  const menu = page.getByRole('button', { name: 'Menu' });
  assert.equal(await menu.getAttribute('aria-expanded'), 'false');
  await menu.click();
  assert.equal(await menu.getAttribute('aria-expanded'), 'true');
  await nav.getByRole('link', { name: 'Right now' }).click();
  await page.getByRole('heading', { level: 1, name: 'Right now' }).waitFor();
  assert.equal(await nav.isVisible(), false, 'the menu closes on a new page');
  assert.equal(await menu.getAttribute('aria-expanded'), 'false');
});

test('Start and Right now show the four first things on a 360x640 screen', async () => {
  await phone();
  for (const path of ['/', '/right-now']) {
    await page.goto(e2e.server.origin + path);
    await page.locator('h1').waitFor();
    await assertFirstThingsOnFirstScreen(path, 'main');
    await page.screenshot({
      path: join(SCREENSHOTS, `first-screen-${path === '/' ? 'start' : path.slice(1)}-phone.png`),
    });
  }
});

test('scrolled, the header stays on top and Quick exit covers none of the text', async () => {
  await phone();
  await page.goto(e2e.server.origin + '/right-now');
  await page.locator('h1').waitFor();
  await page.mouse.wheel(0, 700);
  await page.waitForFunction(() => window.scrollY > 300);
  const header = await boxOf('.site-header');
  const exit = await boxOf('.quick-exit');
  assert.ok(header.top <= 0.5, 'the header stays at the top');
  assert.ok(exit.bottom <= header.bottom && exit.top >= header.top, 'Quick exit sits inside the header');
});

test('a checked chat that alerts starts with the four first things', async () => {
  await phone();
  await page.goto(e2e.server.origin + '/check-conversation');
  await page.locator('h1').waitFor();
  await page
    .getByLabel('The chat')
    .fill(
      [
        'mia: add me on snap so we can talk more privately',
        'mia: send me a pic, i sent you one',
        'mia: i have your pics. pay $300 to cashapp $MiaCash77 or i send them to all your followers and your family',
      ].join('\n'),
    );
  await page.getByRole('button', { name: 'Check the chat' }).click();
  const heading = page.getByRole('heading', { name: 'This looks like sextortion' });
  await heading.waitFor();
  // The result's own first screen: its heading at the top of the window, under the header.
  await heading.evaluate((element) => element.scrollIntoView({ block: 'start' }));
  await page.waitForTimeout(100);
  await assertFirstThingsOnFirstScreen('checked chat', '.result');
  await page.screenshot({ path: join(SCREENSHOTS, 'first-screen-checked-chat-phone.png') });
});
