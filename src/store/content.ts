import { BackstopError } from '../core/errors.ts';
import { assertStorable } from './text.ts';
import type { Queryable } from './types.ts';

export type { SignalTypeName } from '../core/signal/index.ts';
import type { SignalTypeName } from '../core/signal/index.ts';

export interface Signal {
  type: SignalTypeName;
  /** Normalised (lower-case hex) value. */
  value: string;
}

export interface ContentMetadata {
  contentType?: string | null;
  source?: string | null;
  caseRef?: string | null;
  note?: string | null;
  externalId?: string | null;
  contentUri?: string | null;
  extra?: Record<string, unknown> | null;
}

export interface NewContent extends ContentMetadata {
  signals: Signal[];
  enabled?: boolean;
  caseId?: number | null;
}

export interface BankContent extends ContentMetadata {
  id: number;
  bankId: number;
  bankName: string;
  /** Whether it matches now: enabled, or disabled until a time that has passed. */
  enabled: boolean;
  /** While disabled for a time: when it counts as enabled again (else null). */
  disabledUntil: Date | null;
  caseId: number | null;
  addedAt: Date;
  updatedAt: Date;
  signals: Signal[];
}

interface ContentRow {
  id: number;
  bank_id: number;
  bank_name: string;
  enabled: boolean;
  disabled_until: Date | null;
  content_type: string | null;
  source: string | null;
  case_ref: string | null;
  note: string | null;
  external_id: string | null;
  content_uri: string | null;
  extra: Record<string, unknown> | null;
  case_id: number | null;
  added_at: Date;
  updated_at: Date;
}

const CONTENT_COLUMNS = `c.id, c.bank_id, b.name as bank_name, c.enabled, c.disabled_until, c.content_type,
  c.source, c.case_ref, c.note, c.external_id, c.content_uri, c.extra, c.case_id, c.added_at, c.updated_at`;

/** Throws a 400 naming the first metadata field PostgreSQL could not store (NUL, lone surrogate, too deep). */
function assertStorableMetadata(m: ContentMetadata): void {
  assertStorable({
    contentType: m.contentType,
    source: m.source,
    caseRef: m.caseRef,
    note: m.note,
    externalId: m.externalId,
    contentUri: m.contentUri,
    extra: m.extra,
  });
}

/** Milliseconds since the epoch from which disabled content counts as enabled again; 0 = never. */
function enabledFrom(r: { enabled: boolean; disabled_until: Date | null }): number {
  return !r.enabled && r.disabled_until !== null ? new Date(r.disabled_until).getTime() : 0;
}

function toContent(r: ContentRow, signals: Signal[]): BankContent {
  const until = enabledFrom(r);
  const enabled = r.enabled || (until > 0 && until <= Date.now());
  return {
    id: r.id,
    bankId: r.bank_id,
    bankName: r.bank_name,
    enabled,
    disabledUntil: enabled || !until ? null : new Date(until),
    contentType: r.content_type,
    source: r.source,
    caseRef: r.case_ref,
    note: r.note,
    externalId: r.external_id,
    contentUri: r.content_uri,
    extra: r.extra,
    caseId: r.case_id,
    addedAt: new Date(r.added_at),
    updatedAt: new Date(r.updated_at),
    signals,
  };
}

/**
 * Adds many contents to one bank in a few statements (ids allocated first so signals can refer
 * to them). Call inside a transaction: the caller decides what is committed together.
 */
