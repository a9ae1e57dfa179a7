// The options and helper that CLI commands working on the store share with `backstop serve`.
import type { Command } from 'commander';
import { openStore, storeConfigFrom, type Store } from '../store/index.ts';

export interface StoreOptions {
  data?: string;
  databaseUrl?: string;
}

/** Adds `--data` and `--database-url` to a command. */
export const storeOptions = (command: Command): Command =>
  command
    .option('--data <dir>', 'PGlite data directory, as for `backstop serve` (default ./data/pglite)')
    .option('--database-url <url>', 'PostgreSQL URL (env DATABASE_URL), as for `backstop serve`');

/** Opens the store the options name, runs `fn`, and closes the store whatever happens. */
export async function withStore<T>(opts: StoreOptions, fn: (store: Store) => Promise<T>): Promise<T> {
  const store = await openStore(storeConfigFrom(opts));
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}
