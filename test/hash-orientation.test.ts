// The Help app's worker neutralises the EXIF orientation tag before the browser decodes a picture
// (web/src/hashing/orientation.ts): the tag must no longer ask for a rotation, and the pixels must
// stay exactly the file's own.
import { test } from 'node:test';
import assert from './assert.ts';
import { readFileSync } from 'node:fs';
import sharp from 'sharp';
import { withoutOrientation } from '../web/src/hashing/orientation.ts';
import { hashImage } from '../src/node/image/index.ts';
import { fixturePath } from './fixtures/pdq/conformance.ts';

const rawPixels = async (bytes: Uint8Array) =>
  (await sharp(bytes, { autoOrient: false }).raw().toBuffer()).toString('base64');

test('JPEG with EXIF orientation 8: tag set to 1, pixels and PDQ unchanged', async () => {
  const original = readFileSync(fixturePath('images/reg-test-input/exif-rotn/exif-rotn-8.jpg'));
  assert.equal((await sharp(original).metadata()).orientation, 8);
  const neutral = withoutOrientation(original);
  assert.equal(neutral.length, original.length);
  assert.equal((await sharp(neutral).metadata()).orientation ?? 1, 1);
  assert.equal(
    Buffer.compare(original, readFileSync(fixturePath('images/reg-test-input/exif-rotn/exif-rotn-8.jpg'))),
    0,
    'input not modified',
  );
  assert.equal((await hashImage(neutral)).pdq, (await hashImage(original)).pdq);
  assert.equal(
    (await hashImage(neutral, { applyExifOrientation: true })).pdq,
    (await hashImage(original)).pdq,
    'nothing left to rotate by',
  );
});

test('WebP and PNG with an orientation: WebP tag set to 1, PNG eXIf chunk left out, pixels unchanged', async () => {
  const photo = fixturePath('images/bridge-mods/square-256x256.jpg');
  for (const format of ['webp', 'png'] as const) {
    const rotated = await sharp(photo)
      .withMetadata({ orientation: 6 })
      .toFormat(format, { lossless: true })
      .toBuffer();
    assert.equal((await sharp(rotated).metadata()).orientation, 6, `${format} carries the tag`);
    const neutral = withoutOrientation(rotated);
    assert.equal((await sharp(neutral).metadata()).orientation ?? 1, 1, format);
    assert.equal(await rawPixels(neutral), await rawPixels(rotated), `${format} pixels unchanged`);
  }
});

test('files without orientation, or not pictures, are returned as they are', () => {
  const plain = readFileSync(fixturePath('images/misc-images/wee.jpg'));
  assert.ok(Buffer.from(withoutOrientation(plain)).equals(plain));
  const text = new TextEncoder().encode('not a picture');
  assert.equal(withoutOrientation(text), text);
  const truncated = plain.subarray(0, 40);
  assert.ok(Buffer.from(withoutOrientation(truncated)).equals(truncated));
});
