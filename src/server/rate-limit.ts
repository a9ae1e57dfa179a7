import type { FastifyInstance } from 'fastify';
import type { RateLimitPluginOptions } from '@fastify/rate-limit';
import { incrementRateLimit, pruneRateLimits, type Store } from '../store/index.ts';

type IncrCallback = (error: Error | null, result?: { current: number; ttl: number }) => void;

const PRUNE_EVERY_MS = 60_000;

/** Fixed-window counters in this process's memory, bounded: the fallback when the database fails. */
class MemoryCounters {
  private readonly windows = new Map<string, { count: number; resetAt: number }>();

  constructor(private readonly maxKeys = 50_000) {}

  increment(key: string, windowMs: number): { count: number; ttlMs: number } {
    const now = Date.now();
    let entry = this.windows.get(key);
    if (!entry || entry.resetAt <= now) {
      entry = { count: 0, resetAt: now + windowMs };
      this.windows.delete(key);
      this.windows.set(key, entry);
      while (this.windows.size > this.maxKeys) this.windows.delete(this.windows.keys().next().value!);
    }
    entry.count++;
    return { count: entry.count, ttlMs: entry.resetAt - now };
  }
}

/**
 * A store for @fastify/rate-limit whose counters live in the database (`rate_limits`), so the
 * limits hold across every server process sharing one PostgreSQL. Each route gets its own
 * counters (`child`). If the database fails, counting goes on in this process's memory (the limit
 * then holds per process) rather than letting requests through unlimited or failing them.
 */
export function databaseRateLimitStore(store: Store) {
  const shared = { prunedAt: 0, fallback: new MemoryCounters() };
  return class DatabaseRateLimitStore {
    private readonly namespace: string;

    constructor(options: { routeInfo?: { method?: string | string[]; url?: string } } = {}) {
      const route = options.routeInfo;
      const method = Array.isArray(route?.method) ? route.method.join(',') : (route?.method ?? '');
      this.namespace = route?.url ? `${method} ${route.url}` : 'global';
    }

    incr(key: string, callback: IncrCallback, timeWindow: number): void {
      const fullKey = `${this.namespace}|${key}`;
      incrementRateLimit(store, fullKey, timeWindow).then(
        ({ count, ttlMs }) => callback(null, { current: count, ttl: ttlMs }),
        () => {
          const { count, ttlMs } = shared.fallback.increment(fullKey, timeWindow);
          callback(null, { current: count, ttl: ttlMs });
        },
      );
      if (Date.now() - shared.prunedAt > PRUNE_EVERY_MS) {
        shared.prunedAt = Date.now();
        void pruneRateLimits(store).catch(() => undefined);
      }
    }

    child(routeOptions: { routeInfo?: { method?: string | string[]; url?: string } }) {
      return new DatabaseRateLimitStore(routeOptions);
    }
  };
}

/**
 * Options for `app.register(rateLimit, rateLimitOptions(app))` in a route plugin: per-route limits
 * only (`config.rateLimit` on the route), counted in PostgreSQL when the server runs on it (several
 * processes share the limits) and in memory on PGlite (one process owns the database).
 */
export function rateLimitOptions(app: FastifyInstance): RateLimitPluginOptions {
  if (app.store.kind !== 'postgres') return { global: false };
  let storeClass = storeClasses.get(app.store);
  if (!storeClass) {
    storeClass = databaseRateLimitStore(app.store);
    storeClasses.set(app.store, storeClass);
  }
  return { global: false, store: storeClass as unknown as RateLimitPluginOptions['store'] };
}

const storeClasses = new WeakMap<Store, ReturnType<typeof databaseRateLimitStore>>();
