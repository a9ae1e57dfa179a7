// Test helpers for the server: an app on a given store, with one key per scope.
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { createApiKey, type Store } from '../store/index.ts';
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

/** Asserts the response is a JSON error of the documented shape and returns its code. */
export function errorCode(res: LightMyRequestResponse): string {
  const body = res.json() as { error?: { code?: unknown; message?: unknown } };
  if (!body.error || typeof body.error.code !== 'string' || typeof body.error.message !== 'string') {
    throw new Error(`not an error body: ${res.body}`);
  }
  if (/\bat .+:\d+:\d+/.test(res.body)) throw new Error(`stack trace in response: ${res.body}`);
  return body.error.code;
}
