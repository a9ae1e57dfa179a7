import { resolve } from 'node:path';
import { BackstopError, isBackstopError } from '../core/errors.ts';
import { migrate } from './migrations.ts';
import { openPglite } from './pglite.ts';
import { openPostgres } from './postgres.ts';
import type { Store } from './types.ts';

export const DEFAULT_DATA_DIR = './data/pglite';

export interface StoreConfig {
  /** PostgreSQL URL; when set, PGlite is not used. */
  databaseUrl?: string;
  /** PGlite data directory (or `memory://`). */
  dataDir?: string;
  /** PostgreSQL schema (tests). */
  schema?: string;
}

/** Flags win over the environment: `--data DIR`, then DATABASE_URL, then BACKSTOP_DATA_DIR. */
export function storeConfigFrom(
  flags: { data?: string; databaseUrl?: string },
  env: NodeJS.ProcessEnv = process.env,
): StoreConfig {
  const databaseUrl = flags.databaseUrl ?? (flags.data ? undefined : env.DATABASE_URL || undefined);
  if (databaseUrl) return { databaseUrl };
  return { dataDir: flags.data ?? env.BACKSTOP_DATA_DIR ?? DEFAULT_DATA_DIR };
}

/** Opens the store and brings its schema up to date. */
export async function openStore(config: StoreConfig): Promise<Store> {
  const store = config.databaseUrl
    ? await openPostgres(config.databaseUrl, { schema: config.schema })
    : await openPglite(
        config.dataDir === 'memory://' ? 'memory://' : resolve(config.dataDir ?? DEFAULT_DATA_DIR),
      );
  try {
    await migrate(store);
  } catch (error) {
    await store.close().catch(() => undefined);
    if (isBackstopError(error) && error.code === 'storage_full') {
      throw new BackstopError(
        'storage_full',
        `Could not bring the database up to date: ${error.message.replace(/\. Nothing was saved;.*$/, '')}. Free some space and start again.`,
        { status: 507, cause: error },
      );
    }
    throw error;
  }
  return store;
}
