// The WebAssembly downsampler against the JavaScript one (itself checked against the reference's
// steps in frame-downsample.test.ts), float for float, and the committed module against its source.
import { describe, it } from 'node:test';
import assert from '../../../test/assert.ts';
import { spawnSync } from 'node:child_process';
import { mulberry32 } from '../../../test/random.ts';
import { createFrameDownsampler } from './frame-downsample.ts';
import { createSimdFrameDownsampler, simdDownsampleAvailable } from './frame-downsample-simd.ts';

/** Gradients, a bright block, noise and, in `flat` rows, a constant: sums that round differently. */
function picture(width: number, height: number, channels: number, seed: number): Uint8Array {
  const random = mulberry32(seed);
  const pixels = new Uint8Array(width * height * channels);
  for (let y = 0; y < height; y++) {
    const flat = y % 97 < 20;
    for (let x = 0; x < width; x++) {
      const block = x > width / 3 && x < width / 2 && y > height / 4 ? 120 : 0;
      for (let c = 0; c < channels; c++) {
        const v = flat
          ? 255
          : ((x * (c + 1) * 255) / width + (y * 200) / height + block + (random() % 40)) % 256;
        pixels[(y * width + x) * channels + c] = v;
      }
    }
  }
  return pixels;
}

function sameFloats(got: Float32Array, expected: Float32Array, what: string): void {
  for (let i = 0; i < got.length; i++) {
    if (!Object.is(got[i], expected[i]))
      assert.fail(`${what}: value ${i} is ${got[i]}, expected ${expected[i]}`);
  }
}

describe('createSimdFrameDownsampler', () => {
  it('runs in WebAssembly here (Node has SIMD)', () => {
    assert.equal(simdDownsampleAvailable(), true);
  });

  const sizes: [number, number][] = [
    [5, 5],
    [6, 7],
    [7, 130],
    [63, 65],
    [65, 64],
    [64, 200],
    [127, 9],
    [128, 128],
    [321, 241],
    [640, 360],
    [854, 480],
    [1278, 718],
    [1280, 720],
    [1920, 1080],
    [1080, 1920],
  ];
  for (const [width, height] of sizes) {
    it(`gives the JavaScript's 64x64 floats exactly at ${width}x${height}`, () => {
      const simd = createSimdFrameDownsampler(width, height);
      const js = createFrameDownsampler(width, height);
      const got = new Float32Array(64 * 64);
      const expected = new Float32Array(64 * 64);
      // Twice per channel count: the second frame must not depend on the first's leftovers.
      for (const channels of [3, 4, 1, 3] as const) {
        for (const seed of [1, 2]) {
          const pixels = picture(width, height, channels, width * 31 + height + channels + seed);
          simd.downsample(pixels, channels, got);
          js.downsample(pixels, channels, expected);
          sameFloats(got, expected, `${width}x${height}x${channels}`);
        }
      }
    });
  }

  it('reads only the frame from a longer buffer', () => {
    const pixels = picture(100, 80, 3, 7);
    const longer = new Uint8Array(pixels.length + 500).fill(255);
    longer.set(pixels);
    const got = new Float32Array(64 * 64);
    const expected = new Float32Array(64 * 64);
    createSimdFrameDownsampler(100, 80).downsample(longer, 3, got);
    createFrameDownsampler(100, 80).downsample(pixels, 3, expected);
    sameFloats(got, expected, 'longer buffer');
  });

  it('hashes a frame written into its frameBuffer, then one passed in, then one written again', () => {
    const simd = createSimdFrameDownsampler(321, 241);
    const js = createFrameDownsampler(321, 241);
    const got = new Float32Array(64 * 64);
    const expected = new Float32Array(64 * 64);
    for (const [seed, channels, inPlace] of [
      [1, 3, true],
      [2, 3, false],
      [3, 4, true],
      [4, 3, true],
    ] as const) {
      const pixels = picture(321, 241, channels, seed);
      const target = simd.frameBuffer?.(channels);
      assert.equal(target?.length, pixels.length);
      if (inPlace) target!.set(pixels);
      simd.downsample(inPlace ? target! : pixels, channels, got);
      js.downsample(pixels, channels, expected);
      sameFloats(got, expected, `seed ${seed}`);
    }
    assert.equal(simd.frameBuffer?.(1), undefined);
  });

  it('random sizes and pixels', () => {
    const random = mulberry32(2026);
    for (let n = 0; n < 40; n++) {
      const width = 5 + (random() % 700);
      const height = 5 + (random() % 500);
      const channels = random() % 2 ? 3 : 4;
      const pixels = new Uint8Array(width * height * channels);
      for (let i = 0; i < pixels.length; i++) pixels[i] = random() & 255;
      const got = new Float32Array(64 * 64);
      const expected = new Float32Array(64 * 64);
      createSimdFrameDownsampler(width, height).downsample(pixels, channels, got);
      createFrameDownsampler(width, height).downsample(pixels, channels, expected);
      sameFloats(got, expected, `${width}x${height}x${channels}`);
    }
  });
});

describe('the committed WebAssembly', () => {
  it('frame-downsample-wasm.ts is frame-downsample.wat compiled (npm run build:wasm)', () => {
    const script = new URL('../../../scripts/build-wasm.mjs', import.meta.url);
    const check = spawnSync(process.execPath, [script.pathname, '--check'], { encoding: 'utf8' });
    assert.equal(check.status, 0, check.stderr);
  });
});
