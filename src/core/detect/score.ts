/** Turns the stages one participant has reached (and their order) into a level and a risk in [0, 1]. */
import { STAGES, type Level, type Stage } from './types.ts';

/** A stage counts as reached when its combined cue strength reaches this. */
export const STAGE_PRESENT = 0.5;

export const STAGE_INDEX = Object.fromEntries(STAGES.map((s, i) => [s, i])) as Record<Stage, number>;
const I = STAGE_INDEX;

const BANDS: Record<Level, [number, number]> = {
  none: [0, 0.25],
  watch: [0.25, 0.5],
  warning: [0.5, 0.8],
  urgent: [0.8, 1],
};

export const LEVEL_RANK: Record<Level, number> = { none: 0, watch: 1, warning: 2, urgent: 3 };

/**
 * Early warning: the steps before any threat count fully when seen within `EARLY_FAST` messages of
 * the latest picture request, 0.75 up to `EARLY_WINDOW` messages, and not at all further away (a
 * compliment months ago and a "send the pics" today do not make a script).
 */
export const EARLY_FAST = 12;
export const EARLY_WINDOW = 40;
/** Early-step points (beside the request itself) needed for an early warning. */
export const EARLY_POINTS = 2;
/** Messages showing the people already know each other offline that silence early warnings. */
export const FAMILIAR_ENOUGH = 2;
/** A weak secrecy cue this many messages before a picture request (or in it) counts as secrecy. */
export const SECRET_LEAD = 3;

/** The steps that come before a threat, besides the request: rapport, isolation, pushing. */
const EARLY_STEPS = [I.persona, I.move_platform, I.secrecy, I.sexualisation, I.pressure];
/** Steps the script takes BEFORE asking (rapport, another app); the others also follow the request. */
const BEFORE_REQUEST = new Set([I.persona, I.move_platform]);
/** Steps that show a stranger or someone isolating the reader (sexual talk alone is also couples). */
const ANCHORS = [I.persona, I.move_platform, I.secrecy];
/** A picture request this strong asks for nude or intimate pictures (`request.intimate`). */
const INTIMATE = 0.9;
/** A stage this strong has two or more cues behind it. */
const STRONG = 0.8;
/**
 * Points of each early step by its strength: persona and secrecy count 1.5 when strong; pushing counts
 * half (parents and friends say "quick" too) unless strong.
 */
const POINTS: Record<number, (strength: number) => number> = {
  [I.persona]: (s) => (s >= STRONG ? 1.5 : 1),
  [I.move_platform]: () => 1,
  [I.secrecy]: (s) => (s >= STRONG ? 1.5 : 1),
  [I.sexualisation]: () => 1,
  [I.pressure]: (s) => (s >= STRONG ? 1 : 0.5),
};

export interface Score {
  level: Level;
  risk: number;
}

export interface ScoreContext {
  /** index of the message where each stage was last seen (-1 if never); defaults to `first` */
  last?: ArrayLike<number>;
  /** messages of the conversation (from anyone) showing the people know each other offline */
  familiar?: number;
  /**
   * the participant claimed an intrusion (hacked device, known password, watching the screen) and
   * something else (a recording, pictures): a webcam e-mail, even cut before its demand
   */
  intrusion?: boolean;
  /** the participant's acts make the adult-to-minor grooming script (grooming.ts: groomingScript) */
  grooming?: boolean;
  /**
   * they treated the reader as a child in a romantic way ("age is just a number") after the reader told them an age
   * under 18: the grooming script's anchor without its move, worth a second look (grooming.ts `childAnchor`)
   */
  childTalk?: boolean;
  /**
   * the learned combiner (model.ts) rates this participant at or above its threshold: it may raise
   * the level to warning, never lower it, and only when `combinerMayRaise` holds
   */
  model?: boolean;
  /** message where the participant pushed on after the reader hesitated at their request (-1: never) */
  pushed?: number;
  /** message where the participant asked for more after the reader sent a picture (-1: never) */
  escalated?: number;
  /**
   * message where the participant demanded money outright, or with a deadline, after the reader sent a picture in
   * answer to their intimate picture request (analyzer.ts `demandsAfterAnswer`; -1: never)
   */
  paidFor?: number;
  /** message where the participant said they saved the picture the reader sent in answer (analyzer.ts `savesPicture`; -1: never) */
  savedAnswer?: number;
  /** message where the participant then turned on the reader (analyzer.ts `turnsOnReader`: "big mistake"; -1: never) */
  turned?: number;
  /** the participant asked a fee to remove or delete the reader's pictures (analyzer.ts `REMOVAL_FEE`) */
  removalFee?: boolean;
  /** message where the reader answered the participant's age question with an age under 18 (-1: never) */
  minor?: number;
  /** message where the reader asked who the participant is ("who is this") (-1: never) */
  unknown?: number;
  /** the participant's weaker threat stands beside their pressure or sexual talk (analyzer.ts `isBacked`): it counts */
  backed?: boolean;
  /**
   * the participant made a weaker threat in their own words (analyzer.ts `ownThreat`): alone it is named, and makes
   * the level `watch`, so a lone "imagine if your coach saw this" is worth a second look rather than nothing
   */
  hinted?: boolean;
}

