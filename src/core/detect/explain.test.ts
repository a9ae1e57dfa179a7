import { describe, it } from 'node:test';
import assert from '../../../test/assert.ts';
import { readingGrade } from '../../../test/reading-grade.ts';
import {
  BLOCK_IMAGES_STEP,
  CRISIS_STEP,
  explain,
  explainKey,
  KIND_LABEL,
  labelOfThem,
  REPORT_STEP,
  kindOf,
  SELF_HARM_SENTENCE,
  STAGE_LABEL,
  type StageKinds,
} from './explain.ts';
import { LEVELS, STAGES, type Stage } from './types.ts';

const EARLY: Stage[] = ['persona', 'move_platform', 'secrecy', 'sexualisation', 'image_request', 'pressure'];
const THREAT: Stage[] = ['image_request', 'threat', 'demand', 'pressure'];
const KINDS: StageKinds[] = [
  {},
  { threat: 'harm' },
  { threat: 'legal' },
  { compromise_claim: 'accusation', threat: 'legal' },
  { move_platform: 'private' },
  { threat: 'home' },
  { threat: 'hint' },
];

const sentences = (text: string) =>
  text
    .split('\n')
    .flatMap((line) => line.replace(/^- /, '').split(/(?<=[.!?])\s+/))
    .filter(Boolean);

