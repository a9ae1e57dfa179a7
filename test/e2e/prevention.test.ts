// Prevention (issue 14): the Stay safe guide, the per-app privacy check-up, the parents' guide to
// talking before anything happens, and the school lesson pack (a PDF made on the device). Each page:
// one h1, quick exit, no serious axe violations, fits 360 px, screenshots at 360 and 1280 px.
import { after, before, test } from 'node:test';
import assert from '../assert.ts';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import sharp from 'sharp';
import { pdfPageTexts } from '../pdf-text.ts';
import { readingGrade } from '../reading-grade.ts';
import {
  axeViolations,
  buildWebApp,
  launchBrowser,
  phoneAndDesktopScreenshots,
  ROOT,
  SCREENSHOTS,
  startServer,
  type RunningServer,
  watchRequests,
} from './harness.ts';

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

/** The checks every page gets, then screenshots at 360 px and 1280 px into test-results/screenshots. */
async function checkPage(name: string) {
  assert.equal(await page.locator('h1').count(), 1, `${name} has one h1`);
  assert.ok(await page.getByRole('button', { name: 'Quick exit' }).isVisible(), `${name} has quick exit`);
  assert.deepEqual(await axeViolations(page), [], `axe on ${name}`);
  await phoneAndDesktopScreenshots(page, name);
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

test('parents: talking before anything happens, reached from Parents and teachers', async () => {
  await visit('/adults');
  await page.getByRole('link', { name: 'How to talk about it first' }).click();
  await page.getByRole('heading', { level: 1, name: 'Talk about it before anything happens' }).waitFor();
  assert.equal(new URL(page.url()).pathname, '/talk-first');
  assert.ok((await page.locator('main ul.opening-lines > li').count()) >= 3, 'a few opening lines');
  for (const heading of [
    'How to start',
    'What not to say',
    'Do the check-up together',
    'If they come to you',
  ]) {
    assert.ok(await page.getByRole('heading', { level: 2, name: heading }).isVisible(), heading);
  }
  const text = await page.locator('main').innerText();
  assert.match(text, /would not be angry/);
  assert.match(text, /Do not copy, save or forward any nude picture of a child/);
  await checkPage('talk-first');
  await page.getByRole('link', { name: 'privacy check-up' }).first().click();
  await page.getByRole('heading', { level: 1, name: 'Privacy check-up' }).waitFor();
});

const LESSON_COUNTRIES = [
  { id: 'uk', paper: [595.28, 841.89], help: ['Childline', 'CEOP', 'Report Remove'], guidance: /UKCIS/ },
  { id: 'us', paper: [612, 792], help: ['Take It Down', '988'], guidance: /state rules on reporting/ },
  { id: 'general', paper: [595.28, 841.89], help: ['Take It Down'], guidance: /your country's rules/ },
];

/** The sentences between two headings of a page's PDF text, joined back across wrapped lines. */
function between(text: string, from: string, to?: string): string {
  const start = text.indexOf(from);
  assert.ok(start >= 0, `the PDF has "${from}"`);
  const end = to ? text.indexOf(to, start) : text.length;
  return text.slice(start + from.length, end).replace(/\s+/g, ' ');
}

test('lesson pack: reached from the briefing and Parents and teachers; a PDF made on the device, tailored by country', async () => {
  await visit('/school-briefing');
  await page.getByRole('link', { name: 'Lesson pack to teach pupils about it' }).click();
  await page.getByRole('heading', { level: 1, name: 'Lesson pack for schools' }).waitFor();
  await visit('/adults');
  await page.getByRole('link', { name: 'A lesson pack to teach it' }).click();
  await page.getByRole('heading', { level: 1, name: 'Lesson pack for schools' }).waitFor();

  for (const country of LESSON_COUNTRIES) {
    await page.evaluate((settings) => localStorage.setItem('backstop.settings', JSON.stringify(settings)), {
      age: 'under18',
      countryId: country.id,
      chosen: true,
    });
    await visit('/lesson-pack');
    const onPage = await page.locator('main').innerText();
    assert.match(onPage, country.guidance, `${country.id}: the guidance schools there follow`);
    if (country.id === 'uk') await checkPage('lesson-pack');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download the lesson pack (PDF)' }).click(),
    ]);
    assert.equal(download.suggestedFilename(), `backstop-lesson-pack-${country.id}.pdf`);
    await page.getByText('The lesson pack is downloading').waitFor();
    const bytes = readFileSync((await download.path())!);
    const pdfPath = join(SCREENSHOTS, `lesson-pack-${country.id}.pdf`);
    writeFileSync(pdfPath, bytes);

    const doc = await PDFDocument.load(bytes);
    const first = doc.getPage(0);
    assert.deepEqual([first.getWidth(), first.getHeight()], country.paper, `${country.id}: A4 or Letter`);
    const pages = await pdfPageTexts(bytes);
    assert.ok(pages.length >= 2 && pages.length <= 5, `${country.id}: ${pages.length} pages`);
    const notes = pages.slice(0, -1).join('\n');
    const handout = pages.at(-1)!;
    for (const heading of [
      'Learning goals',
      'Before you start',
      'Guidance this follows',
      'Lesson plan',
      "Scenario: Sam's story",
      'Discussion prompts',
    ]) {
      assert.ok(notes.includes(heading), `${country.id}: the notes have "${heading}"`);
    }
    for (const stage of [
      '1. The friendly stranger',
      '2. Moving apps, keeping secrets',
      '3. A picture first',
      '4. The trap shuts',
      '5. Getting out',
    ]) {
      assert.ok(notes.includes(stage), `${country.id}: the scenario has "${stage}"`);
    }
    assert.match(notes.replace(/\s+/g, ' '), country.guidance);
    assert.ok(
      handout.startsWith('Sextortion: what to know'),
      `${country.id}: the handout is a page of its own`,
    );
    const help = between(handout, 'Where to get help');
    for (const name of country.help)
      assert.ok(help.includes(name), `${country.id}: the handout names ${name}`);
    assert.match(help, /trust/);

    // Pupils aged 11 to 16 read the handout and the story: grade 7 at most, as on the young people's pages.
    const points = readingGrade([between(handout, 'Sextortion: what to know', 'Where to get help')]);
    assert.ok(
      points.words > 60 && points.grade <= 7,
      `${country.id}: handout grade ${points.grade.toFixed(1)}`,
    );
    const story = readingGrade([between(notes, "Scenario: Sam's story", 'Discussion prompts')]);
    assert.ok(story.grade <= 7, `${country.id}: scenario grade ${story.grade.toFixed(1)}`);

    // Rendered by chromium's own PDF viewer: the page area must show dark text on white paper.
    const viewer = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await viewer.goto(`file://${pdfPath}`);
    // the viewer renders in its own time (slow on a busy machine): look until the page shows or 20 s pass
    let dark: number;
    let white: number;
    for (const deadline = Date.now() + 20_000; ;) {
      await viewer.waitForTimeout(500);
      const png = await viewer.screenshot({ path: join(SCREENSHOTS, `lesson-pack-pdf-${country.id}.png`) });
      const crop = await sharp(png)
        .extract({ left: 420, top: 80, width: 740, height: 780 })
        .greyscale()
        .raw()
        .toBuffer();
      dark = crop.filter((v) => v < 96).length / crop.length;
      white = crop.filter((v) => v > 240).length / crop.length;
      if ((white > 0.5 && dark > 0.002) || Date.now() > deadline) break;
    }
    await viewer.close();
    assert.ok(white > 0.5 && dark > 0.002, `${country.id}: the rendered page shows text (${dark}, ${white})`);
  }
});

