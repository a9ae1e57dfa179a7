// API keys under abuse and faults: failed-authentication limits, the negative cache, and a
// database outage (lookups with a recently valid key keep answering; the rest say 503 + Retry-After).
import { after, before, describe, it } from 'node:test';
import assert from '../../test/assert.ts';
import { createConnection, createServer, type Server, type Socket } from 'node:net';
import { createApiKey, openStore, revokeApiKey, type Queryable, type Store } from '../store/index.ts';
import {
  newSchemaName,
  postgresReachable,
  SKIP_POSTGRES_MESSAGE,
  TEST_DATABASE_URL,
  testStoreKinds,
} from '../store/testing.ts';
import { KeyVerifier } from './auth.ts';
import { createTestApp, errorCode, type TestApp } from './testing.ts';

const PDQ = 'f8f8f0cee0f4a84f06370a22038f63f0b36e2ed596621e1d33e6b39c4e9c9b22';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A store whose queries can be counted and made to fail as an unreachable PostgreSQL does. */
function breakable(inner: Store) {
  const state = { broken: false, keyQueries: 0 };
  const fail = () => {
    throw Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
  };
  const count = (sql: string) => {
    if (/from api_keys/.test(sql)) state.keyQueries++;
  };
  const store: Store = {
    kind: inner.kind,
    location: inner.location,
    async query<T>(sql: string, params?: unknown[]): Promise<T[]> {
      if (state.broken) fail();
      count(sql);
      return inner.query<T>(sql, params);
    },
    async transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T> {
      if (state.broken) fail();
      return inner.transaction(fn);
    },
    close: () => inner.close(),
  };
  return { store, state };
}

const lookup = (t: TestApp, key = t.keys.match) =>
  t.app.inject({
    method: 'POST',
    url: '/v1/lookup',
    headers: { authorization: `Bearer ${key}` },
    payload: { signals: { pdq: PDQ } },
  });

for (const kind of testStoreKinds()) {
  describe(`API keys under faults and abuse (${kind.name})`, async () => {
    const skip = kind.name === 'postgres' && !(await postgresReachable()) ? SKIP_POSTGRES_MESSAGE : false;
    let inner: Store;
    let t: TestApp;
    let state: ReturnType<typeof breakable>['state'];
    before(async () => {
      if (skip) return;
      inner = await kind.open();
      const wrapped = breakable(inner);
      state = wrapped.state;
      t = await createTestApp(wrapped.store, {
        config: { failedAuthPerMinute: 5 },
        keyCache: { freshMs: 30, lastGoodMs: 60_000 },
      });
      const bank = await t.app.inject({
        method: 'POST',
        url: '/v1/banks',
        headers: t.auth('curate'),
        payload: { name: 'OUTAGE_BANK' },
      });
      assert.equal(bank.statusCode, 201, bank.body);
      const added = await t.app.inject({
        method: 'POST',
        url: '/v1/banks/OUTAGE_BANK/content',
        headers: t.auth('curate'),
        payload: { signals: { pdq: PDQ } },
      });
      assert.equal(added.statusCode, 201, added.body);
    });
    after(async () => {
      await t?.app.close();
      await inner?.close();
      await kind.cleanup();
    });

    it('database unreachable: lookups with a recently valid key answer from memory', { skip }, async () => {
      assert.equal((await lookup(t)).json().matches.length, 1);
      state.broken = true;
      try {
        await sleep(60); // past the fresh window: the key would be checked again
        const res = await lookup(t);
        assert.equal(res.statusCode, 200, res.body);
        assert.equal(res.json().matches.length, 1);
      } finally {
        state.broken = false;
      }
    });

    it(
      'database unreachable: routes that need it answer 503 with Retry-After, not 500',
      { skip },
      async () => {
        await lookup(t); // the match key verified just now
        await t.app.inject({ url: '/v1/banks', headers: t.auth('curate') });
        state.broken = true;
        try {
          await sleep(60);
          const banks = await t.app.inject({ url: '/v1/banks', headers: t.auth('curate') });
          assert.equal(banks.statusCode, 503, banks.body);
          assert.equal(errorCode(banks), 'store_unavailable');
          assert.ok(Number(banks.headers['retry-after']) > 0);
          // A key never seen before cannot be checked: 503 too (not 401, not 500).
          const { key } = await createApiKey(inner, ['match']);
          const unknown = await lookup(t, key);
          assert.equal(unknown.statusCode, 503, unknown.body);
          assert.ok(Number(unknown.headers['retry-after']) > 0);
        } finally {
          state.broken = false;
        }
      },
    );

    it('database back: a revoked key stops working', { skip }, async () => {
      const { key, record } = await createApiKey(inner, ['match']);
      assert.equal((await lookup(t, key)).statusCode, 200);
      await revokeApiKey(inner, record.id);
      await sleep(60);
      assert.equal((await lookup(t, key)).statusCode, 401);
    });

    it('an unknown key costs one query, however often it is tried', { skip }, async () => {
      const before = state.keyQueries;
      const statuses = await Promise.all(
        Array.from({ length: 4 }, () =>
          t.app.inject({ url: '/v1/banks', headers: { authorization: 'Bearer bsk_same_wrong_key' } }),
        ),
      );
      assert.deepEqual(
        statuses.map((r) => r.statusCode),
        [401, 401, 401, 401],
      );
      assert.equal(state.keyQueries - before, 1);
    });

    it('failed attempts per address are limited: 429 + Retry-After, no query', { skip }, async () => {
      const guess = (i: number, ip = '198.51.100.7') =>
        t.app.inject({
          url: '/v1/banks',
          remoteAddress: ip,
          headers: { authorization: `Bearer bsk_guess_${i}` },
        });
      const statuses: number[] = [];
      for (let i = 0; i < 5; i++) statuses.push((await guess(i)).statusCode);
      assert.deepEqual(statuses, [401, 401, 401, 401, 401]);
      const queries = state.keyQueries;
      const refused = await guess(99);
      assert.equal(refused.statusCode, 429);
      assert.equal(errorCode(refused), 'too_many_failed_attempts');
      assert.ok(Number(refused.headers['retry-after']) > 0);
      assert.equal(state.keyQueries, queries, 'the refused guess cost no query');
      // A key already known to be valid still works from that address; other addresses are not limited.
      await lookup(t);
      const valid = await t.app.inject({
        method: 'POST',
        url: '/v1/lookup',
        remoteAddress: '198.51.100.7',
        headers: t.auth('match'),
        payload: { signals: { pdq: PDQ } },
      });
      assert.equal(valid.statusCode, 200, valid.body);
      assert.equal((await guess(100, '198.51.100.8')).statusCode, 401);
    });
  });
}

