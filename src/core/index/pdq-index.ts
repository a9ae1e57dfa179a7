import { BackstopError } from '../errors.ts';
import { PDQ_BITS, PDQ_WORDS, popcount32, writePdqWords } from '../pdq/hash-format.ts';
import { IdSlotMap } from './id-slot-map.ts';
import type { PdqBatchMatches, PdqIndex, PdqIndexOptions, PdqIndexStats, PdqMatch } from './types.ts';

/*
 * Multi-index hashing (Norouzi, Punjani, Fleet: "Fast Exact Search in Hamming Space with
 * Multi-Index Hashing", 2014). The 256 bits are cut into m substrings; if two hashes are within
 * distance r, then (with r' = floor(r/m), a = r - m*r') one of the first a+1 substrings is within
 * r' or one of the others is within r'-1. Each substring has a table from its value to the hashes
 * holding it, so a query looks up every value within that small radius in each table and checks
 * the candidates' full distance: exact, no false negatives.
 *
 * Storage is packed typed arrays: hashes in one Uint32Array (8 words a slot), tables as CSR
 * (`postings`: slots sorted by substring value, each with the value's low 5 bits; a `directory`
 * with, per 32 values, a bitmap of the non-empty ones and the block's first posting), rebuilt in bulk. Adds since the last
 * rebuild ("pending") are scanned or, when there are many, found through a small side index of 16
 * linked 16-bit tables; removals clear an alive flag and are dropped at the next rebuild.
 */

// A module-level copy: calls through an imported binding go through a getter under tsx.
const pc = popcount32;

const DEFAULT_DISTANCE = 31;
/** Below this many live hashes the index keeps no tables: a scan is as fast. */
const SCAN_BELOW = 4096;
/** Pending adds up to this are scanned; beyond it they go through the side index. */
const PENDING_SCAN_MAX = 1024;
/** Rebuild once pending adds exceed max(SCAN_BELOW, built / 8), capped so the side index stays small. */
const PENDING_REBUILD_CAP = 1 << 18;
const MAX_SUBSTRING_BITS = 24;
const MIN_SUBSTRINGS = 11;
const MAX_SUBSTRINGS = 64;
export const SIDE_TABLES = 16;
const SIDE_BITS = 16;
/**
 * Cost model, in units of one random candidate check (a cache miss, ~150 ns on node-svc): a bucket
 * probe is about one miss; a sequential scan checks about 20 hashes in that time (bench:match).
 */
const PROBE_COST = 1;
const SCAN_COST = 0.05;
/**
 * A batch query sorts its probes of a table, and then its candidates, by their top bits in one
 * counting-sort pass, into about one bucket per entry and at most 2^this many: the directory,
 * postings and hashes are then read in address order, not with a cache miss per probe.
 */
const BATCH_SORT_BITS = 16;
/** Bucket bits for sorting `n` values of `range` bits. */
const sortBits = (n: number, range: number): number =>
  Math.min(BATCH_SORT_BITS, range, Math.max(8, 32 - Math.clz32(n)));
/** A batch probe is a directory word's number (at most 19 bits) and a tag of this many bits. */
const TAG_BITS = 13;
const TAG_MASK = (1 << TAG_BITS) - 1;
/** The candidate check reads the hashes of this many candidates ahead first, so that their cache misses overlap. */
const CHECK_AHEAD = 32;
/** A posting is a slot and the low bits of its substring value (the value within its directory block). */
const LOW_BITS = 5;
const LOW_MASK = (1 << LOW_BITS) - 1;
/** Slots fit a posting's 27 bits: at most 2^27 (134 million) hashes in one index. */
const MAX_SLOTS = 2 ** (32 - LOW_BITS);

export interface Layout {
  m: number;
  bits: Int32Array;
  word: Int32Array;
  shift: Int32Array;
  mask: Int32Array;
}

/**
 * The substring count for `n` hashes: substrings of about log2(n) + 4 bits, at most 24. Wider
 * substrings mean more (cheap, mostly empty) probes and fewer candidates (each a cache miss);
 * measured best with bench:match at 1e5 (13), 1e6 and 1e7 (11). From 23 bits (about 370,000
 * hashes) 11 substrings of 23-24 bits rather than 12 of 21-22: radius 30, 600 random queries, CPU,
 * one process, load 11: 700,000 hashes batch 21.5 vs 26.2 ms, one by one 47.5 vs 53.6;
 * 600,000 batch 20.8 vs 24.2; at 300,000 12 was still best (14.9 vs 15.9 batch).
 */
export function substringsFor(n: number): number {
  const bits = Math.min(MAX_SUBSTRING_BITS, Math.max(10, Math.round(Math.log2(Math.max(n, 2)) + 4)));
  return bits >= 23 ? MIN_SUBSTRINGS : Math.max(MIN_SUBSTRINGS, Math.ceil(PDQ_BITS / bits));
}

export function makeLayout(m: number): Layout {
  const base = Math.floor(PDQ_BITS / m);
  const wider = PDQ_BITS - base * m;
  const layout: Layout = {
    m,
    bits: new Int32Array(m),
    word: new Int32Array(m),
    shift: new Int32Array(m),
    mask: new Int32Array(m),
  };
  let start = 0;
  // Wider substrings first: they get the larger search radius (fewer candidates per probe).
  for (let t = 0; t < m; t++) {
    const bits = t < wider ? base + 1 : base;
    layout.bits[t] = bits;
    layout.word[t] = start >>> 5;
    layout.shift[t] = start & 31;
    layout.mask[t] = bits === 32 ? -1 : (1 << bits) - 1;
    start += bits;
  }
  return layout;
}

