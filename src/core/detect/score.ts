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

export interface Score {
  level: Level;
  risk: number;
}

/**
 * `strength[i]`: combined cue strength of stage i; `first[i]`: index of the message where it was first
 * seen (-1 if never).
 */
export function scoreStages(strength: ArrayLike<number>, first: ArrayLike<number>): Score {
  const has = (i: number) => strength[i] >= STAGE_PRESENT;
  // "I have your pics" + "I'll send them to your family": a weaker threat counts next to a claim
  const exposure =
    has(I.threat) || has(I.deepfake_threat) || (strength[I.threat] >= 0.4 && has(I.compromise_claim));
  const leverage = has(I.demand) || has(I.pressure) || has(I.compromise_claim) || has(I.image_request);
  const early = (has(I.persona) ? 1 : 0) + (has(I.move_platform) ? 1 : 0) + (has(I.sexualisation) ? 1 : 0);
  const request = has(I.image_request) || has(I.image_sent_first);
  const requestAt = Math.min(
    has(I.image_request) ? first[I.image_request] : Infinity,
    has(I.image_sent_first) ? first[I.image_sent_first] : Infinity,
  );
  const rapportAt = Math.min(
    ...[I.persona, I.move_platform, I.sexualisation].filter(has).map((i) => first[i]),
    Infinity,
  );
  // the script builds rapport (a persona, another app, sexual talk) before it asks for images
  const scriptedRequest =
    request &&
    rapportAt <= requestAt &&
    ((early + (has(I.image_sent_first) ? 1 : 0) >= 2 && (has(I.persona) || has(I.image_sent_first))) ||
      strength[I.persona] >= 0.8);

  let level: Level = 'none';
  if (exposure && leverage) level = 'urgent';
  else if (exposure || (has(I.compromise_claim) && (has(I.demand) || has(I.pressure))) || scriptedRequest)
    level = 'warning';
  else if (
    has(I.image_request) ||
    has(I.compromise_claim) ||
    has(I.image_sent_first) ||
    early >= 2 ||
    (has(I.demand) && has(I.pressure))
  )
    level = 'watch';

  let total = 0;
  for (let i = 0; i < STAGES.length; i++) total += Math.min(1, strength[i]);
  let within = Math.min(1, total / 5);
  // threats that follow an image request or sent image are the script played out in order
  const imageStage = Math.min(
    ...[I.image_request, I.image_sent_first, I.sexualisation].filter(has).map((i) => first[i]),
    Infinity,
  );
  if (exposure && imageStage <= Math.max(first[I.threat], first[I.deepfake_threat]))
    within = Math.min(1, within + 0.15);
  const [lo, hi] = BANDS[level];
  const risk =
    level === 'none' ? Math.min(hi - 0.01, (lo + (hi - lo) * within) * 0.8) : lo + (hi - lo - 0.001) * within;
  return { level, risk: Math.round(risk * 1000) / 1000 };
}
