// Threats split over short messages of one sender (issue 10): the act's parts assemble across a
// bounded window of that sender's messages, each piece keeping its span in its own message, and
// everyday chat split the same way stays quiet. Wording written for these tests.
import { describe, it } from 'node:test';
import assert from '../../../test/assert.ts';
import {
  analyzeConversation,
  createConversationAnalyzer,
  MAX_PARTICIPANTS,
  SPLIT_MAX_MS,
  SPLIT_WINDOW,
} from './analyzer.ts';
import type { ConversationResult, Message } from './types.ts';

type Line = [sender: string, text: string];
const toMessages = (lines: Line[]): Message[] => lines.map(([sender, text]) => ({ sender, text }));
const run = (lines: Line[]): ConversationResult => analyzeConversation(toMessages(lines));

/** Every piece of an assembled cue points at its words in its own message. */
function assertPieces(result: ConversationResult, lines: Line[]) {
  const assembled = result.evidence.filter((e) => e.parts);
  assert.ok(assembled.length > 0, 'an assembled cue is in the evidence');
  for (const cue of assembled) {
    assert.ok(cue.parts!.length >= 2, 'pieces in two messages at least');
    for (const part of cue.parts!) {
      assert.equal(lines[part.message][1].slice(part.start, part.end), part.text);
      assert.equal(lines[part.message][0], cue.sender, 'every piece is from the same sender');
    }
    const last = cue.parts![cue.parts!.length - 1];
    assert.equal(last.message, cue.message);
    assert.equal(lines[cue.message][1].slice(cue.start, cue.end), last.text);
  }
}

describe('split messages: an act assembled over one sender’s short messages', () => {
  const threats: { lines: Line[]; level: 'warning' | 'urgent' }[] = [
    {
      lines: [
        ['kai', 'ok thats it im leaking'],
        ['me', 'leaking what??'],
        ['kai', 'your nudes'],
      ],
      level: 'warning',
    },
    {
      lines: [
        ['kai', 'we got ur pics'],
        ['kai', 'ur parents will see'],
      ],
      level: 'urgent',
    },
    {
      lines: [
        ['kai', 'i still have ur photos'],
        ['me', 'what'],
        ['kai', 'everyone will know'],
      ],
      level: 'urgent',
    },
    {
      lines: [
        ['kai', 'gonna expose'],
        ['kai', 'all'],
        ['kai', 'ur videos'],
      ],
      level: 'warning',
    },
  ];
  for (const { lines, level } of threats) {
    it(lines.map((l) => l[1]).join(' / '), () => {
      const result = run(lines);
      assert.equal(result.level, level, result.stages.join(','));
      assert.equal(result.primary, 'kai');
      assertPieces(result, lines);
    });
  }

  it('"pay" / "or else" is a demand whose pieces are in two messages', () => {
    const lines: Line[] = [
      ['kai', 'pay'],
      ['kai', 'or else'],
    ];
    const result = run(lines);
    assert.ok(result.stages.includes('demand'));
    assertPieces(result, lines);
  });

  it('the streamed result equals the batch one after every message', () => {
    const lines: Line[] = [
      ['kai', 'hey'],
      ['kai', 'we got ur pics'],
      ['me', '??'],
      ['kai', 'ur parents will see'],
      ['kai', 'pay'],
      ['kai', 'or else'],
    ];
    const analyzer = createConversationAnalyzer();
    lines.forEach((line, i) => {
      const streamed = analyzer.push({ sender: line[0], text: line[1] });
      assert.deepEqual(streamed, analyzeConversation(toMessages(lines.slice(0, i + 1))));
    });
  });
});

describe('split messages: the window is bounded', () => {
  it('pieces from two different senders never assemble', () => {
    const result = run([
      ['kai', 'im leaking'],
      ['sam', 'your nudes'],
    ]);
    assert.equal(result.alert, false, result.level);
  });

  it(`pieces more than ${SPLIT_WINDOW} messages apart do not assemble`, () => {
    const lines: Line[] = [['kai', 'ok im leaking']];
    for (let i = 0; i < SPLIT_WINDOW; i++) lines.push(['me', `message ${i}`]);
    lines.push(['kai', 'your nudes']);
    assert.equal(run(lines).alert, false);
    lines.splice(1, 1);
    assert.equal(run(lines).alert, true, 'one message closer, they do');
  });

  it('pieces sent far apart in time do not assemble', () => {
    const t0 = Date.UTC(2026, 0, 1, 12);
    const far = analyzeConversation([
      { sender: 'kai', text: 'ok im leaking', time: t0 },
      { sender: 'kai', text: 'your nudes', time: t0 + SPLIT_MAX_MS + 1 },
    ]);
    assert.equal(far.alert, false);
    const near = analyzeConversation([
      { sender: 'kai', text: 'ok im leaking', time: new Date(t0).toISOString() },
      { sender: 'kai', text: 'your nudes', time: new Date(t0 + 30_000).toISOString() },
    ]);
    assert.equal(near.alert, true);
  });

  it('a long message in between ends the chain', () => {
    const result = run([
      ['kai', 'im leaking'],
      [
        'kai',
        'honestly i dont even know why we are still talking about this, it was ages ago and nobody cares',
      ],
      ['kai', 'your nudes'],
    ]);
    assert.equal(result.alert, false);
  });

  it(`keeps short texts for at most ${MAX_PARTICIPANTS} senders`, () => {
    const analyzer = createConversationAnalyzer();
    for (let i = 0; i < 200; i++) analyzer.push({ sender: `p${i}`, text: 'hi' });
    const senders = (analyzer as unknown as { senders: Map<string, { recent?: unknown[] }> }).senders;
    const kept = [...senders.values()].flatMap((s) => (s.recent ? [s.recent] : []));
    assert.ok(kept.length <= MAX_PARTICIPANTS, String(kept.length));
    for (const texts of kept) assert.ok(texts.length <= 2);
    // and per sender state at all: those with short texts kept, those with a running sum, OTHERS
    assert.ok(senders.size <= 2 * MAX_PARTICIPANTS, String(senders.size));
  });
});

describe('split messages: everyday chat split the same way stays quiet', () => {
  const quiet: Line[][] = [
    // gaming trash talk
    [
      ['zed', 'im exposing you'],
      ['zed', 'for cheating lol'],
      ['zed', 'ur aim is trash'],
    ],
    [['zed', 'im exposing you for cheating lol']],
    // friends sharing photos
    [
      ['mia', 'i have your pics from the party'],
      ['mia', 'your mum will love them'],
    ],
    [
      ['mia', 'im sending'],
      ['mia', 'your pics from the trip'],
      ['jo', 'yay thanks'],
    ],
    // family
    [
      ['mum', 'did you pay'],
      ['mum', 'or else they cut the phone off'],
      ['kid', 'yes paid it'],
    ],
    // a couple
    [
      ['sam', 'I still have your photos from paris'],
      ['sam', 'everyone says we look so happy'],
    ],
    // discussing sextortion
    [
      ['ana', 'my cousin got a message like "i have your pics"'],
      ['ana', '"your family will see"'],
      ['ana', 'police said never pay'],
    ],
    [
      ['teacher', 'if someone says they are leaking'],
      ['teacher', 'your pictures, tell an adult and report them, sextortion is a crime'],
    ],
  ];
  for (const lines of quiet) {
    it(lines.map((l) => `${l[0]}: ${l[1]}`).join(' / '), () => {
      const result = run(lines);
      assert.equal(result.alert, false, `${result.level} ${result.stages.join(',')}`);
    });
  }
});
