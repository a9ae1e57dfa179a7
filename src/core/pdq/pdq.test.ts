import { describe, it } from 'node:test';
import assert from '../../../test/assert.ts';
import { BackstopError } from '../errors.ts';
import {
  DIHEDRAL_NAMES,
  hammingDistance,
  lumaFromPixels,
  parsePdqHash,
  pdqBytesToHex,
  pdqFromLuma,
  pdqFromPixels,
  pdqHexToBytes,
  PDQ_MATCH_THRESHOLD,
  PDQ_QUALITY_THRESHOLD,
} from './index.ts';

const A = 'd8f8f0cee0f4a84f0637022a078f67f0b36e2ed596621e1d33e6339c4e9c9b22';
const isCode = (code: string) => (e: unknown) => e instanceof BackstopError && e.code === code;

/** A deterministic test picture: gradients plus a few shapes, w x h x channels. */
function picture(w: number, h: number, channels: 1 | 2 | 3 | 4): Uint8Array {
  const px = new Uint8Array(w * h * channels);
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const inCircle = (x - w / 3) ** 2 + (y - h / 2) ** 2 < (Math.min(w, h) / 4) ** 2;
      const v = inCircle ? 230 : Math.floor((x / w) * 120 + (y / h) * 60);
      const p = (y * w + x) * channels;
      for (let c = 0; c < channels; c++)
        px[p + c] = c === 3 || (channels === 2 && c === 1) ? 255 : (v + c * 10) & 255;
    }
  }
  return px;
}

describe('hash text and bytes', () => {
  it('parsePdqHash normalizes and validates', () => {
    assert.equal(parsePdqHash(A.toUpperCase()), A);
    assert.equal(parsePdqHash(`  ${A}\n`), A);
    for (const bad of ['', A.slice(1), `${A}0`, `${A.slice(1)}z`, `0x${A.slice(2)}`]) {
      assert.throws(() => parsePdqHash(bad), isCode('invalid_hash'), bad);
    }
    assert.throws(() => parsePdqHash('z'), /64 hexadecimal digits/);
  });

  it('hex <-> bytes round-trips, most significant byte first', () => {
    const bytes = pdqHexToBytes(A);
    assert.equal(bytes.length, 32);
    assert.equal(bytes[0], 0xd8);
    assert.equal(bytes[31], 0x22);
    assert.equal(pdqBytesToHex(bytes), A);
    assert.throws(() => pdqBytesToHex(new Uint8Array(31)), isCode('invalid_hash'));
  });

  it('hammingDistance counts differing bits on text and bytes', () => {
    assert.equal(hammingDistance(A, A), 0);
    assert.equal(hammingDistance('0'.repeat(64), 'f'.repeat(64)), 256);
    assert.equal(hammingDistance('0'.repeat(63) + '1', '0'.repeat(64)), 1);
    assert.equal(hammingDistance('8' + '0'.repeat(63), pdqHexToBytes('0'.repeat(64))), 1);
    const other = 'f0a10efd51c83d429053d48d0fffbc52e34e0e17ada956a9d29685211ea9e58f';
    let expected = 0;
    for (let i = 0; i < 64; i++) {
      let x = parseInt(A[i], 16) ^ parseInt(other[i], 16);
      while (x) {
        expected += x & 1;
        x >>= 1;
      }
    }
    assert.equal(hammingDistance(A, other), expected);
    assert.equal(hammingDistance(A.toUpperCase(), pdqHexToBytes(other)), expected);
    assert.throws(() => hammingDistance(A, 'abc'), isCode('invalid_hash'));
  });

  it('exports the PDQ authors thresholds', () => {
    assert.equal(PDQ_MATCH_THRESHOLD, 31);
    assert.equal(PDQ_QUALITY_THRESHOLD, 50);
  });
});