/** What the participant did with the reader's answers to their picture request (message indices, -1: never). */
export interface EarlyActs {
  pushed: number;
  escalated: number;
  /** the reader told them an age under 18 when they asked */
  minor?: number;
  /** the reader asked who they are ("who is this") */
  unknown?: number;
}
const NO_ACTS: EarlyActs = { pushed: -1, escalated: -1 };

/**
 * Stages after which the learned combiner may raise a participant: something concrete (a request
 * for pictures, a picture sent first, a claim, a threat, a demand, pressure), not rapport alone
 * (a compliment and "whats ur snap" wait for the rules' early script).
 */
const RAISABLE = [
  I.image_request,
  I.image_sent_first,
  I.compromise_claim,
  I.threat,
  I.demand,
  I.pressure,
  I.deepfake_threat,
];

/**
 * The learned combiner may raise a participant only when they reached one of the RAISABLE stages
 * through cues (so the reasons and evidence name their words), not a compromise claim alone, and
 * the conversation is not between people who know each other offline.
 */
export function combinerMayRaise(strength: ArrayLike<number>, familiar: number): boolean {
  if (familiar >= FAMILIAR_ENOUGH) return false;
  let raisable = false;
  let stages = 0;
  for (const i of RAISABLE) if (strength[i] >= STAGE_PRESENT) raisable = true;
  for (let i = 0; i < strength.length; i++) if (strength[i] >= STAGE_PRESENT) stages++;
  // a compromise claim alone ("I hacked your account lol") is also how friends tease
  return raisable && (stages > 1 || strength[I.compromise_claim] < STAGE_PRESENT);
}

/**
 * Points for the early script of one participant, around their latest picture request (or picture
 * sent first). Each early step adds its POINTS (about 1), times
 * 1 when seen within EARLY_FAST messages of the request and 0.75 within EARLY_WINDOW; a persona or
 * another app that only shows up after the request counts half (the script builds rapport first). A
 * picture sent first adds 1 (the "I'll go first" trade), a request for nude pictures 0.5, a request
 * in the same message as secrecy ("turn your cam on when you're alone") 0.5. Without any
 * request, secrecy plus sexual talk are the pivot instead. Returns -1 when nothing anchors it to a
 * stranger (a persona, another app, or secrecy) or a push past the reader's hesitation.
 *
 * The reader's answers count too (`acts`): pushing on after they hesitated ("idk" / "cmon dont be
 * shy") ties the request to someone who will not take no for an answer and adds 1.5 for nude
 * pictures, 0.5 for others (parents say "just do it" too), its own pushing words included; asking for more
 * after they sent a picture adds 1 (escalation), without being a tie on its own (couples do it).
 */
export function earlyPoints(
  strength: ArrayLike<number>,
  first: ArrayLike<number>,
  last: ArrayLike<number> = first,
  acts: EarlyActs = NO_ACTS,
): number {
  return earlyScore(strength, first, last, acts.pushed, acts.escalated, acts.minor ?? -1, acts.unknown ?? -1);
}

