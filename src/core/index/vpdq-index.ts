import { BackstopError } from '../errors.ts';
import { PDQ_WORDS as IMPORTED_WORDS, popcount32, writePdqWords } from '../pdq/hash-format.ts';
import { createPdqIndex } from './pdq-index.ts';
import type { PdqIndexStats } from './types.ts';
import { VpdqFrameStore } from './vpdq-frames.ts';
import {
  VPDQ_DISTANCE_THRESHOLD,
  VPDQ_QUALITY_THRESHOLD,
  VPDQ_QUERY_MATCH_THRESHOLD_PERCENT,
  isVpdqMatch,
  type VpdqDecisionOptions,
  type VpdqFeature,
} from '../vpdq/index.ts';

/** A banked video that shares enough frames with the query. */
export interface VpdqIndexMatch {
  id: number;
  /** Percent of the query's frames (quality >= 50) with a close frame in this video. */
  queryMatchPercent: number;
  /** Percent of this video's frames (quality >= 50) with a close frame in the query. */
  comparedMatchPercent: number;
}

/**
 * An index of banked videos answering "which share enough frames with this one". Percentages and
 * decisions are exactly `matchVpdq`'s with the reference rule (quality >= 50, distance < 31,
 * duplicate frames counted) against every banked video that shares at least one frame with the
 * query. See docs/matching-index.md ("Video index") for how a query avoids searching every frame.
 */
export interface VpdqIndex {
  /** Banked videos. */
  readonly size: number;
  /** Re-adding an id replaces it. Videos with no frame of quality >= 50 are kept but never match. */
  add(id: number, features: readonly VpdqFeature[]): void;
  remove(id: number): boolean;
  has(id: number): boolean;
  /** Videos meeting the decision (query >= 80%, compared >= 0% by default), best first. */
  query(
    features: readonly VpdqFeature[],
    decision?: VpdqDecisionOptions,
    tuning?: VpdqQueryTuning,
  ): VpdqIndexMatch[];
  /** The frame-level PDQ index's counters. */
  frameStats(): PdqIndexStats;
  /** What the last query did (for the benchmark and tests). */
  lastQueryStats(): VpdqQueryStats;
  compact(): void;
}

/** Benchmark and test settings for one query: the answer is the same whatever they are. */
export interface VpdqQueryTuning {
  /** Overrides the index's `groupRadius` for this query (0: only identical frames grouped). */
  groupRadius?: number;
  /** false: search every group, as if the decision had no query percentage (default true). */
  bound?: boolean;
  /** false: search the groups one by one instead of in one batch query (default true). */
  batch?: boolean;
  /**
   * false: do not use key frames. By default, when the decision asks compared >=
   * {@link VPDQ_KEY_COMPARED_PERCENT}% or more, candidates come from searching every group in the
   * banked videos' key frames only, and each is then checked exactly.
   */
  keys?: boolean;
}

/** What one query did. */
export interface VpdqQueryStats {
  /** Query frames kept (quality >= 50, duplicates counted), distinct hashes among them, groups of near-identical ones. */
  frames: number;
  distinct: number;
  groups: number;
  /** Groups searched in the frame index (the rest were checked against the candidates only). */
  searched: number;
  /** Banked videos sharing a frame with a searched group, each then checked exactly. */
  candidates: number;
}

export interface VpdqIndexOptions {
  /** Frames below this quality are left out (50). */
  quality?: number;
  /** Frame hashes match at a distance strictly below this (31, the C++ matcher's rule). */
  distance?: number;
  /**
   * Query frames within this many bits of a group's first frame are searched as one (at the radius
   * plus the group's spread) and told apart afterwards. Any value gives the same answers; it only
   * changes the speed. Default {@link VPDQ_GROUP_RADIUS}.
   */
  groupRadius?: number;
  /**
   * Tuning: when the candidates hold more frames than this in all, the groups a decision lets go
   * unsearched are searched after all instead of being compared with every candidate frame (same
   * answer). Default {@link VPDQ_CHECK_LIMIT}.
   */
  checkLimit?: number;
}

