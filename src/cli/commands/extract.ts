import { open } from 'node:fs/promises';
import type { Command } from 'commander';
import { BackstopError } from '../../core/errors.ts';
import { extractIndicators, type Indicator } from '../../core/indicators/index.ts';
import {
  DEFAULT_OCR_TIMEOUT_MS,
  MAX_IMAGE_BYTES,
  extractFromImage,
  sniffImage,
  terminateOcr,
} from '../../node/ocr/index.ts';

/** Largest input read, in bytes (text is also limited to 20 million characters). */
const MAX_INPUT_BYTES = 64 * 1024 * 1024;

async function readInput(file: string): Promise<Buffer> {
  const tooBig = () =>
    new BackstopError('input_too_large', `The input is larger than ${MAX_INPUT_BYTES / 1024 / 1024} MB.`, {
      status: 413,
    });
  if (file === '-') {
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of process.stdin as AsyncIterable<Buffer>) {
      size += chunk.length;
      if (size > MAX_INPUT_BYTES) throw tooBig();
      chunks.push(chunk);
    }
    return Buffer.concat(chunks);
  }
  let handle;
  try {
    handle = await open(file, 'r');
  } catch {
    throw new BackstopError('file_not_found', `Cannot open ${file}.`, { status: 404 });
  }
  try {
    const { size } = await handle.stat();
    if (!(await handle.stat()).isFile()) throw new BackstopError('not_a_file', `${file} is not a file.`);
    if (size > MAX_INPUT_BYTES) throw tooBig();
    return await handle.readFile();
  } finally {
    await handle.close();
  }
}

/** Decodes text (UTF-8, or UTF-16 with a byte-order mark); binary data is an error, not gibberish. */
export function decodeText(bytes: Uint8Array): string {
  let text: string;
  try {
    if (bytes[0] === 0xff && bytes[1] === 0xfe)
      text = new TextDecoder('utf-16le', { fatal: true }).decode(bytes);
    else if (bytes[0] === 0xfe && bytes[1] === 0xff)
      text = new TextDecoder('utf-16be', { fatal: true }).decode(bytes);
    else text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new BackstopError(
      'unknown_format',
      'This is neither text (UTF-8) nor an image Backstop can read.',
      { status: 415 },
    );
  }
  const sample = text.slice(0, 65536);
  const control = sample.match(/[\u0000-\u0008\u000e-\u001f]/g)?.length ?? 0;
  if (control > sample.length / 100 + 1)
    throw new BackstopError(
      'unknown_format',
      'This looks like binary data, not text or an image Backstop can read.',
      { status: 415 },
    );
  return text;
}

function formatLine(ind: Indicator): string {
  const extra = [ind.platform, `${Math.round(ind.confidence * 100)}%`].filter(Boolean).join(', ');
  const normalized = ind.normalized !== ind.value ? `  -> ${ind.normalized}` : '';
  return `${ind.type.padEnd(15)} ${JSON.stringify(ind.value)}${normalized}  (${extra})`;
}

function regionOption(value: string): string {
  if (!/^[A-Za-z]{2}$/.test(value))
    throw new Error('--region must be a two-letter country code, e.g. GB or US');
  return value.toUpperCase();
}

function timeoutOption(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 100 || n > 600_000)
    throw new Error('--timeout must be 100..600000 milliseconds');
  return n;
}

export function register(program: Command): void {
  program
    .command('extract')
    .summary('find usernames, payment details and other indicators in text or a screenshot')
    .description(
      'Find indicators (usernames, profile links, e-mails, phone numbers, payment handles, crypto ' +
        'addresses, bank details, gift cards, amounts) in a text file or a screenshot. Images (PNG, JPEG, ' +
        'WebP, GIF, TIFF, AVIF) are recognised by their first bytes and read with OCR, offline.',
    )
    .argument('<file>', 'a text file or an image, or - to read stdin')
    .option(
      '--json',
      'one JSON object per indicator line: type, value, normalized, start, end, confidence, platform, source',
    )
    .option('--region <cc>', 'country for phone numbers written without +code, e.g. GB or US', regionOption)
    .option(
      '--timeout <ms>',
      `OCR time limit per image in milliseconds (default ${DEFAULT_OCR_TIMEOUT_MS})`,
      timeoutOption,
    )
    .action(async (file: string, opts: { json?: boolean; region?: string; timeout?: number }) => {
      const bytes = await readInput(file);
      let indicators: Indicator[];
      let source: 'text' | 'ocr';
      let note = '';
      if (sniffImage(bytes)) {
        if (bytes.length > MAX_IMAGE_BYTES)
          throw new BackstopError(
            'image_too_large',
            `The image is larger than ${MAX_IMAGE_BYTES / 1024 / 1024} MB.`,
            { status: 413 },
          );
        source = 'ocr';
        try {
          const result = await extractFromImage(bytes, {
            timeoutMs: opts.timeout,
            defaultRegion: opts.region,
          });
          indicators = result.indicators;
          note = `Read ${result.words.length} words from the image.`;
        } finally {
          await terminateOcr();
        }
      } else {
        source = 'text';
        indicators = extractIndicators(decodeText(bytes), opts.region ? { defaultRegion: opts.region } : {});
      }
      const out: string[] = [];
      if (opts.json) {
        for (const i of indicators) {
          const line: Record<string, unknown> = {
            type: i.type,
            value: i.value,
            normalized: i.normalized,
            start: i.start,
            end: i.end,
            confidence: i.confidence,
          };
          if (i.platform) line.platform = i.platform;
          line.source = source;
          out.push(JSON.stringify(line));
        }
      } else {
        if (note) out.push(note);
        if (!indicators.length) out.push('No indicators found.');
        else
          out.push(
            `${indicators.length} indicator${indicators.length === 1 ? '' : 's'} found:`,
            ...indicators.map(formatLine),
          );
      }
      if (out.length) process.stdout.write(`${out.join('\n')}\n`);
    });
}
