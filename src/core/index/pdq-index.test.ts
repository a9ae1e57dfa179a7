import { test } from 'node:test';
import assert from '../../../test/assert.ts';
import { matchingFile } from '../../../test/fixtures/pdq/conformance.ts';
import { BackstopError } from '../errors.ts';
import { bruteForcePdqQuery, createPdqIndex, type PdqIndex, type PdqMatch } from './index.ts';
import { makeLayout, SIDE_TABLES, substringsFor, tableRadius } from './pdq-index.ts';
import { mulberry32 } from '../../../test/random.ts';

function lines(name: string): string[] {
  return matchingFile(name)
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.length > 0);
}

function hexToBytes(hex: string): Uint8Array {
  const bytes = new Uint8Array(32);
  for (let i = 0; i < 32; i++) bytes[i] = parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return bytes;
}

function bytesToHex(bytes: Uint8Array): string {
  return [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** Deterministic PRNG in [0, 1), so a failure reproduces. */
function rng(seed: number): () => number {
  const next = mulberry32(seed);
  return () => next() / 4294967296;
}

function randomHash(rand: () => number): Uint8Array {
  const bytes = new Uint8Array(32);
  for (let i = 0; i < 32; i++) bytes[i] = Math.floor(rand() * 256);
  return bytes;
}

/** A copy of `hash` with exactly `flips` distinct bits flipped. */
function flipBits(hash: Uint8Array, flips: number, rand: () => number): Uint8Array {
  const out = hash.slice();
  const chosen = new Set<number>();
  while (chosen.size < flips) chosen.add(Math.floor(rand() * 256));
  for (const bit of chosen) out[bit >> 3] ^= 1 << (bit & 7);
  return out;
}

/**
 * A copy of `hash` with `flips` bits flipped evenly spread over the 256 bits: the worst case for
 * multi-index hashing, as every substring gets about the same share of the difference.
 */
function spreadBits(hash: Uint8Array, flips: number, rand: () => number): Uint8Array {
  const out = hash.slice();
  const offset = rand();
  for (let i = 0; i < flips; i++) {
    const bit = Math.floor(((i + offset) * 256) / flips) % 256;
    out[bit >> 3] ^= 1 << (bit & 7);
  }
  return out;
}

/** Near-duplicate: half the time random bits, half the time evenly spread bits. */
function nearDuplicate(hash: Uint8Array, flips: number, rand: () => number): Uint8Array {
  return rand() < 0.5 ? flipBits(hash, flips, rand) : spreadBits(hash, flips, rand);
}

function hashWords(hash: Uint8Array): Uint32Array {
  const words = new Uint32Array(8);
  for (let w = 0; w < 8; w++) words[w] = new DataView(hash.buffer, hash.byteOffset).getUint32(w * 4);
  return words;
}

/** queryBatch's pairs, as one match list per query sorted like `query`'s. */
function batchByQuery(index: PdqIndex, words: Uint32Array, radii: number[]): PdqMatch[][] {
  const found = index.queryBatch(words, radii);
  const out: PdqMatch[][] = radii.map(() => []);
  for (let k = 0; k < found.count; k++) {
    if (k > 0) assert.ok(found.queries[k] >= found.queries[k - 1], 'pairs ordered by query');
    out[found.queries[k]].push({ id: found.ids[k], distance: found.distances[k] });
  }
  for (const list of out) list.sort((a, b) => a.distance - b.distance || a.id - b.id);
  return out;
}

interface LayoutCase {
  name: string;
  substrings?: number;
  alwaysUseTables?: boolean;
}

const INDEX_LAYOUTS: LayoutCase[] = [
  { name: 'automatic layout' },
  { name: '11 substrings', substrings: 11 },
  { name: '16 substrings', substrings: 16 },
  { name: '32 substrings', substrings: 32 },
];

/** Layouts for the property test; the tables-only ones also reach the table search at large radii. */
const PROPERTY_LAYOUTS: (LayoutCase & { radii: number[] })[] = [
  ...INDEX_LAYOUTS.map((layout) => ({ ...layout, radii: [0, 8, 31, 32, 47, 64, 90] })),
  { name: '11 substrings, tables only', substrings: 11, alwaysUseTables: true, radii: [0, 8, 31, 32, 40] },
  { name: '16 substrings, tables only', substrings: 16, alwaysUseTables: true, radii: [0, 8, 31, 32, 50] },
];

test('returns exactly the conformance pairs within 31 (ThreatExchange haystack and needles)', () => {
  const haystack = lines('haystack.txt');
  const needles = lines('needles.txt');
  const expected = new Map<number, PdqMatch[]>();
  for (const row of lines('expected-within-31.tsv').slice(1)) {
    const [needle, , hay, distance] = row.split('\t');
    const list = expected.get(Number(needle)) ?? [];
    list.push({ id: Number(hay), distance: Number(distance) });
    expected.set(Number(needle), list);
  }
  assert.equal(haystack.length, 1350);
  assert.equal(needles.length, 100);
  for (const layout of INDEX_LAYOUTS) {
    for (const compacted of [false, true]) {
      const index = createPdqIndex({ substrings: layout.substrings });
      haystack.forEach((hex, i) => index.add(i, i % 2 ? hex : hexToBytes(hex)));
      if (compacted) index.compact();
      let pairs = 0;
      needles.forEach((hex, n) => {
        const want = (expected.get(n) ?? []).sort((a, b) => a.distance - b.distance || a.id - b.id);
        const got = index.query(n % 2 ? hex.toUpperCase() : hexToBytes(hex));
        assert.deepEqual(got, want, `${layout.name}, compacted ${compacted}, needle ${n}`);
        assert.deepEqual(index.query(hex, 31), got);
        pairs += got.length;
      });
      assert.equal(pairs, 250);
    }
  }
});

/**
 * Random hashes plus clusters of near-duplicates (0..40 bits flipped from a centre), queried with
 * near-duplicates and random hashes at several radii, through adds, removals and re-adds, and
 * compared with the brute-force scan of a plain Map holding the same content.
 */
function propertyRun(layout: LayoutCase & { radii: number[] }, seed: number): void {
  const rand = rng(seed);
  const index = createPdqIndex({ substrings: layout.substrings, alwaysUseTables: layout.alwaysUseTables });
  const content = new Map<number, Uint8Array>();
  const centres: Uint8Array[] = [];
  let nextId = 1;

  let recent: Uint8Array[] = [];
  const put = (id: number, hash: Uint8Array) => {
    index.add(id, hash);
    content.set(id, hash);
    recent.push(hash);
  };
  const addRandom = (count: number) => {
    for (let i = 0; i < count; i++) put(nextId++, randomHash(rand));
  };
  const addClusters = (clusters: number, size: number) => {
    for (let c = 0; c < clusters; c++) {
      const centre = randomHash(rand);
      centres.push(centre);
      for (let i = 0; i < size; i++) put(nextId++, nearDuplicate(centre, Math.floor(rand() * 41), rand));
    }
  };
  const storedIds = () => [...content.keys()];
  const pick = <T>(list: T[]): T => list[Math.floor(rand() * list.length)];
  const pickQuery = (): Uint8Array => {
    const kind = rand();
    // Near the threshold, where a missed bucket would show: hashes added since the last check,
    // stored hashes, cluster centres; then random hashes.
    if (kind < 0.3) return nearDuplicate(pick(recent), 20 + Math.floor(rand() * 20), rand);
    if (kind < 0.55) return nearDuplicate(content.get(pick(storedIds()))!, Math.floor(rand() * 70), rand);
    if (kind < 0.8) return nearDuplicate(pick(centres), Math.floor(rand() * 36), rand);
    return randomHash(rand);
  };
  const radii = layout.radii;
  const checkQueries = (count: number, phase: string) => {
    // The same queries also go through one queryBatch, each at its own radius.
    const batchWords = new Uint32Array(count * 8);
    const batchRadii: number[] = [];
    const batchWant: PdqMatch[][] = [];
    for (let k = 0; k < count; k++) {
      const q = pickQuery();
      // One reference scan at the largest radius, filtered for the smaller ones.
      const reference = bruteForcePdqQuery(content, q, radii[radii.length - 1]);
      for (const r of radii) {
        const want = reference.filter((m) => m.distance <= r);
        const got = index.query(k % 2 ? q : bytesToHex(q), r);
        assert.deepEqual(got, want, `${layout.name}, ${phase}, query ${k}, radius ${r}`);
      }
      const r = radii[k % radii.length];
      batchRadii.push(r);
      batchWant.push(reference.filter((m) => m.distance <= r));
      batchWords.set(hashWords(q), k * 8);
    }
    assert.deepEqual(
      batchByQuery(index, batchWords, batchRadii),
      batchWant,
      `${layout.name}, ${phase}, batch`,
    );
    recent = [];
  };

  addRandom(12000);
  addClusters(200, 25);
  // Exact duplicates under different ids.
  const twin = randomHash(rand);
  centres.push(twin);
  for (let i = 0; i < 60; i++) put(nextId++, twin);
  assert.equal(index.size, content.size);
  checkQueries(25, 'after load');
  const duplicate = index.query(twin, 0);
  assert.equal(duplicate.length, 60);
  assert.ok(index.stats().built > 0, 'the load built the tables');
  if (layout.substrings) assert.equal(index.stats().substrings, layout.substrings);

  // Removals, re-adds with new hashes, and a batch of new adds: served from the pending path.
  const ids = storedIds();
  for (let i = 0; i < 2500; i++) {
    const id = ids[Math.floor(rand() * ids.length)];
    assert.equal(index.remove(id), content.delete(id));
  }
  for (let i = 0; i < 800; i++) {
    const id = ids[Math.floor(rand() * ids.length)];
    put(id, rand() < 0.5 ? randomHash(rand) : nearDuplicate(pick(centres), 10, rand));
  }
  addClusters(40, 20);
  assert.equal(index.size, content.size);
  const pending = index.stats().pending;
  assert.ok(pending > 1024, `side index exercised (${pending} pending)`);
  const sideIndexBefore = index.stats().searches.sideIndex;
  checkQueries(20, 'with pending adds and removals');
  if (layout.alwaysUseTables)
    assert.ok(index.stats().searches.sideIndex > sideIndexBefore, 'side index used');

  // More churn until a rebuild happens, then query again.
  const before = index.stats().rebuilds;
  addRandom(6000);
  for (const id of storedIds().slice(0, 3000)) {
    index.remove(id);
    content.delete(id);
  }
  checkQueries(15, 'after rebuild');
  assert.ok(index.stats().rebuilds > before, 'a rebuild happened');
  assert.equal(index.stats().pending, 0);
  assert.equal(index.size, content.size);
  for (const id of [1, 2, 3, nextId - 1]) assert.equal(index.has(id), content.has(id));
}

for (const [i, layout] of PROPERTY_LAYOUTS.entries()) {
  test(`matches brute force on random + near-duplicate sets with churn (${layout.name})`, () => {
    propertyRun(layout, 1000 + i);
  });
}

test('a batch of more queries than one pass takes gives each its own matches', () => {
  // Radius 64 in 11 tables is radius 5 in table 0: 6 tags a query, so 1,365 queries a pass.
  const rand = rng(77);
  const index = createPdqIndex({ substrings: 11, alwaysUseTables: true });
  const content = new Map<number, Uint8Array>();
  const centres: Uint8Array[] = [];
  for (let id = 1; id <= 6000; id++) {
    if (id % 20 === 1) centres.push(randomHash(rand));
    const hash = id % 2 ? randomHash(rand) : nearDuplicate(centres[centres.length - 1], 20, rand);
    index.add(id, hash);
    content.set(id, hash);
  }
  index.compact();
  const count = 3000;
  const radii = [0, 31, 48, 64];
  const words = new Uint32Array(count * 8);
  const batchRadii: number[] = [];
  const queries: Uint8Array[] = [];
  for (let k = 0; k < count; k++) {
    const q = nearDuplicate(centres[k % centres.length], Math.floor(rand() * 40), rand);
    queries.push(q);
    words.set(hashWords(q), k * 8);
    batchRadii.push(radii[k % radii.length]);
  }
  const got = batchByQuery(index, words, batchRadii);
  let found = 0;
  for (let k = 0; k < count; k++) {
    const want =
      k % 10 === 0
        ? bruteForcePdqQuery(content, queries[k], batchRadii[k])
        : index.query(queries[k], batchRadii[k]);
    assert.deepEqual(got[k], want, `query ${k}, radius ${batchRadii[k]}`);
    found += want.length;
  }
  assert.ok(found > count, `queries have matches (${found})`);
});

/**
 * Worst cases of the pigeonhole argument, table by table: a difference of exactly r bits where
 * table t holds its search radius and every other table one more bit than its radius, so only
 * table t can find the pair. One more bit in table t (distance r + 1) must not match.
 */
function boundaryDifferences(
  m: number,
  r: number,
  rand: () => number,
): { table: number; diff: Uint8Array }[] {
  const layout = makeLayout(m);
  const starts: number[] = [];
  for (let t = 0, start = 0; t < m; start += layout.bits[t], t++) starts.push(start);
  const out: { table: number; diff: Uint8Array }[] = [];
  for (let t = 0; t < m; t++) {
    if (tableRadius(t, m, r) < 0) continue;
    const diff = new Uint8Array(32);
    let total = 0;
    for (let j = 0; j < m; j++) {
      const flips = tableRadius(j, m, r) + (j === t ? 0 : 1);
      const positions = new Set<number>();
      while (positions.size < flips) positions.add(starts[j] + Math.floor(rand() * layout.bits[j]));
      for (const bit of positions) diff[((bit >> 5) << 2) | (3 - ((bit & 31) >> 3))] ^= 1 << (bit & 7);
      total += flips;
    }
    assert.equal(total, r);
    out.push({ table: t, diff });
  }
  return out;
}

test('finds pairs that only one table can find, at every table (compact tables and side index)', () => {
  const rand = rng(99);
  for (const m of [11, 12, 13, 16, 32, 64]) {
    const index = createPdqIndex({ substrings: m, alwaysUseTables: true });
    for (let i = 0; i < 20000; i++) index.add(100000 + i, randomHash(rand));
    const base = randomHash(rand);
    index.add(1, base);
    index.compact();
    for (let i = 0; i < 2000; i++) index.add(200000 + i, randomHash(rand));
    const pendingBase = randomHash(rand);
    index.add(2, pendingBase); // not in the tables yet: found through the side index
    assert.equal(index.stats().built, 20001);
    const before = index.stats().searches;
    let queries = 0;
    const batch: { q: Uint8Array; r: number; id: number; distance: number }[] = [];
    for (const r of [0, 1, 8, 16, 31, 40]) {
      for (const [id, hash, layoutM] of [
        [1, base, m],
        [2, pendingBase, SIDE_TABLES],
      ] as const) {
        for (const { table, diff } of boundaryDifferences(layoutM, r, rand)) {
          const q = hash.map((b, i) => b ^ diff[i]);
          batch.push({ q, r, id, distance: r });
          if (r > 0) batch.push({ q, r: r - 1, id, distance: -1 });
          const found = index.query(q, r).filter((match) => match.id === id);
          assert.deepEqual(found, [{ id, distance: r }], `m ${layoutM}, r ${r}, only table ${table}`);
          assert.deepEqual(
            index.query(q, r + 1).filter((match) => match.id === id),
            [{ id, distance: r }],
          );
          const further = q.slice();
          further[0] ^= diff[0] === 0 ? 0x80 : diff[0] & -diff[0]; // one more or one fewer bit in byte 0
          const distance = bruteForcePdqQuery([[id, hash]], further, 256)[0].distance;
          assert.deepEqual(
            index.query(further, r).filter((match) => match.id === id),
            distance <= r ? [{ id, distance }] : [],
          );
          queries += 3;
        }
      }
    }
    const after = index.stats().searches;
    assert.equal(after.tables - before.tables, queries, `m ${m}: the tables answered every query`);
    // One batch of all of them, each at its radius and one below (where it must not be found).
    const words = new Uint32Array(batch.length * 8);
    batch.forEach(({ q }, k) => words.set(hashWords(q), k * 8));
    const lists = batchByQuery(
      index,
      words,
      batch.map(({ r }) => r),
    );
    batch.forEach(({ id, distance }, k) => {
      const found = lists[k].filter((match) => match.id === id);
      assert.deepEqual(found, distance >= 0 ? [{ id, distance }] : [], `m ${m}, batch ${k}`);
    });
    assert.ok(after.sideIndex > before.sideIndex, `m ${m}: the side index answered queries`);
  }
});

test('radius 256 returns every hash, sorted by distance then id', () => {
  const rand = rng(7);
  const index = createPdqIndex();
  const content = new Map<number, Uint8Array>();
  for (let i = 0; i < 5000; i++) {
    const h = randomHash(rand);
    index.add(5000 - i, h);
    content.set(5000 - i, h);
  }
  const q = randomHash(rand);
  const got = index.query(q, 256);
  assert.equal(got.length, 5000);
  assert.deepEqual(got, bruteForcePdqQuery(content, q, 256));
});

test('empty index, unknown ids and replaced hashes', () => {
  const index: PdqIndex = createPdqIndex();
  const h = 'f'.repeat(64);
  assert.equal(index.size, 0);
  assert.deepEqual(index.query(h), []);
  assert.deepEqual(index.query(h, 256), []);
  assert.equal(index.remove(42), false);
  assert.equal(index.has(42), false);
  index.compact();
  assert.deepEqual(index.query(h), []);

  index.add(42, h);
  index.add(7, h);
  assert.deepEqual(index.query(h), [
    { id: 7, distance: 0 },
    { id: 42, distance: 0 },
  ]);
  index.add(42, '0'.repeat(64)); // re-adding an id replaces its hash
  assert.equal(index.size, 2);
  assert.deepEqual(index.query(h), [{ id: 7, distance: 0 }]);
  assert.deepEqual(index.query(h, 256), [
    { id: 7, distance: 0 },
    { id: 42, distance: 256 },
  ]);
  index.add(7, h); // same id and hash: no change
  assert.equal(index.size, 2);
  assert.equal(index.remove(7), true);
  assert.equal(index.remove(7), false);
  assert.deepEqual(index.query(h), []);
  index.add(7, h);
  assert.deepEqual(index.query(h), [{ id: 7, distance: 0 }]);
  assert.equal(index.remove(1.5), false);
  assert.equal(index.has(Number.NaN), false);
});

test('large, negative and sparse ids survive growth of the id table', () => {
  const index = createPdqIndex();
  const rand = rng(11);
  const ids = [0, -1, 2 ** 53 - 1, -(2 ** 53 - 1), 4294967296, 4294967295, 123456789012];
  for (let i = 0; i < 3000; i++) ids.push(Math.floor(rand() * 2 ** 40) - 2 ** 39);
  const unique = [...new Set(ids)];
  unique.forEach((id, i) => index.add(id, bytesToHex(flipBits(new Uint8Array(32), i % 200, rand))));
  assert.equal(index.size, unique.length);
  for (const id of unique) assert.ok(index.has(id), `has ${id}`);
  for (const id of unique.filter((_, i) => i % 3 === 0)) assert.equal(index.remove(id), true);
  unique.forEach((id, i) => assert.equal(index.has(id), i % 3 !== 0, `has ${id} after removals`));
});

test('bad input is a BackstopError and changes nothing', () => {
  const index = createPdqIndex();
  index.add(1, 'a'.repeat(64));
  const bad: unknown[] = [
    'a'.repeat(63),
    'a'.repeat(65),
    'g'.repeat(64),
    ` ${'a'.repeat(63)}`,
    new Uint8Array(31),
    '',
  ];
  for (const hash of bad) {
    assert.throws(
      () => index.add(2, hash as string),
      (e) => e instanceof BackstopError && e.code === 'invalid_pdq_hash',
    );
    assert.throws(() => index.query(hash as string), BackstopError);
  }
  for (const id of [1.5, Number.NaN, 2 ** 53, Infinity]) {
    assert.throws(
      () => index.add(id, 'a'.repeat(64)),
      (e) => e instanceof BackstopError && e.code === 'invalid_id',
    );
  }
  for (const d of [-1, 257, 3.5, Number.NaN]) {
    assert.throws(
      () => index.query('a'.repeat(64), d),
      (e) => e instanceof BackstopError && e.code === 'invalid_distance',
    );
  }
  const words = new Uint32Array(8).fill(0xaaaaaaaa);
  for (const d of [-1, 257, 3.5, Number.NaN]) {
    assert.throws(
      () => index.queryBatch(words, [d]),
      (e) => e instanceof BackstopError && e.code === 'invalid_distance',
    );
  }
  for (const [w, radii] of [
    [new Uint32Array(7), [31]],
    [new Uint32Array(16), [31]],
    [[...words] as unknown as Uint32Array, [31]],
  ] as const) {
    assert.throws(
      () => index.queryBatch(w, radii),
      (e) => e instanceof BackstopError && e.code === 'invalid_pdq_hash',
    );
  }
  assert.equal(index.queryBatch(new Uint32Array(0), []).count, 0);
  const both = index.queryBatch(new Uint32Array([...words, ...words]), [0, 31]);
  assert.deepEqual([...both.queries], [0, 1]);
  assert.deepEqual([...both.ids], [1, 1]);
  assert.deepEqual([...both.distances], [0, 0]);
  assert.throws(() => createPdqIndex({ substrings: 8 }), BackstopError);
  assert.throws(() => createPdqIndex({ expectedSize: -1 }), BackstopError);
  assert.throws(() => bruteForcePdqQuery([], 'zz', 31), BackstopError);
  assert.equal(index.size, 1);
  assert.deepEqual(index.query('a'.repeat(64)), [{ id: 1, distance: 0 }]);
});

test('substring count follows log2 of the size, capped at 24-bit substrings', () => {
  assert.equal(substringsFor(4096), 16);
  assert.equal(substringsFor(100_000), 13);
  assert.equal(substringsFor(300_000), 12);
  assert.equal(substringsFor(400_000), 11);
  assert.equal(substringsFor(700_000), 11);
  assert.equal(substringsFor(1_000_000), 11);
  assert.equal(substringsFor(10_000_000), 11);
  assert.equal(substringsFor(1e9), 11);
});
