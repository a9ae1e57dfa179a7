import { PDQ_WORDS } from '../pdq/hash-format.ts';
import { deleteWithBackwardShift } from './open-addressing.ts';

/**
 * The distinct frame hashes of the banked videos: each has a small dense id (the id it has in the
 * frame-level PDQ index), its 8 words, and the videos holding it. Typed arrays and one
 * open-addressing table keyed by the words, rather than a JS Map from 64-character strings and a
 * Map of holders per frame: at 3,000,000 frames that is hundreds of megabytes less.
 */
export class VpdqFrameStore {
  /** Frame id → its hash as 8 big-endian words at `id * 8`. */
  words = new Uint32Array(1024 * PDQ_WORDS);
  /** Frame id → the first video holding it; further holders are in `extra`. */
  private owner = new Float64Array(1024);
  private readonly extra = new Map<number, number[]>();
  private table = new Int32Array(2048); // frame id + 1; 0 = empty
  private mask = 2047;
  private count = 0;
  private nextId = 0;
  private free: number[] = [];

  get size(): number {
    return this.count;
  }

  get bytes(): number {
    return this.words.byteLength + this.owner.byteLength + this.table.byteLength;
  }

  private static hash(w: Uint32Array, at: number): number {
    let h = Math.imul(w[at] ^ Math.imul(w[at + 3], 0x85ebca6b), 0x9e3779b1);
    h ^= w[at + 6];
    h ^= h >>> 15;
    h = Math.imul(h, 0x2c1b3c6d);
    return h ^ (h >>> 13);
  }

  private same(id: number, w: Uint32Array, at: number): boolean {
    const s = this.words;
    const b = id * PDQ_WORDS;
    for (let i = 0; i < PDQ_WORDS; i++) if (s[b + i] !== w[at + i]) return false;
    return true;
  }

  /** The id of the frame whose words are `w[at..at+8)`, or -1. */
  find(w: Uint32Array, at: number): number {
    for (let i = VpdqFrameStore.hash(w, at) & this.mask; ; i = (i + 1) & this.mask) {
      const entry = this.table[i];
      if (entry === 0) return -1;
      if (this.same(entry - 1, w, at)) return entry - 1;
    }
  }

  /** Stores a frame that is not present, held by `video`; returns its new id. */
  insert(w: Uint32Array, at: number, video: number): number {
    if ((this.count + 1) * 10 > this.table.length * 7) this.grow();
    const id = this.free.length > 0 ? this.free.pop()! : this.nextId++;
    if (id >= this.owner.length) {
      const owner = new Float64Array(this.owner.length * 2);
      owner.set(this.owner);
      this.owner = owner;
      const words = new Uint32Array(owner.length * PDQ_WORDS);
      words.set(this.words);
      this.words = words;
    }
    this.words.set(w.subarray(at, at + PDQ_WORDS), id * PDQ_WORDS);
    this.owner[id] = video;
    let i = VpdqFrameStore.hash(w, at) & this.mask;
    while (this.table[i] !== 0) i = (i + 1) & this.mask;
    this.table[i] = id + 1;
    this.count++;
    return id;
  }

  addHolder(id: number, video: number): void {
    const more = this.extra.get(id);
    if (more) more.push(video);
    else this.extra.set(id, [video]);
  }

  /** Calls `visit` with every video holding frame `id`. */
  forEachHolder(id: number, visit: (video: number) => void): void {
    visit(this.owner[id]);
    const more = this.extra.get(id);
    if (more) for (const video of more) visit(video);
  }

  /** Drops `video` from the frame's holders; returns true when no video holds it any more (then it is gone). */
  dropHolder(id: number, video: number): boolean {
    const more = this.extra.get(id);
    if (this.owner[id] === video) {
      if (!more) {
        this.delete(id);
        return true;
      }
      this.owner[id] = more.pop()!;
    } else if (more) {
      const at = more.indexOf(video);
      if (at >= 0) more.splice(at, 1);
    }
    if (more && more.length === 0) this.extra.delete(id);
    return false;
  }

  private delete(id: number): void {
    const table = this.table;
    const mask = this.mask;
    let i = VpdqFrameStore.hash(this.words, id * PDQ_WORDS) & mask;
    while (table[i] !== id + 1) i = (i + 1) & mask;
    deleteWithBackwardShift(table, mask, i, (entry) =>
      VpdqFrameStore.hash(this.words, (entry - 1) * PDQ_WORDS),
    );
    this.count--;
    this.free.push(id);
  }

  private grow(): void {
    const old = this.table;
    this.table = new Int32Array(old.length * 2);
    this.mask = this.table.length - 1;
    for (const entry of old) {
      if (entry === 0) continue;
      let i = VpdqFrameStore.hash(this.words, (entry - 1) * PDQ_WORDS) & this.mask;
      while (this.table[i] !== 0) i = (i + 1) & this.mask;
      this.table[i] = entry;
    }
  }
}
