// Rules added after the real corpus of 2026-11-30 (its train/dev misses and false alerts). The
// examples are written for these tests, not taken from the corpus.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeConversation, analyzeMessage } from './analyzer.ts';

const one = (text: string) => analyzeConversation([{ sender: 'them', text }]);

describe('acts: mass-mail wording and third-person reports', () => {
  it('"$" before an amount is the currency word: "transfer $800" is a demand', () => {
    const demandOf = (text: string) =>
      analyzeMessage(text)
        .filter((c) => c.stage === 'demand' && c.text.includes('800'))
        .map((c) => c.cue);
    assert.ok(demandOf('transfer $800 to this wallet').includes('act.demand'), 'transfer $800');
    assert.ok(demandOf('transfer 800 dollars to this wallet').length > 0, 'transfer 800 dollars');
  });

  it('"you don\'t know me, but I know everything about you" with a menace alerts', () => {
    const text =
      "You do not know me, but I know everything about you. Don't even try to escape, you have no idea what I can do.";
    const result = one(text);
    assert.ok(result.alert, `${result.level} ${result.stages.join(',')}`);
    assert.ok(
      result.evidence.every((c) => text.slice(c.start, c.end).startsWith(c.text)),
      'every cue points at its words',
    );
    // the claim alone, from someone fond of the reader, is not an alert
    assert.ok(!one('honestly I feel like I know everything about you already').alert, 'a fond remark');
  });

  it('"I sent you this message from your own account" is a claim of intrusion', () => {
    const cues = analyzeMessage('Hello pervert. I sent you this email from your own account.');
    assert.ok(
      cues.some((c) => c.cue === 'act.device'),
      'a claim of intrusion',
    );
    assert.ok(
      cues.some((c) => c.cue === 'act.menace'),
      'a menacing greeting',
    );
    assert.ok(one('Hello pervert. I sent you this email from your own account. Act wisely.').alert, 'alert');
  });

  it('"I have evidence of your affair ... either ignore this or pay me" alerts', () => {
    const result = one('I have evidence of your affair. Either ignore this letter or pay me 3000 dollars.');
    assert.ok(result.alert, `${result.level} ${result.stages.join(',')}`);
  });

  it('"don\'t pay attention to my spelling" is not advice that discounts the rest', () => {
    const text =
      "Don't pay attention to my spelling. I recorded you. Pay me 300 dollars in bitcoin within 24 hours.";
    const result = one(text);
    assert.ok(result.alert, `${result.level} ${result.stages.join(',')}`);
    assert.ok(
      result.evidence.every((c) => c.context !== 'discussion'),
      'nothing discounted as discussion',
    );
  });

  it('"don\'t pay the ransom" is still advice', () => {
    assert.ok(
      analyzeMessage("Don't pay the ransom: they claim to have recorded you, pay 500 dollars or else.").every(
        (c) => c.context === 'discussion',
      ),
      'every cue discounted as discussion',
    );
  });

  const reports = [
    'They demand money in bitcoin and say none of your contacts will ever see the videos once they get it.',
    'It uses a claim that malware recorded you and a threat to send a video to your contacts unless you pay.',
    'If the victim does not pay, they are told that the video will be sent to family and friends.',
  ];
  for (const text of reports) {
    it(`a report in the third person stays quiet: ${text}`, () => {
      assert.equal(one(text).alert, false, one(text).level);
    });
  }
});

describe('acts: chat threats quoted by courts and news (examples written for the tests)', () => {
  it('"show me or I\'ll show them" is a threat', () => {
    const result = one('show me the video again or ill show your brother');
    assert.ok(result.alert, `${result.level} ${result.stages.join(',')}`);
  });

  it('"how bad would it be if these got sent to your teammates?" is a threat', () => {
    const result = one(
      'how bad would it be if these got sent to your teammates? what would they think of you',
    );
    assert.ok(result.alert, `${result.level} ${result.stages.join(',')}`);
  });

  it('"I still have your pic" with "watch my next move" alerts, the possession alone does not', () => {
    const result = analyzeConversation([
      { sender: 'x', text: 'you dare block me? watch my next move' },
      { sender: 'x', text: 'i still have your pic' },
    ]);
    assert.ok(result.alert, `${result.level} ${result.stages.join(',')}`);
    assert.ok(!one('i still have your pic from the party haha').alert, 'a friend keeping a photo');
  });

  it('everyday "show me" and "how bad would it be" stay quiet', () => {
    for (const text of [
      'show me your new haircut or i will come round and see it myself',
      'how bad would it be if we skipped the party and watched a film',
    ])
      assert.equal(one(text).alert, false, text);
  });
});
