/**
 * Compiles lexicon phrases into a token matcher: phrases are indexed by their first word (or word
 * prefix), and matching walks tokens left to right with bounded gaps. No regular expressions, so
 * matching is linear in the message length times the (small, bounded) phrase length.
 */
import { BackstopError } from '../errors.ts';
import { foldWord, isNumberWord, type Token } from './normalize.ts';
import type { Lexicon, Stage } from './types.ts';

/** One word of an alternative: an exact folded word, a prefix (`word*`), or any number (`#`). */
interface WordPattern {
  word: string;
  prefix: boolean;
  number?: boolean;
}
/**
 * One step matching one token, or a sequence of tokens for multi-word alternatives from a word class
 * ("put up", "half an hour"). Single exact words are looked up in a set, so a step with a large word
 * class costs one lookup per token.
 */
interface WordStep {
  kind: 'word';
  /**
   * its bit in a word entry's `inSteps` and `startsSequences`, and its mark as an anchor (numbered
   * by compileLexicons)
   */
  id: number;
  optional: boolean;
  /** matches one token that is none of its words (`!has|have`): "class photos" but not "class has photos" */
  negated: boolean;
  exact: Set<string>;
  prefixes: string[];
  sequences: WordPattern[][];
  /** the sequences whose first word is exact, by that word; the others (prefix or number first) */
  sequencesByFirst: Map<string, WordPattern[][]>;
  otherSequences: WordPattern[][];
}
type Step = WordStep | { kind: 'gap'; max: number } | { kind: 'number' };

export interface CompiledPhrase {
  steps: Step[];
  target: CompiledTarget;
  /** index in the lexicon (set by compileLexicons) */
  id: number;
  /**
   * the ids of its anchor steps (0-2), each of which must have a word in the message before the
   * phrase is tried (set by compileLexicons)
   */
  anchors: number[];
  /** the most tokens a match can span (gaps at their widest, the longest alternatives) */
  maxSpan: number;
  /**
   * its ending (set by compileLexicons): the steps one of which matches the last token of any match
   * (see `CompiledLexicon.endExact`)
   */
  ending: number;
  /**
   * its steps as the matcher reads them (set by compileLexicons): two numbers per step, an `OP_*`
   * and the step's id or the gap's width. One array of numbers, not the steps' objects of three
   * shapes, keeps the matcher's reads monomorphic.
   */
  code: Int32Array;
}

/**
 * What a phrase signals: a cue of a stage, the discussion context, people who know each other, or an
 * exception that cancels the cues of one stage whose words it overlaps ("a pic of the new trainers"
 * is not a request for a picture of the reader).
 */
export type CompiledTarget =
  | { kind: 'cue'; stage: Stage; cue: string; weight: number; why: string }
  | { kind: 'discussion'; aside?: true }
  | { kind: 'notDiscussion' }
  | { kind: 'familiar' }
  | { kind: 'cancel'; stage: Stage; pictures?: boolean }
  | { kind: 'picture' };

export interface CompiledLexicon {
  exact: Map<string, CompiledPhrase[]>;
  /** keyed by the first 3 characters of the prefix (prefixKey) */
  prefixes: Map<number, { prefix: string; phrase: CompiledPhrase }[]>;
  negators: Set<string>;
  /** `proposals`, each as its folded words ("por que" → ["por", "que"]) */
  proposals: string[][];
  /** `coercions`, each as its folded words ("make me" → ["make", "me"]) */
  coercions: string[][];
  /** `affirmations`, each as its folded words ("no cap" → ["no", "cap"]) */
  affirmations: string[][];
  conditionals: Set<string>;
  /** `aboutPicture`, folded */
  aboutPicture: Set<string>;
  /** every folded word the phrases use, to let spaced letters join into them */
  vocabulary: Set<string>;
  /**
   * Anchors: for each phrase, up to two of its required steps made of uncommon words ("@audience",
   * "@expose"); a phrase is only tried in a message holding a word of each. Keys map to the marks,
   * the anchor steps' ids (phrases share steps, so a word marks each shared step once); `seen`
   * holds, per mark, the message generation it was last seen in (1 to 255, then it is cleared:
   * bytes keep it small enough to stay in the CPU cache between messages).
   */
  anchorExact: Map<string, number[]>;
  anchorPrefixes: Map<number, { prefix: string; mark: number }[]>;
  seen: Uint8Array;
  /** per mark, the last token of the current generation's message that marked it (read where `seen` says this one) */
  seenAt: Uint16Array;
  generation: number;
  /**
   * the tokens whose anchors the current generation marked (the message just scanned), so the
   * split-message check right after its scan marks only the earlier words (tokens are never changed
   * once made; extra marks only cost extra attempts, never a wrong answer); their word entries are
   * the first ones of the matcher's scratch
   */
  marked: readonly Token[] | undefined;
  /**
   * `exact`, `anchorExact` and `endExact` merged, and `prefixes`, `anchorPrefixes` and
   * `endPrefixes`: one lookup per token
   */
  byWord: Map<string, { phrases: CompiledPhrase[]; marks: number[]; endings: number[] }>;
  byPrefix: Map<number, { prefix: string; phrase?: CompiledPhrase; mark?: number; ending?: number }[]>;
  /** per message word seen: `byWord`, the number phrases and `byPrefix` resolved (see `wordEntry`) */
  words: Map<string, WordEntry>;
  /**
   * `words` direct-mapped by a token's hash (`entryFor`): the word held in each slot, and its entry
   * (a map lookup per token cost more than all the marking it leads to)
   */
  entryWords: (string | undefined)[];
  entries: WordEntry[];
  /** by folded word: the ids of the steps with it among their `exact` words */
  exactSteps: Map<string, number[]>;
  /** by `prefixKey`: the steps' prefixes, with the step's id (a word entry's `inSteps` holds both) */
  prefixSteps: Map<number, { prefix: string; id: number }[]>;
  /** by folded word: the ids of the steps with a multi-word alternative starting with it */
  sequenceSteps: Map<string, number[]>;
  /**
   * Endings, numbered: the steps that can match the last token of a phrase's match (its last
   * required step, any optional ones after it); a phrase is only tried in a message holding a word
   * that closes its ending. By the last word of an alternative, the endings it closes (`#`: a
   * number).
   */
  endExact: Map<string, number[]>;
  endPrefixes: Map<number, { prefix: string; ending: number }[]>;
  /** whole-message placeholders (`LexiconCue.placeholders`): their folded words, space-joined */
  placeholders: Map<string, CueTarget>;
}

