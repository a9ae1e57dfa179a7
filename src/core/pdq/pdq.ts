import { BackstopError } from '../errors.ts';
import { dct64To16, dihedralDct, DIHEDRAL_NAMES, type DihedralName } from './dct.ts';
import { decimate, jaroszFilter, jaroszWindowSize } from './jarosz.ts';
import { lumaFromPixels, PDQ_DOWNSAMPLE_DIM, type PixelChannels } from './luma.ts';

export type PdqDihedral = Record<DihedralName, string>;

export interface PdqResult {
  /** 64 lower-case hex digits, most significant first, as every PDQ tool prints them. */
  hash: string;
  /** 0..100; below PDQ_QUALITY_THRESHOLD (50) the image is too featureless to trust the hash. */
  quality: number;
  /** The hashes of the 7 other rotations/mirrors of the image (with `dihedral: true`). */
  dihedral?: PdqDihedral;
}

export interface PdqOptions {
  /** Also compute the hashes of the image rotated and mirrored (cheap: no second DCT). */
  dihedral?: boolean;
  /**
   * Two scratch buffers of at least width * height floats, for callers that hash many large images
   * of one size (video frames) and want no allocation per image. Without it, scratch is kept
   * between calls up to 512x512 and allocated per call above.
   */
  scratch?: { buffer1: Float32Array; buffer2: Float32Array };
}

/** Images smaller than this in either dimension hash to all zeros with quality 0 (as the reference). */
export const PDQ_MIN_DIM = 5;
const JAROSZ_PASSES = 2;

const CACHED_SCRATCH_SIZE = 512 * 512;
let lumaScratch: Float32Array | undefined;
let scratch1 = new Float32Array(0);
let scratch2 = new Float32Array(0);
const buffer64 = new Float32Array(64 * 64);
const dct16 = new Float32Array(16 * 16);
const dct16Aux = new Float32Array(16 * 16);
const sortBuffer = new Float32Array(256);

/** The reference's heuristic: the count of significant gradients in the 64x64 image, 0..100. */
function qualityMetric(a: Float32Array): number {
  const fround = Math.fround;
  let gradientSum = 0;
  for (let i = 0; i < 63; i++) {
    for (let j = 0; j < 64; j++) {
      const d = Math.trunc(fround(fround(fround(a[i * 64 + j] - a[(i + 1) * 64 + j]) * 100) / 255));
      gradientSum += Math.abs(d);
    }
  }
  for (let i = 0; i < 64; i++) {
    for (let j = 0; j < 63; j++) {
      const d = Math.trunc(fround(fround(fround(a[i * 64 + j] - a[i * 64 + j + 1]) * 100) / 255));
      gradientSum += Math.abs(d);
    }
  }
  return Math.min(100, Math.trunc(gradientSum / 90));
}

const HEX = '0123456789abcdef';

/** Bit k (= 16 i + j) is set when coefficient (i, j) is above the median; printed big-endian. */
function bitsToHex(dct: Float32Array): string {
  sortBuffer.set(dct);
  sortBuffer.sort();
  // Torben's median as the reference calls it on 256 values returns the 128th smallest.
  const median = sortBuffer[127];
  let hex = '';
  for (let nibble = 63; nibble >= 0; nibble--) {
    const k = nibble * 4;
    const v =
      (dct[k] > median ? 1 : 0) |
      (dct[k + 1] > median ? 2 : 0) |
      (dct[k + 2] > median ? 4 : 0) |
      (dct[k + 3] > median ? 8 : 0);
    hex += HEX[v];
  }
  return hex;
}

const ZERO_HASH = '0'.repeat(64);

function zeroResult(dihedral: boolean): PdqResult {
  if (!dihedral) return { hash: ZERO_HASH, quality: 0 };
  const all = Object.fromEntries(DIHEDRAL_NAMES.map((name) => [name, ZERO_HASH])) as PdqDihedral;
  return { hash: ZERO_HASH, quality: 0, dihedral: all };
}