// Module-level copies: calls through an imported binding go through a getter under tsx, which
// costs more than the popcount itself in the loops below.
const pc = popcount32;
const PDQ_WORDS = IMPORTED_WORDS;

/** Chosen with bench:video (docs/benchmarks.md): a wider search costs more than it saves beyond this. */
export const VPDQ_GROUP_RADIUS = 2;
/** About what one radius-30 search costs in comparisons of two frames (bench:video, 3,000,000 frames). */
export const VPDQ_CHECK_LIMIT = 20_000;
/** A query frame is compared with the first frames of this many latest groups (consecutive seconds). */
const GROUP_LOOKBACK = 8;

interface BankedVideo {
  /** Distinct kept frames (frame store ids) and how many kept frames of the video have each. */
  frames: Int32Array;
  counts: Int32Array;
  kept: number;
  /** Its key frames (frame store ids): see {@link keyFrames}. */
  keys: Int32Array;
}

/**
 * Compared percentage for which each banked video's key frames are indexed: a video can meet
 * compared >= this (or more) only if the query finds one of its key frames.
 */
export const VPDQ_KEY_COMPARED_PERCENT = 80;

/** Near-identical distinct query frames, searched as one. */
interface Group {
  /** Query-frame indexes; the first is the centre. */
  members: number[];
  /** Largest distance of a member from the centre. */
  spread: number;
  /** Kept query frames (duplicates counted) the members stand for. */
  weight: number;
}

/** Hamming distance between the hashes at a[ai..ai+8) and b[bi..bi+8) when at most `limit`, else more than `limit`. */
function distanceWithin(a: Uint32Array, ai: number, b: Uint32Array, bi: number, limit: number): number {
  const half =
    pc(a[ai] ^ b[bi]) + pc(a[ai + 1] ^ b[bi + 1]) + pc(a[ai + 2] ^ b[bi + 2]) + pc(a[ai + 3] ^ b[bi + 3]);
  if (half > limit) return half;
  return (
    half +
    pc(a[ai + 4] ^ b[bi + 4]) +
    pc(a[ai + 5] ^ b[bi + 5]) +
    pc(a[ai + 6] ^ b[bi + 6]) +
    pc(a[ai + 7] ^ b[bi + 7])
  );
}

const invalidHash = () =>
  new BackstopError('invalid_pdq_hash', 'A PDQ hash must be 64 hexadecimal digits (256 bits).');

/** Distinct kept frames in order of first appearance, packed, with how many kept frames have each. */
function distinctFrames(
  features: readonly VpdqFeature[],
  quality: number,
): { hexes: string[]; words: Uint32Array; counts: number[]; kept: number } {
  const at = new Map<string, number>();
  const hexes: string[] = [];
  const counts: number[] = [];
  let kept = 0;
  for (const f of features) {
    if (!(f.quality >= quality)) continue;
    kept++;
    if (typeof f.pdq !== 'string') throw invalidHash();
    const hex = f.pdq.toLowerCase();
    const i = at.get(hex);
    if (i !== undefined) counts[i]++;
    else {
      at.set(hex, hexes.length);
      hexes.push(hex);
      counts.push(1);
    }
  }
  const words = new Uint32Array(hexes.length * PDQ_WORDS);
  hexes.forEach((hex, i) => {
    if (!writePdqWords(hex, words, i * PDQ_WORDS)) throw invalidHash();
  });
  return { hexes, words, counts, kept };
}