export type CueTarget = Extract<CompiledTarget, { kind: 'cue' }>;

/** Every placeholder a `placeholders` entry stands for: one word from each `a|b` list, folded. */
function placeholderKeys(placeholder: string): string[] {
  return placeholder
    .trim()
    .split(/\s+/)
    .reduce<string[]>(
      (keys, word) => keys.flatMap((key) => word.split('|').map((w) => (key ? `${key} ` : '') + foldWord(w))),
      [''],
    );
}

/** What one word starts and marks: the candidate phrases in index order, the anchor marks. */
interface WordEntry {
  phrases: CompiledPhrase[];
  marks: number[];
  /**
   * per phrase, the marks its two anchor slots need (-1: none) and its ending: the test reads these
   * packed numbers instead of each phrase object ("i" starts about a hundred phrases)
   */
  need: Int32Array;
  /** the cue phrases among `phrases`, longest possible match first (for `crossesBoundary`) */
  cues: CompiledPhrase[];
  /** per cue phrase, its ending (an array of its own: the split check's scan reads only these) */
  cueEndings: Int32Array;
  /** per cue phrase, the marks its two anchor slots need (-1: none) */
  cueNeeds: Int32Array;
  /**
   * by distance from the word to the boundary of a split message, how many of `cues` (the first
   * ones) have a `maxSpan` above it; as long as the first cue's `maxSpan` (empty without cues)
   */
  cuesReaching: Int32Array;
  /**
   * bit `ending` is set for the endings the word can close (see `CompiledLexicon.endExact`): read only
   * for the few phrases whose anchors occur, not marked for every token
   */
  closes: Int32Array;
  /**
   * bit `step.id` is set when the word is one of the step's `exact` words or starts with one of its
   * `prefixes`: the matcher reads a bit instead of looking the word up
   */
  inSteps: Int32Array;
  /** bit `step.id` is set when one of the step's multi-word alternatives starts with the word */
  startsSequences: Int32Array;
}
const NO_ENTRY: WordEntry = {
  phrases: [],
  marks: [],
  need: new Int32Array(0),
  cues: [],
  cueEndings: new Int32Array(0),
  cueNeeds: new Int32Array(0),
  cuesReaching: new Int32Array(0),
  closes: new Int32Array(0),
  inSteps: new Int32Array(0),
  startsSequences: new Int32Array(0),
};

/** A bit set holding the given numbers. */
function bitSet(members: readonly number[] | undefined): Int32Array {
  if (!members?.length) return NO_ENTRY.inSteps;
  const bits = new Int32Array((Math.max(...members) >>> 5) + 1);
  for (const m of members) bits[m >>> 5] |= 1 << (m & 31);
  return bits;
}

const hasBit = (bits: Int32Array, n: number) =>
  n >>> 5 < bits.length && (bits[n >>> 5] & (1 << (n & 31))) !== 0;

/** The marks a phrase's anchors need, -1 for a slot it does not use. */
const needed = (p: CompiledPhrase, slot: number) => (p.anchors.length > slot ? p.anchors[slot] : -1);
/** Short phrases ("make me", "no cap"), each as its folded words. */
const foldedPhrases = (phrases: readonly string[] = []) => phrases.map((p) => p.split(/\s+/).map(foldWord));

/** Distinct words remembered per lexicon before the memo starts again (bounded memory). */
const WORDS_MAX = 20_000;
/** slots of `entryWords` (a power of two) */
const ENTRY_SLOTS = 4096;

/** Words too common to make a phrase worth skipping when they are absent. */
const COMMON = new Set(
  (
    'i we you u your ur yo ya it its this that them these those the a an to or me my and is are was be ' +
    'have has had got get will wil of on in for if so just all do dont not no now up what when with at ' +
    'they he she us can one im il ill id wel were by me our out off go gona'
  ).split(' '),
);

const isUncommon = (p: WordPattern) =>
  !p.number && (p.prefix ? ![...COMMON].some((c) => c.startsWith(p.word)) : !COMMON.has(p.word));

/**
 * The word of a multi-word alternative whose presence in a message it needs, the first uncommon
 * one ("go viral" needs "viral"), or undefined when all its words are common.
 */
const sequenceKey = (seq: WordPattern[]) => seq.find(isUncommon);

function isAnchorStep(step: Step): step is WordStep {
  if (step.kind !== 'word' || step.optional || step.negated) return false;
  for (const w of step.exact) if (COMMON.has(w)) return false;
  for (const p of step.prefixes) if (!isUncommon({ word: p, prefix: true })) return false;
  for (const seq of step.sequences) if (!sequenceKey(seq)) return false;
  return true;
}

