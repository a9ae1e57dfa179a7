/**
 * The conversation risk engine. A streaming analyzer keeps only aggregate state per conversation
 * (per-participant stage strengths, where each stage first appeared, a few cues as evidence), so a
 * platform can score every message as it arrives. `analyzeConversation` is the same analyzer run over
 * a whole conversation.
 */
import { compileLexicons, crossesBoundary, type CompiledLexicon } from './compile.ts';
import {
  explain,
  explainKey,
  kindOf,
  reasonLabel,
  saysOutright,
  WEAK_THREAT_LABEL,
  labelOfThem,
  NAMING_STAGES,
  type EarlyFact,
  type Heard,
  type StageKinds,
} from './explain.ts';
import { defaultLexicons } from './lexicons.ts';
import { extractIndicators, mayHoldPaymentDetails, type Indicator } from '../indicators/index.ts';
import { defaultLineModel, type LineModel } from './line-model.ts';
import { defaultSentenceModel, type SentenceModel } from './sentence-model.ts';
import {
  CONTEXT_DISCOUNT,
  cueOverMessage,
  findCues,
  isBracketed,
  MAX_MESSAGE_CHARS,
  scanTokens,
  type MessageScan,
} from './match.ts';
import { defaultCombiner, LinearCombiner, type Combiner } from './model.ts';
import { childAnchor, GROOM_KIND, groomingScript, type GroomKind } from './grooming.ts';
import { buildRetelling, namesCloseOnly, readRetelling, type Retelling } from './retelling.ts';
import { CURRENCY_WORDS, foldWord, isDigitCode, isNumberWord, tokenize, type Token } from './normalize.ts';
import {
  combinerMayRaise,
  FAMILIAR_ENOUGH,
  LEVEL_RANK,
  scoreStages,
  secrecyAsked,
  STAGE_INDEX,
  STAGE_PRESENT,
  stageShown,
} from './score.ts';
import { parseTranscriptOrText } from './parsers/transcript.ts';
import { parseConversation } from './parsers/index.ts';
import {
  STAGES,
  type ConversationResult,
  type Cue,
  type CueEvidence,
  type CuePart,
  type Lexicon,
  type Message,
  type ParticipantResult,
  type Stage,
  type ToldAbout,
} from './types.ts';

/** Participants tracked by name; any further senders share one slot. */
export const MAX_PARTICIPANTS = 16;
/** Evidence cues kept per stage. */
export const EVIDENCE_PER_STAGE = 2;
/**
 * Threats split over short messages ("im exposing" / "ur pics"): a sender's short message is read
 * together with their previous short messages (at most `SPLIT_PARTS - 1`, each at most
 * `SPLIT_WINDOW` messages of the conversation before the next, and within `SPLIT_MAX_MS` when both
 * carry a time). Only messages of at most `SPLIT_MAX_CHARS` take part.
 */
export const SPLIT_PARTS = 3;
export const SPLIT_WINDOW = 3;
export const SPLIT_MAX_CHARS = 80;
export const SPLIT_MAX_MS = 10 * 60_000;
/** Of the earlier messages, only their last words take part (a cue must reach the latest message). */
export const SPLIT_TAIL_TOKENS = 8;
/** The reader's hesitation or picture counts when it comes within this many messages of the request. */
export const EARLY_REPLY = 3;
/** A hesitation is a reply of at most this many words starting with a lexicon `hesitation` word. */
export const HESITATION_MAX_WORDS = 6;
/** Stages of a message that pushes on after a hesitation ("cmon", "just one", "no one will see"). */
const PUSHING = new Set<Stage>(['image_request', 'pressure', 'secrecy', 'sexualisation', 'image_sent_first']);
const isPushing = (cue: Cue) => !cue.context && PUSHING.has(cue.stage);
const isPictureRequest = (cue: Cue) => !cue.context && cue.stage === 'image_request';
const isPictureSent = (cue: Cue) => cue.stage === 'image_sent_first';
/** "now send yours", "ur turn": a picture of theirs given first, to be paid back. */
const isReciprocity = (cue: Cue) => cue.cue === 'sent_first.reciprocity';
const isDemand = (cue: Cue) => cue.stage === 'demand';
/** Ages a reader gives that make them a child: the early script then needs no other tie to a stranger. */
const MINOR_AGE = [10, 17] as const;
/** "who is this" is looked for in replies of at most this many words. */
export const UNKNOWN_MAX_WORDS = 8;
/** A word as messages are folded ("matter" -> "mater"), for word lists written plainly. */
const fold = (word: string) => tokenize(word)[0]?.w;
/** A self-introduction takes back "who is this" in the asked participant's next this many messages... */
export const INTRO_ANSWERS = 2;
/** ...starting within this many words of the message's start ("lol its maya, new phone"). */
export const INTRO_START = 10;
/** Stages of a message that is no answer to "who is this" but the script ("doesn't matter. ur coach would love this"). */
const SCRIPTED = new Set<Stage>(['threat', 'compromise_claim', 'demand', 'deepfake_threat']);
const isScripted = (cue: Cue) => SCRIPTED.has(cue.stage) && !cue.context && cue.weight >= STAGE_PRESENT;
/** Who they are to the reader ("ur brother obviously", "tess!! your cousin") is looked for after at most this many words. */
const KIN_START = 1;
/** Words after which they say who they are to the reader ("its ur cousin max", "im your sisters friend"). */
const SELF_NAMING = new Set(['its', 'im', 'is']);
/** Who they are said without "its" or "im" is an answer only in a short message ("your coach follows you" is none). */
const KIN_ALONE_WORDS = 8;
/** Words of an answer that dodges the question ("someone from your school", "doesn't matter, new account"). */
const DODGING = new Set(
  [
    'someone',
    'somebody',
    'nobody',
    'anonymous',
    'matter',
    'important',
    'fan',
    'admirer',
    'alguien',
    'importa',
    'nadie',
  ].map(fold),
);
const OTHERS = '(other participants)';
const UNKNOWN = '(unknown sender)';
const SENDER_MAX = 100;

interface ParticipantState {
  id: string;
  /** their place among the participants, in the order they joined */
  slot: number;
  strength: Float64Array;
  first: Int32Array;
  last: Int32Array;
  /** has demanded, threatened or claimed to have pictures: their payment details count as a demand */
  demanding: boolean;
  /** the compromise cues (not discounted) this participant used, by id: at most the lexicon's few */
  claims: Set<string>;
  /** has claimed a break-in in their own voice in an e-mail-length message (SELF_INTRUSION) */
  selfIntrusion: boolean;
  /** the kinds of grooming acts (not discounted) this participant used (grooming.ts) */
  groom: Set<GroomKind>;
  /** the learned combiner raised this participant (kept: the model never lowers a level) */
  raised: boolean;
  /** message where they pushed on after the reader hesitated at their picture request (-1: never) */
  pushed: number;
  /** message where they asked for more after the reader sent a picture (-1: never) */
  escalated: number;
  /** message where the reader sent a picture in answer to their intimate picture request (-1: never) */
  answered: number;
  /** message where they then demanded money (`demandsAfterAnswer`) (-1: never) */
  paidFor: number;
  /** message where they then said they saved that picture (`savesPicture`: "screenshotted 😈") (-1: never) */
  savedAnswer: number;
  /** message where they then turned on the reader (`turnsOnReader`: "big mistake", "whats ur mums name on fb?") (-1: never) */
  turned: number;
  /** they then made a weaker threat in their own words that is more than a hint ("want me to tag your school in it?") */
  threatAfterAnswer: boolean;
  /** has asked a fee to remove or delete the reader's pictures (REMOVAL_FEE) */
  chargesRemoval: boolean;
  /** message where the reader answered their age question with an age under 18 (-1: never) */
  minor: number;
  /** message where the reader asked who they are ("who is this") (-1: never) */
  unknown: number;
  /** that question, while a self-introduction may still take it back (-1: none; "is this really you" is never taken back) */
  askedWho: number;
  /** their messages since `askedWho` */
  answers: number;
  /** their level may drop at the next rescore: they named themselves as someone the reader knows */
  relevel: boolean;
  /** has set a deadline, menaced, hounded or named harm (PRESSING) */
  pressing: boolean;
  /** has made a threat that pressure makes count even when weak (not one of UNPRESSED_THREATS) */
  pressableThreat: boolean;
  /** such a threat was in their own words (not the reader's plea held against them) */
  ownThreat: boolean;
  /** score of the stages above, recomputed when one of this participant's messages has cues */
  result: ParticipantResult;
}

/**
 * The pressure cues beside which a weaker threat counts (score.ts `stageShown`): a deadline or a countdown, a menace
 * ("don't test me"), hounding ("stop ignoring me"), harm ("your life will be over"). Not the looser `pressure.ruin`
 * ("think of the embarrassment you will feel when your parents find out you failed maths").
 */
const PRESSING = new Set([
  'pressure.countdown',
  'act.deadline',
  'es.pressure.countdown',
  'es.act.deadline',
  'de.act.deadline',
  'fr.act.deadline',
  'act.menace',
  'es.act.menace',
  'pressure.urgency',
  'act.harm',
  'de.act.ruin',
  'fr.act.ruin',
]);
/**
 * Weak threats that pressure does not make count: publishing with no audience ("uploading... ⏳ the vlog is almost
 * up", "im exposing ur stats, 2 kills in 40 min": dev chat-1 and chat-11 look-alikes), vague exposure words, and
 * `act.ruin`, which is itself harm ("dont make me ruin ur life by telling you the ending of the show").
 */
const UNPRESSED_THREATS = new Set(['act.publish', 'es.act.publish', 'threat.vague', 'act.ruin']);
/** A threat pressure can back (not one of UNPRESSED_THREATS). */
const isPressableThreat = (cue: Cue) => cue.stage === 'threat' && !UNPRESSED_THREATS.has(cue.cue);

/**
 * A sexual cue that lies inside a cue of the same message whose stage says what the words were for (explain.ts
 * `NAMING_STAGES`): "nudes" in "i'll send your nudes to everyone" names what they threaten to share.
 */
const namedInside = (cue: Cue, cues: readonly Cue[]) =>
  cue.stage === 'sexualisation' &&
  cues.some(
    (other) =>
      other !== cue && NAMING_STAGES.has(other.stage) && other.start <= cue.start && cue.end <= other.end,
  );

/** A picture request this strong asks for an intimate one ("now some without the swimwear"), not for a selfie. */
const INTIMATE_REQUEST = 0.9;

/** Their weaker threat in their own words is named alone, at `watch` (score.ts `hinted`), unless they know the reader. */
const isHinted = (p: ParticipantState, familiar: number) => p.ownThreat && familiar < FAMILIAR_ENOUGH;

/**
 * Their weaker threat counts (score.ts `stageCounts`): it stands beside their pressure, or it is in their own words
 * beside their sexual talk ("think ur brother wants to see what his big sis does on cam?", "🤫 ur nudes are safe with
 * me... if u pay"), where the picture they point at is an intimate one; or it is in their own words and the reader
 * asked who they are, and they did not name themselves as someone the reader knows ("doesn't matter. your coach
 * follows you right? wonder what he'd think"): friends tease, strangers don't (as a claim from them is a warning in
 * score.ts); or it is in their own words after they asked for more intimate pictures once the reader sent one ("now
 * some without the swimwear" / "then ill have to show your parents what you already sent"; a friend's "now one of the
 * shoes" / "ill show ur mum what u sent" stays a hint).
 */
const isBacked = (p: ParticipantState, familiar: number) =>
  (p.pressableThreat &&
    (p.pressing || (p.ownThreat && p.strength[STAGE_INDEX.sexualisation] >= STAGE_PRESENT))) ||
  (isHinted(p, familiar) &&
    (p.unknown >= 0 ||
      p.threatAfterAnswer ||
      (p.escalated >= 0 && p.strength[STAGE_INDEX.image_request] >= INTIMATE_REQUEST)));

const isThreat = (cue: Cue) => cue.stage === 'threat';

/**
 * A fee to remove or delete the reader's pictures ("we can remove them from all sites for a fee of 300 dollars"): the fake
 * recovery service or "cyber police" that finds people already being threatened; nobody real charges for it (score.ts).
 */
const REMOVAL_FEE = new Set(['act.removal_fee', 'es.act.removal_fee']);

/** A demand this strong asks outright ("pay up", "send me 100 dollars", "gift me a steam card"), not a payment app named. */
const PLAIN_DEMAND = 0.7;

/** Demands for something other than money: more pictures ("send another one"), obedience ("do what i say"). */
const NOT_MONEY = new Set(['demand.more_images', 'act.comply', 'es.act.comply']);

/**
 * A message that demands money outright, or beside a deadline or a menace ("pay up", "200 dollars. now.", "you have an
 * hour to pay"): after the reader sent the intimate picture its sender asked for, the script's turn (score.ts
 * `paidFor`). A payment app named alone ("venmo me for the uber lol") is how couples split a bill; asking for more
 * pictures is `escalated`.
 */
function demandsAfterAnswer(cues: readonly Cue[]): boolean {
  let demand = 0;
  let pressing = false;
  for (const cue of cues) {
    if (cue.context) continue;
    if (cue.stage === 'demand') {
      if (!NOT_MONEY.has(cue.cue)) demand = Math.max(demand, cue.weight);
    } else if (PRESSING.has(cue.cue)) pressing = true;
  }
  return demand >= PLAIN_DEMAND || (demand > 0 && pressing);
}

/**
 * A short message saying the picture was kept ("screenshotted 😈", "i saved it lol"): from whoever asked for the intimate
 * picture the reader just sent, the step before the threat (score.ts `savedAnswer`).
 */
function savesPicture(words: readonly Token[], replies: Replies): boolean {
  if (!words.length || words.length > SAVED_MAX_WORDS) return false;
  return holdsPhrase(words, replies.saved) && !holdsPhrase(words, replies.unsaved);
}

/** Menace or harm said right after the picture ("game over for u", "dont even think about blocking me"): the turn too. */
const TURNING = new Set(
  [...PRESSING, 'pressure.ruin', 'es.pressure.ruin'].filter((c) => c !== 'pressure.urgency'),
);
/** Longest message read for the picture said to be saved ("screenshotted 😈"), and for the reader caught out or asked after. */
const SAVED_MAX_WORDS = 6;
const TURN_MAX_WORDS = 8;
/**
 * A message, right after the reader sent the intimate picture its sender asked for, that turns on the reader: menace or
 * harm (TURNING), or in a few words that they were caught out ("big mistake", "now listen carefully"), or their people or
 * school asked after ("whats ur mums name on fb?", "what school do u go to?"). The script's step before the threat
 * (score.ts `turned`).
 */
