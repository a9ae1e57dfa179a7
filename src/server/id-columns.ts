/** A growable typed array indexed by a database id (ids are small, dense integers); 0 = unset. */
export class IdColumn<T extends Int32Array | Uint8Array> {
  private data: T;

  constructor(private readonly make: (length: number) => T) {
    this.data = make(1024);
  }

  get length(): number {
    return this.data.length;
  }

  get(id: number): number {
    return id < this.data.length ? this.data[id] : 0;
  }

  set(id: number, value: number): void {
    if (id >= this.data.length) {
      if (value === 0) return;
      let length = this.data.length * 2;
      while (length <= id) length *= 2;
      const grown = this.make(length);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[id] = value;
  }
}

export const intColumn = () => new IdColumn((n) => new Int32Array(n));
export const byteColumn = () => new IdColumn((n) => new Uint8Array(n));
