export { getSignalType, isSignalTypeName, SIGNAL_TYPES } from './signal-types.ts';
export type { ContentType, SignalType, SignalTypeName } from './signal-types.ts';
export { md5Hex, sha256Hex } from './digests.ts';
export { getContentType, HASHABLE_CONTENT_TYPES, isHashableContentType } from './content-types.ts';
export type { ContentTypeInfo, HashableContentType } from './content-types.ts';
