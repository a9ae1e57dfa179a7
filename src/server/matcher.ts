import {
  indexedSignalsOf,
  indexedSignalsPage,
  latestChangeSeq,
  listBanks,
  pruneChanges,
  readChanges,
  type IndexedSignal,
  type SignalTypeName,
  type Store,
} from '../store/index.ts';
import { parseVpdq } from '../core/vpdq/index.ts';
import {
  createExactIndex,
  createPdqIndex,
  createVpdqIndex,
  type VpdqIndex,
  type ExactIndex,
  type PdqIndex,
  type PdqIndexStats,
} from '../core/index/index.ts';
import { byteColumn, intColumn } from './id-columns.ts';

const TYPE_CODES: Record<SignalTypeName, number> = { pdq: 1, md5: 2, sha256: 3, vpdq: 4 };
const TYPE_NAMES: SignalTypeName[] = ['pdq', 'pdq', 'md5', 'sha256', 'vpdq'];

export interface Match {
  contentId: number;
  bank: string;
  signalType: SignalTypeName;
  /** Hamming distance for pdq, 0 for exact types and vpdq. */
  distance: number;
  /** vpdq: percent of the query's frames found in the banked video. */
  queryMatchPercent?: number;
  /** vpdq: percent of the banked video's frames found in the query. */
  comparedMatchPercent?: number;
}

export interface LookupOptions {
  /** PDQ only: largest Hamming distance that counts as a match. */
  maxDistance: number;
  /** Only these banks (names); all enabled banks when absent. */
  banks?: readonly string[];
  /** HMA's coin flip: only banks whose matching ratio is at least this (0 when absent). */
  minRatio?: number;
  /** HMA's raw_lookup: disabled content and disabled banks match too. */
  includeDisabled?: boolean;
  /** vpdq only: least percent of the query's frames found in a banked video (80). */
  vpdqQueryPercent?: number;
  /** vpdq only: least percent of a banked video's frames found in the query (0). */
  vpdqComparedPercent?: number;
}

export interface IndexStatus {
  ready: boolean;
  /** Signals in memory, per type. */
  size: Record<SignalTypeName, number>;
  /** Last change-log sequence applied. */
  builtTo: number;
  /** When the index last caught up with the change log (ms since epoch). */
  syncedAt: number;
}

const BUILD_PAGE = 20_000;
const CHANGE_PAGE = 10_000;
/** A sequence number missing this long belonged to a rolled-back transaction. */
const GAP_TIMEOUT_MS = 10_000;
const PRUNE_EVERY_MS = 3_600_000;
/**
 * Compact the PDQ index when the change log goes quiet with this many pending adds and removals
 * (and at least a sixteenth of the index). Past 1,024 the index searches pending adds through a
 * side index (bench:match: 16-30% fewer queries/s with 100,000 pending at 1M and 10M hashes) until
 * it rebuilds by itself at an eighth; so a burst such as a bank import is folded in when it ends.
 */
const COMPACT_MIN_PENDING = 1024;

/**
 * The in-memory index of every bank's signals, built from the store at start and kept in sync by
 * polling the change log (so several processes on one PostgreSQL agree within a poll interval).
 */
export class Matcher {
  private pdq: PdqIndex = createPdqIndex();
  private exact: Record<'md5' | 'sha256', ExactIndex> = {
    md5: createExactIndex(),
    sha256: createExactIndex(),
  };
  private vpdq: VpdqIndex = createVpdqIndex();
  // Per signal id: its content, the next signal of the same content, its type (1 pdq, 2 md5, 3 sha256).
  private signalContent = intColumn();
  private signalNext = intColumn();
  private signalType = byteColumn();
  // Per content id: its bank (0 = not loaded), its first signal, enabled (1) or not.
  private contentBank = intColumn();
  private contentFirst = intColumn();
  private contentEnabled = byteColumn();
  // Disabled content that counts as enabled again from a time (ms since epoch): HMA's disable_until_ts.
  private enabledFrom = new Map<number, number>();
  private banks = new Map<number, { name: string; enabled: boolean; ratio: number }>();
  private floor = 0;
  private seenAboveFloor = new Set<number>();
  private gapSince = 0;
  private timer: NodeJS.Timeout | undefined;
  private prunedAt = Date.now();
  private syncing: Promise<void> = Promise.resolve();
  /** A sync that has not started yet, which new callers can share. */
  private queued: Promise<void> | undefined;
  private counts: Record<SignalTypeName, number> = { pdq: 0, md5: 0, sha256: 0, vpdq: 0 };
  ready = false;
  syncedAt = 0;
  lastError: unknown;

  private readonly now: () => number;

  constructor(
    private readonly store: Store,
    private readonly options: { syncIntervalMs: number; now?: () => number },
  ) {
    this.now = options.now ?? Date.now;
  }