/** Search radius of table t of m for query radius r (-1: the table can be skipped). */
export function tableRadius(t: number, m: number, r: number): number {
  const rp = Math.floor(r / m);
  return t <= r - m * rp ? rp : rp - 1;
}

/** Number of b-bit values within distance rho of a value: sum of C(b, i) for i <= rho. */
function ballSize(b: number, rho: number): number {
  let sum = 0;
  let c = 1;
  for (let i = 0; i <= rho && i <= b; i++) {
    sum += c;
    c = (c * (b - i)) / (i + 1);
  }
  return sum;
}

/** Writes every b-bit value within distance rho of key into out from `n`; returns the end. */
function writeProbes(out: Int32Array | Uint32Array, n: number, key: number, b: number, rho: number): number {
  out[n++] = key;
  if (rho >= 1) for (let i = 0; i < b; i++) out[n++] = key ^ (1 << i);
  if (rho >= 2) {
    for (let i = 1; i < b; i++) {
      const ki = key ^ (1 << i);
      for (let j = 0; j < i; j++) out[n++] = ki ^ (1 << j);
    }
  }
  const limit = 2 ** b;
  for (let k = 3; k <= rho && k <= b; k++) {
    // Gosper's hack: every b-bit mask with exactly k bits set, in increasing order.
    let c = 2 ** k - 1;
    while (c < limit) {
      out[n++] = key ^ c;
      const u = c & -c;
      const v = c + u;
      c = v + (((v ^ c) / u) >>> 2);
    }
  }
  return n;
}

/** The values below 2^bits within distance d of `key`, as a bit mask (bits <= 5). */
function lowBall(key: number, bits: number, d: number): number {
  let mask = 0;
  for (let v = 0; v < 1 << bits; v++) if (pc(v ^ key) <= d) mask |= 1 << v;
  return mask;
}

/** The substring of table t of the hash at words[at..at+8). */
function substringOf(words: Uint32Array, at: number, layout: Layout, t: number): number {
  const w = at + layout.word[t];
  const sh = layout.shift[t];
  return (
    (sh + layout.bits[t] > 32 ? (words[w] >>> sh) | (words[w + 1] << (32 - sh)) : words[w] >>> sh) &
    layout.mask[t]
  );
}

/** Writes `hash` into `out` as 8 words, or throws `invalid_pdq_hash` (the index's contract). */
function readHash(hash: string | Uint8Array, out: Uint32Array): void {
  if (writePdqWords(hash, out)) return;
  throw new BackstopError(
    'invalid_pdq_hash',
    typeof hash === 'string'
      ? 'A PDQ hash must be 64 hexadecimal digits (256 bits).'
      : 'A PDQ hash must be 32 bytes (256 bits).',
  );
}

function checkId(id: number): void {
  if (!Number.isSafeInteger(id)) throw new BackstopError('invalid_id', 'An index id must be a whole number.');
}

function checkDistance(d: number): number {
  if (!Number.isInteger(d) || d < 0 || d > PDQ_BITS) {
    throw new BackstopError(
      'invalid_distance',
      'The PDQ distance threshold must be a whole number from 0 to 256.',
    );
  }
  return d;
}

function grownInt32(a: Int32Array<ArrayBuffer>, need: number): Int32Array<ArrayBuffer> {
  if (need <= a.length) return a;
  const b = new Int32Array(Math.max(need, a.length * 2));
  b.set(a);
  return b;
}

class MultiIndexPdqIndex implements PdqIndex {
  // Slots: hash words, id, alive flag. Slot numbers are reused after a rebuild drops them.
  private words: Uint32Array;
  private ids: Float64Array;
  private alive: Uint8Array;
  private used = 0;
  private live = 0;
  private free = new Int32Array(64);
  private freeCount = 0;
  private removed = new Int32Array(64);
  private removedCount = 0;
  private readonly idMap: IdSlotMap;

  // Compact tables from the last rebuild.
  private layout: Layout | null = null;
  private directories: (Int32Array | undefined)[] = [];
  private postings: (Uint32Array | undefined)[] = [];
  private built = 0;
  private rebuilds = 0;
  private readonly searches = { scan: 0, tables: 0, sideIndex: 0 };
  private readonly forcedSubstrings: number | undefined;
  private readonly alwaysUseTables: boolean;

  // Adds since the last rebuild, and their side index (built lazily, entries linked per table).
  private pending = new Int32Array(64);
  private pendingCount = 0;
  private pendingLimit = SCAN_BELOW;
  private sideIndexed = 0;
  private sideHeads: Int32Array | null = null;
  private sideNext = new Int32Array(0);

