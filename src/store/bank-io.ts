// Streaming bank import/export as CSV or NDJSON: rows go in batches, one transaction per batch.
import { BackstopError } from '../core/errors.ts';
import { getBank } from './banks.ts';
import { addContents, listContent, type BankContent, type NewContent, type Signal } from './content.ts';
import { parseSignal, SIGNAL_TYPE_NAMES } from './signals.ts';
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
  if (!signals.length) throw new BackstopError('no_signals', 'The row has no pdq, md5 or sha256 value.');
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

/** Splits one CSV record (RFC 4180: quotes, doubled quotes); returns undefined while a quote is open. */
export function parseCsvRecord(text: string): string[] | undefined {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      fields.push(field);
      field = '';
    } else if (c !== '\r') field += c;
  }
  if (quoted) return undefined;
  fields.push(field);
  return fields;
}

export function csvField(value: unknown): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
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
  let header: string[] | undefined;
  let pending = '';

  const flush = async () => {
    if (!batch.length) return;
    const rows = batch;
    batch = [];
    await store.transaction((tx) => addContents(tx, bank.id, rows));
    progress.committed += rows.length;
    progress.batches++;
    options.onBatch?.({ ...progress });
  };

  for await (const rawLine of lines) {
    progress.line++;
    if (options.shouldStop?.()) break;
    let row: Record<string, unknown> | undefined;
    try {
      if (options.format === 'ndjson') {
        if (!rawLine.trim()) continue;
        row = parseJsonLine(rawLine);
      } else {
        const text = pending ? `${pending}\n${rawLine}` : rawLine;
        const fields = parseCsvRecord(text);
        if (!fields) {
          pending = text;
          if (pending.length > 1_000_000)
            throw new BackstopError('invalid_csv', 'An unterminated quote runs on for over 1 MB.');
          continue;
        }
        pending = '';
        if (!header) {
          header = fields.map((f) => f.trim().replace(/^\uFEFF/, ''));
          continue;
        }
        if (fields.length === 1 && fields[0].trim() === '') continue;
        if (fields.length !== header.length) {
          throw new BackstopError('invalid_csv', `Expected ${header.length} fields, found ${fields.length}.`);
        }
        row = Object.fromEntries(header.map((h, i) => [h, fields[i]]));
      }
      batch.push(rowToContent(row));
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
  if (pending) {
    throw new ImportError(`Line ${progress.line}: the file ends inside a quoted CSV field.`, { ...progress });
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
  };
  return CSV_COLUMNS.map((c) => csvField(values[c])).join(',');
}

/** Yields the bank as lines (with a header for CSV), reading the store a page at a time. */
export async function* exportBank(
  store: Store,
  bankName: string,
  format: BankFileFormat,
  pageSize = 5_000,
): AsyncGenerator<string> {
  const bank = await getBank(store, bankName);
  if (format === 'csv') yield CSV_COLUMNS.join(',');
  let after = 0;
  for (;;) {
    const page = await listContent(store, bank.id, { afterId: after, limit: pageSize });
    for (const content of page) yield exportRow(content, format);
    if (page.length < pageSize) return;
    after = page[page.length - 1].id;
  }
}
