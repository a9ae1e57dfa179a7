import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import {
  analyzeConversation,
  createConversationAnalyzer,
  EVIDENCE_PER_STAGE,
  MAX_PARTICIPANTS,
} from './analyzer.ts';
import { parseCorpus } from './corpus.ts';
import type { Message } from './types.ts';

const ROOT = resolve(import.meta.dirname, '../../..');
const CORPUS_DIR = join(ROOT, 'data/detect/corpus');
const corpus = readdirSync(CORPUS_DIR)
  .filter((f) => f.endsWith('.txt'))
  .flatMap((f) => parseCorpus(readFileSync(join(CORPUS_DIR, f), 'utf8'), f));

const SCRIPT: Message[] = [
  { sender: 'jess', text: 'hey u dont know me but i saw ur profile, ur so cute' },
  { sender: 'jess', text: 'im 15 too' },
  { sender: 'jess', text: 'whats ur snap? this app is dead' },
  { sender: 'sam', text: 'sam.k04' },
  { sender: 'jess', text: 'send me a pic ;) i sent you mine' },
  { sender: 'sam', text: 'ok' },
  { sender: 'jess', text: 'I have your pics. send $300 on cashapp or I post them to all your followers' },
  { sender: 'jess', text: 'you have 1 hour ⏰' },
];

