// Bad input gives a clear BackstopError per file, never a crash, and never decodes a bomb.
import { describe, it } from 'node:test';
import assert from '../../../test/assert.ts';
import sharp from 'sharp';
import { BackstopError } from '../../core/errors.ts';
import { decodeImage, hashImage } from './index.ts';
import { pngBomb, sampleJpeg } from '../../../test/fixtures/bad-images.ts';

const isCode = (code: string) => (e: unknown) => e instanceof BackstopError && e.code === code;

describe('bad image input', () => {
  it('decodes the sample image fine (so the failures below are about the damage)', async () => {
    const hashes = await hashImage(await sampleJpeg());
    assert.match(hashes.pdq, /^[0-9a-f]{64}$/);
  });

  it('zero-byte file: empty_file', async () => {
    await assert.rejects(hashImage(new Uint8Array(0)), isCode('empty_file'));
  });

  it('truncated JPEG: corrupt_image saying it is cut off', async () => {
    const jpeg = await sampleJpeg();
    await assert.rejects(hashImage(jpeg.subarray(0, Math.floor(jpeg.length * 0.6))), (e: unknown) => {
      assert.ok(isCode('corrupt_image')(e));
      assert.match((e as Error).message, /truncated/);
      return true;
    });
  });

  it('truncated PNG: corrupt_image', async () => {
    const png = await sharp(await sampleJpeg())
      .png()
      .toBuffer();
    await assert.rejects(hashImage(png.subarray(0, Math.floor(png.length / 2))), isCode('corrupt_image'));
  });

  it('JPEG with damaged data in the middle: corrupt_image', async () => {
    const jpeg = Buffer.from(await sampleJpeg());
    jpeg.fill(0x55, Math.floor(jpeg.length / 3), Math.floor(jpeg.length / 3) + 400);
    await assert.rejects(hashImage(jpeg), isCode('corrupt_image'));
  });

  it('JPEG with a damaged header: a clear error', async () => {
    const jpeg = Buffer.from(await sampleJpeg());
    jpeg.fill(0, 2, 200);
    await assert.rejects(
      hashImage(jpeg),
      (e: unknown) => e instanceof BackstopError && /corrupt_image|unsupported_format/.test(e.code),
    );
  });

  it('non-image bytes and SVG: unsupported_format', async () => {
    await assert.rejects(
      hashImage(Buffer.from('%PDF-1.4 not an image at all')),
      isCode('unsupported_format'),
    );
    await assert.rejects(
      hashImage(Buffer.from(JSON.stringify({ hello: 'world' }))),
      isCode('unsupported_format'),
    );
    const svg = Buffer.from(
      '<svg xmlns="http://www.w3.org/2000/svg" width="900" height="900"><rect width="9" height="9"/></svg>',
    );
    await assert.rejects(hashImage(svg), isCode('unsupported_format'));
  });

  it('decompression bomb (PNG claiming 50000x50000): image_too_large, memory stays bounded', async () => {
    const bomb = pngBomb(50000, 50000);
    assert.ok(bomb.length < 1000, `bomb is ${bomb.length} bytes`);
    const before = process.memoryUsage().rss;
    await assert.rejects(hashImage(bomb), isCode('image_too_large'));
    await assert.rejects(decodeImage(bomb), isCode('image_too_large'));
    assert.ok(process.memoryUsage().rss - before < 200 * 1024 * 1024, 'rss grew by less than 200 MB');
  });

  it('a smaller image over a custom pixel limit is refused too', async () => {
    await assert.rejects(
      decodeImage(await sampleJpeg(), { maxPixels: 320 * 240 - 1 }),
      isCode('image_too_large'),
    );
  });

  it('missing files and folders: file_not_found / not_a_file', async () => {
    await assert.rejects(hashImage('/nonexistent/backstop-test.jpg'), isCode('file_not_found'));
    await assert.rejects(hashImage(import.meta.dirname), isCode('not_a_file'));
  });
});
