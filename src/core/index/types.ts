/** One indexed hash within the query distance: the caller's row id and the Hamming distance. */
export interface PdqMatch {
  id: number;
  distance: number;
}

/** Matches of a batch of queries: pair k is query `queries[k]` matching `ids[k]` at `distances[k]`. */
export interface PdqBatchMatches {
  count: number;
  /** Ascending; within one query the pairs are in no particular order. */
  queries: Int32Array;
  ids: Float64Array;
  distances: Int32Array;
}

/** Counters describing an index's internal state (for status pages and tests). */
export interface PdqIndexStats {
  /** Live hashes. */
  size: number;
  /** Hashes in the compact bucket arrays (built by the last rebuild, including removed ones). */
  built: number;
  /** Hashes added since the last rebuild (searched through a small side index or a scan). */
  pending: number;
  /** Removed hashes whose storage is reclaimed at the next rebuild. */
  removedPending: number;
  /** Substrings (hash tables) of the multi-index layout; 0 while the index is small enough to scan. */
  substrings: number;
  /** Rebuilds so far. */
  rebuilds: number;
  /** Queries answered by a full scan, through the tables, and how many of those used the side index. */
  searches: { scan: number; tables: number; sideIndex: number };
  /** Bytes held in typed arrays by this index. */
  bytes: number;
}

/**
 * An in-memory index of PDQ hashes answering exact radius queries: `query(h, d)` returns exactly
 * the ids whose hash is within Hamming distance `d` of `h`, as a brute-force scan would.
 */
export interface PdqIndex {
  readonly size: number;
  /** `id` is a unique integer row id; `hash` is 64 hex digits or 32 bytes. Re-adding an id replaces it. */
  add(id: number, hash: string | Uint8Array): void;
  remove(id: number): boolean;
  has(id: number): boolean;
  /** Matches within `maxDistance` (default 31, 0..256), sorted by distance then id. */
  query(hash: string | Uint8Array, maxDistance?: number): PdqMatch[];
  /**
   * Many queries at once, each with its own distance: the same matches as `query` for each, as
   * pairs. `hashes` holds 8 big-endian 32-bit words per query (`writePdqWords`'s layout).
   */
  queryBatch(hashes: Uint32Array, maxDistances: ArrayLike<number>): PdqBatchMatches;
  /** Internal counters (Backstop extension, not part of the matching contract). */
  stats(): PdqIndexStats;
  /** Folds pending adds and removals into the compact arrays now instead of at the next query. */
  compact(): void;
}

export interface PdqIndexOptions {
  /** How many hashes to make room for up front (avoids growing the arrays while loading). */
  expectedSize?: number;
  /**
   * Tuning: force the number of substrings (hash tables) of the multi-index layout (11..64).
   * By default it is chosen from the size at each rebuild. Used by the benchmark to compare layouts.
   */
  substrings?: number;
  /**
   * Testing: search the tables even where the cost model would scan instead (large radii, small
   * indexes). The answer is the same either way; tests use this to reach every table search path.
   */
  alwaysUseTables?: boolean;
}

/** Exact-value index for md5 / sha256 signals: several ids may share one value. */
export interface ExactIndex {
  readonly size: number;
  /** Re-adding an id replaces its value. Values are compared exactly (callers pass canonical lower-case hex). */
  add(id: number, value: string): void;
  remove(id: number): boolean;
  has(id: number): boolean;
  /** Ids holding exactly `value`, ascending. */
  query(value: string): number[];
}
