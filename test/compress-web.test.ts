// The web build's compressed copies (scripts/compress-web.mjs), which the server sends to browsers that accept them.
import { describe, it } from 'node:test';
import assert from './assert.ts';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
// @ts-expect-error: a plain ES module of the build scripts, without types
import { compressBuild } from '../scripts/compress-web.mjs';

describe('compressBuild', () => {
  it('writes .gz and .br copies that decode to each text file, and leaves small and binary files alone', () => {
    const dir = mkdtempSync(join(tmpdir(), 'backstop-compress-'));
    try {
      mkdirSync(join(dir, 'assets'));
      const script = 'export const words = ' + JSON.stringify('pay or everyone sees it '.repeat(400)) + ';\n';
      writeFileSync(join(dir, 'assets', 'app.js'), script);
      writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Help</title>');
      writeFileSync(join(dir, 'assets', 'photo.png'), Buffer.alloc(4096, 7));
      const written = compressBuild(dir) as { path: string; bytes: number; gzip: number; brotli: number }[];
      assert.deepEqual(
        written.map((w) => w.path),
        [join(dir, 'assets', 'app.js')],
      );
      const js = join(dir, 'assets', 'app.js');
      assert.equal(gunzipSync(readFileSync(`${js}.gz`)).toString(), script);
      assert.equal(brotliDecompressSync(readFileSync(`${js}.br`)).toString(), script);
      assert.ok(written[0].gzip < written[0].bytes && written[0].brotli < written[0].bytes);
      for (const skipped of ['index.html', 'assets/photo.png'])
        assert.ok(
          !existsSync(join(dir, `${skipped}.gz`)) && !existsSync(join(dir, `${skipped}.br`)),
          skipped,
        );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
