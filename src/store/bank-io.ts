// Streaming bank import/export as CSV or NDJSON: rows go in batches, one transaction per batch.
// CSV is read by csv-parse (RFC 4180; a stray quote is an error on its line, never a join of the
// lines after it) and written by csv-stringify, with spreadsheet formulas escaped (see csvCell).
import { Readable } from 'node:stream';
import { parse as parseCsv, CsvError } from 'csv-parse';
import { stringify as stringifyCsv } from 'csv-stringify/sync';
import { BackstopError } from '../core/errors.ts';
import { getBank } from './banks.ts';
import { addContents, listContent, type BankContent, type NewContent, type Signal } from './content.ts';
import { parseSignal, SIGNAL_TYPE_NAMES } from './signals.ts';
import { assertStorable } from './text.ts';
import type { Store } from './types.ts';

export type BankFileFormat = 'csv' | 'ndjson';

export const CSV_COLUMNS = [
  'id',
  'pdq',
  'md5',
  'sha256',
  'content_type',
  'source',
  'case_ref',
  'note',
  'external_id',
  'content_uri',
  'enabled',
  'added_at',
  // Last, so files written before videos keep their column positions.
  'vpdq',
] as const;

const METADATA_FIELDS: Record<string, keyof NewContent> = {
  content_type: 'contentType',
  contentType: 'contentType',
  source: 'source',
  case_ref: 'caseRef',
  caseRef: 'caseRef',
  note: 'note',
  external_id: 'externalId',
  externalId: 'externalId',
  content_uri: 'contentUri',
  contentUri: 'contentUri',
};
const IGNORED = new Set(['id', 'added_at', 'addedAt', 'updated_at', 'updatedAt', 'bank', 'fromCase']);

/** One row (CSV record or flattened JSON object) → content; throws BackstopError with the reason. */
export function rowToContent(row: Record<string, unknown>): NewContent {
  const signals: Signal[] = [];
  const content: NewContent = { signals };
  for (const [key, value] of Object.entries(row)) {
    if (value === undefined || value === null || value === '') continue;
    if ((SIGNAL_TYPE_NAMES as readonly string[]).includes(key)) signals.push(parseSignal(key, value));
    else if (key === 'enabled') content.enabled = !['false', '0', 'no'].includes(String(value).toLowerCase());
    else if (key === 'extra' && typeof value === 'object') content.extra = value as Record<string, unknown>;
    else if (METADATA_FIELDS[key]) {
      const text = String(value);
      if (text.length > 4000)
        throw new BackstopError('invalid_row', `${key} is longer than 4000 characters.`);
      (content as unknown as Record<string, unknown>)[METADATA_FIELDS[key]] = text;
    } else if (!IGNORED.has(key)) {
      throw new BackstopError('invalid_row', `Unknown column "${key.slice(0, 40)}".`);
    }
  }
  if (!signals.length)
    throw new BackstopError('no_signals', 'The row has no pdq, md5, sha256 or vpdq value.');
  const { signals: _signals, ...metadata } = content;
  assertStorable(metadata);
  return content;
}

/** NDJSON lines may be flat or shaped like the export / API ({signals: {...}, metadata: {...}}). */
export function parseJsonLine(line: string): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    throw new BackstopError('invalid_json', 'The line is not valid JSON.');
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    throw new BackstopError('invalid_json', 'Each line must be a JSON object.');
  }
  const { signals, metadata, ...rest } = value as Record<string, unknown>;
  return {
    ...rest,
    ...(signals && typeof signals === 'object' ? signals : {}),
    ...(metadata && typeof metadata === 'object' ? metadata : {}),
  };
}

/**
 * A cell a spreadsheet would run as a formula (`=HYPERLINK(...)`, `+1+1`, `-2`, `@SUM(...)`, or a
 * tab / carriage return before one) is written with a leading apostrophe, which spreadsheets show
 * as text. A value that already starts with apostrophes before such a character gets one more, so
 * `uncsvCell` restores every value exactly.
 */