  // Per-query scratch.
  private readonly q = new Uint32Array(PDQ_WORDS);
  private readonly scratch = new Uint32Array(PDQ_WORDS);
  private probes = new Int32Array(1024);
  /** The single query's radius, as a batch of one. */
  private readonly radius = new Int32Array(1);
  /** Candidates (slots) and, in a batch, the query each is for. */
  private candidates = new Int32Array(1024);
  private candidateOwners = new Int32Array(1024);
  private bounds = new Int32Array(3072);
  // Batch-query scratch: probes and the query each belongs to, sorted copies, candidate owners,
  // and the (query, slot) pairs found.
  private batchProbes = new Uint32Array(0);
  private sortedProbes = new Uint32Array(0);
  private tagMasks = new Int32Array(0);
  private readonly bucketCounts = new Int32Array((1 << BATCH_SORT_BITS) + 1);
  private sortedCandidates = new Int32Array(0);
  private sortedCandidateOwners = new Int32Array(0);
  /** A batch's probes that hit a non-empty value of a table: their postings' range, hit mask, tag. */
  private hitStarts = new Int32Array(0);
  private hitEnds = new Int32Array(0);
  private hitMasks = new Int32Array(0);
  private hitTags = new Int32Array(0);
  private pairQueries = new Int32Array(64);
  private pairSlots = new Int32Array(64);
  private pairDistances = new Int32Array(64);
  private pairCount = 0;
  /** Written by the candidate check (see there). */
  private touched = 0;

  constructor(options: PdqIndexOptions = {}) {
    const expected = options.expectedSize ?? 0;
    if (!Number.isSafeInteger(expected) || expected < 0) {
      throw new BackstopError('invalid_option', 'expectedSize must be a whole number of hashes.');
    }
    if (options.substrings !== undefined) {
      const m = options.substrings;
      if (!Number.isInteger(m) || m < MIN_SUBSTRINGS || m > MAX_SUBSTRINGS) {
        throw new BackstopError(
          'invalid_option',
          `substrings must be a whole number from ${MIN_SUBSTRINGS} to ${MAX_SUBSTRINGS}.`,
        );
      }
      this.forcedSubstrings = m;
    }
    this.alwaysUseTables = options.alwaysUseTables === true;
    const capacity = Math.max(1024, expected);
    this.words = new Uint32Array(capacity * PDQ_WORDS);
    this.ids = new Float64Array(capacity);
    this.alive = new Uint8Array(capacity);
    this.idMap = new IdSlotMap(() => this.ids, expected);
  }

  get size(): number {
    return this.live;
  }

  has(id: number): boolean {
    return Number.isSafeInteger(id) && this.idMap.get(id) >= 0;
  }

  add(id: number, hash: string | Uint8Array): void {
    checkId(id);
    const s = this.scratch;
    readHash(hash, s);
    const existing = this.idMap.get(id);
    if (existing >= 0) {
      const b = existing * PDQ_WORDS;
      const w = this.words;
      if (
        w[b] === s[0] &&
        w[b + 1] === s[1] &&
        w[b + 2] === s[2] &&
        w[b + 3] === s[3] &&
        w[b + 4] === s[4] &&
        w[b + 5] === s[5] &&
        w[b + 6] === s[6] &&
        w[b + 7] === s[7]
      ) {
        return;
      }
      this.remove(id);
    }
    if (this.freeCount === 0 && this.removedCount > SCAN_BELOW + (this.live >> 1)) this.rebuild();
    const slot = this.allocateSlot();
    const w = this.words;
    const b = slot << 3;
    for (let i = 0; i < PDQ_WORDS; i++) w[b + i] = s[i];
    this.ids[slot] = id;
    this.alive[slot] = 1;
    this.idMap.insert(id, slot);
    // Past the limit the next query rebuilds from all slots, so the list need not hold them.
    if (this.pendingCount < this.pendingLimit) {
      this.pending = grownInt32(this.pending, this.pendingCount + 1);
      this.pending[this.pendingCount] = slot;
    }
    this.pendingCount++;
    this.live++;
  }

  remove(id: number): boolean {
    if (!Number.isSafeInteger(id)) return false;
    const slot = this.idMap.delete(id);
    if (slot < 0) return false;
    this.alive[slot] = 0;
    this.removed = grownInt32(this.removed, this.removedCount + 1);
    this.removed[this.removedCount++] = slot;
    this.live--;
    return true;
  }

  query(hash: string | Uint8Array, maxDistance: number = DEFAULT_DISTANCE): PdqMatch[] {
    this.radius[0] = checkDistance(maxDistance);
    readHash(hash, this.q);
    this.maintain();
    this.pairCount = 0;
    if (this.scans(this.radius[0])) this.scanAll(this.q, this.radius, 0);
    else {
      this.searches.tables++;
      this.searchTables(this.q, this.radius[0]);
      this.searchPending(this.q, this.radius, 0);
    }
    return this.collect();
  }

  queryBatch(hashes: Uint32Array, maxDistances: ArrayLike<number>): PdqBatchMatches {
    const nq = maxDistances.length;
    if (!(hashes instanceof Uint32Array) || hashes.length !== nq * PDQ_WORDS) {
      throw new BackstopError(
        'invalid_pdq_hash',
        'A batch of PDQ hashes needs 8 words (256 bits) per distance.',
      );
    }
    const radii = new Int32Array(nq);
    for (let i = 0; i < nq; i++) radii[i] = checkDistance(maxDistances[i]);
    this.maintain();
    this.pairCount = 0;
    const batched = new Int32Array(nq);
    let nb = 0;
    for (let i = 0; i < nq; i++) {
      if (this.scans(radii[i])) this.scanAll(hashes, radii, i);
      else {
        this.searches.tables++;
        batched[nb++] = i;
        this.searchPending(hashes, radii, i);
      }
    }
    if (nb > 0) this.searchTablesBatch(hashes, radii, batched, nb);
    return this.collectPairs(hashes);
  }