function turnsOnReader(
  words: readonly Token[],
  text: string,
  cues: readonly Cue[],
  replies: Replies,
): boolean {
  if (cues.some((c) => TURNING.has(c.cue) && !c.context)) return true;
  if (!words.length || words.length > TURN_MAX_WORDS) return false;
  if (holdsPhrase(words, replies.caughtOut)) return true;
  const asked = replies.askedAfter;
  const question = text.includes('?');
  // a question word first, or second in a question ("¿a qué colegio vas?")
  const led =
    asked.questionWords.has(words[0].w) ||
    (question && words.length > 1 && asked.questionWords.has(words[1].w));
  if (!question && !led) return false;
  if (words.some((t) => asked.kin.has(t.w)) && words.some((t) => asked.reach.has(t.w))) return true;
  // "what school do u go to?", "¿a qué colegio vas?" (not "what school do u swim for?")
  return led && asked.school.some((steps) => steps.every((step) => words.some((t) => step.has(t.w))));
}

/**
 * A hint at the people in the reader's life ("your nan's on facebook isn't she? 🙂", "people talk"): friends say it
 * idly, so it counts as a weaker threat only from someone the reader asked "who is this" and who did not name
 * themselves, or who already claimed to hold something of the reader's (in that message too) or talked about sex.
 * Said before any of these, it is not read back.
 */
const HINTS = new Set(['act.hint', 'es.act.hint']);
const isHint = (cue: Cue) => HINTS.has(cue.cue);
const hintCounts = (p: ParticipantState | undefined) =>
  p !== undefined &&
  (p.unknown >= 0 ||
    p.answered >= 0 ||
    p.strength[STAGE_INDEX.compromise_claim] >= STAGE_PRESENT ||
    p.strength[STAGE_INDEX.sexualisation] >= STAGE_PRESENT);

/**
 * The script's steps before a threat, beside a plain request for pictures told (`Lexicon.pushedPlain`); not pressure,
 * which a teacher's request for photos of a project has too ("hurry up"): its persuasion is one of `pushedPlain.steps`.
 */
const PLAIN_STEPS: ReadonlySet<string> = new Set(['secrecy', 'move_platform', 'persona', 'sexualisation']);
const isEarlyStep = (c: Cue) =>
  PLAIN_STEPS.has(c.stage) && c.weight >= STAGE_PRESENT && c.context === undefined;
/** An early step beside a plain request told ("… and says not to tell anyone"): a cue of the message, or one of `plainSteps`. */
function stepBeside(
  words: readonly Token[],
  cues: readonly Cue[],
  starts: number,
  replies: Replies,
): boolean {
  return (
    cues.some(isEarlyStep) ||
    ((starts & STARTS_PLAIN_STEP) !== 0 && holdsListed(words, replies.plainSteps, STARTS_PLAIN_STEP, replies))
  );
}

/** A claim of the message itself backs its hint ("I have the video from your call. Your relatives are on WhatsApp, na?"). */
const claimsHere = (c: Cue) =>
  c.stage === 'compromise_claim' && c.weight >= STAGE_PRESENT && c.context === undefined;

/**
 * ... and so does a price for silence or a plain demand in other words than the hint's, in a message of a chat's length
 * ("ur classmates will love this lol. unless you want to make a deal", "your mum's on facebook right? send 200 by
 * tonight"); a news report's paragraph retelling a demand and what "would be made public" is no chat line.
 */
const SILENCE_PRICED = new Set(['act.avert']);
const HINT_BACKED_CHARS = 160;
const backsHint = (c: Cue, cues: readonly Cue[], text: string) =>
  claimsHere(c) ||
  (c.context === undefined &&
    text.length <= HINT_BACKED_CHARS &&
    (SILENCE_PRICED.has(c.cue) || (c.stage === 'demand' && c.weight >= PLAIN_DEMAND)) &&
    !cues.some((h) => isHint(h) && overlapping(h, c)));

/** Messages after innocent pictures in which a threat naming no picture points back at them. */
const INNOCENT_REACH = 3;

/** A cue in the reader's own words that shows someone else threatened them ("please don't send it"). */
const isPlea = (cue: Cue) => cue.cue.startsWith('reply.') || cue.cue.startsWith('es.reply.');

/**
 * Claims that someone broke into the reader's device or accounts (the webcam e-mail's opening), or
 * holds the audience a threat needs (their contacts or followers list).
 */
const INTRUSION = new Set([
  'compromise.hacked',
  'compromise.passive',
  'compromise.contacts',
  'act.device',
  'act.password',
  'act.surveillance',
  'act.control',
  'act.watching',
  'act.split_screen',
  'es.act.watching',
  'es.act.control',
  'es.compromise.contacts',
  'es.compromise.hacked',
  'es.act.device',
  'es.act.password',
  'es.act.surveillance',
  'de.act.device',
  'de.act.password',
  'de.act.watching',
  'de.act.contacts',
  'fr.act.device',
  'fr.act.password',
  'fr.act.contacts',
]);

/**
 * Break-ins the writer claims in their own voice ("I have full control of your device"): in a message
 * as long as an e-mail's paragraph that is the webcam e-mail's opening, alone enough. Security notices
 * and replies say "we" ("we noticed unusual access to your account"); friends' "i hacked ur phone lol"
 * is short; IT and parents say "I'll connect to your laptop remotely" in a line.
 */
const SELF_INTRUSION = new Set(['act.control', 'act.surveillance', 'es.act.control', 'es.act.surveillance']);
/**
 * Break-ins no helpdesk or parent words ("I installed a trojan on your computer", "I made a
 * split-screen video"): alone enough in a message as long as a news page's quotation of the mail.
 */
const SELF_INTRUSION_SHORT = new Set([
  'compromise.hacked',
  'es.compromise.hacked',
  'act.visited',
  'act.device',
  'act.made_split_screen',
  'es.act.device',
]);
/**
 * The sentence model's claims count as break-ins only when it reads them surely and they name what was
 * broken into or taken (not "I have succeeded, the money is ready", an advance-fee mail's).
 */
const MODEL_CLAIM = 'model.compromise_claim';
const BREAK_IN_WORDS =
  /\b(?:web\s?cam\w*|c[aá]m(?:era|ara)s?|micr[oó]\w*|video\w*|v[ií]deos?|record\w*|grab\w*|device\w*|dispositiv\w*|phone\w*|m[oó]vil\w*|tel[eé]fono\w*|computer\w*|ordenador\w*|computadora\w*|laptop\w*|pc|malware|trojan\w*|troyano\w*|virus|spyware|keylogger\w*|rat|hack\w*|access\w*|acceso|password\w*|contrase[nñ]a\w*|screen\w*|pantalla\w*|porn\w*|adult\w*|account\w*|cuenta\w*|browser\w*|navegador\w*|contacts?|contactos?|gallery|galer[ií]a)\b/iu;
const EMAIL_PARAGRAPH_CHARS = 100;
const SHORT_PARAGRAPH_CHARS = 60;
/** The participle after Spanish "he" ("he hackeado"): the writer's "I have", not English "he". */
const SPANISH_PARTICIPLE = String.raw`\s+(?:\p{L}+(?:ado|ido)|visto|puesto|hecho|abierto|escrito|descubierto|cubierto|dicho|vuelto|roto)\b`;
// Spanish verbs say the person: "accedí a tu sistema", "instalé un programa", "he hackeado", "te envío"
const FIRST_PERSON = new RegExp(
  String.raw`\b(?:i|i'?ve|i'?m|my|me|yo|mi|mis|tengo)\b|\bhe${SPANISH_PARTICIPLE}|\p{L}[éí](?!\p{L})|\bte\s+(?:env[ií]o|escribo|mando)\b`,
  'iu',
);
/** The writer's own devices: "my webcam", "my phone". */
const MY_DEVICE = String.raw`\bmy\s+(?:web\s?cam|camera|cam|phone|laptop|computer|pc|device|mic)\b`;
/** Someone else broke in, or into the writer's own device: "I had a dream someone hacked my webcam". */
const NOT_THE_WRITERS = new RegExp(
  String.raw`\b(?:someone|somebody|she|they|dream\w*)\b|\bhe\b(?!${SPANISH_PARTICIPLE})|\bmy\s+account\b|${MY_DEVICE}`,
  'iu',
);
/**
 * A message that speaks of the writer's own camera or phone anywhere is their story ("I noticed the
 * light of my webcam was on ... i was watching your every move"), not a claim on the reader.
 */
const WRITERS_DEVICE = new RegExp(MY_DEVICE, 'iu');
/** Which cues claim a break-in in a message of `length` characters, before who claims it is read. */
const claimsBreakIn = (cue: Cue, length: number) =>
  (length >= EMAIL_PARAGRAPH_CHARS && SELF_INTRUSION.has(cue.cue)) ||
  SELF_INTRUSION_SHORT.has(cue.cue) ||
  (cue.cue === MODEL_CLAIM && cue.strong === true && BREAK_IN_WORDS.test(cue.text));
/** Characters before a cue read for who speaks ("I made a | split-screen video"). */
const SPEAKER_REACH = 24;
/**
 * In a message that discusses the scam somewhere (a victim's story: "It actually happened to me ... I
 * have never visited a porn site and if I have a webcam, I am not aware of it"), the sentence model's
 * reading of a claim is the writer's own experience told, not a break-in claimed; the lexicon's claims
 * near a marker are discounted already.
 */
function isSelfIntrusion(cue: Cue, text: string, discussed: boolean): boolean {
  if (cue.context || !claimsBreakIn(cue, text.length) || (discussed && cue.cue === MODEL_CLAIM)) return false;
  const spoken = text.slice(Math.max(0, cue.start - SPEAKER_REACH), cue.start) + cue.text;
  return !NOT_THE_WRITERS.test(spoken) && FIRST_PERSON.test(spoken);
}

/**
 * A phrase's claim, and in the same message a sentence the sentence model reads surely as a claim
 * (`MessageScan.confirmedClaims`: mostly the phrase's own sentence), in the writer's own voice ("You were
 * visiting adult websites and I was able to film you", "Your device has been under my control since you
 * opened my link"): the mass mail's claim as news pages and warnings quote it. Two readings agreeing
 * stand for the second claim a single phrase would need (`intrusionClaimed`); friends' "i hacked ur
 * phone lol" is shorter than SHORT_PARAGRAPH_CHARS and the model does not read it surely.
 */
function claimConfirmed(spans: readonly number[], text: string): boolean {
  if (WRITERS_DEVICE.test(text)) return false;
  for (let k = 0; k + 1 < spans.length; k += 2) {
    const sentence = text.slice(spans[k], spans[k + 1]);
    if (FIRST_PERSON.test(sentence) && !NOT_THE_WRITERS.test(sentence)) return true;
  }
  return false;
}

/** Claims of adult sites watched ("while you were watching porn", "a XXX website you visited"). */
const ADULT_SITES = new Set(['compromise.adult_sites', 'act.visited']);
/** Claims of holding a recording of the reader ("my program recorded you", "I saved every second"). */
const RECORDING = new Set(['compromise.recorded', 'act.recorded', 'act.possession', 'compromise.has_images']);

/**
 * A claim of intrusion and another, different compromise claim ("I hacked your phone" + "I recorded
 * you"; "I have your nudes and a list of your followers").
 */
function intrusionClaimed(claims: Set<string>): boolean {
  if (claims.size < 2) return false;
  // "I know about the secret you are keeping ... I have evidence of what you have been hiding"
  if (claims.has('act.secret') && claims.has('act.evidence')) return true;
  // "you like to visit adult sites ... my program recorded you": a recording of the reader at their
  // most intimate, as "I have your nudes" is
  let adult = false;
  let recording = false;
  for (const id of claims) {
    if (ADULT_SITES.has(id)) adult = true;
    else if (RECORDING.has(id)) recording = true;
  }
  if (adult && recording) return true;
  for (const id of claims) if (INTRUSION.has(id)) return true;
  return false;
}

/**
 * Records the compromise claims of one message (not discounted) by cue id; two cues over the same
 * words ("I know hunter2 is your password") are one claim.
 */
function addClaims(claims: Set<string>, cues: readonly Cue[]): void {
  let kept: Cue[] | undefined;
  for (const cue of cues) {
    if (cue.stage !== 'compromise_claim' || cue.context) continue;
    // one cue inside another is the same claim; overlapping ends are two ("I have access to your
    // camera and all your contacts")
    if (
      kept?.some(
        (k) => (k.start <= cue.start && cue.end <= k.end) || (cue.start <= k.start && k.end <= cue.end),
      )
    )
      continue;
    (kept ??= []).push(cue);
    claims.add(cue.cue);
  }
}

/**
 * Whether `cue` is the strongest of the message's cues of its stage that `rival` pairs with it (the
 * first of them on a tie): of cues read as one, only that one counts.
 */
function strongestOf(cues: readonly Cue[], cue: Cue, rival: (other: Cue, cue: Cue) => boolean): boolean {
  let before = true;
  for (const other of cues) {
    if (other === cue) before = false;
    else if (other.stage === cue.stage && rival(other, cue) && outranks(other, cue, before)) return false;
  }
  return true;
}

/**
 * Of two rival cues, the heavier counts; at the same weight a threat pressure can back ("your uncle would see it")
 * before one it cannot (the same words read as publishing), then the earlier.
 */
function outranks(other: Cue, cue: Cue, before: boolean): boolean {
  if (other.weight !== cue.weight) return other.weight > cue.weight;
  if (isPressableThreat(other) !== isPressableThreat(cue)) return isPressableThreat(other);
  return before;
}

/**
 * Cues discounted by their context (quoted, or a message discussing sextortion) count once per stage
 * and message, as the strongest of them: an article's one retold threat matched by three phrases
 * ("the images will be sent to everyone on your contact list") is still one retold threat.
 */
const inContext = (other: Cue) => Boolean(other.context);

/**
 * Words read by two cues of one stage count once, as the stronger: "think your boss wants to see
 * this?" is one sly exposure, not a sly exposure and an audience seeing something.
 */
const overlapping = (other: Cue, cue: Cue) => other.start < cue.end && cue.start < other.end;

/** What the reader's answers, and a fee to remove pictures, showed about a participant (explain.ts says each in a line). */
function earlyFacts(p: ParticipantState | undefined): EarlyFact[] {
  if (!p) return [];
  const facts: EarlyFact[] = [];
  const asked =
    p.strength[STAGE_INDEX.image_request] >= STAGE_PRESENT ||
    p.strength[STAGE_INDEX.image_sent_first] >= STAGE_PRESENT;
  if (p.minor >= 0 && asked) facts.push('minor');
  if (childAnchor(p.groom, p.minor)) facts.push('child');
  if (p.unknown >= 0) facts.push('stranger');
  // weak secrecy that counted as the swap's secrecy step: a stage reached is named among the stages
  if (p.strength[STAGE_INDEX.secrecy] < STAGE_PRESENT && secrecyAsked(p.strength, p.last))
    facts.push('alone');
  if (p.pushed >= 0) facts.push('pushed');
  if (p.escalated >= 0) facts.push('escalated');
  if (p.paidFor >= 0) facts.push('paid');
  if (p.savedAnswer >= 0) facts.push('saved');
  else if (p.turned >= 0) facts.push('turned');
  if (p.chargesRemoval) facts.push('removal');
  return facts;
}