const FORMULA_START = /^'*[=+\-@\t\r]/;

export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** The value a `csvCell` was made from (one apostrophe dropped before a formula character). */
export function uncsvCell(text: string): string {
  return /^'+[=+\-@\t\r]/.test(text) ? text.slice(1) : text;
}

/** One CSV line (RFC 4180 quoting) of escaped cells, without the line break. */
export function csvLine(values: readonly unknown[]): string {
  return stringifyCsv([values.map(csvCell)], { record_delimiter: 'unix' }).replace(/\n$/, '');
}

export interface ImportProgress {
  committed: number;
  batches: number;
  skipped: number;
  line: number;
}

export interface ImportOptions {
  format: BankFileFormat;
  batchSize?: number;
  /** Skip (and report) invalid rows instead of stopping at the first one. */
  skipInvalid?: boolean;
  onBatch?: (progress: ImportProgress) => void;
  onSkip?: (line: number, reason: string) => void;
  /** Checked between rows: when it returns true the import stops after the last committed batch. */
  shouldStop?: () => boolean;
}

/** Error thrown for an invalid row; `progress.committed` rows from earlier batches stay committed. */
export class ImportError extends BackstopError {
  constructor(
    message: string,
    readonly progress: ImportProgress,
  ) {
    super('import_failed', message);
  }
}

interface SourceRow {
  /** The line the row ends on (1-based). */
  line: number;
  row?: Record<string, unknown>;
  error?: Error;
}

async function* ndjsonRows(lines: AsyncIterable<string>): AsyncGenerator<SourceRow> {
  let line = 0;
  for await (const text of lines) {
    line++;
    if (!text.trim()) continue;
    try {
      yield { line, row: parseJsonLine(text) };
    } catch (error) {
      yield { line, error: error as Error };
    }
  }
}

/** Plain words for csv-parse's errors (its messages name options the user never set). */
function csvProblem(error: CsvError): string {
  switch (error.code) {
    case 'INVALID_OPENING_QUOTE':
      return 'A quote (") appears inside a field that does not start with one. Quote the whole field and double the quote ("").';
    case 'CSV_QUOTE_NOT_CLOSED':
      return 'The file ends inside a quoted CSV field (a quote that is never closed).';
    case 'CSV_INVALID_CLOSING_QUOTE':
      return 'A quoted field has text after its closing quote. Double a quote inside a quoted field ("").';
    case 'CSV_MAX_RECORD_SIZE':
      return 'A record is over 1 MB long (an unterminated quote?).';
    default:
      return error.message;
  }
}

/**
 * CSV records as rows keyed by the header, with formula escapes undone. With `skipInvalid` a
 * malformed record is reported and parsing goes on; without, the first one ends the import.
 */
async function* csvRows(lines: AsyncIterable<string>, skipInvalid: boolean): AsyncGenerator<SourceRow> {
  const skipped: SourceRow[] = [];
  const parser = parseCsv({
    bom: true,
    info: true,
    relax_column_count: true,
    skip_empty_lines: true,
    max_record_size: 1_000_000,
    skip_records_with_error: skipInvalid,
  });
  parser.on('skip', (error: CsvError & { lines?: number }) =>
    skipped.push({ line: error.lines ?? 0, error: new BackstopError('invalid_csv', csvProblem(error)) }),
  );
  const source = Readable.from(
    (async function* () {
      for await (const line of lines) yield `${line}\n`;
    })(),
  );
  source.on('error', (error) => parser.destroy(error));
  source.pipe(parser);
  let header: string[] | undefined;
  try {
    for await (const { record, info } of parser as AsyncIterable<{
      record: string[];
      info: { lines: number };
    }>) {
      yield* skipped.splice(0);
      if (!header) {
        header = record.map((f) => f.trim());
        continue;
      }
      if (record.length !== header.length) {
        yield {
          line: info.lines,
          error: new BackstopError(
            'invalid_csv',
            `Expected ${header.length} fields, found ${record.length}.`,
          ),
        };
        continue;
      }
      yield { line: info.lines, row: Object.fromEntries(header.map((h, i) => [h, uncsvCell(record[i])])) };
    }
    yield* skipped.splice(0);
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    const line = (error as CsvError & { lines?: number }).lines ?? 0;
    yield { line, error: new BackstopError('invalid_csv', csvProblem(error)) };
  } finally {
    source.destroy();
  }
}