/*
 * `earlyPoints` without closures or arrays: the analyzer scores a participant on every message with
 * cues, so these helpers take what they read as arguments.
 */

/** An early step is there: reached, or secrecy asked with the request (`secretAsk`). */
const hasStep = (strength: ArrayLike<number>, i: number, secretAsk: boolean) =>
  strength[i] >= STAGE_PRESENT || (i === I.secrecy && secretAsk);

/** POINTS of step i, by how near it is to the request at `at` and whether it came before it. */
function stepWeight(
  strength: ArrayLike<number>,
  first: ArrayLike<number>,
  last: ArrayLike<number>,
  i: number,
  at: number,
  requested: boolean,
  secretAsk: boolean,
): number {
  if (!hasStep(strength, i, secretAsk) || last[i] < at - EARLY_WINDOW) return 0;
  const speed = last[i] >= at - EARLY_FAST ? 1 : 0.75;
  const order = requested && BEFORE_REQUEST.has(i) && first[i] > at ? 0.5 : 1;
  return POINTS[i](strength[i]) * order * speed;
}

/** The latest secrecy cue lies in the latest message of step i or up to SECRET_LEAD messages before it. */
const secretBefore = (last: ArrayLike<number>, i: number) =>
  last[I.secrecy] <= last[i] && last[I.secrecy] >= last[i] - SECRET_LEAD;

/**
 * "u alone? facetime me", "u alone rn?" / "ya" / "send a pic", "u home alone?" / "ya" / "lets swap,
 * ill go first": a secrecy cue in the message of a picture request or of the participant's own
 * picture, or up to SECRET_LEAD messages before it, counts as a secrecy step even when weak alone
 * (parents ask "are you alone?" too), but ties nothing to a stranger.
 */
export function secrecyAsked(strength: ArrayLike<number>, last: ArrayLike<number>): boolean {
  return (
    strength[I.secrecy] > 0 &&
    ((reached(strength, I.image_request) && secretBefore(last, I.image_request)) ||
      (reached(strength, I.image_sent_first) && secretBefore(last, I.image_sent_first)))
  );
}

