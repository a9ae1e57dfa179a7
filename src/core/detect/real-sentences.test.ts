import { describe, it } from 'node:test';
import assert from '../../../test/assert.ts';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { tokenize } from './normalize.ts';
import { readDetectCorpus } from '../../node/files/detect-corpus.ts';

const ROOT = resolve(import.meta.dirname, '../../..');
const REAL_TRAIN = join(ROOT, 'data/detect/sentences/real-train.tsv');

/** Folded words joined by single spaces, so that case, spacing and look-alike letters do not matter. */
const words = (text: string) =>
  tokenize(text)
    .map((t) => t.w)
    .join(' ');

describe('real-train.tsv (hand-labelled sentences of corpus-real)', () => {
  it('quotes only train items of corpus-real, never a dev or test item', () => {
    const train = readDetectCorpus()
      .filter((item) => item.prov === 'real' && item.split === 'train')
      .flatMap((item) => item.messages.map((m) => ` ${words(m.text)} `));
    const lines = readFileSync(REAL_TRAIN, 'utf8')
      .split('\n')
      .filter((line) => line.trim());
    assert.ok(lines.length > 0);
    const missing = lines.filter((line) => {
      const sentence = words(line.slice(line.indexOf('\t') + 1));
      return !sentence || !train.some((text) => text.includes(` ${sentence} `));
    });
    assert.deepEqual(missing, [], 'lines that are in no train item of data/detect/corpus-real');
  });
});