/** Scores a participant again; false (and the same result object) when nothing in it changed. */
function rescore(
  p: ParticipantState,
  familiar: number,
  combiner: Combiner | undefined,
  sum: number,
): boolean {
  if (combiner && !p.raised && combinerMayRaise(p.strength, familiar) && combiner.raises(sum))
    p.raised = true;
  const backed = isBacked(p, familiar);
  const hinted = isHinted(p, familiar);
  let { level, risk } = scoreStages(p.strength, p.first, {
    last: p.last,
    familiar,
    intrusion: p.selfIntrusion || intrusionClaimed(p.claims),
    grooming: groomingScript(p.groom, p.strength, p.minor),
    childTalk: childAnchor(p.groom, p.minor),
    model: p.raised,
    pushed: p.pushed,
    escalated: p.escalated,
    paidFor: p.paidFor,
    savedAnswer: p.savedAnswer,
    turned: p.turned,
    removalFee: p.chargesRemoval,
    minor: p.minor,
    unknown: p.unknown,
    backed,
    hinted,
  });
  const old = p.result;
  // the script once seen stays seen: its next step ("ur turn") moves the window the early steps are
  // read in and must not quiet a warning; only signs that the people know each other offline do
  const relevel = p.relevel;
  p.relevel = false;
  if (familiar < FAMILIAR_ENOUGH && !relevel && LEVEL_RANK[level] < LEVEL_RANK[old.level]) {
    level = old.level;
    risk = old.risk;
  }
  let count = 0;
  let same = level === old.level && risk === old.risk;
  for (let i = 0; i < STAGES.length; i++) {
    if (!stageShown(p.strength, i, backed, hinted)) continue;
    if (old.stages[count] !== STAGES[i]) same = false;
    count++;
  }
  if (same && count === old.stages.length) return false;
  const stages: Stage[] = [];
  for (let i = 0; i < STAGES.length; i++)
    if (stageShown(p.strength, i, backed, hinted)) stages.push(STAGES[i]);
  p.result = { id: p.id, stages, risk, level };
  return true;
}

function senderId(sender: string | undefined): string {
  if (!sender) return UNKNOWN;
  // the usual case, a name starting and ending with a visible ASCII character, is its own id
  const first = sender.charCodeAt(0);
  const last = sender.charCodeAt(sender.length - 1);
  if (sender.length <= SENDER_MAX && first > 32 && first < 127 && last > 32 && last < 127) return sender;
  const trimmed = sender.trim();
  return trimmed ? trimmed.slice(0, SENDER_MAX) : UNKNOWN;
}

/**
 * The cue as evidence from message `message` of `sender`: `{ ...cue, message, sender }`, its fields
 * in the same order, set one by one (V8 takes microseconds to add fields to a spread copy).
 */
function evidenceOf(cue: Cue, message: number, sender: string): CueEvidence {
  const { stage, why, weight, start, end, text } = cue;
  const evidence = { stage, cue: cue.cue, why, weight, start, end, text } as CueEvidence;
  if (cue.context !== undefined) evidence.context = cue.context;
  if (cue.parts !== undefined) evidence.parts = cue.parts;
  evidence.message = message;
  evidence.sender = sender;
  return evidence;
}

/** The same result with a new message count (fixed shape, no spread: this is the hot path). */
function withCount(r: ConversationResult, messages: number): ConversationResult {
  return {
    risk: r.risk,
    level: r.level,
    alert: r.alert,
    stages: r.stages,
    stageLabels: r.stageLabels,
    primary: r.primary,
    participants: r.participants,
    reasons: r.reasons,
    evidence: r.evidence,
    explanation: r.explanation,
    nextSteps: r.nextSteps,
    messages,
    firstAlertAt: r.firstAlertAt,
    selfHarmAt: r.selfHarmAt,
    selfReportAt: r.selfReportAt,
    toldAbout: r.toldAbout,
    askedAt: r.askedAt,
    pushed: r.pushed,
  };
}

export interface AnalyzerOptions {
  /** lexicons to use instead of the shipped ones (all languages) */
  lexicons?: readonly Lexicon[];
  /**
   * the learned combiner (model.ts): the shipped one by default with the shipped lexicons, none with
   * other lexicons; `null` for the rules alone
   */
  combiner?: Combiner | null;
  /**
   * the sentence model (sentence-model.ts): the shipped one by default with the shipped lexicons,
   * none with other lexicons; `null` for the rules alone
   */
  sentenceModel?: SentenceModel | null;
  /**
   * the line model (line-model.ts): the shipped one by default with the shipped lexicons, none with
   * other lexicons; `null` for the rules alone
   */
  lineModel?: LineModel | null;
}

/**
 * Which engine reads a conversation: `full` (the rules with the sentence model and the learned
 * combiner, the default) or `rules` (the lexicon's rules alone: faster, and every cue is one of its
 * phrases).
 */
export const ENGINES = ['full', 'rules'] as const;
export type Engine = (typeof ENGINES)[number];

/** The analyzer options that select an engine. */
export const engineOptions = (engine: Engine = 'full'): AnalyzerOptions =>
  engine === 'rules' ? { combiner: null, sentenceModel: null, lineModel: null } : {};

function sentenceModelFor(options: AnalyzerOptions): SentenceModel | null {
  if (options.sentenceModel !== undefined) return options.sentenceModel;
  return options.lexicons ? null : defaultSentenceModel();
}

function lineModelFor(options: AnalyzerOptions): LineModel | null {
  if (options.lineModel !== undefined) return options.lineModel;
  return options.lexicons ? null : defaultLineModel();
}

function combinerFor(options: AnalyzerOptions): Combiner | undefined {
  if (options.combiner !== undefined) return options.combiner ?? undefined;
  return options.lexicons ? undefined : defaultCombiner();
}

/** Cues that ask the reader's age (or claim to be their age). */
const AGE_QUESTION = new Set(['persona.same_age', 'es.persona.same_age']);
const isAgeQuestion = (cue: Cue) => !cue.context && AGE_QUESTION.has(cue.cue);

const isDigit = (c: number) => c >= 48 && c <= 57;
/** The number a two-digit word says (an age can only be that), else -1. */
const twoDigits = (w: string) =>
  w.length === 2 && isDigit(w.charCodeAt(0)) && isDigit(w.charCodeAt(1)) ? Number(w) : -1;
const isMinorAge = (age: number) => age >= MINOR_AGE[0] && age <= MINOR_AGE[1];

/** A school year by the word before its number: UK years and forms up to 12, grades and standards up to 11. */
const SCHOOL_YEAR_MAX: Readonly<Record<string, number>> = {
  year: 12,
  yr: 12,
  form: 12,
  grade: 11,
  gr: 11,
  standard: 11,
  std: 11,
  class: 11,
  grado: 11,
};
/** School years only children are in, named by a word ("sophomore", "secundaria"). */
const CHILD_SCHOOL = new Set(['freshman', 'sophomore', 'primaria', 'secundaria', 'secu', 'prepa', 'eso']);
const ORDINAL = new Set(['th', 'st', 'nd', 'rd']);
/** The number a one- or two-digit word says, else -1. */
const smallNumber = (w: string) => (w.length === 1 && isDigit(w.charCodeAt(0)) ? Number(w) : twoDigits(w));

/**
 * A short reply giving an age under 18 ("16", "im 14", "tengo 15"), or a school year only a child is in ("year 9",
 * "grade 10!", "10th", "sophomore", "segundo de secundaria").
 */
function saysMinorAge(words: readonly Token[]): boolean {
  for (let k = 0; k < words.length; k++) {
    const w = words[k].w;
    if (CHILD_SCHOOL.has(w)) return true;
    const n = smallNumber(w);
    if (n < 1) continue;
    // "year 13" is a school year, not an age of 13
    const max = SCHOOL_YEAR_MAX[words[k - 1]?.w ?? ''];
    if (max !== undefined) {
      if (n <= max) return true;
      continue;
    }
    if (ORDINAL.has(words[k + 1]?.w ?? '')) {
      if (n <= 11) return true;
      continue;
    }
    if (isMinorAge(n)) return true;
  }
  return false;
}

/** Words of a short question that asks an age by itself ("age?", "ur age?"). */
const AGE_WORDS = new Set(['age', 'edad', 'anos']);

/**
 * A question of at most four words asking an age, or guessing one under 18: "15?", "u 16?", "age?"; or a message
 * ending in "how old" ("u gotta be 13-17 for the youth roster. how old").
 */
function asksAgeBriefly(words: readonly Token[], text: string): boolean {
  const n = words.length;
  if (n >= 2 && words[n - 2].w === 'how' && words[n - 1].w === 'old' && /old\W*$/i.test(text)) return true;
  if (n === 0 || n > 4 || !text.trimEnd().endsWith('?')) return false;
  for (const t of words) if (AGE_WORDS.has(t.w) || isMinorAge(twoDigits(t.w))) return true;
  return false;
}

/**
 * The reader's replies the early script reads (lexicon `hesitation` and `unknown`) and talk of suicide or
 * self-harm (`selfHarm`), folded like messages.
 */
interface Replies {
  /** first words of a hesitant reply */
  hesitation: ReadonlySet<string>;
  /** two-word starts of a hesitant reply ("i dont", "im not"): second words by first word */
  hesitationPairs: ReadonlyMap<string, ReadonlySet<string>>;
  /** "who is this": by each first word, the phrases' further steps (each a set of alternatives) */
  unknown: ReadonlyMap<string, readonly (readonly ReadonlySet<string>[])[]>;
  /** "is this really you": the same shape */
  doubt: ReadonlyMap<string, readonly (readonly ReadonlySet<string>[])[]>;
  /** "its maya, new phone", "ravi from bio": the same shape */
  introduced: ReadonlyMap<string, readonly (readonly ReadonlySet<string>[])[]>;
  /** "ur brother", "your cousin": the same shape */
  kin: ReadonlyMap<string, readonly (readonly ReadonlySet<string>[])[]>;
  /** talk of suicide or self-harm ("kys", "i want to die"), the same shape */
  selfHarm: ReadonlyMap<string, readonly (readonly ReadonlySet<string>[])[]>;
  /** someone saying it is happening to them ("blackmailing me"), the same shape */
  selfReport: ReadonlyMap<string, readonly (readonly ReadonlySet<string>[])[]>;
  /** someone saying they are pushed for pictures, before any threat ("keeps asking me for nudes"), the same shape */
  pushed: ReadonlyMap<string, readonly (readonly ReadonlySet<string>[])[]>;
  /** a plain request for pictures told, and the early steps told beside it (`Lexicon.pushedPlain`), the same shape each */
  plainAsked: ReadonlyMap<string, readonly (readonly ReadonlySet<string>[])[]>;
  plainSteps: ReadonlyMap<string, readonly (readonly ReadonlySet<string>[])[]>;
  /** someone close pushed for pictures (`Lexicon.pushedOther`), and asked plainly (`pushedPlain.askedOther`), the same shape */
  pushedOther: ReadonlyMap<string, readonly (readonly ReadonlySet<string>[])[]>;
  plainOther: ReadonlyMap<string, readonly (readonly ReadonlySet<string>[])[]>;
  /** someone saying it is happening to someone close to them ("my son is being blackmailed"), the same shape */
  otherReport: ReadonlyMap<string, readonly (readonly ReadonlySet<string>[])[]>;
  /** the teller paid or sent, and more was asked (`Lexicon.paidThenAsked`), the same shape each */
  paid: ReadonlyMap<string, readonly (readonly ReadonlySet<string>[])[]>;
  askedMore: ReadonlyMap<string, readonly (readonly ReadonlySet<string>[])[]>;
  /** a story told as over ("years ago"), the same shape, and the words that say it is going on now (`Lexicon.ended`) */
  ended: ReadonlyMap<string, readonly (readonly ReadonlySet<string>[])[]>;
  ongoing: ReadonlySet<string>;
  /** a question in general or for a class (`Lexicon.ended.asked`), the same shape */
  asked: ReadonlyMap<string, readonly (readonly ReadonlySet<string>[])[]>;
  /** someone saying the chat is someone close's ("this is what my son got on instagram"), the same shape */
  otherChat: ReadonlyMap<string, readonly (readonly ReadonlySet<string>[])[]>;
  /** a story's words told back as the words said to its teller (`Lexicon.retelling`) */
  retelling: Retelling;
  /** right after the reader's picture: kept ("screenshotted"), taken back ("didnt"), caught out ("big mistake"); the same shape */
  saved: ReadonlyMap<string, readonly (readonly ReadonlySet<string>[])[]>;
  unsaved: ReadonlyMap<string, readonly (readonly ReadonlySet<string>[])[]>;
  caughtOut: ReadonlyMap<string, readonly (readonly ReadonlySet<string>[])[]>;
  /** the reader's people or school asked after in that moment (`Lexicon.questionWords`, `askedKin`, `askedReach`, `askedSchool`) */
  askedAfter: {
    questionWords: ReadonlySet<string>;
    kin: ReadonlySet<string>;
    reach: ReadonlySet<string>;
    school: readonly (readonly ReadonlySet<string>[])[];
  };
  /**
   * by word: which of `unknown`, `doubt`, `selfHarm` and `selfReport` have a phrase it starts (STARTS_*), and
   * whether the reader may say their age after it (STARTS_AGE: `statesMinorAge`)
   */
  starts: ReadonlyMap<string, number>;
  /** `starts` direct-mapped by word hash: each slot's word and its bits (a map look-up per word cost more) */
  startWords: (string | undefined)[];
  startBits: Int32Array;
}

const STARTS_UNKNOWN = 1;
const STARTS_DOUBT = 2;
const STARTS_SELF_HARM = 4;
const STARTS_SELF_REPORT = 8;
const STARTS_AGE = 16;
/** the word is a teller's or another's in a story (`Replies.retelling`): a message with both may retell a threat */
const STARTS_TELLER = 32;
const STARTS_OTHER = 64;
const STARTS_RETELLING = STARTS_TELLER | STARTS_OTHER;
const STARTS_OTHER_REPORT = 128;
/** the word names someone close to a story's teller ("daughter"): with another's word, the story may be about them */
const STARTS_CLOSE = 256;
const STARTS_CLOSE_RETELLING = STARTS_CLOSE | STARTS_OTHER;
const STARTS_OTHER_CHAT = 512;
/**
 * the teller's "i" (`RetellingWords.teller` beside `about`): with another's word and a quotation, the story may retell a
 * quoted threat ('he keeps saying "pay or everyone sees" and im freaking out')
 */
const STARTS_SUBJECT = 1024;
const STARTS_QUOTED_RETELLING = STARTS_SUBJECT | STARTS_OTHER;
/** a phrase of `Replies.paid` / `Replies.askedMore` */
const STARTS_PAID = 2048;
const STARTS_ASKED_MORE = 4096;
const STARTS_PAID_THEN_ASKED = STARTS_PAID | STARTS_ASKED_MORE;
/** a phrase of `Replies.pushed` */
const STARTS_PUSHED = 8192;
/** a phrase of `Replies.plainAsked` / `Replies.plainSteps` */
const STARTS_PLAIN_ASKED = 16384;
const STARTS_PLAIN_STEP = 32768;
/** a phrase of `Replies.pushedOther` / `Replies.plainOther` */
const STARTS_PUSHED_OTHER = 65536;
const STARTS_PLAIN_OTHER = 131072;
/** slots of `Replies.startWords` (a power of two) */
const START_SLOTS = 4096;

