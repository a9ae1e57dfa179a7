/**
 * Folds a message into match tokens while remembering where each token came from in the original
 * text: NFKD + accent stripping, lower case, Unicode look-alikes, leetspeak inside words, zero-width
 * characters, repeated letters ("nuuudes" → "nudes"), spaced or dotted letters ("n.u.d.e.s"), emoji
 * and currency symbols as words. One pass over the text, no regular expressions: linear time.
 */

import { codeUnit } from '../text/code-unit.ts';
import { LATIN_LOOKALIKES } from '../text/lookalikes.ts';

export interface Token {
  /** folded word */
  w: string;
  /** original start offset (UTF-16) */
  s: number;
  /** original end offset, exclusive */
  e: number;
  /** inside quotation marks or a "> " quoted line */
  q: boolean;
  /**
   * FNV-1a hash of `w` as a signed 32-bit integer (`wordHash(w)`), computed once by the tokenizer's
   * word table; the hashes that read it (model.ts `mix`) treat it as 32 bits either way
   */
  h: number;
}

const LEET: Record<string, string> = {
  '0': 'o',
  '1': 'i',
  '3': 'e',
  '4': 'a',
  '5': 's',
  '7': 't',
  '@': 'a',
  $: 's',
};

/** Look-alike letters (Cyrillic, Greek, a few Latin ones) to the lower-case ASCII they stand for. */
const CONFUSABLES: Record<string, string> = {
  ...Object.fromEntries(Object.entries(LATIN_LOOKALIKES).map(([ch, latin]) => [ch, latin.toLowerCase()])),
  ɡ: 'g',
  // more look-alikes seen in mass mails: Greek lunate sigma, Armenian, Komi, Latin alpha and hooks
  ϲ: 'c',
  Ϲ: 'c',
  ո: 'n',
  ս: 'u',
  օ: 'o',
  ց: 'g',
  հ: 'h',
  ԍ: 'g',
  ɑ: 'a',
  ƙ: 'k',
  ѵ: 'v',
  ɩ: 'i',
  ʋ: 'v',
  // small capitals
  ᴀ: 'a',
  ʙ: 'b',
  ᴄ: 'c',
  ᴅ: 'd',
  ᴇ: 'e',
  ꜰ: 'f',
  ɢ: 'g',
  ʜ: 'h',
  ɪ: 'i',
  ᴊ: 'j',
  ᴋ: 'k',
  ʟ: 'l',
  ᴍ: 'm',
  ɴ: 'n',
  ᴏ: 'o',
  ᴘ: 'p',
  ʀ: 'r',
  ꜱ: 's',
  ᴛ: 't',
  ᴜ: 'u',
  ᴠ: 'v',
  ᴡ: 'w',
  ʏ: 'y',
  ᴢ: 'z',
  ı: 'i',
  ł: 'l',
  ø: 'o',
  đ: 'd',
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  þ: 'th',
};

/** Emoji that carry meaning for the script, as words the lexicons can use. */
const EMOJI: Record<string, string> = {
  '🍆': 'emojisex',
  '🍑': 'emojisex',
  '💦': 'emojisex',
  '👅': 'emojisex',
  '🔞': 'emojisex',
  '😈': 'emojiflirt',
  '😏': 'emojiflirt',
  '🥵': 'emojisex',
  '🫦': 'emojisex',
  '👙': 'emojisex',
  '🩲': 'emojisex',
  '📸': 'emojicamera',
  '📷': 'emojicamera',
  '🤳': 'emojicamera',
  '📹': 'emojicamera',
  '🎥': 'emojicamera',
  '💰': 'emojimoney',
  '💵': 'emojimoney',
  '💸': 'emojimoney',
  '💳': 'emojimoney',
  '🤑': 'emojimoney',
  '₿': 'bitcoin',
  '⏰': 'emojitimer',
  '⏳': 'emojitimer',
  '⌛': 'emojitimer',
  '⏱': 'emojitimer',
  '⏲': 'emojitimer',
  '🕐': 'emojitimer',
  '💣': 'emojibomb',
};

// folded like the words themselves (repeated letters collapse: dollar → dolar), so "$500" matches "dollar"
const CURRENCY: Record<string, string> = { $: 'dolar', '£': 'pound', '€': 'euro' };
/** The words the currency symbols become ("$300" is "dolar 300"). */
export const CURRENCY_WORDS: ReadonlySet<string> = new Set(Object.values(CURRENCY));

