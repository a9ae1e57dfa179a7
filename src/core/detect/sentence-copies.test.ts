// The sentence model's labelled sentences must not copy what measures the engine: a `test` item of
// the corpora, or a string of the detect tests (probe sets, unit tests). Otherwise the model could
// learn the very wording it is then scored on.
import { describe, it } from 'node:test';
import assert from '../../../test/assert.ts';
import { readDetectCorpus, readLabelledSentences } from '../../node/files/detect-corpus.ts';
import { copiedFrom, MIN_WORDS, pairIndex, stringLiterals, wordsOf } from '../../../test/near-copies.ts';

/** Every string literal of the detect tests with at least MIN_WORDS words. */
function testStrings(): { name: string; text: string }[] {
  return stringLiterals(
    import.meta.dirname,
    (f) => f.endsWith('.test.ts') && f !== 'sentence-copies.test.ts',
  ).filter((s) => wordsOf(s.text).length >= MIN_WORDS);
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
  return { texts, byPair: pairIndex(texts) };
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
