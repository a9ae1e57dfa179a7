// Test helpers: run the same tests against PGlite (in memory) and PostgreSQL (a throwaway schema).
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openStore } from './open.ts';
import { withDefaultUser } from './postgres.ts';
import type { Store } from './types.ts';

export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL ?? 'postgres://127.0.0.1:5432/test';

let reachable: Promise<boolean> | undefined;

/** Whether the test PostgreSQL answers (checked once per process). */
export function postgresReachable(): Promise<boolean> {
  reachable ??= (async () => {
    const client = new pg.Client({
      connectionString: withDefaultUser(TEST_DATABASE_URL),
      connectionTimeoutMillis: 5000,
    });
    try {
      await client.connect();
      await client.query('select 1');
      return true;
    } catch (error) {
      if (process.env.BACKSTOP_DEBUG) console.error('postgres unreachable:', error);
      return false;
    } finally {
      await client.end().catch(() => undefined);
    }
  })();
  return reachable;
}

export const SKIP_POSTGRES_MESSAGE = `PostgreSQL at ${TEST_DATABASE_URL} is unreachable: PostgreSQL tests skipped`;

export interface TestStoreKind {
  name: 'pglite' | 'postgres';
  /** Opens a fresh, migrated store; `schema` lets several stores share one PostgreSQL schema. */
  open(schema?: string): Promise<Store>;
  /** A new schema name for a test that opens several stores on one database. */
  newSchema(): string;
  /** Drops what `open` created. */
  cleanup(): Promise<void>;
}

export function newSchemaName(): string {
  return `test_${process.pid}_${randomBytes(4).toString('hex')}`;
}

export function testStoreKinds(): TestStoreKind[] {
  const schemas = new Set<string>();
  return [
    {
      name: 'pglite',
      open: () => openStore({ dataDir: 'memory://' }),
      newSchema: newSchemaName,
      cleanup: async () => undefined,
    },
    {
      name: 'postgres',
      newSchema: newSchemaName,
      async open(schema?: string) {
        const name = schema ?? newSchemaName();
        schemas.add(name);
        return openStore({ databaseUrl: TEST_DATABASE_URL, schema: name });
      },
      async cleanup() {
        if (!schemas.size) return;
        const client = new pg.Client({ connectionString: withDefaultUser(TEST_DATABASE_URL) });
        await client.connect();
        try {
          for (const schema of schemas) await client.query(`drop schema if exists ${schema} cascade`);
          schemas.clear();
        } finally {
          await client.end();
        }
      },
    },
  ];
}