const IGNORED = new Set([
  0x00ad, 0x180e, 0x200b, 0x200c, 0x200d, 0x200e, 0x200f, 0x2060, 0xfeff, 0xfe0f, 0xfe0e,
]);

/**
 * Combining marks that follow their letter (text copied from macOS and some keyboards is decomposed:
 * "vídeo" as "vi" + U+0301 + "deo"; "zalgo" text stacks them): dropped inside words like the accents
 * of precomposed letters, never a word break.
 */
const isCombiningMark = (cp: number) =>
  (cp >= 0x0300 && cp <= 0x036f) ||
  (cp >= 0x1ab0 && cp <= 0x1aff) ||
  (cp >= 0x1dc0 && cp <= 0x1dff) ||
  (cp >= 0x20d0 && cp <= 0x20ff) ||
  (cp >= 0xfe20 && cp <= 0xfe2f);

/** HTML's named characters that pasted page sources hold most (others read as a word break). */
const HTML_NAMED: Record<string, number> = {
  nbsp: 0xa0,
  amp: 38,
  quot: 34,
  apos: 39,
  lt: 60,
  gt: 62,
  rsquo: 0x2019,
  lsquo: 0x2018,
  ntilde: 0xf1,
  Ntilde: 0xd1,
  ccedil: 0xe7,
  szlig: 0xdf,
  euro: 0x20ac,
  pound: 0xa3,
  ldquo: 0x201c,
  rdquo: 0x201d,
  bdquo: 0x201e,
  laquo: 0xab,
  raquo: 0xbb,
  hellip: 0x2026,
  ndash: 0x2013,
  mdash: 0x2014,
  shy: 0xad,
};
/** "&eacute;", "&Uuml;": a letter with an accent, named by its letter. */
const HTML_ACCENTED = /^([A-Za-z])(?:acute|grave|uml|circ|tilde|ring|cedil|slash)$/;
const ENTITY_MAX = 10;

/** The index after an HTML character reference starting at `at` ("&nbsp;", "&#39;", "&#x2019;"), or 0. */
function htmlEntityEnd(text: string, at: number): number {
  const stop = Math.min(text.length, at + ENTITY_MAX);
  for (let k = at + 1; k < stop; k++) {
    const c = text.charCodeAt(k);
    if (c === 59) return k > at + 2 ? k + 1 : 0;
    if (!(isDigitCode(c) || isAsciiLetter(c) || (c === 35 && k === at + 1))) return 0;
  }
  return 0;
}

/** The code point of the reference text[at, end) (from "&" to ";"), or -1 when it is not one HTML names. */
function htmlEntityCodePoint(text: string, at: number, end: number): number {
  const name = text.slice(at + 1, end - 1);
  if (name.charCodeAt(0) === 35) {
    const hex = (name.charCodeAt(1) | 32) === 120;
    const cp = Number.parseInt(name.slice(hex ? 2 : 1), hex ? 16 : 10);
    return Number.isInteger(cp) && cp > 0 && cp <= 0x10ffff ? cp : -1;
  }
  const accented = HTML_ACCENTED.exec(name);
  return accented ? accented[1].charCodeAt(0) : (HTML_NAMED[name] ?? -1);
}

const foldCache = new Map<number, string>();
const FOLD_CACHE_MAX = 4096;

/** Folds one non-ASCII code point to lower-case ASCII letters/digits ('' for a separator). */
function foldCodePoint(cp: number): string {
  const cached = foldCache.get(cp);
  if (cached !== undefined) return cached;
  const ch = String.fromCodePoint(cp);
  let out = CONFUSABLES[ch] ?? CONFUSABLES[ch.toLowerCase()];
  if (out === undefined) {
    out = '';
    for (const c of ch.normalize('NFKD').toLowerCase()) {
      const mapped = CONFUSABLES[c];
      if (mapped !== undefined) out += mapped;
      else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) out += c;
    }
  }
  if (foldCache.size >= FOLD_CACHE_MAX) foldCache.clear();
  foldCache.set(cp, out);
  return out;
}

const isLetter = (c: string) => c >= 'a' && c <= 'z';
const isLetterCode = (c: number) => c >= 97 && c <= 122;
export const isDigitCode = (c: number) => c >= 48 && c <= 57;
/** A folded word that is a number (it starts with a digit: "300", "24h"). */
export const isNumberWord = (w: string): boolean => isDigitCode(w.charCodeAt(0));