describe('KeyVerifier caches', () => {
  let inner: Store;
  before(async () => {
    inner = await openStore({ dataDir: 'memory://' });
  });
  after(async () => inner.close());

  it('a flood of unknown keys does not push valid keys out of the cache', async () => {
    const { store, state } = breakable(inner);
    const verifier = new KeyVerifier(store, { freshMs: 3_600_000 });
    const { key } = await createApiKey(inner, ['match']);
    assert.ok(await verifier.verify(key));
    for (let i = 0; i < 10_050; i++) assert.equal(await verifier.verify(`bsk_random_${i}`), undefined);
    const queries = state.keyQueries;
    assert.ok(await verifier.verify(key));
    assert.equal(state.keyQueries, queries, 'the valid key was answered from memory');
  });

  it('past the last-good window an unreachable store is a 503 error', async () => {
    const { store, state } = breakable(inner);
    const verifier = new KeyVerifier(store, { freshMs: 10, lastGoodMs: 1_000 });
    const { key } = await createApiKey(inner, ['match']);
    assert.ok(await verifier.verify(key));
    state.broken = true;
    await sleep(30);
    assert.ok(await verifier.verify(key), 'within the last-good window');
    await sleep(1_000);
    await assert.rejects(verifier.verify(key), (e: { code?: string; status?: number }) => {
      return e.code === 'store_unavailable' && e.status === 503;
    });
  });
});

/** A TCP relay to PostgreSQL that can be cut (connections dropped, port closed) and restored. */
async function relay(target: { host: string; port: number }) {
  const sockets = new Set<Socket>();
  let server: Server | undefined;
  let port = 0;
  const open = () =>
    new Promise<void>((resolve, reject) => {
      server = createServer((client) => {
        const upstream = createConnection(target.port, target.host);
        sockets.add(client).add(upstream);
        client.pipe(upstream).pipe(client);
        const drop = () => {
          client.destroy();
          upstream.destroy();
          sockets.delete(client);
          sockets.delete(upstream);
        };
        client.on('error', drop).on('close', drop);
        upstream.on('error', drop).on('close', drop);
      });
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => {
        port = (server!.address() as { port: number }).port;
        resolve();
      });
    });
  await open();
  return {
    get port() {
      return port;
    },
    async cut() {
      await new Promise<void>((resolve) => {
        server!.close(() => resolve());
        for (const socket of sockets) socket.destroy();
      });
    },
    restore: open,
  };
}

describe('a real PostgreSQL outage (connections cut, port closed)', async () => {
  const skip = (await postgresReachable()) ? false : SKIP_POSTGRES_MESSAGE;
  const schema = newSchemaName();
  let store: Store | undefined;
  let t: TestApp | undefined;
  let cleanupStore: Store | undefined;
  after(async () => {
    await t?.app.close();
    await store?.close().catch(() => undefined);
    if (cleanupStore) {
      await cleanupStore.query(`drop schema if exists ${schema} cascade`);
      await cleanupStore.close();
    }
  });

  it('lookups keep answering, other routes say 503, and all recover', { skip }, async () => {
    const target = new URL(TEST_DATABASE_URL);
    const tcp = await relay({ host: target.hostname, port: Number(target.port || 5432) });
    const url = new URL(TEST_DATABASE_URL);
    url.port = String(tcp.port);
    store = await openStore({ databaseUrl: url.toString(), schema });
    cleanupStore = await openStore({ databaseUrl: TEST_DATABASE_URL, schema });
    t = await createTestApp(store); // default key cache: re-checked after 5 s
    assert.equal((await lookup(t)).statusCode, 200);

    await tcp.cut();
    await sleep(5_100);
    const during = await lookup(t);
    assert.equal(during.statusCode, 200, during.body);
    const banks = await t.app.inject({ url: '/v1/banks', headers: t.auth('admin') });
    assert.equal(banks.statusCode, 503, banks.body);
    assert.ok(Number(banks.headers['retry-after']) > 0);

    await tcp.restore();
    let recovered = 0;
    for (let i = 0; i < 100 && recovered !== 200; i++) {
      recovered = (await t.app.inject({ url: '/v1/banks', headers: t.auth('admin') })).statusCode;
      if (recovered !== 200) await sleep(50);
    }
    assert.equal(recovered, 200);
    await tcp.cut();
  });
});
