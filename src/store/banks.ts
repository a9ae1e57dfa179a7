import { BackstopError } from '../core/errors.ts';
import { bankNotFound, isUniqueViolation } from './errors.ts';
import { assertStorable } from './text.ts';
import type { Queryable } from './types.ts';

export interface Bank {
  id: number;
  name: string;
  enabled: boolean;
  /**
   * HMA's matching_enabled_ratio while enabled (0 < ratio <= 1): HMA's /m/lookup matches the bank
   * when the ratio is at least its seeded coin flip. 1 unless set through /c/bank.
   */
  matchingRatio: number;
  description: string | null;
  createdAt: Date;
  updatedAt: Date;
}

/** HMA's rule for bank names (`[A-Z_][A-Z0-9_]*`), plus a length limit. */
export const BANK_NAME_PATTERN = /^[A-Z_][A-Z0-9_]{0,99}$/;

export function validateBankName(name: string): string {
  if (!BANK_NAME_PATTERN.test(name)) {
    throw new BackstopError(
      'invalid_bank_name',
      'A bank name is UPPER_SNAKE_CASE: capital letters, digits and underscores, not starting with a digit ' +
        '(at most 100 characters), e.g. SCAM_PROFILE_PHOTOS.',
    );
  }
  return name;
}

function checkMatchingRatio(ratio: number | undefined): void {
  if (ratio !== undefined && !(Number.isFinite(ratio) && ratio > 0 && ratio <= 1)) {
    throw new BackstopError('invalid_request', 'A matching ratio is a number above 0 and at most 1.');
  }
}

interface BankRow {
  id: number;
  name: string;
  enabled: boolean;
  matching_ratio: number;
  description: string | null;
  created_at: Date;
  updated_at: Date;
}

const toBank = (r: BankRow): Bank => ({
  id: r.id,
  name: r.name,
  enabled: r.enabled,
  matchingRatio: Number(r.matching_ratio),
  description: r.description,
  createdAt: new Date(r.created_at),
  updatedAt: new Date(r.updated_at),
});

const COLUMNS = 'id, name, enabled, matching_ratio, description, created_at, updated_at';

async function logBankChange(q: Queryable): Promise<void> {
  await q.query(`insert into index_changes (kind) values ('bank')`);
}

export async function listBanks(q: Queryable): Promise<Bank[]> {
  return (await q.query<BankRow>(`select ${COLUMNS} from banks order by name`)).map(toBank);
}

export async function findBank(q: Queryable, name: string): Promise<Bank | undefined> {
  // No bank can have any other name, and such a string (a NUL, say) may not even be valid SQL text.
  if (!BANK_NAME_PATTERN.test(name)) return undefined;
  const rows = await q.query<BankRow>(`select ${COLUMNS} from banks where name = $1`, [name]);
  return rows[0] ? toBank(rows[0]) : undefined;
}

export async function getBank(q: Queryable, name: string): Promise<Bank> {
  const bank = await findBank(q, name);
  if (!bank) throw bankNotFound(name);
  return bank;
}

export async function countBankContent(q: Queryable, bankId: number): Promise<number> {
  const rows = await q.query<{ n: number }>(
    'select count(*)::int as n from bank_content where bank_id = $1',
    [bankId],
  );
  return rows[0]?.n ?? 0;
}

export async function createBank(
  q: Queryable,
  input: { name: string; enabled?: boolean; matchingRatio?: number; description?: string | null },
): Promise<Bank> {
  validateBankName(input.name);
  checkMatchingRatio(input.matchingRatio);
  assertStorable({ description: input.description });
  try {
    const rows = await q.query<BankRow>(
      `insert into banks (name, enabled, matching_ratio, description) values ($1, $2, $3, $4)
       returning ${COLUMNS}`,
      [input.name, input.enabled ?? true, input.matchingRatio ?? 1, input.description ?? null],
    );
    await logBankChange(q);
    return toBank(rows[0]);
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new BackstopError('bank_exists', `A bank named ${input.name} already exists.`, { status: 409 });
    }
    throw error;
  }
}

export async function updateBank(
  q: Queryable,
  name: string,
  changes: { name?: string; enabled?: boolean; matchingRatio?: number; description?: string | null },
): Promise<Bank> {
  const bank = await getBank(q, name);
  if (changes.name !== undefined) validateBankName(changes.name);
  checkMatchingRatio(changes.matchingRatio);
  assertStorable({ description: changes.description });
  try {
    const rows = await q.query<BankRow>(
      `update banks set name = $2, enabled = $3, matching_ratio = $4, description = $5, updated_at = now()
       where id = $1 returning ${COLUMNS}`,
      [
        bank.id,
        changes.name ?? bank.name,
        changes.enabled ?? bank.enabled,
        changes.matchingRatio ?? bank.matchingRatio,
        changes.description === undefined ? bank.description : changes.description,
      ],
    );
    await logBankChange(q);
    return toBank(rows[0]);
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new BackstopError('bank_exists', `A bank named ${changes.name} already exists.`, { status: 409 });
    }
    throw error;
  }
}

/** Deletes the bank and all its content; returns false when there was no such bank. */
export async function deleteBank(q: Queryable, name: string): Promise<boolean> {
  if (!BANK_NAME_PATTERN.test(name)) return false;
  const rows = await q.query<{ id: number }>('delete from banks where name = $1 returning id', [name]);
  if (!rows.length) return false;
  await logBankChange(q);
  return true;
}
