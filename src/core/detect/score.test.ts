import { describe, it } from 'node:test';
import assert from '../../../test/assert.ts';
import { EARLY_FAST, EARLY_WINDOW, earlyPoints, FAMILIAR_ENOUGH, scoreStages, STAGE_INDEX } from './score.ts';
import { STAGES, type Stage } from './types.ts';

/** One participant's stage state: each stage with its strength and the messages where it was seen. */
function state(seen: Partial<Record<Stage, readonly [strength: number, first: number, last?: number]>>) {
  const strength = new Float64Array(STAGES.length);
  const first = new Int32Array(STAGES.length).fill(-1);
  const last = new Int32Array(STAGES.length).fill(-1);
  for (const [stage, [s, f, l]] of Object.entries(seen) as [Stage, readonly [number, number, number?]][]) {
    strength[STAGE_INDEX[stage]] = s;
    first[STAGE_INDEX[stage]] = f;
    last[STAGE_INDEX[stage]] = l ?? f;
  }
  return { strength, first, last };
}

const levelOf = (seen: Parameters<typeof state>[0], familiar = 0) => {
  const { strength, first, last } = state(seen);
  return scoreStages(strength, first, { last, familiar }).level;
};

describe('a weaker threat (scoreStages)', () => {
  const weak = () => state({ threat: [0.45, 0] });
  it("alone is worth a second look when it is the sender's own, never an alert, and nothing between friends", () => {
    const { strength, first, last } = weak();
    assert.equal(scoreStages(strength, first, { last }).level, 'none');
    assert.equal(scoreStages(strength, first, { last, hinted: true }).level, 'watch');
    assert.equal(
      scoreStages(strength, first, { last, hinted: true, familiar: FAMILIAR_ENOUGH }).level,
      'none',
    );
    assert.equal(scoreStages(strength, first, { last, hinted: true, backed: true }).level, 'warning');
  });
});

describe('early warning (scoreStages)', () => {
  it('warns when a stranger builds rapport, moves apps, then asks for pictures', () => {
    assert.equal(levelOf({ persona: [0.6, 0], move_platform: [0.6, 2], image_request: [0.6, 4] }), 'warning');
  });

  it('needs an anchor: sexual talk and a request alone are also how couples talk', () => {
    assert.equal(levelOf({ sexualisation: [0.6, 0], image_request: [0.9, 1] }), 'watch');
    assert.equal(
      levelOf({ sexualisation: [0.6, 0], image_request: [0.6, 1], image_sent_first: [0.6, 2] }),
      'watch',
    );
  });

  it('counts rapport that only comes after the request for half (the script builds it first)', () => {
    const before = { persona: [0.6, 1], move_platform: [0.6, 2], image_request: [0.6, 3] } as const;
    const after = { image_request: [0.6, 1], persona: [0.6, 2], move_platform: [0.6, 3] } as const;
    assert.equal(levelOf(before), 'warning');
    assert.equal(levelOf(after), 'watch');
  });

  it('weighs by speed: steps far from the request count less, then not at all', () => {
    const at = 100;
    const near = state({ persona: [0.6, at - 2], move_platform: [0.6, at - 1], image_request: [0.6, at] });
    const slow = state({
      persona: [0.6, at - EARLY_FAST - 5],
      move_platform: [0.6, at - EARLY_FAST - 4],
      image_request: [0.6, at],
    });
    const stale = state({
      persona: [0.6, at - EARLY_WINDOW - 5],
      move_platform: [0.6, at - EARLY_WINDOW - 4],
      image_request: [0.6, at],
    });
    assert.equal(earlyPoints(near.strength, near.first, near.last), 2);
    assert.equal(earlyPoints(slow.strength, slow.first, slow.last), 1.5);
    assert.equal(earlyPoints(stale.strength, stale.first, stale.last), -1);
  });

  it('reads a picture sent first as the trade the script offers', () => {
    assert.equal(levelOf({ persona: [0.6, 0], image_sent_first: [0.8, 1] }), 'warning');
  });

  it('warns on secrecy and sexual talk with a persona even before any request', () => {
    assert.equal(levelOf({ persona: [0.6, 0], secrecy: [0.7, 1], sexualisation: [0.6, 2] }), 'warning');
    assert.equal(levelOf({ secrecy: [0.7, 1], sexualisation: [0.6, 2] }), 'watch');
  });

  it('lets people who know each other offline silence early warnings, never threats', () => {
    const early = { persona: [0.6, 0], move_platform: [0.6, 2], image_request: [0.6, 4] } as const;
    assert.equal(levelOf(early, FAMILIAR_ENOUGH), 'watch');
    assert.equal(levelOf(early, FAMILIAR_ENOUGH - 1), 'warning');
    assert.equal(levelOf({ ...early, threat: [1, 5], demand: [0.8, 5] }, FAMILIAR_ENOUGH), 'urgent');
  });

  it('places the early warning inside the warning band', () => {
    const { strength, first, last } = state({
      persona: [0.6, 0],
      move_platform: [0.6, 2],
      image_request: [0.6, 4],
    });
    const { risk } = scoreStages(strength, first, { last });
    assert.ok(risk >= 0.5 && risk < 0.8, String(risk));
  });
});