/**
 * PDQ hash and quality of the filtered, decimated 64x64 luma image (row-major): the reference's steps
 * after the Jarosz filter. Leaves the DCT in `dct16` for the dihedral hashes.
 */
export function pdqFromDownsampled(image64: Float32Array): PdqResult {
  const quality = qualityMetric(image64);
  dct64To16(image64, dct16);
  return { hash: bitsToHex(dct16), quality };
}

/**
 * PDQ hash of a float luma image (row-major, `width * height` values; not modified). This is the
 * reference's pdqHash256FromFloatLuma / pdqDihedralHash256esFromFloatLuma: no resizing here, so
 * give it at most 512x512 (pdqFromPixels does that for you).
 */
export function pdqFromLuma(
  luma: Float32Array,
  width: number,
  height: number,
  options: PdqOptions = {},
): PdqResult {
  if (!Number.isInteger(width) || !Number.isInteger(height) || width <= 0 || height <= 0) {
    throw new BackstopError(
      'invalid_pixels',
      `Image size must be positive whole numbers (got ${width}x${height}).`,
    );
  }
  if (!(luma instanceof Float32Array) || luma.length < width * height) {
    throw new BackstopError(
      'invalid_pixels',
      `The luma buffer must be a Float32Array of ${width * height} values.`,
    );
  }
  const dihedral = options.dihedral === true;
  if (width < PDQ_MIN_DIM || height < PDQ_MIN_DIM) return zeroResult(dihedral);

  // The reference skips the blur for 64x64 input, but only in its non-dihedral path.
  if (width === 64 && height === 64 && !dihedral) {
    buffer64.set(luma.subarray(0, 64 * 64));
  } else {
    const size = width * height;
    // Scratch space is kept between calls up to 512x512; bigger (unusual) inputs get their own.
    if (scratch1.length < size && size <= CACHED_SCRATCH_SIZE) {
      scratch1 = new Float32Array(CACHED_SCRATCH_SIZE);
      scratch2 = new Float32Array(CACHED_SCRATCH_SIZE);
    }
    const given = options.scratch;
    const useGiven = given !== undefined && given.buffer1.length >= size && given.buffer2.length >= size;
    const big = size > CACHED_SCRATCH_SIZE;
    const buffer1 = useGiven ? given.buffer1 : big ? new Float32Array(size) : scratch1;
    const buffer2 = useGiven ? given.buffer2 : big ? new Float32Array(size) : scratch2;
    jaroszFilter(
      luma,
      buffer1,
      buffer2,
      height,
      width,
      jaroszWindowSize(width, 64),
      jaroszWindowSize(height, 64),
      JAROSZ_PASSES,
    );
    decimate(buffer1, height, width, buffer64, 64, 64);
  }

  const result = pdqFromDownsampled(buffer64);
  if (dihedral) {
    const hashes = {} as PdqDihedral;
    for (const name of DIHEDRAL_NAMES) {
      dihedralDct(name, dct16, dct16Aux);
      hashes[name] = bitsToHex(dct16Aux);
    }
    result.dihedral = hashes;
  }
  return result;
}

/**
 * PDQ hash of an 8-bit image of any size: 1 channel grey, 2 grey+alpha, 3 RGB, 4 RGBA (alpha is
 * ignored, as by the reference). Images larger than 512 in either dimension are first resized to
 * 512x512 the reference's way, so a browser canvas and the Node decoder give the same hash.
 */
export function pdqFromPixels(
  pixels: Uint8Array | Uint8ClampedArray,
  width: number,
  height: number,
  channels: PixelChannels,
  options: PdqOptions = {},
): PdqResult {
  lumaScratch ??= new Float32Array(PDQ_DOWNSAMPLE_DIM * PDQ_DOWNSAMPLE_DIM);
  const image = lumaFromPixels(pixels, width, height, channels, lumaScratch);
  return pdqFromLuma(image.luma, image.width, image.height, options);
}
