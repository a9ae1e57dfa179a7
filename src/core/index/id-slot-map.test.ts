import { test } from 'node:test';
import assert from '../../../test/assert.ts';
import { IdSlotMap } from './id-slot-map.ts';

test('id map agrees with a Map through random inserts and deletes (backward-shift deletion, growth)', () => {
  let ids = new Float64Array(16);
  const map = new IdSlotMap(() => ids);
  const reference = new Map<number, number>();
  const freeSlots: number[] = [];
  let used = 0;
  let seed = 12345;
  const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0);
  for (let step = 0; step < 200_000; step++) {
    // A small id range forces long probe runs, collisions and deletions inside runs.
    const id = (next() % 5000) - 2500 + (step % 7 === 0 ? 2 ** 40 : 0);
    if (next() % 3 === 0) {
      const slot = map.delete(id);
      assert.equal(slot, reference.get(id) ?? -1);
      if (slot >= 0) {
        reference.delete(id);
        freeSlots.push(slot);
      }
    } else if (!reference.has(id)) {
      const slot = freeSlots.pop() ?? used++;
      if (slot >= ids.length) {
        const grown = new Float64Array(ids.length * 2);
        grown.set(ids);
        ids = grown;
      }
      ids[slot] = id;
      map.insert(id, slot);
      reference.set(id, slot);
    }
    if (step % 1000 === 0) for (const [k, v] of reference) assert.equal(map.get(k), v);
  }
  for (const [k, v] of reference) assert.equal(map.get(k), v);
  assert.equal(map.get(123456789), -1);
});
