import { describe, it } from 'node:test';
import assert from '../../../test/assert.ts';
import { BackstopError } from '../errors.ts';
import { pdqFromPixels } from '../pdq/index.ts';
import { lumaRow } from '../pdq/luma.ts';
import {
  createVpdqHasher,
  formatFixed,
  formatVpdq,
  formatVpdqPytx,
  matchVpdq,
  parseVpdq,
  pdqFromVideoFrame,
  vpdqFrameRate,
  vpdqFrameStep,
} from './index.ts';

const H = 'db19d979c966270c369924e2c893db993b694e32a4e45b4bb69ca5244af45ad9';
const isInvalid = (e: unknown) => e instanceof BackstopError && e.code === 'invalid_signal';

describe('formatFixed', () => {
  it('rounds exact ties to even, as printf does', () => {
    assert.equal(formatFixed(3.125, 2), '3.12');
    assert.equal(formatFixed(3.375, 2), '3.38');
    assert.equal(formatFixed(0.0625, 3), '0.062');
    assert.equal(formatFixed(2 / 3, 3), '0.667');
    assert.equal(formatFixed(100, 2), '100.00');
  });
});

describe('sampling', () => {
  it('truncates the step and never goes below 1', () => {
    assert.equal(vpdqFrameStep(1, vpdqFrameRate('30000/1001')), 29);
    assert.equal(vpdqFrameStep(1, vpdqFrameRate('25/1')), 25);
    assert.equal(vpdqFrameStep(0, 30), 1);
    assert.equal(vpdqFrameStep(1, vpdqFrameRate('1/2')), 1);
  });
  it('refuses a 0/0 frame rate', () => {
    assert.throws(
      () => vpdqFrameRate('0/0'),
      (e: unknown) => e instanceof BackstopError,
    );
  });
});

describe('parseVpdq / formatVpdq', () => {
  it('reads the reference format, ignoring extra fields, and pytx JSON', () => {
    const text = `0,100,${H.toUpperCase()},0.000,extra\n30,90,${H},1.000\n`;
    const features = parseVpdq(text);
    assert.deepEqual(features[0], { frameNumber: 0, quality: 100, pdq: H, timestamp: 0 });
    assert.equal(formatVpdq(features), `0,100,${H},0.000\n30,90,${H},1.000\n`);
    const json = formatVpdqPytx(features);
    assert.equal(json, JSON.stringify([`${H},100,0.000`, `${H},90,1.000`]));
    assert.deepEqual(
      parseVpdq(json).map((f) => [f.quality, f.timestamp]),
      [
        [100, 0],
        [90, 1],
      ],
    );
  });
  it('refuses empty, malformed and out-of-range input with the line at fault', () => {
    for (const bad of [
      '',
      '\n',
      '[]',
      `0,100,${H}`,
      `0,101,${H},0`,
      `x,1,${H},0`,
      `0,1,${H.slice(1)},0`,
      `0,1,${H},-1`,
      '{"a":1}',
      '[1]',
    ]) {
      assert.throws(() => parseVpdq(bad), isInvalid, JSON.stringify(bad));
    }
    assert.throws(() => parseVpdq(`0,100,${H},0\n1,100,zz,0`), /line 2/);
  });
});

describe('hashing frames', () => {
  it('hashes a large frame at full size, unlike the still-image path', () => {
    const w = 1030;
    const h = 600;
    const rgb = new Uint8Array(w * h * 3);
    for (let i = 0; i < rgb.length; i++) rgb[i] = ((i * 7919) % 251) ^ ((i / 3 / w) | 0);
    const frame = pdqFromVideoFrame(rgb, w, h);
    const still = pdqFromPixels(rgb, w, h, 3);
    assert.notEqual(frame.hash, still.hash);
  });
  it('keeps every step-th frame in order and gives RGBA the same hash as RGB', () => {
    const w = 16;
    const h = 12;
    const hasher = createVpdqHasher({ width: w, height: h, frameRate: '10/1', secondsPerHash: 0.5 });
    assert.equal(hasher.step, 5);
    const frames: Uint8Array[] = [];
    for (let n = 0; n < 12; n++) {
      const rgb = new Uint8Array(w * h * 3).map((_, i) => (i * (n + 3)) % 256);
      frames.push(rgb);
      assert.equal(hasher.push(rgb, n) !== undefined, n % 5 === 0);
    }
    const features = hasher.finish();
    assert.deepEqual(
      features.map((f) => f.frameNumber),
      [0, 5, 10],
    );
    assert.deepEqual(
      features.map((f) => f.timestamp),
      [0, 0.5, 1],
    );
    const rgba = new Uint8Array(w * h * 4);
    for (let p = 0; p < w * h; p++) rgba.set(frames[5].subarray(p * 3, p * 3 + 3), p * 4);
    assert.equal(pdqFromVideoFrame(rgba, w, h, 4).hash, features[1].pdq);
  });
  it('gives the same features for frames pushed as luma rows as for their RGB', () => {
    for (const [w, h] of [
      [64, 64],
      [65, 40],
      [320, 240],
    ]) {
      const rgbHasher = createVpdqHasher({ width: w, height: h, frameRate: 10, secondsPerHash: 0 });
      const rowHasher = createVpdqHasher({ width: w, height: h, frameRate: 10, secondsPerHash: 0 });
      for (let n = 0; n < 3; n++) {
        const rgb = new Uint8Array(w * h * 3).map((_, i) => ((i * (n + 7)) ^ (i >> 5)) % 256);
        rgbHasher.push(rgb, n);
        rowHasher.pushRows((y, out, at) => lumaRow(rgb, y * w * 3, w, 3, out, at), n);
      }
      assert.deepEqual(rowHasher.finish(), rgbHasher.finish(), `${w}x${h}`);
    }
  });
  it('refuses frames under 5 pixels', () => {
    assert.throws(() => createVpdqHasher({ width: 4, height: 100, frameRate: 25 }), /at least 5/);
  });
});

describe('matchVpdq', () => {
  it('the reference counts distance 31 as no match, pytx as a match', () => {
    const a = [{ frameNumber: 0, quality: 100, pdq: '0'.repeat(64), timestamp: 0 }];
    const b = [{ frameNumber: 0, quality: 100, pdq: '7fffffff' + '0'.repeat(56), timestamp: 0 }];
    assert.equal(matchVpdq(a, b).queryMatchPercent, 0);
    assert.equal(matchVpdq(a, b, { rule: 'pytx' }).queryMatchPercent, 100);
    const low = [{ ...a[0], quality: 49 }];
    assert.deepEqual(matchVpdq(low, a), { queryMatchPercent: 0, comparedMatchPercent: 0 });
  });
});
