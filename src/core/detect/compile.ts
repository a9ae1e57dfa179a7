/**
 * Compiles lexicon phrases into a token matcher: phrases are indexed by their first word (or word
 * prefix), and matching walks tokens left to right with bounded gaps. No regular expressions, so
 * matching is linear in the message length times the (small, bounded) phrase length.
 */
import { BackstopError } from '../errors.ts';
import { foldWord, type Token } from './normalize.ts';
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
  optional: boolean;
  exact: Set<string>;
  prefixes: string[];
  sequences: WordPattern[][];
}
type Step = WordStep | { kind: 'gap'; max: number } | { kind: 'number' };

export interface CompiledPhrase {
  steps: Step[];
  target: CompiledTarget;
}

/**
 * What a phrase signals: a cue of a stage, the discussion context, people who know each other, or an
 * exception that cancels the cues of one stage whose words it overlaps ("a pic of the new trainers"
 * is not a request for a picture of the reader).
 */
export type CompiledTarget =
  | { kind: 'cue'; stage: Stage; cue: string; weight: number; why: string }
  | { kind: 'discussion' }
  | { kind: 'familiar' }
  | { kind: 'cancel'; stage: Stage };

export interface CompiledLexicon {
  exact: Map<string, CompiledPhrase[]>;
  /** keyed by the first 3 characters of the prefix (prefixKey) */
  prefixes: Map<number, { prefix: string; phrase: CompiledPhrase }[]>;
  negators: Set<string>;
  conditionals: Set<string>;
  /** every folded word the phrases use, to let spaced letters join into them */
  vocabulary: Set<string>;
}

