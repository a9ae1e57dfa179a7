// PGlite on a full disk: writes fail at once with 507 storage_full, reads and /healthz keep
// answering, and a start that cannot open the store exits non-zero with one line. Needs to mount a
// small tmpfs (root, as in CI); skipped with a message otherwise.
import { after, before, describe, it } from 'node:test';
import assert from '../../test/assert.ts';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statfsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createApiKey, openStore, type Store } from './index.ts';
import { buildApp } from '../server/app.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const mount = mkdtempSync(join(tmpdir(), 'backstop-full-'));

function tryMount(): string | false {
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=120m', 'tmpfs', mount], { stdio: 'pipe' });
    return false;
  } catch (error) {
    rmSync(mount, { recursive: true, force: true });
    const why = String((error as { stderr?: Buffer }).stderr ?? error)
      .trim()
      .split('\n')[0];
    return `cannot mount a small tmpfs to fill (${why}; needs root): disk-full tests skipped`;
  }
}

/** Fills the disk until `leave` bytes are free. */
function fill(name: string, leave: number) {
  const stats = statfsSync(mount);
  const size = Number(stats.bavail) * Number(stats.bsize) - leave;
  execFileSync('fallocate', ['-l', String(Math.max(size, 0)), join(mount, name)]);
}

const within = <T>(ms: number, what: string, promise: Promise<T>) =>
  Promise.race([
    promise,
    new Promise<never>((_, reject) =>
      setTimeout(() => reject(new Error(`${what}: no answer in ${ms} ms`)), ms),
    ),
  ]);

describe('PGlite on a full disk', async () => {
  const skip = process.platform === 'linux' ? tryMount() : 'disk-full tests need Linux tmpfs: skipped';
  if (skip) console.log(`# ${skip}`);
  let store: Store;

  before(async () => {
    if (skip) return;
    store = await openStore({ dataDir: join(mount, 'pglite') });
  });
  after(() => {
    if (skip) return;
    spawnSync('umount', ['-l', mount]);
    rmSync(mount, { recursive: true, force: true });
  });

  it(
    'refuses writes at once with 507, keeps answering reads and /healthz, writes again once freed',
    { skip },
    async () => {
      const app = await buildApp({ store, logger: false, startSync: false });
      try {
        const key = (await createApiKey(store, ['admin'])).key;
        const auth = { authorization: `Bearer ${key}` };
        const created = await app.inject({
          method: 'POST',
          url: '/v1/cases',
          payload: { fingerprints: [{ md5: 'a'.repeat(32) }] },
        });
        assert.equal(created.statusCode, 201, created.body);

        fill('filler', 8 * 1024 * 1024);
        const refused = await within(
          20_000,
          'a case on a full disk',
          app.inject({
            method: 'POST',
            url: '/v1/cases',
            payload: { fingerprints: [{ md5: 'b'.repeat(32) }] },
          }),
        );
        assert.equal(refused.statusCode, 507, refused.body);
        assert.equal(refused.json().error.code, 'storage_full');
        assert.match(refused.json().error.message, /disk .* is full/);
        const bank = await app.inject({
          method: 'POST',
          url: '/v1/banks',
          headers: auth,
          payload: { name: 'MORE' },
        });
        assert.equal(bank.statusCode, 507, bank.body);

        assert.equal((await app.inject('/healthz')).statusCode, 200);
        const banks = await app.inject({ url: '/v1/banks', headers: auth });
        assert.equal(banks.statusCode, 200, banks.body);
        const lookup = await app.inject({
          method: 'POST',
          url: '/v1/lookup',
          headers: auth,
          payload: { signals: { md5: 'a'.repeat(32) } },
        });
        assert.equal(lookup.statusCode, 200, lookup.body);
        assert.equal(lookup.json().matches.length, 1);

        rmSync(join(mount, 'filler'));
        const again = await app.inject({
          method: 'POST',
          url: '/v1/cases',
          payload: { fingerprints: [{ md5: 'b'.repeat(32) }] },
        });
        assert.equal(again.statusCode, 201, again.body);
      } finally {
        await app.close();
        await store.close();
      }
    },
  );

  it('a start that cannot create its store exits non-zero with a one-line reason', { skip }, async () => {
    fill('filler2', 64 * 1024);
    const started = spawnSync(
      process.execPath,
      ['bin/backstop.js', 'serve', '--port', '0', '--host', '127.0.0.1', '--data', join(mount, 'new')],
      { cwd: ROOT, encoding: 'utf8', timeout: 120_000, env: { ...process.env, DATABASE_URL: '' } },
    );
    rmSync(join(mount, 'filler2'));
    assert.equal(started.error, undefined, 'it exits by itself');
    assert.notEqual(started.status, 0);
    const lines = started.stderr.trim().split('\n');
    assert.equal(lines.length, 1, started.stderr);
    assert.match(lines[0], /^backstop: .*(full|space)/i);
  });
});

describe('disk-full errors from either store', () => {
  it('become 507 storage_full, whatever the database says', async () => {
    const { isDiskFull, storageFull, mayWrite } = await import('./disk-space.ts');
    assert.ok(isDiskFull({ code: '53100', message: 'could not extend file' }));
    assert.ok(isDiskFull(Object.assign(new Error('x'), { code: 'ENOSPC' })));
    assert.ok(isDiskFull({ name: 'ErrnoError', errno: 51 }));
    assert.ok(!isDiskFull(new Error('connection refused')));
    assert.equal(storageFull('PostgreSQL').status, 507);
    for (const sql of ['select 1', ' SELECT * from banks', 'begin', 'with x as (select 1) select * from x'])
      assert.equal(mayWrite(sql), false, sql);
    for (const sql of [
      'insert into banks',
      'update cases set',
      "select nextval('x')",
      'with d as (delete from x) select 1',
    ])
      assert.equal(mayWrite(sql), true, sql);
  });
});
