import { after, describe, it } from 'node:test';
import assert from '../../test/assert.ts';
import {
  addContents,
  authenticateCase,
  countBankContent,
  createApiKey,
  createBank,
  createCase,
  deleteBank,
  deleteContents,
  findActiveKey,
  findContent,
  getBank,
  grants,
  indexedSignalsOf,
  latestChangeSeq,
  listBanks,
  listContent,
  migrate,
  normalizeCaseNumber,
  pruneChanges,
  readChanges,
  revokeApiKey,
  updateBank,
  updateContent,
  withdrawCase,
  type Store,
} from './index.ts';
import { postgresReachable, SKIP_POSTGRES_MESSAGE, testStoreKinds } from './testing.ts';

const PDQ = 'f8f8f0cee0f4a84f06370a22038f63f0b36e2ed596621e1d33e6b39c4e9c9b22';
const MD5 = 'd41d8cd98f00b204e9800998ecf8427e';

for (const kind of testStoreKinds()) {
  describe(`store on ${kind.name}`, async () => {
    const skip = kind.name === 'postgres' && !(await postgresReachable()) ? SKIP_POSTGRES_MESSAGE : false;
    const stores: Store[] = [];
    let shared: Promise<Store> | undefined;
    // One store for the whole suite (opening PGlite costs seconds); tests use their own bank names.
    const open = async (schema?: string) => {
      if (schema === undefined) {
        shared ??= kind.open().then((store) => (stores.push(store), store));
        return shared;
      }
      const store = await kind.open(schema);
      stores.push(store);
      return store;
    };
    after(async () => {
      for (const s of stores) await s.close();
      await kind.cleanup();
    });

    it('starts with the default banks, empty, and migrating twice is a no-op', { skip }, async () => {
      const store = await open();
      const banks = await listBanks(store);
      assert.deepEqual(
        banks.map((b) => b.name),
        ['SCAM_PROFILE_PHOTOS', 'VICTIM_CASES'],
      );
      for (const bank of banks) assert.equal(await countBankContent(store, bank.id), 0);
      assert.deepEqual(await migrate(store), []);
    });

    it('runs migrations safely from several processes at once', { skip }, async () => {
      if (kind.name !== 'postgres') return;
      const schema = kind.newSchema();
      const many = await Promise.all([open(schema), open(schema), open(schema)]);
      assert.equal((await listBanks(many[0])).length, 2);
    });

    it('creates, renames, disables and deletes banks with clear errors', { skip }, async () => {
      const store = await open();
      const bank = await createBank(store, { name: 'TEST_BANK' });
      assert.equal(bank.enabled, true);
      await assert.rejects(createBank(store, { name: 'TEST_BANK' }), { code: 'bank_exists', status: 409 });
      await assert.rejects(createBank(store, { name: 'lower-case' }), { code: 'invalid_bank_name' });
      const renamed = await updateBank(store, 'TEST_BANK', { name: 'RENAMED', enabled: false });
      assert.equal(renamed.name, 'RENAMED');
      assert.equal(renamed.enabled, false);
      await assert.rejects(getBank(store, 'TEST_BANK'), { code: 'bank_not_found', status: 404 });
      await assert.rejects(updateBank(store, 'RENAMED', { name: 'VICTIM_CASES' }), { code: 'bank_exists' });
      assert.equal(await deleteBank(store, 'RENAMED'), true);
      assert.equal(await deleteBank(store, 'RENAMED'), false);
    });

    it('stores content with signals and metadata, logs every change', { skip }, async () => {
      const store = await open();
      const bank = await createBank(store, { name: 'CONTENT_TEST' });
      const before = await latestChangeSeq(store);
      const [a, b] = await store.transaction((tx) =>
        addContents(tx, bank.id, [
          {
            signals: [
              { type: 'pdq', value: PDQ },
              { type: 'md5', value: MD5 },
            ],
            source: 'report',
            caseRef: 'R-1',
            note: 'first',
            extra: { k: 1 },
          },
          { signals: [{ type: 'md5', value: MD5 }] },
        ]),
      );
      const got = await findContent(store, bank.id, a);
      assert.ok(got);
      assert.equal(got.source, 'report');
      assert.equal(got.caseRef, 'R-1');
      assert.deepEqual(got.extra, { k: 1 });
      assert.deepEqual(got.signals, [
        { type: 'pdq', value: PDQ },
        { type: 'md5', value: MD5 },
      ]);
      assert.ok(got.addedAt instanceof Date);
      const changes = await readChanges(store, before);
      assert.deepEqual(
        changes.map((c) => c.contentId),
        [a, b],
      );
      await updateContent(store, a, { enabled: false, note: 'edited' });
      const edited = await findContent(store, bank.id, a);
      assert.equal(edited?.enabled, false);
      assert.equal(edited?.note, 'edited');
      assert.equal((await indexedSignalsOf(store, [a]))[0].enabled, false);
      assert.deepEqual(
        (await listContent(store, bank.id, { afterId: a })).map((c) => c.id),
        [b],
      );
      await pruneChanges(store, 3600);
      assert.equal((await readChanges(store, before)).length, 3, 'recent changes are kept');
      await new Promise((r) => setTimeout(r, 20));
      await pruneChanges(store, 0);
      assert.deepEqual(await readChanges(store, 0), [], 'old changes are pruned');
      assert.equal(await deleteContents(store, [a, b]), 2);
      assert.deepEqual(await indexedSignalsOf(store, [a, b]), []);
      assert.equal(await findContent(store, bank.id, a), undefined);
    });

    it('disables content until a time, after which it counts as enabled again', { skip }, async () => {
      const store = await open();
      const bank = await createBank(store, { name: 'DISABLE_UNTIL_TEST' });
      const [later, passed] = await store.transaction((tx) =>
        addContents(tx, bank.id, [
          { signals: [{ type: 'md5', value: MD5 }] },
          { signals: [{ type: 'md5', value: MD5 }] },
        ]),
      );
      const hour = 3_600_000;
      const until = new Date(Math.floor(Date.now() / 1000) * 1000 + hour);
      await updateContent(store, later, { disabledUntil: until });
      await updateContent(store, passed, { disabledUntil: new Date(Date.now() - hour) });
      const disabled = await findContent(store, bank.id, later);
      assert.equal(disabled?.enabled, false);
      assert.equal(disabled?.disabledUntil?.getTime(), until.getTime());
      assert.equal((await indexedSignalsOf(store, [later]))[0].enabledFrom, until.getTime());
      const again = await findContent(store, bank.id, passed);
      assert.equal(again?.enabled, true, 'the time has passed');
      assert.equal(again?.disabledUntil, null);
      // Enabling or disabling for good clears the time.
      await updateContent(store, later, { enabled: false });
      assert.equal((await findContent(store, bank.id, later))?.disabledUntil, null);
      assert.equal((await indexedSignalsOf(store, [later]))[0].enabledFrom, 0);
    });

    it('rolls back a failed transaction entirely', { skip }, async () => {
      const store = await open();
      const bank = await createBank(store, { name: 'ROLLBACK_TEST' });
      await assert.rejects(
        store.transaction(async (tx) => {
          await addContents(tx, bank.id, [{ signals: [{ type: 'md5', value: MD5 }] }]);
          throw new Error('boom');
        }),
        /boom/,
      );
      assert.equal(await countBankContent(store, bank.id), 0);
    });

    it('keeps only a hash of API keys; revoked keys stop working', { skip }, async () => {
      const store = await open();
      const { key, record } = await createApiKey(store, ['curate'], 'ci');
      assert.match(key, /^bsk_[A-Za-z0-9_-]{43}$/);
      const rows = await store.query<{ key_hash: string }>('select key_hash from api_keys');
      assert.ok(rows.every((r) => r.key_hash !== key && !r.key_hash.includes(key)));
      assert.deepEqual((await findActiveKey(store, key))?.scopes, ['curate']);
      assert.equal(await findActiveKey(store, key + 'x'), undefined);
      assert.ok(grants(record.scopes, 'match'));
      assert.ok(!grants(record.scopes, 'admin'));
      await revokeApiKey(store, record.id);
      assert.equal(await findActiveKey(store, key), undefined);
    });

    it(
      'creates cases with a PIN, is not locked by wrong PINs, withdraws fingerprints',
      { skip },
      async () => {
        const store = await open();
        const { record, pin } = await createCase(store, {
          items: [{ signals: [{ type: 'pdq', value: PDQ }] }, { signals: [{ type: 'md5', value: MD5 }] }],
        });
        assert.match(record.number, /^BK-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
        assert.match(pin, /^\d{8}$/);
        assert.equal(record.fingerprintCount, 2);
        const stored = await store.query<{ pin_hash: string }>('select pin_hash from cases');
        assert.ok(stored[0].pin_hash.startsWith('scrypt$') && !stored[0].pin_hash.includes(pin));
        const typed = record.number.toLowerCase().replace(/-/g, ' ');
        assert.equal((await authenticateCase(store, typed, pin)).id, record.id);
        const wrong = pin === '00000000' ? '11111111' : '00000000';
        await assert.rejects(authenticateCase(store, 'BK-0000-0000-0000', pin), { code: 'case_not_found' });
        // Wrong PINs change nothing about the case: the owner is never locked out by them.
        for (let i = 0; i < 10; i++) {
          await assert.rejects(authenticateCase(store, record.number, wrong), { code: 'case_not_found' });
        }
        assert.equal((await authenticateCase(store, record.number, pin)).id, record.id);
        const withdrawn = await withdrawCase(store, record.id);
        assert.equal(withdrawn.status, 'withdrawn');
        assert.equal(withdrawn.fingerprintCount, 0);
        const bank = await getBank(store, 'VICTIM_CASES');
        assert.equal(await countBankContent(store, bank.id), 0);
      },
    );
  });
}

describe('case numbers', () => {
  it('normalises what people type', () => {
    assert.equal(normalizeCaseNumber('bk 1234 abcd efgh'), 'BK-1234-ABCD-EFGH');
    assert.equal(normalizeCaseNumber('1234ABCDEFGH'), 'BK-1234-ABCD-EFGH');
    assert.equal(normalizeCaseNumber('BK-O1L1-ABCD-EFGH'), 'BK-0111-ABCD-EFGH');
    assert.equal(normalizeCaseNumber('BK-1234'), undefined);
    assert.equal(normalizeCaseNumber('BK-1234-ABCD-EFGU'), undefined);
  });
});
