// Client addresses behind reverse proxies: only trusted hops may set X-Forwarded-For.
import { after, before, describe, it } from 'node:test';
import assert from '../../test/assert.ts';
import { openStore, type Store } from '../store/index.ts';
import { parseTrustProxy } from './config.ts';
import { createTestApp, errorCode, type TestApp } from './testing.ts';

const check = { pdq: 'f'.repeat(64) };

describe('parseTrustProxy (TRUST_PROXY / --trust-proxy)', () => {
  it('reads hops, address lists and off', () => {
    assert.equal(parseTrustProxy(undefined), 0);
    assert.equal(parseTrustProxy(''), 0);
    assert.equal(parseTrustProxy('off'), 0);
    assert.equal(parseTrustProxy('1'), 1);
    assert.equal(parseTrustProxy(' 2 '), 2);
    assert.deepEqual(parseTrustProxy('10.0.0.1, 192.168.0.0/16,loopback'), [
      '10.0.0.1',
      '192.168.0.0/16',
      'loopback',
    ]);
  });

  it('refuses "trust everyone"', () => {
    assert.throws(() => parseTrustProxy('true'), /number of hops/);
    assert.throws(() => parseTrustProxy('*'), /number of hops/);
  });
});

describe('per-IP limits behind a proxy', () => {
  let store: Store;
  const apps: TestApp[] = [];
  before(async () => {
    store = await openStore({ dataDir: 'memory://' });
  });
  after(async () => {
    for (const t of apps) await t.app.close();
    await store.close();
  });
  const appWith = async (trustProxy: number | string[]) => {
    const t = await createTestApp(store, { config: { trustProxy, profileCheckRateLimitPerMinute: 3 } });
    apps.push(t);
    return t.app;
  };
  const checkFrom = (app: TestApp['app'], forwardedFor: string) =>
    app.inject({
      method: 'POST',
      url: '/v1/profile-check',
      headers: { 'x-forwarded-for': forwardedFor },
      payload: check,
    });

  it('one hop: a spoofed leftmost X-Forwarded-For does not change the limit key', async () => {
    const app = await appWith(1);
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) {
      // The client wrote "198.51.100.i"; the proxy (the socket peer, 127.0.0.1) appended 203.0.113.7.
      statuses.push((await checkFrom(app, `198.51.100.${i}, 203.0.113.7`)).statusCode);
    }
    assert.deepEqual(statuses, [200, 200, 200, 429, 429]);
    const other = await checkFrom(app, '198.51.100.1, 203.0.113.8');
    assert.equal(other.statusCode, 200, 'another client behind the same proxy has its own count');
  });

  it('two hops: the address the second proxy saw is the client', async () => {
    const app = await appWith(2);
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) {
      statuses.push((await checkFrom(app, `198.51.100.${i}, 203.0.113.9, 10.0.0.2`)).statusCode);
    }
    assert.deepEqual(statuses, [200, 200, 200, 429]);
  });

  it('a list of proxy addresses: headers from other peers are ignored', async () => {
    const trusted = await appWith(['127.0.0.1']);
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++)
      statuses.push((await checkFrom(trusted, `198.51.100.${i}, 203.0.113.10`)).statusCode);
    assert.deepEqual(statuses, [200, 200, 200, 429]);

    const untrusted = await appWith(['10.9.9.9']);
    const res: number[] = [];
    for (let i = 0; i < 4; i++) res.push((await checkFrom(untrusted, `203.0.113.${20 + i}`)).statusCode);
    assert.deepEqual(
      res,
      [200, 200, 200, 429],
      'the socket peer is not a trusted proxy: its header is ignored',
    );
  });

  it('a bad proxy address is refused at start with a clear error', async () => {
    await assert.rejects(
      createTestApp(store, { config: { trustProxy: ['not-an-address'] } }),
      (error: Error) =>
        /bad_trust_proxy|TRUST_PROXY/.test(`${(error as { code?: string }).code} ${error.message}`),
    );
  });
});

describe('DELETE with a JSON content type and no body', () => {
  let store: Store;
  let t: TestApp;
  before(async () => {
    store = await openStore({ dataDir: 'memory://' });
    t = await createTestApp(store);
  });
  after(async () => {
    await t.app.close();
    await store.close();
  });

  it('is accepted like a DELETE without a body', async () => {
    const created = await t.app.inject({
      method: 'POST',
      url: '/v1/banks',
      headers: t.auth('curate'),
      payload: { name: 'EMPTY_DELETE' },
    });
    assert.equal(created.statusCode, 201, created.body);
    const res = await t.app.inject({
      method: 'DELETE',
      url: '/v1/banks/EMPTY_DELETE',
      headers: { ...t.auth('admin'), 'content-type': 'application/json' },
    });
    assert.ok(res.statusCode >= 200 && res.statusCode < 300, `${res.statusCode} ${res.body}`);
    const gone = await t.app.inject({ url: '/v1/banks/EMPTY_DELETE', headers: t.auth('admin') });
    assert.equal(gone.statusCode, 404);
  });

  it('an empty JSON body on POST is still refused, and bad JSON on DELETE too', async () => {
    const post = await t.app.inject({
      method: 'POST',
      url: '/v1/banks',
      headers: { ...t.auth('curate'), 'content-type': 'application/json' },
    });
    assert.equal(post.statusCode, 400);
    const bad = await t.app.inject({
      method: 'DELETE',
      url: '/v1/banks/NOPE',
      headers: { ...t.auth('admin'), 'content-type': 'application/json' },
      payload: '{"a":',
    });
    assert.equal(bad.statusCode, 400);
    assert.equal(errorCode(bad), 'invalid_json');
  });
});