describe('explanations for a teenager', () => {
  it('read at grade 7 or below (a reading age of about 12), like the Help pages', () => {
    for (const level of LEVELS.filter((l) => l !== 'none')) {
      for (const [stages, kind] of KINDS.flatMap((k) =>
        [...STAGES.map((s) => [s]), EARLY, THREAT].map((stages) => [stages, k] as const),
      )) {
        const { explanation, nextSteps } = explain(level, stages, [], kind, true);
        const { grade } = readingGrade([
          ...explanation.split('\n').map((l) => l.replace(/^- /, '')),
          ...nextSteps,
        ]);
        assert.ok(
          grade <= 7,
          `${level} ${stages.join('+')} ${JSON.stringify(kind)}: grade ${grade.toFixed(1)}`,
        );
      }
    }
  });

  it('speaks to someone who says it is happening to them at grade 7 or below, with the steps for a threat', () => {
    for (const level of LEVELS.filter((l) => l !== 'urgent')) {
      const { explanation, nextSteps } = explain(
        level,
        level === 'none' ? [] : ['secrecy'],
        [],
        {},
        false,
        'self',
      );
      assert.match(explanation, /^It sounds like someone is threatening you/, level);
      assert.ok(
        nextSteps.some((s) => /^Don't pay/.test(s)),
        level,
      );
      const { grade } = readingGrade([...sentences(explanation), ...nextSteps]);
      assert.ok(grade <= 7, `${level}: grade ${grade.toFixed(1)}`);
    }
    // an urgent result already says so: unchanged
    assert.deepEqual(explain('urgent', THREAT, [], {}, false, 'self'), explain('urgent', THREAT));
  });

  it('speaks to someone helping a young person it is happening to, at every level, in plain sentences', () => {
    for (const level of LEVELS) {
      const stages: Stage[] = level === 'none' ? [] : level === 'urgent' ? THREAT : ['secrecy'];
      const { explanation, nextSteps } = explain(level, stages, [], {}, false, 'other');
      assert.match(explanation, /^It sounds like someone is threatening a person you care about/, level);
      assert.doesNotMatch(explanation.split('\n')[0], /threatening you\b|not your fault/, level);
      assert.match(nextSteps[0], /^Stay calm and listen/, level);
      assert.ok(nextSteps.includes(REPORT_STEP) && nextSteps.includes(BLOCK_IMAGES_STEP), level);
      assert.ok(
        nextSteps.some((s) => /nude picture of a child/.test(s)),
        level,
      );
      // what was seen in the chat stays under the headline when the chat shows it
      if (level === 'urgent')
        assert.equal(explanation.split('\n').length, explain(level, stages).explanation.split('\n').length);
      const { grade } = readingGrade([...sentences(explanation), ...nextSteps]);
      assert.ok(grade <= 8, `${level}: grade ${grade.toFixed(1)}`);
    }
    assert.notEqual(
      explainKey('watch', ['secrecy'], [], {}, false, 'other'),
      explainKey('watch', ['secrecy'], [], {}, false, 'self'),
    );
  });

  it('says what was seen about "them", not "you", to someone helping (every stage, kind and fact)', () => {
    const FACTS = [
      'minor',
      'stranger',
      'alone',
      'pushed',
      'escalated',
      'paid',
      'saved',
      'turned',
      'removal',
      'child',
    ] as const;
    const KINDS = [
      'harm',
      'legal',
      'accusation',
      'private',
      'home',
      'hint',
      'tell',
      'child',
      'implied',
    ] as const;
    const seen = (stages: Stage[], facts: readonly (typeof FACTS)[number][] = [], kinds: StageKinds = {}) => {
      const lines = explain('urgent', stages, facts, kinds, false, 'other').explanation.split('\n').slice(1);
      for (const line of lines) assert.doesNotMatch(line, /\b(you|your|yours)\b/i, line);
      return lines;
    };
    assert.equal(seen([...STAGES]).length, STAGES.length);
    assert.equal(seen(['secrecy'], FACTS).length, 1 + FACTS.length);
    for (const kind of KINDS) assert.equal(seen(['threat'], [], { threat: kind }).length, 1);
    assert.match(seen(['threat'], [], { threat: 'tell' })[0], /tell their family, friends or school/);
    assert.match(seen(['threat'])[0], /pictures or videos of them with their friends/);
    assert.match(seen(['pressure'])[0], /rushing them/);
    // the image-removal step says each service as it works: Report Remove is an upload people review, not a fingerprint
    assert.match(BLOCK_IMAGES_STEP, /Take It Down \(under 18\) or StopNCII \(18\+\) make a fingerprint/);
    assert.match(BLOCK_IMAGES_STEP, /Report Remove \(under 18\) takes a safe upload that IWF staff look at/);
    // the stage labels too: every one the analyzer gives, said of them
    for (const label of [...Object.values(STAGE_LABEL), ...Object.values(KIND_LABEL)])
      assert.doesNotMatch(labelOfThem(label), /\b(you|your|yours)\b/, label);
    assert.equal(labelOfThem(STAGE_LABEL.secrecy), 'asking for secrets or if they are alone');
    assert.equal(labelOfThem(KIND_LABEL.tell), 'threatening to tell people they know what they sent');
    assert.equal(labelOfThem(STAGE_LABEL.threat), 'threatening to share pictures or to harm them');
    // the young person's own story keeps "you"
    assert.match(explain('warning', ['threat'], [], {}, false, 'self').explanation, /videos of you/);
  });

  it('explains every stage in short, plain sentences that never blame the reader', () => {
    for (const level of LEVELS.filter((l) => l !== 'none')) {
      for (const [stages, kind] of KINDS.flatMap((k) =>
        [...STAGES.map((s) => [s]), EARLY, THREAT].map((stages) => [stages, k] as const),
      )) {
        const { explanation, nextSteps } = explain(level, stages, [], kind);
        assert.equal(explanation.split('\n').length, stages.length + 1, `${level}: one line per stage`);
        for (const sentence of [...sentences(explanation), ...nextSteps.flatMap(sentences)]) {
          assert.ok(sentence.split(/\s+/).length <= 32, `too long for a young reader: "${sentence}"`);
          assert.doesNotMatch(sentence, /should have|why did you|stupid|your own fault|you let/i);
        }
      }
    }
    for (const stage of STAGES) assert.ok(STAGE_LABEL[stage].length > 0, stage);
  });

  it('words an early warning gently: nothing has gone wrong yet, no talk of paying', () => {
    const { explanation, nextSteps } = explain('warning', EARLY);
    assert.match(explanation, /haven't done anything wrong/);
    assert.match(explanation, /You can stop here/);
    assert.doesNotMatch(explanation, /pay/i);
    assert.ok(nextSteps.some((s) => /don't have to send/.test(s)));
    assert.ok(!nextSteps.some((s) => /don't pay/i.test(s)));
  });

  it('keeps the urgent advice once there is a threat', () => {
    const { explanation, nextSteps } = explain('urgent', THREAT);
    assert.match(explanation, /not your fault/);
    assert.ok(nextSteps.some((s) => /Don't pay/.test(s)));
    // pressure next to a threat is about panic and paying
    assert.match(explanation, /panic/);
  });

  it('finds no warning sign without telling the reader all is well (the check can miss wording)', () => {
    const { explanation, nextSteps } = explain('none', []);
    assert.deepEqual(nextSteps, []);
    assert.match(explanation, /can miss things/);
    assert.match(explanation, /threatening to share pictures of you/);
    assert.match(explanation, /Don't pay/);
    assert.doesNotMatch(explanation, /nothing here|safe|no risk/i);
  });

  it('says what a threat or a claim was about: pictures, ruining a life, the police', () => {
    assert.equal(kindOf('act.expose'), undefined);
    assert.equal(kindOf('act.ruin'), 'harm');
    assert.equal(kindOf('act.pay_or_charged'), 'legal');
    assert.equal(kindOf('act.accusation'), 'accusation');
    const said = (kinds: StageKinds) =>
      explain('urgent', [...THREAT, 'compromise_claim'], [], kinds).explanation;
    assert.match(said({}), /threatened to share pictures/);
    assert.match(said({}), /claim to have your pictures/);
    assert.doesNotMatch(said({ threat: 'harm' }), /share pictures or videos of you/);
    assert.match(said({ threat: 'harm' }), /ruin your life/);
    assert.match(said({ threat: 'legal' }), /Real police never ask for money/);
    assert.doesNotMatch(said({ threat: 'legal' }), /threatening to share intimate pictures/);
    assert.match(said({ compromise_claim: 'accusation' }), /accuse you of a crime/);
    assert.equal(kindOf('act.visit'), 'home');
    assert.match(said({ threat: 'home' }), /know where you live/);
    assert.doesNotMatch(said({ threat: 'home' }), /share pictures or videos of you/);
    assert.doesNotMatch(said({ compromise_claim: 'accusation' }), /claim to have your pictures/);
    assert.equal(kindOf('act.hint'), 'hint');
    assert.match(said({ threat: 'hint' }), /brought up people in your life/);
    assert.match(said({ threat: 'implied' }), /hinted that people you know could see something of yours/);
    assert.doesNotMatch(said({ threat: 'implied' }), /share pictures or videos of you/);
    // sexual words that only named what they threaten to share: the threat's line says it
    const named = explain('warning', ['sexualisation', 'threat'], [], { sexualisation: 'named' }).explanation;
    assert.doesNotMatch(named, /turned sexual/);
    assert.match(named, /threatened to share pictures/);
    assert.match(
      explain('watch', ['sexualisation'], [], { sexualisation: 'named' }).explanation,
      /turned sexual/,
    );
    assert.doesNotMatch(said({ threat: 'hint' }), /share pictures or videos of you/);
    // a claim and a hint, no demand yet: no "threatening you to get money", but what usually comes next
    const hinted = explain('urgent', ['compromise_claim', 'threat'], [], { threat: 'hint' }).explanation;
    assert.match(
      hinted,
      /start of sextortion.*hints that people you know could see it.*Next they usually ask/,
    );
    assert.doesNotMatch(hinted, /threatening you to get money/);
    assert.match(
      explain('urgent', ['compromise_claim', 'threat', 'demand'], [], { threat: 'hint' }).explanation,
      /threatening you to get money or pictures/,
    );
    for (const label of Object.values(KIND_LABEL))
      assert.match(label, /^(threatening|accusing|asking|hinting|talking)/);
    assert.match(
      explain('warning', ['move_platform'], [], { move_platform: 'private' }).explanation,
      /private messages/,
    );
    assert.doesNotMatch(
      explain('warning', ['move_platform'], [], { move_platform: 'private' }).explanation,
      /another app/,
    );
    // the stage's own label, shown beside results whatever the threat was, is true of every kind
    assert.match(STAGE_LABEL.threat, /share pictures or to harm you/);
  });

  it('puts talk of suicide first: its line after the headline, the crisis lines as the first step', () => {
    for (const level of LEVELS) {
      const stages: Stage[] = level === 'none' ? [] : THREAT;
      const without = explain(level, stages);
      const { explanation, nextSteps } = explain(level, stages, [], {}, true);
      const lines = explanation.split('\n');
      assert.equal(lines[1], `- ${SELF_HARM_SENTENCE}`, level);
      assert.deepEqual(
        lines.filter((_, n) => n !== 1),
        without.explanation.split('\n'),
        level,
      );
      assert.deepEqual(nextSteps, [CRISIS_STEP, ...without.nextSteps], level);
      const { grade } = readingGrade([SELF_HARM_SENTENCE, CRISIS_STEP]);
      assert.ok(grade <= 7, `grade ${grade.toFixed(1)}`);
    }
  });
});
