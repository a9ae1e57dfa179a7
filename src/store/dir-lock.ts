import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { BackstopError } from '../core/errors.ts';

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * PGlite is one process's database: a second process opening the same directory would corrupt it.
 * Takes `<dir>.pid` beside it (stale locks of dead processes are taken over) and returns its release.
 */
export function lockDataDir(dir: string): () => void {
  const path = `${dir.replace(/[/\\]+$/, '')}.pid`;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(path, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      let released = false;
      return () => {
        if (released) return;
        released = true;
        try {
          if (readFileSync(path, 'utf8').trim() === String(process.pid)) rmSync(path, { force: true });
        } catch {
          // Already gone.
        }
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const pid = Number(readFileSync(path, 'utf8').trim());
      if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && alive(pid)) {
        throw new BackstopError(
          'data_dir_in_use',
          `The data directory ${dir} is in use by another Backstop process (pid ${pid}). The embedded ` +
            'database allows one process at a time: stop that process first, or use PostgreSQL (DATABASE_URL), ' +
            'which any number of processes can share.',
          { status: 409 },
        );
      }
      rmSync(path, { force: true });
    }
  }
  throw new BackstopError('data_dir_in_use', `Could not lock the data directory ${dir}.`, { status: 409 });
}
