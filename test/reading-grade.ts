// Flesch-Kincaid grade of blocks of text, for the tests that hold Backstop's words to a reading age
// of about 12 (US grade 7). Each block ends a sentence even without a full stop.
import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';

export function readingGrade(blocks: string[]): { grade: number; words: number } {
  const text = blocks.map((b) => b.trim()).filter(Boolean);
  const sentences = text
    .flatMap((block) => block.split(/[.!?]+(?:\s+|$)/))
    .filter((s) => /[a-z]/i.test(s)).length;
  const words = text.join(' ').match(/[A-Za-z\u2019']+/g) ?? [];
  const syllables = words.reduce((sum, word) => sum + syllable(word), 0);
  return {
    grade: fleschKincaid({ sentence: Math.max(1, sentences), word: words.length, syllable: syllables }),
    words: words.length,
  };
}
