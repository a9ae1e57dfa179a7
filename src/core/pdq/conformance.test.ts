// Bit-exactness against the C++ reference, on the pixel buffers it decoded (../shared/pdq-conformance).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import sharp from 'sharp';
import { DIHEDRAL_NAMES, pdqFromPixels, type PixelChannels } from './index.ts';

const ROOT = resolve(import.meta.dirname, '../../../../shared/pdq-conformance');

export interface ConformanceCase {
  image: string;
  decoded: string;
  channels: number;
  decodedWidth: number;
  decodedHeight: number;
  quality: number;
  hashes: string[];
}

function loadCases(): ConformanceCase[] {
  const [header, ...rows] = readFileSync(resolve(ROOT, 'cases.tsv'), 'utf8').trim().split('\n');
  const columns = header.split('\t');
  assert.deepEqual(columns.slice(8), ['pdq', ...DIHEDRAL_NAMES.map((n) => `pdq_${n}`)]);
  return rows.map((row) => {
    const c = row.split('\t');
    return {
      image: c[0],
      decoded: c[1],
      decodedWidth: Number(c[4]),
      decodedHeight: Number(c[5]),
      channels: Number(c[6]),
      quality: Number(c[7]),
      hashes: c.slice(8),
    };
  });
}

/** Lossless decode of a reference PNG, keeping grey as one channel. */
async function decodePng(
  path: string,
): Promise<{ data: Uint8Array; width: number; height: number; channels: number }> {
  const meta = await sharp(path).metadata();
  let pipeline = sharp(path);
  if (meta.space === 'b-w') pipeline = pipeline.toColourspace('b-w');
  const { data, info } = await pipeline.raw().toBuffer({ resolveWithObject: true });
  return { data: new Uint8Array(data.buffer, data.byteOffset, data.length), ...info };
}

describe('PDQ conformance on the reference decoded pixels', () => {
  const cases = loadCases();
  it('has the whole case list', () => assert.equal(cases.length, 49));
  for (const testCase of cases) {
    it(testCase.image, async () => {
      const px = await decodePng(resolve(ROOT, testCase.decoded));
      assert.equal(px.channels, testCase.channels, 'channel count');
      assert.equal(px.width, testCase.decodedWidth);
      assert.equal(px.height, testCase.decodedHeight);
      const result = pdqFromPixels(px.data, px.width, px.height, px.channels as PixelChannels, {
        dihedral: true,
      });
      assert.equal(result.quality, testCase.quality, 'quality');
      assert.ok(result.dihedral);
      const got = [result.hash, ...DIHEDRAL_NAMES.map((name) => result.dihedral![name])];
      assert.deepEqual(got, testCase.hashes);
      // Without the dihedral option the hash and quality are the same.
      const plain = pdqFromPixels(px.data, px.width, px.height, px.channels as PixelChannels);
      assert.equal(plain.hash, testCase.hashes[0]);
      assert.equal(plain.quality, testCase.quality);
      assert.equal(plain.dihedral, undefined);
    });
  }
});
