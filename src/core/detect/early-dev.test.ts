// The early-script development conversations (data/detect/dev-early, README there): rules were written
// from their misses, so the floors record where the engine stands on them; they measure nothing held out.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describeEarlyScripts, type EarlyScriptSet } from '../../../test/detect-probes.ts';

const DIR = join(import.meta.dirname, '../../../data/detect/dev-early');
const read = (file: string): string[] =>
  readFileSync(join(DIR, file), 'utf8')
    .split(/\n===\n/)
    .map((c) => c.trim())
    .filter(Boolean);

const SETS: EarlyScriptSet[] = [
  {
    name: 'early-13',
    threats: read('early-13.threats.txt'),
    lookalikes: read('early-13.lookalikes.txt'),
    // first run 24/29, look-alikes 2/38 (12-03, 01:05 UTC) -> 26/29, 1/38 after the pushes "everyone on the team
    // did it" / "dont be weird", Spanish quick-add, "sin playera", "yo te mando una", and "[payment sent]" no longer
    // joining its sender's "ya sending now" into a demand; the look-alike left is a stranger the teen blocks
    minEarly: 26,
    maxFalseAlerts: 1,
  },
];

describeEarlyScripts('early script, development', SETS);
