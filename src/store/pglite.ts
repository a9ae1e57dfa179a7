import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { BackstopError, reasonOf } from '../core/errors.ts';
import { lockDataDir } from './dir-lock.ts';
import { DEFAULT_MIN_FREE_BYTES, freeBytes, isDiskFull, mayWrite, storageFull } from './disk-space.ts';
import type { Queryable, Store } from './types.ts';

export interface PgliteOptions {
  /** Writes are refused (507 storage_full) when the data directory's disk has less free space. */
  minFreeBytes?: number;
}

/** Embedded PostgreSQL (PGlite) in `dataDir`, or in memory when `dataDir` is `memory://`. */
export async function openPglite(dataDir: string, options: PgliteOptions = {}): Promise<Store> {
  const inMemory = dataDir === 'memory://' || dataDir === '';
  const minFree = options.minFreeBytes ?? DEFAULT_MIN_FREE_BYTES;
  let db: PGlite;
  let release = () => undefined as void;
  try {
    if (!inMemory) {
      mkdirSync(dataDir, { recursive: true });
      release = lockDataDir(dataDir);
    }
    db = inMemory ? new PGlite() : new PGlite(dataDir);
    await db.waitReady;
  } catch (error) {
    release();
    throw openError(dataDir, error);
  }

  /** Refuses a write before PGlite sees it when the disk is (nearly) full. */
  const guard = (sql: string) => {
    if (inMemory || !mayWrite(sql)) return;
    const free = freeBytes(dataDir);
    if (free !== undefined && free < minFree) throw storageFull(dataDir, free);
  };
  const translate = (error: unknown) =>
    isDiskFull(error) ? storageFull(dataDir, freeBytes(dataDir)) : error;

  return {
    kind: 'pglite',
    location: inMemory ? 'memory://' : dataDir,
    async query<T>(sql: string, params?: unknown[]): Promise<T[]> {
      guard(sql);
      try {
        return (await db.query<T>(sql, params)).rows;
      } catch (error) {
        throw translate(error);
      }
    },
    async transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T> {
      try {
        return await db.transaction((tx) =>
          fn({
            async query<R>(sql: string, params?: unknown[]): Promise<R[]> {
              guard(sql);
              return (await tx.query<R>(sql, params)).rows;
            },
          }),
        );
      } catch (error) {
        throw translate(error);
      }
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

/** One line that says what went wrong opening the data directory (PGlite throws plain objects). */
function openError(dataDir: string, error: unknown): unknown {
  if (error instanceof BackstopError) return error;
  if (isDiskFull(error)) {
    const full = storageFull(dataDir, freeBytes(dataDir));
    return new BackstopError('storage_full', `Could not open the database: ${full.message}`, {
      status: 507,
      cause: error,
    });
  }
  const reason =
    error instanceof Error
      ? reasonOf(error)
      : ((error as { code?: string; errno?: number } | null)?.code ??
        `file system error ${(error as { errno?: number } | null)?.errno ?? String(error)}`);
  return new BackstopError('store_unavailable', `Could not open the database in ${dataDir}: ${reason}`, {
    status: 503,
    cause: error,
  });
}