function buildReplies(lexicons: readonly Lexicon[]): Replies {
  const hesitation = new Set<string>();
  const hesitationPairs = new Map<string, Set<string>>();
  const unknown = new Map<string, ReadonlySet<string>[][]>();
  const doubt = new Map<string, ReadonlySet<string>[][]>();
  const introduced = new Map<string, ReadonlySet<string>[][]>();
  const kin = new Map<string, ReadonlySet<string>[][]>();
  const selfHarm = new Map<string, ReadonlySet<string>[][]>();
  const selfReport = new Map<string, ReadonlySet<string>[][]>();
  const otherReport = new Map<string, ReadonlySet<string>[][]>();
  const pushed = new Map<string, ReadonlySet<string>[][]>();
  const plainAsked = new Map<string, ReadonlySet<string>[][]>();
  const plainSteps = new Map<string, ReadonlySet<string>[][]>();
  const pushedOther = new Map<string, ReadonlySet<string>[][]>();
  const plainOther = new Map<string, ReadonlySet<string>[][]>();
  const paid = new Map<string, ReadonlySet<string>[][]>();
  const askedMore = new Map<string, ReadonlySet<string>[][]>();
  const otherChat = new Map<string, ReadonlySet<string>[][]>();
  const ended = new Map<string, ReadonlySet<string>[][]>();
  const ongoing = new Set<string>();
  const asked = new Map<string, ReadonlySet<string>[][]>();
  const saved = new Map<string, ReadonlySet<string>[][]>();
  const unsaved = new Map<string, ReadonlySet<string>[][]>();
  const caughtOut = new Map<string, ReadonlySet<string>[][]>();
  const askedAfter = {
    questionWords: new Set<string>(),
    kin: new Set<string>(),
    reach: new Set<string>(),
    school: [] as ReadonlySet<string>[][],
  };
  const alternatives = (step: string) =>
    new Set(
      step
        .split('|')
        .map(fold)
        .filter((w): w is string => !!w),
    );
  for (const lexicon of lexicons) {
    for (const entry of lexicon.hesitation ?? []) {
      const [first, second] = entry.split(' ');
      if (second === undefined) {
        const w = fold(entry);
        if (w) hesitation.add(w);
        continue;
      }
      for (const w of alternatives(first)) {
        let set = hesitationPairs.get(w);
        if (!set) hesitationPairs.set(w, (set = new Set()));
        for (const v of alternatives(second)) set.add(v);
      }
    }
    addPhrases(unknown, lexicon.unknown ?? []);
    addPhrases(doubt, lexicon.doubt ?? []);
    addPhrases(introduced, lexicon.introduced ?? []);
    addPhrases(kin, lexicon.kin ?? []);
    addPhrases(selfHarm, lexicon.selfHarm ?? []);
    addPhrases(selfReport, lexicon.selfReport ?? []);
    addPhrases(ended, lexicon.ended?.phrases ?? []);
    for (const w of alternatives(lexicon.ended?.ongoing ?? '')) ongoing.add(w);
    addPhrases(asked, lexicon.ended?.asked ?? []);
    addPhrases(otherReport, lexicon.otherReport ?? []);
    addPhrases(pushed, lexicon.pushed ?? []);
    addPhrases(plainAsked, lexicon.pushedPlain?.asked ?? []);
    addPhrases(plainSteps, lexicon.pushedPlain?.steps ?? []);
    addPhrases(pushedOther, lexicon.pushedOther ?? []);
    addPhrases(plainOther, lexicon.pushedPlain?.askedOther ?? []);
    addPhrases(paid, lexicon.paidThenAsked?.paid ?? []);
    addPhrases(askedMore, lexicon.paidThenAsked?.more ?? []);
    addPhrases(otherChat, lexicon.otherChat ?? []);
    addPhrases(saved, lexicon.saved ?? []);
    addPhrases(unsaved, lexicon.unsaved ?? []);
    addPhrases(caughtOut, lexicon.caughtOut ?? []);
    for (const [list, into] of [
      [lexicon.questionWords, askedAfter.questionWords],
      [lexicon.askedKin, askedAfter.kin],
      [lexicon.askedReach, askedAfter.reach],
    ] as const)
      for (const entry of list ?? []) for (const w of alternatives(entry)) into.add(w);
    for (const entry of lexicon.askedSchool ?? []) askedAfter.school.push(entry.split(' ').map(alternatives));
  }
  const starts = new Map<string, number>();
  const mark = (words: Iterable<string>, bit: number) => {
    for (const w of words) starts.set(w, (starts.get(w) ?? 0) | bit);
  };
  mark(unknown.keys(), STARTS_UNKNOWN);
  mark(doubt.keys(), STARTS_DOUBT);
  mark(selfHarm.keys(), STARTS_SELF_HARM);
  mark(selfReport.keys(), STARTS_SELF_REPORT);
  mark(otherReport.keys(), STARTS_OTHER_REPORT);
  mark(pushed.keys(), STARTS_PUSHED);
  mark(plainAsked.keys(), STARTS_PLAIN_ASKED);
  mark(plainSteps.keys(), STARTS_PLAIN_STEP);
  mark(pushedOther.keys(), STARTS_PUSHED_OTHER);
  mark(plainOther.keys(), STARTS_PLAIN_OTHER);
  mark(paid.keys(), STARTS_PAID);
  mark(askedMore.keys(), STARTS_ASKED_MORE);
  mark(otherChat.keys(), STARTS_OTHER_CHAT);
  mark(AGE_LEADS, STARTS_AGE);
  const retelling = buildRetelling(lexicons);
  for (const { about, teller, conditions, other, close } of retelling) {
    mark(about, STARTS_TELLER);
    mark(
      [...teller.keys()].filter((w) => !about.has(w)),
      STARTS_SUBJECT,
    );
    mark(conditions, STARTS_TELLER);
    mark(other.keys(), STARTS_OTHER);
    if (!close) continue;
    mark(close.people.keys(), STARTS_CLOSE);
    // "our 15 yr old", "a student in my class": named without a word of `people` at the owner
    mark(close.ageNoun, STARTS_CLOSE);
    mark(close.groups, STARTS_CLOSE);
    mark(close.said.keys(), STARTS_OTHER);
  }
  return {
    hesitation,
    hesitationPairs,
    unknown,
    doubt,
    introduced,
    kin,
    selfHarm,
    selfReport,
    ended,
    ongoing,
    asked,
    otherReport,
    pushed,
    plainAsked,
    plainSteps,
    pushedOther,
    plainOther,
    paid,
    askedMore,
    otherChat,
    retelling,
    saved,
    unsaved,
    caughtOut,
    askedAfter,
    starts,
    startWords: new Array<string | undefined>(START_SLOTS).fill(undefined),
    startBits: new Int32Array(START_SLOTS),
  };
}

/** A quoted word, or a number (the teller's age: "im 14 and he wants more pics"): the teller's "i" may then tell a story. */
const isQuotedOrNumber = (t: Token): boolean => t.q || isNumberWord(t.w);

/** Which of the reply lists (STARTS_*) have a phrase that one of the words starts. */
function phraseStarts(words: readonly Token[], replies: Replies): number {
  let bits = 0;
  for (let k = 0; k < words.length; k++) bits |= startBits(words[k], replies);
  return bits;
}

/** The `starts` bits of a token's word, from its slot of `startWords`. */
function startBits(token: Token, replies: Replies): number {
  const { w, h } = token;
  const at = h & (START_SLOTS - 1);
  if (replies.startWords[at] !== w) {
    replies.startWords[at] = w;
    replies.startBits[at] = replies.starts.get(w) ?? 0;
  }
  return replies.startBits[at];
}

/**
 * A story told as over ("years ago … nothing was ever posted"), with no word outside quotes that it is going on now; or a
 * question in general or for a class ("what are the warning signs …").
 */
function endedStory(words: readonly Token[], replies: Replies): boolean {
  return (
    (replies.ended.size > 0 &&
      holdsPhrase(words, replies.ended) &&
      !words.some((t) => !t.q && replies.ongoing.has(t.w))) ||
    (replies.asked.size > 0 && holdsPhrase(words, replies.asked))
  );
}

/** `holdsPhrase` for the list of a STARTS_* bit: only the words whose bit is set are looked up in it. */
function holdsListed(
  words: readonly Token[],
  phrases: Replies['unknown'],
  bit: number,
  replies: Replies,
): boolean {
  for (let i = 0; i < words.length; i++)
    if ((startBits(words[i], replies) & bit) !== 0 && phraseStartsAt(words, phrases, i)) return true;
  return false;
}

/**
 * The word sequences one reply-list phrase stands for, each as one set of words per word: a step is
 * one of its `a|b` alternatives, an alternative written `a_b` is that many words ("he_will"), and a
 * step written `a|b?` may be left out.
 */
export function replyVariants(phrase: string): ReadonlySet<string>[][] {
  let variants: ReadonlySet<string>[][] = [[]];
  for (const step of phrase.trim().split(/\s+/)) {
    const optional = step.length > 1 && step.endsWith('?');
    const single = new Set<string>();
    const options: ReadonlySet<string>[][] = [];
    for (const alternative of (optional ? step.slice(0, -1) : step).split('|')) {
      const words = tokenize(alternative).map((t) => t.w);
      if (words.length === 1) single.add(words[0]);
      else if (words.length > 1) options.push(words.map((w) => new Set([w])));
    }
    if (single.size) options.unshift([single]);
    if (optional) options.push([]);
    variants = variants.flatMap((v) => options.map((o) => [...v, ...o]));
  }
  return variants.filter((v) => v.length > 0);
}

/** Each phrase's further steps, by each word that can start it (`replyVariants`). */
function addPhrases(byFirst: Map<string, ReadonlySet<string>[][]>, phrases: readonly string[]): void {
  for (const phrase of phrases) {
    for (const [head, ...rest] of replyVariants(phrase)) {
      for (const w of head) {
        let list = byFirst.get(w);
        if (!list) byFirst.set(w, (list = []));
        list.push(rest);
      }
    }
  }
}

/** Words after a number that make it something other than an age ("im 15 minutes away"). */
const NOT_AGE = new Set(
  'minutes minute mins min m hours hour hrs hr h secs seconds days day weeks months km miles mi k percent pounds lbs kg quid dollars dollar bucks euros euro pm am points pts mins away'.split(
    ' ',
  ),
);
const SELF = new Set(['im', 'iam', 'soy', 'tengo']);
/** "i am 14": "am" speaks as the reader after "i". */
const AM = 'am';
/** Every word an age `statesMinorAge` reads can follow: `buildReplies` marks them STARTS_AGE. */
const AGE_LEADS = [...SELF, AM];

/**
 * The reader telling their age in a message of their own ("im only 14", "i'm 13 years old", "tengo 12
 * años", "im a minor", "soy menor"): an age of 10-17 after "im" / "i am" / "tengo" (at most one word
 * between), not followed by a unit.
 */
function statesMinorAge(words: readonly Token[]): boolean {
  for (let k = 0; k < words.length; k++) {
    const w = words[k].w;
    const self = SELF.has(w) || (w === AM && k > 0 && words[k - 1].w === 'i');
    if (!self) continue;
    const next = words[k + 1]?.w;
    if (next === 'minor' || next === 'underage' || (next === 'a' && words[k + 2]?.w === 'minor')) return true;
    if (w === 'soy' && next === 'menor') return true;
    for (let j = k + 1; j <= k + 2 && j < words.length; j++) {
      const age = twoDigits(words[j].w);
      if (age < 0) continue;
      if (!isMinorAge(age)) break;
      if (NOT_AGE.has(words[j + 1]?.w ?? '')) break;
      return true;
    }
  }
  return false;
}

/** `statesMinorAge`, read only when a word of the message can start an age (`starts`: its STARTS_* bits). */
const statesMinorAgeIn = (words: readonly Token[], starts: number): boolean =>
  (starts & STARTS_AGE) !== 0 && statesMinorAge(words);

let defaultReplies: Replies | undefined;
function repliesFor(options: AnalyzerOptions): Replies {
  if (options.lexicons) return buildReplies(options.lexicons);
  defaultReplies ??= buildReplies(defaultLexicons);
  return defaultReplies;
}

/** A reply starting with a hesitation word ("idk", "no") or two ("i dont think so", "im not sure"). */
function hesitates(words: readonly Token[], replies: Replies): boolean {
  if (replies.hesitation.has(words[0].w)) return true;
  return words.length > 1 && replies.hesitationPairs.get(words[0].w)?.has(words[1].w) === true;
}

/** Words of an amount besides its number ("$300", "300 dollars", "200 quid"). */
const AMOUNT_WORDS: ReadonlySet<string> = new Set([
  ...CURRENCY_WORDS,
  ...['dollars', 'pounds', 'euros', 'bucks', 'quid', 'pesos', 'dolares', 'usd', 'gbp', 'eur']
    .map(fold)
    .filter((w): w is string => !!w),
]);
const isAmountWord = (w: string) => isNumberWord(w) || AMOUNT_WORDS.has(w);
const MONEY: Token = { w: 'money', s: 0, e: 0, q: false, h: 0 };

/**
 * Someone saying it is happening to them (`selfReport`, STARTS_SELF_REPORT) or to someone close to them
 * (`otherReport`, STARTS_OTHER_REPORT): a phrase of the list in the words, in them with any amount left out ("if i
 * dont pay 300 they send my pics" reads as "if i dont pay they send my pics"), or with each amount read as "money"
 * ("now he wants 500" as "now he wants money").
 */
function reportsHappening(
  words: readonly Token[],
  phrases: Replies['selfReport'],
  bit: number,
  replies: Replies,
): boolean {
  if (holdsListed(words, phrases, bit, replies)) return true;
  if (!words.some((t) => isNumberWord(t.w))) return false;
  const unnamed = words.filter((t) => !isAmountWord(t.w));
  if (holdsListed(unnamed, phrases, bit, replies)) return true;
  const named: Token[] = [];
  for (let k = 0; k < words.length; k++) {
    if (!isAmountWord(words[k].w)) named.push(words[k]);
    else if (k === 0 || !isAmountWord(words[k - 1].w)) named.push(MONEY);
  }
  return holdsListed(named, phrases, bit, replies);
}

/** The words hold one of the phrases (consecutive words, one alternative per step). */
function holdsPhrase(words: readonly Token[], phrases: Replies['unknown']): boolean {
  return phraseAt(words, phrases, words.length);
}

/** Words between "it's me" and what follows that name nobody ("it's me lol, new number"). */
const NO_NAME = new Set(
  [
    'lol',
    'lmao',
    'haha',
    'hahaha',
    'ofc',
    'obviously',
    'duh',
    'silly',
    'dummy',
    'again',
    'babe',
    'hun',
    'x',
    'xx',
    'just',
  ].map(fold),
);

/**
 * "it's me, new number" with no name after it: what an impostor answers "who is this" with (a friend says who they
 * are: "its me, maya. new phone").
 */
