// The Help app's directory (data/help/) is data anyone may extend with a country: this checks every
// file has what the pages rely on, so a new country cannot leave a page without help to show.
import { test } from 'node:test';
import assert from './assert.ts';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { z } from 'zod';

const DIR = resolve(import.meta.dirname, '../data/help');
const AGES = ['under18', 'adult'] as const;
const KINDS = [
  'emergency',
  'police',
  'child-protection',
  'image-removal',
  'support',
  'crisis',
  'adults-helping',
] as const;

const HOWS = ['hash-on-device', 'upload-reviewed', 'report', 'helpline', 'emergency', 'information'] as const;

const Service = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    name: z.string().min(2),
    kinds: z.array(z.enum(KINDS)).min(1),
    ages: z.array(z.enum(AGES)).min(1).optional(),
    how: z.enum(HOWS),
    runBy: z.string().min(3).optional(),
    description: z.string().min(20).max(300),
    summary: z.string().min(20).max(200).optional(),
    /** The summary said to an adult helping a young person (the Help page's "someone close" answer). */
    summaryHelping: z.string().min(20).max(220).optional(),
    phone: z
      .string()
      .regex(/^[0-9A-Z() -]+$/)
      .optional(),
    text: z.string().optional(),
    url: z.url({ protocol: /^https$/ }).optional(),
    hours: z.string().optional(),
  })
  .strict()
  .refine((s) => s.phone || s.url || s.kinds.includes('police'), 'a way to reach it (phone or https link)');