/** LEET as char codes: the letter a digit, `@` or `$` stands for inside a word (0 for none). */
const LEET_CODE = new Uint8Array(128);
for (const [k, v] of Object.entries(LEET)) LEET_CODE[k.charCodeAt(0)] = v.charCodeAt(0);

/**
 * Words are built as char codes and made strings once, through a small table of recent words: chat
 * repeats its words, so most tokens reuse a string (no allocation, and its hash for the lexicon's
 * maps is already computed). Fixed size: memory stays bounded whatever the text.
 */
const INTERN_SLOTS = 4096; // a power of two
const INTERN_MAX_LENGTH = 24;
const interned: (string | undefined)[] = new Array<string | undefined>(INTERN_SLOTS).fill(undefined);
let buffer = new Uint16Array(256);

function bufferString(len: number): string {
  let out = '';
  for (let at = 0; at < len; at += 4096)
    out += String.fromCharCode.apply(
      null,
      buffer.subarray(at, Math.min(len, at + 4096)) as unknown as number[],
    );
  return out;
}

/**
 * The hash of the word `wordOf` returned last. Signed, like every token's `h`: V8 keeps a 32-bit
 * signed integer unboxed, where an unsigned hash of 2^31 or more would be a heap number each time.
 */
let lastHash = 0;

/**
 * FNV-1a over a string's UTF-16 code units, started from `seed`; with seed 0 it is what `wordOf`
 * computes from the buffer (a token's `h`).
 */
export function hashString(s: string, seed: number): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** A token's `h`: the FNV-1a hash of its word (`hashString(w, 0)`) as a signed 32-bit integer. */
export const wordHash = (w: string): number => hashString(w, 0) | 0;

function wordOf(len: number): string {
  let h = 0x811c9dc5;
  for (let k = 0; k < len; k++) h = Math.imul(h ^ buffer[k], 16777619);
  lastHash = h;
  if (len > INTERN_MAX_LENGTH) return bufferString(len);
  const slot = h & (INTERN_SLOTS - 1);
  const known = interned[slot];
  if (known !== undefined && known.length === len) {
    let k = 0;
    while (k < len && known.charCodeAt(k) === buffer[k]) k++;
    if (k === len) return known;
  }
  const word = bufferString(len);
  interned[slot] = word;
  return word;
}

/**
 * Whether folding leaves `word` as it is, decided without tokenizing it: true for plain lower-case
 * ASCII letters with no letter twice in a row (false may still fold to itself).
 */
export function foldsToItself(word: string): boolean {
  let previous = 0;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c < 97 || c > 122 || c === previous) return false;
    previous = c;
  }
  return word.length > 0;
}

/** Folds one lexicon word (or a message word) the way tokens are folded. */
export function foldWord(word: string): string {
  const tokens = tokenize(word);
  return tokens.map((t) => t.w).join('');
}

/** Tokenizer state, kept in one object so the hot loop allocates no closures. */
interface State {
  tokens: Token[];
  /** length of the word being built in `buffer` (its char codes) */
  len: number;
  start: number;
  end: number;
  /** index of the first token inside the open quotation, or -1 outside one */
  quoteStart: number;
  lineQuoted: boolean;
}

/** The state of `tokenize` (one object for every call: nothing it calls tokenizes). */
const state: State = { tokens: [], len: 0, start: -1, end: -1, quoteStart: -1, lineQuoted: false };

function flush(st: State): void {
  if (st.len) {
    const w = wordOf(st.len);
    st.tokens.push({ w, s: st.start, e: st.end, q: st.quoteStart >= 0 || st.lineQuoted, h: lastHash });
  }
  st.len = 0;
  st.start = -1;
}

/** Appends a folded character (its code: a-z or 0-9) to the word being built. */
function append(st: State, c: number, at: number, endAt: number): void {
  const last = st.len ? buffer[st.len - 1] : 0;
  if (isLetterCode(c) && last) {
    if (isDigitCode(last)) flush(st);
    else if (c === last) {
      st.end = endAt;
      return;
    }
  }
  if (!st.len) st.start = at;
  if (st.len === buffer.length) growBuffer();
  buffer[st.len++] = c;
  st.end = endAt;
}

