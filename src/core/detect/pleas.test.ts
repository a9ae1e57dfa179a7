// The reader's pleas (issue 10): a victim who pastes a chat has often begged the other person
// ("please don't send it to anyone", "don't ruin my life", "I don't have the money"). Those words
// show a threat even when the offender's own wording is one the lexicons do not know, and they are
// held against the person the reader answered, never against the reader. Examples written for these
// tests, not taken from any corpus.
import { describe, it } from 'node:test';
import assert from '../../../test/assert.ts';
import { analyzeConversation } from './analyzer.ts';
import type { Message } from './types.ts';

const chat = (lines: string[]): Message[] =>
  lines.map((line) => {
    const at = line.indexOf(': ');
    return { sender: line.slice(0, at), text: line.slice(at + 2) };
  });

describe('the reader begging shows a threat by the person they answer', () => {
  const begged: string[][] = [
    ['Kai: you know what happens now', 'Sam: please dont send it to anyone, im begging you'],
    ['Kai: last chance', 'Sam: dont ruin my life please', 'Sam: i will do anything just dont'],
    ['Kai: 200 by tonight', 'Sam: i dont have that much money', 'Sam: please dont do this'],
    ['Kai: tick tock', "Sam: please don't post the video, I'm only 15"],
    ['Vero: ya sabes lo que pasa', 'Ana: por favor no se lo mandes a nadie, te lo suplico'],
    ['Vero: 100 dólares', 'Ana: no tengo plata', 'Ana: por favor no lo publiques'],
  ];
  for (const lines of begged) {
    it(lines.join(' / '), () => {
      const result = analyzeConversation(chat(lines));
      assert.ok(result.alert, `level ${result.level}`);
      const offender = lines[0].slice(0, lines[0].indexOf(':'));
      assert.equal(result.primary, offender, 'the person answered drives the risk');
      const reader = result.participants.find((p) => p.id !== offender);
      assert.ok(!reader || reader.level === 'none', 'the reader is never the one at risk of harming');
      assert.ok(
        result.reasons.some((r) => r.includes('begged')),
        `the reason says it was a plea: ${result.reasons.join('; ')}`,
      );
    });
  }

  it('a plea next to a claim makes the claim urgent', () => {
    const result = analyzeConversation(chat(['Kai: i have ur video', 'Sam: please dont send it to anyone']));
    assert.equal(result.level, 'urgent');
  });

  it('a frightened answer to a claim makes it urgent, and is nothing after small talk', () => {
    for (const answer of ['pls no', 'what do u want from me', 'how did you get those']) {
      assert.equal(
        analyzeConversation(chat(['Kai: i have ur pics', `Sam: ${answer}`])).level,
        'urgent',
        answer,
      );
      const small = analyzeConversation(chat(['Kai: want pizza later?', `Sam: ${answer}`]));
      assert.ok(!small.alert, `after small talk: ${answer}`);
    }
  });

  it('evidence keeps the reader as the author of their own words', () => {
    const result = analyzeConversation(
      chat(['Kai: you know what happens now', 'Sam: dont ruin my life please']),
    );
    const plea = result.evidence.find((e) => e.cue === 'reply.plea_life');
    assert.ok(plea);
    assert.equal(plea.sender, 'Sam');
    assert.equal(plea.message, 1);
  });
});

describe('pleas that are not about a threat stay quiet', () => {
  const quiet: string[][] = [
    // friends and family
    ['Jo: lol look at this pic of you', 'Mia: pls dont post that lol'],
    ['Jo: can u lend me 20', 'Mia: i dont have money rn sorry'],
    ['Mum: did you finish your homework', 'Mia: please dont tell dad'],
    ['Jo: im posting the group pic', 'Mia: noo please delete it i look awful'],
    ['Dad: the rent is due', 'Mia: i cant pay this month, can we talk'],
  ];
  for (const lines of quiet) {
    it(lines.join(' / '), () => {
      const result = analyzeConversation(chat(lines));
      assert.ok(!result.alert, `unexpected ${result.level}: ${result.reasons.join('; ')}`);
    });
  }

  it('a plea with nobody to answer (a story, an advice page) is nobody’s threat', () => {
    for (const text of [
      'I begged him, please dont send it to anyone, dont ruin my life',
      'Victims often write back "please don\'t share it, I don\'t have the money".',
    ]) {
      const result = analyzeConversation([{ text }]);
      assert.ok(!result.alert, `unexpected ${result.level} for: ${text}`);
    }
  });
});

describe('a claim over the reader’s intimate pictures', () => {
  it('from someone not shown to know them offline is a warning', () => {
    for (const text of ['i have your nudes', 'i got ur nudes from ur ex']) {
      const result = analyzeConversation([{ sender: 'Kai', text }]);
      assert.equal(result.level, 'warning', text);
    }
  });
  it('between people who know each other offline stays below a warning', () => {
    const result = analyzeConversation(
      chat(['Jo: last night was fun', 'Jo: see you at dinner', 'Jo: i still have your nudes saved haha']),
    );
    assert.ok(!result.alert, `unexpected ${result.level}`);
  });
});