  /** Loads everything, then polls for changes every `syncIntervalMs`. */
  async start(): Promise<void> {
    this.floor = await latestChangeSeq(this.store);
    await this.reloadBanks();
    let after = 0;
    for (;;) {
      const page = await indexedSignalsPage(this.store, after, BUILD_PAGE);
      for (const row of page) this.addSignal(row);
      if (page.length < BUILD_PAGE) break;
      after = page[page.length - 1].signalId;
      // Let waiting requests (health checks, case creation) run between pages.
      await new Promise((resolve) => setImmediate(resolve));
    }
    // Build the tables now rather than in the first lookup.
    this.pdq.compact();
    this.vpdq.compact();
    this.ready = true;
    this.syncedAt = Date.now();
    // Changes made while we were loading are applied again by the first sync (idempotent).
    await this.syncNow();
    if (this.options.syncIntervalMs > 0) this.schedule();
  }

  stop(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
  }

  private schedule(): void {
    this.timer = setTimeout(async () => {
      await this.syncNow().catch(() => undefined);
      if (Date.now() - this.prunedAt > PRUNE_EVERY_MS) {
        this.prunedAt = Date.now();
        // Every process applied day-old changes long ago (a new process starts from a full load).
        await pruneChanges(this.store).catch(() => undefined);
      }
      if (this.timer) this.schedule();
    }, this.options.syncIntervalMs);
    this.timer.unref();
  }

  /**
   * Applies every change committed before the call; serialised, so safe to call any time. Calls
   * made while a sync waits to start share it (it starts after them): 200 case creations at once
   * need a few syncs, not 200 in a row.
   */
  syncNow(): Promise<void> {
    if (this.queued) return this.queued;
    const run = () => {
      this.queued = undefined;
      return this.applyChanges();
    };
    const next = this.syncing.then(run, run);
    this.queued = next;
    this.syncing = next;
    return next;
  }

  private async applyChanges(): Promise<void> {
    try {
      let applied = 0;
      for (;;) {
        const changes = await readChanges(this.store, this.floor, CHANGE_PAGE);
        const fresh = changes.filter((c) => !this.seenAboveFloor.has(c.seq));
        applied += fresh.length;
        if (fresh.some((c) => c.kind === 'bank')) await this.reloadBanks();
        const contentIds = [...new Set(fresh.filter((c) => c.kind === 'content').map((c) => c.contentId!))];
        for (let i = 0; i < contentIds.length; i += 5_000) {
          await this.refreshContents(contentIds.slice(i, i + 5_000));
        }
        for (const c of fresh) this.seenAboveFloor.add(c.seq);
        this.advanceFloor();
        if (changes.length < CHANGE_PAGE || !fresh.length) break;
      }
      if (!applied) this.compactIfWorthIt();
      this.syncedAt = Date.now();
      this.lastError = undefined;
    } catch (error) {
      this.lastError = error;
      throw error;
    }
  }

  private advanceFloor(): void {
    while (this.seenAboveFloor.has(this.floor + 1)) {
      this.seenAboveFloor.delete(this.floor + 1);
      this.floor++;
    }
    if (!this.seenAboveFloor.size) {
      this.gapSince = 0;
      return;
    }
    const now = Date.now();
    if (!this.gapSince) this.gapSince = now;
    if (now - this.gapSince > GAP_TIMEOUT_MS) {
      this.floor = Math.min(...this.seenAboveFloor) - 1;
      this.gapSince = 0;
      this.advanceFloor();
    }
  }

  private compactIfWorthIt(): void {
    const video = this.vpdq.frameStats();
    if (video.pending + video.removedPending >= Math.max(COMPACT_MIN_PENDING, video.size >> 4))
      this.vpdq.compact();
    const { size, pending, removedPending } = this.pdq.stats();
    if (pending + removedPending >= Math.max(COMPACT_MIN_PENDING, size >> 4)) this.pdq.compact();
  }

  private async reloadBanks(): Promise<void> {
    const banks = await listBanks(this.store);
    this.banks = new Map(
      banks.map((b) => [b.id, { name: b.name, enabled: b.enabled, ratio: b.matchingRatio }]),
    );
    for (let contentId = 1; contentId < this.contentBank.length; contentId++) {
      const bankId = this.contentBank.get(contentId);
      if (bankId && !this.banks.has(bankId)) this.removeContent(contentId);
    }
  }

  private async refreshContents(contentIds: number[]): Promise<void> {
    const rows = await indexedSignalsOf(this.store, contentIds);
    for (const id of contentIds) this.removeContent(id);
    for (const row of rows) this.addSignal(row);
  }

