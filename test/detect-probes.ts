// The harness of the risk engine's probe sets (src/core/detect/probe-acts*.test.ts): team-written
// offender lines and hard negatives checked against floors, every alert explained by cues whose
// spans point into the probe's text.
import { describe, it } from 'node:test';
import assert from './assert.ts';
import { readFileSync } from 'node:fs';
import { analyzeConversation } from '../src/core/detect/analyzer.ts';
import type { ConversationResult, Message } from '../src/core/detect/types.ts';

/** One offender line, or a few lines from the same offender (a chat). */
export type Probe = string | string[];

export const analyseProbe = (probe: Probe): ConversationResult =>
  analyzeConversation((Array.isArray(probe) ? probe : [probe]).map((text) => ({ sender: 'them', text })));

/** Every text, one message alone, alerts (the failing text is named). */
export function assertAlerts(texts: readonly string[]): void {
  for (const text of texts) assert.ok(analyseProbe(text).alert, text);
}

/** No text, one message alone, alerts. */
export function assertQuiet(texts: readonly string[]): void {
  for (const text of texts) assert.ok(!analyseProbe(text).alert, text);
}

/** The result lists cues, and each cue's span (each piece's, for one assembled over messages) points at its text in `texts`. */
export function assertExplainedBySpans(result: ConversationResult, texts: readonly string[]): void {
  assert.ok(result.evidence.length > 0);
  for (const cue of result.evidence) {
    for (const part of cue.parts ?? [cue]) {
      const text = texts[part.message];
      assert.equal(text.slice(part.start, part.end).slice(0, part.text.length), part.text);
    }
  }
}

/** The conversations of a development file: separated by a line holding only `===`, each line `Name: text`. */
export const readConversations = (path: string): string[] =>
  readFileSync(path, 'utf8')
    .split(/\n===\n/)
    .map((c) => c.trim())
    .filter(Boolean);

/** A whole conversation of an early-script probe: `Name: text` lines, `!` before the name marks the threat line. */
export function parseProbe(text: string): { messages: Message[]; threatAt: number } {
  const messages: Message[] = [];
  let threatAt = -1;
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (!line) continue;
    const threat = line.startsWith('!');
    const body = threat ? line.slice(1) : line;
    const colon = body.indexOf(': ');
    if (threat) threatAt = messages.length;
    messages.push({ sender: body.slice(0, colon), text: body.slice(colon + 2) });
  }
  return { messages, threatAt };
}

/** Scripts that end in a threat and look-alikes, with floors: early alerts at least, false alerts at most. */
export interface EarlyScriptSet {
  name: string;
  threats: readonly string[];
  lookalikes: readonly string[];
  minEarly: number;
  maxFalseAlerts: number;
}

/**
 * Tests that at least `minEarly` scripts alert before their threat line and at most `maxFalseAlerts`
 * look-alikes alert at all (the floors record where the engine stands).
 */
export function describeEarlyScripts(title: string, sets: readonly EarlyScriptSet[]): void {
  for (const set of sets) {
    it(`${title} ${set.name}: alerts before the threat in at least ${set.minEarly} of ${set.threats.length}`, () => {
      let early = 0;
      for (const text of set.threats) {
        const { messages, threatAt } = parseProbe(text);
        assert.ok(threatAt > 0, text.slice(0, 40));
        const at = analyzeConversation(messages).firstAlertAt;
        if (at !== null && at < threatAt) early++;
      }
      console.log(`${title} ${set.name}: ${early}/${set.threats.length} alerted before the threat`);
      assert.ok(early >= set.minEarly, `${early} early`);
    });
    it(`${title} ${set.name}: at most ${set.maxFalseAlerts} of ${set.lookalikes.length} look-alikes alert`, () => {
      const alerted = set.lookalikes.filter((text) => analyzeConversation(parseProbe(text).messages).alert);
      console.log(`${title} ${set.name}: ${alerted.length}/${set.lookalikes.length} look-alikes alerted`);
      assert.ok(alerted.length <= set.maxFalseAlerts, `${alerted.length} alerted`);
    });
  }
}

/** Two-sentence fragments, as news pages quote e-mails: each sentence with the one at 7i + 3. */
export function pairs(sentences: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < sentences.length; i++) {
    const j = (i * 7 + 3) % sentences.length;
    if (j !== i) out.push(`${sentences[i]} ${sentences[j]}`);
  }
  return out;
}

/**
 * Tests that at least `minAlerted` positives alert and at most `maxFalseAlerts` negatives do (the
 * floors record where the engine stands: a change that loses ground fails), and that every alert is
 * explained by cues with spans into the probe text.
 */
export function describeProbeSet(
  name: string,
  label: string,
  positives: readonly Probe[],
  negatives: readonly Probe[],
  floors: { minAlerted: number; maxFalseAlerts: number },
): void {
  describe(name, () => {
    const alerted = positives.filter((p) => analyseProbe(p).alert);
    const falseAlerts = negatives.filter((p) => analyseProbe(p).alert);
    it(`alerts on at least ${floors.minAlerted} of ${positives.length} offender probes`, () => {
      const missed = positives.filter((p) => !alerted.includes(p));
      console.log(`${label} positives alerted: ${alerted.length}/${positives.length}`);
      assert.ok(alerted.length >= floors.minAlerted, `missed: ${JSON.stringify(missed, null, 1)}`);
    });
    it(`raises at most ${floors.maxFalseAlerts} false alerts on ${negatives.length} hard negatives`, () => {
      console.log(`${label} hard negatives alerted: ${falseAlerts.length}/${negatives.length}`);
      assert.ok(
        falseAlerts.length <= floors.maxFalseAlerts,
        `false alerts: ${JSON.stringify(falseAlerts, null, 1)}`,
      );
    });
    it('explains every alert by cues with spans into the probe text', () => {
      for (const probe of alerted)
        assertExplainedBySpans(analyseProbe(probe), Array.isArray(probe) ? probe : [probe]);
    });
  });
}