/** What a phrase may refer to besides plain words: the lexicon's word classes and irregular forms. */
export interface PhraseContext {
  classes?: Readonly<Record<string, string>>;
  irregular?: Readonly<Record<string, readonly string[]>>;
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

function wordStep(alternatives: WordPattern[][], optional: boolean): WordStep {
  const step: WordStep = { kind: 'word', optional, exact: new Set(), prefixes: [], sequences: [] };
  for (const seq of alternatives) {
    if (seq.length > 1 || seq[0].number) step.sequences.push(seq);
    else if (seq[0].prefix) step.prefixes.push(seq[0].word);
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
    else if (/^~\d?$/.test(token))
      steps.push({ kind: 'gap', max: token.length > 1 ? Number(token.slice(1)) : 3 });
    else {
      const optional = token.endsWith('?');
      const body = optional ? token.slice(0, -1) : token;
      steps.push(wordStep(parseAlternatives(body, phrase, context), optional));
    }
  }
  const first = steps[0];
  if (!first || first.kind === 'gap' || (first.kind === 'word' && first.optional)) {
    throw new BackstopError('bad_lexicon', `Lexicon phrase "${phrase}" must start with a word or a number.`);
  }
  return { steps, target };
}

export function compileLexicons(lexicons: readonly Lexicon[]): CompiledLexicon {
  const compiled: CompiledLexicon = {
    exact: new Map(),
    prefixes: new Map(),
    negators: new Set(),
    conditionals: new Set(),
    vocabulary: new Set(),
  };
  const index = <K, V>(map: Map<K, V[]>, key: K, value: V, same: (v: V) => boolean) => {
    const list = map.get(key) ?? [];
    if (!list.some(same)) list.push(value);
    map.set(key, list);
  };
  const add = (phrase: CompiledPhrase) => {
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
    const context: PhraseContext = { classes: lexicon.classes, irregular: lexicon.irregular };
    for (const cue of lexicon.cues) {
      const target: CompiledTarget = {
        kind: 'cue',
        stage: cue.stage,
        cue: cue.id,
        weight: cue.weight,
        why: cue.why,
      };
      for (const phrase of cue.phrases) add(compilePhrase(phrase, target, context));
    }
    for (const exception of lexicon.exceptions ?? [])
      for (const phrase of exception.phrases)
        add(compilePhrase(phrase, { kind: 'cancel', stage: exception.stage }, context));
    for (const phrase of lexicon.discussion) add(compilePhrase(phrase, { kind: 'discussion' }, context));
    for (const phrase of lexicon.familiar ?? []) add(compilePhrase(phrase, { kind: 'familiar' }, context));
    for (const w of lexicon.negators) compiled.negators.add(foldWord(w));
    for (const w of lexicon.conditionals) compiled.conditionals.add(foldWord(w));
  }
  return compiled;
}

/** The first three characters of a word as a number (no string allocation in the hot loop). */
const prefixKey = (w: string) => (w.charCodeAt(0) << 16) | (w.charCodeAt(1) << 8) | w.charCodeAt(2);

/** Words are folded to [a-z0-9], so this key never collides with one. */
const NUMBER_KEY = '#';
const isNumber = (w: string) => w.length > 0 && w.charCodeAt(0) >= 48 && w.charCodeAt(0) <= 57;

const patternMatches = (p: WordPattern, w: string) =>
  p.number ? isNumber(w) : p.prefix ? w.startsWith(p.word) : w === p.word;

function singleMatches(step: WordStep, w: string): boolean {
  if (step.exact.has(w)) return true;
  for (const p of step.prefixes) if (w.startsWith(p)) return true;
  return false;
}

/** Index of the token after the match of steps[si..] starting at token ti, or -1. */
function matchFrom(steps: Step[], si: number, tokens: Token[], ti: number): number {
  if (si === steps.length) return ti;
  const step = steps[si];
  if (step.kind === 'gap') {
    for (let skip = 0; skip <= step.max && ti + skip <= tokens.length; skip++) {
      const end = matchFrom(steps, si + 1, tokens, ti + skip);
      if (end >= 0) return end;
    }
    return -1;
  }
  if (ti < tokens.length) {
    const w = tokens[ti].w;
    if (step.kind === 'number' ? isNumber(w) : singleMatches(step, w)) {
      const end = matchFrom(steps, si + 1, tokens, ti + 1);
      if (end >= 0) return end;
    }
    if (step.kind === 'word') {
      for (const seq of step.sequences) {
        if (ti + seq.length > tokens.length) continue;
        let k = 0;
        while (k < seq.length && patternMatches(seq[k], tokens[ti + k].w)) k++;
        if (k < seq.length) continue;
        const end = matchFrom(steps, si + 1, tokens, ti + seq.length);
        if (end >= 0) return end;
      }
    }
  }
  if (step.kind === 'word' && step.optional) return matchFrom(steps, si + 1, tokens, ti);
  return -1;
}

export interface PhraseMatch {
  phrase: CompiledPhrase;
  first: number;
  /** index after the last matched token */
  end: number;
}

/** Every phrase match, at most one per phrase per start token. */
export function findPhrases(
  lexicon: CompiledLexicon,
  tokens: Token[],
  out: PhraseMatch[] = [],
): PhraseMatch[] {
  for (let i = 0; i < tokens.length; i++) {
    const from = out.length;
    const w = tokens[i].w;
    const exact = lexicon.exact.get(w);
    if (exact) for (const phrase of exact) tryPhrase(phrase, tokens, i, out, from);
    if (isNumber(w)) {
      const numeric = lexicon.exact.get(NUMBER_KEY);
      if (numeric) for (const phrase of numeric) tryPhrase(phrase, tokens, i, out, from);
    }
    const candidates = w.length >= 3 ? lexicon.prefixes.get(prefixKey(w)) : undefined;
    if (candidates) {
      for (const { prefix, phrase } of candidates)
        if (w.startsWith(prefix)) tryPhrase(phrase, tokens, i, out, from);
    }
  }
  return out;
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
  const end = matchFrom(phrase.steps, 0, tokens, i);
  if (end > i) out.push({ phrase, first: i, end });
}