  compact(): void {
    if (this.pendingCount > 0 || this.removedCount > 0 || (this.layout === null && this.live > 0))
      this.rebuild();
  }

  stats(): PdqIndexStats {
    let bytes =
      this.words.byteLength +
      this.ids.byteLength +
      this.alive.byteLength +
      this.idMap.bytes +
      this.free.byteLength +
      this.removed.byteLength +
      this.pending.byteLength +
      this.sideNext.byteLength +
      (this.sideHeads?.byteLength ?? 0) +
      this.probes.byteLength;
    for (const a of this.directories) bytes += a?.byteLength ?? 0;
    for (const a of this.postings) bytes += a?.byteLength ?? 0;
    return {
      size: this.live,
      built: this.built,
      pending: this.pendingCount,
      removedPending: this.removedCount,
      substrings: this.layout?.m ?? 0,
      rebuilds: this.rebuilds,
      searches: { ...this.searches },
      bytes,
    };
  }

  private allocateSlot(): number {
    if (this.freeCount > 0) return this.free[--this.freeCount];
    if (this.used === MAX_SLOTS) {
      if (this.removedCount === 0) {
        throw new BackstopError('index_full', `A PDQ index holds at most ${MAX_SLOTS} hashes.`, {
          status: 507,
        });
      }
      this.rebuild();
      return this.free[--this.freeCount];
    }
    if (this.used === this.ids.length) {
      // Doubling, then 1.5x past a million hashes so that ten million do not reserve room for 16.7.
      const capacity = this.ids.length < 1 << 20 ? this.ids.length * 2 : Math.ceil(this.ids.length * 1.5);
      const words = new Uint32Array(capacity * PDQ_WORDS);
      words.set(this.words);
      this.words = words;
      const ids = new Float64Array(capacity);
      ids.set(this.ids);
      this.ids = ids;
      const alive = new Uint8Array(capacity);
      alive.set(this.alive);
      this.alive = alive;
    }
    return this.used++;
  }

  private maintain(): void {
    const removedLimit = Math.max(SCAN_BELOW, this.live >> 2);
    if (this.pendingCount > this.pendingLimit || this.removedCount > removedLimit) this.rebuild();
  }

  private rebuild(): void {
    this.rebuilds++;
    this.free = grownInt32(this.free, this.freeCount + this.removedCount);
    for (let i = 0; i < this.removedCount; i++) this.free[this.freeCount++] = this.removed[i];
    this.removedCount = 0;
    this.pendingCount = 0;
    this.sideIndexed = 0;
    this.sideHeads?.fill(0);

    const n = this.live;
    const m = n === 0 ? 0 : (this.forcedSubstrings ?? (n < SCAN_BELOW ? 0 : substringsFor(n)));
    if (m === 0) {
      this.layout = null;
      this.directories = [];
      this.postings = [];
      this.built = 0;
      this.pendingLimit = SCAN_BELOW;
      return;
    }
    if (this.layout?.m !== m) {
      this.layout = makeLayout(m);
      this.directories = new Array(m);
      this.postings = new Array(m);
    }
    const { bits, word, shift, mask } = this.layout;
    const W = this.words;
    const alive = this.alive;
    const used = this.used;
    // Each table is a stable two-pass radix sort of (substring value, slot) pairs: sequential
    // passes instead of a random increment per hash into a table of millions of counters.
    const keys = new Uint32Array(n);
    const keysB = new Uint32Array(n);
    const slotsB = new Uint32Array(n);
    for (let t = 0; t < m; t++) {
      const values = 1 << bits[t];
      let post = this.postings[t];
      if (post === undefined || post.length < n || post.length > n + (n >> 2) + 1024) {
        this.postings[t] = undefined;
        post = new Uint32Array(n + (n >> 4));
        this.postings[t] = post;
      }
      const wt = word[t];
      const sh = shift[t];
      const mk = mask[t];
      const spill = sh + bits[t] > 32;
      const back = 32 - sh;
      const lowBits = bits[t] >> 1;
      const lowMask = (1 << lowBits) - 1;
      const lowCounts = new Uint32Array((1 << lowBits) + 1);
      const highCounts = new Uint32Array((values >>> lowBits) + 1);
      let k = 0;
      for (let slot = 0; slot < used; slot++) {
        if (alive[slot] === 0) continue;
        const b = (slot << 3) + wt;
        const key = (spill ? (W[b] >>> sh) | (W[b + 1] << back) : W[b] >>> sh) & mk;
        keys[k] = key;
        post[k++] = slot;
        lowCounts[(key & lowMask) + 1]++;
        highCounts[(key >>> lowBits) + 1]++;
      }
      for (let i = 1; i < lowCounts.length; i++) lowCounts[i] += lowCounts[i - 1];
      for (let i = 1; i < highCounts.length; i++) highCounts[i] += highCounts[i - 1];
      for (let i = 0; i < n; i++) {
        const key = keys[i];
        const to = lowCounts[key & lowMask]++;
        keysB[to] = key;
        slotsB[to] = post[i];
      }
      for (let i = 0; i < n; i++) {
        const key = keysB[i];
        const to = highCounts[key >>> lowBits]++;
        keys[to] = key;
        post[to] = slotsB[i];
      }
      // Directory: per block of 32 values, the bits of the non-empty ones and the first posting of
      // the block (a last pair holds n). Each posting keeps its value's low 5 bits beside the slot,
      // so a probe scans its block's postings (a few, adjacent) instead of reading a start per value.
      const blocks = Math.ceil(values / 32);
      let directory = this.directories[t];
      if (directory === undefined || directory.length !== 2 * blocks + 2)
        directory = new Int32Array(2 * blocks + 2);
      else directory.fill(0);
      this.directories[t] = directory;
      for (let i = 0, block = 0; i < n; i++) {
        const key = keys[i];
        const at = key >>> 5;
        while (block <= at) directory[2 * block++ + 1] = i;
        directory[at << 1] |= 1 << (key & 31);
        post[i] = (post[i] << LOW_BITS) | (key & LOW_MASK);
      }
      for (let block = n === 0 ? 0 : (keys[n - 1] >>> 5) + 1; block <= blocks; block++)
        directory[2 * block + 1] = n;
    }
    this.built = n;
    this.pendingLimit = Math.max(SCAN_BELOW, Math.min(n >> 3, PENDING_REBUILD_CAP));
    if (this.pending.length > 2 * this.pendingLimit) this.pending = new Int32Array(this.pendingLimit);
  }

