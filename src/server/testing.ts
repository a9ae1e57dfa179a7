// Test helpers for the server: an app on a given store, with one key per scope.
import { Writable } from 'node:stream';
import { after, before } from 'node:test';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { createApiKey, openStore, type Store } from '../store/index.ts';
import { postgresReachable, SKIP_POSTGRES_MESSAGE, testStoreKinds } from '../store/testing.ts';
import { buildApp, type AppOptions } from './app.ts';

export interface TestApp {
  app: FastifyInstance;
  keys: { admin: string; curate: string; match: string };
  auth(scope: 'admin' | 'curate' | 'match'): { authorization: string };
}

export async function createTestApp(store: Store, options: Partial<AppOptions> = {}): Promise<TestApp> {
  const app = await buildApp({ store, logger: false, startSync: false, ...options });
  const keys = {
    admin: (await createApiKey(store, ['admin'])).key,
    curate: (await createApiKey(store, ['curate'])).key,
    match: (await createApiKey(store, ['match'])).key,
  };
  return { app, keys, auth: (scope) => ({ authorization: `Bearer ${keys[scope]}` }) };
}

export interface TestAppWithStore extends TestApp {
  store: Store;
}

/**
 * An app on a fresh in-memory store for the enclosing `describe`: opened in its `before` hook and
 * closed in its `after` hook. The fields are set once `before` has run: read them inside tests.
 */
export function useTestApp(options: Partial<AppOptions> = {}): TestAppWithStore {
  const t = {} as TestAppWithStore;
  before(async () => {
    const store = await openStore({ dataDir: 'memory://' });
    Object.assign(t, { store }, await createTestApp(store, options));
  });
  after(async () => {
    await t.app?.close();
    await t.store?.close();
  });
  return t;
}

/** Asserts the response is a JSON error of the documented shape and returns its code. */
export function errorCode(res: LightMyRequestResponse): string {
  const body = res.json() as { error?: { code?: unknown; message?: unknown } };
  if (!body.error || typeof body.error.code !== 'string' || typeof body.error.message !== 'string') {
    throw new Error(`not an error body: ${res.body}`);
  }
  if (/\bat .+:\d+:\d+/.test(res.body)) throw new Error(`stack trace in response: ${res.body}`);
  return body.error.code;
}

/** A pino destination that keeps every log line in memory: `createTestApp(store, { logger: { level: 'debug', stream } })`. */
export function captureLogs(): { stream: Writable; text: () => string } {
  let logs = '';
  const stream = new Writable({
    write(chunk, _encoding, done) {
      logs += String(chunk);
      done();
    },
  });
  return { stream, text: () => logs };
}

/**
 * Server processes on one PostgreSQL, for the enclosing (async) `describe`: `openStores(n)` opens n
 * stores on a new schema, `openApp(store)` an app on one of them; its `after` hook closes them all and
 * drops the schemas. `skip` is the message to skip with when PostgreSQL is unreachable.
 */
export async function usePostgresProcesses() {
  const kind = testStoreKinds().find((k) => k.name === 'postgres')!;
  const skip = (await postgresReachable()) ? false : SKIP_POSTGRES_MESSAGE;
  const stores: Store[] = [];
  const apps: TestApp[] = [];
  after(async () => {
    for (const t of apps) await t.app.close();
    for (const s of stores) await s.close();
    await kind.cleanup();
  });
  return {
    skip,
    async openStores(count: number): Promise<Store[]> {
      const schema = kind.newSchema();
      const opened: Store[] = [];
      for (let i = 0; i < count; i++) opened.push(await kind.open(schema));
      stores.push(...opened);
      return opened;
    },
    async openApp(store: Store, options: Partial<AppOptions> = {}): Promise<TestApp> {
      const t = await createTestApp(store, options);
      apps.push(t);
      return t;
    },
  };
}

/** A multipart/form-data body with one file field, and its content-type header, for app.inject. */
export function multipart(field: string, bytes: Buffer, filename = 'upload.jpg') {
  const boundary = 'backstopTestBoundary';
  const payload = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="${field}"; filename="${filename}"\r\n` +
        'Content-Type: application/octet-stream\r\n\r\n',
    ),
    bytes,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}
