import type { FastifyReply, FastifyRequest, onRequestHookHandler } from 'fastify';
import { BackstopError } from '../core/errors.ts';
import { findActiveKey, grants, hashApiKey, touchApiKey, type ApiKey, type Scope } from '../store/index.ts';
import type { Store } from '../store/index.ts';
import { RetryLaterError, storeUnavailable } from './errors.ts';

declare module 'fastify' {
  interface FastifyRequest {
    /** The API key that authenticated this request (set by requireScope). */
    apiKey?: ApiKey;
  }
}

export interface KeyVerifierOptions {
  /** A verified key is re-checked in the store after this (a revoked key stops within it). */
  freshMs?: number;
  /** While the store is unreachable, a key verified this recently keeps working. */
  lastGoodMs?: number;
  /** An unknown key is answered from memory for this long (no query per guess). */
  negativeMs?: number;
  /** Entries kept in each of the two caches (valid keys, unknown keys); the oldest go first. */
  maxEntries?: number;
}

const DEFAULTS: Required<KeyVerifierOptions> = {
  freshMs: 5_000,
  lastGoodMs: 10 * 60_000,
  negativeMs: 10_000,
  maxEntries: 10_000,
};

/** A Map kept to `max` entries: setting a key moves it to the end, the first entries go first. */
function setBounded<K, V>(map: Map<K, V>, key: K, value: V, max: number): void {
  map.delete(key);
  map.set(key, value);
  while (map.size > max) map.delete(map.keys().next().value as K);
}

/**
 * Checks `Authorization: Bearer <key>` against the store, caching answers so lookups do not cost
 * a query each. Valid keys and unknown keys live in separate bounded caches, so a flood of random
 * keys neither costs a query per guess (within `negativeMs`) nor pushes real keys out. When the
 * store cannot be reached, a key verified within `lastGoodMs` keeps working (answers that need the
 * store still fail with 503); once the store answers again, revocations apply within `freshMs`.
 */
export class KeyVerifier {
  private readonly options: Required<KeyVerifierOptions>;
  private readonly valid = new Map<string, { key: ApiKey; checkedAt: number }>();
  private readonly unknown = new Map<string, number>();
  private readonly inFlight = new Map<string, Promise<ApiKey | undefined>>();
  private readonly touched = new Map<number, number>();

  constructor(
    private readonly store: Store,
    options: KeyVerifierOptions = {},
  ) {
    this.options = { ...DEFAULTS, ...options };
  }

  /** True when `secret` is a key known to be valid (fresh, or within the last-good window). */
  isKnownValid(secret: string): boolean {
    const good = this.valid.get(hashApiKey(secret));
    return good !== undefined && Date.now() - good.checkedAt < this.options.lastGoodMs;
  }

  async verify(secret: string): Promise<ApiKey | undefined> {
    const hash = hashApiKey(secret);
    const now = Date.now();
    const good = this.valid.get(hash);
    if (good && now - good.checkedAt < this.options.freshMs) return good.key;
    const unknownUntil = this.unknown.get(hash);
    if (unknownUntil !== undefined && unknownUntil > now) return undefined;
    let key: ApiKey | undefined;
    try {
      key = await this.query(hash, secret);
    } catch (error) {
      if (good && Date.now() - good.checkedAt < this.options.lastGoodMs) return good.key;
      throw storeUnavailable(error);
    }
    if (key) {
      this.unknown.delete(hash);
      setBounded(this.valid, hash, { key, checkedAt: Date.now() }, this.options.maxEntries);
      this.touch(key);
    } else {
      this.valid.delete(hash);
      setBounded(this.unknown, hash, Date.now() + this.options.negativeMs, this.options.maxEntries);
    }
    return key;
  }

  /** One query per key at a time, however many requests carry it. */
  private query(hash: string, secret: string): Promise<ApiKey | undefined> {
    let pending = this.inFlight.get(hash);
    if (!pending) {
      pending = findActiveKey(this.store, secret).finally(() => this.inFlight.delete(hash));
      this.inFlight.set(hash, pending);
    }
    return pending;
  }

  private touch(key: ApiKey): void {
    const now = Date.now();
    if ((this.touched.get(key.id) ?? 0) >= now - 60_000) return;
    setBounded(this.touched, key.id, now, this.options.maxEntries);
    void touchApiKey(this.store, key.id).catch(() => undefined);
  }
}

/**
 * Failed authentications per client address in a fixed window (in this process's memory, so a
 * flood of guesses costs neither queries nor writes). Past the limit, keys not already known to
 * be valid are refused with 429 before the store is asked.
 */
export class FailedAuthLimiter {
  private readonly windows = new Map<string, { count: number; resetAt: number }>();

  constructor(
    readonly maxPerWindow: number,
    private readonly windowMs = 60_000,
    private readonly maxAddresses = 100_000,
  ) {}

  /** Seconds until `address` may try again, or 0 when it is under the limit. */
  blockedFor(address: string): number {
    const entry = this.windows.get(address);
    const now = Date.now();
    if (!entry || entry.resetAt <= now || entry.count < this.maxPerWindow) return 0;
    return (entry.resetAt - now) / 1000;
  }

  fail(address: string): void {
    const now = Date.now();
    const entry = this.windows.get(address);
    if (entry && entry.resetAt > now) entry.count++;
    else setBounded(this.windows, address, { count: 1, resetAt: now + this.windowMs }, this.maxAddresses);
  }
}

function bearer(request: FastifyRequest): string | undefined {
  const header = request.headers.authorization;
  if (!header) return undefined;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  return match?.[1];
}

const tooManyFailures = (seconds: number) =>
  new RetryLaterError(
    'too_many_failed_attempts',
    'Too many requests with an invalid API key from this address. Please wait and try again.',
    429,
    seconds,
  );

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
    const { keys, failedAuth } = request.server;
    const wait = failedAuth.blockedFor(request.ip);
    if (wait > 0 && !keys.isKnownValid(secret)) throw tooManyFailures(wait);
    const key = await keys.verify(secret);
    if (!key) {
      failedAuth.fail(request.ip);
      throw new BackstopError('unauthorized', 'This API key is not valid or was revoked.', { status: 401 });
    }
    if (!grants(key.scopes, scope)) {
      throw new BackstopError('forbidden', `This API key does not have the "${scope}" scope.`, {
        status: 403,
      });
    }
    request.apiKey = key;
  };
}
