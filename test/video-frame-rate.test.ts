// The Help app's frame rate for containers with millisecond times (WebM): FFmpeg's rounding of its
// estimate to the nearest standard rate within 1 %, which decides the vPDQ frame step.
import { test } from 'node:test';
import assert from './assert.ts';
import { standardFrameRate } from '../web/src/hashing/frame-rate.ts';

test('estimates from millisecond timestamps round to the rate FFmpeg reports', () => {
  assert.equal(standardFrameRate(240 / 8.001), 30); // 240 frames, 8.001 s of WebM timestamps
  assert.equal(standardFrameRate(125 / 5.0), 25);
  assert.equal(standardFrameRate(240 / 8.008), 30000 / 1001);
  assert.equal(standardFrameRate(23.976), 24000 / 1001);
  assert.equal(standardFrameRate(59.94), 60000 / 1001);
  assert.equal(standardFrameRate(47.1), 47);
  assert.equal(standardFrameRate(12.49), 12.5);
  assert.equal(standardFrameRate(119.5), 120);
});

test('rates with no standard rate within 1 % are kept', () => {
  assert.equal(standardFrameRate(70), 70);
  assert.equal(standardFrameRate(500), 500);
});
