import type { FastifyReply, FastifyRequest, onRequestHookHandler } from 'fastify';
import { BackstopError } from '../core/errors.ts';
import { findActiveKey, grants, hashApiKey, touchApiKey, type ApiKey, type Scope } from '../store/index.ts';
import type { Store } from '../store/index.ts';

declare module 'fastify' {
  interface FastifyRequest {
    /** The API key that authenticated this request (set by requireScope). */
    apiKey?: ApiKey;
  }
}

const CACHE_MS = 5_000;

/**
 * Checks `Authorization: Bearer <key>` against the store, caching answers for a few seconds so
 * lookups do not cost a query each (a revoked key stops working within CACHE_MS).
 */
export class KeyVerifier {
  private cache = new Map<string, { key: ApiKey | undefined; until: number }>();
  private touched = new Map<number, number>();

  constructor(private readonly store: Store) {}

  async verify(secret: string): Promise<ApiKey | undefined> {
    const hash = hashApiKey(secret);
    const now = Date.now();
    const hit = this.cache.get(hash);
    if (hit && hit.until > now) return hit.key;
    const key = await findActiveKey(this.store, secret);
    if (this.cache.size > 10_000) this.cache.clear();
    this.cache.set(hash, { key, until: now + CACHE_MS });
    if (key && (this.touched.get(key.id) ?? 0) < now - 60_000) {
      this.touched.set(key.id, now);
      await touchApiKey(this.store, key.id).catch(() => undefined);
    }
    return key;
  }
}

function bearer(request: FastifyRequest): string | undefined {
  const header = request.headers.authorization;
  if (!header) return undefined;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  return match?.[1];
}

/**
 * A hook that lets the request through only with a key granting `scope` (admin ⊇ curate ⊇ match).
 * Use as `onRequest: requireScope('match')` (or `app.requireScope('match')`): it runs before
 * the body is read, so unauthenticated uploads are refused early.
 */
export function requireScope(scope: Scope): onRequestHookHandler {
  return async function checkScope(request: FastifyRequest, _reply: FastifyReply) {
    const secret = bearer(request);
    if (!secret) {
      throw new BackstopError(
        'unauthorized',
        'This route needs an API key: send "Authorization: Bearer <key>" (create one with `backstop keys create`).',
        { status: 401 },
      );
    }
    const key = await request.server.keys.verify(secret);
    if (!key)
      throw new BackstopError('unauthorized', 'This API key is not valid or was revoked.', { status: 401 });
    if (!grants(key.scopes, scope)) {
      throw new BackstopError('forbidden', `This API key does not have the "${scope}" scope.`, {
        status: 403,
      });
    }
    request.apiKey = key;
  };
}
