// Test helpers for the server: an app on a given store, with one key per scope.
import { Writable } from 'node:stream';
import { after, before } from 'node:test';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { createApiKey, openStore, type Store } from '../store/index.ts';
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
