import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { compileLexicons, findPhrases } from './compile.ts';
import { defaultLexicons } from './lexicons.ts';
import { tokenize } from './normalize.ts';
import { analyzeMessage } from './analyzer.ts';
import type { Lexicon } from './types.ts';

const lexicon = (phrases: string[]): Lexicon => ({
  language: 'xx',
  cues: [{ id: 't', stage: 'demand', weight: 1, why: 'test', phrases }],
  negators: ['not'],
  conditionals: ['if'],
  discussion: [],
});

const matches = (phrases: string[], text: string) =>
  findPhrases(compileLexicons([lexicon(phrases)]), tokenize(text)).length > 0;

describe('lexicon phrases', () => {
  it('supports alternatives, prefixes, optional words, gaps and numbers', () => {
    assert.ok(matches(['pay|send me'], 'send me'));
    assert.ok(matches(['gift*'], 'giftcards'));
    assert.ok(matches(['send me? pics'], 'send pics'));
    assert.ok(matches(['send ~2 pics'], 'send me two pics'));
    assert.ok(!matches(['send ~1 pics'], 'send me two pics'));
    assert.ok(matches(['pay #'], 'pay 500'));
    assert.ok(matches(['# dollars'], 'I want 500 dollars'));
    assert.ok(!matches(['pay #'], 'pay up'));
  });

  it('folds lexicon words like messages ("Pásame", "noodz")', () => {
    assert.ok(matches(['Pásame'], 'pasame'));
    assert.ok(matches(['noodz'], 'n00dzzz'));
  });

  it('rejects malformed phrases with a clear error', () => {
    assert.throws(() => compileLexicons([lexicon(['~ pics'])]), /must start with a word/);
    assert.throws(() => compileLexicons([lexicon(['maybe? pics'])]), /must start with a word/);
    assert.throws(() => compileLexicons([lexicon(['ab* pics'])]), /3 letters/);
  });

  it('compiles every shipped lexicon (English and Spanish)', () => {
    assert.deepEqual(
      defaultLexicons.map((l) => l.language),
      ['en', 'es'],
    );
    const compiled = compileLexicons(defaultLexicons);
    assert.ok(compiled.exact.size > 100);
  });

  it('matches in linear time on hostile inputs (no regular expressions, bounded gaps)', () => {
    const hostile = [
      'send '.repeat(20_000),
      'i will send '.repeat(5_000) + 'your',
      'your ur '.repeat(10_000),
      '1 '.repeat(20_000),
      'pay # '.repeat(10_000),
    ];
    for (const text of hostile) assert.ok(Array.isArray(analyzeMessage(text)));
  });
});
