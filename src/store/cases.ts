import { randomInt } from 'node:crypto';
import { BackstopError } from '../core/errors.ts';
import { getBank } from './banks.ts';
import { addContents, type Signal } from './content.ts';
import { VICTIM_CASES_BANK } from './migrations.ts';
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

/** Failed PIN attempts on one case before it locks, and for how long. */
export const MAX_FAILED_ATTEMPTS = 5;
export const LOCKOUT_SECONDS = 15 * 60;

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
  failed_attempts: number;
  locked_until: Date | null;
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

/** Creates a case whose fingerprints go into VICTIM_CASES; returns the PIN in clear, once. */
export async function createCase(
  store: Store,
  input: { items: { signals: Signal[] }[]; contentType?: string | null },
): Promise<{ record: CaseRecord; pin: string; contentIds: number[] }> {
  const pin = generatePin();
  const pinHash = await hashPin(pin);
  return store.transaction(async (tx) => {
    const bank = await getBank(tx, VICTIM_CASES_BANK);
    const number = generateCaseNumber();
    const [row] = await tx.query<{ id: number }>(
      'insert into cases (number, pin_hash, content_type) values ($1, $2, $3) returning id',
      [number, pinHash, input.contentType ?? null],
    );
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
    return { record: toCase(record!), pin, contentIds };
  });
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
 * Checks number + PIN. Wrong PINs count against the case; after MAX_FAILED_ATTEMPTS the case
 * refuses every PIN (even the right one) for LOCKOUT_SECONDS. An unknown number and a wrong PIN
 * give the same answer so numbers cannot be enumerated.
 */
export async function authenticateCase(store: Store, numberInput: string, pin: string): Promise<CaseRecord> {
  const number = normalizeCaseNumber(numberInput);
  if (!number) throw WRONG();
  const row = await findCaseRow(store, number);
  if (!row) {
    await verifyPin(pin, DUMMY_HASH); // same cost as a real check
    throw WRONG();
  }
  if (row.locked_until && new Date(row.locked_until).getTime() > Date.now()) {
    throw new BackstopError(
      'case_locked',
      'Too many wrong PINs for this case. For your safety it is locked for 15 minutes; please try again later.',
      { status: 429 },
    );
  }
  if (!(await verifyPin(pin, row.pin_hash))) {
    await store.query(
      `update cases set failed_attempts = failed_attempts + 1,
         locked_until = case when failed_attempts + 1 >= $2 then now() + make_interval(secs => $3) else locked_until end
       where id = $1`,
      [row.id, MAX_FAILED_ATTEMPTS, LOCKOUT_SECONDS],
    );
    throw WRONG();
  }
  if (row.failed_attempts > 0) {
    await store.query('update cases set failed_attempts = 0, locked_until = null where id = $1', [row.id]);
  }
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
