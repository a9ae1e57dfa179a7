// The PDQ conformance "close on the original files" check, through our own decoder (sharp).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import sharp from 'sharp';
import { DIHEDRAL_NAMES, hammingDistance, PDQ_MATCH_THRESHOLD, pdqFromPixels } from '../../core/pdq/index.ts';
import { decodeImage, hashImage } from './index.ts';

const ROOT = resolve(import.meta.dirname, '../../../../shared/pdq-conformance');
const GATE_QUALITY = 80;
const MAX_DISTANCE = 10;

interface Case {
  image: string;
  quality: number;
  hashes: string[];
}

const cases: Case[] = readFileSync(resolve(ROOT, 'cases.tsv'), 'utf8')
  .trim()
  .split('\n')
  .slice(1)
  .map((row) => {
    const c = row.split('\t');
    return { image: c[0], quality: Number(c[7]), hashes: c.slice(8) };
  });

for (const exact of [false, true]) {
  describe(`original files, ${exact ? 'full-resolution decode (exact)' : 'default decode (JPEG shrink-on-load)'}`, () => {
    const report: string[] = [];
    for (const testCase of cases) {
      it(testCase.image, async () => {
        const got = await hashImage(resolve(ROOT, testCase.image), { dihedral: true, exact });
        const distance = hammingDistance(got.pdq, testCase.hashes[0]);
        if (testCase.quality < GATE_QUALITY) {
          report.push(`${testCase.image}: quality ${testCase.quality}, distance ${distance} (not gated)`);
          return;
        }
        assert.ok(distance <= MAX_DISTANCE, `distance ${distance} > ${MAX_DISTANCE}`);
        assert.ok(
          Math.abs(got.quality - testCase.quality) <= 10,
          `quality ${got.quality} vs ${testCase.quality}`,
        );
        assert.equal(got.dihedral?.length, 8);
        got.dihedral!.forEach((hash, i) => {
          const d = hammingDistance(hash, testCase.hashes[i]);
          assert.ok(d <= MAX_DISTANCE, `${i ? DIHEDRAL_NAMES[i - 1] : 'original'}: distance ${d}`);
        });
      });
    }
    it('reports the featureless cases (quality < 80)', () => {
      assert.ok(report.length >= 2);
      for (const line of report) console.log(`# ${line}`);
    });
  });
}

describe('decoder details', () => {
  it('md5 and sha256 are of the file bytes, dihedral[0] is the hash', async () => {
    const path = resolve(ROOT, 'images/bridge-mods/square-256x256.jpg');
    const bytes = readFileSync(path);
    const got = await hashImage(path, { dihedral: true });
    assert.equal(got.md5, createHash('md5').update(bytes).digest('hex'));
    assert.equal(got.sha256, createHash('sha256').update(bytes).digest('hex'));
    assert.equal(got.dihedral?.[0], got.pdq);
    assert.deepEqual(await hashImage(new Uint8Array(bytes)), {
      pdq: got.pdq,
      quality: got.quality,
      md5: got.md5,
      sha256: got.sha256,
    });
  });

  it('reads PNG, 16-bit PNG, WebP, TIFF, GIF (first frame) and AVIF', async () => {
    const source = await sharp(resolve(ROOT, 'images/bridge-mods/aaa-orig.jpg'))
      .resize(600, 400)
      .raw()
      .toBuffer({ resolveWithObject: true });
    const raw = { raw: source.info };
    const expected = pdqFromPixels(source.data, 600, 400, 3).hash;
    const lossless: Record<string, Buffer> = {
      png: await sharp(source.data, raw).png().toBuffer(),
      png16: await sharp(source.data, raw).toColourspace('rgb16').png().toBuffer(),
      webp: await sharp(source.data, raw).webp({ lossless: true }).toBuffer(),
      tiff: await sharp(source.data, raw).tiff().toBuffer(),
    };
    for (const [name, bytes] of Object.entries(lossless)) {
      assert.equal((await hashImage(bytes)).pdq, expected, name);
    }
    const flat = await sharp({ create: { width: 600, height: 400, channels: 3, background: '#808080' } })
      .raw()
      .toBuffer();
    const twoFrames = await sharp(Buffer.concat([source.data, flat]), {
      raw: { width: 600, height: 800, channels: 3, pageHeight: 400 },
    })
      .gif()
      .toBuffer();
    assert.equal((await sharp(twoFrames).metadata()).pages, 2);
    const lossy: Record<string, Buffer> = {
      gif: twoFrames,
      avif: await sharp(source.data, raw).avif({ quality: 80 }).toBuffer(),
    };
    for (const [name, bytes] of Object.entries(lossy)) {
      const d = hammingDistance((await hashImage(bytes)).pdq, expected);
      assert.ok(d <= MAX_DISTANCE, `${name}: distance ${d}`);
    }
  });

  it('keeps greyscale images as one channel (and grey+alpha as two)', async () => {
    assert.equal((await decodeImage(resolve(ROOT, 'images/misc-images/modes/L.png'))).channels, 1);
    const greyAlpha = await decodeImage(resolve(ROOT, 'images/misc-images/modes/LA.png'));
    assert.ok(greyAlpha.channels <= 2, `LA.png: ${greyAlpha.channels} channels`);
    assert.equal((await decodeImage(resolve(ROOT, 'images/misc-images/modes/RGBA.png'))).channels, 4);
  });

  // Re-encoded rotated copies are not pixel-identical: the reference's own distance for
  // bridge-2-rotate-90 is 14, so these use the match threshold.
  it('a rotated copy matches the corresponding dihedral hash of the original', async () => {
    const dir = resolve(ROOT, 'images/reg-test-input/dih');
    const original = await hashImage(resolve(dir, 'bridge-1-original.jpg'), { dihedral: true });
    const files = [
      '2-rotate-90',
      '3-rotate-180',
      '4-rotate-270',
      '5-flipx',
      '6-flipy',
      '7-flip-plus-1',
      '8-flip-minus-1',
    ];
    for (const [i, name] of files.entries()) {
      const copy = await hashImage(resolve(dir, `bridge-${name}.jpg`));
      const d = hammingDistance(copy.pdq, original.dihedral![i + 1]);
      assert.ok(d <= PDQ_MATCH_THRESHOLD, `${name}: ${d}`);
    }
  });

  it('applies EXIF orientation only when asked', async () => {
    const dir = resolve(ROOT, 'images/reg-test-input/exif-rotn');
    const plain = await hashImage(resolve(dir, 'exif-rotn-1.jpg'));
    assert.deepEqual(await hashImage(resolve(dir, 'exif-rotn-1.jpg'), { applyExifOrientation: true }), plain);
    // EXIF orientation -> which dihedral hash of the stored pixels the upright image should match.
    const expected: [number, number][] = [
      [3, 2], // rotate 180
      [6, 3], // rotate 90 clockwise = the reference's rot270
      [8, 1], // rotate 90 counter-clockwise = the reference's rot90
    ];
    for (const [orientation, index] of expected) {
      const path = resolve(dir, `exif-rotn-${orientation}.jpg`);
      const raw = await hashImage(path, { dihedral: true });
      const oriented = await hashImage(path, { applyExifOrientation: true });
      assert.ok(hammingDistance(raw.pdq, oriented.pdq) > 60, `orientation ${orientation} changes the hash`);
      const d = hammingDistance(oriented.pdq, raw.dihedral![index]);
      assert.ok(d <= PDQ_MATCH_THRESHOLD, `orientation ${orientation}: ${d}`);
    }
  });
});
