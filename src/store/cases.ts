import { randomInt } from 'node:crypto';
import { BackstopError } from '../core/errors.ts';
import { getBank } from './banks.ts';
import { addContents, type Signal } from './content.ts';
import { VICTIM_CASES_BANK } from './migrations.ts';
import { idempotencyKeyId, openWithKey, requestDigest, sealWithKey } from './idempotency.ts';
import { generatePin, hashPin, verifyPin } from './pin.ts';
import type { Queryable, Store } from './types.ts';

export type CaseStatus = 'active' | 'withdrawn';

export interface CaseRecord {
  id: number;
  number: string;
  status: CaseStatus;
  contentType: string | null;
  createdAt: Date;
  withdrawnAt: Date | null;
  fingerprintCount: number;
}

// Crockford base32 without I, L, O, U: easy to read out and type.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

export function generateCaseNumber(): string {
  let s = '';
  for (let i = 0; i < 12; i++) s += ALPHABET[randomInt(0, ALPHABET.length)];
  return `BK-${s.slice(0, 4)}-${s.slice(4, 8)}-${s.slice(8)}`;
}

/** Accepts the case number as typed: any case, spaces or missing dashes. */
export function normalizeCaseNumber(input: string): string | undefined {
  const raw = input.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  const body = raw.startsWith('BK') ? raw.slice(2) : raw;
  if (!/^[0-9A-HJKMNP-TV-Z]{12}$/.test(body)) return undefined;
  return `BK-${body.slice(0, 4)}-${body.slice(4, 8)}-${body.slice(8)}`;
}

interface CaseRow {
  id: number;
  number: string;
  pin_hash: string;
  status: CaseStatus;
  content_type: string | null;
  created_at: Date;
  withdrawn_at: Date | null;
  fingerprint_count: number;
}

const toCase = (r: CaseRow): CaseRecord => ({
  id: r.id,
  number: r.number,
  status: r.status,
  contentType: r.content_type,
  createdAt: new Date(r.created_at),
  withdrawnAt: r.withdrawn_at ? new Date(r.withdrawn_at) : null,
  fingerprintCount: r.fingerprint_count,
});

export interface NewCase {
  items: { signals: Signal[] }[];
  contentType?: string | null;
  /** The client's Idempotency-Key: a retry with the same key gets the same case and PIN. */
  idempotencyKey?: string;
  /**
   * Called inside the transaction just before it commits: throw (client gone, deadline passed) to
   * roll the case back rather than commit one nobody will receive.
   */
  beforeCommit?: () => void;
}

export interface CreatedCase {
  record: CaseRecord;
  pin: string;
  contentIds: number[];
  /** true when this is the answer to an earlier request with the same idempotency key. */
  replayed: boolean;
}

/** Kept this long, a retry with the same idempotency key gets the same case. */
export const IDEMPOTENCY_KEY_HOURS = 24;

class KeyTaken extends Error {}

/**
 * Creates a case whose fingerprints go into VICTIM_CASES; returns the PIN in clear, once (and again
 * to whoever presents the same idempotency key for the same fingerprints within a day).
 */
export async function createCase(store: Store, input: NewCase): Promise<CreatedCase> {
  const key = input.idempotencyKey;
  const digest = caseDigest(input);
  if (key) {
    const earlier = await replayCase(store, key, digest);
    if (earlier) return earlier;
  }
  const pin = generatePin();
  const pinHash = await hashPin(pin);
  try {
    return await store.transaction(async (tx) => {
      const bank = await getBank(tx, VICTIM_CASES_BANK);
      const number = generateCaseNumber();
      const [row] = await tx.query<{ id: number }>(
        'insert into cases (number, pin_hash, content_type) values ($1, $2, $3) returning id',
        [number, pinHash, input.contentType ?? null],
      );
      if (key) {
        await tx.query(`delete from case_requests where created_at < now() - make_interval(hours => $1)`, [
          IDEMPOTENCY_KEY_HOURS,
        ]);
        // A concurrent request with the same key waits here for the first to commit or roll back.
        const taken = await tx.query(
          `insert into case_requests (key_id, case_id, body_hash, sealed_pin) values ($1, $2, $3, $4)
           on conflict (key_id) do nothing returning key_id`,
          [idempotencyKeyId(key), row.id, digest, sealWithKey(key, pin)],
        );
        if (!taken.length) throw new KeyTaken();
      }
      const contentIds = await addContents(
        tx,
        bank.id,
        input.items.map((item) => ({
          signals: item.signals,
          caseId: row.id,
          source: 'case',
          contentType: input.contentType ?? null,
        })),
      );
      const record = await findCaseRow(tx, number);
      input.beforeCommit?.();
      return { record: toCase(record!), pin, contentIds, replayed: false };
    });
  } catch (error) {
    if (error instanceof KeyTaken) {
      const earlier = await replayCase(store, key!, digest);
      if (earlier) return earlier;
    }
    throw error;
  }
}

