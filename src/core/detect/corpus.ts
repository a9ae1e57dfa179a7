/**
 * Reads the evaluation corpus format (data/detect/corpus/*.txt): items separated by
 * `=== key: value | key: value` headers, bodies of `Name: message` lines (or one message with
 * `format: text`), with `!` marking the first message that carries the threat.
 */
import { BackstopError } from '../errors.ts';
import type { Message } from './types.ts';
import { parseTranscript } from './parsers/transcript.ts';

export type CorpusLabel = 'extortion' | 'grooming' | 'benign';
export type CorpusSplit = 'train' | 'dev' | 'test';

export interface CorpusItem {
  id: string;
  label: CorpusLabel;
  split: CorpusSplit;
  variant: string;
  lang: string;
  hard: boolean;
  /** `team` (written for Backstop) or `real` (quoted from a public source) */
  prov: string;
  provenance: string;
  licence: string;
  /** the page a `prov: real` item was quoted from */
  source?: string;
  messages: Message[];
  /** index of the first threat message, or -1 */
  threatIndex: number;
}

const PROVENANCE: Record<string, string> = {
  team: 'written for Backstop by the team',
  real: 'real public text, quoted from its source',
};

/**
 * Items quoted from one source must all be in one split (so a page's wording cannot be learnt on
 * train and measured on test). Returns the sources found in more than one split.
 */
export function sourcesInTwoSplits(items: readonly CorpusItem[]): string[] {
  const splitOf = new Map<string, CorpusSplit>();
  const bad = new Set<string>();
  for (const item of items) {
    if (!item.source) continue;
    const seen = splitOf.get(item.source);
    if (seen && seen !== item.split) bad.add(item.source);
    splitOf.set(item.source, item.split);
  }
  return [...bad];
}

/** Ids used by more than one item (an id names one item in eval output and misses lists). */
export function duplicateIds(items: readonly CorpusItem[]): string[] {
  const seen = new Set<string>();
  const dup = new Set<string>();
  for (const item of items) (seen.has(item.id) ? dup : seen).add(item.id);
  return [...dup];
}

/** Word n-gram length and shared fraction above which one item is a near copy of another. */
export const NEAR_COPY_WORDS = 6;
export const NEAR_COPY_SHARE = 0.3;

function shingles(item: CorpusItem): Set<string> {
  const words = item.messages
    .map((m) => m.text)
    .join(' ')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  const out = new Set<string>();
  for (let i = 0; i + NEAR_COPY_WORDS <= words.length; i++)
    out.add(words.slice(i, i + NEAR_COPY_WORDS).join(' '));
  if (!out.size && words.length) out.add(words.join(' '));
  return out;
}

/**
 * Ids of the `test` items that are near copies of a `train` or `dev` item: at least
 * NEAR_COPY_SHARE of their word 6-grams also occur in one train/dev item. Mass-mailed templates
 * reach many pages, so splitting by source alone can leave one template on both sides; figures
 * on test items that are not near copies say how the engine does on wording it never learnt from.
 */
export function testNearCopies(items: readonly CorpusItem[]): Set<string> {
  const seen = items.filter((i) => i.split !== 'test').map(shingles);
  const copies = new Set<string>();
  for (const item of items) {
    if (item.split !== 'test') continue;
    const mine = shingles(item);
    if (!mine.size) continue;
    for (const other of seen) {
      let shared = 0;
      for (const s of mine) if (other.has(s)) shared++;
      if (shared / mine.size >= NEAR_COPY_SHARE) {
        copies.add(item.id);
        break;
      }
    }
  }
  return copies;
}

export function parseCorpus(text: string, file = 'corpus'): CorpusItem[] {
  const items: CorpusItem[] = [];
  const blocks = text.split(/^=== /m).slice(1);
  for (const block of blocks) {
    const [header, ...bodyLines] = block.split(/\r?\n/);
    const meta = new Map(
      header.split('|').map((pair) => {
        const at = pair.indexOf(':');
        return [pair.slice(0, at).trim(), pair.slice(at + 1).trim()] as const;
      }),
    );
    const id = meta.get('id') ?? '';
    const fail = (why: string) => new BackstopError('bad_corpus', `${file}: item "${id}": ${why}`);
    const label = meta.get('label') as CorpusLabel;
    const split = meta.get('split') as CorpusSplit;
    if (!id) throw fail('no id');
    if (!['extortion', 'grooming', 'benign'].includes(label)) throw fail(`bad label "${label}"`);
    if (!['train', 'dev', 'test'].includes(split)) throw fail(`bad split "${split}"`);
    const prov = meta.get('prov');
    const licence = meta.get('licence');
    if (!prov || !licence) throw fail('every item needs prov and licence');
    const source = meta.get('source');
    if (prov === 'real' && !source?.startsWith('http')) throw fail('a real item needs its source URL');
    const lines = bodyLines.filter((l) => l.trim());
    let threatLine = lines.findIndex((l) => l.startsWith('!'));
    const clean = lines.map((l) => (l.startsWith('!') ? l.slice(1) : l));
    let messages: Message[];
    if (meta.get('format') === 'text') {
      messages = [{ text: clean.join('\n') }];
      if (threatLine > 0) threatLine = 0;
    } else {
      messages = parseTranscript(clean.join('\n'));
      if (messages.length !== clean.length) throw fail('one message per line, please');
    }
    items.push({
      id,
      label,
      split,
      variant: meta.get('variant') ?? '',
      lang: meta.get('lang') ?? 'en',
      hard: meta.get('hard') === 'yes',
      prov,
      provenance: PROVENANCE[prov] ?? prov,
      licence,
      ...(source ? { source } : {}),
      messages,
      threatIndex: threatLine,
    });
  }
  return items;
}
