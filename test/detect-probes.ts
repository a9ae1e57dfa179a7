// The harness of the risk engine's probe sets (src/core/detect/probe-acts*.test.ts): team-written
// offender lines and hard negatives checked against floors, every alert explained by cues whose
// spans point into the probe's text.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeConversation } from '../src/core/detect/analyzer.ts';
import type { ConversationResult } from '../src/core/detect/types.ts';

/** One offender line, or a few lines from the same offender (a chat). */
export type Probe = string | string[];

export const analyseProbe = (probe: Probe): ConversationResult =>
  analyzeConversation((Array.isArray(probe) ? probe : [probe]).map((text) => ({ sender: 'them', text })));

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
      for (const probe of alerted) {
        const lines = Array.isArray(probe) ? probe : [probe];
        const result = analyseProbe(probe);
        assert.ok(result.evidence.length > 0);
        for (const cue of result.evidence) {
          const text = lines[cue.message];
          assert.equal(text.slice(cue.start, cue.end).slice(0, cue.text.length), cue.text);
        }
      }
    });
  });
}
