import { BackstopError } from '../errors.ts';
import { parsePdqHash } from '../pdq/hash-format.ts';
import type { VpdqFeature, VpdqHash } from './feature.ts';
import { formatFixed } from './fixed.ts';

/** Most frames a vPDQ text may hold (10 hours at 60 fps, every frame). */
export const VPDQ_MAX_FEATURES = 2_160_000;

function invalid(message: string): never {
  throw new BackstopError('invalid_signal', message);
}

/** A feature's timestamp as the reference prints it: `%.3f`. */
export function formatVpdqTimestamp(seconds: number): string {
  return formatFixed(seconds, 3);
}

/**
 * The reference's hash-file format (vpdq-hash-video's output): one line per frame,
 * `frameNumber,quality,pdqHex,timestampSeconds`, each line ending in `\n`.
 */
export function formatVpdq(features: readonly VpdqFeature[]): string {
  let text = '';
  for (const f of features) {
    text += `${f.frameNumber},${f.quality},${f.pdq},${formatVpdqTimestamp(f.timestamp)}\n`;
  }
  return text;
}

/**
 * python-threatexchange's serialization (what HMA stores and answers): a JSON list of
 * `"pdqHex,quality,timestamp"` strings. Frame numbers are not part of it.
 */
export function formatVpdqPytx(features: readonly VpdqFeature[]): string {
  return JSON.stringify(features.map((f) => `${f.pdq},${f.quality},${formatVpdqTimestamp(f.timestamp)}`));
}

function parseWhole(text: string, what: string, line: number): number {
  if (!/^\s*-?\d+\s*$/.test(text)) invalid(`vPDQ line ${line}: the ${what} must be a whole number.`);
  return Number(text);
}

function parseQuality(text: string, line: number): number {
  const quality = parseWhole(text, 'quality', line);
  if (quality < 0 || quality > 100) invalid(`vPDQ line ${line}: the quality must be between 0 and 100.`);
  return quality;
}

function parseSeconds(text: string, line: number): number {
  const value = Number(text.trim());
  if (text.trim() === '' || !Number.isFinite(value) || value < 0) {
    invalid(`vPDQ line ${line}: the timestamp must be a number of seconds, 0 or more.`);
  }
  return value;
}

function parseHash(text: string, line: number): string {
  try {
    return parsePdqHash(text);
  } catch {
    return invalid(`vPDQ line ${line}: the PDQ hash must be 64 hexadecimal digits.`);
  }
}

function parseReferenceText(text: string): VpdqHash {
  const lines = text.split(/\r?\n/);
  if (lines[lines.length - 1] === '') lines.pop();
  const features: VpdqFeature[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (features.length >= VPDQ_MAX_FEATURES)
      invalid(`A vPDQ hash may hold at most ${VPDQ_MAX_FEATURES} frames.`);
    // The reference reads fields 0-3 by position and ignores any after them.
    const fields = lines[i].split(',');
    if (fields.length < 4) invalid(`vPDQ line ${i + 1}: expected frameNumber,quality,pdqHex,timestamp.`);
    const frameNumber = parseWhole(fields[0], 'frame number', i + 1);
    if (frameNumber < 0) invalid(`vPDQ line ${i + 1}: the frame number must be 0 or more.`);
    features.push({
      frameNumber,
      quality: parseQuality(fields[1], i + 1),
      pdq: parseHash(fields[2], i + 1),
      timestamp: parseSeconds(fields[3], i + 1),
    });
  }
  return features;
}

function parsePytxJson(text: string): VpdqHash {
  let list: unknown;
  try {
    list = JSON.parse(text);
  } catch {
    return invalid('A vPDQ hash in JSON must be a list of "pdqHex,quality,timestamp" strings.');
  }
  if (!Array.isArray(list))
    invalid('A vPDQ hash in JSON must be a list of "pdqHex,quality,timestamp" strings.');
  if (list.length > VPDQ_MAX_FEATURES) invalid(`A vPDQ hash may hold at most ${VPDQ_MAX_FEATURES} frames.`);
  return list.map((item, i) => {
    if (typeof item !== 'string')
      invalid(`vPDQ item ${i + 1}: expected a "pdqHex,quality,timestamp" string.`);
    const fields = item.split(',');
    if (fields.length !== 3) invalid(`vPDQ item ${i + 1}: expected "pdqHex,quality,timestamp".`);
    // pytx's form has no frame numbers: the position in the list stands in for one.
    return {
      frameNumber: i,
      quality: parseQuality(fields[1], i + 1),
      pdq: parseHash(fields[0], i + 1),
      timestamp: parseSeconds(fields[2], i + 1),
    };
  });
}

/**
 * Reads a vPDQ hash in the reference's text format (`frameNumber,quality,pdqHex,timestamp` lines) or
 * python-threatexchange's JSON list. Throws BackstopError('invalid_signal') with the line at fault;
 * an empty hash is refused, as by the reference's reader.
 */
export function parseVpdq(text: string): VpdqHash {
  if (typeof text !== 'string') invalid('A vPDQ hash must be text.');
  const trimmed = text.trim();
  const features = trimmed.startsWith('[') ? parsePytxJson(trimmed) : parseReferenceText(trimmed);
  if (features.length === 0) invalid('A vPDQ hash must have at least one frame.');
  return features;
}
