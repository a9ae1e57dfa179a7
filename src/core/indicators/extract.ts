import { foldDisguises, type FoldedText } from './fold.ts';
import { BackstopError } from '../errors.ts';
import type { Candidate, ExtractOptions, Indicator, ScanContext, Scanner } from './types.ts';
import { scanUrls, scanEmails } from './urls.ts';
import { scanHandles } from './handles.ts';
import { scanPhones } from './phones.ts';
import { scanCrypto } from './crypto.ts';
import { scanBank } from './bank.ts';
import { scanGiftCards } from './gift-cards.ts';
import { scanAmounts } from './amounts.ts';

export const DEFAULT_MAX_LENGTH = 20_000_000;
/** Text is scanned in chunks of this size, each seen with CONTEXT characters either side. */
const CHUNK = 1 << 18;
/** Longer than any candidate (URLs are capped at 1,024 characters) plus the context a scanner reads. */
const CONTEXT = 2048;

const scanners: Scanner[] = [
  scanUrls,
  scanEmails,
  scanHandles,
  scanPhones,
  scanCrypto,
  scanBank,
  scanGiftCards,
  scanAmounts,
];

const overlaps = (a: Indicator, b: Indicator) => a.start < b.end && b.start < a.end;

/** Keeps, from each group of overlapping candidates, those that no higher-priority candidate covers. */
function resolveOverlaps(candidates: Candidate[]): Candidate[] {
  candidates.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Candidate[] = [];
  let cluster: Candidate[] = [];
  let clusterEnd = -1;
  const flush = () => {
    if (cluster.length === 1) kept.push(cluster[0]);
    else if (cluster.length > 1) {
      const ranked = [...cluster].sort(
        (a, b) =>
          b.priority - a.priority || b.confidence - a.confidence || b.end - b.start - (a.end - a.start),
      );
      const accepted: Candidate[] = [];
      for (const c of ranked) if (!accepted.some((a) => overlaps(a, c))) accepted.push(c);
      kept.push(...accepted);
    }
    cluster = [];
  };
  for (const c of candidates) {
    if (c.start >= clusterEnd) {
      flush();
      clusterEnd = c.end;
    } else clusterEnd = Math.max(clusterEnd, c.end);
    cluster.push(c);
  }
  flush();
  return kept;
}

/** Moves an indicator found in folded text back onto the original, noting how it was written. */
function toOriginal(ind: Indicator, original: string, folded: FoldedText): void {
  const start = folded.start![ind.start];
  const end = ind.end > ind.start ? folded.end![ind.end - 1] : start;
  const written = original.slice(start, end);
  if (written !== folded.text.slice(ind.start, ind.end)) ind.details = { ...ind.details, written };
  ind.start = start;
  ind.end = end;
}

function shift(indicator: Indicator, by: number): Indicator {
  const { type, value, normalized, start, end, confidence, platform, details } = indicator;
  const out: Indicator = {
    type,
    value,
    normalized,
    start: start + by,
    end: end + by,
    confidence: Math.round(confidence * 100) / 100,
  };
  if (platform !== undefined) out.platform = platform;
  if (details !== undefined) out.details = details;
  return out;
}

/** Collapses indicators with the same type and normalized form into the first, counting occurrences. */
function collapse(indicators: Indicator[]): Indicator[] {
  const byKey = new Map<string, Indicator>();
  for (const ind of indicators) {
    const key = `${ind.type}\u0000${ind.normalized}`;
    const seen = byKey.get(key);
    if (!seen) {
      byKey.set(key, ind);
      continue;
    }
    seen.confidence = Math.max(seen.confidence, ind.confidence);
    seen.platform ??= ind.platform;
    const count = Number(seen.details?.occurrences ?? 1) + 1;
    seen.details = { ...seen.details, occurrences: count };
  }
  // A bare @name is dropped when the same name is known on a platform.
  const named = new Set<string>();
  for (const ind of byKey.values())
    if (ind.type === 'social_handle' && ind.platform)
      named.add(ind.normalized.slice(ind.platform.length + 1));
  return [...byKey.values()].filter(
    (ind) => !(ind.type === 'social_handle' && !ind.platform && named.has(ind.normalized)),
  );
}

/** Payment services as the scanners name them (handles.ts, urls.ts, platforms.ts): "cash" for cash.app too. */
const PAYMENT_SERVICE = /pay ?pal|apple ?pay|cash|venmo|zelle|revolut/i;
/** Where a crypto address can be: 25 letters and digits in a row, or the start of a segwit address. */
const CRYPTO_RUN = /[A-Za-z0-9]{25}|(?:bc|ltc)1[A-Za-z0-9]{6}/i;
/** An IBAN's country code and check digits. */
const IBAN_START = /[A-Za-z]{2}\d\d/;
/** A UK account number; a sort code alone counts only after these words (bank.ts). */
const ACCOUNT_NUMBER = /\d{8}/;
const SORT_CODE_WORDS = /sort|s\/?c/i;

const isAsciiLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
/** A character of a gift card code (gift-cards.ts: capitals and digits). */
const isCodeChar = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90);

/**
 * An emoji (U+1F300 to U+1FAFF: pictographs, emoticons, transport and supplemental symbols) starts
 * at `i`. No step the extractor takes (folding disguises, NFKC, a URL host's mapping) turns one into
 * ASCII, and no scanner reads one as part of a handle, address, account or code.
 */
function emojiAt(text: string, i: number): boolean {
  const cp = text.codePointAt(i) ?? 0;
  return cp >= 0x1f300 && cp <= 0x1faff;
}

/**
 * False only when `extractIndicators(text)` cannot find a way to be paid (a payment handle, crypto
 * address, bank account or gift card code), so callers that want nothing else can skip it. Text with
 * characters beyond ASCII other than emoji may fold into anything: true. Otherwise it needs a
 * cashtag (`$` and a letter), a `%` (a percent-encoded link host), a payment service's name, a
 * crypto run, an IBAN's start, an account number or a sort code with its words, or a gift card
 * code: a digit, and a run of capitals and digits (single spaces or dashes between them) of 10 with
 * a capital or of 16.
 */
export function mayHoldPaymentDetails(text: string): boolean {
  let digits = 0;
  /** capitals and digits in the current run of them (single spaces or dashes may separate them) */
  let run = 0;
  let runHasCapital = false;
  let codeLength = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128) {
      if (!emojiAt(text, i)) return true;
      i++; // its second UTF-16 unit
      run = 0;
      runHasCapital = false;
      continue;
    }
    if (c === 37 || (c === 36 && isAsciiLetter(text.charCodeAt(i + 1)))) return true;
    if (c >= 48 && c <= 57) digits++;
    if (isCodeChar(c)) {
      run++;
      if (c >= 65) runHasCapital = true;
      if (run >= 16 || (run >= 10 && runHasCapital)) codeLength = true;
    } else if (!((c === 32 || c === 45) && isCodeChar(text.charCodeAt(i - 1)))) {
      run = 0;
      runHasCapital = false;
    }
  }
  if (digits > 0 && codeLength) return true;
  return (
    PAYMENT_SERVICE.test(text) ||
    CRYPTO_RUN.test(text) ||
    (digits >= 2 && IBAN_START.test(text)) ||
    (digits >= 6 && (ACCOUNT_NUMBER.test(text) || SORT_CODE_WORDS.test(text)))
  );
}

/**
 * Finds URLs, domains, e-mail addresses, phone numbers, social and payment handles, crypto
 * addresses, bank details, gift cards and amounts in `text`. Runs in time linear in the length of
 * the text (bounded regexes, capped token lengths, chunked). Sorted by start; duplicates
 * (same type and normalized form) collapse into the first occurrence.
 */
export function extractIndicators(text: string, options: ExtractOptions = {}): Indicator[] {
  if (typeof text !== 'string') throw new BackstopError('invalid_text', 'Expected text to search.');
  const maxLength = options.maxLength ?? DEFAULT_MAX_LENGTH;
  if (text.length > maxLength)
    throw new BackstopError(
      'text_too_long',
      `The text is too long to search (${text.length} characters; the limit is ${maxLength}).`,
      { status: 413 },
    );
  const context: ScanContext = {};
  if (options.defaultRegion) context.defaultRegion = options.defaultRegion.toUpperCase();
  const original = text;
  const folded = foldDisguises(original);
  text = folded.text;
  const found: Indicator[] = [];
  for (let start = 0; start < text.length; start += CHUNK) {
    const end = Math.min(text.length, start + CHUNK);
    const from = Math.max(0, start - CONTEXT);
    const chunk = text.slice(from, Math.min(text.length, end + CONTEXT));
    const candidates = scanners.flatMap((scan) => scan(chunk, context));
    for (const c of resolveOverlaps(candidates)) {
      const absStart = c.start + from;
      if (absStart < start || absStart >= end) continue;
      found.push(shift(c, from));
      for (const child of c.children ?? []) found.push(shift(child, from));
    }
  }
  if (folded.start && folded.end) for (const ind of found) toOriginal(ind, original, folded);
  found.sort((a, b) => a.start - b.start || a.end - b.end);
  return collapse(found);
}
