/**
 * A reader telling what someone is doing to them ("this guy says he will send my pics to my whole school unless i
 * pay"): their story, told back as the words said to them ("i will send your pics to your whole school unless you
 * pay"), holds the threat the lexicon's acts recognise. Such a message is a self-report (`selfReportAt`) in any
 * wording the acts cover, not only in the phrases of the lexicon's `selfReport` list.
 */
import type { CompiledLexicon } from './compile.ts';
import { kindOf } from './explain.ts';
import { scanTokens } from './match.ts';
import { foldWord, wordHash, type Token } from './normalize.ts';
import type { Cue, Lexicon } from './types.ts';

/** One language's words of a story turned into the words said to its teller, folded (see `Lexicon.retelling`). */
export interface RetellingWords {
  /** the teller's words, as the one the story is about (`teller`: a story needs one) or as the one who acts (`subject`) */
  teller: ReadonlyMap<string, string>;
  about: ReadonlySet<string>;
  other: ReadonlyMap<string, string>;
}

/** Each lexicon's retelling words, kept apart: the teller's "me" is said as "you" in English and as "te" in Spanish. */
export type Retelling = readonly RetellingWords[];

/** The retelling words of the lexicons that give them, folded as the tokenizer folds words. */
export function buildRetelling(lexicons: readonly Lexicon[]): Retelling {
  const fold = (words: Record<string, string>) =>
    new Map(Object.entries(words).map(([word, said]) => [foldWord(word), foldWord(said)]));
  return lexicons.flatMap(({ retelling }) => {
    if (!retelling) return [];
    const about = fold(retelling.teller);
    const teller = new Map([...about, ...fold(retelling.subject ?? {})]);
    return [{ teller, about: new Set(about.keys()), other: fold(retelling.other) }];
  });
}

/**
 * The words of a story by its teller about someone else, each of the teller's and the other's (outside quotation
 * marks) turned into the words that other said to the teller; undefined when the words do not hold both.
 */
export function asSaidToTeller(words: readonly Token[], retelling: RetellingWords): Token[] | undefined {
  let teller = false;
  let other = false;
  for (const t of words) {
    if (t.q) continue;
    if (retelling.about.has(t.w)) teller = true;
    else if (!retelling.teller.has(t.w) && retelling.other.has(t.w)) other = true;
  }
  if (!teller || !other) return undefined;
  return words.map((t) => {
    const said = t.q ? undefined : (retelling.teller.get(t.w) ?? retelling.other.get(t.w));
    return said === undefined ? t : { w: said, s: t.s, e: t.e, q: t.q, h: wordHash(said) };
  });
}

/** A cue of the told-back words at least this heavy names the threat or the claim. */
const TOLD_WEIGHT = 0.8;

const isPlain = (c: Cue) => !c.context;
const isHeavy = (c: Cue) => isPlain(c) && c.weight >= TOLD_WEIGHT;
/** A threat to share pictures or to make fake ones (not one to ruin a life, visit or hint: explain.ts `kindOf`). */
const isToldExposure = (c: Cue) =>
  isHeavy(c) && (c.stage === 'threat' || c.stage === 'deepfake_threat') && kindOf(c.cue) === undefined;
/**
 * A claim or a threat, said plainly and heavy: in told-back words, leverage (a claim to hold pictures, or a threat of
 * another kind such as "he'll ruin my life") that counts beside its use; in the message's own words, the writer's own
 * act, so the message is no story about another.
 */
const isHeavyAct = (c: Cue) => isHeavy(c) && (c.stage === 'compromise_claim' || c.stage === 'threat');
/** What leverage is told with: a demand, or any threat ("he has a video of me and he's sending it to my family"). */
const isToldUse = (c: Cue) => isPlain(c) && (c.stage === 'demand' || c.stage === 'threat');

/**
 * The message (`words`, tokens of `text`, its own cues `cues`) tells of a threat made to its writer: told back, its
 * words threaten to share pictures, or hold a claim or another threat beside a demand or a threat ("a hacker emailed me
 * saying he recorded me on my webcam and wants bitcoin", "he has a video of me and he's sending it to my family"); not
 * "he said he'll ruin my life if i beat him at fifa again", nor an offender's own threat ("or i post them, i have ur
 * nudes and i'll tell her").
 */
export function retellsThreat(
  lexicon: CompiledLexicon,
  words: readonly Token[],
  text: string,
  cues: readonly Cue[],
  retelling: Retelling,
): boolean {
  if (cues.some(isHeavyAct)) return false;
  for (const language of retelling) {
    const told = asSaidToTeller(words, language);
    if (told && holdsToldThreat(scanTokens(lexicon, told, text).cues)) return true;
  }
  return false;
}

/** The cues of told-back words threaten to share pictures, or hold leverage beside its use. */
function holdsToldThreat(cues: readonly Cue[]): boolean {
  if (cues.some(isToldExposure)) return true;
  const leverage = cues.find(isHeavyAct);
  return leverage !== undefined && cues.some((c) => c !== leverage && isToldUse(c));
}
