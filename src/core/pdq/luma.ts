import { BackstopError } from '../errors.ts';

/**
 * The reference hasher (facebook/ThreatExchange pdq/cpp, io/pdqio.cpp) first resizes any image wider
 * or taller than 512 pixels to exactly 512x512 with CImg's default nearest-neighbour resize (the
 * aspect ratio is not kept), then converts it to float luma. We do the same, picking only the pixels
 * that nearest-neighbour keeps.
 */
export const PDQ_DOWNSAMPLE_DIM = 512;

export type PixelChannels = 1 | 2 | 3 | 4;

export interface LumaImage {
  luma: Float32Array;
  width: number;
  height: number;
}

// Luma coefficients as the reference's `float` constants, times every byte value, rounded to float.
const LUMA_R = new Float32Array(256);
const LUMA_G = new Float32Array(256);
const LUMA_B = new Float32Array(256);
{
  const r = Math.fround(0.299);
  const g = Math.fround(0.587);
  const b = Math.fround(0.114);
  for (let v = 0; v < 256; v++) {
    LUMA_R[v] = r * v;
    LUMA_G[v] = g * v;
    LUMA_B[v] = b * v;
  }
}

/** CImg's nearest-neighbour source index for each output index: floor(out * inSize / outSize). */
function nearestSourceIndexes(inSize: number, outSize: number): Int32Array {
  const map = new Int32Array(outSize);
  for (let i = 0; i < outSize; i++) map[i] = Math.floor((i * inSize) / outSize);
  return map;
}

/** Throws `invalid_pixels` unless `pixels` holds a `width` x `height` image of `channels` bytes a pixel. */
export function checkPixels(
  pixels: Uint8Array | Uint8ClampedArray,
  width: number,
  height: number,
  channels: number,
): void {
  if (!Number.isInteger(width) || !Number.isInteger(height) || width <= 0 || height <= 0) {
    throw new BackstopError(
      'invalid_pixels',
      `Image size must be positive whole numbers (got ${width}x${height}).`,
    );
  }
  if (channels !== 1 && channels !== 2 && channels !== 3 && channels !== 4) {
    throw new BackstopError('invalid_pixels', `Pixels must have 1, 2, 3 or 4 channels (got ${channels}).`);
  }
  if (!(pixels instanceof Uint8Array || pixels instanceof Uint8ClampedArray)) {
    throw new BackstopError('invalid_pixels', 'Pixels must be a Uint8Array or Uint8ClampedArray.');
  }
  if (pixels.length < width * height * channels) {
    throw new BackstopError(
      'invalid_pixels',
      `The pixel buffer is too short: ${width}x${height}x${channels} needs ${width * height * channels} bytes, got ${pixels.length}.`,
    );
  }
}

/**
 * Float luma of an 8-bit image (1 grey, 2 grey+alpha, 3 RGB, 4 RGBA; alpha ignored), downsampled the
 * reference's way when larger than 512 in either dimension. Written into `out` when it is big enough.
 */
export function lumaFromPixels(
  pixels: Uint8Array | Uint8ClampedArray,
  width: number,
  height: number,
  channels: PixelChannels,
  out?: Float32Array,
): LumaImage {
  checkPixels(pixels, width, height, channels);
  const resize = width > PDQ_DOWNSAMPLE_DIM || height > PDQ_DOWNSAMPLE_DIM;
  return lumaAtSize(
    pixels,
    width,
    height,
    channels,
    resize ? PDQ_DOWNSAMPLE_DIM : width,
    resize ? PDQ_DOWNSAMPLE_DIM : height,
    out,
  );
}

/**
 * Float luma at the image's own size, never resized: what vPDQ hashes for each video frame (the
 * reference's fillFloatLumaFromRGB on the whole decoded frame). Written into `out` when big enough.
 */
export function fullSizeLumaFromPixels(
  pixels: Uint8Array | Uint8ClampedArray,
  width: number,
  height: number,
  channels: PixelChannels,
  out?: Float32Array,
): LumaImage {
  checkPixels(pixels, width, height, channels);
  return lumaAtSize(pixels, width, height, channels, width, height, out);
}

/**
 * Float luma of one row of `width` pixels starting at byte `start` (the reference's
 * fillFloatLumaFromRGB for one row), into `out` from index `at`.
 */
export function lumaRow(
  pixels: Uint8Array | Uint8ClampedArray,
  start: number,
  width: number,
  channels: PixelChannels,
  out: Float32Array,
  at = 0,
): void {
  if (channels >= 3) {
    for (let x = 0, p = start; x < width; x++, p += channels) {
      out[at + x] = Math.fround(LUMA_R[pixels[p]] + LUMA_G[pixels[p + 1]]) + LUMA_B[pixels[p + 2]];
    }
  } else {
    for (let x = 0, p = start; x < width; x++, p += channels) out[at + x] = pixels[p];
  }
}

/**
 * The luma terms of an RGB pixel given as three unclipped sums (each clipped to 0-255 first, as a
 * byte store does), in one table of three blocks of LUMA_SUM_SPAN: `LUMA_OF_SUM[s + LUMA_SUM_OFFSET]`
 * is LUMA_R of s clipped, the same plus LUMA_SUM_SPAN LUMA_G, plus 2 * LUMA_SUM_SPAN LUMA_B, for s
 * from -LUMA_SUM_OFFSET to LUMA_SUM_OFFSET - 1. Lets a YUV frame go to luma without an RGB buffer
 * (one table, not three: fewer registers in the hot loop).
 */
export const LUMA_SUM_OFFSET = 1024;
export const LUMA_SUM_SPAN = 2 * LUMA_SUM_OFFSET;
export const LUMA_OF_SUM = new Float32Array(3 * LUMA_SUM_SPAN);
[LUMA_R, LUMA_G, LUMA_B].forEach((table, k) => {
  for (let i = 0; i < LUMA_SUM_SPAN; i++)
    LUMA_OF_SUM[k * LUMA_SUM_SPAN + i] = table[Math.min(255, Math.max(0, i - LUMA_SUM_OFFSET))];
});

function lumaAtSize(
  pixels: Uint8Array | Uint8ClampedArray,
  width: number,
  height: number,
  channels: PixelChannels,
  outWidth: number,
  outHeight: number,
  out?: Float32Array,
): LumaImage {
  // Identity maps when not resizing: one code path keeps the loop monomorphic and fast.
  const xs = nearestSourceIndexes(width, outWidth);
  const ys = nearestSourceIndexes(height, outHeight);
  for (let x = 0; x < outWidth; x++) xs[x] *= channels;
  const size = outWidth * outHeight;
  const luma = out && out.length >= size ? out.subarray(0, size) : new Float32Array(size);
  const rowStride = width * channels;
  let o = 0;
  for (let y = 0; y < outHeight; y++) {
    const rowStart = ys[y] * rowStride;
    if (channels >= 3) {
      for (let x = 0; x < outWidth; x++) {
        const p = rowStart + xs[x];
        luma[o++] = Math.fround(LUMA_R[pixels[p]] + LUMA_G[pixels[p + 1]]) + LUMA_B[pixels[p + 2]];
      }
    } else {
      for (let x = 0; x < outWidth; x++) luma[o++] = pixels[rowStart + xs[x]];
    }
  }
  return { luma, width: outWidth, height: outHeight };
}