/**
 * Reads lines (a file or stdin through readline) and commits every `batchSize` rows in one
 * transaction: a batch is entirely visible or not at all, and a committed batch is never lost.
 */
export async function importBank(
  store: Store,
  bankName: string,
  lines: AsyncIterable<string>,
  options: ImportOptions,
): Promise<ImportProgress> {
  const bank = await getBank(store, bankName);
  const batchSize = options.batchSize ?? 5_000;
  const progress: ImportProgress = { committed: 0, batches: 0, skipped: 0, line: 0 };
  let batch: NewContent[] = [];

  const flush = async () => {
    if (!batch.length) return;
    const rows = batch;
    batch = [];
    await store.transaction((tx) => addContents(tx, bank.id, rows));
    progress.committed += rows.length;
    progress.batches++;
    options.onBatch?.({ ...progress });
  };

  const rows = options.format === 'ndjson' ? ndjsonRows(lines) : csvRows(lines, options.skipInvalid ?? false);
  for await (const item of rows) {
    progress.line = item.line;
    if (options.shouldStop?.()) break;
    try {
      if (item.error) throw item.error;
      if (!item.row) continue;
      batch.push(rowToContent(item.row));
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      if (options.skipInvalid) {
        progress.skipped++;
        options.onSkip?.(progress.line, reason);
        continue;
      }
      throw new ImportError(`Line ${progress.line}: ${reason}`, { ...progress });
    }
    if (batch.length >= batchSize) await flush();
  }
  await flush();
  return progress;
}

function exportRow(content: BankContent, format: BankFileFormat): string {
  const signals = Object.fromEntries(content.signals.map((s) => [s.type, s.value]));
  if (format === 'ndjson') {
    return JSON.stringify({
      id: content.id,
      signals,
      metadata: {
        contentType: content.contentType,
        source: content.source,
        caseRef: content.caseRef,
        note: content.note,
        externalId: content.externalId,
        contentUri: content.contentUri,
        ...(content.extra ? { extra: content.extra } : {}),
      },
      enabled: content.enabled,
      addedAt: content.addedAt.toISOString(),
    });
  }
  const values: Record<(typeof CSV_COLUMNS)[number], unknown> = {
    id: content.id,
    pdq: signals.pdq,
    md5: signals.md5,
    sha256: signals.sha256,
    content_type: content.contentType,
    source: content.source,
    case_ref: content.caseRef,
    note: content.note,
    external_id: content.externalId,
    content_uri: content.contentUri,
    enabled: content.enabled,
    added_at: content.addedAt.toISOString(),
    vpdq: signals.vpdq,
  };
  return csvLine(CSV_COLUMNS.map((c) => values[c]));
}

/** Yields the bank as lines (with a header for CSV), reading the store a page at a time. */
export async function* exportBank(
  store: Store,
  bankName: string,
  format: BankFileFormat,
  pageSize = 5_000,
): AsyncGenerator<string> {
  const bank = await getBank(store, bankName);
  if (format === 'csv') yield csvLine(CSV_COLUMNS);
  let after = 0;
  for (;;) {
    const page = await listContent(store, bank.id, { afterId: after, limit: pageSize });
    for (const content of page) yield exportRow(content, format);
    if (page.length < pageSize) return;
    after = page[page.length - 1].id;
  }
}
