// The video index must give exactly the brute-force matcher's percentages (the reference rule) and
// decisions, on the conformance hashes and on random videos with shared and duplicate frames.
import { describe, it } from 'node:test';
import assert from '../../../test/assert.ts';
import { vpdqConformanceSets } from '../../../test/fixtures/vpdq/conformance.ts';
import {
  isVpdqMatch,
  matchVpdq,
  parseVpdq,
  type VpdqDecisionOptions,
  type VpdqFeature,
} from '../vpdq/index.ts';
import { mulberry32 } from '../../../test/random.ts';
import { BackstopError } from '../errors.ts';
import { createVpdqIndex } from './index.ts';

/** Brute force: `matchVpdq` against every banked video sharing a frame with the query. */
function expectedMatches(
  bank: Map<number, VpdqFeature[]>,
  query: VpdqFeature[],
  queryPercent: number | VpdqDecisionOptions = 80,
) {
  const decision = typeof queryPercent === 'number' ? { queryPercent } : queryPercent;
  const out = [];
  for (const [id, features] of bank) {
    const r = matchVpdq(query, features);
    if (r.queryMatchPercent > 0 && isVpdqMatch(r, decision)) out.push({ id, ...r });
  }
  return out.sort((a, b) => a.id - b.id);
}

const byId = <T extends { id: number }>(list: T[]) => [...list].sort((a, b) => a.id - b.id);

