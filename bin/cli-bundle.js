// Where the CLI's prebuilt plain-JavaScript bundle lives (scripts/build-cli.mjs writes it), and
// whether it is fresh. Plain JavaScript with no dependencies: bin/backstop.js loads it at every
// start, so it must cost next to nothing (a JSON read and one stat per source file, ~1-3 ms).
import { readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

/** The repository (or installed package) root: bin/.. */
export const ROOT = resolve(import.meta.dirname, '..');
/** Folder the bundle is written into, relative to the root (git-ignored: dist/). */
export const BUNDLE_DIR = join('dist', 'cli');
/** The bundle's manifest: `{ version, builtAt, entry, inputs }`, written last by the build. */
export const MANIFEST = 'manifest.json';
export const MANIFEST_VERSION = 1;
/**
 * A source file modified later than this many ms before the build started counts as newer than
 * the bundle (coarse file-system clocks round modification times down by up to 2 s), so such a
 * file makes the bundle stale until the next build: the CLI then runs the sources through tsx.
 */
export const MTIME_SLACK_MS = 2000;

/**
 * The bundle's entry as a file URL when it is fresh (built from exactly the source files that are
 * on disk now: each one still there and not modified since the build started), else undefined.
 */
export function freshBundle(root = ROOT) {
  let manifest;
  try {
    manifest = JSON.parse(readFileSync(join(root, BUNDLE_DIR, MANIFEST), 'utf8'));
  } catch {
    return undefined;
  }
  if (
    manifest?.version !== MANIFEST_VERSION ||
    typeof manifest.builtAt !== 'number' ||
    typeof manifest.entry !== 'string' ||
    !Array.isArray(manifest.inputs) ||
    manifest.inputs.length === 0
  ) {
    return undefined;
  }
  const limit = manifest.builtAt - MTIME_SLACK_MS;
  for (const input of manifest.inputs) {
    if (typeof input !== 'string') return undefined;
    const info = statSync(join(root, input), { throwIfNoEntry: false });
    if (!info || info.mtimeMs >= limit) return undefined;
  }
  const entry = join(root, BUNDLE_DIR, manifest.entry);
  if (!statSync(entry, { throwIfNoEntry: false })) return undefined;
  return pathToFileURL(entry).href;
}