describe('early acts (earlyPoints): the reader hesitated, or sent a picture', () => {
  it('counts pushing past a hesitation as a tie to a stranger, more for nude pictures', () => {
    const nudes = state({ image_request: [0.9, 0], pressure: [0.5, 2] });
    const any = state({ image_request: [0.6, 0], pressure: [0.5, 2] });
    assert.equal(earlyPoints(nudes.strength, nudes.first, nudes.last), -1, 'no tie without the push');
    // the push's own pressure is the push: 0.5 (nude request) + 1.5
    assert.equal(earlyPoints(nudes.strength, nudes.first, nudes.last, { pushed: 2, escalated: -1 }), 2);
    assert.equal(earlyPoints(any.strength, any.first, any.last, { pushed: 2, escalated: -1 }), 0.5);
  });

  it('adds a point for asking for more after a picture, but it is no tie on its own', () => {
    const couple = state({ sexualisation: [0.6, 0], image_request: [0.6, 1, 4] });
    const stranger = state({ move_platform: [0.6, 0], image_request: [0.6, 1, 4] });
    const acts = { pushed: -1, escalated: 4 };
    assert.equal(earlyPoints(couple.strength, couple.first, couple.last, acts), -1);
    assert.equal(earlyPoints(stranger.strength, stranger.first, stranger.last, acts), 2);
    assert.equal(
      scoreStages(stranger.strength, stranger.first, { last: stranger.last, escalated: 4 }).level,
      'warning',
    );
    assert.equal(scoreStages(stranger.strength, stranger.first, { last: stranger.last }).level, 'watch');
  });
});

describe("early acts (earlyPoints): a child, a stranger in the reader's words", () => {
  it("ties a request to a sender the reader gave a child's age, with points only for sexual talk or nude pictures", () => {
    const sexual = state({ sexualisation: [0.6, 2], image_request: [0.6, 3] });
    const nudes = state({ image_request: [0.9, 3] });
    const plain = state({ image_request: [0.6, 3] });
    const child = { pushed: -1, escalated: -1, minor: 1 };
    assert.equal(earlyPoints(sexual.strength, sexual.first, sexual.last), -1);
    // 1.5 for the child, 1 for the sexual talk
    assert.equal(earlyPoints(sexual.strength, sexual.first, sexual.last, child), 2.5);
    // a request for nude pictures from someone told a child's age is a warning on its own: 1.5 + 0.5
    assert.equal(earlyPoints(nudes.strength, nudes.first, nudes.last, child), 2);
    assert.equal(scoreStages(nudes.strength, nudes.first, { last: nudes.last, minor: 1 }).level, 'warning');
    assert.equal(scoreStages(nudes.strength, nudes.first, { last: nudes.last }).level, 'watch');
    // any other request from them: a tie, but no point
    assert.equal(
      earlyPoints(plain.strength, plain.first, plain.last, { pushed: -1, escalated: -1, minor: 1 }),
      0,
    );
  });

  it('counts "who is this" as a persona, 1.5 points, half a point when it only comes after the request', () => {
    const seen = state({ sexualisation: [0.6, 2], image_request: [0.6, 3] });
    const nudes = state({ image_request: [0.9, 3] });
    const acts = (unknown: number) => ({ pushed: -1, escalated: -1, unknown });
    assert.equal(earlyPoints(seen.strength, seen.first, seen.last, acts(1)), 2.5);
    assert.equal(earlyPoints(seen.strength, seen.first, seen.last, acts(5)), 1.5);
    // someone the reader does not know asking for nude pictures is a warning by itself: 1.5 + 0.5
    assert.equal(earlyPoints(nudes.strength, nudes.first, nudes.last, acts(1)), 2);
    assert.equal(scoreStages(nudes.strength, nudes.first, { last: nudes.last, unknown: 1 }).level, 'warning');
  });

  it('adds half for the reader\'s doubt beside the participant\'s own persona ("new account" / "is this really you?")', () => {
    const told = state({ persona: [0.6, 0], image_request: [0.6, 3] });
    const acts = (unknown: number) => ({ pushed: -1, escalated: -1, unknown });
    assert.equal(earlyPoints(told.strength, told.first, told.last, acts(-1)), 1);
    assert.equal(earlyPoints(told.strength, told.first, told.last, acts(1)), 1.5);
  });
});
