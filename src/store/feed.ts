import { getContents } from './content.ts';
import type { Signal } from './content.ts';
import type { Queryable } from './types.ts';

/**
 * The state of one item of a bank as of a change, for a service that follows the bank: `active`
 * (matches), `disabled` (kept but not matching; `disabledUntil` says until when, if it is for a
 * time), or `removed` (deleted, moved to another bank, or withdrawn by the victim). Carries no
 * metadata: a follower gets the fingerprints and their status, never case details or notes.
 */
export interface BankChange {
  seq: number;
  id: number;
  status: 'active' | 'disabled' | 'removed';
  contentType: string | null;
  disabledUntil: Date | null;
  signals: Signal[];
}

export interface BankChangePage {
  changes: BankChange[];
  /** The checkpoint to pass as `afterSeq` next time (unchanged when there was nothing new). */
  next: number;
  /** Whether more changes are waiting after this page. */
  more: boolean;
}

/**
 * Changes to a bank after `afterSeq`, oldest first, up to `limit` change records. An item changed
 * several times in the page appears once, with its current state and the latest of its seqs.
 */
export async function readBankChanges(
  q: Queryable,
  bankId: number,
  afterSeq: number,
  limit: number,
): Promise<BankChangePage> {
  const rows = await q.query<{ seq: number | string; content_id: number }>(
    'select seq, content_id from bank_changes where bank_id = $1 and seq > $2 order by seq limit $3',
    [bankId, afterSeq, limit + 1],
  );
  const more = rows.length > limit;
  const page = rows.slice(0, limit);
  if (!page.length) return { changes: [], next: afterSeq, more: false };

  const latest = new Map<number, number>();
  for (const r of page) latest.set(r.content_id, Number(r.seq));
  const current = new Map(
    (await getContents(q, [...latest.keys()])).filter((c) => c.bankId === bankId).map((c) => [c.id, c]),
  );
  const changes: BankChange[] = [...latest]
    .sort((a, b) => a[1] - b[1])
    .map(([id, seq]) => {
      const item = current.get(id);
      if (!item) return { seq, id, status: 'removed', contentType: null, disabledUntil: null, signals: [] };
      return {
        seq,
        id,
        status: item.enabled ? 'active' : 'disabled',
        contentType: item.contentType ?? null,
        disabledUntil: item.disabledUntil,
        signals: item.signals,
      };
    });
  return { changes, next: Number(page[page.length - 1].seq), more };
}