/** Up to two required steps after the first with uncommon words, the smallest first. */
function anchorSteps(phrase: CompiledPhrase): WordStep[] {
  const size = (s: WordStep) => s.exact.size + s.prefixes.length + s.sequences.length;
  return phrase.steps
    .slice(1)
    .filter(isAnchorStep)
    .sort((a, b) => size(a) - size(b))
    .slice(0, 2);
}

/**
 * A phrase tried at every occurrence of a common word ("or", "it", "get"): its first step holds one
 * and no later step anchors it. Each costs time on most messages (compile.test.ts keeps them few).
 */
export function triedAtCommonWords(phrase: CompiledPhrase): boolean {
  const first = phrase.steps[0];
  if (first.kind !== 'word' || anchorSteps(phrase).length) return false;
  return (
    [...first.exact].some((w) => COMMON.has(w)) ||
    first.prefixes.some((p) => !isUncommon({ word: p, prefix: true })) ||
    first.sequences.some((seq) => !seq[0].number && COMMON.has(seq[0].word))
  );
}

/** What a phrase may refer to besides plain words: the lexicon's word classes and irregular forms. */
export interface PhraseContext {
  classes?: Readonly<Record<string, string>>;
  irregular?: Readonly<Record<string, readonly string[]>>;
  /** steps already compiled in this lexicon, by their text: phrases share identical steps */
  steps?: Map<string, WordStep>;
}

const VOWELS = new Set(['a', 'e', 'i', 'o', 'u']);

/**
 * The forms of a word written `word+`: the word, -s/-es, -ed and -ing (with the silent e dropped and
 * a final consonant doubled after a single vowel: "drop" → "dropped", "dropping"), and the lexicon's
 * irregular forms ("send" → "sent"). Folding collapses repeated letters, so doubling is harmless.
 */
export function inflect(word: string, irregular: PhraseContext['irregular'] = {}): string[] {
  const forms = new Set([word]);
  const last = word[word.length - 1];
  const beforeLast = word[word.length - 2] ?? '';
  forms.add(
    /(s|x|z|ch|sh|o)$/.test(word)
      ? `${word}es`
      : /[^aeiou]y$/.test(word)
        ? `${word.slice(0, -1)}ies`
        : `${word}s`,
  );
  if (last === 'e') {
    forms.add(`${word}d`);
    forms.add(`${word.slice(0, -1)}ing`);
  } else if (last === 'y' && !VOWELS.has(beforeLast)) {
    forms.add(`${word.slice(0, -1)}ied`);
    forms.add(`${word}ing`);
  } else {
    forms.add(`${word}ed`);
    forms.add(`${word}ing`);
  }
  // video → videos, photo → photos (tomato → tomatoes above)
  if (last === 'o') forms.add(`${word}s`);
  for (const f of irregular[word] ?? []) forms.add(f);
  return [...forms];
}

function parseWord(raw: string, phrase: string, context: PhraseContext): WordPattern[] {
  if (raw === '#') return [{ word: NUMBER_KEY, prefix: false, number: true }];
  const prefix = raw.endsWith('*');
  const inflected = raw.endsWith('+');
  const body = prefix || inflected ? raw.slice(0, -1) : raw;
  const bad = () => new BackstopError('bad_lexicon', `Lexicon phrase "${phrase}": "${raw}" is not a word.`);
  if (!foldWord(body)) throw bad();
  if (prefix) {
    const word = foldWord(body);
    if (word.length < 3) {
      throw new BackstopError(
        'bad_lexicon',
        `Lexicon phrase "${phrase}": prefix "${raw}" needs 3 letters or more.`,
      );
    }
    return [{ word, prefix: true }];
  }
  const forms = inflected ? inflect(body.toLowerCase(), context.irregular) : [body];
  return forms.map((f) => ({ word: foldWord(f), prefix: false }));
}

/** The alternatives of one phrase token (`a|b*|send+|@class`), each a sequence of word patterns. */
function parseAlternatives(
  token: string,
  phrase: string,
  context: PhraseContext,
  depth = 0,
): WordPattern[][] {
  const out: WordPattern[][] = [];
  for (const raw of token.split('|')) {
    if (raw.startsWith('@')) {
      const members = context.classes?.[raw.slice(1)];
      if (members === undefined || depth > 4) {
        throw new BackstopError(
          'bad_lexicon',
          `Lexicon phrase "${phrase}": no word class "${raw.slice(1)}".`,
        );
      }
      out.push(...parseAlternatives(members, phrase, context, depth + 1));
      continue;
    }
    // a class member may be several words ("put up", in a phrase "put_up"): every form of each word
    const words = raw.trim().split(/[\s_]+/);
    let sequences: WordPattern[][] = [[]];
    for (const w of words) {
      const pats = w.startsWith('@')
        ? parseAlternatives(w, phrase, context, depth + 1)
        : parseWord(w, phrase, context).map((p) => [p]);
      sequences = sequences.flatMap((seq) => pats.map((p) => [...seq, ...p]));
    }
    out.push(...sequences);
  }
  return out;
}

