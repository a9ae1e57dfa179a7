// Hash lists as python-threatexchange and HMA users keep them: one `<signal_type> <hash>` per line
// (or one hash per line, with the type given in the exchange's config), or a CSV / TSV table with a
// header naming the signal type of each column (pdq, md5, video_md5, sha256; other columns ignored).
import { parse } from 'csv-parse/sync';
import { BackstopError } from '../../core/errors.ts';

export type HashListFormat = 'auto' | 'lines' | 'csv' | 'tsv';

export interface HashListRow {
  /** The line the row is on (1-based). */
  line: number;
  /** [signal type as written, value] pairs. */
  values: [string, string][];
}

const TYPE_HEADERS = new Set(['pdq', 'md5', 'video_md5', 'sha256']);

const bad = (message: string) => new BackstopError('exchange_bad_list', message, { status: 502 });

function detect(firstLine: string): 'lines' | 'csv' | 'tsv' {
  for (const [format, delimiter] of [
    ['tsv', '\t'],
    ['csv', ','],
  ] as const) {
    const cells = firstLine.split(delimiter).map((c) => c.trim().replace(/^"|"$/g, '').toLowerCase());
    if (cells.length > 1 && cells.some((c) => TYPE_HEADERS.has(c))) return format;
  }
  return 'lines';
}

function lineRows(lines: string[], signalType: string | undefined): HashListRow[] {
  const rows: HashListRow[] = [];
  lines.forEach((raw, n) => {
    const text = raw.trim();
    if (!text || text.startsWith('#')) return;
    if (signalType !== undefined) {
      rows.push({ line: n + 1, values: [[signalType, text]] });
      return;
    }
    const match = /^(\S+)\s+(\S+)$/.exec(text);
    if (!match) {
      throw bad(
        `Line ${n + 1} of the hash list is not "<signal_type> <hash>" (set signal_type for lists of bare hashes). Nothing from this list was applied.`,
      );
    }
    rows.push({ line: n + 1, values: [[match[1], match[2]]] });
  });
  return rows;
}

function tableRows(text: string, delimiter: string): HashListRow[] {
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, {
      delimiter,
      bom: true,
      info: true,
      skip_empty_lines: true,
      relax_column_count: true,
      trim: true,
      max_record_size: 1_000_000,
    }) as unknown as { record: string[]; info: { lines: number } }[];
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    throw bad(
      `The hash list is not valid ${delimiter === ',' ? 'CSV' : 'TSV'}${line ? ` (line ${line})` : ''}.`,
    );
  }
  if (!records.length) return [];
  const header = records[0].record.map((h) => h.toLowerCase());
  const columns = header.flatMap((h, i) => (TYPE_HEADERS.has(h) ? [[h, i] as const] : []));
  if (!columns.length)
    throw bad('The hash list header names no signal type column (pdq, md5, video_md5, sha256).');
  return records.slice(1).map(({ record, info }) => ({
    line: info.lines,
    values: columns.filter(([, i]) => record[i]).map(([h, i]) => [h, record[i]] as [string, string]),
  }));
}

/** The rows of a hash list; throws `exchange_bad_list` with the line for a malformed one. */
export function parseHashList(text: string, format: HashListFormat, signalType?: string): HashListRow[] {
  const body = text.replace(/^\uFEFF/, '');
  const lines = body.split(/\r?\n/);
  const first = lines.find((l) => l.trim() && !l.trim().startsWith('#')) ?? '';
  const chosen = format === 'auto' ? detect(first) : format;
  if (chosen === 'lines') return lineRows(lines, signalType);
  return tableRows(body, chosen === 'csv' ? ',' : '\t');
}
