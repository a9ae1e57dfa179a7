// Keyboard only: the main journeys driven with Tab, Shift+Tab, arrows, Space and Enter, never the
// mouse and never a direct fill or click. Every focused control must show a visible focus outline.
import { test } from 'node:test';
import assert from '../assert.ts';
import type { FileChooser, Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { fixturePath } from '../fixtures/pdq/conformance.ts';
import { setUpE2e } from './harness.ts';

const PHOTO = fixturePath('images/bridge-mods/aaa-orig.jpg');

const e2e = setUpE2e();
let page: Page;
const MAX_TABS = 80;

interface Focused {
  tag: string;
  name: string;
  outline: string;
}

async function focused(): Promise<Focused> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el) return { tag: '', name: '', outline: '' };
    const labelled = (el as HTMLInputElement).labels?.[0]?.textContent ?? '';
    const style = getComputedStyle(el);
    return {
      tag: el.tagName,
      name: (el.getAttribute('aria-label') || labelled || el.textContent || '').trim(),
      outline: style.outlineStyle === 'none' ? 'none' : `${style.outlineStyle} ${style.outlineWidth}`,
    };
  });
}

const pick = ({ tag, name }: Focused) => ({ tag, name });

/** Presses Tab (or Shift+Tab) until the focused control's name matches; fails if it is never reached. */
async function tabTo(name: RegExp, key: 'Tab' | 'Shift+Tab' = 'Tab'): Promise<Focused> {
  for (let n = 0; n < MAX_TABS; n++) {
    await page.keyboard.press(key);
    const now = await focused();
    // BODY: focus has left the page for the browser's own controls; the next Tab comes back.
    if (now.tag !== 'BODY' && name.test(now.name)) {
      assert.notEqual(now.outline, 'none', `"${now.name}" (${now.tag}) shows where the focus is`);
      return now;
    }
  }
  throw new Error(`${name} was not reached with ${MAX_TABS} presses of Tab`);
}

// The file chooser is watched from the page's first moment, not from just before the key press:
// Playwright switches Chromium's chooser interception on without waiting, so a watcher set up beside the
// press can miss a chooser that opens first (puppeteer/puppeteer#6040). Seen once on a loaded CI host.
const choosers: FileChooser[] = [];
let awaitingChooser: ((chooser: FileChooser) => void) | undefined;

function nextChooser(timeoutMs = 30_000): Promise<FileChooser> {
  const opened = choosers.shift();
  if (opened) return Promise.resolve(opened);
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`no file chooser opened within ${timeoutMs} ms`)),
      timeoutMs,
    );
    awaitingChooser = (chooser) => {
      clearTimeout(timer);
      resolve(chooser);
    };
  });
}

async function open(path: string) {
  if (!page) {
    page = await e2e.browser.newPage({ viewport: { width: 360, height: 740 }, serviceWorkers: 'block' });
    page.on('filechooser', (chooser) => {
      const waiting = awaitingChooser;
      awaitingChooser = undefined;
      if (waiting) waiting(chooser);
      else choosers.push(chooser);
    });
  }
  await page.goto(e2e.server.origin + path);
  await page.locator('h1').first().waitFor();
}

test('the first Tab reaches "Skip to main content", which moves focus past the menu', async () => {
  await open('/');
  await page.keyboard.press('Tab');
  const skip = await focused();
  assert.equal(skip.name, 'Skip to main content');
  assert.notEqual(skip.outline, 'none');
  assert.ok(
    await page.getByRole('link', { name: 'Skip to main content' }).isVisible(),
    'visible when focused',
  );
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  const inMain = await page.evaluate(() => Boolean(document.activeElement?.closest('main')));
  assert.ok(inMain, 'the next Tab lands inside the page content, not the menu');
});

test('quick exit is the first control after the skip link and the site name', async () => {
  await open('/right-now');
  const order: string[] = [];
  for (let n = 0; n < 3; n++) {
    await page.keyboard.press('Tab');
    order.push((await focused()).name);
  }
  assert.deepEqual(order, ['Skip to main content', 'Backstop Help', 'Quick exit']);
});

