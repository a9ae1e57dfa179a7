import { readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { BackstopError } from '../../core/errors.ts';

/** File name endings taken when walking a folder (explicitly named files are always taken). */
export const IMAGE_EXTENSIONS: ReadonlySet<string> = new Set([
  '.jpg',
  '.jpeg',
  '.jpe',
  '.jfif',
  '.png',
  '.webp',
  '.gif',
  '.avif',
  '.heic',
  '.heif',
  '.tif',
  '.tiff',
]);

export interface WalkOptions {
  /** Inside folders, take only files with these endings (lower case, with the dot). Default: images. */
  extensions?: ReadonlySet<string> | null;
  /** Inside folders, also take names starting with a dot. Default false. */
  includeHidden?: boolean;
}

/** A file found, or a path that could not be read (reported, the walk goes on). */
export type WalkEntry = { path: string; error?: undefined } | { path: string; error: BackstopError };

function walkError(error: unknown): BackstopError {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT')
    return new BackstopError('file_not_found', 'No such file or folder', { status: 404 });
  if (code === 'EACCES' || code === 'EPERM') return new BackstopError('file_unreadable', 'Permission denied');
  return new BackstopError('file_unreadable', `Could not read it (${code ?? 'unknown error'})`);
}

/**
 * Files under the given paths, in a stable order: files as given, folders recursed (names sorted,
 * hidden names skipped, symbolic links to folders not followed so a loop cannot trap the walk).
 */
export async function* walkFiles(
  paths: readonly string[],
  options: WalkOptions = {},
): AsyncGenerator<WalkEntry> {
  const extensions = options.extensions === undefined ? IMAGE_EXTENSIONS : options.extensions;
  const wanted = (name: string) =>
    (options.includeHidden || !name.startsWith('.')) &&
    (extensions === null || extensions.has(extname(name).toLowerCase()));

  async function* walkDir(dir: string): AsyncGenerator<WalkEntry> {
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch (error) {
      yield { path: dir, error: walkError(error) };
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (options.includeHidden || !entry.name.startsWith('.')) yield* walkDir(path);
      } else if (entry.isFile()) {
        if (wanted(entry.name)) yield { path };
      } else if (entry.isSymbolicLink() && wanted(entry.name)) {
        try {
          if ((await stat(path)).isFile()) yield { path };
        } catch {
          // a dangling link inside a folder is not worth an error
        }
      }
    }
  }

  for (const path of paths) {
    let info;
    try {
      info = await stat(path);
    } catch (error) {
      yield { path, error: walkError(error) };
      continue;
    }
    if (info.isDirectory()) yield* walkDir(path);
    else yield { path };
  }
}
