/**
 * The adult-to-minor grooming script: which acts of one sender, taken together, make a warning. Each
 * act is a lexicon cue (`act.groom_*`, Spanish `es.act.groom_*`) with its span; none alerts alone,
 * since parents plan surprises ("don't tell dad"), couples invite each other to hotel rooms and
 * teachers write to pupils. The script is an ANCHOR that places the talk between an adult and a child
 * who hides it (hiding it from the reader's parents or saying they would get in trouble, an adult in
 * authority offering to be a secret friend, treating the reader as a child in a romantic way, or the
 * reader having said an age under 18) together with a MOVE of another kind (sexual or romantic talk,
 * an invitation to meet alone or in a room); an adult in authority offering a secret friendship also
 * counts with any secrecy (a hidden channel, deleting the chat) or a gift, and a gift offered in
 * exchange (for their age, a picture, a visit, silence about the chats) counts as a move.
 */
import { STAGE_PRESENT, STAGE_INDEX } from './score.ts';

export type GroomKind = 'hide' | 'private' | 'role' | 'meet' | 'gift' | 'bargain' | 'child' | 'romance';

/** The grooming acts by cue id and the kind each one is. */
export const GROOM_KIND: ReadonlyMap<string, GroomKind> = new Map<string, GroomKind>(
  (
    [
      ['groom_hide', 'hide'],
      ['groom_trouble', 'hide'],
      ['groom_private', 'private'],
      ['groom_role', 'role'],
      ['groom_meet', 'meet'],
      ['groom_gift', 'gift'],
      ['groom_bargain', 'bargain'],
      ['groom_child', 'child'],
      ['groom_romance', 'romance'],
    ] as const
  ).flatMap(([id, kind]) => [
    [`act.${id}`, kind],
    [`es.act.${id}`, kind],
  ]),
);

/**
 * `kinds`: the grooming act kinds one sender used (not discounted); `strength`: their stage
 * strengths; `minor`: message where the reader told them an age under 18 (-1: never).
 */
export function groomingScript(
  kinds: ReadonlySet<GroomKind>,
  strength: ArrayLike<number>,
  minor = -1,
): boolean {
  // sexual talk to someone who said they are under 18
  if (minor >= 0 && strength[STAGE_INDEX.sexualisation] >= STAGE_PRESENT) return true;
  if (!kinds.size) return false;
  const sexual = strength[STAGE_INDEX.sexualisation] >= STAGE_PRESENT || kinds.has('romance');
  const child = kinds.has('child') || minor >= 0;
  const anchor = kinds.has('hide') || kinds.has('role') || child;
  if (anchor && (sexual || kinds.has('meet'))) return true;
  // "forget I'm your teacher" + "delete our messages", "text me when you're alone", a gift
  const secret = strength[STAGE_INDEX.secrecy] >= STAGE_PRESENT || kinds.has('private') || kinds.has('hide');
  if (kinds.has('role') && (secret || kinds.has('gift'))) return true;
  // "I'd give you something if you told me your age" to someone they call a little girl
  if (kinds.has('bargain') && anchor) return true;
  return child && kinds.has('hide');
}

/** They treated the reader as a child in a romantic way after the reader told them an age under 18 (`minor`: -1 never). */
export const childAnchor = (kinds: ReadonlySet<GroomKind>, minor: number): boolean =>
  minor >= 0 && kinds.has('child');
