import { describe, it } from 'node:test';
import assert from '../../../test/assert.ts';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { analyzeConversation, analyzeMessage } from './analyzer.ts';
import { tokenize } from './normalize.ts';
import {
  defaultSentenceModel,
  SENTENCE_STAGES,
  decodeClasses,
  encodeClasses,
  reachableClasses,
  SentenceModel,
  sentenceBounds,
  wordClass,
} from './sentence-model.ts';
import clusters from '../../../data/detect/clusters/en.ts';
import {
  crossValidateSentences,
  parseLabelledSentences,
  renderSentenceWeights,
  trainSentenceModel,
} from './sentence-train.ts';
import { readDetectCorpus, sentenceTrainingSet } from '../../node/files/detect-corpus.ts';

const ROOT = resolve(import.meta.dirname, '../../..');
const WEIGHTS = join(ROOT, 'data/detect/model/sentence-weights.ts');

const modelCues = (text: string) => analyzeMessage(text).filter((c) => c.cue.startsWith('model.'));

/**
 * A model fitted here on a few toy sentences, for the tests of how the engine uses what a model reads
 * (spans, discounts, weights): its readings of these sentences sit far from the thresholds, so
 * retraining the shipped model cannot move them.
 */
const TOY_SENTENCES = [
  ...['relative', 'cousin', 'neighbour', 'classmate', 'colleague'].flatMap((who) => [
    `threat\tEvery ${who} of yours will receive the tape.`,
    `threat\tEach ${who} of hers will get the recording.`,
    `threat\tPay the fee tonight, otherwise the recording reaches every ${who}.`,
    `threat\tPayment tonight, otherwise the recording reaches the whole family and every ${who}.`,
    `none\tEvery ${who} of yours will receive the invitation by post.`,
    `none\tThe ${who} said the bus to school leaves at eight tomorrow.`,
  ]),
  ...['lens', 'camera', 'webcam', 'screen'].flatMap((via) => [
    `compromise\tMy software captured you through the ${via} of your laptop while you watched.`,
    `compromise\tSé que estás casado y sé lo que haces en internet, y tengo grabaciones de la ${via}.`,
    `none\tMy brother fixed the ${via} of your laptop while you watched a film.`,
  ]),
  'none\they whats up, are you coming to practice tomorrow',
  'none\ti have your charger, ill bring it to school',
].join('\n');
const toy = new SentenceModel(trainSentenceModel(parseLabelledSentences(TOY_SENTENCES, 'toy.tsv')));
const toyCues = (text: string) =>
  analyzeMessage(text, { sentenceModel: toy }).filter((c) => c.cue.startsWith('model.'));

