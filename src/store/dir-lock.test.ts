import { describe, it } from 'node:test';
import assert from '../../test/assert.ts';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lockDataDir } from './dir-lock.ts';

describe('data directory lock', () => {
  it('lets one process hold a PGlite directory and takes over stale locks', () => {
    const root = mkdtempSync(join(tmpdir(), 'backstop-lock-'));
    try {
      const dir = join(root, 'pglite');
      const release = lockDataDir(dir);
      assert.ok(existsSync(`${dir}.pid`));
      // A live process (this test's parent) holding it refuses the directory.
      writeFileSync(`${dir}.pid`, String(process.ppid));
      assert.throws(() => lockDataDir(dir), { code: 'data_dir_in_use', status: 409 });
      // A dead process's lock is stale.
      writeFileSync(`${dir}.pid`, '2147483646');
      const again = lockDataDir(dir);
      again();
      assert.ok(!existsSync(`${dir}.pid`));
      release();
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
