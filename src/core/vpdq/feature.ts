/** One hashed video frame: what the reference's vpdqFeature holds. */
export interface VpdqFeature {
  /** 0-based index into the decoded frames, in decoder output order (not a PTS). */
  frameNumber: number;
  /** PDQ quality, 0..100. */
  quality: number;
  /** The frame's PDQ hash: 64 lower-case hex digits. */
  pdq: string;
  /** frameNumber / frameRate in float32, as the reference computes it (seconds). */
  timestamp: number;
}

/** A vPDQ hash: the features of the sampled frames, sorted by frame number. */
export type VpdqHash = VpdqFeature[];

/** Frames below this quality take no part in matching (the reference's and pytx's default). */
export const VPDQ_QUALITY_THRESHOLD = 50;
/** Frame hashes at a Hamming distance strictly below this match (the C++ matcher's `< 31`). */
export const VPDQ_DISTANCE_THRESHOLD = 31;
/** python-threatexchange's default decision: at least 80% of the query's frames found. */
export const VPDQ_QUERY_MATCH_THRESHOLD_PERCENT = 80;
/** ... and at least 0% of the banked video's frames. */
export const VPDQ_COMPARED_MATCH_THRESHOLD_PERCENT = 0;
/** One hash per second: the default of the reference library, its Python binding and pytx. */
export const VPDQ_DEFAULT_SECONDS_PER_HASH = 1;
