// Writes a gzip (`.gz`) and a Brotli (`.br`) copy beside each compressible file of a web build, which the
// server sends to browsers that accept them (`preCompressed` in src/server/routes/web.ts): the Help app's
// JavaScript is most of what a phone downloads on a slow connection.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const COMPRESSIBLE = new Set([
  '.js',
  '.mjs',
  '.css',
  '.html',
  '.svg',
  '.json',
  '.webmanifest',
  '.txt',
  '.wasm',
]);
/** Smaller files gain too little for a second request path. */
const MIN_BYTES = 1024;
/** Brotli's best quality takes about 3 s per MB: larger files (the OCR engine) get quality 9, ten times faster. */
const BEST_QUALITY_UP_TO = 1 << 20;

function* files(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* files(path);
    else yield path;
  }
}

/** Compresses every compressible file under `dir`; returns what it wrote, with the sizes. */
export function compressBuild(dir) {
  const written = [];
  for (const path of [...files(dir)]) {
    if (!COMPRESSIBLE.has(extname(path))) continue;
    const data = readFileSync(path);
    if (data.length < MIN_BYTES) continue;
    const gzip = gzipSync(data, { level: 9 });
    const quality = data.length <= BEST_QUALITY_UP_TO ? 11 : 9;
    const brotli = brotliCompressSync(data, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: quality,
        [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
        [constants.BROTLI_PARAM_MODE]:
          extname(path) === '.wasm' ? constants.BROTLI_MODE_GENERIC : constants.BROTLI_MODE_TEXT,
      },
    });
    if (gzip.length < data.length) writeFileSync(`${path}.gz`, gzip);
    if (brotli.length < data.length) writeFileSync(`${path}.br`, brotli);
    written.push({ path, bytes: data.length, gzip: gzip.length, brotli: brotli.length });
  }
  return written;
}