  /** Estimated cost of the table search at radius r, in candidate checks. */
  private tableCost(r: number): number {
    const layout = this.layout!;
    let cost = 0;
    for (let t = 0; t < layout.m; t++) {
      const rho = tableRadius(t, layout.m, r);
      if (rho < 0) continue;
      const probes = ballSize(layout.bits[t], rho);
      cost += probes * (PROBE_COST + this.built / 2 ** layout.bits[t]);
    }
    return cost;
  }

  /** Fills `probes` with every b-bit value within distance rho of key; returns how many. */
  /** Room for `more` candidates after the first `count`. */
  private candidateRoom(count: number, more: number): void {
    if (count + more > this.candidates.length) {
      const size = Math.max(count + more, 2 * this.candidates.length);
      this.candidates = grownInt32(this.candidates, size);
      this.candidateOwners = grownInt32(this.candidateOwners, size);
    }
  }

  /** Whether a query at radius r scans every hash rather than search the tables (the cost model). */
  private scans(r: number): boolean {
    return this.layout === null || (!this.alwaysUseTables && this.tableCost(r) > this.built * SCAN_COST);
  }

  /** Checks every slot against query `i` (a sequential scan: its own loop, the query in locals). */
  private scanAll(hashes: Uint32Array, radii: Int32Array, i: number): void {
    this.searches.scan++;
    const W = this.words;
    const alive = this.alive;
    const r = radii[i];
    const a = i << 3;
    const q0 = hashes[a],
      q1 = hashes[a + 1],
      q2 = hashes[a + 2],
      q3 = hashes[a + 3],
      q4 = hashes[a + 4],
      q5 = hashes[a + 5],
      q6 = hashes[a + 6],
      q7 = hashes[a + 7];
    // Exit after 128 bits when over r, except at large radii (see checkCandidates).
    const early = r < 60 ? r : PDQ_BITS;
    for (let slot = 0, n = this.used; slot < n; slot++) {
      const b = slot << 3;
      let d = pc(W[b] ^ q0) + pc(W[b + 1] ^ q1) + pc(W[b + 2] ^ q2) + pc(W[b + 3] ^ q3);
      if (d > early) continue;
      d += pc(W[b + 4] ^ q4) + pc(W[b + 5] ^ q5) + pc(W[b + 6] ^ q6) + pc(W[b + 7] ^ q7);
      if (d <= r && alive[slot] === 1) this.pushPair(i, slot, d);
    }
  }

  /**
   * The candidate check of every search, single or batch: candidate k is slot `slots[k]` for query
   * `owners[k]` (`owner` when `owners` is null), whose hash is at `hashes[8 * query]` and radius
   * `radii[query]`; each live one within its radius is recorded
   * as a (query, slot) pair. Candidates are gathered first and checked in this one tight loop: the
   * loads of different candidates do not depend on each other, so the processor overlaps their
   * cache misses, which dominate the cost of a search.
   */
  private checkCandidates(
    hashes: Uint32Array,
    radii: Int32Array,
    slots: Int32Array,
    owners: Int32Array | null,
    owner: number,
    n: number,
  ): void {
    const W = this.words;
    const alive = this.alive;
    let touched = 0;
    for (let k = 0; k < n; k++) {
      // A load of each of the next candidates' hashes, in a loop short enough for them all to be
      // in flight at once (the check below is too long for the processor to look that far ahead).
      if (k % CHECK_AHEAD === 0) {
        const to = Math.min(n, k + CHECK_AHEAD);
        for (let j = k; j < to; j++) touched ^= W[slots[j] << 3];
      }
      const slot = slots[k];
      const i = owners === null ? owner : owners[k];
      const r = radii[i];
      const a = i << 3;
      const s = slot << 3;
      let d =
        pc(W[s] ^ hashes[a]) +
        pc(W[s + 1] ^ hashes[a + 1]) +
        pc(W[s + 2] ^ hashes[a + 2]) +
        pc(W[s + 3] ^ hashes[a + 3]);
      // Exit after 128 bits when over r, except at large radii: there half the hashes pass it, so
      // the branch would be mispredicted half the time; a bound it never exceeds is always predicted.
      if (d > r && r < 60) continue;
      d +=
        pc(W[s + 4] ^ hashes[a + 4]) +
        pc(W[s + 5] ^ hashes[a + 5]) +
        pc(W[s + 6] ^ hashes[a + 6]) +
        pc(W[s + 7] ^ hashes[a + 7]);
      if (d <= r && alive[slot] === 1) this.pushPair(i, slot, d);
    }
    // Kept, so that the loads above are not optimised away.
    this.touched = touched;
  }