function wordStep(alternatives: WordPattern[][], optional: boolean, negated: boolean): WordStep {
  const step: WordStep = {
    kind: 'word',
    id: -1,
    optional,
    negated,
    exact: new Set(),
    prefixes: [],
    sequences: [],
    sequencesByFirst: new Map(),
    otherSequences: [],
  };
  for (const seq of alternatives) {
    if (seq.length > 1 || seq[0].number) {
      step.sequences.push(seq);
      const first = seq[0];
      if (first.prefix || first.number) step.otherSequences.push(seq);
      else step.sequencesByFirst.set(first.word, [...(step.sequencesByFirst.get(first.word) ?? []), seq]);
    } else if (seq[0].prefix) step.prefixes.push(seq[0].word);
    else step.exact.add(seq[0].word);
  }
  return step;
}

export function compilePhrase(
  phrase: string,
  target: CompiledTarget,
  context: PhraseContext = {},
): CompiledPhrase {
  const steps: Step[] = [];
  for (const token of phrase.trim().split(/\s+/)) {
    if (token === '#') steps.push({ kind: 'number' });
    else if (token.startsWith('~')) {
      // "~12" once read as the word "12": a gap is "~" and at most two digits, anything else is refused
      if (!/^~\d{0,2}$/.test(token))
        throw new BackstopError(
          'bad_lexicon',
          `Lexicon phrase "${phrase}": "${token}" is not a gap (~ or ~N).`,
        );
      steps.push({ kind: 'gap', max: token.length > 1 ? Number(token.slice(1)) : 3 });
    } else {
      const optional = token.endsWith('?');
      const body = optional ? token.slice(0, -1) : token;
      const negated = body.startsWith('!');
      const key = `${optional ? '?' : ''}${body}`;
      let step = context.steps?.get(key);
      if (!step) {
        step = wordStep(
          parseAlternatives(negated ? body.slice(1) : body, phrase, context),
          optional,
          negated,
        );
        context.steps?.set(key, step);
      }
      steps.push(step);
    }
  }
  const first = steps[0];
  if (!first || first.kind === 'gap' || (first.kind === 'word' && (first.optional || first.negated))) {
    throw new BackstopError('bad_lexicon', `Lexicon phrase "${phrase}" must start with a word or a number.`);
  }
  // a "!" step is one word (no "put_up"), with a required word after it: the matcher's endings are a required step's words
  const last = steps.findLastIndex(
    (s) => s.kind === 'number' || (s.kind === 'word' && !s.optional && !s.negated),
  );
  if (steps.some((s, k) => s.kind === 'word' && s.negated && (k > last || s.sequences.length)))
    throw new BackstopError('bad_lexicon', `Lexicon phrase "${phrase}": a "!" step out of place.`);
  let maxSpan = 0;
  for (const step of steps) {
    if (step.kind === 'gap') maxSpan += step.max;
    else if (step.kind === 'number') maxSpan += 1;
    else {
      let longest = step.exact.size || step.prefixes.length ? 1 : 0;
      for (const seq of step.sequences) longest = Math.max(longest, seq.length);
      maxSpan += longest;
    }
  }
  return { steps, target, id: -1, anchors: [], maxSpan, ending: -1, code: NO_CODE };
}

/** `CompiledPhrase.code`'s operations: a word step (its flags or'ed onto OP_WORD), a gap, a number. */
const OP_WORD = 0;
const OP_OPTIONAL = 1;
const OP_SEQUENCES = 2;
const OP_GAP = 4;
const OP_NUMBER = 8;
const OP_NOT = 16;
const NO_CODE = new Int32Array(0);

/** The matcher's program for steps whose ids are set: per step its operation and argument. */
function codeOf(steps: readonly Step[]): Int32Array {
  const code = new Int32Array(2 * steps.length);
  steps.forEach((step, k) => {
    if (step.kind === 'gap') [code[2 * k], code[2 * k + 1]] = [OP_GAP, step.max];
    else if (step.kind === 'number') code[2 * k] = OP_NUMBER;
    else {
      code[2 * k] =
        OP_WORD |
        (step.optional ? OP_OPTIONAL : 0) |
        (step.sequences.length ? OP_SEQUENCES : 0) |
        (step.negated ? OP_NOT : 0);
      code[2 * k + 1] = step.id;
    }
  });
  return code;
}

/** The steps that can match a phrase's last matched token: its last required one, optional ones after. */
function endingSteps(phrase: CompiledPhrase): Exclude<Step, { kind: 'gap' }>[] {
  const out: Exclude<Step, { kind: 'gap' }>[] = [];
  for (let k = phrase.steps.length - 1; k >= 0; k--) {
    const step = phrase.steps[k];
    if (step.kind === 'gap') continue;
    out.push(step);
    if (step.kind === 'number' || !step.optional) break;
  }
  return out;
}

