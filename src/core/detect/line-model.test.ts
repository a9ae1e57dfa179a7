import { describe, it } from 'node:test';
import assert from '../../../test/assert.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeConversation } from './analyzer.ts';
import { classFeatures, defaultLineModel, LineModel } from './line-model.ts';
import { defaultCombiner } from './model.ts';
import { tokenize, type Token } from './normalize.ts';
import { corpusLines, renderLineWeights, trainLineModel } from './line-train.ts';
import { readDetectCorpus, readLabelledLines } from '../../node/files/detect-corpus.ts';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const them = (...texts: string[]) => texts.map((text) => ({ sender: 'them', text }));
// written for this test: a threat whose audience, object and demand no phrase of the lexicon joins
const LINE = '3 hours. $400. or every single person on your friends list. your call';

describe('line model (line-model.ts)', () => {
  it('reads a short threat the rules and the sentence model leave below a warning, and shows its words', () => {
    const result = analyzeConversation(them(LINE));
    assert.ok(result.alert, result.level);
    const cue = result.evidence.find((c) => c.cue === 'model.line');
    assert.ok(cue, JSON.stringify(result.evidence.map((c) => c.cue)));
    assert.equal(cue.stage, 'threat');
    assert.equal(LINE.slice(cue.start, cue.end), cue.text);
    assert.ok(
      !analyzeConversation(them(LINE), { lineModel: null }).alert,
      'the rules alone alert: pick another line',
    );
  });

  it('reads the latest line alone too, not only with the lines before it (a greeting does not dilute it)', () => {
    const result = analyzeConversation(them('hey remember me', LINE));
    assert.ok(result.alert, result.level);
    assert.equal(result.firstAlertAt, 1);
  });

  it('does not read a long message (long texts are the sentence model’s)', () => {
    const filler = ' Anyway I was thinking about the weekend and the trip we planned with the others.'.repeat(
      4,
    );
    const result = analyzeConversation(them(LINE + filler));
    assert.ok(!result.evidence.some((c) => c.cue === 'model.line'));
  });

  it('is quiet where an exception of the lexicon cancels the threat (a debt, not a secret)', () => {
    const result = analyzeConversation(them('o me pagas lo que me debes o tu mamá se entera'));
    assert.ok(!result.evidence.some((c) => c.cue === 'model.line'));
  });

  it('reads a window of the sender’s lines with the threshold the weights ship', () => {
    const model = defaultLineModel();
    assert.ok(model.data.window >= 1 && model.data.maxTokens > 0);
    // the same sum over more lines is read more weakly (it is divided by √count)
    assert.ok(model.logit(4, 1) > model.logit(4, 3));
  });

  it('reads word classes: a line of other words used alike gives the same class n-grams', () => {
    const slots = (text: string) => {
      const out = new Set<number>();
      classFeatures(tokenize(text), 16, 1, { add: (slot) => out.add(slot) });
      return [...out].sort((x, y) => x - y);
    };
    // written for this test: "family"/"brother", "get"/"watch" and "pics"/"video" share their classes
    assert.deepEqual(
      slots('or your family will get the pics'),
      slots('or your brother will watch the video'),
    );
    assert.notDeepEqual(slots('or your family will get the pics'), slots('your family will get the pics'));
    assert.equal(slots('').length, 0);
    assert.ok(defaultLineModel().data.classGrams, 'the shipped line model reads word classes');
  });

  it('gives a message the same value through the combiner’s shared pass as on its own', () => {
    const model = defaultLineModel();
    const combiner = defaultCombiner();
    assert.ok(model.sharesFeatures(combiner.data.bits, combiner.data.charGrams));
    for (const text of [LINE, 'or the whole team sees the vid', 'see you at practice tomorrow']) {
      const words = tokenize(text);
      model.begin();
      combiner.startWith(words, model.scorer);
      model.addClasses(words);
      assert.equal(model.total(), model.message(words), text);
    }
  });

  it('ships the weights that npm run train:detect produces', () => {
    const lines = [
      ...readLabelledLines(),
      ...corpusLines(readDetectCorpus(), defaultLineModel().data.window),
    ];
    const { data, report } = trainLineModel(lines);
    const shipped = readFileSync(join(ROOT, 'data/detect/model/line-weights.ts'), 'utf8');
    assert.equal(renderLineWeights(data, report), shipped);
  });
});

describe('the line model’s weak reading (model.line_weak)', () => {
  // a model whose reading is set by a marker word, so the rules around it are tested alone
  class ScriptedLineModel extends LineModel {
    override message(tokens: readonly Token[]): number {
      const words = tokens.map((t) => t.w);
      // with no bias, two such lines read together stay below the full reading (2.3 · 2 / √2 < 3.5)
      return words.includes('qxstrong') ? 5 : words.includes('qxweak') ? 2.3 : -10;
    }
    override sharesFeatures(): boolean {
      return false;
    }
  }
  const shipped = defaultLineModel().data;
  const lineModel = new ScriptedLineModel({ ...shipped, bias: 0, threshold: 3.5, weakThreshold: 2.2 });
  const run = (...texts: string[]) =>
    analyzeConversation(
      texts.map((text) => ({ sender: 'them', text })),
      { lineModel, combiner: null },
    );
  const cues = (texts: string[]) => run(...texts).evidence.map((e) => e.cue);

  it('alone is worth a second look, no alert, and two never add up to a threat', () => {
    assert.equal(run('qxweak see you then').level, 'watch');
    assert.equal(run('qxweak see you then', 'qxweak ok then').level, 'watch');
  });
  it('beside a demand of another message, it is the threat', () => {
    const result = run('send 200 dollars to my cashapp now', 'qxweak u know what happens');
    assert.equal(result.level, 'urgent');
    assert.ok(result.evidence.some((e) => e.cue === 'model.line_weak'));
  });
  it('does not pair with a claim of its own message, nor a few words of demand naming nothing', () => {
    assert.ok(!cues(['qxweak i saved your private pics']).includes('model.line_weak'));
    assert.notEqual(run('qxweak 100 dollars').level, 'urgent');
    assert.equal(run('qxweak pay 100 dollars or the pics go out').level, 'urgent');
  });
  it('the full reading stays a threat on its own', () => {
    assert.ok(run('qxstrong whatever').alert);
  });
});
