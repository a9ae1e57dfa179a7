// The risk engine's labeled corpora, read from data/detect/: team-written items (corpus/) and real
// public text (corpus-real/), every .txt file in name order. Used by eval:detect, train:detect and
// the combiner's test; and the sentence model's labelled sentences.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseCorpus, type CorpusItem } from '../../core/detect/corpus.ts';
import type { LabelledLine } from '../../core/detect/line-train.ts';
import {
  corpusSentences,
  parseLabelledSentences,
  type LabelledSentence,
} from '../../core/detect/sentence-train.ts';

const DATA = resolve(import.meta.dirname, '../../../data/detect');

/** The corpus files, team-written first. */
export function detectCorpusFiles(): string[] {
  return ['corpus', 'corpus-real']
    .map((d) => join(DATA, d))
    .filter((d) => existsSync(d))
    .flatMap((d) =>
      readdirSync(d)
        .filter((f) => f.endsWith('.txt'))
        .sort()
        .map((f) => join(d, f)),
    );
}

export function readDetectCorpus(files = detectCorpusFiles()): CorpusItem[] {
  return files.flatMap((f) => parseCorpus(readFileSync(f, 'utf8'), f));
}

/** The sentence model's labelled sentences (data/detect/sentences/*.tsv, in name order). */
export function readLabelledSentences(): LabelledSentence[] {
  const dir = join(DATA, 'sentences');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.tsv'))
    .sort()
    .flatMap((f) => parseLabelledSentences(readFileSync(join(dir, f), 'utf8'), f));
}

/**
 * What the sentence model is trained on: the team's labelled sentences and the rules' labels on the
 * `train` items given (dev and test items are left out here, whatever the caller passes).
 */
export function sentenceTrainingSet(items: readonly CorpusItem[]): LabelledSentence[] {
  return [...readLabelledSentences(), ...corpusSentences(items.filter((i) => i.split === 'train'))];
}

/**
 * The line model's labelled lines, in name order: every item of the development sets
 * (data/detect/dev, ` || ` between one sender's messages) and the labelled sentences that hold a
 * threat (1) or no act (0); sentences of other acts alone are left out (a claim or a demand alone is
 * not the threat).
 */
export function readLabelledLines(): LabelledLine[] {
  const out: LabelledLine[] = [];
  const dev = join(DATA, 'dev');
  for (const f of readdirSync(dev)
    .filter((f) => f.endsWith('.txt'))
    .sort()) {
    const label = f.endsWith('.positives.txt') ? 1 : 0;
    for (const line of readFileSync(join(dev, f), 'utf8').split('\n'))
      if (line.trim()) out.push({ messages: line.split(' || '), label, from: f });
  }
  const dir = join(DATA, 'sentences');
  for (const f of readdirSync(dir)
    .filter((f) => f.endsWith('.tsv'))
    .sort())
    for (const line of readFileSync(join(dir, f), 'utf8').split('\n')) {
      const tab = line.indexOf('\t');
      if (tab < 0) continue;
      const labels = line
        .slice(0, tab)
        .split(',')
        .map((l) => l.trim());
      const label = labels.includes('threat') ? 1 : labels.length === 1 && labels[0] === 'none' ? 0 : -1;
      if (label >= 0) out.push({ messages: [line.slice(tab + 1)], label: label as 0 | 1, from: f });
    }
  return out;
}