function meWithoutName(words: readonly Token[], phrases: Replies['unknown']): boolean {
  for (let i = 0; i + 1 < words.length; i++) {
    const me =
      words[i + 1].w === 'me' && (words[i].w === 'its' || (words[i].w === 'is' && words[i - 1]?.w === 'it'));
    if (!me) continue;
    let k = i + 2;
    while (k < words.length && NO_NAME.has(words[k].w)) k++;
    if (k === words.length || phraseStartsAt(words, phrases, k)) return true;
  }
  return false;
}

/**
 * Who they are to the reader, said as the answer ("ur brother obviously", "tess!! your cousin", "its ur cousin max"), not
 * an audience further on ("doesn't matter. your coach follows you right?").
 */
function namesKin(words: readonly Token[], kin: Replies['kin']): boolean {
  if (words.length <= KIN_ALONE_WORDS && phraseAt(words, kin, KIN_START + 1) && !kinActs(words, kin))
    return true;
  for (let i = 0; i + 1 < words.length && i < INTRO_START; i++)
    if (SELF_NAMING.has(words[i].w) && phraseStartsAt(words, kin, i + 1)) return true;
  return false;
}

/** Words after "your mum" that make her someone in a sentence ("your mum follows you right?"), not who they are. */
const KIN_VERB = new Set(
  'follows goes is s has would will knows posts checks lives works plays uses seems looks comments sees saw must can could might should and on in at still told said says thinks likes loves watches gets got added asked was does did isnt doesnt wont d ll tags shares reads'
    .split(' ')
    .map(fold),
);

/** The kin named at the start is followed by a verb: the message speaks of them. */
function kinActs(words: readonly Token[], kin: Replies['kin']): boolean {
  for (let i = 0; i <= KIN_START && i < words.length; i++) {
    const steps = kin.get(words[i].w);
    if (!steps) continue;
    for (const rest of steps) {
      const end = i + 1 + rest.length;
      if (stepsFollow(words, i, rest) && end < words.length && KIN_VERB.has(words[end].w)) return true;
    }
  }
  return false;
}

/** A phrase starting within the first `before` words. */
function phraseAt(words: readonly Token[], phrases: Replies['unknown'], before: number): boolean {
  for (let i = 0; i < words.length && i < before; i++) if (phraseStartsAt(words, phrases, i)) return true;
  return false;
}

/** A phrase starting at word i. */
function phraseStartsAt(words: readonly Token[], phrases: Replies['unknown'], i: number): boolean {
  const candidates = i < words.length ? phrases.get(words[i].w) : undefined;
  if (!candidates) return false;
  for (const steps of candidates) if (stepsFollow(words, i, steps)) return true;
  return false;
}

/** The words after word i hold a phrase's further steps, one alternative each. */
function stepsFollow(words: readonly Token[], i: number, steps: readonly ReadonlySet<string>[]): boolean {
  if (i + 1 + steps.length > words.length) return false;
  for (let k = 0; k < steps.length; k++) if (!steps[k].has(words[i + 1 + k].w)) return false;
  return true;
}

let defaultCompiled: CompiledLexicon | undefined;
export function lexiconFor(options: AnalyzerOptions): CompiledLexicon {
  if (options.lexicons) return compileLexicons(options.lexicons);
  defaultCompiled ??= compileLexicons(defaultLexicons);
  return defaultCompiled;
}

/** Indicator types that are a way to be paid. Gift cards count as codes, not mentions (the lexicon has those). */
const PAYMENT = new Set<Indicator['type']>(['payment_handle', 'crypto_address', 'bank_account', 'gift_card']);
/**
 * A cue after which payment details from the same sender are read as part of a demand: a threat, a
 * claim to have pictures, or an actual demand (not just the name of a payment app or an amount).
 */
const isPaymentContext = (cue: Cue) =>
  !cue.context &&
  (cue.stage === 'threat' ||
    cue.stage === 'compromise_claim' ||
    cue.stage === 'deepfake_threat' ||
    (cue.stage === 'demand' && cue.weight >= 0.7));
/** The line model's finding (line-model.ts): a stage on its own, so a warning. */
const LINE_THREAT = {
  stage: 'threat',
  cue: 'model.line',
  why: 'reads as a threat to share or publish something about you unless you do what they ask',
  weight: STAGE_PRESENT,
} as const;

/**
 * Words that name what a threat would expose, or to whom or where (English and Spanish, folded as
 * messages are): the line model's weak reading pairs with a demand of its own message only when the
 * message names one ("i post it tonight unless you find the money"; not "100 dólares").
 */
const EXPOSURE_WORDS = new Set(
  (
    'post posts posted posting leak leaks leaked leaking upload uploads uploaded uploading expose exposed ' +
    'exposing spread spreading publish published publishing release released releasing forward forwarded ' +
    'viral online internet everyone everybody family friends followers contacts school parents mom mum dad ' +
    'mother father story page group gc pornhub youtube tiktok insta instagram facebook snapchat world public ' +
    'trending famous tag tagged sister brother boss work class classmates teachers wife husband girlfriend ' +
    'boyfriend coworkers colleagues relatives grandma cousin everywhere pic pics picture pictures photo photos ' +
    'video videos vid vids nudes nude clip recording publico publicar publicare subo subir subire filtro ' +
    'filtrar difundo difundir comparto compartir todos familia amigos seguidores contactos escuela colegio ' +
    'cole insti padres mama papa madre padre historia grupo redes foto fotos famoso hermana hermano novio ' +
    'novia trabajo jefe'
  )
    .split(' ')
    .map(foldWord),
);

/** A demand message this long is read by the line model with enough words to pair with its weak reading. */
const WEAK_DEMAND_WORDS = 4;

function namesExposure(words: readonly Token[]): boolean {
  for (const t of words) if (EXPOSURE_WORDS.has(t.w)) return true;
  return false;
}

/** The line model's weaker reading: a threat counted only beside a claim, a demand or pressure (score.ts `stageShown`). */
const WEAK_LINE = 0.45;
const LINE_WEAK_THREAT = { ...LINE_THREAT, cue: 'model.line_weak', weight: WEAK_LINE } as const;

/** "nobody will see i promise", "i'll go first": the early script's promises and offers, no threat. */
const OFFER = 'sent_first.reciprocity';
const isReassurance = (cue: Cue): boolean => cue.cue === 'secrecy.nobody_sees' || cue.cue === OFFER;

/** The cue's words are at least half of the message's. */
function spansHalf(cue: Cue, words: readonly Token[]): boolean {
  let inside = 0;
  for (const w of words) if (w.s >= cue.start && w.e <= cue.end) inside++;
  return inside * 2 >= words.length;
}

const PAYMENT_DETAIL = {
  stage: 'demand',
  cue: 'demand.payment_detail',
  why: 'gives payment details (a payment handle, a crypto wallet, bank details or a gift card code)',
  weight: 0.6,
} as const;

/**
 * A cheap test before the extractor's regexes: links, cashtags, wallets, bank details and gift card
 * codes all have a digit or one of `$ @ / £ €`.
 */
function mayHoldPayment(text: string): boolean {
  const end = Math.min(text.length, MAX_MESSAGE_CHARS);
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 48 && c <= 57) || c === 36 || c === 64 || c === 47 || c === 163 || c === 8364) return true;
  }
  return false;
}

/**
 * A demand cue for the first payment detail (cashtag, PayPal link, wallet, bank details, gift card
 * code) in a message, found by the indicator extractor. Only called for senders who are already
 * demanding, threatening or claiming to have pictures, so everyday chat never pays for it.
 */
function paymentCue(text: string, discussion: boolean): Cue | undefined {
  const limited = text.length > MAX_MESSAGE_CHARS ? text.slice(0, MAX_MESSAGE_CHARS) : text;
  if (!mayHoldPaymentDetails(limited)) return undefined;
  for (const ind of extractIndicators(limited)) {
    if (!PAYMENT.has(ind.type) || (ind.type === 'gift_card' && ind.details?.kind !== 'code')) continue;
    const cue: Cue = {
      ...PAYMENT_DETAIL,
      start: ind.start,
      end: ind.end,
      text: limited.slice(ind.start, ind.end),
    };
    if (discussion) {
      cue.weight = Math.round(PAYMENT_DETAIL.weight * CONTEXT_DISCOUNT * 1000) / 1000;
      cue.context = 'discussion';
    }
    return cue;
  }
  return undefined;
}

/** A short message kept to be read with the same sender's next one. */
interface RecentMessage {
  index: number;
  text: string;
  /**
   * how many of its last folded words (at most `SPLIT_TAIL_TOKENS`) went into its sender's `tail`;
   * its tokens are made again in the rare joined scan
   */
  wordCount: number;
  time: number | undefined;
  /** the message discusses sextortion: cues reaching into it are discounted */
  discussion: boolean;
  /** the same sender's short message kept before this one */
  before: RecentMessage | undefined;
}

/** What the analyzer keeps per sender: each of their messages reads it, so it is one object. */
class SenderState {
  /** the learned combiner's running sum over the messages of the senders whose `sumTo` this is */
  sum = 0;
  /** whose running sum this sender's messages add to: their own, OTHERS' or (before any) none */
  sumTo: SenderState | undefined = undefined;
  /** their short messages are kept for the split-message check (for at most MAX_PARTICIPANTS senders) */
  keepsRecent = false;
  /**
   * their last short message, for the split-message check, linked to the ones kept before it (at
   * most SPLIT_PARTS - 1 in all: no array to read on each message)
   */
  newest: RecentMessage | undefined = undefined;
  /**
   * the last `SPLIT_TAIL_TOKENS` words of their short messages, oldest first, each followed by its
   * hash (its token's `h`): one array for all of them, so the split check reads the words of two or
   * three messages from one place (reused, never shrunk). The last words of the messages from
   * `newest` on, as many as their `wordCount`s add up to.
   */
  readonly tail: (string | number)[] = [];
  /** the message where they last named only innocent pictures of the reader (-1: none since another) */
  innocentAt = -1;
  /** the line model's contributions of their last two short messages (line1 the latest), and how many count */
  line1 = 0;
  line2 = 0;
  lineCount = 0;
  /** the last count of a countdown they sent ("10 mins", "9"), and its message (-1: none) */
  count = -1;
  countAt = -1;
  constructor(readonly id: string) {}
}

/**
 * A countdown, one number a message ("10 mins" / "9" / "8"): the sender counting down to what they threatened. It is
 * read from the numbers alone, in any language; a number counts when it is one less than the same sender's last,
 * sent within COUNTDOWN_REACH messages of it (the reader's "stop" or "please" may stand between).
 */
const COUNTDOWN = {
  stage: 'pressure',
  cue: 'act.countdown',
  why: 'counts down to a deadline',
  weight: 0.7,
} as const;
const COUNTDOWN_REACH = 3;
/** A count is a number and at most two words after it. */
const COUNT_MAX_WORDS = 3;
/** The words a count may carry: "10 mins", "5 min left", "3 more". */
const COUNT_WORDS = new Set(
  [
    'min',
    'mins',
    'minute',
    'minutes',
    'm',
    'sec',
    'secs',
    'second',
    'seconds',
    's',
    'hr',
    'hrs',
    'hour',
    'hours',
    'h',
    'left',
    'more',
    'remaining',
    'to',
    'go',
  ].map(foldWord),
);
/** The number a message that is only a count holds ("9", "10 mins", "5 min left"), or -1. */
function countOf(words: readonly Token[]): number {
  if (!words.length || words.length > COUNT_MAX_WORDS) return -1;
  const first = words[0].w;
  if (first.length > 3) return -1;
  for (let k = 0; k < first.length; k++) if (!isDigitCode(first.charCodeAt(k))) return -1;
  for (let k = 1; k < words.length; k++) if (!COUNT_WORDS.has(words[k].w)) return -1;
  return Number(first);
}

function timeOf(time: unknown): number | undefined {
  if (typeof time === 'number') return Number.isFinite(time) ? time : undefined;
  if (typeof time !== 'string') return undefined;
  const ms = Date.parse(time);
  return Number.isNaN(ms) ? undefined : ms;
}

const isSpace = (c: number) => c === 32 || c === 10 || c === 9 || c === 13;

/** Scratch for `earlierTail`: the earlier words a joined scan reads (shared, never kept or shrunk). */
const tailWords: string[] = [];
const tailHashes: number[] = [];

/**
 * Puts the last `SPLIT_TAIL_TOKENS` words of `newest` and the messages before it (the last of their
 * sender's `tail`) first in `tailWords`, their hashes in `tailHashes`; returns how many.
 */
function earlierTail(newest: RecentMessage, state: SenderState): number {
  const tail = state.tail;
  let count = 0;
  for (let m: RecentMessage | undefined = newest; m; m = m.before) count += m.wordCount;
  count = Math.min(count, SPLIT_TAIL_TOKENS);
  const from = tail.length - 2 * count;
  for (let k = 0; k < count; k++) {
    tailWords[k] = tail[from + 2 * k] as string;
    tailHashes[k] = tail[from + 2 * k + 1] as number;
  }
  return count;
}

/**
 * Adds the last `SPLIT_TAIL_TOKENS` words of `tokens` (and their hashes) to the sender's `tail`, which
 * keeps its last `SPLIT_TAIL_TOKENS` (moved in place); returns how many it added.
 */
function keepTail(tokens: readonly Token[], state: SenderState): number {
  const tail = state.tail;
  const added = Math.min(tokens.length, SPLIT_TAIL_TOKENS);
  const kept = 2 * Math.min(tail.length / 2, SPLIT_TAIL_TOKENS - added);
  const dropped = tail.length - kept;
  for (let k = 0; k < kept; k++) tail[k] = tail[dropped + k];
  for (let k = 0; k < added; k++) {
    const token = tokens[tokens.length - added + k];
    tail[kept + 2 * k] = token.w;
    tail[kept + 2 * k + 1] = token.h;
  }
  return added;
}

/**
 * Keeps of a sender's short messages the chain that leads to message `index` at `time`, each
 * within `SPLIT_WINDOW` messages (and `SPLIT_MAX_MS`) of the next; returns how many.
 */
function keepChain(state: SenderState, index: number, time: number | undefined): number {
  let count = 0;
  let next = index;
  let nextTime = time;
  let last: RecentMessage | undefined;
  for (let m = state.newest; m; m = m.before) {
    if (next - m.index > SPLIT_WINDOW) break;
    if (m.time !== undefined && nextTime !== undefined && Math.abs(nextTime - m.time) > SPLIT_MAX_MS) break;
    count++;
    next = m.index;
    nextTime = m.time;
    last = m;
  }
  if (last) last.before = undefined;
  else state.newest = undefined;
  return count;
}

/** Unlinks a sender's oldest kept message and returns it. */
function dropOldest(state: SenderState): RecentMessage {
  let m = state.newest as RecentMessage;
  let after: RecentMessage | undefined;
  while (m.before) {
    after = m;
    m = m.before;
  }
  if (after) after.before = undefined;
  else state.newest = undefined;
  return m;
}

/**
 * The cues that only exist across message boundaries: the messages are scanned joined by a line
 * break, and a cue counts when it starts in an earlier message and ends in the latest, and the latest
 * message alone did not already have that cue. Each piece keeps its span in its own message.
 */
