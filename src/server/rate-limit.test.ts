// Rate limits hold across server processes sharing one PostgreSQL (counters in the database).
import { after, describe, it } from 'node:test';
import assert from '../../test/assert.ts';
import type { Queryable, Store } from '../store/index.ts';
import { incrementRateLimit, pruneRateLimits } from '../store/index.ts';
import { postgresReachable, SKIP_POSTGRES_MESSAGE, testStoreKinds } from '../store/testing.ts';
import { usePostgresProcesses, type TestApp } from './testing.ts';

const check = (t: TestApp, ip: string) =>
  t.app.inject({
    method: 'POST',
    url: '/v1/profile-check',
    remoteAddress: ip,
    payload: { pdq: 'f'.repeat(64) },
  });

for (const kind of testStoreKinds()) {
  describe(`rate-limit counters in the store (${kind.name})`, async () => {
    const skip = kind.name === 'postgres' && !(await postgresReachable()) ? SKIP_POSTGRES_MESSAGE : false;
    const stores: Store[] = [];
    after(async () => {
      for (const s of stores) await s.close();
      await kind.cleanup();
    });

    it('counts in fixed windows, per key, and prunes ended windows', { skip }, async () => {
      const store = await kind.open();
      stores.push(store);
      const counts = [];
      for (let i = 0; i < 3; i++) counts.push((await incrementRateLimit(store, 'a', 60_000)).count);
      assert.deepEqual(counts, [1, 2, 3]);
      const other = await incrementRateLimit(store, 'b', 60_000);
      assert.equal(other.count, 1);
      assert.ok(other.ttlMs > 55_000 && other.ttlMs <= 60_000, `ttl ${other.ttlMs}`);
      await incrementRateLimit(store, 'short', 50);
      await new Promise((r) => setTimeout(r, 80));
      assert.equal((await incrementRateLimit(store, 'short', 50)).count, 1, 'a new window starts at 1');
      await new Promise((r) => setTimeout(r, 80));
      assert.ok((await pruneRateLimits(store)) >= 1);
    });
  });
}

describe('limits across two server processes on one PostgreSQL', async () => {
  const { skip, openStores, openApp } = await usePostgresProcesses();

  it('two apps share the per-address count', { skip }, async () => {
    const [storeA, storeB] = await openStores(2);
    const config = { profileCheckRateLimitPerMinute: 4 };
    const a = await openApp(storeA, { config });
    const b = await openApp(storeB, { config });
    const statuses = [];
    for (const t of [a, b, a, b, a, b]) statuses.push((await check(t, '203.0.113.50')).statusCode);
    assert.deepEqual(statuses, [200, 200, 200, 200, 429, 429]);
    assert.equal((await check(b, '203.0.113.51')).statusCode, 200, 'another address has its own count');
  });

  it('if the database fails, each process still limits in memory', { skip }, async () => {
    const [inner] = await openStores(1);
    let broken = false;
    const store: Store = {
      kind: inner.kind,
      location: inner.location,
      async query<T>(sql: string, params?: unknown[]) {
        if (broken && /rate_limits/.test(sql))
          throw Object.assign(new Error('gone'), { code: 'ECONNREFUSED' });
        return inner.query<T>(sql, params);
      },
      transaction: <T>(fn: (tx: Queryable) => Promise<T>) => inner.transaction(fn),
      close: () => inner.close(),
    };
    const t = await openApp(store, { config: { profileCheckRateLimitPerMinute: 2 } });
    broken = true;
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await check(t, '203.0.113.60')).statusCode);
    assert.deepEqual(statuses, [200, 200, 429]);
  });
});
