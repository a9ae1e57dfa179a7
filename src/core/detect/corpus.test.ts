import { describe, it } from 'node:test';
import assert from '../../../test/assert.ts';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { duplicateIds, parseCorpus, sourcesInTwoSplits, testNearCopies } from './corpus.ts';
import { readDetectCorpus } from '../../node/files/detect-corpus.ts';

const REAL_DIR = join(import.meta.dirname, '..', '..', '..', 'data', 'detect', 'corpus-real');
const header = (extra: string) =>
  `=== id: r1 | label: benign | split: train | lang: en | format: text | prov: real | licence: quoted${extra}\nhello\n`;

describe('evaluation corpus', () => {
  it('needs a source URL for real items', () => {
    assert.throws(() => parseCorpus(header('')), /source URL/);
    const [item] = parseCorpus(header(' | source: https://example.org/a'));
    assert.equal(item.prov, 'real');
    assert.equal(item.source, 'https://example.org/a');
  });

  it('finds a source quoted in two splits', () => {
    const items = parseCorpus(
      header(' | source: https://example.org/a') +
        header(' | source: https://example.org/a').replace('split: train', 'split: test'),
    );
    assert.deepEqual(sourcesInTwoSplits(items), ['https://example.org/a']);
  });

  it('finds an id used twice, and every shipped item (team and real) has its own id', () => {
    const items = parseCorpus(
      header(' | source: https://example.org/a') + header(' | source: https://example.org/b'),
    );
    assert.deepEqual(duplicateIds(items), ['r1']);
    assert.deepEqual(duplicateIds(readDetectCorpus()), []);
  });

  it('finds test items that repeat the template of a train or dev item, and only those', () => {
    const item = (id: string, split: string, text: string, source: string) =>
      `=== id: ${id} | label: extortion | split: ${split} | lang: en | format: text | prov: real | licence: quoted | source: ${source}\n${text}\n`;
    const template =
      'I am a hacker who has access to your operating system and I recorded you with your camera, pay me now';
    const items = parseCorpus(
      item('a', 'train', template, 'https://a.example/') +
        item(
          'b',
          'test',
          template.replace('pay me now', 'pay 900 dollars in bitcoin'),
          'https://b.example/',
        ) +
        item(
          'c',
          'test',
          'Your password is hunter2 and I have a video of you, send bitcoin within two days',
          'https://c.example/',
        ) +
        item('d', 'dev', 'hello there how are you today my friend', 'https://d.example/'),
    );
    assert.deepEqual([...testNearCopies(items)], ['b']);
  });

  it('keeps the shipped real corpus split by source, every item with its source and licence', () => {
    const items = readdirSync(REAL_DIR)
      .filter((f) => f.endsWith('.txt'))
      .flatMap((f) => parseCorpus(readFileSync(join(REAL_DIR, f), 'utf8'), f));
    assert.ok(items.length >= 30);
    for (const item of items) {
      assert.equal(item.prov, 'real', item.id);
      assert.match(item.source ?? '', /^https?:\/\//, item.id);
      assert.ok(item.licence, item.id);
    }
    assert.deepEqual(sourcesInTwoSplits(items), []);
    for (const split of ['train', 'dev', 'test'] as const) {
      assert.ok(
        items.some((i) => i.split === split && i.label !== 'benign'),
        `positives in ${split}`,
      );
      assert.ok(
        items.some((i) => i.split === split && i.label === 'benign'),
        `negatives in ${split}`,
      );
    }
  });
});
