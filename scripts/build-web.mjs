// Builds the Help web app (web/) into dist/web with Vite, with gzip and Brotli copies of its files
// (compress-web.mjs). Skips the build when dist/web is newer than every file under web/, src/core/,
// data/help/, data/detect/lexicons/, data/detect/model/ and data/detect/clusters/ (bundled into the
// app), so `npm start` stays quick after the first run.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'vite';
import { compressBuild } from './compress-web.mjs';

function newest(dir) {
  let t = 0;
  if (!existsSync(dir)) return t;
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules') continue;
    const path = join(dir, name);
    const st = statSync(path);
    t = Math.max(t, st.isDirectory() ? newest(path) : st.mtimeMs);
  }
  return t;
}

const out = 'dist/web/index.html';
const force = process.argv.includes('--force');
if (
  !force &&
  existsSync(out) &&
  statSync(out).mtimeMs >
    Math.max(
      newest('web'),
      newest('src/core'),
      newest('data/help'),
      newest('data/detect/lexicons'),
      newest('data/detect/model'),
      newest('data/detect/clusters'),
    )
) {
  console.log('web app is up to date (dist/web)');
} else {
  await build({ configFile: 'web/vite.config.ts', logLevel: 'warn' });
  const compressed = compressBuild('dist/web');
  console.log(`built the web app into dist/web (${compressed.length} files also as .gz and .br)`);
}