export function compileLexicons(lexicons: readonly Lexicon[]): CompiledLexicon {
  const compiled: CompiledLexicon = {
    exact: new Map(),
    prefixes: new Map(),
    negators: new Set(),
    proposals: [],
    coercions: [],
    affirmations: [],
    conditionals: new Set(),
    aboutPicture: new Set(),
    vocabulary: new Set(),
    anchorExact: new Map(),
    anchorPrefixes: new Map(),
    seen: new Uint8Array(0),
    seenAt: new Uint16Array(0),
    generation: 0,
    marked: undefined,
    byWord: new Map(),
    byPrefix: new Map(),
    words: new Map(),
    entryWords: new Array<string | undefined>(ENTRY_SLOTS).fill(undefined),
    entries: new Array<WordEntry>(ENTRY_SLOTS).fill(NO_ENTRY),
    exactSteps: new Map(),
    prefixSteps: new Map(),
    sequenceSteps: new Map(),
    endExact: new Map(),
    endPrefixes: new Map(),
    placeholders: new Map(),
  };
  let phrases = 0;
  let steps = 0;
  /** endings by their steps' ids ("n" for a number step) */
  const endings = new Map<string, number>();
  const index = <K, V>(map: Map<K, V[]>, key: K, value: V, same: (v: V) => boolean) => {
    const list = map.get(key) ?? [];
    if (!list.some(same)) list.push(value);
    map.set(key, list);
  };
  /** The phrase's ending: the one of its ending steps, numbered when first seen, its words indexed. */
  const endingOf = (phrase: CompiledPhrase): number => {
    const last = endingSteps(phrase);
    const key = last.map((step) => (step.kind === 'word' ? step.id : 'n')).join(' ');
    const known = endings.get(key);
    if (known !== undefined) return known;
    const ending = endings.size;
    endings.set(key, ending);
    const ends: WordPattern[] = [];
    for (const step of last) {
      if (step.kind === 'number') {
        ends.push({ word: NUMBER_KEY, prefix: false });
        continue;
      }
      for (const word of step.exact) ends.push({ word, prefix: false });
      for (const word of step.prefixes) ends.push({ word, prefix: true });
      for (const seq of step.sequences) {
        const end = seq[seq.length - 1];
        ends.push(end.number ? { word: NUMBER_KEY, prefix: false } : end);
      }
    }
    for (const { word, prefix } of ends) {
      if (prefix)
        index(
          compiled.endPrefixes,
          prefixKey(word),
          { prefix: word, ending },
          (e) => e.ending === ending && e.prefix === word,
        );
      else index(compiled.endExact, word, ending, (e) => e === ending);
    }
    return ending;
  };
  const add = (phrase: CompiledPhrase) => {
    phrase.id = phrases++;
    for (const step of phrase.steps) {
      if (step.kind !== 'word' || step.id >= 0) continue;
      step.id = steps++;
      const id = step.id;
      for (const w of step.exact) index(compiled.exactSteps, w, id, (other) => other === id);
      for (const p of step.prefixes)
        index(compiled.prefixSteps, prefixKey(p), { prefix: p, id }, (e) => e.id === id && e.prefix === p);
      for (const w of step.sequencesByFirst.keys())
        index(compiled.sequenceSteps, w, id, (other) => other === id);
    }
    phrase.ending = endingOf(phrase);
    phrase.code = codeOf(phrase.steps);
    const anchors = anchorSteps(phrase);
    phrase.anchors = anchors.map((step) => step.id);
    anchors.forEach((step) => {
      const mark = step.id;
      const keys = step.sequences.map((seq) => sequenceKey(seq) as WordPattern);
      const words = new Set([...step.exact, ...keys.filter((k) => !k.prefix).map((k) => k.word)]);
      const prefixes = new Set([...step.prefixes, ...keys.filter((k) => k.prefix).map((k) => k.word)]);
      for (const w of words) index(compiled.anchorExact, w, mark, (m) => m === mark);
      for (const p of prefixes)
        index(
          compiled.anchorPrefixes,
          prefixKey(p),
          { prefix: p, mark },
          (e) => e.mark === mark && e.prefix === p,
        );
    });
    for (const step of phrase.steps) {
      if (step.kind !== 'word') continue;
      for (const w of step.exact) compiled.vocabulary.add(w);
      for (const w of step.prefixes) compiled.vocabulary.add(w);
      for (const seq of step.sequences) for (const p of seq) if (!p.number) compiled.vocabulary.add(p.word);
    }
    const first = phrase.steps[0];
    if (first.kind !== 'word') {
      index(compiled.exact, NUMBER_KEY, phrase, (p) => p === phrase);
      return;
    }
    const firstWords = [
      ...[...first.exact].map((word) => ({ word, prefix: false })),
      ...first.prefixes.map((word) => ({ word, prefix: true })),
      ...first.sequences.map((seq) => seq[0]),
    ];
    for (const { word, prefix } of firstWords) {
      if (prefix)
        index(
          compiled.prefixes,
          prefixKey(word),
          { prefix: word, phrase },
          (e) => e.phrase === phrase && e.prefix === word,
        );
      else index(compiled.exact, word, phrase, (p) => p === phrase);
    }
  };
  for (const lexicon of lexicons) {
    const context: PhraseContext = {
      classes: lexicon.classes,
      irregular: lexicon.irregular,
      steps: new Map(),
    };
    for (const cue of lexicon.cues) {
      const target: CueTarget = {
        kind: 'cue',
        stage: cue.stage,
        cue: cue.id,
        weight: cue.weight,
        why: cue.why,
      };
      for (const phrase of cue.phrases) add(compilePhrase(phrase, target, context));
      for (const placeholder of cue.placeholders ?? [])
        for (const key of placeholderKeys(placeholder)) compiled.placeholders.set(key, target);
    }
    for (const exception of lexicon.exceptions ?? []) {
      const target: CompiledTarget = exception.pictures
        ? { kind: 'cancel', stage: exception.stage, pictures: true }
        : { kind: 'cancel', stage: exception.stage };
      for (const phrase of exception.phrases) add(compilePhrase(phrase, target, context));
    }
    for (const phrase of lexicon.pictures ?? []) add(compilePhrase(phrase, { kind: 'picture' }, context));
    for (const phrase of lexicon.discussion) add(compilePhrase(phrase, { kind: 'discussion' }, context));
    for (const phrase of lexicon.asides ?? [])
      add(compilePhrase(phrase, { kind: 'discussion', aside: true }, context));
    for (const phrase of lexicon.notDiscussion ?? [])
      add(compilePhrase(phrase, { kind: 'notDiscussion' }, context));
    for (const phrase of lexicon.familiar ?? []) add(compilePhrase(phrase, { kind: 'familiar' }, context));
    for (const w of lexicon.negators) compiled.negators.add(foldWord(w));
    compiled.proposals.push(...foldedPhrases(lexicon.proposals));
    compiled.coercions.push(...foldedPhrases(lexicon.coercions));
    compiled.affirmations.push(...foldedPhrases(lexicon.affirmations));
    for (const w of lexicon.conditionals) compiled.conditionals.add(foldWord(w));
    for (const w of lexicon.aboutPicture ?? []) compiled.aboutPicture.add(foldWord(w));
  }
  compiled.seen = new Uint8Array(steps);
  compiled.seenAt = new Uint16Array(steps);
  const entry = (w: string) => {
    let e = compiled.byWord.get(w);
    if (!e) compiled.byWord.set(w, (e = { phrases: [], marks: [], endings: [] }));
    return e;
  };
  for (const [w, list] of compiled.exact) entry(w).phrases.push(...list);
  for (const [w, marks] of compiled.anchorExact) entry(w).marks.push(...marks);
  for (const [w, endings] of compiled.endExact) entry(w).endings.push(...endings);
  for (const map of [compiled.prefixes, compiled.anchorPrefixes, compiled.endPrefixes])
    for (const [key, list] of map)
      compiled.byPrefix.set(key, [...(compiled.byPrefix.get(key) ?? []), ...list]);
  return compiled;
}