  /** The table search of one query (the hash in `q`) at radius r: candidates, then their check. */
  private searchTables(q: Uint32Array, r: number): void {
    const layout = this.layout!;
    const { m, bits } = layout;
    let c = 0;
    for (let t = 0; t < m; t++) {
      const rho = tableRadius(t, m, r);
      if (rho < 0) continue;
      const key = substringOf(q, 0, layout, t);
      const count = this.fillProbes(key, bits[t], rho);
      const probes = this.probes;
      const directory = this.directories[t]!;
      const post = this.postings[t]!;
      // Where the non-empty values' postings may start first (independent loads), then the
      // postings: in value order within the block, each value's at least one, so those of the
      // value start at or after the block's first plus the non-empty values below it.
      if (this.bounds.length < 3 * count) this.bounds = new Int32Array(3 * count);
      const bounds = this.bounds;
      let nonEmpty = 0;
      for (let p = 0; p < count; p++) {
        const v = probes[p];
        const at = (v >>> 5) << 1;
        const occupied = directory[at];
        const bit = 1 << (v & LOW_MASK);
        if ((occupied & bit) === 0) continue;
        bounds[nonEmpty++] = directory[at + 1] + pc(occupied & (bit - 1));
        bounds[nonEmpty++] = directory[at + 3];
        bounds[nonEmpty++] = v & LOW_MASK;
      }
      for (let p = 0; p < nonEmpty; p += 3) {
        const end = bounds[p + 1];
        const value = bounds[p + 2];
        this.candidateRoom(c, end - bounds[p]);
        const cand = this.candidates;
        for (let i = bounds[p]; i < end; i++) {
          const e = post[i];
          const low = e & LOW_MASK;
          if (low > value) break;
          if (low === value) cand[c++] = e >>> LOW_BITS;
        }
      }
    }
    this.checkCandidates(q, this.radius, this.candidates, null, 0, c);
  }

  /** Writes every b-bit value within distance rho of key to `probes`; returns how many. */
  private fillProbes(key: number, b: number, rho: number): number {
    const need = ballSize(b, rho);
    if (this.probes.length < need) this.probes = new Int32Array(need);
    return writeProbes(this.probes, 0, key, b, rho);
  }

  private pushPair(query: number, slot: number, distance: number): void {
    if (this.pairCount === this.pairSlots.length) {
      this.pairQueries = grownInt32(this.pairQueries, this.pairCount + 1);
      this.pairSlots = grownInt32(this.pairSlots, this.pairCount + 1);
      this.pairDistances = grownInt32(this.pairDistances, this.pairCount + 1);
    }
    this.pairQueries[this.pairCount] = query;
    this.pairSlots[this.pairCount] = slot;
    this.pairDistances[this.pairCount++] = distance;
  }

  /**
   * The table search of many queries: per table, the probes of all queries are sorted by value
   * (by their top bits), so the directory and postings are read in order rather than with a cache
   * miss per probe; the candidates of all tables are then sorted by slot and checked against their
   * own query.
   */
  private searchTablesBatch(hashes: Uint32Array, radii: Int32Array, batched: Int32Array, nb: number): void {
    const { m } = this.layout!;
    let maxRadius = 0;
    for (let k = 0; k < nb; k++) maxRadius = Math.max(maxRadius, tableRadius(0, m, radii[batched[k]]));
    // A directory word read is tagged with its query's place in the chunk and the flips spent on
    // its high bits (the mask of the low values still in reach is looked up by the tag), packed
    // with the word's number into 32 bits: chunks of at most 2^TAG_BITS tags.
    const tags = maxRadius + 1;
    const chunk = Math.max(1, Math.floor(2 ** TAG_BITS / tags));
    for (let from = 0; from < nb; from += chunk) {
      this.searchChunk(hashes, radii, batched.subarray(from, Math.min(nb, from + chunk)), tags);
    }
  }

