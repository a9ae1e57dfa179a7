import type { Queryable } from './types.ts';

export interface RateCount {
  /** Requests counted in the current window, this one included. */
  count: number;
  /** Milliseconds until the window ends. */
  ttlMs: number;
}

/**
 * Counts one request for `key` in a fixed window of `windowMs`, in one statement (an upsert), so
 * every process sharing the database counts in the same row. The database's clock decides when a
 * window ends, so processes with drifting clocks agree.
 */
export async function incrementRateLimit(q: Queryable, key: string, windowMs: number): Promise<RateCount> {
  const rows = await q.query<{ count: number; ttl_ms: number }>(
    `insert into rate_limits as r (key, count, reset_at)
       values ($1, 1, clock_timestamp() + make_interval(secs => $2::float8 / 1000))
     on conflict (key) do update set
       count = case when r.reset_at <= clock_timestamp() then 1 else r.count + 1 end,
       reset_at = case when r.reset_at <= clock_timestamp() then excluded.reset_at else r.reset_at end
     returning count, greatest(0, extract(epoch from (reset_at - clock_timestamp())) * 1000)::float8 as ttl_ms`,
    [key, windowMs],
  );
  return { count: rows[0].count, ttlMs: Math.round(rows[0].ttl_ms) };
}

/** Drops counters whose window ended (they would restart at 1 anyway). */
export async function pruneRateLimits(q: Queryable): Promise<number> {
  const rows = await q.query<{ key: string }>(
    'delete from rate_limits where reset_at < clock_timestamp() returning key',
  );
  return rows.length;
}
