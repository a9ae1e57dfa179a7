import sharp, { type Metadata } from 'sharp';
import { BackstopError } from '../../core/errors.ts';

/** Largest image accepted, in pixels (a 4K phone screenshot is ~10 megapixels). */
export const MAX_INPUT_PIXELS = 50_000_000;
/** Tesseract reads best when lines of text are 20-40 px high; small screenshots are scaled up to this width. */
const TARGET_MIN_WIDTH = 1400;
const MAX_SIDE = 4000;

export interface Prepared {
  png: Buffer;
  width: number;
  height: number;
  /** Scale from the original image to the prepared one (boxes are divided by it). */
  scale: number;
  inverted: boolean;
}

/**
 * Greyscale, dark mode turned into dark-on-light (when mean luminance is low), small images scaled
 * up and huge ones down, contrast stretched from the darkest pixel (the default 1% percentile turned light-grey bubbles black on nearly empty screenshots). Throws a BackstopError for anything sharp cannot decode.
 */
export async function prepareForOcr(input: Uint8Array): Promise<Prepared> {
  let meta: Metadata;
  try {
    meta = await sharp(input, { limitInputPixels: MAX_INPUT_PIXELS }).metadata();
  } catch (error) {
    throw new BackstopError('unreadable_image', 'This file could not be read as an image.', { cause: error });
  }
  const { width = 0, height = 0 } = meta;
  if (!width || !height)
    throw new BackstopError('unreadable_image', 'This file could not be read as an image.');
  if (width * height > MAX_INPUT_PIXELS)
    throw new BackstopError(
      'image_too_large',
      `The image is too large to read (${width}x${height} pixels).`,
      { status: 413 },
    );
  let scale = 1;
  if (width < TARGET_MIN_WIDTH) scale = Math.min(3, TARGET_MIN_WIDTH / width);
  if (Math.max(width, height) * scale > MAX_SIDE) scale = MAX_SIDE / Math.max(width, height);
  try {
    const grey = sharp(input, { limitInputPixels: MAX_INPUT_PIXELS })
      .rotate()
      .flatten({ background: '#ffffff' })
      .greyscale();
    const stats = await grey.clone().stats();
    const colour = stats.channels.slice(0, 3);
    const mean = colour.reduce((sum, c) => sum + c.mean, 0) / Math.max(1, colour.length);
    const inverted = mean < 110;
    let pipeline = grey;
    if (scale !== 1)
      pipeline = pipeline.resize(Math.round(width * scale), Math.round(height * scale), {
        kernel: 'lanczos3',
      });
    if (inverted) pipeline = pipeline.negate({ alpha: false });
    const { data, info } = await pipeline
      .normalise({ lower: 0, upper: 99 })
      .png({ compressionLevel: 1 })
      .toBuffer({ resolveWithObject: true });
    return { png: data, width: info.width, height: info.height, scale: info.width / width, inverted };
  } catch (error) {
    throw new BackstopError('unreadable_image', 'This image could not be decoded.', { cause: error });
  }
}