export async function addContents(q: Queryable, bankId: number, items: NewContent[]): Promise<number[]> {
  if (!items.length) return [];
  for (const item of items) {
    if (!item.signals.length) {
      throw new BackstopError('no_signals', 'Bank content needs at least one signal (pdq, md5 or sha256).');
    }
    assertStorableMetadata(item);
  }
  const ids = (
    await q.query<{ id: number }>(
      `select nextval(pg_get_serial_sequence('bank_content', 'id'))::int as id from generate_series(1, $1::int)`,
      [items.length],
    )
  ).map((r) => r.id);
  const col = <T>(pick: (item: NewContent) => T) => items.map(pick);
  await q.query(
    `insert into bank_content (id, bank_id, enabled, content_type, source, case_ref, note, external_id,
       content_uri, extra, case_id)
     select u.id, $2::int, u.enabled, u.content_type, u.source, u.case_ref, u.note, u.external_id,
       u.content_uri, u.extra::jsonb, u.case_id
     from unnest($1::int[], $3::boolean[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[],
       $9::text[], $10::text[], $11::int[])
       as u(id, enabled, content_type, source, case_ref, note, external_id, content_uri, extra, case_id)`,
    [
      ids,
      bankId,
      col((i) => i.enabled ?? true),
      col((i) => i.contentType ?? null),
      col((i) => i.source ?? null),
      col((i) => i.caseRef ?? null),
      col((i) => i.note ?? null),
      col((i) => i.externalId ?? null),
      col((i) => i.contentUri ?? null),
      col((i) => (i.extra ? JSON.stringify(i.extra) : null)),
      col((i) => i.caseId ?? null),
    ],
  );
  const signalContent: number[] = [];
  const signalType: string[] = [];
  const signalValue: string[] = [];
  items.forEach((item, n) => {
    for (const signal of item.signals) {
      signalContent.push(ids[n]);
      signalType.push(signal.type);
      signalValue.push(signal.value);
    }
  });
  await q.query(
    `insert into signals (content_id, signal_type, value)
     select * from unnest($1::int[], $2::text[], $3::text[])`,
    [signalContent, signalType, signalValue],
  );
  await logContentChanges(q, ids);
  return ids;
}

export async function addContent(q: Queryable, bankId: number, item: NewContent): Promise<number> {
  return (await addContents(q, bankId, [item]))[0];
}

export async function logContentChanges(q: Queryable, contentIds: number[]): Promise<void> {
  if (!contentIds.length) return;
  await q.query(`insert into index_changes (kind, content_id) select 'content', unnest($1::int[])`, [
    contentIds,
  ]);
}

async function signalsOf(q: Queryable, contentIds: number[]): Promise<Map<number, Signal[]>> {
  const rows = await q.query<{ content_id: number; signal_type: SignalTypeName; value: string }>(
    'select content_id, signal_type, value from signals where content_id = any($1::int[]) order by id',
    [contentIds],
  );
  const out = new Map<number, Signal[]>();
  for (const r of rows) {
    let list = out.get(r.content_id);
    if (!list) out.set(r.content_id, (list = []));
    list.push({ type: r.signal_type, value: r.value });
  }
  return out;
}

/** Contents (with their signals) selected by `where` and `params`, in id order. */
async function selectContents(q: Queryable, where: string, params: unknown[]): Promise<BankContent[]> {
  const rows = await q.query<ContentRow>(
    `select ${CONTENT_COLUMNS} from bank_content c join banks b on b.id = c.bank_id ${where}`,
    params,
  );
  const signals = await signalsOf(
    q,
    rows.map((r) => r.id),
  );
  return rows.map((r) => toContent(r, signals.get(r.id) ?? []));
}

export async function getContents(q: Queryable, ids: number[]): Promise<BankContent[]> {
  if (!ids.length) return [];
  return selectContents(q, 'where c.id = any($1::int[]) order by c.id', [ids]);
}

/** One content of a bank, or undefined (also when it belongs to another bank). */
export async function findContent(
  q: Queryable,
  bankId: number,
  id: number,
): Promise<BankContent | undefined> {
  const [content] = await getContents(q, [id]);
  return content && content.bankId === bankId ? content : undefined;
}

/** A page of a bank's content in id order (keyset pagination: pass the last id seen). */
export async function listContent(
  q: Queryable,
  bankId: number,
  options: { afterId?: number; limit?: number } = {},
): Promise<BankContent[]> {
  return selectContents(q, 'where c.bank_id = $1 and c.id > $2 order by c.id limit $3', [
    bankId,
    options.afterId ?? 0,
    Math.min(options.limit ?? 100, 10_000),
  ]);
}

/**
 * Changes a content's metadata or state. `enabled` alone enables or disables it for good;
 * `disabledUntil` disables it until that time, after which it counts as enabled again.
 */