/** Greedy grouping of consecutive near-identical frames (any grouping keeps the answer exact). */
function groupFrames(words: Uint32Array, counts: number[], radius: number): Group[] {
  const groups: Group[] = [];
  for (let i = 0; i < counts.length; i++) {
    let joined = false;
    for (let g = groups.length - 1; g >= 0 && g >= groups.length - GROUP_LOOKBACK; g--) {
      const group = groups[g];
      const d = distanceWithin(words, i * PDQ_WORDS, words, group.members[0] * PDQ_WORDS, radius);
      if (d <= radius) {
        group.members.push(i);
        group.spread = Math.max(group.spread, d);
        group.weight += counts[i];
        joined = true;
        break;
      }
    }
    if (!joined) groups.push({ members: [i], spread: 0, weight: counts[i] });
  }
  return groups;
}

/** Least number of found query frames that meets `percent` (as `isVpdqMatch` computes it), or -1. */
function framesNeeded(kept: number, percent: number): number {
  for (let k = 0; k <= kept; k++) if ((k * 100) / kept >= percent) return k;
  return -1;
}

/**
 * The heaviest distinct frames (most duplicates first) whose kept frames outnumber the
 * `kept - needed` a video may miss and still meet `percent` compared: a video none of whose key
 * frames is found has at most `kept - needed` found and cannot match. Indexes into `counts`.
 */
function keyFrames(counts: ArrayLike<number>, kept: number, percent: number): number[] {
  const needed = framesNeeded(kept, percent);
  if (kept === 0 || needed <= 0) return [];
  const order = Array.from(counts, (_, i) => i).sort((a, b) => counts[b] - counts[a] || a - b);
  const keys: number[] = [];
  let weight = 0;
  for (const i of order) {
    if (weight > kept - needed) break;
    keys.push(i);
    weight += counts[i];
  }
  return keys;
}

