import { deleteWithBackwardShift } from './open-addressing.ts';

/**
 * Map from integer id to slot number in one Int32Array (open addressing, linear probing,
 * backward-shift deletion), so ten million ids cost tens of megabytes rather than a JS Map's
 * hundreds. The ids themselves live in the caller's `ids` array, indexed by slot.
 */
export class IdSlotMap {
  private table: Int32Array; // slot + 1, 0 = empty
  private mask: number;
  private count = 0;

  constructor(
    private ids: () => Float64Array,
    expected = 0,
  ) {
    let size = 16;
    while (size * 0.7 < expected) size *= 2;
    this.table = new Int32Array(size);
    this.mask = size - 1;
  }

  get bytes(): number {
    return this.table.byteLength;
  }

  private static hash(id: number): number {
    const lo = id | 0;
    const hi = (id / 4294967296) | 0;
    let h = Math.imul(lo ^ Math.imul(hi, 0x85ebca6b), 0x9e3779b1);
    h ^= h >>> 15;
    h = Math.imul(h, 0x2c1b3c6d);
    return h ^ (h >>> 13);
  }

  get(id: number): number {
    const ids = this.ids();
    const table = this.table;
    const mask = this.mask;
    for (let i = IdSlotMap.hash(id) & mask; ; i = (i + 1) & mask) {
      const entry = table[i];
      if (entry === 0) return -1;
      if (ids[entry - 1] === id) return entry - 1;
    }
  }

  /** Records `slot` for `id`, which must not be present (ids[slot] must already equal id). */
  insert(id: number, slot: number): void {
    if (this.count + 1 > this.table.length * 0.7) this.grow();
    const table = this.table;
    const mask = this.mask;
    let i = IdSlotMap.hash(id) & mask;
    while (table[i] !== 0) i = (i + 1) & mask;
    table[i] = slot + 1;
    this.count++;
  }

  /** Removes `id`; returns its slot or -1. */
  delete(id: number): number {
    const ids = this.ids();
    const table = this.table;
    const mask = this.mask;
    let i = IdSlotMap.hash(id) & mask;
    for (; ; i = (i + 1) & mask) {
      const entry = table[i];
      if (entry === 0) return -1;
      if (ids[entry - 1] === id) break;
    }
    const slot = table[i] - 1;
    deleteWithBackwardShift(table, mask, i, (entry) => IdSlotMap.hash(ids[entry - 1]));
    this.count--;
    return slot;
  }

  private grow(): void {
    const old = this.table;
    const ids = this.ids();
    this.table = new Int32Array(old.length * 2);
    this.mask = this.table.length - 1;
    const table = this.table;
    const mask = this.mask;
    for (let k = 0; k < old.length; k++) {
      const entry = old[k];
      if (entry === 0) continue;
      let i = IdSlotMap.hash(ids[entry - 1]) & mask;
      while (table[i] !== 0) i = (i + 1) & mask;
      table[i] = entry;
    }
  }
}