test('offline once visited: the prevention pages open and the lesson PDF is still made on the device', async () => {
  const online = await browser.newContext({
    serviceWorkers: 'allow',
    acceptDownloads: true,
    locale: 'en-GB',
  });
  try {
    const tab = await online.newPage();
    await tab.goto(server.origin + '/');
    await tab.evaluate(() => navigator.serviceWorker.ready.then(() => true));
    // The service worker's precache is filled on install; wait until the page is controlled.
    await tab.reload();
    await tab.waitForFunction(() => navigator.serviceWorker.controller !== null);
    await online.setOffline(true);
    for (const [path, heading] of [
      ['/stay-safe', 'Stay safe before anything happens'],
      ['/privacy-checkup', 'Privacy check-up'],
      ['/talk-first', 'Talk about it before anything happens'],
      ['/lesson-pack', 'Lesson pack for schools'],
    ]) {
      await tab.goto(server.origin + path);
      await tab.getByRole('heading', { level: 1, name: heading }).waitFor();
    }
    const [download] = await Promise.all([
      tab.waitForEvent('download'),
      tab.getByRole('button', { name: 'Download the lesson pack (PDF)' }).click(),
    ]);
    const pages = await pdfPageTexts(readFileSync((await download.path())!));
    assert.ok(pages.at(-1)!.startsWith('Sextortion: what to know'));
  } finally {
    await online.setOffline(false);
    await online.close();
  }
});

test('no request went to another site', () => {
  assert.deepEqual(blocked, []);
});
