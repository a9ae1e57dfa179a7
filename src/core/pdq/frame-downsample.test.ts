// The one-sweep downsampler against the reference's steps done one after the other (full-size luma,
// two whole-frame Jarosz passes, decimation; the path the PDQ conformance tests check), float for float.
import { describe, it } from 'node:test';
import assert from '../../../test/assert.ts';
import { mulberry32 } from '../../../test/random.ts';
import { createFrameDownsampler } from './frame-downsample.ts';
import { decimate, jaroszFilter, jaroszWindowSize } from './jarosz.ts';
import { fullSizeLumaFromPixels, type PixelChannels } from './luma.ts';

function stepByStep(
  pixels: Uint8Array,
  width: number,
  height: number,
  channels: PixelChannels,
): Float32Array {
  const { luma } = fullSizeLumaFromPixels(pixels, width, height, channels);
  const buffer1 = new Float32Array(width * height);
  const buffer2 = new Float32Array(width * height);
  const windowAlongRows = jaroszWindowSize(width, 64);
  const windowAlongCols = jaroszWindowSize(height, 64);
  jaroszFilter(luma, buffer1, buffer2, height, width, windowAlongRows, windowAlongCols, 2);
  const out = new Float32Array(64 * 64);
  decimate(buffer1, height, width, out, 64, 64);
  return out;
}

/** Gradients, a bright block and noise: sums that round differently along the way. */
function picture(width: number, height: number, channels: number, seed: number): Uint8Array {
  const random = mulberry32(seed);
  const pixels = new Uint8Array(width * height * channels);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const block = x > width / 3 && x < width / 2 && y > height / 4 ? 120 : 0;
      for (let c = 0; c < channels; c++) {
        const v = ((x * (c + 1) * 255) / width + (y * 200) / height + block + (random() % 40)) % 256;
        pixels[(y * width + x) * channels + c] = v;
      }
    }
  }
  return pixels;
}

describe('createFrameDownsampler', () => {
  const sizes: [number, number][] = [
    [5, 5],
    [7, 130],
    [63, 65],
    [65, 64],
    [64, 200],
    [128, 128],
    [321, 241],
    [640, 360],
    [1280, 720],
    [1920, 1080],
  ];
  for (const [width, height] of sizes) {
    it(`gives the step-by-step 64x64 floats exactly at ${width}x${height}`, () => {
      const downsampler = createFrameDownsampler(width, height);
      const out = new Float32Array(64 * 64);
      for (const channels of [3, 4, 1] as const) {
        const pixels = picture(width, height, channels, width * 31 + height + channels);
        downsampler.downsample(pixels, channels, out);
        const expected = stepByStep(pixels, width, height, channels);
        for (let i = 0; i < out.length; i++) {
          if (!Object.is(out[i], expected[i])) {
            assert.fail(`${width}x${height}x${channels}: value ${i} is ${out[i]}, expected ${expected[i]}`);
          }
        }
      }
    });
  }
});
