import { userInfo } from 'node:os';
import pg from 'pg';
import { isDiskFull, storageFull } from './disk-space.ts';
import type { Queryable, Store } from './types.ts';

const INT8_OID = 20;

export interface PostgresOptions {
  /** Use this schema (created if missing) instead of `public`; tests use one per run. */
  schema?: string;
  maxConnections?: number;
  /** Give up opening a connection after this long (default 5 s), so an unreachable database fails fast. */
  connectTimeoutMs?: number;
}

/** Hides the password when a URL is shown in logs. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'postgres://(unparsable url)';
  }
}

/**
 * pg needs a user name; when neither the URL nor PGUSER/USER gives one, use the OS user as
 * libpq (psql) does, so `postgres://127.0.0.1:5432/test` works the same in both.
 */
export function withDefaultUser(url: string, env: NodeJS.ProcessEnv = process.env): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return url;
  }
  if (parsed.username) return url;
  let user = env.PGUSER || env.USER;
  try {
    user ||= userInfo().username;
  } catch {
    return url;
  }
  if (!user) return url;
  parsed.username = encodeURIComponent(user);
  return parsed.toString();
}

export async function openPostgres(url: string, options: PostgresOptions = {}): Promise<Store> {
  const schema = options.schema;
  if (schema !== undefined && !/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) {
    throw new Error(`invalid schema name: ${schema}`);
  }
  const types = {
    getTypeParser: ((oid: number, format?: string) =>
      oid === INT8_OID
        ? (value: string) => Number(value)
        : pg.types.getTypeParser(oid, format as 'text')) as never,
  };
  const pool = new pg.Pool({
    connectionString: withDefaultUser(url),
    max: options.maxConnections ?? 10,
    connectionTimeoutMillis: options.connectTimeoutMs ?? 5_000,
    types,
    ...(schema ? { options: `-c search_path=${schema}` } : {}),
  });
  pool.on('error', () => {
    // An idle client lost its connection; the pool replaces it on the next query.
  });
  try {
    await pool.query(schema ? `create schema if not exists ${schema}` : 'select 1');
  } catch (error) {
    // Two processes creating the same schema at once: the loser sees a unique violation.
    if ((error as { code?: string }).code !== '23505') {
      await pool.end().catch(() => undefined);
      throw error;
    }
  }
  return {
    kind: 'postgres',
    location: redactUrl(url) + (schema ? ` (schema ${schema})` : ''),
    async query<T>(sql: string, params?: unknown[]): Promise<T[]> {
      try {
        const result = await pool.query(sql, params as unknown[]);
        return result.rows as T[];
      } catch (error) {
        throw isDiskFull(error) ? storageFull('PostgreSQL') : error;
      }
    },
    async transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T> {
      const client = await pool.connect();
      try {
        await client.query('begin');
        const value = await fn({
          async query<R>(sql: string, params?: unknown[]): Promise<R[]> {
            return (await client.query(sql, params as unknown[])).rows as R[];
          },
        });
        await client.query('commit');
        return value;
      } catch (error) {
        await client.query('rollback').catch(() => undefined);
        throw isDiskFull(error) ? storageFull('PostgreSQL') : error;
      } finally {
        client.release();
      }
    },
    async close() {
      await pool.end();
    },
  };
}
