import { createHash, randomBytes } from 'node:crypto';
import { BackstopError } from '../core/errors.ts';
import type { Queryable } from './types.ts';

export const SCOPES = ['admin', 'curate', 'match'] as const;
export type Scope = (typeof SCOPES)[number];

/** admin can do everything curate can, and curate everything match can. */
const IMPLIED: Record<Scope, Scope[]> = {
  admin: ['admin', 'curate', 'match'],
  curate: ['curate', 'match'],
  match: ['match'],
};

export function grants(scopes: readonly string[], needed: Scope): boolean {
  return scopes.some((s) => (IMPLIED[s as Scope] ?? []).includes(needed));
}

export function parseScope(value: string): Scope {
  if (!(SCOPES as readonly string[]).includes(value)) {
    throw new BackstopError('invalid_scope', `Unknown scope "${value}": use one of ${SCOPES.join(', ')}.`);
  }
  return value as Scope;
}

export interface ApiKey {
  id: number;
  prefix: string;
  name: string | null;
  scopes: Scope[];
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
}

/** Keys are 256 random bits, so one fast hash is enough: only the hash is stored. */
export function hashApiKey(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex');
}

interface KeyRow {
  id: number;
  prefix: string;
  name: string | null;
  scopes: string[];
  created_at: Date;
  last_used_at: Date | null;
  revoked_at: Date | null;
}

const toKey = (r: KeyRow): ApiKey => ({
  id: r.id,
  prefix: r.prefix,
  name: r.name,
  scopes: r.scopes as Scope[],
  createdAt: new Date(r.created_at),
  lastUsedAt: r.last_used_at ? new Date(r.last_used_at) : null,
  revokedAt: r.revoked_at ? new Date(r.revoked_at) : null,
});

const COLUMNS = 'id, prefix, name, scopes, created_at, last_used_at, revoked_at';

/** Creates a key and returns it in clear once; the store keeps only its hash. */
export async function createApiKey(
  q: Queryable,
  scopes: Scope[],
  name?: string,
): Promise<{ key: string; record: ApiKey }> {
  if (!scopes.length) throw new BackstopError('invalid_scope', 'A key needs at least one scope.');
  const key = `bsk_${randomBytes(32).toString('base64url')}`;
  const rows = await q.query<KeyRow>(
    `insert into api_keys (key_hash, prefix, name, scopes) values ($1, $2, $3, $4) returning ${COLUMNS}`,
    [hashApiKey(key), key.slice(0, 10), name ?? null, [...new Set(scopes)]],
  );
  return { key, record: toKey(rows[0]) };
}

/** The active key with this secret, or undefined. */
export async function findActiveKey(q: Queryable, key: string): Promise<ApiKey | undefined> {
  const rows = await q.query<KeyRow>(
    `select ${COLUMNS} from api_keys where key_hash = $1 and revoked_at is null`,
    [hashApiKey(key)],
  );
  return rows[0] ? toKey(rows[0]) : undefined;
}

export async function listApiKeys(q: Queryable): Promise<ApiKey[]> {
  return (await q.query<KeyRow>(`select ${COLUMNS} from api_keys order by id`)).map(toKey);
}

export async function countActiveKeys(q: Queryable): Promise<number> {
  const rows = await q.query<{ n: number }>(
    'select count(*)::int as n from api_keys where revoked_at is null',
  );
  return rows[0]?.n ?? 0;
}

export async function revokeApiKey(q: Queryable, id: number): Promise<boolean> {
  const rows = await q.query<{ id: number }>(
    'update api_keys set revoked_at = now() where id = $1 and revoked_at is null returning id',
    [id],
  );
  return rows.length > 0;
}

export async function touchApiKey(q: Queryable, id: number): Promise<void> {
  await q.query('update api_keys set last_used_at = now() where id = $1', [id]);
}
