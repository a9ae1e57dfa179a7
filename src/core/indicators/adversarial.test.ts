import { test } from 'node:test';
import assert from '../../../test/assert.ts';
import { extractIndicators } from './index.ts';

// Pathological inputs for regex backtracking. Each must return (the suite's timeout catches a hang)
// with the right answer; speed is measured in bench/extract.bench.ts, not asserted here.
const MB = 1 << 20;
const repeat = (unit: string, length = MB) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length);

const nothingIn: [string, string][] = [
  ['a.a.a.a', repeat('a.')],
  ['@@@@', repeat('@')],
  ['digits', repeat('1234567890')],
  ['spaced digits', repeat('1 ')],
  ['dotted digits', repeat('1.')],
  ['$$$$', repeat('$')],
  ['a@a@a', repeat('a@')],
  ['http://', repeat('http://')],
  ['base58 run', repeat('1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN')],
  ['hex run', repeat('0x0f')],
  ['dashes', repeat('12-')],
  ['brackets', repeat('[at](dot)')],
  ['whitespace', repeat(' \t\n')],
  ['snap: snap:', repeat('snap: ')],
  ['gift card words', repeat('steam gift card ')],
  ['zero-width marks', repeat('\u200b')],
  ['look-alike letters and zero-width marks', repeat('\u0455\u200b\u0430')],
  ['Russian text', repeat('Привет как дела ')],
  ['fullwidth symbols', repeat('＠＄')],
];

for (const [name, text] of nothingIn) {
  test(`1 MB of ${name} returns without false indicators`, () => {
    const found = extractIndicators(text, { defaultRegion: 'GB' }).filter((i) => i.type !== 'gift_card');
    assert.deepEqual(found, []);
  });
}

test('1 MB of repeated e-mail addresses collapses to one with a count', () => {
  const found = extractIndicators(repeat('a.b@c.com ', MB));
  assert.equal(found.length, 1);
  assert.equal(found[0].normalized, 'a.b@c.com');
  assert.equal(found[0].details?.occurrences, Math.floor(MB / 10));
});

test('many distinct indicators across chunk boundaries are each found once with exact spans', () => {
  const parts: string[] = [];
  for (let i = 0; i < 40_000; i++) parts.push(`user${i}@mail${i % 97}.com`);
  const text = parts.join(' blah ');
  const found = extractIndicators(text);
  assert.equal(found.length, 40_000);
  for (const ind of found) assert.equal(text.slice(ind.start, ind.end), ind.value);
});

test('an indicator straddling the chunk boundary is found once', () => {
  for (const shift of [-30, -5, 0, 3]) {
    const pad = 262_144 + shift;
    const text = `${'x '.repeat(pad / 2)}${pad % 2 ? ' ' : ''}snap: ghost_12 and 1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2`;
    const found = extractIndicators(text);
    assert.deepEqual(
      found.map((i) => i.normalized),
      ['snapchat:ghost_12', '1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2'],
    );
  }
});

test('10 MB of chat text returns, finding the planted indicators', () => {
  const line =
    'hey how are you doing today lol, I was at school and then went home. what are you up to tonight? ';
  let text = repeat(line, 10 * MB);
  text += ' add me on snap: last_one99 and pay $CashTag7';
  const found = extractIndicators(text);
  assert.deepEqual(
    found.map((i) => i.normalized),
    ['snapchat:last_one99', 'cashapp:cashtag7'],
  );
});
