import { BackstopError } from '../errors.ts';
import type { ExactIndex } from './types.ts';

function checkId(id: number): void {
  if (!Number.isSafeInteger(id)) throw new BackstopError('invalid_id', 'An index id must be a whole number.');
}

/** Exact lookups for md5 / sha256 values: a map from value to the ids that hold it. */
export function createExactIndex(): ExactIndex {
  const byValue = new Map<string, number[]>();
  const byId = new Map<number, string>();

  function remove(id: number): boolean {
    const value = byId.get(id);
    if (value === undefined) return false;
    byId.delete(id);
    const ids = byValue.get(value)!;
    if (ids.length === 1) byValue.delete(value);
    else ids.splice(ids.indexOf(id), 1);
    return true;
  }

  return {
    get size() {
      return byId.size;
    },
    add(id, value) {
      checkId(id);
      if (typeof value !== 'string' || value.length === 0) {
        throw new BackstopError('invalid_hash', 'A hash value must be a non-empty string.');
      }
      remove(id);
      byId.set(id, value);
      const ids = byValue.get(value);
      if (ids) ids.push(id);
      else byValue.set(value, [id]);
    },
    remove,
    has: (id) => byId.has(id),
    query(value) {
      const ids = byValue.get(value);
      return ids ? [...ids].sort((a, b) => a - b) : [];
    },
  };
}
