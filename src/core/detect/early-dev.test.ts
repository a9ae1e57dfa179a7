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
    minEarly: 0,
    maxFalseAlerts: 99,
  },
];

describeEarlyScripts('early script, development', SETS);