function splitCues(
  lexicon: CompiledLexicon,
  newest: RecentMessage,
  sender: SenderState,
  text: string,
  tokens: readonly Token[],
  index: number,
  alone: readonly Cue[],
): Cue[] | undefined {
  // most short messages continue no cue of the earlier ones: find that out without joining them
  const count = earlierTail(newest, sender);
  if (!crossesBoundary(lexicon, tailWords, tokens, count, tailHashes)) return undefined;
  const earlier: RecentMessage[] = [];
  for (let m: RecentMessage | undefined = newest; m; m = m.before) earlier.unshift(m);
  // the messages' own tokens, shifted: each message is normalised on its own, as when scanned alone
  const earlierTokens = earlier.map((m) => tokenize(m.text, lexicon.vocabulary));
  let joined = '';
  const starts: number[] = [];
  const all: Token[] = [];
  let skip = -SPLIT_TAIL_TOKENS;
  for (const t of earlierTokens) skip += t.length;
  let discussion = false;
  for (let k = 0; k <= earlier.length; k++) {
    const at = joined.length;
    starts.push(at);
    const part = k < earlier.length ? earlierTokens[k] : tokens;
    if (k < earlier.length && earlier[k].discussion) discussion = true;
    for (const t of part) {
      if (k < earlier.length && skip-- > 0) continue;
      all.push({ w: t.w, s: t.s + at, e: t.e + at, q: t.q, h: t.h });
    }
    joined += k < earlier.length ? earlier[k].text + '\n' : text;
  }
  const offset = starts[earlier.length];
  const firstOfLatest = all.length - tokens.length;
  let found: Cue[] | undefined;
  for (const cue of scanTokens(lexicon, all, joined, firstOfLatest).cues) {
    if (cue.start >= offset || cue.end <= offset) continue;
    if (alone.some((c) => c.cue === cue.cue)) continue;
    const parts: CuePart[] = [];
    for (let k = 0; k < starts.length; k++) {
      const segStart = starts[k];
      const segEnd = k + 1 < starts.length ? starts[k + 1] - 1 : joined.length;
      let a = Math.max(cue.start, segStart);
      let b = Math.min(cue.end, segEnd);
      while (a < b && isSpace(joined.charCodeAt(a))) a++;
      while (b > a && isSpace(joined.charCodeAt(b - 1))) b--;
      if (a >= b) continue;
      parts.push({
        message: k < earlier.length ? earlier[k].index : index,
        start: a - segStart,
        end: b - segStart,
        text: joined.slice(a, b),
      });
    }
    const last = parts[parts.length - 1];
    if (discussion && !cue.context) {
      cue.weight = Math.round(cue.weight * CONTEXT_DISCOUNT * 1000) / 1000;
      cue.context = 'discussion';
    }
    (found ??= []).push({
      ...cue,
      start: last.start,
      end: last.end,
      text: parts.map((p) => p.text).join(' / '),
      parts,
    });
  }
  return found;
}

/** The cues of one message, with spans into its text. */
export function analyzeMessage(text: string, options: AnalyzerOptions = {}): Cue[] {
  return findCues(lexiconFor(options), text, sentenceModelFor(options));
}

export class ConversationAnalyzer {
  /*
   * The fields every message reads come first: a platform streaming thousands of conversations finds
   * each analyzer cold in the CPU cache, and these then share the object's first cache lines.
   */
  private count = 0;
  private readonly lexicon: CompiledLexicon;
  private readonly sentenceModel: SentenceModel | null;
  private readonly lineModel: LineModel | null;
  private readonly combiner: Combiner | undefined;
  /** the combiner, when one pass over a message's n-grams serves it and the line model */
  private readonly sharedPass: LinearCombiner | undefined;
  private readonly replies: Replies;
  /** some participant is `demanding`: read payment details in their messages */
  private paymentWatch = false;
  /** messages showing that the people know each other offline */
  private familiar = 0;
  private cached: ConversationResult;
  /** the two senders looked up last, checked before `senders` (most conversations have two) */
  private lastLookedUp: SenderState | undefined;
  private lookedUpBefore: SenderState | undefined;
  private keptSenders = 0;
  /** who sent the previous message (the one a reply answers) */
  private previousSender: string | undefined;
  /** the latest sender other than `previousSender` (whom a second message in a row still answers) */
  private senderBefore: string | undefined;
  private selfHarmAt: number | null = null;
  private selfReportAt: number | null = null;
  private toldAbout: ToldAbout | null = null;
  /** the first message telling of the script's first steps asked of its writer, before any threat (`ConversationResult.askedAt`) */
  private askedAt: number | null = null;
  /** the story at `askedAt` tells of someone close to its teller being pushed (`Heard` 'asked-other') */
  private askedOther = false;
  /** the message that says the chat is someone close's ("this is what my son got"), or -1 */
  private otherChatAt = -1;
  /** the latest picture request (not discounted): who asked, where; and where the others hesitated or sent a picture after it */
  private requestAt = -1;
  private requestBy: string | undefined;
  private hesitatedAt = -1;
  private answeredAt = -1;
  /** The last message with a picture sent (or said to be), and its sender (`answeredNow`). */
  private pictureAt = -1;
  private pictureBy: string | undefined;
  /** the latest age question ("how old r u"): who asked, where */
  private ageAskedAt = -1;
  private ageAskedBy: string | undefined;
  /** the first message where someone said they are under 18 without being asked, and who */
  private minorSaidAt = -1;
  private minorSaidBy: string | undefined;
  /** someone asked who a participant is ("who is this"): their answers are read for an introduction */
  private whoAsked = false;
  private stagesChanged = false;
  private reasonsChanged = false;
  private evidenceChanged = false;
  /** a participant joined or a participant's result changed since the last build */
  private participantsChanged = false;
  private readonly participants = new Map<string, ParticipantState>();
  private readonly stageFirst = new Int32Array(STAGES.length).fill(-1);
  private readonly evidence: CueEvidence[][] = STAGES.map(() => []);
  /**
   * the weights of `evidence`, EVIDENCE_PER_STAGE per stage: finding the weakest reads these numbers,
   * not the evidence objects (cold in the CPU cache when a platform streams many conversations)
   */
  private readonly evidenceWeights = new Float64Array(STAGES.length * EVIDENCE_PER_STAGE);
  /** per stage: the reason line for its strongest evidence (rebuilt only when that changes) */
  private readonly reasonByStage: string[] = STAGES.map(() => '');
  /** per stage, the label of its reason line (what its strongest cue was about) */
  private readonly labelByStage: string[] = STAGES.map(() => '');
  /**
   * When the threat stage's strongest cue is a weaker threat said outright (explain.ts `saysOutright`), its label
   * and reason line once the chat alerts; else ''.
   */
  private threatAlertLabel = '';
  private threatAlertReason = '';
  /** Whether the reasons were last built for an alert. */
  private reasonsAlerted = false;
  private readonly bestWeight = new Float64Array(STAGES.length).fill(-1);
  /**
   * per stage, the kind of its cues while every one was of that kind (explain.ts `kindOf`, `StageKinds`);
   * every stage a key from the start, so every analyzer's object has one shape and the look-up stays fast
   */
  private readonly kinds: StageKinds = Object.fromEntries(STAGES.map((s) => [s, undefined]));
  /** parts of the result rebuilt only when they change (never mutated: earlier results share them) */
  private stages: Stage[] = [];
  private reasons: string[] = [];
  private stageLabels: string[] = [];
  private evidenceList: CueEvidence[] = [];
  private explained: { key: string; explanation: string; nextSteps: string[] } | undefined;
  /**
   * the participants' results in the order they joined, copied before a change once a result holds
   * them; and per participant its level's rank and its risk: the primary is found from these numbers,
   * not from every participant (cold in the CPU cache when a platform streams many conversations)
   */
  private participantResults: ParticipantResult[] = [];
  private resultsHandedOut = false;
  private readonly standing = new Float64Array(2 * MAX_PARTICIPANTS);
  private firstAlertAt: number | null = null;
  /**
   * per sender, what each of their messages reads and updates: at most MAX_PARTICIPANTS keep short
   * messages, at most MAX_PARTICIPANTS - 1 have a running sum of their own (later ones share OTHERS')
   */
  private readonly senders = new Map<string, SenderState>();
  private summedSenders = 0;

  constructor(options: AnalyzerOptions = {}) {
    this.replies = repliesFor(options);
    this.lexicon = lexiconFor(options);
    this.combiner = combinerFor(options);
    this.sentenceModel = sentenceModelFor(options);
    this.lineModel = lineModelFor(options);
    const combiner = this.combiner;
    if (
      this.lineModel &&
      combiner instanceof LinearCombiner &&
      this.lineModel.sharesFeatures(combiner.data.bits, combiner.data.charGrams)
    )
      this.sharedPass = combiner;
    this.cached = this.build();
  }

  /** Adds the next message and returns the updated result. */
  push(message: Message): ConversationResult {
    const index = this.count++;
    const text = typeof message?.text === 'string' ? message.text : '';
    const short = text.length > 0 && text.length <= SPLIT_MAX_CHARS;
    const limited = text.length > MAX_MESSAGE_CHARS ? text.slice(0, MAX_MESSAGE_CHARS) : text;
    const words = tokenize(limited, this.lexicon.vocabulary);
    const scan = scanTokens(this.lexicon, words, limited, Infinity, this.sentenceModel);
    // a bracketed system line ("[payment sent]") is no words of its sender's: it joins no split cue (a
    // media placeholder, "[image omitted]", read as a picture, still does: "[image]" / "send one")
    const tokens = short && !(scan.cues.length === 0 && isBracketed(text)) ? words : undefined;
    const sender = typeof message?.sender === 'string' ? message.sender : undefined;
    let cues = scan.cues;
    const split = this.splitCuesFor(sender, text, tokens, index, message?.time, scan);
    if (split) cues = cues.length ? [...cues, ...split] : split;
    if (
      cues.length &&
      cues.some(isHint) &&
      !hintCounts(this.participants.get(senderId(sender))) &&
      !cues.some((c) => backsHint(c, cues, text))
    )
      cues = cues.filter((c) => !isHint(c));
    // the line model reads a short message's n-grams in the combiner's pass over them when it can
    let started = false;
    let weakLine: Cue | undefined;
    if (this.lineModel) {
      let line = NaN;
      if (words.length && words.length <= this.lineModel.data.maxTokens) {
        if (this.sharedPass) {
          this.lineModel.begin();
          this.sharedPass.startWith(words, this.lineModel.scorer);
          this.lineModel.addClasses(words);
          line = this.lineModel.total();
          started = true;
        } else line = this.lineModel.message(words);
      }
      const cue = this.lineCueFor(
        sender,
        line,
        words,
        limited,
        scan.discussion || scan.threatCancelled === true,
        cues,
      );
      // the weak reading counts for the rules only: the combiner was fitted without it
      if (cue?.cue === LINE_WEAK_THREAT.cue) weakLine = cue;
      else if (cue) cues = cues.length ? [...cues, cue] : [cue];
    }
    if (
      (scan.pictures || weakLine || cues.some(isThreat)) &&
      this.pointsBackAtInnocent(sender, index, scan.pictures)
    ) {
      cues = cues.filter((c) => !isThreat(c));
      weakLine = undefined;
    }
    // "now send one without the shirt" from whoever asked, just after the reader answered with a picture: more asked
    // for (its request cues say so), not a picture of theirs sent first (tried as a user, 12-05); "lets swap. ill go
    // first" asks nothing and stays an offer
    if (
      cues.length &&
      cues.some(isReciprocity) &&
      cues.some(isPictureRequest) &&
      this.answeredNow(senderId(sender), index)
    )
      cues = cues.filter((c) => !isReciprocity(c));
    if (text && (this.paymentWatch || cues.some(isPaymentContext))) {
      const cue = this.paymentCueFor(sender, text, scan);
      if (cue) cues = [...cues, cue];
    }
    // the reader begging ("please don't send it to anyone"): evidence against whoever they answer,
    // not words of their own (and not for the learned combiner, which reads the sender's words)
    let pleas: Cue[] | undefined;
    if (cues.length && cues.some(isPlea)) {
      pleas = cues.filter(isPlea);
      cues = cues.filter((c) => !isPlea(c));
    }
    const sum = this.combiner
      ? this.addToSum(
          sender,
          started
            ? (this.sharedPass as LinearCombiner).finish(cues, scan.discussion)
            : this.combiner.message(words, cues, scan.discussion),
        )
      : 0;
    if (weakLine) cues = cues.length ? [...cues, weakLine] : [weakLine];
    const id = senderId(sender);
    // like the weak reading, for the rules only: the combiner was fitted without it
    const countdown =
      words.length <= COUNT_MAX_WORDS ? this.countdownCue(id, words, limited, index) : undefined;
    if (countdown) cues = cues.length ? [...cues, countdown] : [countdown];
    if (this.requestAt >= 0 && id !== this.requestBy && index - this.requestAt <= EARLY_REPLY) {
      if (words.length && words.length <= HESITATION_MAX_WORDS && hesitates(words, this.replies))
        this.hesitatedAt = index;
      else if (cues.some(isPictureSent)) {
        this.answeredAt = index;
        const requester = this.requestBy === undefined ? undefined : this.participants.get(this.requestBy);
        if (
          requester !== undefined &&
          requester.answered < 0 &&
          requester.strength[STAGE_INDEX.image_request] >= INTIMATE_REQUEST
        )
          requester.answered = index;
      }
    }
    if (cues.some(isPictureSent)) {
      this.pictureAt = index;
      this.pictureBy = id;
    }
    if (
      this.ageAskedAt >= 0 &&
      id !== this.ageAskedBy &&
      index - this.ageAskedAt <= EARLY_REPLY &&
      words.length <= HESITATION_MAX_WORDS &&
      saysMinorAge(words)
    ) {
      const asker = this.participant(this.ageAskedBy);
      if (asker.minor < 0) {
        asker.minor = index;
        this.refresh(asker);
      }
    }
    // "im only 14": whoever the reader talks to now knows they talk to a child
    const starts = phraseStarts(words, this.replies);
    if (id !== UNKNOWN && this.minorSaidAt < 0 && statesMinorAgeIn(words, starts)) {
      this.minorSaidAt = index;
      this.minorSaidBy = id;
      for (const p of this.participants.values()) {
        if (p.id === id || p.minor >= 0) continue;
        p.minor = index;
        this.refresh(p);
      }
    }
    // "who is this": the reader does not know whoever wrote before
    const previous = this.previousSender;
    this.previousSender = id;
    if (previous !== id) this.senderBefore = previous;
    const answered = this.senderBefore;
    if (pleas !== undefined && answered !== undefined && answered !== UNKNOWN && id !== UNKNOWN) {
      const offender = this.participant(answered);
      for (const cue of pleas) this.addCue(offender, cue, index, id);
      this.refresh(offender);
    }
    if (
      previous !== undefined &&
      previous !== id &&
      words.length <= UNKNOWN_MAX_WORDS &&
      (starts & (STARTS_UNKNOWN | STARTS_DOUBT)) !== 0
    ) {
      const who =
        (starts & STARTS_UNKNOWN) !== 0 &&
        holdsListed(words, this.replies.unknown, STARTS_UNKNOWN, this.replies);
      if (
        who ||
        ((starts & STARTS_DOUBT) !== 0 && holdsListed(words, this.replies.doubt, STARTS_DOUBT, this.replies))
      ) {
        const stranger = this.participant(previous);
        if (stranger.unknown < 0) {
          stranger.unknown = index;
          stranger.askedWho = who ? index : -1;
          if (who) this.whoAsked = true;
          stranger.answers = 0;
          this.refresh(stranger);
        }
      }
    }
    // their answer names them as someone the reader knows offline: the question no longer makes them a stranger
    const asked = this.whoAsked ? this.participants.get(id) : undefined;
    if (
      asked !== undefined &&
      asked.askedWho >= 0 &&
      asked.askedWho < index &&
      asked.answers++ < INTRO_ANSWERS &&
      !cues.some(isScripted) &&
      (phraseAt(words, this.replies.introduced, INTRO_START) ||
        (!cues.some(isThreat) && namesKin(words, this.replies.kin))) &&
      !meWithoutName(words, this.replies.introduced) &&
      !words.some((w) => DODGING.has(w.w))
    ) {
      asked.unknown = -1;
      asked.askedWho = -1;
      asked.relevel = true;
      this.refresh(asked);
    }
    if (
      this.selfHarmAt === null &&
      (starts & STARTS_SELF_HARM) !== 0 &&
      holdsListed(words, this.replies.selfHarm, STARTS_SELF_HARM, this.replies)
    )
      this.selfHarmAt = index;
    // pictures innocent by their kind alone ("she'll post my baby photo on her story if i don't give her my hoodie back")
    // are no story of a threat (a set of stories and look-alikes written for the rules, 12-07)
    if (this.selfReportAt === null && scan.pictures !== 'innocent') {
      const heard = this.heardIn(words, limited, scan.cues, starts);
      // endedStory is read only for a story found: most messages hold none
      if (heard !== null && !endedStory(words, this.replies)) {
        if (heard === 'asked' || heard === 'asked-other') {
          if (this.askedAt === null) {
            this.askedAt = index;
            this.askedOther = heard === 'asked-other';
          }
        } else {
          this.toldAbout = heard;
          this.selfReportAt = index;
        }
      }
    }
    if (
      this.otherChatAt < 0 &&
      (starts & STARTS_OTHER_CHAT) !== 0 &&
      holdsListed(words, this.replies.otherChat, STARTS_OTHER_CHAT, this.replies)
    )
      this.otherChatAt = index;
    let rescoreAll = false;
    if (scan.familiar && ++this.familiar === FAMILIAR_ENOUGH) rescoreAll = true;
    if (cues.length) {
      const participant = this.participant(sender);
      for (const cue of cues)
        this.addCue(
          participant,
          cue,
          index,
          participant.id,
          (!cue.context || strongestOf(cues, cue, inContext)) && strongestOf(cues, cue, overlapping),
          namedInside(cue, cues),
        );
      addClaims(participant.claims, cues);
      if (!participant.selfIntrusion && text.length >= SHORT_PARAGRAPH_CHARS)
        participant.selfIntrusion =
          cues.some((cue) => isSelfIntrusion(cue, text, scan.discussion)) ||
          (scan.confirmedClaims !== undefined && claimConfirmed(scan.confirmedClaims, text));
      for (const cue of cues) {
        const kind = cue.context ? undefined : GROOM_KIND.get(cue.cue);
        if (kind) participant.groom.add(kind);
      }
      if (participant.answered >= 0 && participant.paidFor < 0 && demandsAfterAnswer(cues))
        participant.paidFor = index;
      this.followRequest(participant, id, cues, index);
      if (!participant.demanding && cues.some(isPaymentContext)) {
        participant.demanding = true;
        this.paymentWatch = true;
      }
      if (rescore(participant, this.familiar, this.combiner, sum)) this.resultChanged(participant);
    }
    if (cues.some(isAgeQuestion) || asksAgeBriefly(words, text)) {
      this.ageAskedBy = id;
      this.ageAskedAt = index;
    }
    // "[image]" / "screenshotted 😈" or "big mistake": the requester keeps the intimate picture just sent, or turns on the reader
    const requester = this.requestBy === id && this.answeredAt >= 0 ? this.participants.get(id) : undefined;
    if (requester !== undefined && requester.answered >= 0 && index - requester.answered <= EARLY_REPLY) {
      if (requester.savedAnswer < 0 && savesPicture(words, this.replies)) {
        requester.savedAnswer = index;
        this.refresh(requester);
      } else if (requester.turned < 0 && turnsOnReader(words, text, cues, this.replies)) {
        requester.turned = index;
        this.refresh(requester);
      }
    }
    if (rescoreAll) for (const p of this.participants.values()) this.refresh(p);
    if (
      !this.participantsChanged &&
      !this.stagesChanged &&
      !this.evidenceChanged &&
      !this.reasonsChanged &&
      this.selfHarmAt !== index &&
      this.selfReportAt !== index &&
      this.askedAt !== index &&
      this.otherChatAt !== index
    ) {
      // a fresh copy, not kept: kept, it would outlive the young generation while thousands of other
      // conversations are pushed, and every push would promote one more result to the old one
      return withCount(this.cached, this.count);
    }
    this.cached = this.build();
    if (this.firstAlertAt === null && this.cached.alert) {
      this.firstAlertAt = index;
      this.cached.firstAlertAt = index;
    }
    return this.cached;
  }

