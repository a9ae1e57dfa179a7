// The Help app's directory (data/help/) is data anyone may extend with a country: this checks every
// file has what the pages rely on, so a new country cannot leave a page without help to show.
import { test } from 'node:test';
import assert from 'node:assert/strict';
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

const Service = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    name: z.string().min(2),
    kinds: z.array(z.enum(KINDS)).min(1),
    ages: z.array(z.enum(AGES)).min(1).optional(),
    description: z.string().min(20).max(300),
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
  })
  .strict();

const files = readdirSync(join(DIR, 'countries')).filter((f) => f.endsWith('.json'));

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