function growBuffer(): void {
  const grown = new Uint16Array(buffer.length * 2);
  grown.set(buffer);
  buffer = grown;
}

const isAsciiLetter = (code: number) => (code >= 97 ? code <= 122 : code >= 65 && code <= 90);

/**
 * Appends the run of ASCII letters starting at `from` (a letter, before `end`), lower-cased, as
 * `append` would one by one (most of a chat message is such runs); returns where the run ends.
 */
function appendLetters(st: State, text: string, from: number, end: number): number {
  let len = st.len;
  if (len && isDigitCode(buffer[len - 1])) {
    flush(st);
    len = 0;
  }
  if (!len) st.start = from;
  let last = len ? buffer[len - 1] : 0;
  let i = from;
  for (; i < end; i++) {
    const code = codeUnit(text, i);
    if (!isAsciiLetter(code)) break;
    const c = code | 32;
    if (c === last) continue;
    if (len === buffer.length) growBuffer();
    buffer[len++] = c;
    last = c;
  }
  st.len = len;
  st.end = i;
  return i;
}

/** A straight quotation mark opens or closes a quotation. */
function toggleQuote(st: State): void {
  flush(st);
  st.quoteStart = st.quoteStart >= 0 ? -1 : st.tokens.length;
}

function emitWord(st: State, w: string, at: number, endAt: number): void {
  flush(st);
  st.tokens.push({ w, s: at, e: endAt, q: st.quoteStart >= 0 || st.lineQuoted, h: wordHash(w) });
}

/**
 * An ASCII character other than a letter run, a line break or a line's ">" (a digit, "$", "@", an
 * apostrophe, a quotation mark, punctuation), or one an HTML reference stands for, spanning text[at, end).
 */
function asciiChar(st: State, text: string, code: number, at: number, end: number): void {
  if (isAsciiLetter(code)) {
    append(st, code | 32, at, end);
  } else if (isDigitCode(code) || code === 64 || code === 36) {
    const n = text.length;
    const last = st.len ? buffer[st.len - 1] : 0;
    const nextCode = end < n ? codeUnit(text, end) | 32 : 0;
    // leetspeak inside a word ("n00dz") or leading one ("0n", "3xpose"), not in numbers ("24h")
    const leading =
      !st.len &&
      (code === 48 || code === 49 || code === 51 || code === 52) &&
      nextCode >= 97 &&
      nextCode <= 122;
    // "US$500", "CA$ 200": a dollar sign before a number is the currency, not a leet "s"
    const dollarBeforeNumber =
      code === 36 &&
      (isDigitCode(nextCode) || (nextCode === 32 && isDigitCode(end + 1 < n ? codeUnit(text, end + 1) : 0)));
    if (dollarBeforeNumber) emitWord(st, CURRENCY.$, at, end);
    else if ((isLetterCode(last) || leading) && LEET_CODE[code]) append(st, LEET_CODE[code], at, end);
    else if (code === 36) emitWord(st, CURRENCY.$, at, end);
    else if (code !== 64) {
      if (last && !isDigitCode(last)) flush(st);
      append(st, code, at, end);
    } else flush(st);
  } else if (code === 39) {
    // apostrophes vanish inside words: don't → dont
    if (!st.len) flush(st);
  } else if (code === 34) {
    toggleQuote(st);
  } else {
    flush(st);
  }
}

/** A code point that opens a quotation: a straight double quotation mark (which also closes one), “, „ or «. */
export const opensQuotation = (cp: number): boolean =>
  cp === 34 || cp === 0x201c || cp === 0x201e || cp === 0xab;

/** A non-ASCII code point `cp` (the string `ch`), or one an HTML reference stands for, spanning text[at, end). */
function nonAsciiChar(st: State, cp: number, ch: string, at: number, end: number): void {
  if (IGNORED.has(cp) || isCombiningMark(cp) || (cp >= 0x1f3fb && cp <= 0x1f3ff)) return;
  if (cp === 0x2019 || cp === 0x2018 || cp === 0x02bc) {
    if (!st.len) flush(st);
    return;
  }
  if (opensQuotation(cp)) {
    flush(st);
    st.quoteStart = st.tokens.length;
    return;
  }
  if (cp === 0x201d || cp === 0x00bb) {
    flush(st);
    st.quoteStart = -1;
    return;
  }
  const symbol = EMOJI[ch] ?? CURRENCY[ch];
  if (symbol) {
    emitWord(st, symbol, at, end);
    return;
  }
  const folded = foldCodePoint(cp);
  if (!folded) flush(st);
  else for (let k = 0; k < folded.length; k++) append(st, folded.charCodeAt(k), at, end);
}

