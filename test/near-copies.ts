// Near copies of what measures the risk engine, for the checks that keep training text apart from it
// (src/core/detect/sentence-copies.test.ts for the labelled sentences, dev-copies.test.ts for the
// development lines): two texts are near copies when one shares most of its word pairs with the other.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tokenize } from '../src/core/detect/normalize.ts';

/** Texts this short share their few word pairs with much everyday text by chance. */
export const MIN_WORDS = 5;
/** A text sharing this share of its word pairs with another is a near copy of it. */
export const COPY_SHARE = 0.6;

export const wordsOf = (text: string): string[] => tokenize(text).map((t) => t.w);

export function wordPairs(words: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + 1 < words.length; i++) out.add(`${words[i]} ${words[i + 1]}`);
  return out;
}

/** Every string literal of the files of `dir` that `keep` accepts, named by its file. */
export function stringLiterals(
  dir: string,
  keep: (file: string) => boolean,
): { name: string; text: string }[] {
  const literal = /'((?:[^'\\\n]|\\.)*)'|"((?:[^"\\\n]|\\.)*)"|`((?:[^`\\]|\\.)*)`/g;
  return readdirSync(dir)
    .filter(keep)
    .flatMap((f) =>
      [...readFileSync(join(dir, f), 'utf8').matchAll(literal)].map((m) => ({
        name: f,
        text: m[1] ?? m[2] ?? m[3],
      })),
    );
}

/** Measured texts indexed by their word pairs. */
export interface PairIndex {
  names: string[];
  /** how many distinct word pairs each text has */
  sizes: number[];
  byPair: Map<string, number[]>;
}

export function pairIndex(texts: readonly { name: string; text: string }[]): PairIndex {
  const index: PairIndex = { names: [], sizes: [], byPair: new Map() };
  texts.forEach((t, i) => {
    const pairs = wordPairs(wordsOf(t.text));
    index.names.push(t.name);
    index.sizes.push(pairs.size);
    for (const pair of pairs) {
      const list = index.byPair.get(pair);
      if (list) list.push(i);
      else index.byPair.set(pair, [i]);
    }
  });
  return index;
}

/**
 * The indexed text that `words` mostly copies (its index), or -1; with `bothWays`, also one that `words`
 * mostly contain (a measured text copied inside a longer one).
 */
export function copiedFrom(words: readonly string[], index: PairIndex, bothWays = false): number {
  if (words.length < MIN_WORDS) return -1;
  const mine = wordPairs(words);
  const shared = new Map<number, number>();
  for (const pair of mine)
    for (const i of index.byPair.get(pair) ?? []) shared.set(i, (shared.get(i) ?? 0) + 1);
  for (const [i, n] of shared)
    if (n / mine.size >= COPY_SHARE || (bothWays && n / index.sizes[i] >= COPY_SHARE)) return i;
  return -1;
}
