import { statfsSync } from 'node:fs';
import { BackstopError } from '../core/errors.ts';

/**
 * Free space PGlite must leave on its disk: a write is refused below it. PGlite runs PostgreSQL on
 * this process's main thread, and PostgreSQL that meets a full disk half-way (a WAL segment is
 * 16 MiB; a failed checkpoint) can leave it spinning: the process stops answering altogether. So
 * writes stop while there is still room, and reads go on.
 */
export const DEFAULT_MIN_FREE_BYTES = 64 * 1024 * 1024;

/** Bytes an unprivileged process may still write on the filesystem holding `dir` (undefined if unknown). */
export function freeBytes(dir: string): number | undefined {
  try {
    const stats = statfsSync(dir);
    return Number(stats.bavail) * Number(stats.bsize);
  } catch {
    return undefined;
  }
}

const mib = (bytes: number) => `${Math.floor(bytes / (1024 * 1024))} MiB`;

export function storageFull(where: string, free?: number): BackstopError {
  return new BackstopError(
    'storage_full',
    `The disk holding the database${where ? ` (${where})` : ''} is full` +
      (free === undefined ? '' : ` (${mib(free)} free)`) +
      '. Nothing was saved; reading still works. Free some space and try again.',
    { status: 507 },
  );
}

/** PostgreSQL's disk_full (53100), ENOSPC, or Emscripten's ENOSPC (errno 51) from PGlite's file system. */
export function isDiskFull(error: unknown): boolean {
  const e = error as { code?: unknown; errno?: unknown; message?: unknown } | null;
  if (!e || typeof e !== 'object') return false;
  return (
    e.code === '53100' ||
    e.code === 'ENOSPC' ||
    (e.errno === 51 && (error as { name?: string }).name === 'ErrnoError') ||
    (typeof e.message === 'string' && /No space left on device/i.test(e.message))
  );
}

/** A statement that cannot write (reads, transaction control). */
const READ_ONLY = /^\s*(select|show|explain|values|begin|commit|rollback|set\s+local)\b/i;
const WRITES = /\b(insert|update|delete|merge|create|alter|drop|truncate|copy|vacuum|checkpoint)\b/i;

export function mayWrite(sql: string): boolean {
  if (READ_ONLY.test(sql)) return /^\s*select\b[\s\S]*\b(nextval|setval)\b/i.test(sql);
  if (/^\s*with\b/i.test(sql)) return WRITES.test(sql);
  return true;
}
