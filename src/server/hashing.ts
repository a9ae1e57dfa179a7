import { BackstopError } from '../core/errors.ts';
import { hashImage, type ImageHashes } from '../node/image/index.ts';

export type { ImageHashes };

/** Hashes uploaded image bytes (PDQ + quality, MD5, SHA-256) in memory; the bytes are not kept. */
export async function hashUpload(bytes: Uint8Array): Promise<ImageHashes> {
  if (!bytes.length) throw new BackstopError('empty_upload', 'The upload is empty: send an image file.');
  const { pdq, quality, md5, sha256 } = await hashImage(bytes);
  return { pdq, quality, md5, sha256 };
}
