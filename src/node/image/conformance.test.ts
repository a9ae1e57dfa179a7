// The PDQ conformance "close on the original files" check, through our own decoder (sharp): on the
// fixtures in test/fixtures/pdq, and on the full set in ../shared/pdq-conformance when present.
import { describe, it } from 'node:test';
import assert from '../../../test/assert.ts';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import sharp, { type Sharp } from 'sharp';
import { DIHEDRAL_NAMES, hammingDistance, PDQ_MATCH_THRESHOLD, pdqFromPixels } from '../../core/pdq/index.ts';
import {
  conformanceSets,
  EXTENDED_SKIP_REASON,
  fixturePath,
  SHARED_CONFORMANCE,
} from '../../../test/fixtures/pdq/conformance.ts';
import { decodeImage, hashImage } from './index.ts';

const GATE_QUALITY = 80;
const MAX_DISTANCE = 10;
const PHOTO = fixturePath('images/bridge-mods/aaa-orig.jpg');

for (const set of conformanceSets()) {
  // The default must be the reference's hash bit for bit: hashes go into lists that systems built on
  // the reference (StopNCII, HMA, NCMEC) match against.
  describe(`original files, default decode, equal to the reference: ${set.name}`, { skip: set.skip }, () => {
    for (const testCase of set.cases) {
      it(testCase.image, async () => {
        const got = await hashImage(resolve(set.root, testCase.image), { dihedral: true });
        assert.equal(got.pdq, testCase.hashes[0], `distance ${hammingDistance(got.pdq, testCase.hashes[0])}`);
        assert.equal(got.quality, testCase.quality, 'quality');
        assert.deepEqual(got.dihedral, testCase.hashes);
      });
    }
  });

  // --fast (JPEG shrink-on-load) is only close: the conformance rule for an implementation's own
  // decoder, distance <= 10 for every case of quality >= 80.
  describe(
    `original files, fast decode (JPEG shrink-on-load), close: ${set.name}`,
    { skip: set.skip },
    () => {
      const report: string[] = [];
      for (const testCase of set.cases) {
        it(testCase.image, async () => {
          const got = await hashImage(resolve(set.root, testCase.image), { dihedral: true, fast: true });
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
    },
  );
}

describe('decoder details', () => {
  it('md5 and sha256 are of the file bytes, dihedral[0] is the hash', async () => {
    const path = fixturePath('images/bridge-mods/square-256x256.jpg');
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
    const source = await sharp(PHOTO).resize(600, 400).raw().toBuffer({ resolveWithObject: true });
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
    const { data: luma, info } = await sharp(PHOTO)
      .resize(400, 250)
      .toColourspace('b-w')
      .raw()
      .toBuffer({ resolveWithObject: true });
    assert.equal(info.channels, 1);
    const raw = (channels: 1 | 2) => ({ raw: { width: 400, height: 250, channels } });
    const grey = await sharp(luma, raw(1)).toColourspace('b-w').png().toBuffer();
    assert.equal((await decodeImage(grey)).channels, 1);
    const withAlpha = Buffer.alloc(luma.length * 2, 255);
    luma.forEach((v, i) => (withAlpha[2 * i] = v));
    const greyAlpha = await sharp(withAlpha, raw(2)).toColourspace('b-w').png().toBuffer();
    assert.equal((await sharp(greyAlpha).metadata()).channels, 2);
    assert.ok((await decodeImage(greyAlpha)).channels <= 2, 'grey + alpha');
    const rgba = await sharp(PHOTO).resize(400, 250).ensureAlpha().png().toBuffer();
    assert.equal((await decodeImage(rgba)).channels, 4);
  });

  // Re-encoded rotated copies are not pixel-identical: the reference's own distance for
  // bridge-2-rotate-90 is 14, so these use the match threshold.
  it('a rotated copy matches the corresponding dihedral hash of the original', async () => {
    const original = await hashImage(PHOTO, { dihedral: true });
    // sharp operation -> the dihedral hash (index in `dihedral`) the copy should match.
    const copies: [string, (s: Sharp) => Sharp, number][] = [
      ['rotate 90 clockwise', (s) => s.rotate(90), 3],
      ['rotate 180', (s) => s.rotate(180), 2],
      ['rotate 270 clockwise', (s) => s.rotate(270), 1],
      ['flip (upside down)', (s) => s.flip(), 4],
      ['flop (mirror)', (s) => s.flop(), 5],
      ['rotate 90 then flip', (s) => s.rotate(90).flip(), 6],
      ['rotate 90 then flop', (s) => s.rotate(90).flop(), 7],
    ];
    for (const [name, op, index] of copies) {
      const copy = await hashImage(await op(sharp(PHOTO)).jpeg({ quality: 90 }).toBuffer());
      const distances = original.dihedral!.map((hash) => hammingDistance(copy.pdq, hash));
      assert.ok(distances[index] <= PDQ_MATCH_THRESHOLD, `${name}: ${distances[index]}`);
      assert.equal(distances.indexOf(Math.min(...distances)), index, `${name}: ${distances.join(' ')}`);
    }
  });

  const dih = resolve(SHARED_CONFORMANCE, 'images/reg-test-input/dih');
  it(
    "the reference's rotated copies match the corresponding dihedral hash (extended check)",
    { skip: existsSync(dih) ? false : EXTENDED_SKIP_REASON },
    async () => {
      const original = await hashImage(resolve(dih, 'bridge-1-original.jpg'), { dihedral: true });
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
        const copy = await hashImage(resolve(dih, `bridge-${name}.jpg`));
        const d = hammingDistance(copy.pdq, original.dihedral![i + 1]);
        assert.ok(d <= PDQ_MATCH_THRESHOLD, `${name}: ${d}`);
      }
    },
  );

  it('applies EXIF orientation only when asked', async () => {
    const plain = await hashImage(PHOTO);
    assert.deepEqual(await hashImage(PHOTO, { applyExifOrientation: true }), plain, 'no orientation tag');
    // EXIF orientation -> which dihedral hash of the stored pixels the upright image should match.
    const expected: [number, number][] = [
      [3, 2], // rotate 180
      [6, 3], // rotate 90 clockwise = the reference's rot270
      [8, 1], // rotate 90 counter-clockwise = the reference's rot90
    ];
    const extended = resolve(SHARED_CONFORMANCE, 'images/reg-test-input/exif-rotn');
    let checked = 0;
    for (const [orientation, index] of expected) {
      const name = `images/reg-test-input/exif-rotn/exif-rotn-${orientation}.jpg`;
      const path = existsSync(fixturePath(name))
        ? fixturePath(name)
        : resolve(extended, `exif-rotn-${orientation}.jpg`);
      if (!existsSync(path)) continue; // only exif-rotn-8 ships with the fixtures
      assert.equal((await sharp(path).metadata()).orientation, orientation);
      const raw = await hashImage(path, { dihedral: true });
      const oriented = await hashImage(path, { applyExifOrientation: true });
      assert.ok(hammingDistance(raw.pdq, oriented.pdq) > 60, `orientation ${orientation} changes the hash`);
      const d = hammingDistance(oriented.pdq, raw.dihedral![index]);
      assert.ok(d <= PDQ_MATCH_THRESHOLD, `orientation ${orientation}: ${d}`);
      checked++;
    }
    assert.ok(checked >= 1);
  });
});
