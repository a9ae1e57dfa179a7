// Exchanges (HMA's name for a bank kept in sync with an outside list): their configuration, the
// checkpoint of their last fetch and how that fetch went. What a fetch reads is in src/server/exchanges.
import { BackstopError } from '../core/errors.ts';
import { BANK_NAME_PATTERN, createBank, deleteBank, findBank, validateBankName } from './banks.ts';
import type { Queryable, Store } from './types.ts';

export interface Exchange {
  name: string;
  api: string;
  bankId: number;
  config: Record<string, unknown>;
  enabled: boolean;
  checkpoint: unknown;
  /** Unix seconds the source has been read up to (HMA's checkpoint_ts), if known. */
  checkpointTs: number | null;
  fetchedItems: number;
  /** A fetch holds the exchange until then (renewed per page); null when none is running. */
  leaseUntil: Date | null;
  lastFetchStart: Date | null;
  lastFetchComplete: Date | null;
  lastFetchSucceeded: boolean | null;
  upToDate: boolean;
  lastError: { code: string; message: string } | null;
  createdAt: Date;
}

interface ExchangeRow {
  name: string;
  api: string;
  bank_id: number;
  config: Record<string, unknown>;
  enabled: boolean;
  checkpoint: unknown;
  checkpoint_ts: string | number | null;
  fetched_items: string | number;
  lease_until: Date | null;
  last_fetch_start: Date | null;
  last_fetch_complete: Date | null;
  last_fetch_succeeded: boolean | null;
  up_to_date: boolean;
  last_error: { code: string; message: string } | null;
  created_at: Date;
}

const date = (d: Date | string | null) => (d === null ? null : new Date(d));

const toExchange = (r: ExchangeRow): Exchange => ({
  name: r.name,
  api: r.api,
  bankId: r.bank_id,
  config: r.config,
  enabled: r.enabled,
  checkpoint: r.checkpoint,
  checkpointTs: r.checkpoint_ts === null ? null : Number(r.checkpoint_ts),
  fetchedItems: Number(r.fetched_items),
  leaseUntil: date(r.lease_until),
  lastFetchStart: date(r.last_fetch_start),
  lastFetchComplete: date(r.last_fetch_complete),
  lastFetchSucceeded: r.last_fetch_succeeded,
  upToDate: r.up_to_date,
  lastError: r.last_error,
  createdAt: new Date(r.created_at),
});

export async function listExchanges(q: Queryable): Promise<Exchange[]> {
  return (await q.query<ExchangeRow>('select * from exchanges order by name')).map(toExchange);
}

export async function findExchange(q: Queryable, name: string): Promise<Exchange | undefined> {
  // An exchange is named as its bank; any other string (a NUL, say) may not even be valid SQL text.
  if (!BANK_NAME_PATTERN.test(name)) return undefined;
  const rows = await q.query<ExchangeRow>('select * from exchanges where name = $1', [name]);
  return rows[0] ? toExchange(rows[0]) : undefined;
}

export const exchangeNotFound = (name: string) =>
  new BackstopError('exchange_not_found', `Exchange '${name.slice(0, 100)}' not found`, { status: 404 });

export async function getExchange(q: Queryable, name: string): Promise<Exchange> {
  const found = await findExchange(q, name);
  if (!found) throw exchangeNotFound(name);
  return found;
}

/**
 * Creates an exchange and the bank it fills, which has the exchange's name (as in HMA). A bank of
 * that name must not exist yet: an exchange replaces what is in its bank, so it never takes over
 * a bank filled by hand.
 */
export async function createExchange(
  store: Store,
  spec: { name: string; api: string; config: Record<string, unknown>; enabled: boolean; description: string },
): Promise<Exchange> {
  validateBankName(spec.name);
  return store.transaction(async (tx) => {
    if (await findExchange(tx, spec.name)) {
      throw new BackstopError('exchange_exists', `An exchange named ${spec.name} already exists.`, {
        status: 409,
      });
    }
    if (await findBank(tx, spec.name)) {
      throw new BackstopError(
        'bank_exists',
        `A bank named ${spec.name} already exists; an exchange fills a bank of its own name, so choose another name.`,
        { status: 409 },
      );
    }
    const bank = await createBank(tx, { name: spec.name, description: spec.description });
    await tx.query(
      'insert into exchanges (name, api, bank_id, config, enabled) values ($1, $2, $3, $4, $5)',
      [spec.name, spec.api, bank.id, JSON.stringify(spec.config), spec.enabled],
    );
    return getExchange(tx, spec.name);
  });
}

export async function setExchangeEnabled(q: Queryable, name: string, enabled: boolean): Promise<Exchange> {
  await getExchange(q, name);
  await q.query('update exchanges set enabled = $2 where name = $1', [name, enabled]);
  return getExchange(q, name);
}

/** Deletes the exchange, and its bank unless `keepBank`; false when there was no such exchange. */
export async function deleteExchange(store: Store, name: string, keepBank = false): Promise<boolean> {
  if (!BANK_NAME_PATTERN.test(name)) return false;
  return store.transaction(async (tx) => {
    const rows = await tx.query<{ bank_id: number }>(
      'delete from exchanges where name = $1 returning bank_id',
      [name],
    );
    if (!rows.length) return false;
    if (!keepBank) await deleteBank(tx, name);
    return true;
  });
}

/**
 * Takes the exchange for one fetch until `leaseMs` from now, if it is enabled and no unexpired fetch
 * holds it (one fetch at a time per exchange, across every process on the database). With
 * `dueBeforeMs` it is taken only if its last fetch started at least that long ago.
 */
export async function claimExchange(
  q: Queryable,
  name: string,
  leaseMs: number,
  dueAfterMs?: number,
): Promise<Exchange | undefined> {
  if (!BANK_NAME_PATTERN.test(name)) return undefined;
  const rows = await q.query<ExchangeRow>(
    `update exchanges set lease_until = now() + make_interval(secs => $2::double precision / 1000),
       last_fetch_start = now()
     where name = $1 and enabled and (lease_until is null or lease_until < now())
       and ($3::double precision is null or last_fetch_start is null
            or last_fetch_start <= now() - make_interval(secs => $3::double precision / 1000))
     returning *`,
    [name, leaseMs, dueAfterMs ?? null],
  );
  return rows[0] ? toExchange(rows[0]) : undefined;
}

/** Moves the checkpoint after a page and extends the lease, in the transaction that applied the page. */
export async function saveExchangeProgress(
  tx: Queryable,
  name: string,
  progress: { checkpoint: unknown; checkpointTs: number | null; items: number; leaseMs: number },
): Promise<void> {
  await tx.query(
    `update exchanges set checkpoint = $2, checkpoint_ts = coalesce($3, checkpoint_ts),
       fetched_items = fetched_items + $4,
       lease_until = now() + make_interval(secs => $5::double precision / 1000)
     where name = $1`,
    [
      name,
      JSON.stringify(progress.checkpoint ?? null),
      progress.checkpointTs,
      progress.items,
      progress.leaseMs,
    ],
  );
}

/** Ends a fetch: releases the lease and records whether it succeeded (and why not). */
export async function finishExchangeFetch(
  q: Queryable,
  name: string,
  outcome: { upToDate: boolean; error: { code: string; message: string } | null },
): Promise<void> {
  await q.query(
    `update exchanges set lease_until = null, last_fetch_complete = now(), last_fetch_succeeded = $2,
       up_to_date = $3, last_error = $4
     where name = $1`,
    [name, outcome.error === null, outcome.upToDate, outcome.error ? JSON.stringify(outcome.error) : null],
  );
}
