// The privacy check-up (data/help/checkup.json) is advice about other companies' apps, which change
// their menus often: every step must say when it was checked and against which page, and a step we
// could not confirm on the app's own pages must say so.
import { test } from 'node:test';
import assert from './assert.ts';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'zod';

const FILE = resolve(import.meta.dirname, '../data/help/checkup.json');
const KINDS = [
  'private-account',
  'hide-friends',
  'messages',
  'location',
  'two-factor',
  'report-block',
] as const;
const isoDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((d) => !Number.isNaN(Date.parse(d)), 'a real date');

const Step = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    kind: z.enum(KINDS),
    text: z.string().min(30).max(260),
    checked: isoDay,
    source: z.url({ protocol: /^https$/ }).nullable(),
    confirmed: z.boolean(),
    note: z.string().min(10).optional(),
  })
  .strict()
  .refine((s) => s.confirmed || s.note, 'a step not confirmed on the app’s own page says why (note)')
  .refine((s) => !s.confirmed || s.source, 'a confirmed step names the page it was confirmed on');

const App = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    name: z.string().min(1),
    helpUrl: z.url({ protocol: /^https$/ }),
    steps: z.array(Step).min(3),
  })
  .strict();

const Checkup = z.object({ reviewed: isoDay, about: z.string().min(40), apps: z.array(App) }).strict();

const checkup = Checkup.parse(JSON.parse(readFileSync(FILE, 'utf8')));

test('the check-up covers the apps young people are targeted on, with their own help links', () => {
  const ids = checkup.apps.map((a) => a.id);
  assert.equal(new Set(ids).size, ids.length, 'app ids are unique');
  for (const id of ['instagram', 'snapchat', 'tiktok', 'discord', 'whatsapp', 'facebook', 'x', 'roblox']) {
    assert.ok(ids.includes(id), `${id} is in the check-up`);
  }
  assert.ok(ids.includes('xbox') || ids.includes('playstation'), 'a console game chat is in the check-up');
});

test('every app has the steps that matter here: who can message you, two-factor, report and block', () => {
  for (const app of checkup.apps) {
    const kinds = new Set(app.steps.map((s) => s.kind));
    for (const kind of ['messages', 'two-factor', 'report-block'] as const) {
      assert.ok(kinds.has(kind), `${app.id} has a ${kind} step`);
    }
    const stepIds = app.steps.map((s) => s.id);
    assert.equal(new Set(stepIds).size, stepIds.length, `${app.id}: step ids are unique`);
  }
  const kindsAnywhere = new Set(checkup.apps.flatMap((a) => a.steps.map((s) => s.kind)));
  for (const kind of KINDS) assert.ok(kindsAnywhere.has(kind), `some app covers ${kind}`);
});

test('every step is dated no later than the review date, and the review is not in the future', () => {
  const today = new Date().toISOString().slice(0, 10);
  assert.ok(checkup.reviewed <= today, `reviewed ${checkup.reviewed} is not in the future`);
  for (const app of checkup.apps) {
    for (const step of app.steps) {
      assert.ok(step.checked <= checkup.reviewed, `${app.id}/${step.id} checked ${step.checked}`);
    }
  }
});

test('the schema refuses a step that claims confirmation without a page, or hides that it is unconfirmed', () => {
  const base = {
    id: 'x',
    kind: 'messages',
    text: 'Choose who can message you in the settings.',
    checked: '2026-11-30',
  };
  assert.equal(Step.safeParse({ ...base, source: null, confirmed: true }).success, false);
  assert.equal(Step.safeParse({ ...base, source: 'https://example.org/', confirmed: false }).success, false);
  assert.equal(Step.safeParse({ ...base, source: 'http://example.org/', confirmed: true }).success, false);
  assert.equal(Step.safeParse({ ...base, source: 'https://example.org/', confirmed: true }).success, true);
});