export async function updateContent(
  q: Queryable,
  id: number,
  changes: ContentMetadata & { enabled?: boolean; disabledUntil?: Date },
): Promise<void> {
  assertStorableMetadata(changes);
  const sets: string[] = [];
  const params: unknown[] = [id];
  if (changes.disabledUntil !== undefined) {
    changes = { ...changes, enabled: false };
    params.push(changes.disabledUntil);
    sets.push(`disabled_until = $${params.length}`);
  } else if (changes.enabled !== undefined) {
    sets.push('disabled_until = null');
  }
  const column: Record<string, string> = {
    enabled: 'enabled',
    contentType: 'content_type',
    source: 'source',
    caseRef: 'case_ref',
    note: 'note',
    externalId: 'external_id',
    contentUri: 'content_uri',
    extra: 'extra',
  };
  for (const [key, name] of Object.entries(column)) {
    const value = (changes as Record<string, unknown>)[key];
    if (value === undefined) continue;
    params.push(key === 'extra' && value !== null ? JSON.stringify(value) : value);
    sets.push(`${name} = $${params.length}${key === 'extra' ? '::jsonb' : ''}`);
  }
  if (!sets.length) return;
  await q.query(`update bank_content set ${sets.join(', ')}, updated_at = now() where id = $1`, params);
  await logContentChanges(q, [id]);
}

export async function deleteContents(q: Queryable, ids: number[]): Promise<number> {
  if (!ids.length) return 0;
  const rows = await q.query<{ id: number }>(
    'delete from bank_content where id = any($1::int[]) returning id',
    [ids],
  );
  await logContentChanges(
    q,
    rows.map((r) => r.id),
  );
  return rows.length;
}

/** Rows the in-memory index needs, for the given contents (missing ones were deleted). */
export interface IndexedSignal {
  signalId: number;
  contentId: number;
  bankId: number;
  /** As stored: disabled content may count as enabled again from `enabledFrom`. */
  enabled: boolean;
  /** Milliseconds since the epoch from which disabled content counts as enabled; 0 = never. */
  enabledFrom: number;
  type: SignalTypeName;
  value: string;
}

interface IndexedSignalRow {
  signal_id: number;
  content_id: number;
  bank_id: number;
  enabled: boolean;
  disabled_until: Date | null;
  signal_type: SignalTypeName;
  value: string;
}

const toIndexed = (r: IndexedSignalRow): IndexedSignal => ({
  signalId: r.signal_id,
  contentId: r.content_id,
  bankId: r.bank_id,
  enabled: r.enabled,
  enabledFrom: enabledFrom(r),
  type: r.signal_type,
  value: r.value,
});

export async function indexedSignalsOf(q: Queryable, contentIds: number[]): Promise<IndexedSignal[]> {
  if (!contentIds.length) return [];
  const rows = await q.query<IndexedSignalRow>(
    `select s.id as signal_id, s.content_id, c.bank_id, c.enabled, c.disabled_until, s.signal_type, s.value
     from signals s join bank_content c on c.id = s.content_id where s.content_id = any($1::int[])`,
    [contentIds],
  );
  return rows.map(toIndexed);
}

/** All signals in signal-id order, a page at a time, for building the index at start. */
export async function indexedSignalsPage(
  q: Queryable,
  afterSignalId: number,
  limit: number,
): Promise<IndexedSignal[]> {
  const rows = await q.query<IndexedSignalRow>(
    `select s.id as signal_id, s.content_id, c.bank_id, c.enabled, c.disabled_until, s.signal_type, s.value
     from signals s join bank_content c on c.id = s.content_id where s.id > $1 order by s.id limit $2`,
    [afterSignalId, limit],
  );
  return rows.map(toIndexed);
}

export async function countSignals(q: Queryable): Promise<Record<string, number>> {
  const rows = await q.query<{ signal_type: string; n: number }>(
    'select signal_type, count(*)::int as n from signals group by signal_type',
  );
  return Object.fromEntries(rows.map((r) => [r.signal_type, r.n]));
}

/** Per signal type: how many signals are stored, and when content holding one last changed (ms). */
export async function signalTypeStats(
  q: Queryable,
): Promise<Record<string, { count: number; newest: number }>> {
  const rows = await q.query<{ signal_type: string; n: number; newest: Date | null }>(
    `select s.signal_type, count(*)::int as n, max(c.updated_at) as newest
     from signals s join bank_content c on c.id = s.content_id group by s.signal_type`,
  );
  return Object.fromEntries(
    rows.map((r) => [r.signal_type, { count: r.n, newest: r.newest ? new Date(r.newest).getTime() : 0 }]),
  );
}
