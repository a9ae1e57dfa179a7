// The sentence model's labelled sentences must not copy what measures the engine: a `test` item of
// the corpora, or a string of the detect tests (probe sets, unit tests). Otherwise the model could
// learn the very wording it is then scored on.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tokenize } from './normalize.ts';
import { readDetectCorpus, readLabelledSentences } from '../../node/files/detect-corpus.ts';

/** Sentences this short share their few word pairs with much everyday text by chance. */
const MIN_WORDS = 5;
/** A sentence sharing this share of its word pairs with one text is a near copy of it. */
const COPY_SHARE = 0.6;

const wordPairs = (words: readonly string[]) => {
  const out = new Set<string>();
  for (let i = 0; i + 1 < words.length; i++) out.add(`${words[i]} ${words[i + 1]}`);
  return out;
};
const wordsOf = (text: string) => tokenize(text).map((t) => t.w);

/** Every string literal of the detect tests with at least MIN_WORDS words. */
function testStrings(): { name: string; text: string }[] {
  const dir = import.meta.dirname;
  const literal = /'((?:[^'\\\n]|\\.)*)'|"((?:[^"\\\n]|\\.)*)"|`((?:[^`\\]|\\.)*)`/g;
  return readdirSync(dir)
    .filter((f) => f.endsWith('.test.ts') && f !== 'sentence-copies.test.ts')
    .flatMap((f) =>
      [...readFileSync(join(dir, f), 'utf8').matchAll(literal)].map((m) => ({
        name: f,
        text: m[1] ?? m[2] ?? m[3],
      })),
    )
    .filter((s) => wordsOf(s.text).length >= MIN_WORDS);
}

/** The texts whose word pairs a labelled sentence may not mostly share, with an index by pair. */
function measured() {
  const texts = [
    ...readDetectCorpus()
      .filter((item) => item.split === 'test')
      .map((item) => ({
        name: `corpus test item ${item.id}`,
        text: item.messages.map((m) => m.text).join('\n'),
      })),
    ...testStrings(),
  ];
  const byPair = new Map<string, number[]>();
  texts.forEach((t, i) => {
    for (const pair of wordPairs(wordsOf(t.text))) {
      const list = byPair.get(pair);
      if (list) list.push(i);
      else byPair.set(pair, [i]);
    }
  });
  return { texts, byPair };
}

/** The text `words` mostly copies (its index), or -1. */
function copiedFrom(words: readonly string[], byPair: ReadonlyMap<string, number[]>): number {
  if (words.length < MIN_WORDS) return -1;
  const mine = wordPairs(words);
  const shared = new Map<number, number>();
  for (const pair of mine) for (const i of byPair.get(pair) ?? []) shared.set(i, (shared.get(i) ?? 0) + 1);
  for (const [i, n] of shared) if (n / mine.size >= COPY_SHARE) return i;
  return -1;
}

describe('labelled sentences', () => {
  const { texts, byPair } = measured();

  it('copy no test item of the corpora and no string of the detect tests', () => {
    const copies: string[] = [];
    for (const sentence of readLabelledSentences()) {
      const i = copiedFrom(sentence.words, byPair);
      // the sentence (training data) is named, never the test text
      if (i >= 0) copies.push(`${sentence.from}: "${sentence.words.join(' ')}" (like ${texts[i].name})`);
    }
    assert.deepEqual(copies, [], `remove these lines before training:\n${copies.join('\n')}`);
  });

  it('would catch a copy (a look-alike of sentence-model.test.ts) and passes other text', () => {
    assert.ok(copiedFrom(wordsOf('i have your charger, ill bring it to school today'), byPair) >= 0);
    assert.equal(copiedFrom(wordsOf('the quick brown fox jumps over the lazy dog'), byPair), -1);
  });
});