describe('analyzeConversation', () => {
  it('raises urgent on image request + threat + demand, attributed to the sender', () => {
    const result = analyzeConversation(SCRIPT);
    assert.equal(result.level, 'urgent');
    assert.equal(result.alert, true);
    assert.ok(result.risk >= 0.8 && result.risk <= 1);
    assert.equal(result.primary, 'jess');
    for (const stage of [
      'persona',
      'move_platform',
      'image_request',
      'threat',
      'demand',
      'pressure',
    ] as const) {
      assert.ok(result.stages.includes(stage), stage);
    }
    const sam = result.participants.find((p) => p.id === 'sam');
    assert.equal(sam?.level ?? 'none', 'none');
    assert.match(result.explanation, /not your fault/);
    assert.ok(result.nextSteps.some((s) => /don't pay/i.test(s)));
    assert.ok(result.nextSteps.some((s) => /Take It Down|StopNCII|Report Remove/.test(s)));
    assert.ok(result.reasons.length >= 5);
  });

  it('warns on the early script before any threat', () => {
    const result = analyzeConversation(SCRIPT.slice(0, 5));
    assert.equal(result.level, 'warning');
    assert.ok(!result.stages.includes('threat'));
    assert.equal(result.firstAlertAt, 4);
    assert.ok(result.nextSteps.some((s) => /don't have to send/.test(s)));
  });

  it('does not add up stages shown by different people (friends joking)', () => {
    const result = analyzeConversation([
      { sender: 'a', text: 'send me the pics from the party' },
      { sender: 'b', text: 'pay up, you owe me 5 bucks' },
      { sender: 'a', text: 'you have 10 minutes or im eating your fries' },
    ]);
    assert.ok(!result.alert, result.level);
  });

  it('stays quiet on hard negatives: advice, news, flirting, payments, gaming', () => {
    const texts = [
      'If someone threatens to share your nudes with your followers, do not pay. Save the evidence and report it.',
      'Police said the man posed as a teenager and threatened to send the images to their families unless they paid.',
      'Dan: you looked so hot tonight\nClaire: stop it 😏\nDan: send me a pic',
      'Jamie: dinner was 84, 21 each\nJamie: send it to my paypal\nChris: done',
      'xX: ill destroy u\nnoob: pay up noob, u owe me 500 vbucks\nxX: kys lol',
    ];
    for (const text of texts) assert.equal(analyzeConversation(text).alert, false, text);
  });

  it('reads a single e-mail body', () => {
    const result = analyzeConversation(
      'I recorded you through your webcam while you watched adult websites. Send 900 USD in bitcoin within 48 hours or the video goes to all your contacts.',
    );
    assert.equal(result.level, 'urgent');
    assert.ok(result.stages.includes('compromise_claim'));
  });

  it('reads text in any export format it can detect', () => {
    const whatsapp =
      '12/31/23, 9:41 PM - Jess: I have your nudes\n12/31/23, 9:42 PM - Jess: pay 200 or I post them to all your followers';
    const result = analyzeConversation(whatsapp);
    assert.equal(result.primary, 'Jess');
    assert.equal(result.level, 'urgent');
  });

  it('says nothing is wrong when nothing is', () => {
    const result = analyzeConversation([{ sender: 'a', text: 'see you at practice' }]);
    assert.equal(result.level, 'none');
    assert.equal(result.risk, 0);
    assert.deepEqual(result.nextSteps, []);
    assert.equal(result.primary, null);
  });
});

describe('streaming analyzer', () => {
  it('gives after every message the same result as batch analysis of that prefix', () => {
    for (const messages of [SCRIPT, ...corpus.slice(0, 60).map((item) => item.messages)]) {
      const analyzer = createConversationAnalyzer();
      messages.forEach((message, i) => {
        const streamed = analyzer.push(message);
        assert.deepEqual(streamed, analyzeConversation(messages.slice(0, i + 1)));
      });
    }
  });

  it('keeps bounded state: participants and evidence are capped', () => {
    const analyzer = createConversationAnalyzer();
    for (let i = 0; i < 500; i++) {
      analyzer.push({
        sender: `user${i}`,
        text: i % 2 ? 'send me a pic' : 'i have your nudes, pay 200 dollars',
      });
    }
    const result = analyzer.result();
    assert.equal(result.messages, 500);
    assert.ok(result.participants.length <= MAX_PARTICIPANTS);
    assert.ok(result.evidence.length <= EVIDENCE_PER_STAGE * 10);
    assert.ok(result.participants.some((p) => p.id === '(other participants)'));
  });

  it('ignores messages without text instead of failing', () => {
    const analyzer = createConversationAnalyzer();
    const result = analyzer.push({ sender: 'x', text: undefined as unknown as string });
    assert.equal(result.messages, 1);
    assert.equal(result.level, 'none');
  });
});

describe('evaluation corpus', () => {
  it('has provenance and a licence on every item, and every stage and variant the issue lists', () => {
    assert.ok(corpus.length >= 150);
    for (const item of corpus) {
      assert.ok(item.provenance && item.licence, item.id);
      assert.ok(item.messages.length > 0, item.id);
    }
    const ids = new Set(corpus.map((i) => i.id));
    assert.equal(ids.size, corpus.length, 'ids are unique');
    const negatives = corpus.filter((i) => i.label === 'benign').length;
    assert.ok(negatives >= corpus.length - negatives, 'at least as many negatives as positives');
    const variants = new Set(corpus.map((i) => i.variant));
    for (const v of [
      'hacked_friend',
      'deepfake',
      'webcam_email',
      'gift_card',
      'crypto',
      'countdown',
      'followers_list',
    ]) {
      assert.ok(variants.has(v), v);
    }
    assert.ok(corpus.some((i) => i.lang === 'es'));
  });

  it('keeps precision on the held-out test split (regression guard, figures in docs/detect.md)', () => {
    const test = corpus.filter((i) => i.split === 'test');
    const results = test.map((i) => ({ item: i, alert: analyzeConversation(i.messages).alert }));
    const hard = results.filter((r) => r.item.hard);
    const falseAlerts = hard.filter((r) => r.alert).length;
    const positives = results.filter((r) => r.item.label !== 'benign');
    const found = positives.filter((r) => r.alert).length;
    assert.ok(
      falseAlerts / hard.length <= 0.1,
      `false alerts on hard negatives: ${falseAlerts}/${hard.length}`,
    );
    assert.ok(found / positives.length >= 0.6, `recall ${found}/${positives.length}`);
  });
});