  private addSignal(row: IndexedSignal): void {
    if (!this.contentBank.get(row.contentId)) {
      this.contentBank.set(row.contentId, row.bankId);
      this.contentEnabled.set(row.contentId, row.enabled ? 1 : 0);
      this.contentFirst.set(row.contentId, 0);
      if (!row.enabled && row.enabledFrom) this.enabledFrom.set(row.contentId, row.enabledFrom);
    }
    if (this.signalContent.get(row.signalId)) return;
    this.signalContent.set(row.signalId, row.contentId);
    this.signalType.set(row.signalId, TYPE_CODES[row.type]);
    this.signalNext.set(row.signalId, this.contentFirst.get(row.contentId));
    this.contentFirst.set(row.contentId, row.signalId);
    this.counts[row.type]++;
    if (row.type === 'pdq') this.pdq.add(row.signalId, row.value);
    else if (row.type === 'vpdq') this.vpdq.add(row.signalId, parseVpdq(row.value));
    else this.exact[row.type].add(row.signalId, row.value);
  }

  private removeContent(contentId: number): void {
    if (!this.contentBank.get(contentId)) return;
    for (let id = this.contentFirst.get(contentId); id;) {
      const type = TYPE_NAMES[this.signalType.get(id)];
      if (type === 'pdq') this.pdq.remove(id);
      else if (type === 'vpdq') this.vpdq.remove(id);
      else this.exact[type].remove(id);
      this.counts[type]--;
      const next = this.signalNext.get(id);
      this.signalContent.set(id, 0);
      this.signalNext.set(id, 0);
      this.signalType.set(id, 0);
      id = next;
    }
    this.contentBank.set(contentId, 0);
    this.contentFirst.set(contentId, 0);
    this.contentEnabled.set(contentId, 0);
    this.enabledFrom.delete(contentId);
  }

  /** Enabled, or disabled until a time that has now passed. */
  private isEnabled(contentId: number): boolean {
    if (this.contentEnabled.get(contentId)) return true;
    const from = this.enabledFrom.get(contentId);
    if (from === undefined || from > this.now()) return false;
    this.contentEnabled.set(contentId, 1);
    this.enabledFrom.delete(contentId);
    return true;
  }

  /**
   * Matches in enabled content of enabled banks (all content with `includeDisabled`), closest
   * first. `value` must be normalised.
   */
  lookup(type: SignalTypeName, value: string, options: LookupOptions): Match[] {
    if (type === 'vpdq') return this.lookupVideo(value, options);
    const hits: { id: number; distance: number }[] =
      type === 'pdq'
        ? this.pdq.query(value, options.maxDistance)
        : this.exact[type].query(value).map((id) => ({ id, distance: 0 }));
    const only = options.banks ? new Set(options.banks) : undefined;
    const best = new Map<number, Match>();
    for (const hit of hits) {
      const contentId = this.signalContent.get(hit.id);
      if (!contentId || (!options.includeDisabled && !this.isEnabled(contentId))) continue;
      const bank = this.banks.get(this.contentBank.get(contentId));
      if (!bank || (only && !only.has(bank.name))) continue;
      if (!options.includeDisabled && (!bank.enabled || bank.ratio < (options.minRatio ?? 0))) continue;
      const previous = best.get(contentId);
      if (!previous || previous.distance > hit.distance) {
        best.set(contentId, { contentId, bank: bank.name, signalType: type, distance: hit.distance });
      }
    }
    return [...best.values()].sort((a, b) => a.distance - b.distance || a.contentId - b.contentId);
  }

  /** Banked videos sharing enough frames with the query (the reference matcher's percentages), best first. */
  private lookupVideo(value: string, options: LookupOptions): Match[] {
    const hits = this.vpdq.query(parseVpdq(value), {
      queryPercent: options.vpdqQueryPercent,
      comparedPercent: options.vpdqComparedPercent,
    });
    const only = options.banks ? new Set(options.banks) : undefined;
    const best = new Map<number, Match>();
    for (const hit of hits) {
      const contentId = this.signalContent.get(hit.id);
      if (!contentId || !this.isEnabled(contentId) || best.has(contentId)) continue;
      const bank = this.banks.get(this.contentBank.get(contentId));
      if (!bank?.enabled || (only && !only.has(bank.name))) continue;
      best.set(contentId, {
        contentId,
        bank: bank.name,
        signalType: 'vpdq',
        distance: 0,
        queryMatchPercent: hit.queryMatchPercent,
        comparedMatchPercent: hit.comparedMatchPercent,
      });
    }
    return [...best.values()];
  }

  /** Names of the banks the index knows (all banks, enabled or not). */
  bankNames(): Set<string> {
    return new Set([...this.banks.values()].map((b) => b.name));
  }

  /** The PDQ index's internal counters. */
  pdqStats(): PdqIndexStats {
    return this.pdq.stats();
  }

  status(): IndexStatus {
    return { ready: this.ready, size: { ...this.counts }, builtTo: this.floor, syncedAt: this.syncedAt };
  }
}