  /** Whether `id` asked for a picture and someone else sent one after it, just before message `index`. */
  private answeredNow(id: string, index: number): boolean {
    return (
      id === this.requestBy &&
      this.pictureBy !== id &&
      this.pictureAt > this.requestAt &&
      index - this.pictureAt <= EARLY_REPLY
    );
  }

  /**
   * The early script around a picture request: the requester pushing on after the reader hesitated
   * ("idk" / "cmon dont be shy"), or asking for more after the reader sent one ("[image]" / "now
   * one without the hoodie"). Then this message's request becomes the latest one.
   */
  private followRequest(
    participant: ParticipantState,
    id: string,
    cues: readonly Cue[],
    index: number,
  ): void {
    if (id === this.requestBy && this.requestAt >= 0) {
      if (
        this.hesitatedAt > this.requestAt &&
        index - this.hesitatedAt <= EARLY_REPLY &&
        cues.some(isPushing)
      )
        participant.pushed = index;
      if (
        this.answeredAt > this.requestAt &&
        index - this.answeredAt <= EARLY_REPLY &&
        cues.some(isPictureRequest)
      )
        participant.escalated = index;
    }
    if (cues.some(isPictureRequest)) {
      this.requestBy = id;
      this.requestAt = index;
    }
  }

  /**
   * Payment details in a message count as a demand when its sender is already demanding, threatening
   * or claiming to have pictures (or does so in this message); nobody else's messages are searched.
   */
  private paymentCueFor(sender: string | undefined, text: string, scan: MessageScan): Cue | undefined {
    // a handle with no digit or symbol ("my venmo is jakeS") comes with the name of the app
    if (!mayHoldPayment(text) && !scan.cues.some(isDemand)) return undefined;
    const inContext =
      scan.cues.some(isPaymentContext) || this.participants.get(senderId(sender))?.demanding === true;
    return inContext ? paymentCue(text, scan.discussion) : undefined;
  }

  /** The countdown cue of this message, when it is the next number of its sender's countdown (`COUNTDOWN`). */
  private countdownCue(id: string, words: readonly Token[], text: string, index: number): Cue | undefined {
    const count = countOf(words);
    if (count < 0) return undefined;
    let state = this.senderState(id);
    if (!state) {
      if (this.senders.size >= MAX_PARTICIPANTS) return undefined;
      state = this.newSenderState(id);
    }
    const follows =
      state.countAt >= 0 && index - state.countAt <= COUNTDOWN_REACH && count === state.count - 1;
    state.count = count;
    state.countAt = index;
    if (!follows) return undefined;
    const start = words[0].s;
    const end = words[words.length - 1].e;
    return { ...COUNTDOWN, start, end, text: text.slice(start, end) };
  }

  /**
   * Cues that need this message and the same sender's previous short ones; remembers this message
   * for their next (bounded: SPLIT_PARTS - 1 short texts per sender, MAX_PARTICIPANTS senders).
   */
  private splitCuesFor(
    sender: string | undefined,
    text: string,
    tokens: Token[] | undefined,
    index: number,
    rawTime: unknown,
    scan: MessageScan,
  ): Cue[] | undefined {
    const id = senderId(sender);
    let state = this.senderState(id);
    if (!tokens) {
      if (state) state.newest = undefined;
      return undefined;
    }
    const time = timeOf(rawTime);
    let found: Cue[] | undefined;
    let kept = 0;
    if (state?.newest) {
      kept = keepChain(state, index, time);
      if (state.newest) found = splitCues(this.lexicon, state.newest, state, text, tokens, index, scan.cues);
    }
    if (!state?.keepsRecent) {
      if (this.keptSenders >= MAX_PARTICIPANTS) return found;
      this.keptSenders++;
      state ??= this.newSenderState(id);
      state.keepsRecent = true;
    }
    const wordCount = keepTail(tokens, state);
    // the oldest message, dropped, is reused: nothing else holds it
    const entry = kept >= SPLIT_PARTS - 1 ? dropOldest(state) : undefined;
    if (entry) {
      entry.index = index;
      entry.text = text;
      entry.wordCount = wordCount;
      entry.time = time;
      entry.discussion = scan.discussion;
      entry.before = state.newest;
      state.newest = entry;
    } else {
      state.newest = { index, text, wordCount, time, discussion: scan.discussion, before: state.newest };
    }
    return found;
  }

  /**
   * A threat naming no picture, within INNOCENT_REACH messages after its sender named only innocent
   * pictures of the reader ("i still have the vid of u falling off the trampoline" / "buy me a boba or
   * i post it"), points back at them. Remembers what pictures this message names.
   */
  private pointsBackAtInnocent(
    sender: string | undefined,
    index: number,
    pictures: MessageScan['pictures'],
  ): boolean {
    const id = senderId(sender);
    let state = this.senderState(id);
    if (pictures === 'innocent') {
      if (!state && this.senders.size < MAX_PARTICIPANTS) state = this.newSenderState(id);
      if (state) state.innocentAt = index;
      return false;
    }
    if (!state || state.innocentAt < 0) return false;
    if (pictures === 'other' || index - state.innocentAt > INNOCENT_REACH) {
      state.innocentAt = -1;
      return false;
    }
    return true;
  }

  /**
   * The line model's threat cue over this message (`value`: its contribution, NaN when it is too long
   * to read), when the sender's last short lines read as the
   * threat and no cue of the message already names one (never between people who know each other, nor
   * in a message that discusses sextortion or where an exception of the lexicon cancels threats: `quiet`).
   * Keeps the sender's window of short lines.
   */
  private lineCueFor(
    sender: string | undefined,
    value: number,
    words: readonly Token[],
    text: string,
    quiet: boolean,
    cues: readonly Cue[],
  ): Cue | undefined {
    const model = this.lineModel as LineModel;
    const id = senderId(sender);
    let state = this.senderState(id);
    if (!state && this.senders.size < MAX_PARTICIPANTS) state = this.newSenderState(id);
    if (Number.isNaN(value)) {
      if (state) state.lineCount = 0;
      return undefined;
    }
    // the latest line alone, or with the one or two before it: whichever reads most as the threat
    const alone = model.logit(value, 1);
    let logit = alone;
    if (state) {
      if (state.lineCount >= 1 && model.data.window >= 2)
        logit = Math.max(logit, model.logit(value + state.line1, 2));
      if (state.lineCount >= 2 && model.data.window >= 3)
        logit = Math.max(logit, model.logit(value + state.line1 + state.line2, 3));
      state.line2 = state.line1;
      state.line1 = value;
      state.lineCount = Math.min(2, state.lineCount + 1);
    }
    // the weak reading is of the latest message alone: read with the lines before it, a reply after
    // a payment talk ("Zelle" / "See you then 👍") reads like the demand it follows
    const weak = model.data.weakThreshold ?? Infinity;
    if (quiet || this.familiar >= FAMILIAR_ENOUGH || (logit < model.data.threshold && alone < weak))
      return undefined;
    const strong = logit >= model.data.threshold;
    // an offer of the early script ("u know 😏 i'll go first"), or a message that is its promise ("can u send a pic in ur
    // bra" / "nobody will see i promise"; tried as a user, 12-05): no threat unless it reads as one strongly
    if (
      !strong &&
      !cues.some(isDemand) &&
      cues.some((c) => isReassurance(c) && !c.parts && (c.cue === OFFER || spansHalf(c, words)))
    )
      return undefined;
    for (const cue of cues) {
      if (isThreat(cue) && cue.weight >= (strong ? STAGE_PRESENT : WEAK_LINE)) return undefined;
      // the weak reading pairs with a claim or a demand, but not with the very words it read: a claim
      // of this message ("i saved your pics"), or a demand of a few words that names nothing to expose
      // ("100 dólares")
      if (
        !strong &&
        (cue.stage === 'compromise_claim' ||
          (isDemand(cue) && words.length < WEAK_DEMAND_WORDS && !namesExposure(words)))
      )
        return undefined;
    }
    return cueOverMessage(strong ? LINE_THREAT : LINE_WEAK_THREAT, text);
  }

  /** Adds a message's contribution to its sender's running sum (senders beyond the cap share one). */
  private addToSum(sender: string | undefined, value: number): number {
    const id = senderId(sender);
    const state = this.senderState(id);
    let to = state?.sumTo;
    if (!to) {
      to =
        this.summedSenders < MAX_PARTICIPANTS - 1 ? (state ?? this.newSenderState(id)) : this.othersState();
      if (!to.sumTo) {
        to.sumTo = to;
        this.summedSenders++;
      }
      if (state) state.sumTo = to;
    }
    to.sum += value;
    return to.sum;
  }

  /** The state of the senders past the cap of running sums (OTHERS), made on first use. */
  private othersState(): SenderState {
    return this.senderState(OTHERS) ?? this.newSenderState(OTHERS);
  }

  /** The state kept for a sender id, if any (the two looked up last are checked first). */
  private senderState(id: string): SenderState | undefined {
    const last = this.lastLookedUp;
    if (last?.id === id) return last;
    const before = this.lookedUpBefore;
    if (before?.id === id) {
      this.lookedUpBefore = last;
      this.lastLookedUp = before;
      return before;
    }
    const state = this.senders.get(id);
    if (state) {
      this.lookedUpBefore = last;
      this.lastLookedUp = state;
    }
    return state;
  }

  private newSenderState(id: string): SenderState {
    const state = new SenderState(id);
    this.senders.set(id, state);
    this.lookedUpBefore = this.lastLookedUp;
    this.lastLookedUp = state;
    return state;
  }

