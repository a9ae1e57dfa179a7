import { after, describe, it } from 'node:test';
import assert from '../../../test/assert.ts';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { countBankContent, findActiveKey, getBank, openStore } from '../../store/index.ts';
import {
  postgresReachable,
  SKIP_POSTGRES_MESSAGE,
  TEST_DATABASE_URL,
  testStoreKinds,
} from '../../store/testing.ts';

const ROOT = resolve(import.meta.dirname, '../../..');
const BIN = join(ROOT, 'bin/backstop.js');
const tmp = mkdtempSync(join(tmpdir(), 'backstop-cli-'));
after(() => rmSync(tmp, { recursive: true, force: true }));

const md5 = (n: number) => n.toString(16).padStart(32, '0');
// Checked before any test runs: the PGlite tests below block the event loop with spawnSync.
const postgresSkip = (await postgresReachable()) ? false : SKIP_POSTGRES_MESSAGE;

describe('backstop keys and bank on PGlite', () => {
  let createdKey = '';
  it('creates a key in the store that serve uses, imports and exports a bank', () => {
    const data = join(tmp, 'pglite');
    const key = spawnSync(
      process.execPath,
      [BIN, 'keys', 'create', '--scope', 'curate', '--json', '--data', data],
      {
        encoding: 'utf8',
      },
    );
    assert.equal(key.status, 0, key.stderr);
    const created = JSON.parse(key.stdout);
    assert.deepEqual(created.scopes, ['curate']);
    createdKey = created.key;

    const csv = join(tmp, 'in.csv');
    writeFileSync(
      csv,
      ['md5,note', ...Array.from({ length: 25 }, (_, i) => `${md5(i)},"n, ${i}"`)].join('\n') + '\n',
    );
    const out = join(tmp, 'out.ndjson');
    const script = [
      `node ${BIN} bank import SCAM_PROFILE_PHOTOS ${csv} --batch-size 10 --json --data ${data}`,
      `node ${BIN} bank export SCAM_PROFILE_PHOTOS ${out} --data ${data}`,
      `node ${BIN} bank import NO_SUCH_BANK ${csv} --data ${data}`,
    ].join(' && echo ok && ');
    const run = spawnSync('sh', ['-c', script], { encoding: 'utf8' });
    const lines = run.stdout.trim().split('\n');
    assert.deepEqual(JSON.parse(lines[0]), { event: 'batch', committed: 10 });
    assert.equal(JSON.parse(lines[3]).committed, 25);
    const exported = readFileSync(out, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    assert.equal(exported.length, 25);
    assert.equal(exported[3].metadata.note, 'n, 3');
    assert.notEqual(run.status, 0, 'unknown bank fails');
    assert.match(run.stderr, /backstop: There is no bank named "NO_SUCH_BANK"/);
    assert.doesNotMatch(run.stderr, /\n\s+at /, 'no stack trace');
  });

  it('finds the key and the imported rows in the same data directory', async () => {
    const data = join(tmp, 'pglite');
    const store = await openStore({ dataDir: data });
    try {
      assert.deepEqual((await findActiveKey(store, createdKey))?.scopes, ['curate']);
      assert.equal(await countBankContent(store, (await getBank(store, 'SCAM_PROFILE_PHOTOS')).id), 25);
    } finally {
      await store.close();
    }
  });
});

describe('killing an import on PostgreSQL', async () => {
  const kind = testStoreKinds().find((k) => k.name === 'postgres')!;
  const skip = postgresSkip;
  after(() => kind.cleanup());

  it('keeps every acknowledged batch and no partial batch', { skip }, async () => {
    const schema = kind.newSchema();
    const store = await kind.open(schema);
    const file = join(tmp, 'big.ndjson');
    writeFileSync(
      file,
      Array.from({ length: 200_000 }, (_, i) => JSON.stringify({ md5: md5(i + 1) })).join('\n'),
    );
    const url = `${TEST_DATABASE_URL}?options=${encodeURIComponent(`-c search_path=${schema}`)}`;
    const child = spawn(
      process.execPath,
      [BIN, 'bank', 'import', 'VICTIM_CASES', file, '--batch-size', '1000', '--json'],
      {
        env: { ...process.env, DATABASE_URL: url },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let acknowledged = 0;
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise((r) => child.on('exit', r));
    for await (const line of createInterface({ input: child.stdout })) {
      acknowledged = JSON.parse(line).committed;
      if (acknowledged >= 3000) {
        child.kill('SIGKILL');
        break;
      }
    }
    await exited;
    try {
      const count = await countBankContent(store, (await getBank(store, 'VICTIM_CASES')).id);
      assert.ok(
        acknowledged >= 3000,
        `acknowledged ${acknowledged}; the import said: ${stderr.slice(0, 500)}`,
      );
      assert.ok(count >= acknowledged, `count ${count} < acknowledged ${acknowledged}`);
      assert.ok(count < 200_000, 'the import was interrupted');
      assert.equal(count % 1000, 0, `a partial batch is visible: ${count}`);
      const signals = await store.query<{ n: number }>('select count(*)::int as n from signals');
      assert.equal(signals[0].n, count, 'every content has its signal');
    } finally {
      await store.close();
    }
  });
});
