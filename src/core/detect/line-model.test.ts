import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeConversation } from './analyzer.ts';
import { classFeatures, defaultLineModel } from './line-model.ts';
import { defaultCombiner } from './model.ts';
import { tokenize } from './normalize.ts';
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
      combiner.startWith(words, model);
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
