// The Help app is written for a reading age of about 12. This measures the Flesch-Kincaid grade of
// each page's running text (paragraphs, list items, definitions) as the browser renders it.
// US grade 7 is a reading age of 12 to 13; pages for parents and teachers may go a little higher.
import { test } from 'node:test';
import assert from '../assert.ts';
import type { Page } from 'playwright-core';
import { readingGrade } from '../reading-grade.ts';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, setUpE2e } from './harness.ts';

const FOR_YOUNG_PEOPLE = [
  '/',
  '/right-now',
  '/evidence',
  '/check-conversation',
  '/check-profile',
  '/stop-spreading',
  '/case',
  '/report',
  '/support',
  '/cover-your-tracks',
  '/about',
  '/stay-safe',
  '/privacy-checkup',
];
const FOR_ADULTS = ['/adults', '/school-briefing', '/talk-first', '/lesson-pack'];
const MAX_GRADE_YOUNG = 7;
const MAX_GRADE_ADULTS = 8;

const e2e = setUpE2e();
let page: Page | undefined;

test('the measure itself: hard text scores well above simple text', () => {
  const simple = readingGrade([
    'You are not in trouble. Stop replying. Do not pay. Tell an adult you trust.',
  ]);
  const hard = readingGrade([
    'Notwithstanding contemporaneous jurisdictional considerations, prospective complainants should ' +
      'systematically document communications prior to initiating institutional notification procedures.',
  ]);
  assert.ok(simple.grade < 4, `simple text grade ${simple.grade}`);
  assert.ok(hard.grade > 15, `hard text grade ${hard.grade}`);
});

async function gradeOf(path: string) {
  page ??= await e2e.browser.newPage({ viewport: { width: 360, height: 740 }, serviceWorkers: 'block' });
  await page.goto(e2e.server.origin + path);
  await page.locator('h1').first().waitFor();
  // Folded sections (the privacy check-up's apps) are read too.
  await page.evaluate(() =>
    document.querySelectorAll<HTMLDetailsElement>('main details').forEach((d) => (d.open = true)),
  );
  return readingGrade(await page.locator('main p, main li, main dd').allInnerTexts());
}

test(`pages for young people read at grade ${MAX_GRADE_YOUNG} or below`, async () => {
  for (const path of FOR_YOUNG_PEOPLE) {
    const { grade, words } = await gradeOf(path);
    assert.ok(words > 20, `${path} has running text (${words} words)`);
    assert.ok(grade <= MAX_GRADE_YOUNG, `${path} reads at grade ${grade.toFixed(1)}`);
  }
});

test(`pages for parents and teachers read at grade ${MAX_GRADE_ADULTS} or below`, async () => {
  for (const path of FOR_ADULTS) {
    const { grade, words } = await gradeOf(path);
    assert.ok(words > 20, `${path} has running text (${words} words)`);
    assert.ok(grade <= MAX_GRADE_ADULTS, `${path} reads at grade ${grade.toFixed(1)}`);
  }
});

test(`the country pages (right now, report, support) read at grade ${MAX_GRADE_YOUNG} or below in every country and age`, async () => {
  const countries = readdirSync(join(ROOT, 'data/help/countries')).map((f) => f.replace(/\.json$/, ''));
  for (const countryId of countries) {
    for (const age of ['under18', 'adult']) {
      await gradeOf('/');
      await page!.evaluate(
        (settings) => localStorage.setItem('backstop.settings', JSON.stringify(settings)),
        { age, countryId, chosen: true },
      );
      for (const path of ['/right-now', '/report', '/support']) {
        const { grade } = await gradeOf(path);
        assert.ok(grade <= MAX_GRADE_YOUNG, `${path} for ${countryId}, ${age}: grade ${grade.toFixed(1)}`);
      }
    }
  }
});

test(`a checked chat's result reads at grade ${MAX_GRADE_YOUNG} or below (a threat, and an early warning)`, async () => {
  const chats = {
    threat: [
      'mia: add me on snap so we can talk more privately',
      'mia: send me a pic, i sent you one',
      'mia: i have your pics. pay $300 to cashapp $MiaCash77 or i send them to all your followers and your family',
    ],
    early: [
      'kai: hey you came up on my explore, ur kinda cute',
      'kai: how old r u? im 15 too',
      'kai: add me on snap, i barely use insta',
      'kai: are you home alone rn? dont tell your parents about us',
      'kai: send me a pic, i sent you one first',
    ],
  };
  for (const [name, lines] of Object.entries(chats)) {
    await gradeOf('/check-conversation');
    await page!.getByLabel('The chat').fill(lines.join('\n'));
    await page!.getByRole('button', { name: 'Check the chat' }).click();
    const heading = page!.locator('.result h2');
    await heading.waitFor();
    const expected =
      name === 'threat' ? 'This looks like sextortion' : 'This follows the pattern scammers use';
    assert.equal(await heading.textContent(), expected);
    const { grade, words } = readingGrade(await page!.locator('.result p, .result li').allInnerTexts());
    assert.ok(words > 60, `${name}: the result explains itself (${words} words)`);
    assert.ok(grade <= MAX_GRADE_YOUNG, `${name}: grade ${grade.toFixed(1)}`);
  }
});