test('start → right now: age with arrow keys, then tick the checklist with Space', async () => {
  await open('/');
  await tabTo(/^Under 18$/);
  await page.keyboard.press('ArrowRight');
  assert.ok(await page.getByRole('radio', { name: '18 or over' }).isChecked(), 'arrow key changes the age');
  await page.keyboard.press('ArrowLeft');
  assert.ok(await page.getByRole('radio', { name: 'Under 18' }).isChecked());

  await tabTo(/Show me what to do right now/);
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { level: 1, name: /right now/i }).waitFor();
  assert.equal((await focused()).tag, 'H1', 'the new page heading has focus, so it is announced');

  await tabTo(/Do not pay/);
  await page.keyboard.press('Space');
  assert.ok(await page.getByRole('checkbox', { name: /Do not pay/ }).isChecked());
  await page.keyboard.press('Space');
  assert.ok(!(await page.getByRole('checkbox', { name: /Do not pay/ }).isChecked()), 'Space unticks it');
});

test('evidence locker: make it, save a message and lock it, all from the keyboard', async () => {
  await open('/evidence');
  const passphrase = 'keyboard only horse battery';
  await tabTo(/^Passphrase$/);
  await page.keyboard.type(passphrase);
  await tabTo(/Type it again/);
  await page.keyboard.type(passphrase);
  await page.keyboard.press('Enter');
  await page.getByText('Your locker is ready and unlocked.').waitFor();
  // The form was replaced by the locker: focus moves to it instead of falling back to the page top.
  assert.deepEqual(pick(await focused()), { tag: 'H2', name: 'Add evidence' });

  await tabTo(/^The messages$/);
  await page.keyboard.type('sam: add me on snap sam_k22');
  await tabTo(/^Save messages$/);
  await page.keyboard.press('Enter');
  await page.getByText(/Saved the messages/).waitFor();
  assert.match(
    (await page.getByRole('list', { name: 'Details found' }).first().textContent()) ?? '',
    /sam_k22/,
  );

  await tabTo(/^Lock the locker$/, 'Shift+Tab');
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: /Unlock/ }).waitFor();
  assert.deepEqual(pick(await focused()), { tag: 'H2', name: 'Your locker is locked' });
  await page.keyboard.press('Tab');
  assert.equal((await focused()).name, 'Passphrase', 'the next Tab is the passphrase to unlock it');
});

test('check a chat: type it, run the check and reach the next steps from the keyboard', async () => {
  await open('/check-conversation');
  await tabTo(/^The chat$/);
  await page.keyboard.type('kai: i have your pics. pay $300 or i send them to all your followers');
  await tabTo(/^Check the chat$/);
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: 'This looks like sextortion' }).waitFor();
  await tabTo(/^What to do right now$/);
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { level: 1, name: /right now/i }).waitFor();
});

test('stop the images spreading: choose a picture, agree and send, from the keyboard', async () => {
  await open('/stop-spreading');
  await tabTo(/Choose pictures or videos/);
  assert.equal(choosers.length, 0, 'no file chooser is open yet');
  await page.keyboard.press('Space');
  const chooser = await nextChooser();
  await chooser.setFiles({
    name: 'photo.jpg',
    mimeType: 'image/jpeg',
    buffer: readFileSync(PHOTO),
  });
  await page.getByText(/Fingerprints ready for 1 file\./).waitFor();
  await tabTo(/only the fingerprints/);
  await page.keyboard.press('Space');
  await tabTo(/^Send the fingerprints/);
  await page.keyboard.press('Enter');
  await page.getByTestId('case-number').waitFor();
  assert.match((await page.getByTestId('case-number').textContent()) ?? '', /^BK-/);
  assert.deepEqual(
    pick(await focused()),
    { tag: 'H2', name: '2. Send the fingerprints' },
    'focus kept its place',
  );

  const caseNumber = (await page.getByTestId('case-number').textContent()) ?? '';
  const pin = (await page.getByTestId('case-pin').textContent()) ?? '';

  await open('/case');
  await tabTo(/^Case number$/);
  await page.keyboard.type(caseNumber);
  await tabTo(/^PIN$/);
  await page.keyboard.type(pin);
  await page.keyboard.press('Enter');
  await page.getByText('Your case is active.').waitFor();
  await tabTo(/take my fingerprints out/);
  await page.keyboard.press('Space');
  await tabTo(/^Withdraw my case$/);
  await page.keyboard.press('Enter');
  await page.getByText(/has been withdrawn/).waitFor();
  assert.deepEqual(pick(await focused()), { tag: 'H2', name: `Case ${caseNumber}` }, 'focus kept its place');
});
