import { hammingDistance, pdqHexToBytes, popcount32 } from '../pdq/hash-format.ts';
import {
  VPDQ_COMPARED_MATCH_THRESHOLD_PERCENT,
  VPDQ_DISTANCE_THRESHOLD,
  VPDQ_QUALITY_THRESHOLD,
  VPDQ_QUERY_MATCH_THRESHOLD_PERCENT,
  type VpdqFeature,
} from './feature.ts';

export interface VpdqMatchOptions {
  /**
   * `reference` (default): the C++ matcher (matchTwoHashBrute): duplicates kept, frames match at
   * distance < `distance`. `pytx`: python-threatexchange: exact-duplicate hashes dropped, distance
   * <= `distance`.
   */
  rule?: 'reference' | 'pytx';
  /** 31 unless given. */
  distance?: number;
  /** Frames below this quality are left out: 50 unless given. */
  quality?: number;
}

export interface VpdqMatchResult {
  /** Percent of the query's kept frames with a close frame in the compared video. */
  queryMatchPercent: number;
  /** Percent of the compared video's kept frames with a close frame in the query. */
  comparedMatchPercent: number;
}

/** The frames matching uses: quality >= threshold, then (pytx) the first of each exact hash. */
export function vpdqMatchableFrames(
  features: readonly VpdqFeature[],
  quality = VPDQ_QUALITY_THRESHOLD,
  dedupe = false,
): VpdqFeature[] {
  const kept = features.filter((f) => f.quality >= quality);
  if (!dedupe) return kept;
  const seen = new Set<string>();
  return kept.filter((f) => (seen.has(f.pdq) ? false : (seen.add(f.pdq), true)));
}

function packed(features: readonly VpdqFeature[]): Uint32Array {
  const words = new Uint32Array(features.length * 8);
  features.forEach((f, i) => {
    const bytes = pdqHexToBytes(f.pdq);
    for (let w = 0; w < 8; w++) {
      words[i * 8 + w] =
        ((bytes[w * 4] << 24) | (bytes[w * 4 + 1] << 16) | (bytes[w * 4 + 2] << 8) | bytes[w * 4 + 3]) >>> 0;
    }
  });
  return words;
}

/** How many of `a`'s frames have at least one frame of `b` within `maxDistance` (inclusive). */
function countFound(a: Uint32Array, b: Uint32Array, maxDistance: number): number {
  let found = 0;
  for (let i = 0; i < a.length; i += 8) {
    for (let j = 0; j < b.length; j += 8) {
      let d = 0;
      for (let w = 0; w < 8 && d <= maxDistance; w++) d += popcount32(a[i + w] ^ b[j + w]);
      if (d <= maxDistance) {
        found++;
        break;
      }
    }
  }
  return found;
}

/**
 * Compares two vPDQ hashes as bags of frames, the brute-force way (every frame against every frame).
 * Both percentages are 0 when either side has no frame left after the quality filter.
 */
export function matchVpdq(
  query: readonly VpdqFeature[],
  compared: readonly VpdqFeature[],
  options: VpdqMatchOptions = {},
): VpdqMatchResult {
  const pytx = options.rule === 'pytx';
  const distance = options.distance ?? VPDQ_DISTANCE_THRESHOLD;
  const maxDistance = pytx ? distance : distance - 1;
  const q = vpdqMatchableFrames(query, options.quality ?? VPDQ_QUALITY_THRESHOLD, pytx);
  const c = vpdqMatchableFrames(compared, options.quality ?? VPDQ_QUALITY_THRESHOLD, pytx);
  if (q.length === 0 || c.length === 0) return { queryMatchPercent: 0, comparedMatchPercent: 0 };
  const qw = packed(q);
  const cw = packed(c);
  return {
    queryMatchPercent: (countFound(qw, cw, maxDistance) * 100) / q.length,
    comparedMatchPercent: (countFound(cw, qw, maxDistance) * 100) / c.length,
  };
}

export interface VpdqDecisionOptions {
  /** 80 unless given (python-threatexchange's default). */
  queryPercent?: number;
  /** 0 unless given. */
  comparedPercent?: number;
}

/** The yes/no decision on a match result: query >= 80% and compared >= 0% by default. */
export function isVpdqMatch(result: VpdqMatchResult, options: VpdqDecisionOptions = {}): boolean {
  return (
    result.queryMatchPercent >= (options.queryPercent ?? VPDQ_QUERY_MATCH_THRESHOLD_PERCENT) &&
    result.comparedMatchPercent >= (options.comparedPercent ?? VPDQ_COMPARED_MATCH_THRESHOLD_PERCENT)
  );
}

/** Distance between two frame hashes (re-exported for callers that hold only this module). */
export const vpdqFrameDistance = hammingDistance;
