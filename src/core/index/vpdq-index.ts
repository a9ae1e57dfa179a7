import { createPdqIndex } from './pdq-index.ts';
import type { PdqIndexStats } from './types.ts';
import {
  VPDQ_DISTANCE_THRESHOLD,
  VPDQ_QUALITY_THRESHOLD,
  isVpdqMatch,
  vpdqMatchableFrames,
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
 * An index of banked videos answering "which share enough frames with this one". Frame hashes go
 * into one PDQ index (each distinct hash once, with how many times each video holds it), so a query
 * costs one radius search per distinct query frame. Percentages are the reference matcher's
 * (quality >= 50, distance < 31, duplicate frames counted), exactly as `matchVpdq` gives them.
 */
export interface VpdqIndex {
  /** Banked videos. */
  readonly size: number;
  /** Re-adding an id replaces it. Videos with no frame of quality >= 50 are kept but never match. */
  add(id: number, features: readonly VpdqFeature[]): void;
  remove(id: number): boolean;
  has(id: number): boolean;
  /** Videos meeting the decision (query >= 80%, compared >= 0% by default), best first. */
  query(features: readonly VpdqFeature[], decision?: VpdqDecisionOptions): VpdqIndexMatch[];
  /** The frame-level PDQ index's counters. */
  frameStats(): PdqIndexStats;
  compact(): void;
}

export interface VpdqIndexOptions {
  /** Frames below this quality are left out (50). */
  quality?: number;
  /** Frame hashes match at a distance strictly below this (31, the C++ matcher's rule). */
  distance?: number;
}

export function createVpdqIndex(options: VpdqIndexOptions = {}): VpdqIndex {
  const quality = options.quality ?? VPDQ_QUALITY_THRESHOLD;
  const maxDistance = (options.distance ?? VPDQ_DISTANCE_THRESHOLD) - 1;
  const frames = createPdqIndex();
  // Distinct frame hash → frame id; frame id → (video id → how many of its kept frames have it).
  const frameIds = new Map<string, number>();
  const frameHashes = new Map<number, string>();
  const holders = new Map<number, Map<number, number>>();
  // Video id → its distinct frame ids and the count of kept frames.
  const videos = new Map<number, { frames: number[]; kept: number }>();
  let nextFrameId = 1;

  function remove(id: number): boolean {
    const video = videos.get(id);
    if (!video) return false;
    for (const frameId of video.frames) {
      const owners = holders.get(frameId)!;
      owners.delete(id);
      if (owners.size === 0) {
        holders.delete(frameId);
        frameIds.delete(frameHashes.get(frameId)!);
        frameHashes.delete(frameId);
        frames.remove(frameId);
      }
    }
    videos.delete(id);
    return true;
  }

  function multiplicities(features: readonly VpdqFeature[]): Map<string, number> {
    const counts = new Map<string, number>();
    for (const f of vpdqMatchableFrames(features, quality)) counts.set(f.pdq, (counts.get(f.pdq) ?? 0) + 1);
    return counts;
  }

  return {
    get size() {
      return videos.size;
    },
    add(id, features) {
      remove(id);
      const counts = multiplicities(features);
      const ids: number[] = [];
      let kept = 0;
      for (const [hash, count] of counts) {
        let frameId = frameIds.get(hash);
        if (frameId === undefined) {
          frameId = nextFrameId++;
          frameIds.set(hash, frameId);
          frameHashes.set(frameId, hash);
          holders.set(frameId, new Map());
          frames.add(frameId, hash);
        }
        holders.get(frameId)!.set(id, count);
        ids.push(frameId);
        kept += count;
      }
      videos.set(id, { frames: ids, kept });
    },
    remove,
    has: (id) => videos.has(id),
    query(features, decision = {}) {
      const counts = multiplicities(features);
      let queryKept = 0;
      for (const count of counts.values()) queryKept += count;
      if (queryKept === 0) return [];
      // Per video: query frames found in it, and which of its distinct frames were found.
      const queryFound = new Map<number, number>();
      const videoFound = new Map<number, Set<number>>();
      for (const [hash, count] of counts) {
        const seenVideos = new Set<number>();
        for (const hit of frames.query(hash, maxDistance)) {
          for (const videoId of holders.get(hit.id)!.keys()) {
            if (!seenVideos.has(videoId)) {
              seenVideos.add(videoId);
              queryFound.set(videoId, (queryFound.get(videoId) ?? 0) + count);
            }
            let found = videoFound.get(videoId);
            if (!found) videoFound.set(videoId, (found = new Set()));
            found.add(hit.id);
          }
        }
      }
      const matches: VpdqIndexMatch[] = [];
      for (const [videoId, found] of queryFound) {
        const video = videos.get(videoId)!;
        let comparedFound = 0;
        for (const frameId of videoFound.get(videoId)!) comparedFound += holders.get(frameId)!.get(videoId)!;
        const match = {
          id: videoId,
          queryMatchPercent: (found * 100) / queryKept,
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
    frameStats: () => frames.stats(),
    compact: () => frames.compact(),
  };
}
