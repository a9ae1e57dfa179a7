// The development lines (data/detect/dev) train the line model, so none may copy what measures the
// engine: a string of a probe set (probe-*.test.ts) or a message of a `test` item of the corpora.
// Otherwise the model could learn the very wording it is then scored on. Unit tests may quote the
// development lines (their rules were written from them), so their strings are not checked here.
import { describe, it } from 'node:test';
import assert from '../../../test/assert.ts';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readDetectCorpus, readDevItems } from '../../node/files/detect-corpus.ts';
import {
  copiedFrom,
  MIN_WORDS,
  pairIndex,
  stringLiterals,
  wordsOf,
  type PairIndex,
} from '../../../test/near-copies.ts';

/** Every string literal of the probe sets, and every message of the corpora's `test` items. */
function measured(): PairIndex {
  const probes = stringLiterals(import.meta.dirname, (f) => f.startsWith('probe-') && f.endsWith('.test.ts'));
  const tests = readDetectCorpus()
    .filter((item) => item.split === 'test')
    .flatMap((item) => item.messages.map((m) => ({ name: `corpus test item ${item.id}`, text: m.text })));
  return pairIndex([...probes, ...tests].filter((t) => wordsOf(t.text).length >= MIN_WORDS));
}

/** The measured text that `text` near-copies, or that it holds a near copy of (its name), or undefined. */
function copyOf(text: string, index: PairIndex): string | undefined {
  const i = copiedFrom(wordsOf(text), index, true);
  return i >= 0 ? index.names[i] : undefined;
}

describe('development lines', () => {
  const index = measured();

  it('copy no probe set string and no message of a corpus test item', () => {
    const copies: string[] = [];
    const dir = join(import.meta.dirname, '../../../data/detect/dev');
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.txt')))
      readDevItems(file).forEach((messages, i) => {
        for (const text of messages) {
          const like = copyOf(text, index);
          // the line (training data) is named by its place, never the held-out text
          if (like) copies.push(`${file}:${i + 1} (like ${like})`);
        }
      });
    assert.deepEqual(copies, [], `remove these lines before training:\n${copies.join('\n')}`);
  });

  it('would catch a copy either way round and passes other text', () => {
    const planted = pairIndex([
      { name: 'planted', text: 'send 300 now or every contact you have gets the clip' },
    ]);
    assert.equal(copyOf('send 300 now or every contact you have gets the clip tonight', planted), 'planted');
    assert.equal(
      copyOf('ok. send 300 now or every contact you have gets the clip. your choice. tick tock', planted),
      'planted',
    );
    assert.equal(copyOf('my grandmother grows tomatoes in the greenhouse every summer', planted), undefined);
  });
});