function earlyScore(
  strength: ArrayLike<number>,
  first: ArrayLike<number>,
  last: ArrayLike<number>,
  pushedAt: number,
  escalatedAt: number,
  minorAt: number,
  unknownAt: number,
): number {
  const imageRequest = strength[I.image_request] >= STAGE_PRESENT;
  const imageSent = strength[I.image_sent_first] >= STAGE_PRESENT;
  const requested = imageRequest || imageSent;
  const secretAsk = secrecyAsked(strength, last);
  // the pivots: the requests, or without one secrecy and sexual talk together
  let at: number;
  if (imageRequest && imageSent) at = Math.max(last[I.image_request], last[I.image_sent_first]);
  else if (requested) at = last[imageRequest ? I.image_request : I.image_sent_first];
  else if (hasStep(strength, I.secrecy, secretAsk) && hasStep(strength, I.sexualisation, secretAsk))
    at = Math.max(last[I.secrecy], last[I.sexualisation]);
  else return -1;
  const pushed = requested && pushedAt >= 0 && pushedAt >= at - EARLY_WINDOW;
  // asked a child's age, then sexual talk or a request for nude pictures: no other tie needed, and 1.5
  // points, so that the nude request alone (+0.5) is a warning; any other request for a picture or a
  // call: a tie, no point (an aunt asks for a picture in the new uniform too)
  const intimate = hasStep(strength, I.sexualisation, secretAsk) || strength[I.image_request] >= INTIMATE;
  const minor = minorAt >= 0 && requested;
  const child = minor && intimate;
  // the reader's "who is this" makes them a stranger: a persona in the reader's words, 1.5 points, so that their
  // request for nude pictures (+0.5) is a warning; beside their own persona ("my old account got hacked" / "is this
  // really you?") the reader's doubt adds half
  const stranger = unknownAt >= 0 && unknownAt >= at - EARLY_WINDOW;
  // a weak secrecy cue near the request counts as a step, not as a tie to a stranger: "are you home
  // alone tonight 😏" / "send a pic" is also a couple
  let anchored = false;
  for (let k = 0; k < ANCHORS.length && !anchored; k++) {
    const i = ANCHORS[k];
    anchored =
      stepWeight(strength, first, last, i, at, requested, secretAsk) > 0 && strength[i] >= STAGE_PRESENT;
  }
  if (!pushed && !minor && !stranger && !anchored) return -1;
  let points = child ? 1.5 : 0;
  if (stranger)
    points += hasStep(strength, I.persona, secretAsk) || (requested && unknownAt > at) ? 0.5 : 1.5;
  // pushing for nude pictures past a no is coercion whoever does it; for any picture, half, unless
  // they pushed a reader who told them a child's age
  if (pushed) points += strength[I.image_request] >= INTIMATE || minor ? 1.5 : 0.5;
  // the push is the pushing: its own "cmon" is not counted twice
  if (pushed && first[I.pressure] === pushedAt)
    points -= stepWeight(strength, first, last, I.pressure, at, requested, secretAsk);
  if (requested && escalatedAt >= 0 && escalatedAt >= at - EARLY_WINDOW) points += 1;
  for (let k = 0; k < EARLY_STEPS.length; k++)
    points += stepWeight(strength, first, last, EARLY_STEPS[k], at, requested, secretAsk);
  if (imageSent && last[I.image_sent_first] >= at - EARLY_WINDOW) points += 1;
  if (strength[I.image_request] >= INTIMATE && last[I.image_request] >= at - EARLY_WINDOW) points += 0.5;
  // "turn your cam on when you're alone": the request itself asks for secrecy
  if (hasStep(strength, I.secrecy, secretAsk) && imageRequest && last[I.secrecy] === last[I.image_request])
    points += 0.5;
  // without a request, secrecy and sexual talk (the pivots) must come with a persona or another app
  if (!requested) points -= 1;
  return points;
}

const reached = (strength: ArrayLike<number>, i: number) => strength[i] >= STAGE_PRESENT;

/** A threat this strong counts (and is named) next to a claim, a demand, pressure or sexual talk from the same person. */
const WEAK_THREAT = 0.4;

/**
 * Stage i is one the participant reached, as the level counts it: its
 * strength reaches STAGE_PRESENT, or for a threat WEAK_THREAT next to a claim or a demand ("I have
 * your pics" + "I'll send them to your family", "$100 or the whole east high gets this"), or next to
 * pressure or their own sexual talk (`backed`: "counting down from 60. at zero ur dad gets a message", "🤫 ur nudes
 * are safe with me... if u pay"; analyzer.ts `isBacked`).
 */
export function stageCounts(strength: ArrayLike<number>, i: number, backed = false): boolean {
  if (strength[i] >= STAGE_PRESENT) return true;
  return (
    i === I.threat &&
    strength[i] >= WEAK_THREAT &&
    (backed || reached(strength, I.compromise_claim) || reached(strength, I.demand))
  );
}

/** Stage i is named in the result: it counts (`stageCounts`), or it is a weaker threat of the participant's own (`hinted`). */
export function stageShown(strength: ArrayLike<number>, i: number, backed = false, hinted = false): boolean {
  return stageCounts(strength, i, backed) || (hinted && i === I.threat && strength[i] >= WEAK_THREAT);
}

/** Stages that, before a threat, make it the script played out in order. */
const IMAGE_STAGES = [I.image_request, I.image_sent_first, I.sexualisation];

/**
 * `strength[i]`: combined cue strength of stage i; `first[i]`: index of the message where it was first
 * seen (-1 if never).
 */
