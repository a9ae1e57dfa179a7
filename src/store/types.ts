/** Anything that runs SQL: the store itself or a transaction. One SQL dialect (PostgreSQL). */
export interface Queryable {
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
}

/** A small database handle with two adapters: embedded PGlite and PostgreSQL (pg). */
export interface Store extends Queryable {
  readonly kind: 'pglite' | 'postgres';
  /** Where the data lives, for logs (a directory, or a URL without its password). */
  readonly location: string;
  /** Runs `fn` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}