/** The first three characters of a word as a number (no string allocation in the hot loop). */
const prefixKey = (w: string) => (w.charCodeAt(0) << 16) | (w.charCodeAt(1) << 8) | w.charCodeAt(2);

/** Words are folded to [a-z0-9], so this key never collides with one. */
const NUMBER_KEY = '#';

const patternMatches = (p: WordPattern, w: string) =>
  p.number ? isNumberWord(w) : p.prefix ? w.startsWith(p.word) : w === p.word;

/** Matches one of a step's multi-word alternatives at token ti, then the rest of the phrase. */
function matchSequences(
  sequences: WordPattern[][],
  phrase: CompiledPhrase,
  si: number,
  tokens: readonly Token[],
  entries: readonly WordEntry[],
  ti: number,
  n: number,
): number {
  for (const seq of sequences) {
    if (ti + seq.length > n) continue;
    let k = 0;
    while (k < seq.length && patternMatches(seq[k], tokens[ti + k].w)) k++;
    if (k < seq.length) continue;
    const end = matchFrom(phrase, si + 2, tokens, entries, ti + seq.length, n);
    if (end >= 0) return end;
  }
  return -1;
}

/**
 * Index of the token after the match of the phrase's steps from `code[si]` on, starting at token ti
 * of tokens[0..n), or -1. `entries[k]` is the word entry of `tokens[k]`.
 */
function matchFrom(
  phrase: CompiledPhrase,
  si: number,
  tokens: readonly Token[],
  entries: readonly WordEntry[],
  ti: number,
  n: number,
): number {
  const code = phrase.code;
  if (si === code.length) return ti;
  const op = code[si];
  const arg = code[si + 1];
  if (op === OP_GAP) {
    // a plain word after the gap: only the tokens it matches can go on (the rest fail at once)
    const plain = si + 2 < code.length && code[si + 2] === OP_WORD;
    for (let skip = 0; skip <= arg && ti + skip <= n; skip++) {
      if (plain && (ti + skip === n || !hasBit(entries[ti + skip].inSteps, code[si + 3]))) continue;
      const end = matchFrom(phrase, si + 2, tokens, entries, ti + skip, n);
      if (end >= 0) return end;
    }
    return -1;
  }
  if (op & OP_NOT) {
    if (ti < n && !hasBit(entries[ti].inSteps, arg)) {
      const end = matchFrom(phrase, si + 2, tokens, entries, ti + 1, n);
      if (end >= 0) return end;
    }
    return op & OP_OPTIONAL ? matchFrom(phrase, si + 2, tokens, entries, ti, n) : -1;
  }
  if (ti < n) {
    if (op === OP_NUMBER ? isNumberWord(tokens[ti].w) : hasBit(entries[ti].inSteps, arg)) {
      const end = matchFrom(phrase, si + 2, tokens, entries, ti + 1, n);
      if (end >= 0) return end;
    }
    if (op & OP_SEQUENCES) {
      const step = phrase.steps[si >> 1] as WordStep;
      if (hasBit(entries[ti].startsSequences, arg)) {
        const w = tokens[ti].w;
        const end = matchSequences(step.sequencesByFirst.get(w) ?? [], phrase, si, tokens, entries, ti, n);
        if (end >= 0) return end;
      }
      if (step.otherSequences.length) {
        const end = matchSequences(step.otherSequences, phrase, si, tokens, entries, ti, n);
        if (end >= 0) return end;
      }
    }
  }
  if (op & OP_OPTIONAL) return matchFrom(phrase, si + 2, tokens, entries, ti, n);
  return -1;
}

export interface PhraseMatch {
  phrase: CompiledPhrase;
  first: number;
  /** index after the last matched token */
  end: number;
}

/**
 * Candidates (phrase, start token) of the message being matched, the first `candidateCount` of
 * each array. Scratch arrays here are reused and never shrunk (setting `length = 0` would drop their
 * storage, and every message would grow it again).
 */