  private searchChunk(hashes: Uint32Array, radii: Int32Array, batched: Int32Array, tags: number): void {
    const layout = this.layout!;
    const { m, bits } = layout;
    const nb = batched.length;
    if (this.tagMasks.length < nb * tags) this.tagMasks = new Int32Array(nb * tags);
    const tagMasks = this.tagMasks;
    let c = 0;
    for (let t = 0; t < m; t++) {
      const b = bits[t];
      // A directory word covers the values sharing all but their low `low` bits: per query, the
      // words within rho of the key's high bits are read once, with a mask of the low values
      // still within reach (flips spent on high bits leave fewer for the low ones).
      const low = Math.min(LOW_BITS, b);
      const high = b - low;
      let total = 0;
      for (let k = 0; k < nb; k++) {
        const rho = tableRadius(t, m, radii[batched[k]]);
        if (rho >= 0) total += ballSize(high, rho);
      }
      if (total === 0) continue;
      if (this.batchProbes.length < total) {
        this.batchProbes = new Uint32Array(total);
        this.sortedProbes = new Uint32Array(total);
      }
      const probes = this.batchProbes;
      let n = 0;
      for (let k = 0; k < nb; k++) {
        const rho = tableRadius(t, m, radii[batched[k]]);
        if (rho < 0) continue;
        const key = substringOf(hashes, batched[k] * PDQ_WORDS, layout, t);
        const end = writeProbes(probes, n, key >>> low, high, rho);
        // writeProbes gives the high patterns by number of flips: 1, then C(high, 1), ...
        const lowKey = key & ((1 << low) - 1);
        for (let flips = 0, count = 1; flips <= rho && flips <= high; flips++) {
          const tag = k * tags + flips;
          tagMasks[tag] = lowBall(lowKey, low, rho - flips);
          for (const to = n + count; n < to; n++) probes[n] = (probes[n] << TAG_BITS) | tag;
          count = (count * (high - flips)) / (flips + 1);
        }
        n = end;
      }
      const sb = sortBits(n, high);
      const shift = TAG_BITS + high - sb;
      const counts = this.bucketCounts;
      counts.fill(0, 0, (1 << sb) + 1);
      for (let p = 0; p < n; p++) counts[(probes[p] >>> shift) + 1]++;
      for (let i = 1; i <= 1 << sb; i++) counts[i] += counts[i - 1];
      const sorted = this.sortedProbes;
      for (let p = 0; p < n; p++) sorted[counts[probes[p] >>> shift]++] = probes[p];
      const directory = this.directories[t]!;
      const post = this.postings[t]!;
      // First the directory words (read in order): the probes that hit a non-empty value, with
      // where their postings start and end; then those postings, each run of CHECK_AHEAD first
      // touched in a short loop so that their cache misses overlap (as in checkCandidates).
      if (this.hitStarts.length < n) {
        this.hitStarts = new Int32Array(n);
        this.hitEnds = new Int32Array(n);
        this.hitMasks = new Int32Array(n);
        this.hitTags = new Int32Array(n);
      }
      const hitStarts = this.hitStarts;
      const hitEnds = this.hitEnds;
      const hitMasks = this.hitMasks;
      const hitTags = this.hitTags;
      let h = 0;
      let touched = 0;
      // Fewer probes than cache lines of directory: each read is a miss, so they are touched
      // ahead too (with denser probes that only adds work).
      const sparse = n * 16 < directory.length;
      for (let p = 0; p < n; p++) {
        if (sparse && p % CHECK_AHEAD === 0) {
          const to = Math.min(n, p + CHECK_AHEAD);
          for (let j = p; j < to; j++) touched ^= directory[(sorted[j] >>> TAG_BITS) << 1];
        }
        const entry = sorted[p];
        const at = (entry >>> TAG_BITS) << 1;
        const occupied = directory[at];
        const tag = entry & TAG_MASK;
        const hits = occupied & tagMasks[tag];
        if (hits === 0) continue;
        // The block's postings are in value order, each value's at least one: those of the
        // lowest value hit start at or after the block's first plus the non-empty values below.
        const first = hits & -hits;
        hitStarts[h] = directory[at + 1] + pc(occupied & (first - 1));
        hitEnds[h] = directory[at + 3];
        hitMasks[h] = hits;
        hitTags[h++] = tag;
      }
      for (let x = 0; x < h; x++) {
        if (x % CHECK_AHEAD === 0) {
          const to = Math.min(h, x + CHECK_AHEAD);
          for (let j = x; j < to; j++) touched ^= post[hitStarts[j]];
        }
        let i = hitStarts[x];
        const end = hitEnds[x];
        const hits = hitMasks[x];
        const last = 31 - Math.clz32(hits);
        this.candidateRoom(c, end - i);
        const cand = this.candidates;
        const candOwners = this.candidateOwners;
        const owner = batched[(hitTags[x] / tags) | 0];
        for (; i < end; i++) {
          const e = post[i];
          const value = e & LOW_MASK;
          if (value > last) break;
          cand[c] = e >>> LOW_BITS;
          candOwners[c] = owner;
          c += (hits >>> value) & 1;
        }
      }
      this.touched ^= touched;
    }
    // Candidates sorted by slot (by its top bits), so the hashes are read in address order.
    const slotBits = 32 - Math.clz32(this.used);
    const sb = sortBits(c, slotBits);
    const slotShift = slotBits - sb;
    const counts = this.bucketCounts;
    counts.fill(0, 0, (1 << sb) + 1);
    const unsorted = this.candidates;
    const unsortedOwners = this.candidateOwners;
    for (let k = 0; k < c; k++) counts[(unsorted[k] >>> slotShift) + 1]++;
    for (let i = 1; i <= 1 << sb; i++) counts[i] += counts[i - 1];
    if (this.sortedCandidates.length < c) {
      this.sortedCandidates = new Int32Array(unsorted.length);
      this.sortedCandidateOwners = new Int32Array(unsorted.length);
    }
    const cand = this.sortedCandidates;
    const candOwners = this.sortedCandidateOwners;
    for (let k = 0; k < c; k++) {
      const to = counts[unsorted[k] >>> slotShift]++;
      cand[to] = unsorted[k];
      candOwners[to] = unsortedOwners[k];
    }
    this.checkCandidates(hashes, radii, cand, candOwners, 0, c);
  }

