export { getSignalType, isSignalTypeName, SIGNAL_TYPES } from './signal-types.ts';
export type { ContentType, SignalType, SignalTypeName } from './signal-types.ts';
export { md5Hex, sha256Hex } from './digests.ts';
