import sharp, { type Metadata } from 'sharp';
import { BackstopError } from '../../core/errors.ts';
import { PDQ_DOWNSAMPLE_DIM, type PixelChannels } from '../../core/pdq/index.ts';
import { readImageInput } from './read-input.ts';

/** Formats we decode (sharp's names). HEIC decodes only where the installed libvips has HEVC. */
export const SUPPORTED_IMAGE_FORMATS = ['jpeg', 'png', 'webp', 'gif', 'avif', 'heif', 'tiff'] as const;

/** Largest width x height decoded by default: 100 megapixels. The header is checked before decoding. */
export const DEFAULT_MAX_PIXELS = 100_000_000;

export interface DecodeOptions {
  /** Rotate/mirror as the EXIF orientation tag says. Off by default, as the PDQ reference. */
  applyExifOrientation?: boolean;
  /** Refuse images with more pixels than this (decompression bombs). Default 100 MP. */
  maxPixels?: number;
  /**
   * JPEG only: decode at 1/2, 1/4 or 1/8 size in the JPEG decoder itself while both sides stay at
   * least 512 pixels, the most that PDQ keeps. Faster on large photos, but PDQ hashes are then NOT
   * the reference's: a few bits off on most 12 MP photos (measured in docs/pdq.md). Off by default.
   */
  shrinkForPdq?: boolean;
}

export interface DecodedImage {
  pixels: Uint8Array;
  width: number;
  height: number;
  channels: PixelChannels;
}

function describeSharpError(error: unknown): BackstopError {
  const message = error instanceof Error ? error.message : String(error);
  if (/unsupported image format/i.test(message)) {
    return new BackstopError(
      'unsupported_format',
      'This is not an image format Backstop can read (use JPEG, PNG, WebP, GIF, AVIF or TIFF).',
      { status: 415 },
    );
  }
  if (/pixel limit/i.test(message)) return tooLarge();
  if (/heif|hevc|codec/i.test(message)) {
    return new BackstopError(
      'unsupported_format',
      'This HEIC/HEIF photo uses a codec this installation cannot decode; convert it to JPEG first.',
      { status: 415 },
    );
  }
  const firstLine = message.split('\n')[0].trim();
  const reason = /corrupt/i.test(message)
    ? `the image data is damaged (${firstLine.slice(0, 120)})`
    : /premature end|truncated|end of (file|stream)|unexpected end/i.test(message)
      ? 'the file is truncated (cut off before its end)'
      : `the image data is damaged or incomplete (${firstLine.slice(0, 120)})`;
  return new BackstopError('corrupt_image', `Could not decode the image: ${reason}.`, {
    status: 422,
    cause: error,
  });
}

function tooLarge(width?: number, height?: number, maxPixels = DEFAULT_MAX_PIXELS): BackstopError {
  const size = width && height ? ` (${width}x${height})` : '';
  return new BackstopError(
    'image_too_large',
    `The image is too large to decode safely${size}; the limit is ${Math.round(maxPixels / 1e6)} megapixels.`,
    { status: 413 },
  );
}

/** How much the JPEG decoder may shrink (1, 2, 4 or 8) while both sides stay >= 512. */
function jpegShrinkFactor(width: number, height: number): number {
  let factor = 1;
  while (factor < 8 && Math.min(width, height) / (factor * 2) >= PDQ_DOWNSAMPLE_DIM) factor *= 2;
  return factor;
}

/**
 * CMYK → RGB as the conformance set's expected values were made (Pillow's conversion, which the
 * reference's own loader lacks): R = (255 - C) * (255 - K) / 255, rounded the way Pillow does.
 * `cmyk` holds plain (not Adobe-inverted) ink amounts, as libvips gives them.
 */
function rgbFromCmyk(cmyk: Uint8Array): Uint8Array {
  const rgb = new Uint8Array((cmyk.length / 4) * 3);
  for (let i = 0, o = 0; i < cmyk.length; i += 4, o += 3) {
    const nk = 255 - cmyk[i + 3];
    for (let c = 0; c < 3; c++) {
      const t = cmyk[i + c] * nk + 128;
      rgb[o + c] = nk - (((t >> 8) + t) >> 8);
    }
  }
  return rgb;
}

