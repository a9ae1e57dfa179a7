// The development lines (data/detect/dev) train the line model, so none may copy what measures the
// engine: a string of a probe set (probe-*.test.ts) or a message of a `test` item of the corpora.
// Otherwise the model could learn the very wording it is then scored on. Unit tests may quote the
// development lines (their rules were written from them), so their strings are not checked here.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tokenize } from './normalize.ts';
import { readDetectCorpus, readDevItems } from '../../node/files/detect-corpus.ts';

/** Texts this short share their few word pairs with much everyday text by chance. */
const MIN_WORDS = 5;
/** Sharing this share of either text's word pairs makes one a near copy of the other. */
const COPY_SHARE = 0.6;

const wordsOf = (text: string) => tokenize(text).map((t) => t.w);
const wordPairs = (words: readonly string[]) => {
  const out = new Set<string>();
  for (let i = 0; i + 1 < words.length; i++) out.add(`${words[i]} ${words[i + 1]}`);
  return out;
};

interface Index {
  names: string[];
  sizes: number[];
  byPair: Map<string, number[]>;
}

function indexOf(texts: readonly { name: string; text: string }[]): Index {
  const index: Index = { names: [], sizes: [], byPair: new Map() };
  for (const t of texts) {
    const words = wordsOf(t.text);
    if (words.length < MIN_WORDS) continue;
    const i = index.names.length;
    const pairs = wordPairs(words);
    index.names.push(t.name);
    index.sizes.push(pairs.size);
    for (const pair of pairs) {
      const list = index.byPair.get(pair);
      if (list) list.push(i);
      else index.byPair.set(pair, [i]);
    }
  }
  return index;
}

/** The measured text that `text` near-copies, or the other way round (its name), or undefined. */
function copiedFrom(text: string, index: Index): string | undefined {
  const words = wordsOf(text);
  if (words.length < MIN_WORDS) return undefined;
  const mine = wordPairs(words);
  const shared = new Map<number, number>();
  for (const pair of mine)
    for (const i of index.byPair.get(pair) ?? []) shared.set(i, (shared.get(i) ?? 0) + 1);
  for (const [i, n] of shared)
    if (n / mine.size >= COPY_SHARE || n / index.sizes[i] >= COPY_SHARE) return index.names[i];
  return undefined;
}

/** Every string literal of the probe sets, and every message of the corpora's `test` items. */
function measured(): Index {
  const dir = import.meta.dirname;
  const literal = /'((?:[^'\\\n]|\\.)*)'|"((?:[^"\\\n]|\\.)*)"|`((?:[^`\\]|\\.)*)`/g;
  const probes = readdirSync(dir)
    .filter((f) => f.startsWith('probe-') && f.endsWith('.test.ts'))
    .flatMap((f) =>
      [...readFileSync(join(dir, f), 'utf8').matchAll(literal)].map((m) => ({
        name: f,
        text: m[1] ?? m[2] ?? m[3],
      })),
    );
  const tests = readDetectCorpus()
    .filter((item) => item.split === 'test')
    .flatMap((item) => item.messages.map((m) => ({ name: `corpus test item ${item.id}`, text: m.text })));
  return indexOf([...probes, ...tests]);
}

describe('development lines', () => {
  const index = measured();

  it('copy no probe set string and no message of a corpus test item', () => {
    const copies: string[] = [];
    const dir = join(import.meta.dirname, '../../../data/detect/dev');
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.txt')))
      readDevItems(file).forEach((messages, i) => {
        for (const text of messages) {
          const like = copiedFrom(text, index);
          // the line (training data) is named by its place, never the held-out text
          if (like) copies.push(`${file}:${i + 1} (like ${like})`);
        }
      });
    assert.deepEqual(copies, [], `remove these lines before training:\n${copies.join('\n')}`);
  });

  it('would catch a copy either way round and passes other text', () => {
    const planted = indexOf([
      { name: 'planted', text: 'send 300 now or every contact you have gets the clip' },
    ]);
    assert.equal(
      copiedFrom('send 300 now or every contact you have gets the clip tonight', planted),
      'planted',
    );
    assert.equal(
      copiedFrom('ok. send 300 now or every contact you have gets the clip. your choice. tick tock', planted),
      'planted',
    );
    assert.equal(
      copiedFrom('my grandmother grows tomatoes in the greenhouse every summer', planted),
      undefined,
    );
  });
});