describe('pdqFromPixels', () => {
  it('ignores alpha: RGBA equals RGB, grey+alpha equals grey', () => {
    const rgb = picture(100, 80, 3);
    const rgba = new Uint8Array(100 * 80 * 4);
    for (let i = 0; i < 100 * 80; i++) {
      rgba.set(rgb.subarray(i * 3, i * 3 + 3), i * 4);
      rgba[i * 4 + 3] = i % 256;
    }
    assert.deepEqual(pdqFromPixels(rgba, 100, 80, 4), pdqFromPixels(rgb, 100, 80, 3));
    const grey = picture(90, 70, 1);
    const greyAlpha = new Uint8Array(90 * 70 * 2);
    for (let i = 0; i < 90 * 70; i++) greyAlpha[i * 2] = grey[i];
    assert.deepEqual(pdqFromPixels(greyAlpha, 90, 70, 2), pdqFromPixels(grey, 90, 70, 1));
    assert.deepEqual(pdqFromPixels(new Uint8ClampedArray(grey), 90, 70, 1), pdqFromPixels(grey, 90, 70, 1));
  });

  it('resizes anything over 512 to 512x512 by nearest neighbour before hashing', () => {
    const w = 1300;
    const h = 700;
    const big = picture(w, h, 3);
    const small = new Uint8Array(512 * 512 * 3);
    for (let y = 0; y < 512; y++) {
      for (let x = 0; x < 512; x++) {
        const s = (Math.floor((y * h) / 512) * w + Math.floor((x * w) / 512)) * 3;
        small.set(big.subarray(s, s + 3), (y * 512 + x) * 3);
      }
    }
    assert.deepEqual(pdqFromPixels(big, w, h, 3), pdqFromPixels(small, 512, 512, 3));
    const luma = lumaFromPixels(picture(600, 40, 1), 600, 40, 1);
    assert.equal(luma.width, 512);
    assert.equal(luma.height, 512);
  });

  it('gives eight hashes that are the hashes of the rotated and mirrored image', () => {
    const w = 120;
    const h = 120;
    const px = picture(w, h, 1);
    const transforms: Record<string, (x: number, y: number) => number> = {
      // Rotations are counter-clockwise (as the reference data's bridge-2-rotate-90.jpg).
      rot90: (x, y) => px[x * w + (h - 1 - y)],
      rot180: (x, y) => px[(h - 1 - y) * w + (w - 1 - x)],
      rot270: (x, y) => px[(w - 1 - x) * w + y],
      flipx: (x, y) => px[(h - 1 - y) * w + x],
      flipy: (x, y) => px[y * w + (w - 1 - x)],
      flipplus1: (x, y) => px[x * w + y],
      flipminus1: (x, y) => px[(w - 1 - x) * w + (h - 1 - y)],
    };
    const result = pdqFromPixels(px, w, h, 1, { dihedral: true });
    assert.ok(result.dihedral);
    assert.deepEqual(Object.keys(result.dihedral).sort(), [...DIHEDRAL_NAMES].sort());
    const distances: Record<string, number> = {};
    for (const [name, pick] of Object.entries(transforms)) {
      const out = new Uint8Array(w * h);
      for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) out[y * w + x] = pick(x, y);
      const direct = pdqFromPixels(out, w, h, 1).hash;
      distances[name] = hammingDistance(direct, result.dihedral[name as keyof typeof result.dihedral]);
    }
    // Each transformed image hashes to (almost exactly) its predicted hash; the names must not be swapped.
    for (const [name, d] of Object.entries(distances)) assert.ok(d <= 16, `${name}: ${d}`);
    assert.ok(new Set(Object.values(result.dihedral)).size >= 6);
  });

  it('hashes tiny images to zeros with quality 0, as the reference', () => {
    assert.deepEqual(pdqFromPixels(new Uint8Array(4 * 40), 4, 40, 1), { hash: '0'.repeat(64), quality: 0 });
    const d = pdqFromPixels(new Uint8Array(40 * 4 * 3), 40, 4, 3, { dihedral: true });
    assert.equal(d.quality, 0);
    assert.deepEqual(new Set(Object.values(d.dihedral!)), new Set(['0'.repeat(64)]));
  });

  it('gives a flat image quality 0 and a detailed one quality 100', () => {
    assert.equal(pdqFromPixels(new Uint8Array(200 * 200).fill(128), 200, 200, 1).quality, 0);
    const blocks = new Uint8Array(256 * 256);
    for (let y = 0; y < 256; y++)
      for (let x = 0; x < 256; x++) blocks[y * 256 + x] = ((x >> 3) + (y >> 3)) & 1 ? 255 : 0;
    assert.equal(pdqFromPixels(blocks, 256, 256, 1).quality, 100);
  });

  it('rejects bad buffers and sizes with invalid_pixels', () => {
    assert.throws(() => pdqFromPixels(new Uint8Array(10), 10, 10, 1), isCode('invalid_pixels'));
    assert.throws(() => pdqFromPixels(new Uint8Array(100), 0, 10, 1), isCode('invalid_pixels'));
    assert.throws(() => pdqFromPixels(new Uint8Array(100), 10.5, 10, 1), isCode('invalid_pixels'));
    // @ts-expect-error channels must be 1..4
    assert.throws(() => pdqFromPixels(new Uint8Array(500), 10, 10, 5), isCode('invalid_pixels'));
    assert.throws(() => pdqFromLuma(new Float32Array(10), 10, 10), isCode('invalid_pixels'));
  });
});

describe('pdqFromLuma', () => {
  it('equals pdqFromPixels on the same grey image and leaves its input alone', () => {
    const grey = picture(300, 200, 1);
    const luma = Float32Array.from(grey);
    const copy = luma.slice();
    assert.deepEqual(pdqFromLuma(luma, 300, 200), pdqFromPixels(grey, 300, 200, 1));
    assert.deepEqual(luma, copy);
  });
});
