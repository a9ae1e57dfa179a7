import { describe, it } from 'node:test';
import assert from '../../../test/assert.ts';
import { createHash } from 'node:crypto';
import { BackstopError } from '../errors.ts';
import { getSignalType, md5Hex, sha256Hex, SIGNAL_TYPES } from './index.ts';

const PDQ = 'D8F8F0CEE0F4A84F0637022A078F67F0B36E2ED596621E1D33E6339C4E9C9B22';

describe('signal types', () => {
  it('lists pdq, md5, sha256 and vpdq with their content types', () => {
    assert.deepEqual(Object.keys(SIGNAL_TYPES).sort(), ['md5', 'pdq', 'sha256', 'vpdq']);
    assert.deepEqual(getSignalType('vpdq').contentTypes, ['video']);
    assert.deepEqual(getSignalType('pdq').contentTypes, ['photo']);
    assert.ok(getSignalType('md5').contentTypes.includes('video'));
  });

  it('normalizes valid values to lower case', () => {
    assert.equal(getSignalType('pdq').parse(` ${PDQ} `), PDQ.toLowerCase());
    assert.equal(
      getSignalType('md5').parse('D41D8CD98F00B204E9800998ECF8427E'),
      'd41d8cd98f00b204e9800998ecf8427e',
    );
    assert.equal(getSignalType('sha256').parse('A'.repeat(64)), 'a'.repeat(64));
  });

  it('rejects malformed values with invalid_signal', () => {
    const bad: [string, string][] = [
      ['pdq', PDQ.slice(1)],
      ['pdq', `${PDQ.slice(1)}g`],
      ['md5', 'a'.repeat(31)],
      ['md5', 'a'.repeat(64)],
      ['sha256', 'a'.repeat(32)],
      ['sha256', ''],
    ];
    for (const [name, value] of bad) {
      assert.throws(
        () => getSignalType(name).parse(value),
        (e: unknown) => e instanceof BackstopError && e.code === 'invalid_signal',
        `${name} ${value}`,
      );
    }
  });

  it('gives PDQ a Hamming distance and the digests none', () => {
    const pdq = getSignalType('pdq');
    const flipped = (PDQ.toLowerCase().slice(0, 63) + '3') as string; // 2 -> 3: one bit
    assert.equal(pdq.distance?.(PDQ.toLowerCase(), flipped), 1);
    assert.equal(getSignalType('md5').distance, undefined);
  });

  it('throws unknown_signal_type for anything else', () => {
    for (const name of ['PDQ', 'tmk', '', '__proto__', 'toString']) {
      assert.throws(
        () => getSignalType(name),
        (e: unknown) => e instanceof BackstopError && e.code === 'unknown_signal_type',
      );
    }
  });
});

describe('md5Hex / sha256Hex', () => {
  it('match node:crypto on empty and random input', () => {
    const inputs = [
      new Uint8Array(0),
      new TextEncoder().encode('abc'),
      crypto.getRandomValues(new Uint8Array(10000)),
    ];
    for (const bytes of inputs) {
      assert.equal(md5Hex(bytes), createHash('md5').update(bytes).digest('hex'));
      assert.equal(sha256Hex(bytes), createHash('sha256').update(bytes).digest('hex'));
    }
    assert.equal(md5Hex(new Uint8Array(0)), 'd41d8cd98f00b204e9800998ecf8427e');
  });
});