describe('sentence model', () => {
  it('ships the weights that npm run train:detect produces (run it after changing the sentences, corpus or rules)', () => {
    const sentences = sentenceTrainingSet(readDetectCorpus());
    assert.equal(
      renderSentenceWeights(trainSentenceModel(sentences), sentences.length),
      readFileSync(WEIGHTS, 'utf8'),
    );
  });

  it('reads labelled sentences and refuses an unknown label or a line without a tab', () => {
    const [s] = parseLabelledSentences('threat,demand\tPay 200 or the clip goes out\n', 'x.tsv');
    assert.deepEqual(s.labels, [0, 1, 1, 0]);
    assert.deepEqual(s.words.slice(0, 2), ['pay', '200']);
    assert.throws(
      () => parseLabelledSentences('menace\tdo it now', 'x.tsv'),
      /x.tsv:1: unknown label menace/,
    );
    assert.throws(() => parseLabelledSentences('threat do it now', 'x.tsv'), /LABELS<TAB>sentence/);
  });

  it('cross-validates over held-out sentences, counting every sentence once', () => {
    const lines: string[] = [];
    for (let i = 0; i < 40; i++) {
      lines.push(`threat\tpay ${i} dollars or the video goes to all your friends number ${i}`);
      lines.push(`none\tthe bus to school leaves at ${i} past eight on weekday number ${i}`);
    }
    const sentences = parseLabelledSentences(lines.join('\n'), 'toy.tsv');
    const counts = crossValidateSentences(sentences, () => 'toy');
    const threat = SENTENCE_STAGES.indexOf('threat');
    assert.equal(counts.toy.of[threat], 40);
    assert.equal(counts.toy.none, 40);
    assert.ok(counts.toy.read[threat] > 30, `held-out threats read: ${counts.toy.read[threat]}`);
    assert.ok(counts.toy.falseReadings < 5, `false readings: ${counts.toy.falseReadings}`);
  });

  it('scores a sentence as the sum of the features training sees', () => {
    const model = defaultSentenceModel();
    const text = 'My software captured you through the lens of your laptop while you watched.';
    const tokens = tokenize(text);
    const logits = new Float64Array(4);
    const reached = model.score(tokens, 0, tokens.length, logits);
    const sums = model.reference(tokens, 0, tokens.length);
    for (let s = 0; s < 4; s++)
      assert.ok(Math.abs(sums[s] - logits[s]) < 1e-9, `stage ${s}: ${sums[s]} vs ${logits[s]}`);
    assert.ok(reached > 0, 'this sentence reads as at least one act');
  });

  it('groups words used alike in one class, and gives unknown words none', () => {
    assert.equal(wordClass('erase'), wordClass('wipe'));
    assert.equal(wordClass('clip'), wordClass('photos'));
    assert.notEqual(wordClass('video'), wordClass('family'));
    assert.equal(wordClass('qwxzzy'), -1);
  });

  it('finds the class of a word written with a double letter by its folded form, as messages fold it', () => {
    // "school" and "followers" reach the model as "schol" and "folowers"
    for (const word of ['school', 'followers', 'account'])
      assert.equal(wordClass(tokenize(word)[0].w), wordClass(word), word);
    assert.ok(wordClass(tokenize('school')[0].w) >= 0);
    // a listed word keeps its own class when another folds onto it ("good" folds to "god")
    assert.notEqual(wordClass('good'), wordClass('god'));
    assert.equal(wordClass(tokenize('good')[0].w), wordClass('god'));
  });

  it('ships no word that no message can reach (one folding to a form a word listed before it has)', () => {
    const classes = decodeClasses(clusters);
    assert.deepEqual(reachableClasses(classes), classes);
    // "all" folds to "al": once "al" is listed, no message finds "all"; "vidddeo" folds to "video" once
    assert.deepEqual(reachableClasses([['al'], ['all', 'clip', 'vidddeo', 'viddeo']]), [
      ['al'],
      ['clip', 'vidddeo'],
    ]);
  });

  it('ships the words front-coded in one alphabetical list, after a capital for the letters shared with the one before, and their classes in base64', () => {
    const shipped = encodeClasses([
      ['school', 'scholar', 'schooling', 'video'],
      ['a', 'ab', 'scholars'],
    ]);
    // one line per initial letter; "schooling", in the class of "school", is the digit of "-ing" after it; "scholars", in
    // another class than "scholar", is written out; classes 1 1 0 1 0 0, a byte each
    assert.deepEqual(shipped, { words: 'AaBb\nAscholarHsEol1\nAvideo', classes: 'AQEAAQAA' });
    assert.deepEqual(decodeClasses(shipped), [
      ['scholar', 'school', 'schooling', 'video'],
      ['a', 'ab', 'scholars'],
    ]);
    // a word stands for its inflections in its class, never an inflection for more: "walker" and "walkers" are "walk"'s
    // ("-er", "-ers"), "walked" and "walking" too, each inflection put back in alphabetical order
    const walk = ['walk', 'walked', 'walker', 'walkers', 'walking', 'walks'];
    assert.equal(encodeClasses([walk]).words, 'Awalk27910');
    assert.deepEqual(decodeClasses(encodeClasses([walk, ['walkings']])), [walk, ['walkings']]);
    // more than 25 shared letters: Z, and the rest written out
    const long = ['a'.repeat(30), `${'a'.repeat(30)}b`];
    assert.equal(encodeClasses([long]).words, `A${'a'.repeat(30)}Z${'a'.repeat(5)}b`);
    assert.deepEqual(decodeClasses(encodeClasses([long])), [long]);
    // every byte value survives base64, whatever the count's remainder by 3
    for (const count of [254, 255, 256]) {
      const classes = Array.from({ length: count }, (_, id) => [
        `w${String.fromCharCode(97 + (id % 26)).repeat(1 + id / 26)}`,
      ]);
      assert.deepEqual(decodeClasses(encodeClasses(classes)), classes);
    }
    assert.throws(() => encodeClasses(Array.from({ length: 257 }, () => [])), /at most 256/);
    const classes = decodeClasses(clusters);
    assert.deepEqual(encodeClasses(classes), { words: clusters.words.trim(), classes: clusters.classes });
    assert.ok(classes.flat().every((w) => /^[a-z]+$/.test(w)));
  });

  it('splits a message into sentences at . ! ? before a space, and at line breaks', () => {
    const text = 'I saw you. Pay now!\nor else… 3.5 btc';
    const tokens = tokenize(text);
    const b = sentenceBounds(text, tokens);
    assert.deepEqual(
      b.slice(0, -1).map((k) => tokens[k].w),
      ['i', 'pay', 'or'],
    );
    assert.equal(b.at(-1), tokens.length);
  });

  it('reads acts in wording no phrase of the lexicon has, each as a cue spanning its sentence', () => {
    const lines: [string, string][] = [
      ['Every relative of yours will receive the tape.', 'threat'],
      // ("My software captured you ..." was the example until act.device learned "our|my software captured you", 12-03)
      ['The lens of your laptop caught you while you watched, thanks to my software.', 'compromise_claim'],
    ];
    for (const [text, stage] of lines) {
      assert.equal(
        analyzeMessage(text, { sentenceModel: null }).filter((c) => c.stage === stage).length,
        0,
        text,
      );
      const cue = modelCues(text).find((c) => c.stage === stage);
      assert.ok(cue, `${text} should read as ${stage}`);
      assert.equal(cue.cue, `model.${stage}`);
      assert.equal(text.slice(cue.start, cue.end), text.slice(0, -1));
      assert.ok(cue.why.startsWith('reads as'));
    }
  });

  it('leaves everyday chat and look-alikes alone', () => {
    for (const text of [
      'hey whats up, are you coming to practice tomorrow',
      'i have your charger, ill bring it to school',
      'pay attention in class tomorrow please',
      'I took a photo of your painting for the school newsletter',
    ])
      assert.deepEqual(modelCues(text), [], text);
  });

  it('discounts its cues in a report about the scam, as it does the rules', () => {
    const text =
      'Police said the scammer wrote to victims. Every relative of yours will receive the tape, the message said.';
    const cues = toyCues(text);
    assert.ok(cues.length, 'the model reads the threat');
    for (const cue of cues) assert.equal(cue.context, 'discussion');
    assert.equal(analyzeConversation([{ sender: 'news', text }], { sentenceModel: toy }).alert, false);
  });

  it('discounts a sentence that speaks neither as I or we nor to you: it tells of someone else', () => {
    const [told] = toyCues('Each relative of hers will get the recording.');
    assert.equal(told?.stage, 'threat', 'the model reads the act');
    assert.equal(told.context, 'discussion');
    const [said] = toyCues('Each relative of yours will get the recording.');
    assert.equal(said?.stage, 'threat');
    assert.equal(said.context, undefined);
  });

  it('reads an order, and a Spanish verb that says who, as speaking to the reader', () => {
    const [ordered] = toyCues('Pay the fee tonight, otherwise the recording reaches the whole family.');
    assert.equal(ordered?.stage, 'threat', 'the model reads the act');
    assert.equal(ordered.context, undefined);
    const [told] = toyCues('Payment tonight, otherwise the recording reaches the whole family.');
    assert.equal(told?.stage, 'threat');
    assert.equal(told.context, 'discussion', 'the same act without the order is told of someone else');
    const [claim] = toyCues(
      'Sé que estás casado y sé lo que haces en internet, y tengo grabaciones que lo demuestran.',
    );
    assert.equal(claim?.stage, 'compromise_claim');
    assert.equal(claim.context, undefined);
  });

  it('never makes a threat of one sentence: a threat it reads counts only next to another', () => {
    const threat = SENTENCE_STAGES.indexOf('threat');
    assert.ok(defaultSentenceModel().data.weights[threat] < 0.5);
    assert.ok(toy.data.weights[threat] < 0.5);
    const alone = analyzeConversation(
      [{ sender: 'x', text: 'Every relative of yours will receive the tape.' }],
      {
        sentenceModel: toy,
      },
    );
    assert.equal(alone.alert, false);
    // two such sentences from one sender reach the stage (1 - 0.65² ≥ 0.5): an exposure threat
    const twice = analyzeConversation(
      [
        {
          sender: 'x',
          text: 'Every relative of yours will receive the tape. Every single relative of yours will receive the tape.',
        },
      ],
      { sentenceModel: toy },
    );
    assert.equal(twice.alert, true);
    assert.ok(twice.evidence.every((c) => c.cue === 'model.threat'));
  });
});