/**
 * Splits `text` into folded tokens. `vocabulary` (folded words) lets three spaced single letters join
 * ("s e x") only when they spell a known word; four or more, or letters joined by dots, dashes,
 * underscores or stars, always join.
 */
export function tokenize(text: string, vocabulary?: ReadonlySet<string>): Token[] {
  const st = state;
  st.tokens = [];
  st.len = 0;
  st.start = st.end = st.quoteStart = -1;
  st.lineQuoted = false;
  let entityEnd: number;
  let atLineStart = true;
  const n = text.length;
  for (let i = 0; i < n;) {
    const code = codeUnit(text, i);
    if (code < 128) {
      if (code === 10) {
        flush(st);
        atLineStart = true;
        st.lineQuoted = false;
        i++;
        continue;
      }
      if (atLineStart && code !== 32 && code !== 9) {
        atLineStart = false;
        if (code === 62) {
          st.lineQuoted = true;
          i++;
          continue;
        }
      }
      if (isAsciiLetter(code)) {
        i = appendLetters(st, text, i, n);
      } else if (code === 38 && (entityEnd = htmlEntityEnd(text, i)) > 0) {
        // text copied from a page's source ("48&nbsp;hours", "don&#39;t", "v&iacute;deo", "&#36;500"): read as
        // the character the reference stands for
        const cp = htmlEntityCodePoint(text, i, entityEnd);
        if (cp < 0) flush(st);
        else if (cp < 128) asciiChar(st, text, cp, i, entityEnd);
        else nonAsciiChar(st, cp, String.fromCodePoint(cp), i, entityEnd);
        i = entityEnd;
      } else {
        asciiChar(st, text, code, i, i + 1);
        i++;
      }
      continue;
    }
    const cp = text.codePointAt(i) as number;
    const next = i + (cp > 0xffff ? 2 : 1);
    atLineStart = false;
    nonAsciiChar(st, cp, next - i === 2 ? text.slice(i, next) : text[i], i, next);
    i = next;
  }
  flush(st);
  const tokens = st.tokens;
  // an opening quote that never closes quotes nothing: it must not hide the rest of a message
  if (st.quoteStart >= 0) {
    for (let t = st.quoteStart; t < tokens.length; t++) tokens[t].q = st.lineQuoted;
  }
  return joinSpacedLetters(text, tokens, vocabulary);
}

const JOINERS = new Set([' ', '.', '-', '_', '*', '|', '/', '+', '~']);

function joinSpacedLetters(text: string, tokens: Token[], vocabulary?: ReadonlySet<string>): Token[] {
  let hasSingles = false;
  for (let i = 0; i + 2 < tokens.length; i++) {
    if (tokens[i].w.length === 1 && tokens[i + 1].w.length === 1 && tokens[i + 2].w.length === 1) {
      hasSingles = true;
      break;
    }
  }
  if (!hasSingles) return tokens;
  const out: Token[] = [];
  let i = 0;
  while (i < tokens.length) {
    let j = i;
    let nonSpace = false;
    while (
      j + 1 < tokens.length &&
      tokens[j].w.length === 1 &&
      isLetter(tokens[j].w) &&
      tokens[j + 1].w.length === 1 &&
      isLetter(tokens[j + 1].w) &&
      tokens[j + 1].s - tokens[j].e === 1 &&
      JOINERS.has(text[tokens[j].e])
    ) {
      if (text[tokens[j].e] !== ' ') nonSpace = true;
      j++;
    }
    const run = j - i + 1;
    if (run >= 3) {
      let w = '';
      for (let k = i; k <= j; k++) if (tokens[k].w !== w[w.length - 1]) w += tokens[k].w;
      if (nonSpace || run >= 4 || vocabulary?.has(w)) {
        out.push({ w, s: tokens[i].s, e: tokens[j].e, q: tokens[i].q, h: wordHash(w) });
        i = j + 1;
        continue;
      }
    }
    out.push(tokens[i]);
    i++;
  }
  return out;
}
