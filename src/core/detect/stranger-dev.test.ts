// Conversations with someone the reader asked "who is this" (data/detect/dev-stranger, README there): a veiled threat
// from a stranger, and friends on a new number teasing in the same words. They measure a lone weaker threat's level;
// the floors record where the engine stands.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { parseProbe, readConversations } from '../../../test/detect-probes.ts';
import { analyzeConversation } from './index.ts';

const DIR = join(import.meta.dirname, '../../../data/detect/dev-stranger');

function levels(conversations: readonly string[]): Record<string, number> {
  const count: Record<string, number> = { none: 0, watch: 0, warning: 0, urgent: 0 };
  for (const c of conversations) count[analyzeConversation(parseProbe(c).messages).level]++;
  return count;
}

describe('development conversations stranger-15 (a veiled threat after "who is this")', () => {
  const scriptChats = readConversations(join(DIR, 'stranger-15.scripts.txt'));
  const lookalikeChats = readConversations(join(DIR, 'stranger-15.lookalikes.txt'));
  const scripts = levels(scriptChats);
  const lookalikes = levels(lookalikeChats);
  it('holds 30 conversations of each kind', () => {
    assert.equal(scriptChats.length, 30);
    assert.equal(lookalikeChats.length, 30);
  });
  it('names at least 15 of 30 scripts as worth a second look or more', () => {
    console.log(`stranger-15 scripts: ${JSON.stringify(scripts)}`);
    assert.ok(scripts.none <= 15, JSON.stringify(scripts));
    assert.ok(scripts.warning + scripts.urgent >= 7, JSON.stringify(scripts));
  });
  it('alerts on at most 2 of 30 look-alikes (friends on a new number, legitimate senders)', () => {
    console.log(`stranger-15 look-alikes: ${JSON.stringify(lookalikes)}`);
    assert.ok(lookalikes.warning + lookalikes.urgent <= 2, JSON.stringify(lookalikes));
  });
});