  /** Scores a participant again after something outside their own message changed. */
  /**
   * Whom the message says the threat is happening to: someone close to its writer ("my son is being blackmailed", a
   * story told back to "my daughter"), checked first, as such a story holds the teller's words too ("someone is asking
   * me for money for my son's pics"); else its writer ("he's blackmailing me", a story told back to them), unless it
   * names someone close and nothing of the writer's own ("our son sent pictures to a girl and now shes asking for
   * money"); else 'asked' when, with no threat, the writer's own story tells of the script's first steps asked of them
   * (`askedAt`); else null.
   */
  private heardIn(words: readonly Token[], text: string, cues: readonly Cue[], starts: number): Heard | null {
    const { replies } = this;
    if (
      ((starts & STARTS_OTHER_REPORT) !== 0 &&
        reportsHappening(words, replies.otherReport, STARTS_OTHER_REPORT, replies)) ||
      ((starts & STARTS_CLOSE_RETELLING) === STARTS_CLOSE_RETELLING &&
        readRetelling(this.lexicon, words, text, cues, replies.retelling, 'other', this.sentenceModel) ===
          'threat')
    )
      return 'other';
    if (
      ((starts & STARTS_SELF_REPORT) !== 0 &&
        reportsHappening(words, replies.selfReport, STARTS_SELF_REPORT, replies)) ||
      ((starts & STARTS_PAID_THEN_ASKED) === STARTS_PAID_THEN_ASKED &&
        reportsHappening(words, replies.paid, STARTS_PAID, replies) &&
        reportsHappening(words, replies.askedMore, STARTS_ASKED_MORE, replies))
    )
      return this.tellersOwn(words, starts);
    const retold =
      (starts & STARTS_RETELLING) === STARTS_RETELLING ||
      ((starts & STARTS_QUOTED_RETELLING) === STARTS_QUOTED_RETELLING && words.some(isQuotedOrNumber))
        ? readRetelling(this.lexicon, words, text, cues, replies.retelling, 'self', this.sentenceModel)
        : null;
    if (retold === 'threat') return this.tellersOwn(words, starts);
    const pushed =
      retold === 'asked' ||
      ((starts & STARTS_PUSHED) !== 0 && reportsHappening(words, replies.pushed, STARTS_PUSHED, replies)) ||
      ((starts & STARTS_PLAIN_ASKED) !== 0 &&
        holdsListed(words, replies.plainAsked, STARTS_PLAIN_ASKED, replies) &&
        stepBeside(words, cues, starts, replies));
    // a story about someone close is theirs, not the teller's (their steps would be the helper's); a pusher named by
    // whose they are ("my friend's dad keeps asking me for nudes") names no one close told about
    if (pushed && this.tellersOwn(words, starts, true) === 'self') return 'asked';
    // someone close pushed, told by the one helping ("a man keeps asking my daughter for nudes")
    const pushedOther =
      ((starts & STARTS_PUSHED_OTHER) !== 0 &&
        holdsListed(words, replies.pushedOther, STARTS_PUSHED_OTHER, replies)) ||
      ((starts & STARTS_PLAIN_OTHER) !== 0 &&
        holdsListed(words, replies.plainOther, STARTS_PLAIN_OTHER, replies) &&
        stepBeside(words, cues, starts, replies));
    return pushedOther && this.tellersOwn(words, starts) === 'other' ? 'asked-other' : null;
  }

  /**
   * Whom the teller's own story is about: the teller, unless it names someone close only as who will be told and the
   * teller gives no young age of their own ("she says shes gonna tell everyone what i did on the call … shes telling my
   * form group and my brother tomorrow. im 13" is the teller's).
   */
  private tellersOwn(words: readonly Token[], starts: number, ownersOfOthers = false): ToldAbout {
    return (starts & STARTS_CLOSE) !== 0 &&
      namesCloseOnly(words, this.replies.retelling, ownersOfOthers) &&
      !statesMinorAgeIn(words, starts)
      ? 'other'
      : 'self';
  }

  private refresh(p: ParticipantState): void {
    if (rescore(p, this.familiar, this.combiner, this.sumOf(p.id))) this.resultChanged(p);
  }

  /** The running sum of a participant (0 before their first message, or when their messages add to OTHERS'). */
  private sumOf(id: string): number {
    const state = this.senders.get(id);
    return state !== undefined && state.sumTo === state ? state.sum : 0;
  }

  /** The result so far. */
  result(): ConversationResult {
    return this.cached.messages === this.count ? this.cached : withCount(this.cached, this.count);
  }

  private participant(sender: string | undefined): ParticipantState {
    const id = senderId(sender);
    let state = this.participants.get(id);
    if (!state) {
      const key = this.participants.size >= MAX_PARTICIPANTS - 1 ? OTHERS : id;
      state = this.participants.get(key);
      if (!state) {
        state = {
          id: key,
          slot: this.participants.size,
          strength: new Float64Array(STAGES.length),
          first: new Int32Array(STAGES.length).fill(-1),
          last: new Int32Array(STAGES.length).fill(-1),
          demanding: false,
          claims: new Set(),
          selfIntrusion: false,
          pressing: false,
          pressableThreat: false,
          ownThreat: false,
          groom: new Set(),
          raised: false,
          pushed: -1,
          escalated: -1,
          answered: -1,
          paidFor: -1,
          savedAnswer: -1,
          turned: -1,
          threatAfterAnswer: false,
          chargesRemoval: false,
          minor: this.minorSaidAt >= 0 && key !== this.minorSaidBy ? this.minorSaidAt : -1,
          unknown: -1,
          askedWho: -1,
          answers: 0,
          relevel: false,
          result: { id: key, stages: [], risk: 0, level: 'none' },
        };
        this.participants.set(key, state);
        this.resultChanged(state);
      }
    }
    return state;
  }

  /** Records a participant's new result (or first one) for the next `build`. */
  private resultChanged(p: ParticipantState): void {
    if (this.resultsHandedOut) {
      this.participantResults = this.participantResults.slice();
      this.resultsHandedOut = false;
    }
    this.participantResults[p.slot] = p.result;
    this.standing[2 * p.slot] = LEVEL_RANK[p.result.level];
    this.standing[2 * p.slot + 1] = p.result.risk;
    this.participantsChanged = true;
  }

  /**
   * Adds one cue of message `index` to a participant's stages; `sender` wrote its words (the reader,
   * for a plea held against the participant they answered).
   */
  private addCue(
    participant: ParticipantState,
    cue: Cue,
    index: number,
    sender: string,
    counts = true,
    named = false,
  ): void {
    const s = STAGE_INDEX[cue.stage];
    if (counts) {
      const was = participant.strength[s];
      const sum = 1 - (1 - was) * (1 - cue.weight);
      // the line model's weak readings never add up to a threat: each stays one weak threat
      participant.strength[s] =
        cue.cue === LINE_WEAK_THREAT.cue ? Math.max(was, Math.min(sum, WEAK_LINE)) : sum;
    }
    if (participant.first[s] < 0) participant.first[s] = index;
    participant.last[s] = index;
    if (counts && !cue.context) {
      if (REMOVAL_FEE.has(cue.cue)) participant.chargesRemoval = true;
      if (PRESSING.has(cue.cue)) participant.pressing = true;
      else if (isPressableThreat(cue)) {
        participant.pressableThreat = true;
        if (sender === participant.id && !isPlea(cue)) {
          participant.ownThreat = true;
          if (participant.answered >= 0 && index > participant.answered && !isHint(cue))
            participant.threatAfterAnswer = true;
        }
      }
    }
    this.markShown(participant, s, index);
    // a weaker threat is named once a claim, a demand, pressure (PRESSING) or sexual talk stands beside it
    if (
      s === STAGE_INDEX.demand ||
      s === STAGE_INDEX.compromise_claim ||
      isBacked(participant, this.familiar)
    )
      this.markShown(participant, STAGE_INDEX.threat, index);
    this.keepEvidence(cue, index, sender, sender === participant.id ? undefined : participant.id, named);
  }

  /** Stage s enters the result's stages the first time some participant shows it. */
  private markShown(participant: ParticipantState, s: number, index: number): void {
    if (
      this.stageFirst[s] < 0 &&
      stageShown(
        participant.strength,
        s,
        isBacked(participant, this.familiar),
        isHinted(participant, this.familiar),
      )
    ) {
      this.stageFirst[s] = index;
      this.stagesChanged = true;
    }
  }

  /** `named`: a sexual cue that only named what another cue of its message was about (`namedInside`). */
  private keepEvidence(cue: Cue, message: number, sender: string, against?: string, named = false): void {
    const s = STAGE_INDEX[cue.stage];
    const kind = kindOf(cue.cue) ?? (named ? 'named' : null);
    const was = this.kinds[cue.stage];
    if (was === undefined) this.kinds[cue.stage] = kind;
    else if (was !== kind) this.kinds[cue.stage] = null;
    if (cue.weight > this.bestWeight[s]) {
      this.bestWeight[s] = cue.weight;
      const weak = cue.weight < STAGE_PRESENT;
      const reason = (label: string) =>
        against
          ? `${label}: ${sender} begged ${against} "${cue.text}" (message ${message + 1}), as people do when someone threatens them`
          : `${label}: "${cue.text}" (message ${message + 1}, from ${sender})`;
      const label = reasonLabel(cue.stage, cue.cue, weak);
      this.labelByStage[s] = label;
      this.reasonByStage[s] = reason(label);
      if (s === STAGE_INDEX.threat) {
        this.threatAlertLabel = weak && saysOutright(cue.cue) ? reasonLabel(cue.stage, cue.cue) : '';
        this.threatAlertReason = this.threatAlertLabel && reason(this.threatAlertLabel);
      }
      this.reasonsChanged = true;
    }
    const list = this.evidence[s];
    const weights = this.evidenceWeights;
    const first = s * EVIDENCE_PER_STAGE;
    if (list.length < EVIDENCE_PER_STAGE) {
      weights[first + list.length] = cue.weight;
      list.push(evidenceOf(cue, message, sender));
      this.evidenceChanged = true;
    } else {
      let weakest = 0;
      for (let i = 1; i < list.length; i++) if (weights[first + i] < weights[first + weakest]) weakest = i;
      if (cue.weight > weights[first + weakest]) {
        weights[first + weakest] = cue.weight;
        list[weakest] = evidenceOf(cue, message, sender);
        this.evidenceChanged = true;
      }
    }
  }

  /** The participant with the highest level, and of those the highest risk (the first on a tie). */
  private primary(): ParticipantResult | null {
    const standing = this.standing;
    const count = this.participantResults.length;
    if (!count) return null;
    let best = 0;
    for (let i = 1; i < count; i++) {
      const rank = standing[2 * i];
      const bestRank = standing[2 * best];
      if (rank > bestRank || (rank === bestRank && standing[2 * i + 1] > standing[2 * best + 1])) best = i;
    }
    return this.participantResults[best];
  }

  /**
   * The stage kinds the explanation reads: the threat stage's reason line says it was only hinted at (its
   * strongest cue is a weak one, such as the line model's weak reading of "now pay me 100"), so its line in
   * the explanation says so too, not that they threatened to share pictures with the reader's people.
   */
  private explainedKinds(): StageKinds {
    const shown = this.stageLabels[this.stages.indexOf('threat')];
    return shown === WEAK_THREAT_LABEL && !this.kinds.threat
      ? { ...this.kinds, threat: 'implied' }
      : this.kinds;
  }

  private build(): ConversationResult {
    const participants = this.participantResults;
    this.resultsHandedOut = true;
    const primary = this.primary();
    if (this.stagesChanged) {
      this.stages = STAGES.filter((_, i) => this.stageFirst[i] >= 0).sort(
        (a, b) => this.stageFirst[STAGE_INDEX[a]] - this.stageFirst[STAGE_INDEX[b]],
      );
    }
    const stages = this.stages;
    if (this.stagesChanged || this.evidenceChanged) {
      const list: CueEvidence[] = [];
      for (const s of stages) for (const item of this.evidence[STAGE_INDEX[s]]) list.push(item);
      this.evidenceList = list;
    }
    const level = primary?.level ?? 'none';
    const alerted = LEVEL_RANK[level] >= LEVEL_RANK.warning;
    if (this.stagesChanged || this.reasonsChanged || alerted !== this.reasonsAlerted) {
      const outright = alerted && this.threatAlertLabel !== '';
      this.reasons = stages.map((s) =>
        outright && s === 'threat' ? this.threatAlertReason : this.reasonByStage[STAGE_INDEX[s]],
      );
      this.stageLabels = stages.map((s) =>
        outright && s === 'threat' ? this.threatAlertLabel : this.labelByStage[STAGE_INDEX[s]],
      );
      this.reasonsAlerted = alerted;
    }
    this.stagesChanged = this.evidenceChanged = this.reasonsChanged = this.participantsChanged = false;
    const selfHarm = this.selfHarmAt !== null;
    // a chat said to be someone close's speaks to the one helping once it alerts
    const told = this.toldAbout ?? (alerted && this.otherChatAt >= 0 ? 'other' : null);
    const primaryStages: Stage[] = primary ? stages.filter((s) => primary.stages.includes(s)) : [];
    const facts = primary && level !== 'none' ? earlyFacts(this.participants.get(primary.id)) : [];
    const kinds = this.explainedKinds();
    // a story of someone pushing for pictures or secrecy, when the chat shows less than a warning and no threat was told
    const pushed = told === null && this.askedAt !== null && !alerted;
    const heard = told ?? (pushed ? (this.askedOther ? 'asked-other' : 'asked') : null);
    const toldAbout = told ?? (pushed && this.askedOther ? 'other' : null);
    const key = explainKey(level, primaryStages, facts, kinds, selfHarm, heard);
    if (this.explained?.key !== key)
      this.explained = { key, ...explain(level, primaryStages, facts, kinds, selfHarm, heard) };
    const { explanation, nextSteps } = this.explained;
    const evidence = this.evidenceList;
    const reasons = this.reasons;
    const stageLabels = toldAbout === 'other' ? this.stageLabels.map(labelOfThem) : this.stageLabels;
    return {
      risk: primary?.risk ?? 0,
      level,
      alert: alerted,
      stages,
      stageLabels,
      primary: primary && level !== 'none' ? primary.id : null,
      participants,
      reasons,
      evidence,
      explanation,
      nextSteps,
      messages: this.count,
      firstAlertAt: this.firstAlertAt,
      selfHarmAt: this.selfHarmAt,
      selfReportAt: this.selfReportAt,
      toldAbout,
      askedAt: this.askedAt,
      pushed,
    };
  }
}

/** Text in any format parseConversation detects; malformed exports fall back to transcript-or-text. */
function messagesOfText(text: string): Message[] {
  try {
    return parseConversation(text).messages;
  } catch {
    return parseTranscriptOrText(text);
  }
}

export function createConversationAnalyzer(options: AnalyzerOptions = {}): ConversationAnalyzer {
  return new ConversationAnalyzer(options);
}

/**
 * Analyses a whole conversation: an array of messages, or text (a `Name: message` transcript, or
 * one message such as an e-mail body).
 */
export function analyzeConversation(
  input: readonly Message[] | string,
  options: AnalyzerOptions = {},
): ConversationResult {
  const messages = typeof input === 'string' ? messagesOfText(input) : input;
  const analyzer = new ConversationAnalyzer(options);
  for (const message of messages) analyzer.push(message);
  return analyzer.result();
}