  /** The found pairs, each once (a hash found through several tables appears once per table), by query. */
  private collectPairs(hashes: Uint32Array): PdqBatchMatches {
    const keys = new Float64Array(this.pairCount);
    // Slots are below 2^27 (see MAX_SLOTS).
    for (let k = 0; k < this.pairCount; k++) keys[k] = this.pairQueries[k] * 2 ** 28 + this.pairSlots[k];
    keys.sort();
    let count = 0;
    for (let k = 0; k < keys.length; k++) if (k === 0 || keys[k] !== keys[k - 1]) keys[count++] = keys[k];
    const out: PdqBatchMatches = {
      count,
      queries: new Int32Array(count),
      ids: new Float64Array(count),
      distances: new Int32Array(count),
    };
    const W = this.words;
    for (let k = 0; k < count; k++) {
      const i = Math.floor(keys[k] / 2 ** 28);
      const slot = keys[k] - i * 2 ** 28;
      let d = 0;
      for (let w = 0; w < PDQ_WORDS; w++) d += pc(W[slot * PDQ_WORDS + w] ^ hashes[i * PDQ_WORDS + w]);
      out.queries[k] = i;
      out.ids[k] = this.ids[slot];
      out.distances[k] = d;
    }
    this.pairCount = 0;
    return out;
  }

  /** Query i's candidates among the adds since the last rebuild (scanned, or through the side index), checked. */
  private searchPending(hashes: Uint32Array, radii: Int32Array, i: number): void {
    const n = this.pendingCount;
    if (n === 0) return;
    const r = radii[i];
    let sideCost = 0;
    for (let t = 0; t < SIDE_TABLES; t++) {
      const rho = tableRadius(t, SIDE_TABLES, r);
      if (rho >= 0) sideCost += ballSize(SIDE_BITS, rho) * (PROBE_COST + n / 2 ** SIDE_BITS);
    }
    if (n <= PENDING_SCAN_MAX || (!this.alwaysUseTables && sideCost > n * SCAN_COST)) {
      this.checkCandidates(hashes, radii, this.pending, null, i, n);
      return;
    }
    this.indexPending();
    this.searches.sideIndex++;
    const heads = this.sideHeads!;
    const next = this.sideNext;
    const at = i * PDQ_WORDS;
    let c = 0;
    for (let t = 0; t < SIDE_TABLES; t++) {
      const rho = tableRadius(t, SIDE_TABLES, r);
      if (rho < 0) continue;
      const key = (hashes[at + (t >>> 1)] >>> ((t & 1) << 4)) & 0xffff;
      const count = this.fillProbes(key, SIDE_BITS, rho);
      const probes = this.probes;
      const base = t << SIDE_BITS;
      for (let p = 0; p < count; p++) {
        for (let e = heads[base + probes[p]]; e !== 0; e = next[(e - 1) * SIDE_TABLES + t]) {
          this.candidateRoom(c, 1);
          this.candidates[c++] = this.pending[e - 1];
        }
      }
    }
    this.checkCandidates(hashes, radii, this.candidates, null, i, c);
  }

  /** Links pending adds not yet in the side index into its 16 tables. */
  private indexPending(): void {
    if (this.sideHeads === null) this.sideHeads = new Int32Array(SIDE_TABLES << SIDE_BITS);
    if (this.sideNext.length < this.pendingCount * SIDE_TABLES) {
      const next = new Int32Array(
        Math.max(this.pendingCount, 2 * (this.sideNext.length / SIDE_TABLES)) * SIDE_TABLES,
      );
      next.set(this.sideNext);
      this.sideNext = next;
    }
    const heads = this.sideHeads;
    const next = this.sideNext;
    const W = this.words;
    for (let e = this.sideIndexed; e < this.pendingCount; e++) {
      const b = this.pending[e] * PDQ_WORDS;
      for (let t = 0; t < SIDE_TABLES; t++) {
        const h = (t << SIDE_BITS) + ((W[b + (t >>> 1)] >>> ((t & 1) << 4)) & 0xffff);
        next[e * SIDE_TABLES + t] = heads[h];
        heads[h] = e + 1;
      }
    }
    this.sideIndexed = this.pendingCount;
  }

  /** The single query's pairs as matches, each once, by distance then id. */
  private collect(): PdqMatch[] {
    const matches: PdqMatch[] = [];
    for (let k = 0; k < this.pairCount; k++) {
      matches.push({ id: this.ids[this.pairSlots[k]], distance: this.pairDistances[k] });
    }
    this.pairCount = 0;
    if (matches.length < 2) return matches;
    matches.sort((a, b) => a.distance - b.distance || a.id - b.id);
    // A hash found through several tables appears once per table: keep the first.
    let k = 1;
    for (let i = 1; i < matches.length; i++)
      if (matches[i].id !== matches[k - 1].id) matches[k++] = matches[i];
    matches.length = k;
    return matches;
  }
}

/** A new, empty PDQ index (multi-index hashing over packed typed arrays). */
export function createPdqIndex(options?: PdqIndexOptions): PdqIndex {
  return new MultiIndexPdqIndex(options);
}