/**
 * Decodes an image file (bytes or path) to 8-bit pixels: 1 channel for greyscale images, 2 for grey
 * with alpha, 3 for colour, 4 for colour with alpha. Pixels are the file's own values, as the PDQ
 * reference reads them: embedded ICC profiles are ignored (no colour management) and CMYK JPEGs are
 * converted with the plain formula. Animated images give their first frame. Throws BackstopError: empty_file, unsupported_format, image_too_large, corrupt_image,
 * file_not_found, file_too_large.
 */
export async function decodeImage(
  input: Uint8Array | string,
  options: DecodeOptions = {},
): Promise<DecodedImage> {
  const bytes = await readImageInput(input);
  return decodeImageBytes(bytes, options);
}

export async function decodeImageBytes(
  bytes: Uint8Array,
  options: DecodeOptions = {},
): Promise<DecodedImage> {
  if (bytes.length === 0)
    throw new BackstopError('empty_file', 'The file is empty (0 bytes): there is no image in it.');
  const maxPixels = options.maxPixels ?? DEFAULT_MAX_PIXELS;
  const orient = options.applyExifOrientation === true;

  let meta: Metadata;
  try {
    meta = await sharp(bytes, { limitInputPixels: false }).metadata();
  } catch (error) {
    throw describeSharpError(error);
  }
  const format = meta.format as string | undefined;
  if (!format || !(SUPPORTED_IMAGE_FORMATS as readonly string[]).includes(format)) {
    throw new BackstopError(
      'unsupported_format',
      `Backstop does not hash ${format ? `${format.toUpperCase()} files` : 'this kind of file'}; use JPEG, PNG, WebP, GIF, AVIF or TIFF.`,
      { status: 415 },
    );
  }
  const width = meta.width ?? 0;
  const height = meta.height ?? 0;
  if (!width || !height)
    throw new BackstopError('corrupt_image', 'Could not decode the image: it has no size.');
  if (width * height > maxPixels) throw tooLarge(width, height, maxPixels);

  let pipeline = sharp(bytes, {
    limitInputPixels: maxPixels,
    failOn: 'warning',
    autoOrient: orient,
    ignoreIcc: true,
  });
  const cmyk = meta.space === 'cmyk';
  if (meta.space === 'b-w' || meta.space === 'grey16') pipeline = pipeline.toColourspace('b-w');
  if (cmyk) pipeline = pipeline.pipelineColourspace('cmyk').toColourspace('cmyk');
  if (options.shrinkForPdq && format === 'jpeg') {
    const swap = orient && (meta.orientation ?? 1) >= 5;
    const w = swap ? height : width;
    const h = swap ? width : height;
    const factor = jpegShrinkFactor(w, h);
    if (factor > 1) {
      pipeline = pipeline.resize({
        width: Math.floor(w / factor),
        height: Math.floor(h / factor),
        fit: 'fill',
        kernel: 'nearest',
        fastShrinkOnLoad: true,
      });
    }
  }
  try {
    const { data, info } = await pipeline.raw({ depth: 'uchar' }).toBuffer({ resolveWithObject: true });
    if (cmyk && info.channels === 4) {
      return { pixels: rgbFromCmyk(data), width: info.width, height: info.height, channels: 3 };
    }
    if (info.channels < 1 || info.channels > 4) {
      throw new BackstopError(
        'unsupported_format',
        `Images with ${info.channels} channels are not supported.`,
      );
    }
    return {
      pixels: new Uint8Array(data.buffer, data.byteOffset, data.byteLength),
      width: info.width,
      height: info.height,
      channels: info.channels as PixelChannels,
    };
  } catch (error) {
    if (error instanceof BackstopError) throw error;
    throw describeSharpError(error);
  }
}
