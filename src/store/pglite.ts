import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { lockDataDir } from './dir-lock.ts';
import type { Queryable, Store } from './types.ts';

/** Embedded PostgreSQL (PGlite) in `dataDir`, or in memory when `dataDir` is `memory://`. */
export async function openPglite(dataDir: string): Promise<Store> {
  const inMemory = dataDir === 'memory://' || dataDir === '';
  if (!inMemory) mkdirSync(dataDir, { recursive: true });
  const release = inMemory ? () => undefined : lockDataDir(dataDir);
  let db: PGlite;
  try {
    db = inMemory ? new PGlite() : new PGlite(dataDir);
    await db.waitReady;
  } catch (error) {
    release();
    throw error;
  }
  return {
    kind: 'pglite',
    location: inMemory ? 'memory://' : dataDir,
    async query<T>(sql: string, params?: unknown[]): Promise<T[]> {
      const result = await db.query<T>(sql, params);
      return result.rows;
    },
    transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T> {
      return db.transaction((tx) =>
        fn({
          async query<R>(sql: string, params?: unknown[]): Promise<R[]> {
            return (await tx.query<R>(sql, params)).rows;
          },
        }),
      );
    },
    async close() {
      try {
        await db.close();
      } finally {
        release();
      }
    },
  };
}