export function createVpdqIndex(options: VpdqIndexOptions = {}): VpdqIndex {
  const quality = options.quality ?? VPDQ_QUALITY_THRESHOLD;
  const maxDistance = (options.distance ?? VPDQ_DISTANCE_THRESHOLD) - 1;
  const groupRadius = options.groupRadius ?? VPDQ_GROUP_RADIUS;
  const checkLimit = options.checkLimit ?? VPDQ_CHECK_LIMIT;
  const index = createPdqIndex();
  /** The frames that are key frames of some video, and of how many (by frame id). */
  const keyIndex = createPdqIndex();
  let keyHolders = new Int32Array(1024);
  const store = new VpdqFrameStore();
  const videos = new Map<number, BankedVideo>();
  let stats: VpdqQueryStats = { frames: 0, distinct: 0, groups: 0, searched: 0, candidates: 0 };
  /** Query scratch: a candidate's frames, side by side. */
  let frameWords = new Uint32Array(64 * PDQ_WORDS);

  function remove(id: number): boolean {
    const video = videos.get(id);
    if (!video) return false;
    for (const frame of video.keys) if (--keyHolders[frame] === 0) keyIndex.remove(frame);
    for (const frame of video.frames) if (store.dropHolder(frame, id)) index.remove(frame);
    videos.delete(id);
    return true;
  }

  return {
    get size() {
      return videos.size;
    },
    add(id, features) {
      const { hexes, words, counts, kept } = distinctFrames(features, quality);
      remove(id);
      const frames = new Int32Array(hexes.length);
      hexes.forEach((hex, i) => {
        let frame = store.find(words, i * PDQ_WORDS);
        if (frame >= 0) store.addHolder(frame, id);
        else {
          frame = store.insert(words, i * PDQ_WORDS, id);
          index.add(frame, hex);
        }
        frames[i] = frame;
      });
      const keyAt = keyFrames(counts, kept, VPDQ_KEY_COMPARED_PERCENT);
      for (const i of keyAt) {
        const frame = frames[i];
        if (frame >= keyHolders.length) {
          const grown = new Int32Array(Math.max(frame + 1, 2 * keyHolders.length));
          grown.set(keyHolders);
          keyHolders = grown;
        }
        if (keyHolders[frame]++ === 0) keyIndex.add(frame, hexes[i]);
      }
      const keys = Int32Array.from(keyAt, (i) => frames[i]);
      videos.set(id, { frames, counts: Int32Array.from(counts), kept, keys });
    },
    remove,
    has: (id) => videos.has(id),
    query(features, decision = {}, tuning = {}) {
      const q = distinctFrames(features, quality);
      const groups = groupFrames(q.words, q.counts, tuning.groupRadius ?? groupRadius);
      stats = {
        frames: q.kept,
        distinct: q.counts.length,
        groups: groups.length,
        searched: 0,
        candidates: 0,
      };
      if (q.kept === 0) return [];
      const needed = framesNeeded(q.kept, decision.queryPercent ?? VPDQ_QUERY_MATCH_THRESHOLD_PERCENT);
      if (needed < 0) return [];
      // A video missing every frame of groups weighing more than kept - needed finds too few query
      // frames to match, so candidates need only come from the heaviest such groups. With no
      // query-side threshold every group is searched.
      const order = groups.map((_, g) => g);
      let searched = groups.length;
      if (needed > 0 && tuning.bound !== false) {
        order.sort((a, b) => groups[b].weight - groups[a].weight || groups[a].spread - groups[b].spread);
        let weight = 0;
        for (searched = 0; weight <= q.kept - needed; searched++) weight += groups[order[searched]].weight;
      }
      // Per candidate video: query frames found in it and its frames found in the query.
      const found = new Map<number, { query: Set<number>; own: Set<number> }>();
      const sw = store.words;
      const radius = (group: Group) => Math.min(256, maxDistance + group.spread);
      // Key frames: only videos with a found key frame can meet the compared percentage; they are
      // collected here and every group is then compared with their frames below.
      const useKeys = tuning.keys !== false && (decision.comparedPercent ?? 0) >= VPDQ_KEY_COMPARED_PERCENT;
      if (useKeys) searched = 0;
      const hit = (group: Group, frame: number, distance: number) => {
        for (const member of group.members) {
          if (
            member === group.members[0]
              ? distance > maxDistance
              : distanceWithin(q.words, member * PDQ_WORDS, sw, frame * PDQ_WORDS, maxDistance) > maxDistance
          )
            continue;
          store.forEachHolder(frame, (video) => {
            let f = found.get(video);
            if (!f) found.set(video, (f = { query: new Set(), own: new Set() }));
            if (useKeys) return;
            f.query.add(member);
            f.own.add(frame);
          });
          if (useKeys) return;
        }
      };
      /** Searches the groups order[from..to) in the frame index. */
      const search = (from: number, to: number, frames = index) => {
        if (tuning.batch === false) {
          for (let s = from; s < to; s++) {
            const group = groups[order[s]];
            for (const h of frames.query(q.hexes[group.members[0]], radius(group)))
              hit(group, h.id, h.distance);
          }
          return;
        }
        const centres = new Uint32Array((to - from) * PDQ_WORDS);
        const radii = new Int32Array(to - from);
        for (let s = from; s < to; s++) {
          const group = groups[order[s]];
          const at = group.members[0] * PDQ_WORDS;
          centres.set(q.words.subarray(at, at + PDQ_WORDS), (s - from) * PDQ_WORDS);
          radii[s - from] = radius(group);
        }
        const hits = frames.queryBatch(centres, radii);
        for (let k = 0; k < hits.count; k++)
          hit(groups[order[from + hits.queries[k]]], hits.ids[k], hits.distances[k]);
      };
      if (useKeys) search(0, groups.length, keyIndex);
      else search(0, searched);
      // Many candidate frames (many banked videos sharing a frame with the query): searching the
      // other groups costs less than comparing each with every candidate frame.
      if (!useKeys && searched < groups.length) {
        let candidateFrames = 0;
        for (const id of found.keys()) candidateFrames += videos.get(id)!.frames.length;
        if (candidateFrames > checkLimit) {
          search(searched, groups.length);
          searched = groups.length;
        }
      }
      stats.searched = useKeys ? groups.length : searched;
      stats.candidates = found.size;
      const matches: VpdqIndexMatch[] = [];
      // Kept query frames a video may still gain from the groups not searched, and per candidate
      // which distinct query frames and which of its own frames (by position) are found.
      let unsearchedWeight = 0;
      for (let s = searched; s < order.length; s++) unsearchedWeight += groups[order[s]].weight;
      const queryMark = new Uint8Array(q.counts.length);
      for (const [id, f] of found) {
        const video = videos.get(id)!;
        const own = video.frames;
        const nf = own.length;
        let queryFound = 0;
        queryMark.fill(0);
        for (const member of f.query) {
          queryMark[member] = 1;
          queryFound += q.counts[member];
        }
        const ownMark = new Uint8Array(nf);
        if (searched < order.length) {
          // Groups not searched: compared with this video's frames, copied side by side first.
          if (frameWords.length < nf * PDQ_WORDS) frameWords = new Uint32Array(2 * nf * PDQ_WORDS);
          const fw = frameWords;
          for (let i = 0; i < nf; i++) {
            const at = own[i] * PDQ_WORDS;
            for (let w = 0; w < PDQ_WORDS; w++) fw[i * PDQ_WORDS + w] = sw[at + w];
          }
          const qw = q.words;
          let remaining = unsearchedWeight;
          for (let s = searched; s < order.length; s++) {
            const group = groups[order[s]];
            const members = group.members;
            const c = members[0] * PDQ_WORDS;
            const limit = maxDistance + group.spread;
            const c0 = qw[c],
              c1 = qw[c + 1],
              c2 = qw[c + 2],
              c3 = qw[c + 3],
              c4 = qw[c + 4],
              c5 = qw[c + 5],
              c6 = qw[c + 6],
              c7 = qw[c + 7];
            for (let i = 0, at = 0; i < nf; i++, at += PDQ_WORDS) {
              let d = pc(fw[at] ^ c0) + pc(fw[at + 1] ^ c1);
              if (d > limit) continue;
              d += pc(fw[at + 2] ^ c2) + pc(fw[at + 3] ^ c3);
              if (d > limit) continue;
              d += pc(fw[at + 4] ^ c4) + pc(fw[at + 5] ^ c5) + pc(fw[at + 6] ^ c6) + pc(fw[at + 7] ^ c7);
              if (d > limit) continue;
              for (const member of members) {
                if (
                  member === members[0]
                    ? d > maxDistance
                    : distanceWithin(qw, member * PDQ_WORDS, fw, at, maxDistance) > maxDistance
                )
                  continue;
                ownMark[i] = 1;
                if (queryMark[member] === 0) {
                  queryMark[member] = 1;
                  queryFound += q.counts[member];
                }
              }
            }
            // Too few query frames found even if every remaining one were: cannot match.
            remaining -= group.weight;
            if (queryFound + remaining < needed) break;
          }
          if (queryFound < needed) continue;
        }
        let comparedFound = 0;
        for (let i = 0; i < nf; i++)
          if (ownMark[i] === 1 || f.own.has(own[i])) comparedFound += video.counts[i];
        const match = {
          id,
          queryMatchPercent: (queryFound * 100) / q.kept,
          comparedMatchPercent: (comparedFound * 100) / video.kept,
        };
        if (isVpdqMatch(match, decision)) matches.push(match);
      }
      return matches.sort(
        (a, b) =>
          b.queryMatchPercent - a.queryMatchPercent ||
          b.comparedMatchPercent - a.comparedMatchPercent ||
          a.id - b.id,
      );
    },
    frameStats: () => index.stats(),
    lastQueryStats: () => ({ ...stats }),
    compact: () => {
      index.compact();
      keyIndex.compact();
    },
  };
}
