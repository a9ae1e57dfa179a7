import { addContents, deleteContents, updateContent } from './content.ts';
import type { BankChange } from './feed.ts';
import type { Queryable } from './types.ts';

/** One item as a followed bank's change feed reports it (see readBankChanges), without its seq. */
export type FollowedChange = Omit<BankChange, 'seq'>;

/** One item as an outside source reports it: `id` is its id there (kept as `external_id`). */
export type ItemChange = Omit<FollowedChange, 'id'> & { id: string | number };

export interface FollowTally {
  added: number;
  updated: number;
  removed: number;
}

/** Where a local bank has read a source up to (0 if it never has). */
export async function followCheckpoint(q: Queryable, bankId: number, source: string): Promise<number> {
  const rows = await q.query<{ checkpoint: string | number }>(
    'select checkpoint from follows where bank_id = $1 and source = $2',
    [bankId, source],
  );
  return Number(rows[0]?.checkpoint ?? 0);
}

/**
 * Applies one page of a source's changes to a local bank, in the caller's transaction. Items are
 * kept as local content with `source` = the source and `external_id` = their id there; a changed
 * item is replaced (its local id changes), a removed one deleted.
 */
export async function applyItemChanges(
  tx: Queryable,
  bankId: number,
  source: string,
  changes: ItemChange[],
): Promise<FollowTally> {
  const tally: FollowTally = { added: 0, updated: 0, removed: 0 };
  const externalIds = changes.map((c) => String(c.id));
  const existing = new Map(
    (
      await tx.query<{ id: number; external_id: string }>(
        `select id, external_id from bank_content
         where bank_id = $1 and source = $2 and external_id = any($3::text[])`,
        [bankId, source, externalIds],
      )
    ).map((r) => [r.external_id, r.id]),
  );
  await deleteContents(tx, [...existing.values()]);
  const keep = changes.filter((c) => c.status !== 'removed' && c.signals.length);
  const ids = await addContents(
    tx,
    bankId,
    keep.map((c) => ({
      signals: c.signals,
      contentType: c.contentType,
      source,
      externalId: String(c.id),
      enabled: c.status === 'active',
    })),
  );
  for (const [n, change] of keep.entries()) {
    if (change.status === 'disabled' && change.disabledUntil) {
      await updateContent(tx, ids[n], { disabledUntil: change.disabledUntil });
    }
    if (existing.has(String(change.id))) tally.updated++;
    else tally.added++;
  }
  tally.removed = changes.filter((c) => c.status === 'removed' && existing.has(String(c.id))).length;
  return tally;
}

/** The external ids of a source's items in a bank (for sources that send whole lists, not changes). */
export async function sourceExternalIds(q: Queryable, bankId: number, source: string): Promise<Set<string>> {
  const rows = await q.query<{ external_id: string }>(
    'select external_id from bank_content where bank_id = $1 and source = $2 and external_id is not null',
    [bankId, source],
  );
  return new Set(rows.map((r) => r.external_id));
}

/**
 * Applies one page of a followed bank's changes and moves the checkpoint, in the caller's
 * transaction, so a crash leaves either the whole page applied or none of it.
 */
export async function applyFollowedChanges(
  tx: Queryable,
  bankId: number,
  source: string,
  changes: FollowedChange[],
  checkpoint: number,
): Promise<FollowTally> {
  const tally = await applyItemChanges(tx, bankId, source, changes);
  await tx.query(
    `insert into follows (bank_id, source, checkpoint, synced_at) values ($1, $2, $3, now())
     on conflict (bank_id, source) do update set checkpoint = excluded.checkpoint, synced_at = now()`,
    [bankId, source, checkpoint],
  );
  return tally;
}
