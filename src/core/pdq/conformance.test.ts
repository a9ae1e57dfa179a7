// Bit-exactness against the C++ reference, on the pixel buffers it decoded: the fixtures in
// test/fixtures/pdq, and the full set in ../shared/pdq-conformance when present (skipped otherwise).
import { describe, it } from 'node:test';
import assert from '../../../test/assert.ts';
import { resolve } from 'node:path';
import sharp from 'sharp';
import { CASE_COUNTS, conformanceSets } from '../../../test/fixtures/pdq/conformance.ts';
import { DIHEDRAL_NAMES, pdqFromPixels, type PixelChannels } from './index.ts';

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

for (const set of conformanceSets()) {
  describe(`PDQ conformance on the reference decoded pixels: ${set.name}`, { skip: set.skip }, () => {
    it('has the whole case list', () => assert.equal(set.cases.length, CASE_COUNTS[set.kind]));
    for (const testCase of set.cases) {
      it(testCase.image, async () => {
        const px = await decodePng(resolve(set.root, testCase.decoded));
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
}
