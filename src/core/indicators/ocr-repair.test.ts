import { test } from 'node:test';
import assert from '../../../test/assert.ts';
import { extractIndicators, repairOcrAddresses } from './index.ts';

const ADDRESS = '1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2';

test('OCR misreads of a BTC address seen in our screenshots are repaired by checksum', () => {
  for (const [misread, edits] of [
    ['1BVvBMSEYstWetgTFn5Au4m4GFg7xJaNVN2', 2], // inserted V, q read as g
    ['1BvBMSEYstWetqTFn5Aud4m4GFg7xJaNVN2', 1], // inserted d
    ['1BVBMSEYstWetgTFn5Au4m4GFg7xJaNVN2', 2], // v read as V, q as g
    ['1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2'.replace('q', 'g'), 1],
  ] as const) {
    const text = `or bitcoin ${misread} now`;
    assert.deepEqual(extractIndicators(text), [], 'as read, the checksum fails');
    const [fixed, ...rest] = repairOcrAddresses(text, []);
    assert.equal(rest.length, 0);
    assert.equal(fixed.normalized, ADDRESS);
    assert.equal(fixed.value, misread);
    assert.equal(text.slice(fixed.start, fixed.end), misread);
    assert.equal(fixed.details?.ocrRepaired, true);
    assert.equal(fixed.details?.edits, edits);
  }
});

test('tokens that no small repair validates are not reported', () => {
  const text =
    'ids 1HelloWorldThisIsNotABitcoinAddr 3xxxxxxxxxxxxxxxxxxxxxxxxxxxxx and TTTTTTTTTTTTTTTTTTTTTTTTTTTTTT';
  assert.deepEqual(repairOcrAddresses(text, []), []);
  const valid = `pay ${ADDRESS}`;
  assert.deepEqual(repairOcrAddresses(valid, extractIndicators(valid)), []);
});