const Country = z
  .object({
    id: z.string().regex(/^[a-z]+$/),
    name: z.string().min(2),
    order: z.number().int(),
    phoneRegion: z.string().regex(/^([A-Z]{2})?$/),
    emergencyNumber: z.string().min(2),
    policeSteps: z.object({ under18: z.string().min(40), adult: z.string().min(40) }).strict(),
    services: z.array(Service).min(4),
    schoolGuidance: z
      .object({
        title: z.string().min(10),
        by: z.string().min(3),
        url: z.string().regex(/^https:\/\//),
        note: z.string().optional(),
      })
      .strict()
      .optional(),
  })
  .strict();

const files = readdirSync(join(DIR, 'countries')).filter((f) => f.endsWith('.json'));
type CountryData = z.infer<typeof Country>;
const countries: CountryData[] = files.map((file) =>
  Country.parse(JSON.parse(readFileSync(join(DIR, 'countries', file), 'utf8'))),
);
const forAge = (country: CountryData, age: (typeof AGES)[number], kind: (typeof KINDS)[number]) =>
  country.services.filter((s) => s.kinds.includes(kind) && (!s.ages || s.ages.includes(age)));
const usedByPlatforms = (s: { how: string }) => s.how === 'hash-on-device' || s.how === 'upload-reviewed';

test('every country file has the shape the Help app reads', () => {
  assert.ok(files.length >= 3, 'UK, US and the general option at least');
  const ids = new Set<string>();
  const orders = new Set<number>();
  for (const file of files) {
    const country = Country.parse(JSON.parse(readFileSync(join(DIR, 'countries', file), 'utf8')));
    assert.equal(`${country.id}.json`, file, 'the file is named after its id');
    assert.ok(!ids.has(country.id) && !orders.has(country.order), `${file}: id and order are unique`);
    ids.add(country.id);
    orders.add(country.order);
    const serviceIds = country.services.map((s) => s.id);
    assert.equal(new Set(serviceIds).size, serviceIds.length, `${file}: service ids are unique`);
  }
  assert.ok(ids.has('general'), 'a general option for every other country');
});

test('every country gives each age group someone to call, somewhere to report, image removal and a crisis line', () => {
  for (const file of files) {
    const country = Country.parse(JSON.parse(readFileSync(join(DIR, 'countries', file), 'utf8')));
    for (const age of AGES) {
      for (const kind of ['emergency', 'police', 'image-removal', 'crisis'] as const) {
        const found = country.services.filter(
          (s) => s.kinds.includes(kind) && (!s.ages || s.ages.includes(age)),
        );
        assert.ok(found.length > 0, `${file}: no ${kind} service for ${age}`);
      }
    }
    assert.ok(
      country.services.some((s) => s.kinds.includes('adults-helping') || s.kinds.includes('support')),
      `${file}: something for parents and teachers`,
    );
    const removal = country.services.filter((s) => s.kinds.includes('image-removal')).map((s) => s.url);
    assert.ok(removal.includes('https://takeitdown.ncmec.org/'), `${file}: Take It Down for under-18s`);
    assert.ok(removal.includes('https://stopncii.org/'), `${file}: StopNCII for adults`);
  }
});

test('every platform has its own reporting link and steps', () => {
  const { platforms } = z
    .object({
      platforms: z.array(
        z
          .object({
            id: z.string(),
            name: z.string(),
            url: z.url({ protocol: /^https$/ }),
            steps: z.array(z.string()).min(2),
          })
          .strict(),
      ),
    })
    .parse(JSON.parse(readFileSync(join(DIR, 'platforms.json'), 'utf8')));
  const ids = platforms.map((p) => p.id);
  for (const id of ['instagram', 'snapchat', 'tiktok', 'facebook', 'discord', 'x', 'whatsapp', 'telegram']) {
    assert.ok(ids.includes(id), `${id} is listed`);
  }
});

// Facts checked against each service's own site (see docs/web.md, "Directory facts"): a service must
// be described as it works. Report Remove was once said to fingerprint on the device and work
// "without you sending the pictures to anyone", and the CCRI helpline was offered as a way to block
// pictures on the big apps.
test('each service is described as it works: on the device, an upload people review, or a helpline', () => {
  for (const country of countries) {
    for (const s of country.services) {
      const where = `${country.id}/${s.id}`;
      const text = `${s.description} ${s.summary ?? ''} ${s.summaryHelping ?? ''}`;
      if (s.how === 'hash-on-device') {
        assert.match(
          s.description,
          /fingerprint on your device/,
          `${where}: says the fingerprint is made on the device`,
        );
        assert.match(s.description, /not uploaded/, `${where}: says the picture is not uploaded`);
        assert.match(
          s.summary ?? '',
          /on your device.*never uploaded/,
          `${where}: summary says how it works`,
        );
        if (s.summaryHelping)
          assert.match(s.summaryHelping, /on their device.*never uploaded/, `${where}: said to a helper too`);
      } else {
        assert.doesNotMatch(
          text,
          /on (your|the) device|not uploaded|never uploaded/i,
          `${where}: no on-device claim`,
        );
      }
      if (s.how === 'upload-reviewed') {
        assert.match(s.description, /upload/, `${where}: says the picture is uploaded`);
        assert.match(s.description, /look at|review|check/, `${where}: says people look at it`);
        assert.match(s.summary ?? '', /upload/, `${where}: summary says the picture is uploaded`);
        if (s.summaryHelping) assert.match(s.summaryHelping, /upload/, `${where}: said to a helper too`);
      }
      if (usedByPlatforms(s)) {
        assert.ok(s.kinds.includes('image-removal'), `${where}: is an image-removal service`);
        assert.ok(s.runBy, `${where}: says who runs it`);
        assert.ok(s.summary, `${where}: has a one-line summary for the checklist`);
      } else {
        assert.equal(s.summary, undefined, `${where}: only services the apps use have a checklist summary`);
        assert.equal(s.summaryHelping, undefined, `${where}: nor a helper's one`);
        assert.doesNotMatch(text, /fingerprint|hash/i, `${where}: makes no fingerprint claim`);
      }
      if (s.how === 'helpline') {
        assert.ok(s.phone || s.text || s.url, `${where}: a helpline can be reached`);
        assert.doesNotMatch(s.description, /\bblocks?\b/i, `${where}: a helpline does not block pictures`);
      }
      if (s.kinds.includes('image-removal')) {
        assert.notEqual(s.how, 'information', `${where}: image removal is a service that acts`);
      }
      assert.doesNotMatch(
        text,
        /without (you )?sending the pictures/i,
        `${where}: no "without sending" claim`,
      );
    }
  }
});

test('Take It Down, StopNCII and Report Remove: who runs them, who they are for, how they work', () => {
  for (const country of countries) {
    const byId = (suffix: string) => country.services.find((s) => s.id === `${country.id}-${suffix}`);
    const takeItDown = byId('take-it-down');
    const stopNcii = byId('stopncii');
    assert.ok(takeItDown && stopNcii, `${country.id}: both are listed`);
    assert.equal(takeItDown.how, 'hash-on-device');
    assert.match(takeItDown.runBy ?? '', /NCMEC/);
    assert.match(takeItDown.description, /before you were 18, even if you are older now/);
    // An 18-year-old whose pictures were taken before they turned 18 is pointed to Take It Down.
    assert.ok(
      !takeItDown.ages || AGES.every((a) => takeItDown.ages!.includes(a)),
      `${country.id}: Take It Down for every age`,
    );
    assert.equal(stopNcii.how, 'hash-on-device');
    assert.match(stopNcii.runBy ?? '', /Revenge Porn Helpline.*SWGfL/);
    assert.deepEqual(stopNcii.ages, ['adult'], `${country.id}: StopNCII is for adults only`);
    assert.match(stopNcii.description, /18 or over/);
    // The services the apps use come first in each age group's list, StopNCII before Take It Down for adults.
    for (const age of AGES) {
      const removal = forAge(country, age, 'image-removal');
      const firstOther = removal.findIndex((s) => !usedByPlatforms(s));
      assert.ok(
        firstOther === -1 || removal.slice(firstOther).every((s) => !usedByPlatforms(s)),
        `${country.id}/${age}: the services the apps use come first`,
      );
    }
    const adult = forAge(country, 'adult', 'image-removal').map((s) => s.id);
    assert.ok(
      adult.indexOf(stopNcii.id) < adult.indexOf(takeItDown.id),
      `${country.id}: StopNCII first for adults`,
    );
  }
  const uk = countries.find((c) => c.id === 'uk')!;
  const reportRemove = uk.services.find((s) => s.id === 'uk-report-remove')!;
  assert.equal(reportRemove.how, 'upload-reviewed', 'Report Remove: the picture is uploaded to the IWF');
  assert.match(reportRemove.runBy ?? '', /Childline.*Internet Watch Foundation/);
  assert.match(reportRemove.description, /confirm your age/);
  assert.match(reportRemove.description, /Childline account/);
  assert.match(reportRemove.description, /upload .*to the IWF/);
  assert.deepEqual(
    forAge(uk, 'under18', 'image-removal').map((s) => s.id),
    ['uk-report-remove', 'uk-take-it-down'],
  );
});

test('the CCRI line is a helpline, not a way to block pictures', () => {
  const us = countries.find((c) => c.id === 'us')!;
  const ccri = us.services.find((s) => s.id === 'us-ccri')!;
  assert.equal(ccri.how, 'helpline');
  assert.match(ccri.name, /Helpline/);
  assert.ok(!ccri.kinds.includes('image-removal'), 'not listed with the image-removal services');
  assert.deepEqual(
    forAge(us, 'adult', 'image-removal').map((s) => s.id),
    ['us-stopncii', 'us-take-it-down'],
  );
});

test('the police steps speak to the reader: no "ask a trusted adult" (the app adds it for young people only)', () => {
  // The page for parents and teachers shows the under-18 steps too; a parent must not be told to
  // ask a trusted adult (issue 13). web/src/directory.ts policeStepsFor adds it for a young reader.
  for (const country of countries) {
    for (const age of AGES) {
      assert.doesNotMatch(country.policeSteps[age], /trusted adult/i, `${country.id} ${age}`);
    }
  }
});

test('every phone number in the police steps is a number the country lists, so it can be tapped', () => {
  // LinkedText links the country's known numbers; a number written only in the steps would stay text.
  for (const country of countries) {
    const known = new Set([country.emergencyNumber]);
    for (const s of country.services) {
      if (!s.phone) continue;
      known.add(s.phone);
      for (const part of s.phone.split(/\s*[()]\s*/)) if (part.trim()) known.add(part.trim());
    }
    for (const age of AGES) {
      const numbers =
        country.policeSteps[age].match(/(?<![\w-])(?:\d[\d -]*\d|1-800-[A-Z-]*[A-Z])(?![\w-])/g) ?? [];
      for (const number of numbers) {
        assert.ok(known.has(number.trim()), `${country.id} ${age}: "${number}" is a listed number`);
      }
    }
  }
});
