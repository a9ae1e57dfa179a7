/**
 * Compiles lexicon phrases into a token matcher: phrases are indexed by their first word (or word
 * prefix), and matching walks tokens left to right with bounded gaps. No regular expressions, so
 * matching is linear in the message length times the (small, bounded) phrase length.
 */
import { BackstopError } from '../errors.ts';
import { foldWord, type Token } from './normalize.ts';
import type { Lexicon, Stage } from './types.ts';

interface Alternative {
  word: string;
  prefix: boolean;
}
type Step =
  | { kind: 'word'; alts: Alternative[]; optional: boolean }
  | { kind: 'gap'; max: number }
  | { kind: 'number' };

export interface CompiledPhrase {
  steps: Step[];
  target: CompiledTarget;
}

/** What a phrase signals: a cue of a stage, the discussion context, or people who know each other. */
export type CompiledTarget =
  | { kind: 'cue'; stage: Stage; cue: string; weight: number; why: string }
  | { kind: 'discussion' }
  | { kind: 'familiar' };

export interface CompiledLexicon {
  exact: Map<string, CompiledPhrase[]>;
  /** keyed by the first 3 characters of the prefix (prefixKey) */
  prefixes: Map<number, { prefix: string; phrase: CompiledPhrase }[]>;
  negators: Set<string>;
  conditionals: Set<string>;
  /** every folded word the phrases use, to let spaced letters join into them */
  vocabulary: Set<string>;
}

function parseAlternatives(token: string, phrase: string): Alternative[] {
  return token.split('|').map((raw) => {
    const prefix = raw.endsWith('*');
    const word = foldWord(prefix ? raw.slice(0, -1) : raw);
    if (!word) throw new BackstopError('bad_lexicon', `Lexicon phrase "${phrase}": "${raw}" is not a word.`);
    if (prefix && word.length < 3) {
      throw new BackstopError(
        'bad_lexicon',
        `Lexicon phrase "${phrase}": prefix "${raw}" needs 3 letters or more.`,
      );
    }
    return { word, prefix };
  });
}

export function compilePhrase(phrase: string, target: CompiledTarget): CompiledPhrase {
  const steps: Step[] = [];
  for (const token of phrase.trim().split(/\s+/)) {
    if (token === '#') steps.push({ kind: 'number' });
    else if (/^~\d?$/.test(token))
      steps.push({ kind: 'gap', max: token.length > 1 ? Number(token.slice(1)) : 3 });
    else {
      const optional = token.endsWith('?');
      const body = optional ? token.slice(0, -1) : token;
      steps.push({ kind: 'word', alts: parseAlternatives(body, phrase), optional });
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
  const add = (phrase: CompiledPhrase) => {
    for (const step of phrase.steps)
      if (step.kind === 'word') for (const a of step.alts) compiled.vocabulary.add(a.word);
    const first = phrase.steps[0];
    if (first.kind !== 'word') {
      const list = compiled.exact.get(NUMBER_KEY) ?? [];
      list.push(phrase);
      compiled.exact.set(NUMBER_KEY, list);
      return;
    }
    for (const alt of first.alts) {
      if (alt.prefix) {
        const key = prefixKey(alt.word);
        const list = compiled.prefixes.get(key) ?? [];
        list.push({ prefix: alt.word, phrase });
        compiled.prefixes.set(key, list);
      } else {
        const list = compiled.exact.get(alt.word) ?? [];
        list.push(phrase);
        compiled.exact.set(alt.word, list);
      }
    }
  };
  for (const lexicon of lexicons) {
    for (const cue of lexicon.cues) {
      const target: CompiledTarget = {
        kind: 'cue',
        stage: cue.stage,
        cue: cue.id,
        weight: cue.weight,
        why: cue.why,
      };
      for (const phrase of cue.phrases) add(compilePhrase(phrase, target));
    }
    for (const phrase of lexicon.discussion) add(compilePhrase(phrase, { kind: 'discussion' }));
    for (const phrase of lexicon.familiar ?? []) add(compilePhrase(phrase, { kind: 'familiar' }));
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

function wordMatches(alts: Alternative[], w: string): boolean {
  for (const a of alts) if (a.prefix ? w.startsWith(a.word) : w === a.word) return true;
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
    if (step.kind === 'number' ? isNumber(w) : wordMatches(step.alts, w)) {
      const end = matchFrom(steps, si + 1, tokens, ti + 1);
      if (end >= 0) return end;
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
    const w = tokens[i].w;
    const exact = lexicon.exact.get(w);
    if (exact) for (const phrase of exact) tryPhrase(phrase, tokens, i, out);
    if (isNumber(w)) {
      const numeric = lexicon.exact.get(NUMBER_KEY);
      if (numeric) for (const phrase of numeric) tryPhrase(phrase, tokens, i, out);
    }
    const candidates = w.length >= 3 ? lexicon.prefixes.get(prefixKey(w)) : undefined;
    if (candidates) {
      for (const { prefix, phrase } of candidates)
        if (w.startsWith(prefix)) tryPhrase(phrase, tokens, i, out);
    }
  }
  return out;
}

function tryPhrase(phrase: CompiledPhrase, tokens: Token[], i: number, out: PhraseMatch[]): void {
  const end = matchFrom(phrase.steps, 1, tokens, i + 1);
  if (end > i) out.push({ phrase, first: i, end });
}