const candidates: CompiledPhrase[] = [];
const starts: number[] = [];
let candidateCount = 0;

/** The word entries of the message being collected, `lexicon.marked` (reused). */
const entriesScratch: WordEntry[] = [];

/**
 * Starts a new message generation: puts the word entries of `tokens` first in `entriesScratch`
 * and marks the anchors they hold.
 */
function markTokens(lexicon: CompiledLexicon, tokens: readonly Token[]): number {
  const { seen, seenAt } = lexicon;
  let generation = lexicon.generation + 1;
  if (generation > 255) {
    seen.fill(0);
    generation = 1;
  }
  lexicon.generation = generation;
  lexicon.marked = tokens;
  for (let i = 0; i < tokens.length; i++) {
    const entry = entryFor(lexicon, tokens[i].w, tokens[i].h);
    entriesScratch[i] = entry;
    const marks = entry.marks;
    for (let k = 0; k < marks.length; k++) {
      seen[marks[k]] = generation;
      seenAt[marks[k]] = i;
    }
  }
  return generation;
}

/** A word of entries[from, end) closes `ending`. */
function closedIn(entries: readonly WordEntry[], ending: number, from: number, end: number): boolean {
  for (let j = end - 1; j >= from; j--) if (hasBit(entries[j].closes, ending)) return true;
  return false;
}

/**
 * One pass over the tokens marks the anchors present (in all tokens); then collects the candidate
 * phrases (phrase, start token) whose first word occurs at a token before `startsBefore`, whose
 * anchors occur and whose ending a word from there on closes.
 */
function collectCandidates(lexicon: CompiledLexicon, tokens: readonly Token[], startsBefore: number): void {
  const generation = markTokens(lexicon, tokens);
  const { seen, seenAt } = lexicon;
  const entries = entriesScratch;
  // positions are kept in 16 bits: a longer message (never one the analyzer reads) is tried without them
  const placed = tokens.length <= 0xffff;
  let count = 0;
  const end = Math.min(startsBefore, tokens.length);
  for (let i = 0; i < end; i++) {
    const need = entries[i].need;
    for (let k = 0; k < need.length; k += 3) {
      // anchors are steps after the first: a word after token i must mark them; the ending closes at i or after
      const a = need[k];
      if (a >= 0 && (seen[a] !== generation || (seenAt[a] <= i && placed))) continue;
      const b = need[k + 1];
      if (b >= 0 && (seen[b] !== generation || (seenAt[b] <= i && placed))) continue;
      if (!closedIn(entries, need[k + 2], i, tokens.length)) continue;
      candidates[count] = entries[i].phrases[k / 3];
      starts[count++] = i;
    }
  }
  candidateCount = count;
}

/** The `wordEntry` of word `w` of hash `h` (a token's `h`), from the slot the hash picks when that slot holds the word. */
function entryFor(lexicon: CompiledLexicon, w: string, h: number): WordEntry {
  const at = h & (ENTRY_SLOTS - 1);
  if (lexicon.entryWords[at] === w) return lexicon.entries[at];
  const entry = wordEntry(lexicon, w);
  lexicon.entryWords[at] = w;
  lexicon.entries[at] = entry;
  return entry;
}

/**
 * The phrases a word starts (exact first word, then a number, then a prefix: the order phrases are
 * tried in) and the anchors it marks, resolved once per distinct word and remembered.
 */
function wordEntry(lexicon: CompiledLexicon, w: string): WordEntry {
  const known = lexicon.words.get(w);
  if (known) return known;
  const phrases: CompiledPhrase[] = [];
  const marks: number[] = [];
  const endings: number[] = [];
  const exact = lexicon.byWord.get(w);
  if (exact) {
    marks.push(...exact.marks);
    phrases.push(...exact.phrases);
    endings.push(...exact.endings);
  }
  const number = isNumberWord(w) ? lexicon.byWord.get(NUMBER_KEY) : undefined;
  if (number) {
    phrases.push(...number.phrases);
    endings.push(...number.endings);
  }
  const prefixed = w.length >= 3 ? lexicon.byPrefix.get(prefixKey(w)) : undefined;
  for (const { prefix, phrase, mark, ending } of prefixed ?? []) {
    if (!w.startsWith(prefix)) continue;
    if (mark !== undefined) marks.push(mark);
    else if (ending !== undefined) endings.push(ending);
    else if (phrase) phrases.push(phrase);
  }
  const cues = phrases.filter((p) => p.target.kind === 'cue').sort((a, b) => b.maxSpan - a.maxSpan);
  const need = new Int32Array(phrases.flatMap((p) => [needed(p, 0), needed(p, 1), p.ending]));
  const cueEndings = new Int32Array(cues.map((p) => p.ending));
  const cueNeeds = new Int32Array(cues.flatMap((p) => [needed(p, 0), needed(p, 1)]));
  const cuesReaching = new Int32Array(cues.length ? cues[0].maxSpan : 0);
  for (let d = 0; d < cuesReaching.length; d++) cuesReaching[d] = cues.filter((p) => p.maxSpan > d).length;
  const stepIds = [...(lexicon.exactSteps.get(w) ?? [])];
  if (w.length >= 3)
    for (const { prefix, id } of lexicon.prefixSteps.get(prefixKey(w)) ?? [])
      if (w.startsWith(prefix)) stepIds.push(id);
  const inSteps = bitSet(stepIds);
  const startsSequences = bitSet(lexicon.sequenceSteps.get(w));
  const entry =
    phrases.length || marks.length || endings.length || inSteps.length || startsSequences.length
      ? {
          phrases,
          marks,
          need,
          cues,
          cueEndings,
          cueNeeds,
          cuesReaching,
          closes: bitSet(endings),
          inSteps,
          startsSequences,
        }
      : NO_ENTRY;
  if (lexicon.words.size >= WORDS_MAX) lexicon.words.clear();
  lexicon.words.set(w, entry);
  return entry;
}

