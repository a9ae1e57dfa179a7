import { after, describe, it } from 'node:test';
import assert from '../../test/assert.ts';
import { matchingFile } from '../../test/fixtures/pdq/conformance.ts';
import { openStore, type Store } from '../store/index.ts';
import { createTestApp, usePostgresProcesses, type TestApp } from './testing.ts';

async function eventually(check: () => Promise<boolean>, timeoutMs = 15_000): Promise<number> {
  const start = Date.now();
  while (Date.now() - start < timeoutMs) {
    if (await check()) return Date.now() - start;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`not visible after ${timeoutMs} ms`);
}

describe('index sync across processes sharing one PostgreSQL', async () => {
  const { skip, openStores, openApp } = await usePostgresProcesses();

  it('shows adds, disables and removals made through one server in the other', { skip }, async () => {
    const [storeA, storeB] = await openStores(2);
    const a = await openApp(storeA, { startSync: true });
    const b = await openApp(storeB, { startSync: true });
    const md5 = 'abcdef0123456789abcdef0123456789';
    const lookupB = async () =>
      (
        await b.app.inject({
          method: 'POST',
          url: '/v1/lookup',
          payload: { signals: { md5 } },
          headers: b.auth('match'),
        })
      ).json().matches as { contentId: number }[];

    const added = await a.app.inject({
      method: 'POST',
      url: '/v1/banks/SCAM_PROFILE_PHOTOS/content',
      payload: { signals: { md5 } },
      headers: a.auth('curate'),
    });
    const id = added.json().id;
    await eventually(async () => (await lookupB()).some((m) => m.contentId === id));

    await a.app.inject({
      method: 'PATCH',
      url: '/v1/banks/SCAM_PROFILE_PHOTOS',
      payload: { enabled: false },
      headers: a.auth('curate'),
    });
    await eventually(async () => (await lookupB()).length === 0);
    await a.app.inject({
      method: 'PATCH',
      url: '/v1/banks/SCAM_PROFILE_PHOTOS',
      payload: { enabled: true },
      headers: a.auth('curate'),
    });
    await eventually(async () => (await lookupB()).length === 1);

    await a.app.inject({
      method: 'DELETE',
      url: `/v1/banks/SCAM_PROFILE_PHOTOS/content/${id}`,
      headers: a.auth('curate'),
    });
    await eventually(async () => (await lookupB()).length === 0);
  });

  it('applies a change whose transaction commits after a later one (sequence gap)', { skip }, async () => {
    // Content writes are serialised (the bank change feed's lock), so the slow writer here changes a
    // bank, which only the index log records: it takes its sequence number first and commits last.
    const [storeA, storeB] = await openStores(2);
    const b = await openApp(storeB, { startSync: true });
    const { addContents, createBank, getBank, updateBank } = await import('../store/index.ts');
    const slowBank = await createBank(storeA, { name: 'SLOW_BANK' });
    const bankedMd5 = '1'.repeat(32);
    const fastMd5 = '2'.repeat(32);
    await addContents(storeA, slowBank.id, [{ signals: [{ type: 'md5', value: bankedMd5 }] }]);
    const found = (md5: string) => async () =>
      (
        await b.app.inject({
          method: 'POST',
          url: '/v1/lookup',
          payload: { signals: { md5 } },
          headers: b.auth('match'),
        })
      ).json().matches.length === 1;
    await eventually(found(bankedMd5));

    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const slow = storeA.transaction(async (tx) => {
      await updateBank(tx, 'SLOW_BANK', { enabled: false });
      await gate;
    });
    await new Promise((r) => setTimeout(r, 50));
    const other = await getBank(storeA, 'SCAM_PROFILE_PHOTOS');
    await storeA.transaction((tx) =>
      addContents(tx, other.id, [{ signals: [{ type: 'md5', value: fastMd5 }] }]),
    );
    await eventually(found(fastMd5));
    await new Promise((r) => setTimeout(r, 600)); // several polls pass while the gap is open
    assert.ok(await found(bankedMd5)(), 'the slow change is not applied before it commits');
    release();
    await slow;
    await eventually(async () => !(await found(bankedMd5)()));
  });
});

describe('matching through the server index equals the PDQ conformance expectations', () => {
  let store: Store;
  let t: TestApp;
  after(async () => {
    await t?.app.close();
    await store?.close();
  });

  it('finds exactly the expected (needle, haystack) pairs within 31', async () => {
    const haystack = matchingFile('haystack.txt').trim().split('\n');
    const needles = matchingFile('needles.txt').trim().split('\n');
    const expected = matchingFile('expected-within-31.tsv')
      .trim()
      .split('\n')
      .slice(1)
      .map((line) => line.split('\t'))
      .map(([n, , h, d]) => `${n}:${h}:${d}`)
      .sort();
    store = await openStore({ dataDir: 'memory://' });
    t = await createTestApp(store);
    await t.app.inject({
      method: 'POST',
      url: '/v1/banks',
      payload: { name: 'CONFORMANCE' },
      headers: t.auth('curate'),
    });
    const added = await t.app.inject({
      method: 'POST',
      url: '/v1/banks/CONFORMANCE/content/batch',
      payload: { items: haystack.map((pdq) => ({ signals: { pdq } })) },
      headers: t.auth('curate'),
    });
    const ids: number[] = added.json().ids;
    const indexOf = new Map(ids.map((id, i) => [id, i]));
    const res = await t.app.inject({
      method: 'POST',
      url: '/v1/lookup/batch',
      payload: { items: needles.map((pdq) => ({ signals: { pdq } })), banks: ['CONFORMANCE'] },
      headers: t.auth('match'),
    });
    const got: string[] = [];
    res.json().results.forEach((r: { matches: { contentId: number; distance: number }[] }, n: number) => {
      for (const m of r.matches) got.push(`${n}:${indexOf.get(m.contentId)}:${m.distance}`);
    });
    assert.equal(expected.length, 250);
    assert.deepEqual(got.sort(), expected);
  });
});
