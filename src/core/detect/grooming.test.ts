// The grooming script rule (grooming.ts) and its acts. Examples written for these tests, not taken
// from any corpus; the held-out probe is probe-grooming.test.ts.
import { describe, it } from 'node:test';
import assert from '../../../test/assert.ts';
import { analyzeConversation } from './analyzer.ts';
import { groomingScript, type GroomKind } from './grooming.ts';
import { STAGES } from './types.ts';

const none = new Float64Array(STAGES.length);
const sexual = new Float64Array(STAGES.length);
sexual[STAGES.indexOf('sexualisation')] = 0.6;
const kinds = (...k: GroomKind[]) => new Set<GroomKind>(k);
const run = (...texts: string[]) => analyzeConversation(texts.map((text) => ({ sender: 'adult', text })));

describe('groomingScript', () => {
  it('needs an anchor and a move of another kind', () => {
    assert.equal(groomingScript(kinds(), sexual), false);
    assert.equal(groomingScript(kinds('hide'), none), false);
    assert.equal(groomingScript(kinds('meet'), sexual), false, 'a couple: a room and sexual talk');
    assert.equal(
      groomingScript(kinds('gift', 'hide'), none),
      false,
      'a parent: a present and "don\'t tell your mum"',
    );
    assert.equal(groomingScript(kinds('hide'), sexual), true);
    assert.equal(groomingScript(kinds('hide', 'meet'), none), true);
    assert.equal(groomingScript(kinds('role', 'private'), none), true);
    assert.equal(groomingScript(kinds('child', 'romance'), none), true);
    assert.equal(groomingScript(kinds('bargain', 'child'), none), true);
    assert.equal(groomingScript(kinds('meet'), none, 3), true, 'the reader said an age under 18');
  });
});

describe('grooming acts in chats', () => {
  it('alerts on secrecy from parents with sexual talk, naming the acts', () => {
    const r = run("we can keep chatting if you don't tell your parents", 'you make me so horny');
    assert.ok(r.alert, r.level);
    assert.ok(r.evidence.some((e) => e.cue === 'act.groom_hide' && e.text.includes('tell your parents')));
  });

  it('alerts on a teacher offering a secret friendship (Spanish)', () => {
    assert.ok(run('Aquí no te hablo como tu profe sino como un amigo', 'No enseñes mi número a nadie').alert);
  });

  it('stays quiet on parents, friends, teachers and reports', () => {
    for (const texts of [
      ["don't tell your mum about the present, i'll pick you up at 4"],
      ["don't tell mum about the cake", 'come to my room when you finish your homework'],
      ['as your coach i need your parents to sign the form', 'the hotel room list is on the team page'],
      ["i'm not your teacher anymore but i'm proud of you, say hi to your parents"],
      [
        'The teacher told the girl not to tell her parents and invited her to his hotel room, prosecutors said',
      ],
      ['No le digas a mamá lo de la fiesta', 'Te paso a buscar a las 5'],
    ])
      assert.ok(!run(...texts).alert, texts.join(' / '));
  });
});

describe('the reader saying they are under 18, unasked', () => {
  const chat = (lines: [string, string][]) =>
    analyzeConversation(lines.map(([sender, text]) => ({ sender, text })));
  it('makes sexual talk from the other person a warning, whenever it comes', () => {
    for (const lines of [
      [
        ['Sam', 'im only 14 lol'],
        ['Kai', 'you make me so horny babe'],
      ],
      [
        ['Kai', 'you make me so horny babe'],
        ['Sam', 'i am 13 years old'],
      ],
      [
        ['Ana', 'tengo 12 años'],
        ['Hombre', 'me pones muy caliente'],
      ],
    ] as [string, string][][]) {
      const result = chat(lines);
      assert.equal(result.level, 'warning', JSON.stringify(lines));
      assert.notEqual(result.primary, lines.find(([, t]) => /1[0-7]/.test(t))?.[0], 'never the child');
    }
  });
  it('is not an age when a unit follows, nor when the talker says it of themselves', () => {
    for (const lines of [
      [
        ['Sam', 'im 15 minutes away'],
        ['Kai', 'you make me so horny babe'],
      ],
      [
        ['Sam', 'im 24'],
        ['Kai', 'you make me so horny babe'],
      ],
      [
        ['Kai', 'im 16 and you make me so horny babe'],
        ['Sam', 'lol'],
      ],
    ] as [string, string][][])
      assert.equal(chat(lines).alert, false, JSON.stringify(lines));
  });
});

describe('talk of the reader’s age as if it does not matter, once they said they are under 18', () => {
  const talk = (lines: [string, string][]) =>
    analyzeConversation(lines.map(([sender, text]) => ({ sender, text })));
  it('is worth a second look, said in its own line, and never an alert alone', () => {
    for (const lines of [
      [
        ['Noa', 'how old are u'],
        ['Eli', 'im 14'],
        ['Noa', 'age is only a number tbh'],
      ],
      [
        ['Eli', 'wait how old r u'],
        ['Noa', '23'],
        ['Eli', 'im 16 lol'],
        ['Noa', 'age is just a number cutie'],
      ],
    ] as [string, string][][]) {
      const result = talk(lines);
      assert.equal(result.level, 'watch', JSON.stringify(lines));
      assert.match(result.explanation, /You told them you are under 18/);
      assert.equal(result.reasons.length, 1);
      assert.match(result.reasons[0], /^talking about your age as if it does not matter/);
    }
  });
  it('stays quiet about grandparents, pets and adults', () => {
    for (const lines of [
      [
        ['Eli', 'my nan just ran a half marathon at 78'],
        ['Noa', 'age is just a number!'],
      ],
      [
        ['Noa', 'how old is ur cat'],
        ['Eli', '16, shes ancient'],
        ['Noa', 'age is only a number lol'],
      ],
      [
        ['Noa', 'how old are u'],
        ['Eli', 'im 34'],
        ['Noa', 'age is just a number'],
      ],
    ] as [string, string][][])
      assert.equal(talk(lines).level, 'none', JSON.stringify(lines));
  });
});
