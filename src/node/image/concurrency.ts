import { availableParallelism } from 'node:os';

/** Files in flight by default: two per core keeps sharp's thread pool busy while JS hashes. */
export function defaultHashConcurrency(): number {
  return Math.max(2, availableParallelism() * 2);
}
