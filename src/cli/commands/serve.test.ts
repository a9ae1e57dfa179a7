import { after, describe, it } from 'node:test';
import assert from '../../../test/assert.ts';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../../..');
const tmp = mkdtempSync(join(tmpdir(), 'backstop-serve-'));
after(() => rmSync(tmp, { recursive: true, force: true }));

function serve(args: string[]) {
  return spawnSync(
    process.execPath,
    ['bin/backstop.js', 'serve', '--data', join(tmp, 'pglite'), '--log-level', 'warn', ...args],
    { cwd: ROOT, encoding: 'utf8', timeout: 60_000, env: { ...process.env, DATABASE_URL: '' } },
  );
}

describe('backstop serve', () => {
  it('says plainly when the port is taken, without a stack trace', async () => {
    const blocker: Server = createServer();
    await new Promise<void>((done) => blocker.listen(0, '127.0.0.1', done));
    const address = blocker.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    try {
      const result = serve(['--host', '127.0.0.1', '--port', String(port)]);
      assert.equal(result.status, 1);
      assert.match(result.stderr, new RegExp(`Port ${port} on 127\\.0\\.0\\.1 is already in use`));
      assert.match(result.stderr, /--port/);
      assert.doesNotMatch(result.stderr, /\n\s+at /, 'no stack trace');
    } finally {
      await new Promise((done) => blocker.close(done));
    }
  });

  it('refuses a port number out of range before opening anything', () => {
    const result = serve(['--port', '70000']);
    assert.notEqual(result.status, 0);
    assert.match(result.stderr, /--port/);
    assert.doesNotMatch(result.stderr, /\n\s+at /);
  });

  it('refuses TRUST_PROXY=true (every peer trusted) with a one-line reason', () => {
    const result = spawnSync(process.execPath, ['bin/backstop.js', 'serve', '--data', join(tmp, 'pglite')], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 60_000,
      env: { ...process.env, DATABASE_URL: '', TRUST_PROXY: 'true' },
    });
    assert.equal(result.status, 1);
    assert.match(result.stderr, /TRUST_PROXY/);
    assert.doesNotMatch(result.stderr, /\n\s+at /);
  });
});
