import { BackstopError } from '../errors.ts';
import type { ContentType, SignalTypeName } from './signal-types.ts';

/** What a content type fingerprints with: its signal types, and those a hash request returns by default. */
export interface ContentTypeInfo {
  name: ContentType;
  signalTypes: readonly SignalTypeName[];
  defaultSignalTypes: readonly SignalTypeName[];
}

/**
 * The content types Backstop can hash (python-threatexchange's photo and video). Adding one is an
 * entry here and its hasher in `src/node/content/` (Node) — routes read both.
 */
export const HASHABLE_CONTENT_TYPES: Readonly<Record<'photo' | 'video', ContentTypeInfo>> = Object.freeze({
  photo: { name: 'photo', signalTypes: ['pdq', 'md5', 'sha256'], defaultSignalTypes: ['pdq'] },
  video: { name: 'video', signalTypes: ['vpdq', 'md5', 'sha256'], defaultSignalTypes: ['vpdq', 'md5'] },
});

export type HashableContentType = keyof typeof HASHABLE_CONTENT_TYPES;

export function isHashableContentType(name: string): name is HashableContentType {
  return Object.prototype.hasOwnProperty.call(HASHABLE_CONTENT_TYPES, name);
}

/** The content type called `name`; BackstopError('unknown_content_type') otherwise. */
export function getContentType(name: string): ContentTypeInfo {
  if (typeof name === 'string' && isHashableContentType(name)) return HASHABLE_CONTENT_TYPES[name];
  throw new BackstopError(
    'unknown_content_type',
    `no such content_type: '${String(name).slice(0, 40)}' (use ${Object.keys(HASHABLE_CONTENT_TYPES).join(' or ')})`,
  );
}
