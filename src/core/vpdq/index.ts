export {
  VPDQ_COMPARED_MATCH_THRESHOLD_PERCENT,
  VPDQ_DEFAULT_SECONDS_PER_HASH,
  VPDQ_DISTANCE_THRESHOLD,
  VPDQ_QUALITY_THRESHOLD,
  VPDQ_QUERY_MATCH_THRESHOLD_PERCENT,
} from './feature.ts';
export type { VpdqFeature, VpdqHash } from './feature.ts';
export { vpdqFrameRate, vpdqFrameStep, vpdqTimestamp } from './sampling.ts';
export { createVpdqHasher, pdqFromVideoFrame } from './frame-hash.ts';
export type { VpdqHasher, VpdqHasherOptions } from './frame-hash.ts';
export { formatVpdq, formatVpdqPytx, formatVpdqTimestamp, parseVpdq, VPDQ_MAX_FEATURES } from './format.ts';
export { isVpdqMatch, matchVpdq, vpdqFrameDistance, vpdqMatchableFrames } from './match.ts';
export type { VpdqDecisionOptions, VpdqMatchOptions, VpdqMatchResult } from './match.ts';
export { formatFixed } from './fixed.ts';
