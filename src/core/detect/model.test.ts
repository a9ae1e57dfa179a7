import { describe, it } from 'node:test';
import assert from '../../../test/assert.ts';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { analyzeConversation, analyzeMessage } from './analyzer.ts';
import {
  codeTable,
  codeWeights,
  decodeCodes,
  decodeSlots,
  defaultCombiner,
  LinearCombiner,
  messageFeatures,
  type Combiner,
  type CombinerData,
} from './model.ts';
import {
  crossValidate,
  encodeCodes,
  encodeSlots,
  foldOf,
  renderWeights,
  TRAIN_OPTIONS,
  trainCombiner,
} from './model-train.ts';
import { tokenize } from './normalize.ts';
import type { Cue, Message } from './types.ts';
import { readDetectCorpus } from '../../node/files/detect-corpus.ts';

const ROOT = resolve(import.meta.dirname, '../../..');
const WEIGHTS = join(ROOT, 'data/detect/model/weights.ts');
const corpus = readDetectCorpus();

/** A combiner that rates everyone above its threshold: only the analyzer's gate holds it back. */
const always: Combiner = { message: () => 0, raises: () => true };
const never: Combiner = { message: () => 0, raises: () => false };

describe('learned combiner', () => {
  it('ships the weights that npm run train:detect produces (run it after changing the corpus or rules)', () => {
    const { data, report } = trainCombiner(corpus.filter((i) => i.split !== 'test'));
    assert.equal(renderWeights(data, report), readFileSync(WEIGHTS, 'utf8'));
  });

  it('cross-validates by source: every held-out item counted once, a source never split across folds', () => {
    const sample = corpus.filter((i) => i.split === 'train').slice(0, 60);
    const byFold = new Map<string, number>();
    for (const item of corpus) {
      const key = item.source ?? item.id;
      const f = foldOf(item, 5);
      assert.ok(f >= 0 && f < 5);
      if (byFold.has(key)) assert.equal(byFold.get(key), f, key);
      byFold.set(key, f);
    }
    const { byProv, thresholds } = crossValidate(sample, { ...TRAIN_OPTIONS, iterations: 50 });
    assert.equal(thresholds.length, 5);
    const counted = Object.values(byProv).reduce((n, c) => n + c.positives + c.negatives, 0);
    assert.equal(counted, sample.length);
    const positives = sample.filter((i) => i.label !== 'benign').length;
    assert.equal(
      Object.values(byProv).reduce((n, c) => n + c.positives, 0),
      positives,
    );
    for (const c of Object.values(byProv)) {
      assert.ok(c.rules.alerted <= c.positives && c.combined.alerted <= c.positives);
      assert.ok(c.rules.early <= c.threats && c.combined.early <= c.threats);
    }
  });

  it('decodes the ranked codes it encodes, bytes outside the table too, and refuses a broken string', () => {
    // 200 distinct bytes, more than the table holds, the common ones many times
    const bytes = Uint8Array.from({ length: 5000 }, (_, i) => (i % 7 === 0 ? (i * 37) % 200 : (i % 5) * 3));
    const text = encodeCodes(bytes);
    assert.deepEqual(decodeCodes(text), bytes);
    assert.ok(text.length < bytes.length + 100, 'one character per byte, plus the table');
    assert.ok(/^[\x20-\x7e\u0100-\u01ff]*$/.test(text), 'printable ASCII, or a character from U+0100');
    assert.ok(!/['\\`$]/.test(text), 'nothing a single-quoted literal must escape');
    assert.deepEqual(decodeCodes(encodeCodes(new Uint8Array())), new Uint8Array());
    for (const broken of ['', '\u0100', 'zz', 'ABC=='])
      assert.throws(() => decodeCodes(broken), /bad ranked codes/);
  });
  it('decodes the Rice-coded slots it encodes, whatever their gaps, and refuses a string too short', () => {
    const slots = Array.from({ length: 300 }, (_, i) => i * 40 + (i % 3) + (i === 299 ? 100_000 : 0));
    const text = encodeSlots(slots);
    assert.deepEqual(decodeSlots(text, slots.length), slots);
    assert.ok(/^[A-Za-z0-9+/]+$/.test(text), 'base64');
    assert.ok(text.length < slots.length * 2, 'a few bits a gap');
    assert.deepEqual(decodeSlots(encodeSlots([]), 0), []);
    assert.throws(() => decodeSlots(text.slice(0, 20), slots.length), /bad slots/);
  });

  it('decodes the slots and companded codes the training encodes', () => {
    const slots = [0, 3, 200, 201, 70_000, 262_143];
    const codes = [5, 1, -1, 127, -127, 12];
    const data: CombinerData = {
      version: 1,
      bits: 18,
      charGrams: true,
      scale: 0.001,
      bias: -1,
      threshold: 0,
      slots: encodeSlots(slots),
      values: encodeCodes(Uint8Array.from(codes.map((c) => c & 0xff))),
    };
    const table = codeTable(data);
    let nonzero = 0;
    for (const b of table) if (b) nonzero++;
    assert.equal(nonzero, slots.length);
    slots.forEach((s, k) => assert.equal((table[s] << 24) >> 24, codes[k]));

    // a message's score is the sum of its features times the decoded weights
    const combiner = new LinearCombiner(data);
    const weight = new Map(slots.map((s, k) => [s, Math.sign(codes[k]) * codes[k] * codes[k] * 0.001]));
    const tokens = tokenize('send 300 now otherwise everyone gets the clip');
    let expected = 0;
    let features = 0;
    messageFeatures(tokens, [], false, 18, true, {
      add: (slot, value) => {
        features++;
        expected += (weight.get(slot) ?? 0) * value;
      },
    });
    assert.ok(features > 20);
    assert.ok(Math.abs(combiner.message(tokens, [], false) - expected) < 1e-12);
    assert.equal(combiner.raises(0.999), false);
    assert.equal(combiner.raises(1), true);
  });

  it('gives a message features for its words, its character 3-grams and its cues', () => {
    const seen = (text: string, charGrams: boolean) => {
      const slots = new Set<number>();
      messageFeatures(tokenize(text), [], false, 18, charGrams, { add: (slot) => slots.add(slot) });
      return slots;
    };
    // "clip" and "clips" are different words but share the 3-grams ^cl, cli, lip
    const words = (text: string) => seen(text, false);
    const shared = (a: Set<number>, b: Set<number>) => [...a].filter((s) => b.has(s)).length;
    const withChars = shared(seen('clip', true), seen('clips', true));
    assert.ok(withChars >= shared(words('clip'), words('clips')) + 3);
    // cues add features of their own
    const cue = {
      stage: 'demand' as const,
      cue: 'act.demand',
      why: '',
      weight: 0.9,
      start: 0,
      end: 4,
      text: 'send',
    };
    const withCue = new Set<number>();
    messageFeatures(tokenize('clip'), [cue], false, 18, false, { add: (slot) => withCue.add(slot) });
    assert.equal(withCue.size, words('clip').size + 2);
  });

  it('scores a message as the sum of its features’ weights, with each word’s weights remembered', () => {
    const combiner = new LinearCombiner(defaultCombiner().data);
    // the sum training fits: every feature's slot read one by one from the decoded table
    const table = codeTable(combiner.data);
    const weightOf = codeWeights(combiner.data.scale);
    const reference = (tokens: ReturnType<typeof tokenize>, cues: Cue[]) => {
      let sum = 0;
      const sink = { add: (slot: number, value: number) => (sum += weightOf[table[slot]] * value) };
      messageFeatures(tokens, cues, false, combiner.data.bits, combiner.data.charGrams, sink);
      return sum;
    };
    let checked = 0;
    // twice over: the second pass reads every word from the cache the first filled
    for (let pass = 0; pass < 2; pass++)
      for (const item of corpus.slice(0, 400))
        for (const message of item.messages) {
          const tokens = tokenize(message.text);
          const cues = analyzeMessage(message.text);
          const want = reference(tokens, cues);
          assert.ok(Math.abs(combiner.message(tokens, cues, false) - want) < 1e-9, message.text);
          if (want !== 0) checked++;
        }
    assert.ok(checked > 1000, `${checked} messages with a score`);
  });
  it('raises only a participant with a concrete cue, never on words alone or rapport alone', () => {
    const options = { combiner: always };
    const plain: Message[] = [{ sender: 'a', text: 'what time is practice tomorrow' }];
    assert.equal(analyzeConversation(plain, options).level, 'none');
    // a compliment and another app are the early script's rapport: the rules decide on those
    const rapport: Message[] = [
      { sender: 'jess', text: 'ur so cute' },
      { sender: 'jess', text: 'whats ur snap? this app is dead' },
    ];
    assert.ok(!analyzeConversation(rapport, options).alert);
    // a demand the rules alone leave below warning
    const demand: Message[] = [{ sender: 'x', text: 'transfer 300 dollars now' }];
    assert.equal(analyzeConversation(demand, { combiner: null }).alert, false);
    const raised = analyzeConversation(demand, options);
    assert.equal(raised.level, 'warning');
    assert.equal(raised.primary, 'x');
    // explained by the cue, with its words
    assert.ok(raised.evidence.some((e) => e.stage === 'demand' && /transfer/.test(e.text)));
    assert.ok(raised.reasons.some((r) => r.includes('transfer')));
  });

  it('does not raise between people who know each other offline', () => {
    const family: Message[] = [
      { sender: 'mum', text: 'see you at dinner' },
      { sender: 'kid', text: 'last night was fun' },
      { sender: 'mum', text: 'see you at dinner' },
      { sender: 'kid', text: 'transfer 300 dollars now' },
    ];
    assert.equal(analyzeConversation(family, { combiner: null }).alert, false);
    assert.equal(analyzeConversation(family, { combiner: always }).alert, false);
  });

  it('never lowers the rules: a combiner that never raises gives the rules alone', () => {
    for (const item of corpus) {
      const rules = analyzeConversation(item.messages, { combiner: null });
      const quiet = analyzeConversation(item.messages, { combiner: never });
      assert.equal(quiet.level, rules.level, item.id);
      const shipped = analyzeConversation(item.messages);
      assert.ok(!rules.alert || shipped.alert, item.id);
    }
  });

  it('adds no false alert on team-written hard negatives (families, friends, couples, discussions)', () => {
    const falseAlerts = corpus
      .filter((i) => i.prov === 'team' && i.label === 'benign' && i.hard)
      .filter((i) => analyzeConversation(i.messages).alert)
      .map((i) => i.id);
    assert.deepEqual(falseAlerts, []);
  });
});