export function scoreStages(
  strength: ArrayLike<number>,
  first: ArrayLike<number>,
  context: ScoreContext = {},
): Score {
  // "I have your pics" + "I'll send them to your family", "this goes up on every site unless you
  // pay": a weaker threat counts next to a claim, a demand, pressure or sexual talk from the same person
  const exposure = stageCounts(strength, I.threat, context.backed) || reached(strength, I.deepfake_threat);
  const leverage =
    reached(strength, I.demand) ||
    reached(strength, I.pressure) ||
    reached(strength, I.compromise_claim) ||
    reached(strength, I.image_request);
  const early =
    (reached(strength, I.persona) ? 1 : 0) +
    (reached(strength, I.move_platform) ? 1 : 0) +
    (reached(strength, I.sexualisation) ? 1 : 0) +
    (reached(strength, I.secrecy) ? 1 : 0);
  // the early script: rapport, another app, secrets, pushing, around a request for pictures
  const familiar = (context.familiar ?? 0) >= FAMILIAR_ENOUGH;
  const points = familiar
    ? -1
    : earlyScore(
        strength,
        first,
        context.last ?? first,
        context.pushed ?? -1,
        context.escalated ?? -1,
        context.minor ?? -1,
        context.unknown ?? -1,
      );
  const strongPersona = strength[I.persona] >= 0.8 && points >= 0;
  const scriptedRequest = points >= EARLY_POINTS || (strongPersona && points >= 1);

  let level: Level = 'none';
  if (exposure && leverage) level = 'urgent';
  else if (
    exposure ||
    (reached(strength, I.compromise_claim) &&
      (reached(strength, I.demand) || reached(strength, I.pressure) || context.intrusion)) ||
    // "I have ur pics" from someone the reader asked "who is this": friends tease, strangers don't
    (reached(strength, I.compromise_claim) && (context.unknown ?? -1) >= 0 && !familiar) ||
    // "i have your nudes", "i got ur video from the call 😈": a claim over the reader's intimate
    // pictures from someone not shown to know them offline
    (reached(strength, I.compromise_claim) && reached(strength, I.sexualisation) && !familiar) ||
    scriptedRequest ||
    // they got the intimate picture they asked for, then demanded money: the script's turn, threat or no threat
    ((context.paidFor ?? -1) >= 0 && !familiar) ||
    // ... or said they saved it ("screenshotted 😈") or turned on the reader ("big mistake"): the step before the threat
    (((context.savedAnswer ?? -1) >= 0 || (context.turned ?? -1) >= 0) && !familiar) ||
    // a fee to remove the reader's pictures: police and real removal services never charge
    (context.removalFee === true && reached(strength, I.demand) && !familiar) ||
    context.grooming
  )
    level = 'warning';
  else if (
    reached(strength, I.image_request) ||
    // a weaker threat alone: between friends a joke, from anyone else worth a second look
    (context.hinted === true && strength[I.threat] >= WEAK_THREAT && !familiar) ||
    reached(strength, I.compromise_claim) ||
    reached(strength, I.image_sent_first) ||
    early >= 2 ||
    (reached(strength, I.demand) && reached(strength, I.pressure)) ||
    (context.childTalk === true && !familiar)
  )
    level = 'watch';
  if (
    LEVEL_RANK[level] < LEVEL_RANK.warning &&
    context.model &&
    combinerMayRaise(strength, context.familiar ?? 0)
  )
    level = 'warning';

  let total = 0;
  for (let i = 0; i < STAGES.length; i++) total += Math.min(1, strength[i]);
  let within = Math.min(1, total / 5);
  // threats that follow an image request or sent image are the script played out in order
  let imageStage = Infinity;
  for (let k = 0; k < IMAGE_STAGES.length; k++)
    if (reached(strength, IMAGE_STAGES[k])) imageStage = Math.min(imageStage, first[IMAGE_STAGES[k]]);
  if (exposure && imageStage <= Math.max(first[I.threat], first[I.deepfake_threat]))
    within = Math.min(1, within + 0.15);
  const [lo, hi] = BANDS[level];
  const risk =
    level === 'none' ? Math.min(hi - 0.01, (lo + (hi - lo) * within) * 0.8) : lo + (hi - lo - 0.001) * within;
  return { level, risk: Math.round(risk * 1000) / 1000 };
}