const caseDigest = (input: NewCase) =>
  requestDigest([
    input.contentType ?? null,
    input.items.map((i) => i.signals.map((s) => `${s.type}:${s.value}`)),
  ]);

/**
 * The case an earlier request with the same idempotency key created (PIN opened again), or
 * undefined; `422 idempotency_key_reused` when that request carried other fingerprints.
 */
export function findEarlierCase(store: Store, input: NewCase & { idempotencyKey: string }) {
  return replayCase(store, input.idempotencyKey, caseDigest(input));
}

async function replayCase(store: Store, key: string, digest: string): Promise<CreatedCase | undefined> {
  const [earlier] = await store.query<{ case_id: number; body_hash: string; sealed_pin: string }>(
    `select case_id, body_hash, sealed_pin from case_requests
     where key_id = $1 and created_at >= now() - make_interval(hours => $2)`,
    [idempotencyKeyId(key), IDEMPOTENCY_KEY_HOURS],
  );
  if (!earlier) return undefined;
  if (earlier.body_hash !== digest) {
    throw new BackstopError(
      'idempotency_key_reused',
      'This Idempotency-Key was already used for different fingerprints. Use a new key for a new case.',
      { status: 422 },
    );
  }
  const [{ number }] = await store.query<{ number: string }>('select number from cases where id = $1', [
    earlier.case_id,
  ]);
  const record = toCase((await findCaseRow(store, number))!);
  const contentIds = (
    await store.query<{ id: number }>('select id from bank_content where case_id = $1 order by id', [
      record.id,
    ])
  ).map((r) => r.id);
  return { record, pin: openWithKey(key, earlier.sealed_pin), contentIds, replayed: true };
}

async function findCaseRow(q: Queryable, number: string): Promise<CaseRow | undefined> {
  const rows = await q.query<CaseRow>(
    `select c.*, (select count(*)::int from signals s join bank_content bc on bc.id = s.content_id
       where bc.case_id = c.id) as fingerprint_count
     from cases c where c.number = $1`,
    [number],
  );
  return rows[0];
}

const WRONG = () =>
  new BackstopError(
    'case_not_found',
    'That case number and PIN do not match a case. Check both and try again.',
    {
      status: 404,
    },
  );

/**
 * Checks number + PIN. An unknown number and a wrong PIN give the same answer, after the same work
 * (one database read, one scrypt), and leave nothing behind: nothing about a case changes when a
 * wrong PIN is tried, so nobody can lock its owner out. Limits on guessing live with the caller
 * (per client and per number, whether or not the case exists: src/server/pin-guard.ts).
 */
export async function authenticateCase(store: Store, numberInput: string, pin: string): Promise<CaseRecord> {
  const number = normalizeCaseNumber(numberInput);
  if (!number) throw WRONG();
  const row = await findCaseRow(store, number);
  const right = await verifyPin(pin, row?.pin_hash ?? DUMMY_HASH);
  if (!row || !right) throw WRONG();
  return toCase(row);
}

const DUMMY_HASH = 'scrypt$16384$8$1$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';

/** Removes the case's fingerprints from every bank and marks it withdrawn. */
export async function withdrawCase(store: Store, caseId: number): Promise<CaseRecord> {
  return store.transaction(async (tx) => {
    const removed = await tx.query<{ id: number }>(
      'delete from bank_content where case_id = $1 returning id',
      [caseId],
    );
    if (removed.length) {
      await tx.query(`insert into index_changes (kind, content_id) select 'content', unnest($1::int[])`, [
        removed.map((r) => r.id),
      ]);
    }
    const [row] = await tx.query<{ number: string }>(
      `update cases set status = 'withdrawn', withdrawn_at = coalesce(withdrawn_at, now()) where id = $1
       returning number`,
      [caseId],
    );
    return toCase((await findCaseRow(tx, row.number))!);
  });
}
