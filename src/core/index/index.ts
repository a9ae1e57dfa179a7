export type {
  ExactIndex,
  PdqBatchMatches,
  PdqIndex,
  PdqIndexOptions,
  PdqIndexStats,
  PdqMatch,
} from './types.ts';
export { createPdqIndex } from './pdq-index.ts';
export { createExactIndex } from './exact-index.ts';
export { bruteForcePdqQuery } from './brute-force.ts';
export { createVpdqIndex } from './vpdq-index.ts';
export type {
  VpdqIndex,
  VpdqIndexMatch,
  VpdqIndexOptions,
  VpdqQueryStats,
  VpdqQueryTuning,
} from './vpdq-index.ts';
