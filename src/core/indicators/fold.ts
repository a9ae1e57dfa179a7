import { LATIN_LOOKALIKES } from '../text/lookalikes.ts';

/**
 * Text with disguises undone, and where each of its UTF-16 units came from in the original: unit i
 * stands for the original units `start[i]` to `end[i]` (exclusive). The maps are null when nothing
 * was changed (the common case), so offsets need no mapping.
 */
export interface FoldedText {
  text: string;
  start: Int32Array | null;
  end: Int32Array | null;
}

/** Invisible characters typed inside a handle or link to break it up ("j\u200Bohn"). */
const INVISIBLE = new Set([0x00ad, 0x180e, 0x200b, 0x200c, 0x200d, 0x2060, 0x2061, 0x2062, 0x2063, 0xfeff]);

// Anything that might need folding: soft hyphen, Greek and Cyrillic, invisible marks, surrogates
// (mathematical letters), fullwidth forms, and other letter-like symbols NFKC turns into ASCII.
const MAY_NEED_FOLDING =
  /[\u00ad\u0370-\u052f\u180e\u200b-\u200d\u2060-\u2063\u2100-\u24ff\ud835\ufeff\uff01-\uff5e]/;

const asciiWordChar = (code: number) =>
  (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);

/** The ASCII letter or digit a symbol is a styled form of (fullwidth, mathematical bold, circled...). */
function compatibilityAscii(ch: string): string | undefined {
  const folded = ch.normalize('NFKC');
  if (folded.length !== 1) return undefined;
  const code = folded.charCodeAt(0);
  return code >= 0x21 && code <= 0x7e ? folded : undefined;
}

/**
 * Undoes the disguises scammers use inside handles, links and addresses: invisible characters are
 * dropped; fullwidth and mathematical letters become ASCII; Cyrillic and Greek look-alikes become
 * Latin letters, but only inside a word (letters, digits, `_`) that also has ASCII letters or
 * digits ("ѕаm_k22"), so text written in Russian or Greek is left as it is. Linear time.
 */
export function foldDisguises(input: string): FoldedText {
  if (!MAY_NEED_FOLDING.test(input)) return { text: input, start: null, end: null };
  const units: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  // look-alike letters of the current word (indexes into `units`), folded if the word has ASCII
  let pending: number[] = [];
  let wordHasAscii = false;
  const endWord = () => {
    if (wordHasAscii) for (const i of pending) units[i] = LATIN_LOOKALIKES[units[i]];
    pending = [];
    wordHasAscii = false;
  };

  for (let i = 0; i < input.length;) {
    const cp = input.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    const ch = input.slice(i, i + width);
    if (INVISIBLE.has(cp)) {
      i += width;
      continue;
    }
    if (LATIN_LOOKALIKES[ch] !== undefined) {
      pending.push(units.length);
      units.push(ch);
      starts.push(i);
      ends.push(i + width);
    } else {
      const ascii = cp < 0x80 ? undefined : compatibilityAscii(ch);
      const out = ascii ?? ch;
      const code = out.charCodeAt(0);
      if (asciiWordChar(code) && out.length === 1) wordHasAscii = true;
      else if (code !== 0x5f && !/\p{L}|\p{N}/u.test(out)) endWord();
      for (let k = 0; k < out.length; k++) {
        units.push(out[k]);
        starts.push(i);
        ends.push(i + width);
      }
    }
    i += width;
  }
  endWord();
  const text = units.join('');
  if (text === input) return { text: input, start: null, end: null };
  return { text, start: Int32Array.from(starts), end: Int32Array.from(ends) };
}
