import type { FastifyInstance } from 'fastify';
import type { ImageHashes } from '../node/image/index.ts';

export type { ImageHashes };

/**
 * Hashes uploaded image bytes (PDQ + quality, MD5, SHA-256) in memory, in a worker thread behind
 * the server's bounded heavy-work queue (503 + Retry-After when it is full); the bytes are not kept.
 */
export function hashUpload(app: FastifyInstance, bytes: Uint8Array): Promise<ImageHashes> {
  return app.heavy.hashImage(bytes);
}
