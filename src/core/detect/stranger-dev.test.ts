// Conversations with someone the reader asked "who is this" (data/detect/dev-stranger, README there): a veiled threat
// from a stranger, and friends on a new number teasing in the same words. `stranger-17`, `stranger-24` and
// `stranger-27` are held out: only their counts are printed. The floors record where the engine stands.
import { describe, it } from 'node:test';
import assert from '../../../test/assert.ts';
import { join } from 'node:path';
import { parseProbe, readConversations } from '../../../test/detect-probes.ts';
import { analyzeConversation } from './index.ts';

const DIR = join(import.meta.dirname, '../../../data/detect/dev-stranger');

function levels(conversations: readonly string[]): Record<string, number> {
  const count: Record<string, number> = { none: 0, watch: 0, warning: 0, urgent: 0 };
  for (const c of conversations) count[analyzeConversation(parseProbe(c).messages).level]++;
  return count;
}

const SETS = [
  // name, conversations of each kind, scripts at most at `none`, scripts alerted at least, look-alikes alerted at most
  { name: 'stranger-15', size: 30, none: 2, alerted: 26, falseAlerts: 0 },
  { name: 'stranger-16', size: 40, none: 1, alerted: 32, falseAlerts: 1 },
  { name: 'stranger-17', size: 40, none: 18, alerted: 18, falseAlerts: 1 },
  // held out like stranger-17; first run 21 / 7 / 12 / 0 and 34 / 3 / 2 / 1 (12-04 night)
  { name: 'stranger-24', size: 40, none: 16, alerted: 17, falseAlerts: 2 },
  // read; first run 20 / 3 / 15 / 2 and 27 / 7 / 6 / 0 (12-04 night)
  { name: 'stranger-25', size: 40, none: 4, alerted: 33, falseAlerts: 0 },
  // read; first run 31 / 1 / 6 / 2 and 32 / 5 / 1 / 2 (12-04 night)
  { name: 'stranger-26', size: 40, none: 13, alerted: 26, falseAlerts: 0 },
  // held out, written after the night's rules; first run 15 / 8 / 11 / 6 and 34 / 1 / 4 / 1 (21 / 7 / 9 / 3 and the same
  // look-alikes on the session's start)
  { name: 'stranger-27', size: 40, none: 15, alerted: 17, falseAlerts: 5 },
];

for (const set of SETS) {
  describe(`conversations ${set.name} (a veiled threat after "who is this")`, () => {
    const scriptChats = readConversations(join(DIR, `${set.name}.scripts.txt`));
    const lookalikeChats = readConversations(join(DIR, `${set.name}.lookalikes.txt`));
    const scripts = levels(scriptChats);
    const lookalikes = levels(lookalikeChats);
    it(`holds ${set.size} conversations of each kind`, () => {
      assert.equal(scriptChats.length, set.size);
      assert.equal(lookalikeChats.length, set.size);
    });
    it(`names at least ${set.size - set.none} scripts as worth a second look or more, and alerts on ${set.alerted}`, () => {
      console.log(`${set.name} scripts: ${JSON.stringify(scripts)}`);
      assert.ok(scripts.none <= set.none, JSON.stringify(scripts));
      assert.ok(scripts.warning + scripts.urgent >= set.alerted, JSON.stringify(scripts));
    });
    it(`alerts on at most ${set.falseAlerts} look-alikes (friends on a new number, legitimate senders)`, () => {
      console.log(`${set.name} look-alikes: ${JSON.stringify(lookalikes)}`);
      assert.ok(lookalikes.warning + lookalikes.urgent <= set.falseAlerts, JSON.stringify(lookalikes));
    });
  });
}
