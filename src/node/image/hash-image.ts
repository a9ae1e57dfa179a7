import { createHash, webcrypto } from 'node:crypto';
import { DIHEDRAL_NAMES, pdqFromPixels } from '../../core/pdq/index.ts';
import { decodeImageBytes, type DecodeOptions } from './decode.ts';
import { readImageInput } from './read-input.ts';

export interface HashImageOptions {
  /** Also return the 8 dihedral hashes: original, rot90, rot180, rot270, flipx, flipy, flipplus1, flipminus1. */
  dihedral?: boolean;
  /** Rotate/mirror as the EXIF orientation tag says before hashing (off by default, as the reference). */
  applyExifOrientation?: boolean;
  /**
   * Opt-in speed over exactness: large JPEGs are decoded at 1/2-1/8 size by the JPEG decoder. The
   * PDQ hash is then usually a few bits from the C++ reference's (measured in docs/pdq.md), so never
   * use it for hashes that go into a bank or are shared. Default false: full-resolution decoding,
   * the reference's hash bit for bit.
   */
  fast?: boolean;
  maxPixels?: number;
}

export interface ImageHashes {
  pdq: string;
  quality: number;
  /** Of the file bytes (exact copies), as StopNCII and Take It Down use them. */
  md5: string;
  sha256: string;
  dihedral?: string[];
}

/** PDQ (+ quality, optional dihedral hashes), MD5 and SHA-256 of an image file's bytes or path. */
export async function hashImage(
  input: Uint8Array | string,
  options: HashImageOptions = {},
): Promise<ImageHashes> {
  const bytes = await readImageInput(input);
  const decodeOptions: DecodeOptions = {
    applyExifOrientation: options.applyExifOrientation,
    maxPixels: options.maxPixels,
    shrinkForPdq: options.fast === true,
  };
  // Decoding and SHA-256 run on libuv's thread pool; MD5 is computed here meanwhile.
  const decoding = decodeImageBytes(bytes, decodeOptions);
  const sha256 = webcrypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
  const md5 = createHash('md5').update(bytes).digest('hex');
  const [image, sha256Bytes] = await Promise.all([decoding, sha256]);
  const result = pdqFromPixels(image.pixels, image.width, image.height, image.channels, {
    dihedral: options.dihedral === true,
  });
  const hashes: ImageHashes = {
    pdq: result.hash,
    quality: result.quality,
    md5,
    sha256: Buffer.from(sha256Bytes).toString('hex'),
  };
  if (result.dihedral)
    hashes.dihedral = [result.hash, ...DIHEDRAL_NAMES.map((name) => result.dihedral![name])];
  return hashes;
}