/**
 * All phrase matches in the tokens, at most one per phrase per start token. One pass collects the
 * phrases whose first word occurs and marks the anchors present; only phrases whose anchors all occur
 * are tried. With `cuesBefore`, cue phrases are only tried from tokens before that index (other
 * targets — discussion, familiar, exceptions — from anywhere): the analyzer's scan over a sender's
 * joined short messages only needs cues that start in an earlier message.
 */
export function findPhrases(
  lexicon: CompiledLexicon,
  tokens: Token[],
  out: PhraseMatch[] = [],
  cuesBefore = Infinity,
): PhraseMatch[] {
  // the candidates' anchors and endings all occur: collectCandidates only keeps those
  collectCandidates(lexicon, tokens, tokens.length);
  let from = 0;
  for (let c = 0; c < candidateCount; c++) {
    const phrase = candidates[c];
    const i = starts[c];
    if (c === 0 || starts[c - 1] !== i) from = out.length;
    if (i >= cuesBefore && phrase.target.kind === 'cue') continue;
    tryPhrase(phrase, tokens, i, out, from);
  }
  return out;
}

/** Scratch for `crossesBoundary` (shared, never kept, never shrunk): the word entries of `joinedTokens`. */
const joinedEntries: WordEntry[] = [];
const joinedTokens: Token[] = [];
/** Tokens standing for the earlier words in `joinedTokens` (the matcher reads only their words). */
const earlierTokens: Token[] = [];

/**
 * Whether a cue phrase matches from a token of `earlier` into `latest` when the two are read one
 * after the other: the same attempts `findPhrases` makes for cues over the joined tokens with
 * `cuesBefore` at the boundary, stopping at the first that crosses it. When none does, that scan
 * finds no cue across the boundary, so the analyzer's joined scan of a sender's short messages can
 * be skipped (most short messages). Only phrases long enough to reach the boundary, and whose
 * ending `latest` holds (a match crossing into it ends in it), are tried.
 * `earlier`: the earlier message's folded words; `boundary`: how many of them to read (all by default);
 * `earlierHashes`: their tokens' hashes, when known (their entries are then found by hash).
 */
export function crossesBoundary(
  lexicon: CompiledLexicon,
  earlier: readonly string[],
  latest: readonly Token[],
  boundary = earlier.length,
  earlierHashes?: readonly number[],
): boolean {
  if (!boundary || !latest.length) return false;
  let reaching = false;
  for (let i = 0; i < boundary; i++) {
    const entry = earlierHashes
      ? entryFor(lexicon, earlier[i], earlierHashes[i])
      : wordEntry(lexicon, earlier[i]);
    joinedEntries[i] = entry;
    if (boundary - i < entry.cuesReaching.length) reaching = true;
  }
  if (!reaching) return false;
  const seen = lexicon.seen;
  // the analyzer scanned `latest` just before: it is marked already. A match crossing into it
  // ends in it, so only endings its words close count.
  const generation = lexicon.marked === latest ? lexicon.generation : markTokens(lexicon, latest);
  for (let i = 0; i < boundary; i++) {
    const marks = joinedEntries[i].marks;
    for (let k = 0; k < marks.length; k++) seen[marks[k]] = generation;
  }
  const joined = boundary + latest.length;
  let filled = false;
  for (let i = 0; i < boundary; i++) {
    const { cues, cueEndings, cueNeeds, cuesReaching } = joinedEntries[i];
    // the cue phrases long enough to cross the boundary: the first ones (longest first)
    const count = boundary - i < cuesReaching.length ? cuesReaching[boundary - i] : 0;
    for (let k = 0; k < count; k++) {
      const a = cueNeeds[2 * k];
      const b = cueNeeds[2 * k + 1];
      if ((a >= 0 && seen[a] !== generation) || (b >= 0 && seen[b] !== generation)) continue;
      if (!closedIn(entriesScratch, cueEndings[k], 0, latest.length)) continue;
      if (!filled) {
        for (let j = 0; j < boundary; j++) {
          // only the word of these joined tokens is read (phrase matching), not its hash
          const token = (earlierTokens[j] ??= { w: '', s: 0, e: 0, q: false, h: 0 });
          token.w = earlier[j];
          joinedTokens[j] = token;
        }
        for (let j = 0; j < latest.length; j++) {
          joinedTokens[boundary + j] = latest[j];
          joinedEntries[boundary + j] = entriesScratch[j];
        }
        filled = true;
      }
      if (matchFrom(cues[k], 0, joinedTokens, joinedEntries, i, joined) > boundary) return true;
    }
  }
  return false;
}

function tryPhrase(
  phrase: CompiledPhrase,
  tokens: Token[],
  i: number,
  out: PhraseMatch[],
  from: number,
): void {
  // one phrase can be reached through several keys of its first word ("send" and "sen*")
  for (let k = from; k < out.length; k++) if (out[k].phrase === phrase) return;
  const end = matchFrom(phrase, 0, tokens, entriesScratch, i, tokens.length);
  if (end > i) out.push({ phrase, first: i, end });
}
