// The video index must give exactly the brute-force matcher's percentages (the reference rule) and
// decisions, on the conformance hashes and on random videos with shared and duplicate frames.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { vpdqConformanceSets } from '../../../test/fixtures/vpdq/conformance.ts';
import { isVpdqMatch, matchVpdq, parseVpdq, type VpdqFeature } from '../vpdq/index.ts';
import { mulberry32 } from '../../../test/random.ts';
import { createVpdqIndex } from './index.ts';

function expectedMatches(bank: Map<number, VpdqFeature[]>, query: VpdqFeature[], queryPercent = 80) {
  const out = [];
  for (const [id, features] of bank) {
    const r = matchVpdq(query, features);
    if (r.queryMatchPercent > 0 && isVpdqMatch(r, { queryPercent })) out.push({ id, ...r });
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
});
