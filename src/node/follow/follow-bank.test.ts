import { after, before, describe, it } from 'node:test';
import assert from '../../../test/assert.ts';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import {
  findBank,
  followCheckpoint,
  getBank,
  listContent,
  openStore,
  updateContent,
  type Store,
} from '../../store/index.ts';
import { createTestApp, type TestApp } from '../../server/testing.ts';
import { followBank, followSource } from './follow-bank.ts';

const pdq = (n: number) => n.toString(16).padStart(64, 'a');
const BIN = resolve(import.meta.dirname, '../../../bin/backstop.js');

describe('backstop bank follow', () => {
  let sourceStore: Store;
  let source: TestApp;
  let url = '';
  let local: Store;
  const tmp = mkdtempSync(join(tmpdir(), 'backstop-follow-'));

  before(async () => {
    sourceStore = await openStore({ dataDir: 'memory://' });
    source = await createTestApp(sourceStore);
    url = await source.app.listen({ port: 0, host: '127.0.0.1' });
    local = await openStore({ dataDir: 'memory://' });
  });
  after(async () => {
    await source.app.close();
    await sourceStore.close();
    await local.close();
    rmSync(tmp, { recursive: true, force: true });
  });

  const follow = (extra: { key?: string; remoteBank?: string; pageSize?: number; url?: string } = {}) =>
    followBank(local, {
      url: extra.url ?? url,
      remoteBank: extra.remoteBank ?? 'VICTIM_CASES',
      key: extra.key ?? source.keys.curate,
      localBank: 'PARTNER_VICTIMS',
      pageSize: extra.pageSize,
    });
  const localItems = async () =>
    listContent(local, (await getBank(local, 'PARTNER_VICTIMS')).id, { limit: 100 });

  it('copies a bank, keeps up with disabling, and removes what a victim withdraws', async () => {
    const created = await source.app.inject({
      method: 'POST',
      url: '/v1/cases',
      payload: {
        fingerprints: [{ pdq: pdq(1) }, { pdq: pdq(2), md5: 'c'.repeat(32) }],
        contentType: 'photo',
      },
    });
    assert.equal(created.statusCode, 201, created.body);
    const { caseNumber, pin } = created.json();

    const first = await follow({ pageSize: 1 });
    assert.equal(first.added, 2);
    assert.ok(first.pages >= 2, 'followed page by page');
    assert.equal(
      await findBank(local, 'PARTNER_VICTIMS').then((b) => b?.name),
      'PARTNER_VICTIMS',
      'bank made',
    );
    const copied = await localItems();
    assert.deepEqual(copied.map((c) => c.signals.map((s) => s.value)).sort(), [
      [pdq(1)],
      [pdq(2), 'c'.repeat(32)],
    ]);
    assert.ok(copied.every((c) => c.enabled && c.contentType === 'photo' && c.caseRef == null));

    const again = await follow();
    assert.deepEqual([again.added, again.updated, again.removed], [0, 0, 0], 'nothing new: nothing done');
    assert.equal(again.checkpoint, first.checkpoint);

    const [sourceItem] = await listContent(sourceStore, (await getBank(sourceStore, 'VICTIM_CASES')).id, {
      limit: 1,
    });
    const until = new Date(Date.now() + 86_400_000);
    await updateContent(sourceStore, sourceItem.id, { disabledUntil: until });
    const disabled = await follow();
    assert.equal(disabled.updated, 1);
    const nowDisabled = (await localItems()).find((c) => c.externalId === String(sourceItem.id))!;
    assert.equal(nowDisabled.enabled, false);
    assert.equal(nowDisabled.disabledUntil?.getTime(), until.getTime());

    const withdrawn = await source.app.inject({
      method: 'POST',
      url: '/v1/cases/withdraw',
      payload: { caseNumber, pin },
    });
    assert.equal(withdrawn.statusCode, 200, withdrawn.body);
    const removed = await follow();
    assert.equal(removed.removed, 2);
    assert.deepEqual(await localItems(), []);
  });

  it('says clearly why it cannot follow, and keeps its checkpoint', async () => {
    const bank = await getBank(local, 'PARTNER_VICTIMS');
    const checkpoint = await followCheckpoint(local, bank.id, followSource(url, 'VICTIM_CASES'));
    const failures: [string, Parameters<typeof follow>[0]][] = [
      ['source_refused_key', { key: source.keys.match }],
      ['source_refused_key', { key: 'not-a-key' }],
      ['source_bank_not_found', { remoteBank: 'NO_SUCH_BANK' }],
      ['source_unreachable', { url: 'http://127.0.0.1:1' }],
      ['invalid_url', { url: 'ftp://example.org' }],
      ['invalid_url', { url: `http://user:secret@127.0.0.1:1` }],
      ['invalid_url', { url: 'not a url' }],
    ];
    for (const [code, options] of failures) {
      await assert.rejects(follow(options), (error: { code?: string; message: string }) => {
        assert.equal(error.code, code, error.message);
        assert.ok(!error.message.includes(source.keys.curate), 'the key is never in a message');
        return true;
      });
    }
    assert.equal(await followCheckpoint(local, bank.id, followSource(url, 'VICTIM_CASES')), checkpoint);
  });

  it('applies nothing from a page it cannot trust', async () => {
    const bank = await getBank(local, 'PARTNER_VICTIMS');
    const before = await followCheckpoint(local, bank.id, followSource(url, 'VICTIM_CASES'));
    const badPage = {
      changes: [
        {
          seq: before + 100,
          id: 999,
          status: 'active',
          contentType: null,
          disabledUntil: null,
          signals: { pdq: 'xyz' },
        },
      ],
      next: before + 100,
      more: false,
    };
    await assert.rejects(
      followBank(local, {
        url,
        remoteBank: 'VICTIM_CASES',
        key: 'k',
        localBank: 'PARTNER_VICTIMS',
        fetch: async () =>
          new Response(JSON.stringify(badPage), { headers: { 'content-type': 'application/json' } }),
      }),
      (error: { code?: string; message: string }) => {
        assert.equal(error.code, 'source_bad_answer');
        assert.match(error.message, /invalid fingerprint for its item 999: A PDQ hash must be/);
        return true;
      },
    );
    assert.equal(await followCheckpoint(local, bank.id, followSource(url, 'VICTIM_CASES')), before);
    assert.deepEqual(await localItems(), []);
  });

  it('runs from the command line, with the key from the environment', async () => {
    await source.app.inject({
      method: 'POST',
      url: '/v1/cases',
      payload: { fingerprints: [{ pdq: pdq(7) }] },
    });
    const data = join(tmp, 'pglite');
    const child = spawn(
      process.execPath,
      [BIN, 'bank', 'follow', url, 'VICTIM_CASES', '--into', 'COPY', '--json', '--data', data],
      {
        env: { ...process.env, BACKSTOP_FOLLOW_KEY: source.keys.curate },
      },
    );
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    const code = await new Promise((done) => child.on('close', done));
    assert.equal(code, 0, stderr);
    const summary = JSON.parse(stdout.trim());
    assert.equal(summary.bank, 'COPY');
    assert.equal(summary.added, 1);

    const noKey = spawn(process.execPath, [BIN, 'bank', 'follow', url, 'VICTIM_CASES', '--data', data], {
      env: { ...process.env, BACKSTOP_FOLLOW_KEY: '' },
    });
    let noKeyErr = '';
    noKey.stderr.on('data', (d) => (noKeyErr += d));
    assert.notEqual(await new Promise((done) => noKey.on('close', done)), 0);
    assert.match(noKeyErr, /BACKSTOP_FOLLOW_KEY/);
    assert.doesNotMatch(noKeyErr, /at .+:\d+:\d+/, 'no stack trace');
  });
});
