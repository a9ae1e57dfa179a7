import type { HashableContentType, SignalTypeName } from '../../core/signal/index.ts';
import { formatVpdq } from '../../core/vpdq/index.ts';
import { hashImage } from '../image/index.ts';
import { hashVideo } from '../video/index.ts';

/** Every signal a content type's hasher makes, as normalised signal values; `quality` for PDQ. */
export interface ContentHashes {
  signals: Partial<Record<SignalTypeName, string>>;
  /** PDQ quality of a photo (videos carry a quality per frame inside their vpdq value). */
  quality?: number;
}

export interface ContentHashOptions {
  maxPixels?: number;
}

type Hasher = (bytes: Uint8Array, options: ContentHashOptions) => Promise<ContentHashes>;

/** Each hashable content type's decoder + hasher (Node). The registry routes and worker threads use. */
export const CONTENT_HASHERS: Readonly<Record<HashableContentType, Hasher>> = Object.freeze({
  photo: async (bytes, options) => {
    const { pdq, quality, md5, sha256 } = await hashImage(bytes, { maxPixels: options.maxPixels });
    return { signals: { pdq, md5, sha256 }, quality };
  },
  video: async (bytes) => {
    const { vpdq, md5, sha256 } = await hashVideo(bytes);
    return { signals: { vpdq: formatVpdq(vpdq), md5, sha256 } };
  },
});

export function hashContent(
  contentType: HashableContentType,
  bytes: Uint8Array,
  options: ContentHashOptions = {},
): Promise<ContentHashes> {
  return CONTENT_HASHERS[contentType](bytes, options);
}
