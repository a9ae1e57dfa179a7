import type { FastifyInstance } from 'fastify';
import type { HashableContentType } from '../core/signal/index.ts';
import type { ContentHashes } from '../node/content/index.ts';
import type { ImageHashes } from '../node/image/index.ts';

export type { ContentHashes, ImageHashes };

/**
 * Hashes uploaded image bytes (PDQ + quality, MD5, SHA-256) in memory, in a worker thread behind
 * the server's bounded heavy-work queue (503 + Retry-After when it is full); the bytes are not kept.
 */
export function hashUpload(app: FastifyInstance, bytes: Uint8Array): Promise<ImageHashes> {
  return app.heavy.hashImage(bytes);
}

/** Every signal of an uploaded photo or video, hashed off the event loop; the bytes are not kept. */
export async function hashContentUpload(
  app: FastifyInstance,
  contentType: HashableContentType,
  bytes: Uint8Array,
): Promise<ContentHashes> {
  if (contentType === 'video') return app.heavy.hashVideo(bytes);
  const { pdq, quality, md5, sha256 } = await app.heavy.hashImage(bytes);
  return { signals: { pdq, md5, sha256 }, quality };
}