describe('createVpdqIndex', () => {
  const [fixtures] = vpdqConformanceSets();
  it('equals the brute-force matcher on every conformance video as query (one hash per second)', () => {
    const bank = new Map<number, VpdqFeature[]>();
    fixtures.allVideos.forEach((v, i) => bank.set(i + 1, parseVpdq(fixtures.expected(v.name, '1s'))));
    const index = createVpdqIndex();
    for (const [id, f] of bank) index.add(id, f);
    let found = 0;
    for (const query of bank.values()) {
      for (const queryPercent of [80, 0.001]) {
        const got = byId(index.query(query, { queryPercent }));
        assert.deepEqual(got, expectedMatches(bank, query, queryPercent));
        found += got.length;
      }
    }
    assert.ok(found > 28, `found ${found}`);
  });

  it('finds the trimmed and re-encoded copies of a banked video, not the different one', () => {
    const names = fixtures.allVideos.map((v) => v.name);
    const index = createVpdqIndex();
    names.forEach((name, i) => index.add(i, parseVpdq(fixtures.expected(name, '1s'))));
    const trimmed = parseVpdq(fixtures.expected('slideshow_1920x1080_30fps__trimmed2s', '1s'));
    const hits = index.query(trimmed).map((m) => names[m.id]);
    assert.ok(hits.includes('slideshow_1920x1080_30fps'));
    assert.ok(!hits.includes('slideshowB_1920x1080_30fps'));
  });

  it('equals brute force on random videos with shared, near and duplicate frames; removal works', () => {
    const next = mulberry32(12);
    const random = () => next() / 2 ** 32;
    const hex = () =>
      Array.from({ length: 64 }, () => '0123456789abcdef'[Math.floor(random() * 16)]).join('');
    const flip = (h: string, bits: number) => {
      const b = h.split('').map((c) => parseInt(c, 16));
      for (let i = 0; i < bits; i++) b[Math.floor(random() * 64)] ^= 1 << Math.floor(random() * 4);
      return b.map((n) => n.toString(16)).join('');
    };
    const pool = Array.from({ length: 40 }, hex);
    const bank = new Map<number, VpdqFeature[]>();
    const index = createVpdqIndex();
    for (let id = 1; id <= 60; id++) {
      const n = 1 + Math.floor(random() * 12);
      const features = Array.from({ length: n }, (_, i) => ({
        frameNumber: i,
        quality: random() < 0.15 ? 30 : 90,
        pdq:
          random() < 0.7 ? flip(pool[Math.floor(random() * pool.length)], Math.floor(random() * 40)) : hex(),
        timestamp: i,
      }));
      if (random() < 0.3) features.push({ ...features[0], frameNumber: n });
      bank.set(id, features);
      index.add(id, features);
    }
    for (const id of [3, 7, 11]) {
      index.remove(id);
      bank.delete(id);
    }
    assert.equal(index.size, 57);
    for (const [, query] of [...bank].slice(0, 30)) {
      assert.deepEqual(
        byId(index.query(query, { queryPercent: 0.001 })),
        expectedMatches(bank, query, 0.001),
      );
    }
  });

  it('refuses frames that are not PDQ hashes with invalid_pdq_hash and changes nothing', () => {
    const index = createVpdqIndex();
    const good = { frameNumber: 0, quality: 90, pdq: 'f'.repeat(64), timestamp: 0 };
    index.add(1, [good]);
    for (const pdq of ['xyz', 'f'.repeat(63), 42 as unknown as string]) {
      const bad = [good, { ...good, frameNumber: 1, pdq }];
      assert.throws(
        () => index.add(1, bad),
        (e: unknown) => e instanceof BackstopError && e.code === 'invalid_pdq_hash',
      );
      assert.throws(
        () => index.query(bad),
        (e: unknown) => e instanceof BackstopError && e.code === 'invalid_pdq_hash',
      );
    }
    assert.deepEqual(
      index.query([good]).map((m) => m.id),
      [1],
    );
  });

  describe('on still scenes, clips, re-encoded copies and shared frames', () => {
    const next = mulberry32(2026);
    const random = () => next() / 2 ** 32;
    const int = (n: number) => Math.floor(random() * n);
    const hex = () => Array.from({ length: 64 }, () => '0123456789abcdef'[int(16)]).join('');
    const flip = (h: string, bits: number) => {
      const b = h.split('').map((c) => parseInt(c, 16));
      for (let i = 0; i < bits; i++) b[int(64)] ^= 1 << int(4);
      return b.map((n) => n.toString(16)).join('');
    };
    const frames = (hashes: string[], lowQuality = 0): VpdqFeature[] =>
      hashes.map((pdq, i) => ({
        frameNumber: i,
        quality: random() < lowQuality ? 40 : 90,
        pdq,
        timestamp: i,
      }));
    // Still scenes (a picture give or take a few bits, exact repeats included), motion (unrelated
    // frames), and frames from a shared pool (logos, black frames: many videos hold them).
    const pool = Array.from({ length: 6 }, hex);
    const video = (seconds: number): string[] => {
      const out: string[] = [];
      while (out.length < seconds) {
        const kind = random();
        const length = 1 + int(8);
        const picture = kind < 0.15 ? pool[int(pool.length)] : hex();
        for (let i = 0; i < length; i++) {
          if (kind < 0.6) out.push(random() < 0.3 ? picture : flip(picture, int(8)));
          else out.push(hex());
        }
      }
      return out.slice(0, seconds);
    };
    const reencoded = (hashes: string[], bits: number) => hashes.map((h) => flip(h, bits));

    const bank = new Map<number, VpdqFeature[]>();
    const hashes = new Map<number, string[]>();
    for (let id = 1; id <= 120; id++) {
      const h = video(id <= 10 ? 40 + int(40) : 1 + int(20));
      hashes.set(id, h);
      bank.set(id, frames(h, 0.1));
    }
    const queries: [string, VpdqFeature[]][] = [];
    for (let i = 0; i < 6; i++) {
      const source = hashes.get(1 + i)!;
      queries.push([`re-encoded copy of ${1 + i}`, frames(reencoded(source, 4 + int(30)), 0.05)]);
      const trimmed = source.slice(int(10), source.length - int(10));
      queries.push([`trimmed copy of ${1 + i} with new seconds`, frames([...video(int(12)), ...trimmed])]);
      const long = video(60 + int(60));
      const clip = hashes.get(11 + int(100))!;
      long.splice(int(long.length), 0, ...reencoded(clip, int(20)));
      queries.push([`long video holding a banked clip`, frames(long, 0.1)]);
      queries.push([`unrelated video`, frames(video(30 + int(30)))]);
    }
    // Exactly at the threshold: k of n query frames have a copy in the banked video, for several k.
    const n = 20;
    const exact = video(n);
    for (let k = 14; k <= 18; k++) {
      const id = 200 + k;
      const own = exact.slice(0, k).map((h) => flip(h, 30));
      hashes.set(id, own);
      bank.set(id, frames([...own, hex(), hex()]));
    }
    queries.push(['query at the threshold', frames(exact)]);

    const decisions: VpdqDecisionOptions[] = [
      {},
      { queryPercent: 0, comparedPercent: 80 },
      { queryPercent: 50, comparedPercent: 50 },
      { queryPercent: 75 },
      { queryPercent: 85 },
      { queryPercent: 100 },
      { queryPercent: 0.001 },
      { queryPercent: 0, comparedPercent: 0 },
      { queryPercent: 101 },
      { queryPercent: Number.NaN },
    ];

    const settings: { groupRadius: number; checkLimit?: number }[] = [
      { groupRadius: 0 },
      { groupRadius: 2 },
      { groupRadius: 6 },
      { groupRadius: 40 },
      // Every group searched once there is a candidate, instead of checking candidates directly.
      { groupRadius: 2, checkLimit: 0 },
    ];
    for (const options of settings) {
      it(`equals brute force for every decision with ${JSON.stringify(options)}`, () => {
        const index = createVpdqIndex(options);
        for (const [id, f] of bank) index.add(id, f);
        index.compact();
        let bounded = 0;
        let matched = 0;
        for (const [name, query] of queries) {
          for (const decision of decisions) {
            const got = byId(index.query(query, decision));
            assert.deepEqual(
              got,
              expectedMatches(bank, query, decision),
              `${name}, ${JSON.stringify(decision)}`,
            );
            const stats = index.lastQueryStats();
            if (stats.searched < stats.groups) bounded++;
            matched += got.length;
          }
        }
        // The bound on the query percentage must have spared searches, and matches must exist.
        assert.ok(bounded > (options.checkLimit === 0 ? 5 : 20), `bounded ${bounded}`);
        assert.ok(matched > 40, `matched ${matched}`);
      });
    }

    it('gives the same answers with every tuning (no grouping, no bound, wide groups, one by one)', () => {
      const index = createVpdqIndex();
      // Filler videos, so that the frame index is large enough to search its tables.
      const filled = new Map(bank);
      for (let id = 1000; id < 1260; id++) filled.set(id, frames(video(20)));
      for (const [id, f] of filled) index.add(id, f);
      index.compact();
      assert.ok(index.frameStats().substrings > 0, 'the frame index has tables');
      for (const [name, query] of queries) {
        for (const [d, decision] of decisions.slice(0, 6).entries()) {
          const expected = byId(index.query(query, decision));
          if (d === 1) assert.deepEqual(expected, expectedMatches(filled, query, decision), name);
          for (const tuning of [
            { groupRadius: 0, bound: false, batch: false },
            { bound: false },
            { bound: false, batch: false },
            { batch: false },
            { groupRadius: 12 },
            { keys: true },
            { keys: true, groupRadius: 0, batch: false },
          ]) {
            assert.deepEqual(
              byId(index.query(query, decision, tuning)),
              expected,
              `${name} ${JSON.stringify(tuning)}`,
            );
          }
        }
      }
      index.query(queries[0][1], {}, { bound: false });
      const stats = index.lastQueryStats();
      assert.equal(stats.searched, stats.groups);
    });

    it('finds compared-percentage matches from key frames exactly (duplicates, low quality, edges)', () => {
      const index = createVpdqIndex();
      const keyed = new Map(bank);
      // Threshold edges on the banked side: video 300 + k has 10 kept frames, k of them copied
      // into the query; one frame repeated (its duplicates count), low-quality frames left out.
      const base = video(10).map((h) => flip(h, 0));
      const edgeQuery = frames([...video(40), ...base.map((h) => flip(h, 10)), ...video(20)]);
      for (let k = 6; k <= 10; k++) {
        const own = [...base.slice(0, k), ...Array.from({ length: 10 - k }, hex)];
        const f = frames(own);
        f.push({ ...f[0], frameNumber: 10 }, { ...f[0], frameNumber: 11, quality: 10 });
        f.push({ frameNumber: 12, quality: 20, pdq: hex(), timestamp: 12 });
        keyed.set(300 + k, f);
      }
      // A video whose only found frame is its heaviest (many duplicates: 8 of 10 kept frames).
      keyed.set(320, frames([...Array(8).fill(base[3]), hex(), hex()]));
      // Frames all below the quality threshold: kept but never matched.
      keyed.set(
        321,
        frames(base).map((f) => ({ ...f, quality: 49 })),
      );
      // Frames shared with other videos, where they are not key frames.
      keyed.set(322, frames([base[0], base[1], ...Array(6).fill(hex())]));
      for (const [id, f] of keyed) index.add(id, f);
      // Replaced and removed videos leave no key frames behind.
      index.add(5000, frames(base));
      index.add(5000, frames(video(10)));
      index.add(5001, frames(base));
      index.remove(5001);
      keyed.set(5000, frames([]));
      index.add(5000, []);
      const compared: VpdqDecisionOptions[] = [
        { queryPercent: 0, comparedPercent: 80 },
        { queryPercent: 0, comparedPercent: 80.0001 },
        { queryPercent: 0, comparedPercent: 90 },
        { queryPercent: 0, comparedPercent: 100 },
        { queryPercent: 5, comparedPercent: 85 },
        { queryPercent: 0, comparedPercent: 79.9 },
        { comparedPercent: 80 },
      ];
      let matched = 0;
      let fewer = 0;
      for (const [name, query] of [...queries, ['banked edges', edgeQuery] as const]) {
        for (const decision of compared) {
          const got = byId(index.query(query, decision));
          assert.deepEqual(
            got,
            expectedMatches(keyed, query, decision),
            `${name} ${JSON.stringify(decision)}`,
          );
          const withKeys = index.lastQueryStats().candidates;
          index.query(query, decision, { keys: false });
          if (withKeys < index.lastQueryStats().candidates) fewer++;
          matched += got.length;
        }
      }
      const edges = byId(index.query(edgeQuery, { queryPercent: 0, comparedPercent: 80 }, { keys: true }));
      assert.deepEqual(
        edges.map((m) => m.id).filter((id) => id >= 300),
        [308, 309, 310, 320],
      );
      assert.ok(matched > 20, `matched ${matched}`);
      assert.ok(fewer > 10, `key frames gave fewer candidates ${fewer} times`);
    });

    it('groups near-identical query frames and still tells them apart', () => {
      const index = createVpdqIndex({ groupRadius: 8 });
      for (const [id, f] of bank) index.add(id, f);
      const still = hex();
      const query = frames(Array.from({ length: 30 }, () => flip(still, 4)));
      index.query(query);
      assert.ok(index.lastQueryStats().groups < 10, JSON.stringify(index.lastQueryStats()));
      // A banked frame 30 bits from one query frame can be 31 or more from its neighbours.
      const far = flip(query[0].pdq, 30);
      index.add(999, frames([far]));
      bank.set(999, frames([far]));
      for (const decision of decisions)
        assert.deepEqual(byId(index.query(query, decision)), expectedMatches(bank, query, decision));
      bank.delete(999);
    });

    it('stays exact through removals and re-adds of videos sharing frames; hex case does not matter', () => {
      const index = createVpdqIndex();
      const local = new Map(bank);
      for (const [id, f] of local) index.add(id, f);
      for (const id of [1, 3, 50, 51, 52, 215]) {
        assert.equal(index.remove(id), true);
        local.delete(id);
      }
      assert.equal(index.remove(1), false);
      // Re-added with upper-case hashes and a different video under an old id.
      index.add(
        50,
        bank.get(2)!.map((f) => ({ ...f, pdq: f.pdq.toUpperCase() })),
      );
      local.set(50, bank.get(2)!);
      index.add(60, bank.get(4)!);
      local.set(60, bank.get(4)!);
      assert.equal(index.size, local.size);
      for (const [, query] of queries)
        for (const decision of decisions.slice(0, 4))
          assert.deepEqual(byId(index.query(query, decision)), expectedMatches(local, query, decision));
    });
  });
});
