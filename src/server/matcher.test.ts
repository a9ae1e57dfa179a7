import { after, before, describe, it } from 'node:test';
import assert from '../../test/assert.ts';
import { hammingDistance } from '../core/pdq/index.ts';
import { addContents, createBank, openStore, updateContent, type Bank, type Store } from '../store/index.ts';
import { Matcher, type Match } from './matcher.ts';
import { mulberry32 } from '../../test/random.ts';

const next = mulberry32(20261125);
const randomPdq = () => Array.from({ length: 8 }, () => next().toString(16).padStart(8, '0')).join('');

/** `hex` with `bits` distinct bits flipped. */
function flip(hex: string, bits: number): string {
  const bytes = Buffer.from(hex, 'hex');
  const chosen = new Set<number>();
  while (chosen.size < bits) chosen.add(next() & 255);
  for (const bit of chosen) bytes[bit >> 3] ^= 1 << (bit & 7);
  return bytes.toString('hex');
}

describe('Matcher', () => {
  let store: Store;
  let bank: Bank;
  const hashes = new Map<number, string>(); // content id -> pdq
  const matchers: Matcher[] = [];
  before(async () => {
    store = await openStore({ dataDir: 'memory://' });
    bank = await createBank(store, { name: 'MATCHER_TEST' });
  });
  after(async () => {
    for (const m of matchers) m.stop();
    await store.close();
  });

  const addPdqs = async (count: number) => {
    // Half random, half near copies of earlier hashes, so lookups have several answers.
    const earlier = [...hashes.values()];
    const values = Array.from({ length: count }, (_, i) =>
      i % 2 && earlier.length ? flip(earlier[next() % earlier.length], next() % 24) : randomPdq(),
    );
    const ids = await store.transaction((tx) =>
      addContents(
        tx,
        bank.id,
        values.map((value) => ({ signals: [{ type: 'pdq' as const, value }] })),
      ),
    );
    ids.forEach((id, i) => hashes.set(id, values[i]));
  };

  /** What a scan of every hash gives: best distance per content within 31, closest first. */
  const reference = (query: string): Match[] =>
    [...hashes]
      .map(([contentId, hash]) => ({ contentId, distance: hammingDistance(query, hash) }))
      .filter((m) => m.distance <= 31)
      .sort((a, b) => a.distance - b.distance || a.contentId - b.contentId)
      .map((m) => ({ ...m, bank: bank.name, signalType: 'pdq' as const }));

  const queries = () =>
    Array.from({ length: 60 }, (_, i) => {
      const stored = [...hashes.values()][next() % hashes.size];
      return i % 3 === 2 ? randomPdq() : flip(stored, next() % 40);
    });

  it('builds its PDQ tables at start, and compacts once a large burst of changes has been applied', async () => {
    await addPdqs(6000);
    // Ten more arrive while the index loads (right after it read the signals), so the first sync
    // has changes to apply.
    let arrived = false;
    const busy: Store = Object.create(store, {
      query: {
        value: async <T>(sql: string, params?: unknown[]) => {
          const rows = await store.query<T>(sql, params);
          if (!arrived && /from signals s join bank_content/.test(sql)) {
            arrived = true;
            await addPdqs(10);
          }
          return rows;
        },
      },
    });
    const matcher = new Matcher(busy, { syncIntervalMs: 0 });
    matchers.push(matcher);
    await matcher.start();
    assert.ok(arrived);
    const loaded = matcher.pdqStats();
    assert.equal(loaded.size, 6010);
    assert.equal(loaded.built, 6000, 'tables built before the first lookup');
    assert.equal(loaded.pending, 10, 'the ten arrivals wait beside the tables');
    assert.ok(loaded.substrings > 0);

    const first = queries();
    const lookup = (q: string) => matcher.lookup('pdq', q, { maxDistance: 31 });
    for (const q of first) assert.deepEqual(lookup(q), reference(q));
    assert.equal(matcher.pdqStats().rebuilds, loaded.rebuilds, 'no rebuild on the first lookups');

    await addPdqs(2000);
    await matcher.syncNow();
    const burst = matcher.pdqStats();
    assert.equal(burst.pending, 2010, 'the new hashes wait beside the tables');
    const all = [...first, ...queries()];
    const beforeCompaction = all.map(lookup);
    assert.equal(matcher.pdqStats().pending, 2010, 'the lookups did not rebuild by themselves');

    await matcher.syncNow(); // nothing new: the log is quiet, so the burst is folded in
    const compacted = matcher.pdqStats();
    assert.equal(compacted.pending, 0);
    assert.equal(compacted.built, 8010);
    assert.equal(compacted.rebuilds, burst.rebuilds + 1);
    const afterCompaction = all.map(lookup);
    assert.deepEqual(afterCompaction, beforeCompaction);
    all.forEach((q, i) => assert.deepEqual(afterCompaction[i], reference(q)));

    await matcher.syncNow();
    assert.equal(matcher.pdqStats().rebuilds, compacted.rebuilds, 'no rebuild when nothing is pending');
  });

  it('counts content disabled until a time as enabled once that time has passed', async () => {
    const md5 = 'feedfacefeedfacefeedfacefeedface';
    const [id] = await store.transaction((tx) =>
      addContents(tx, bank.id, [{ signals: [{ type: 'md5', value: md5 }] }]),
    );
    const until = Date.now() + 3_600_000;
    let clock = Date.now();
    const matcher = new Matcher(store, { syncIntervalMs: 0, now: () => clock });
    matchers.push(matcher);
    await matcher.start();
    const found = () => matcher.lookup('md5', md5, { maxDistance: 0 }).map((m) => m.contentId);
    assert.deepEqual(found(), [id]);

    await store.transaction((tx) => updateContent(tx, id, { disabledUntil: new Date(until) }));
    await matcher.syncNow();
    assert.deepEqual(found(), [], 'disabled for now');
    clock = until - 1;
    assert.deepEqual(found(), [], 'still disabled just before the time');
    clock = until;
    assert.deepEqual(found(), [id], 'enabled again at the time');

    // A matcher that loads the content after the time has passed sees it enabled too.
    const late = new Matcher(store, { syncIntervalMs: 0, now: () => until + 1 });
    matchers.push(late);
    await late.start();
    assert.deepEqual(
      late.lookup('md5', md5, { maxDistance: 0 }).map((m) => m.contentId),
      [id],
    );

    // Disabled for good stays disabled, whatever the time.
    await store.transaction((tx) => updateContent(tx, id, { enabled: false }));
    await matcher.syncNow();
    clock = until + 86_400_000;
    assert.deepEqual(found(), []);
  });

  it('shares one sync among calls made while it waits, and still sees every earlier commit', async () => {
    let reads = 0;
    const counting: Store = {
      ...store,
      query: (sql: string, params?: unknown[]) => {
        if (sql.includes('from index_changes')) reads += 1;
        return store.query(sql, params);
      },
    } as Store;
    const matcher = new Matcher(counting, { syncIntervalMs: 0 });
    matchers.push(matcher);
    await matcher.start();
    reads = 0;
    const md5s = Array.from({ length: 50 }, (_, i) => `c0ffee${String(i).padStart(26, '0')}`);
    // 50 writers, each committing then asking for a sync, as 50 concurrent case creations do.
    await Promise.all(
      md5s.map(async (value) => {
        await store.transaction((tx) => addContents(tx, bank.id, [{ signals: [{ type: 'md5', value }] }]));
        await matcher.syncNow();
        assert.equal(matcher.lookup('md5', value, { maxDistance: 0 }).length, 1, 'own write visible');
      }),
    );
    assert.ok(reads < 25, `${reads} reads of the change log for 50 syncs`);
  });
});
