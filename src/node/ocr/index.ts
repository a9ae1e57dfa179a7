import { readFile, stat } from 'node:fs/promises';
import { BackstopError } from '../../core/errors.ts';
import { extractIndicators, repairOcrAddresses, type Indicator } from '../../core/indicators/index.ts';
import { prepareForOcr } from './preprocess.ts';
import { recognize } from './worker.ts';
import { sniffImage } from './sniff.ts';

export { sniffImage, type ImageFormat } from './sniff.ts';
export { terminateOcr, workerOptions } from './worker.ts';
export { prepareForOcr, MAX_INPUT_PIXELS } from './preprocess.ts';

export interface OcrWord {
  text: string;
  confidence: number;
  box: { x0: number; y0: number; x1: number; y1: number };
}

export interface ImageExtraction {
  text: string;
  words: OcrWord[];
  indicators: Indicator[];
}

export interface ImageExtractOptions {
  /** Time limit for reading one image (default 30,000 ms). */
  timeoutMs?: number;
  /** Region for phone numbers written without a country code, e.g. 'GB'. */
  defaultRegion?: string;
}

/**
 * Undoes OCR's most common damage to handles: a space put next to an underscore ("alex _rivers22").
 * The returned `text` is this repaired text, and indicator offsets refer to it.
 */
export function repairOcrText(text: string): string {
  return text
    .replace(/(?<=[A-Za-z0-9]) _(?=[A-Za-z0-9])/g, '_')
    .replace(/(?<=[A-Za-z0-9])_ (?=[A-Za-z0-9])/g, '_');
}

/** Largest image file accepted, in bytes. */
export const MAX_IMAGE_BYTES = 25 * 1024 * 1024;
export const DEFAULT_OCR_TIMEOUT_MS = 30_000;

async function load(input: Uint8Array | string): Promise<Uint8Array> {
  if (typeof input !== 'string') return input;
  let size: number;
  try {
    size = (await stat(input)).size;
  } catch {
    throw new BackstopError('file_not_found', `Cannot read ${input}.`, { status: 404 });
  }
  if (size > MAX_IMAGE_BYTES)
    throw new BackstopError(
      'image_too_large',
      `The image file is too large (${size} bytes; the limit is ${MAX_IMAGE_BYTES}).`,
      { status: 413 },
    );
  return readFile(input);
}

/**
 * Reads the text in a screenshot with tesseract.js (offline: language data and wasm from
 * node_modules) and finds the indicators in it. `input` is the image bytes or a file path.
 * Word boxes are in the original image's pixels.
 */
export async function extractFromImage(
  input: Uint8Array | string,
  options: ImageExtractOptions = {},
): Promise<ImageExtraction> {
  const bytes = await load(input);
  if (bytes.length > MAX_IMAGE_BYTES)
    throw new BackstopError(
      'image_too_large',
      `The image is too large (${bytes.length} bytes; the limit is ${MAX_IMAGE_BYTES}).`,
      { status: 413 },
    );
  if (!sniffImage(bytes))
    throw new BackstopError(
      'not_an_image',
      'This is not an image Backstop can read (PNG, JPEG, WebP, GIF, TIFF, AVIF).',
      { status: 415 },
    );
  const prepared = await prepareForOcr(bytes);
  const page = await recognize(prepared.png, options.timeoutMs ?? DEFAULT_OCR_TIMEOUT_MS);
  const words: OcrWord[] = [];
  for (const block of page.blocks ?? [])
    for (const paragraph of block.paragraphs)
      for (const line of paragraph.lines)
        for (const word of line.words) {
          const b = word.bbox;
          const s = prepared.scale;
          words.push({
            text: word.text,
            confidence: Math.round(word.confidence) / 100,
            box: {
              x0: Math.round(b.x0 / s),
              y0: Math.round(b.y0 / s),
              x1: Math.round(b.x1 / s),
              y1: Math.round(b.y1 / s),
            },
          });
        }
  const text = repairOcrText(page.text ?? '');
  const read = extractIndicators(text, options.defaultRegion ? { defaultRegion: options.defaultRegion } : {});
  const seen = new Set(read.map((i) => `${i.type}\u0000${i.normalized}`));
  const repaired = repairOcrAddresses(text, read).filter((i) => !seen.has(`${i.type}\u0000${i.normalized}`));
  const indicators = [...read, ...repaired].sort((a, b) => a.start - b.start || a.end - b.end);
  return { text, words, indicators };
}
