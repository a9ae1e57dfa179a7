import { after, describe, it } from 'node:test';
import assert from '../../test/assert.ts';
import {
  addContents,
  createBank,
  createCase,
  deleteContents,
  readBankChanges,
  updateContent,
  withdrawCase,
  getBank,
  VICTIM_CASES_BANK,
  type Signal,
  type Store,
} from './index.ts';
import { postgresReachable, SKIP_POSTGRES_MESSAGE, testStoreKinds } from './testing.ts';

const pdq = (n: number): Signal => ({ type: 'pdq', value: n.toString(16).padStart(64, '0') });

/** Follows a bank from `after` to the end, page by page, as a client would. */
async function follow(store: Store, bankId: number, after: number, limit = 1000) {
  const pages = [];
  let next = after;
  for (;;) {
    const page = await readBankChanges(store, bankId, next, limit);
    pages.push(page);
    assert.ok(page.next >= next, 'the checkpoint never goes back');
    next = page.next;
    if (!page.more) return { seen: pages.flatMap((p) => p.changes), next, pages };
  }
}

for (const kind of testStoreKinds()) {
  describe(`bank change feed on ${kind.name}`, async () => {
    const skip = kind.name === 'postgres' && !(await postgresReachable()) ? SKIP_POSTGRES_MESSAGE : false;
    const stores: Store[] = [];
    const open = async () => {
      const store = await kind.open();
      stores.push(store);
      return store;
    };
    after(async () => {
      for (const s of stores) await s.close();
      await kind.cleanup();
    });

    it(
      'reports additions, disabling, re-enabling and removal, each with the current state',
      { skip },
      async () => {
        const store = await open();
        const bank = await createBank(store, { name: 'FEED_A' });
        const other = await createBank(store, { name: 'FEED_OTHER' });
        const [a, b] = await addContents(store, bank.id, [
          { signals: [pdq(1)], contentType: 'photo' },
          { signals: [pdq(2), { type: 'md5', value: 'a'.repeat(32) }] },
        ]);
        await addContents(store, other.id, [{ signals: [pdq(3)] }]);

        const first = await follow(store, bank.id, 0);
        assert.deepEqual(
          first.seen.map((c) => [c.id, c.status, c.signals.map((s) => s.value)]),
          [
            [a, 'active', [pdq(1).value]],
            [b, 'active', [pdq(2).value, 'a'.repeat(32)]],
          ],
          'only this bank, in order, with signals',
        );
        assert.equal(first.seen[0].contentType, 'photo');

        const again = await readBankChanges(store, bank.id, first.next, 100);
        assert.deepEqual(
          again,
          { changes: [], next: first.next, more: false },
          'nothing new: same checkpoint',
        );

        const until = new Date(Date.now() + 3_600_000);
        await updateContent(store, a, { disabledUntil: until });
        await deleteContents(store, [b]);
        const second = await follow(store, bank.id, first.next);
        assert.deepEqual(
          second.seen.map((c) => [c.id, c.status]),
          [
            [a, 'disabled'],
            [b, 'removed'],
          ],
        );
        assert.equal(second.seen[0].disabledUntil?.getTime(), until.getTime());
        assert.deepEqual(second.seen[1].signals, [], 'a removed item carries no signals');

        await updateContent(store, a, { enabled: true });
        const third = await follow(store, bank.id, second.next);
        assert.deepEqual(
          third.seen.map((c) => [c.id, c.status]),
          [[a, 'active']],
        );
      },
    );

    it(
      'pages by change records; an item changed often appears once per page, at its latest seq',
      { skip },
      async () => {
        const store = await open();
        const bank = await createBank(store, { name: 'FEED_PAGES' });
        const ids = await addContents(
          store,
          bank.id,
          Array.from({ length: 7 }, (_, n) => ({ signals: [pdq(100 + n)] })),
        );
        for (let n = 0; n < 3; n++) await updateContent(store, ids[0], { note: `edit ${n}` });

        const { pages } = await follow(store, bank.id, 0, 3);
        assert.ok(pages.length >= 3, `several pages (${pages.length})`);
        for (const page of pages) {
          const pageIds = page.changes.map((c) => c.id);
          assert.equal(new Set(pageIds).size, pageIds.length, 'an item at most once per page');
          const seqs = page.changes.map((c) => c.seq);
          assert.deepEqual(
            seqs,
            [...seqs].sort((x, y) => x - y),
            'oldest first',
          );
        }
        const seen = new Set(pages.flatMap((p) => p.changes.map((c) => c.id)));
        assert.deepEqual(
          [...seen].sort((x, y) => x - y),
          ids,
          'every item reached by following the pages',
        );
      },
    );

    it(
      "a victim's withdrawal reaches followers of VICTIM_CASES as removals, with no case details",
      { skip },
      async () => {
        const store = await open();
        const bank = await getBank(store, VICTIM_CASES_BANK);
        const start = (await follow(store, bank.id, 0)).next;
        const created = await createCase(store, {
          items: [{ signals: [pdq(900)] }, { signals: [pdq(901)] }],
        });
        const added = await follow(store, bank.id, start);
        assert.deepEqual(
          added.seen.map((c) => c.status),
          ['active', 'active'],
        );
        for (const change of added.seen) {
          assert.deepEqual(Object.keys(change).sort(), [
            'contentType',
            'disabledUntil',
            'id',
            'seq',
            'signals',
            'status',
          ]);
        }
        await withdrawCase(store, created.record.id);
        const withdrawn = await follow(store, bank.id, added.next);
        assert.deepEqual(
          withdrawn.seen.map((c) => [c.id, c.status]),
          created.contentIds.map((id) => [id, 'removed']),
        );
      },
    );
  });
}

describe('bank change feed ordering on postgres', async () => {
  const skip = (await postgresReachable()) ? false : SKIP_POSTGRES_MESSAGE;
  const kind = testStoreKinds().find((k) => k.name === 'postgres')!;
  after(() => kind.cleanup());

  it('a second writer waits for the first, so seq order is commit order', { skip }, async () => {
    const schema = kind.newSchema();
    const one = await kind.open(schema);
    const two = await kind.open(schema);
    let releaseFirst = () => {};
    const firstMayCommit = new Promise<void>((resolve) => (releaseFirst = resolve));
    let first: Promise<void> = Promise.resolve();
    let second: Promise<void> = Promise.resolve();
    try {
      const bank = await createBank(one, { name: 'FEED_ORDER' });
      const order: string[] = [];
      first = one.transaction(async (tx) => {
        await addContents(tx, bank.id, [{ signals: [pdq(1)] }]);
        await firstMayCommit;
        order.push('first commits');
      });
      await new Promise((resolve) => setTimeout(resolve, 100));
      second = two.transaction(async (tx) => {
        await addContents(tx, bank.id, [{ signals: [pdq(2)] }]);
        order.push('second wrote');
      });
      await new Promise((resolve) => setTimeout(resolve, 300));
      assert.deepEqual(order, [], 'the second writer is held while the first is open');
      releaseFirst();
      await Promise.all([first, second]);
      assert.deepEqual(order, ['first commits', 'second wrote']);
      const page = await readBankChanges(one, bank.id, 0, 10);
      assert.deepEqual(
        page.changes.map((c) => c.signals[0].value),
        [pdq(1).value, pdq(2).value],
      );
    } finally {
      // a failed assertion must not leave the first transaction open (closing would wait for it)
      releaseFirst();
      await Promise.allSettled([first, second]);
      await one.close();
      await two.close();
    }
  });
});
