// Earlier alerts (issue 10): a sender who holds the reader's audience (contacts, followers list) or
// broke into an account, together with another claim, and a picture demanded under a menace, reach
// `warning` before any exposure threat. Families, friends and couples saying the same words alone
// stay below it. Examples written for these tests.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeConversation, analyzeMessage } from './analyzer.ts';
import type { ConversationResult } from './types.ts';

type Line = [sender: string, text: string];
const run = (lines: Line[]): ConversationResult =>
  analyzeConversation(lines.map(([sender, text]) => ({ sender, text })));

describe('early claims: holding the audience or an account, with something else', () => {
  const alerts: Line[][] = [
    [['k9', 'hey. i saved your private pics and i have a list of all your friends']],
    [
      ['rex', 'i broke into your phone'],
      ['sam', 'what?'],
      ['rex', 'i have access to your gallery and all your contacts'],
    ],
    [
      ['mod', 'your snap has been compromised'],
      ['mod', 'we got all your pics from it'],
    ],
  ];
  for (const lines of alerts) {
    it(lines.map((l) => l[1]).join(' / '), () => {
      const result = run(lines);
      assert.ok(result.alert, `expected an alert, got ${result.level}`);
      assert.ok(result.stages.includes('compromise_claim'));
      assert.equal(result.level, 'warning', 'no threat was made: this is the early warning');
      assert.ok(
        result.evidence.some((c) =>
          ['compromise.contacts', 'compromise.hacked', 'compromise.passive'].includes(c.cue),
        ),
      );
    });
  }

  it('names the contacts claim with its span', () => {
    const text = 'i have a list of your followers btw';
    const cue = analyzeMessage(text).find((c) => c.cue === 'compromise.contacts');
    assert.ok(cue);
    assert.equal(text.slice(cue.start, cue.end), cue.text);
    assert.ok(cue.text.endsWith('list of your followers'), cue.text);
  });

  const quiet: Line[][] = [
    // a friend warning about a hacked account
    [
      ['mia', 'your insta got hacked, its sending everyone weird links'],
      ['zoe', 'omg thanks changing my password now'],
    ],
    // a social media helper
    [['ben', 'i have a list of your followers who liked the post, want it for the raffle?']],
    // a parent syncing a new phone: one claim, no intrusion
    [['mum', 'I got all your photos onto the new phone, check they are there']],
    // the family phone got hacked, a parent tells the teenager
    [
      ['dad', 'the family icloud was hacked last week so change your password'],
      ['dad', 'i have all your photos backed up on the drive anyway'],
    ],
  ];
  for (const lines of quiet) {
    it(`stays quiet: ${lines.map((l) => l[1]).join(' / ')}`, () => {
      const result = run(lines);
      assert.ok(!result.alert, `unexpected ${result.level}: ${result.reasons.join('; ')}`);
    });
  }
});

describe('early claims: a picture demanded under a menace', () => {
  const alerts: Line[][] = [
    [
      ['uwu', '📸 now'],
      ['uwu', 'or 💣'],
    ],
    [['jay', 'send nudes or else']],
    [['jay', 'send me a pic rn or youll regret it']],
  ];
  for (const lines of alerts) {
    it(lines.map((l) => l[1]).join(' / '), () => {
      const result = run(lines);
      assert.ok(result.alert, `expected an alert, got ${result.level}`);
      assert.ok(result.evidence.some((c) => c.cue === 'act.coerced_request'));
    });
  }

  const quiet: Line[][] = [
    [['mum', 'send me a pic of your room or else no xbox tonight']],
    [['coach', 'send a photo of the signed form or you cant play saturday']],
    [
      ['amy', 'send me a pic of the dress!! or i will literally die'],
      ['bea', 'haha ok'],
    ],
  ];
  for (const lines of quiet) {
    it(`stays quiet: ${lines.map((l) => l[1]).join(' / ')}`, () => {
      const result = run(lines);
      assert.ok(!result.alert, `unexpected ${result.level}: ${result.reasons.join('; ')}`);
    });
  }
});
