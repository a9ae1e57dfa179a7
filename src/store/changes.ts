import type { Queryable } from './types.ts';

export interface IndexChange {
  seq: number;
  kind: 'content' | 'bank';
  contentId: number | null;
}

export async function latestChangeSeq(q: Queryable): Promise<number> {
  const rows = await q.query<{ seq: number | null }>('select max(seq) as seq from index_changes');
  return Number(rows[0]?.seq ?? 0);
}

/** Changes with seq > afterSeq, oldest first. */
export async function readChanges(q: Queryable, afterSeq: number, limit = 10_000): Promise<IndexChange[]> {
  const rows = await q.query<{ seq: number; kind: 'content' | 'bank'; content_id: number | null }>(
    'select seq, kind, content_id from index_changes where seq > $1 order by seq limit $2',
    [afterSeq, limit],
  );
  return rows.map((r) => ({ seq: Number(r.seq), kind: r.kind, contentId: r.content_id }));
}

/** Forgets changes older than `maxAgeSeconds` (every process has long since applied them). */
export async function pruneChanges(q: Queryable, maxAgeSeconds = 86_400): Promise<void> {
  await q.query(`delete from index_changes where at < now() - make_interval(secs => $1)`, [maxAgeSeconds]);
}
