// The risk engine's labeled corpora, read from data/detect/: team-written items (corpus/) and real
// public text (corpus-real/), every .txt file in name order. Used by eval:detect, train:detect and
// the combiner's test.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseCorpus, type CorpusItem } from '../../core/detect/corpus.ts';

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
