import assert from '../../../test/assert.ts';
import { describe, it } from 'node:test';
import { wilsonInterval } from './interval.ts';

const rounded = ([lo, hi]: [number, number]) => [Number(lo.toFixed(4)), Number(hi.toFixed(4))];

describe('wilsonInterval', () => {
  it("gives Newcombe's (1998) published Wilson intervals", () => {
    assert.deepEqual(rounded(wilsonInterval(81, 263)), [0.2553, 0.3662]);
    assert.deepEqual(rounded(wilsonInterval(15, 148)), [0.0624, 0.1605]);
    assert.deepEqual(rounded(wilsonInterval(0, 20)), [0, 0.1611]);
    assert.deepEqual(rounded(wilsonInterval(1, 29)), [0.0061, 0.1718]);
  });

  it('is exact at the ends and stays inside [0, 1]', () => {
    assert.deepEqual(
      wilsonInterval(0, 5).map((x) => x >= 0),
      [true, true],
    );
    assert.equal(wilsonInterval(0, 5)[0], 0);
    assert.equal(wilsonInterval(7, 7)[1], 1);
    assert.ok(wilsonInterval(7, 7)[0] < 1);
  });

  it('narrows as the trials grow, around the same rate', () => {
    const [a, b] = wilsonInterval(15, 29);
    const [c, d] = wilsonInterval(150, 290);
    assert.ok(c > a && d < b);
  });

  it('refuses counts that are not a proportion', () => {
    assert.throws(() => wilsonInterval(1, 0), RangeError);
    assert.throws(() => wilsonInterval(3, 2), RangeError);
    assert.throws(() => wilsonInterval(-1, 2), RangeError);
    assert.throws(() => wilsonInterval(0.5, 2), RangeError);
  });
});
