/** Finds the cues in one message: phrase matches, minus negated ones, discounted in quotes and discussion. */
import { findPhrases, type CompiledLexicon, type CueTarget, type PhraseMatch } from './compile.ts';
import { CURRENCY_WORDS, foldWord, isNumberWord, opensQuotation, tokenize, type Token } from './normalize.ts';
import { SENTENCE_STAGES, sentenceBounds, type SentenceModel } from './sentence-model.ts';
import type { Cue, Stage } from './types.ts';

/** Longer messages are analysed up to this many characters (e-mails, pasted articles). */
export const MAX_MESSAGE_CHARS = 20_000;
/** A cue counts this much in quotation marks or in a message that discusses sextortion. */
export const CONTEXT_DISCOUNT = 0.25;
const NEGATION_WINDOW = 3;
/**
 * A discussion marker discounts the cues within this many words of it (about two sentences): a
 * short advice quote or news paragraph is covered whole, but "according to the exchange rate" in a
 * long scam e-mail does not turn its threat into a report.
 */
export const DISCUSSION_REACH = 40;
const CUE_TEXT_MAX = 120;

/** Punctuation that ends a clause: a negator before it does not reach the words after it. */
function clauseBreak(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    // , . ; : ! ? ( ) and newline
    if (
      c === 44 ||
      c === 46 ||
      c === 59 ||
      c === 58 ||
      c === 33 ||
      c === 63 ||
      c === 40 ||
      c === 41 ||
      c === 10
    )
      return true;
  }
  return false;
}

/**
 * The match runs over the end of a sentence ("… send them a compromising picture of yourself. If
 * your Facebook friends …"): its parts belong to two statements.
 */
function crossesSentence(text: string, tokens: Token[], m: PhraseMatch): boolean {
  for (let k = m.first + 1; k < m.end; k++) {
    for (let i = tokens[k - 1].e; i < tokens[k].s - 1; i++) {
      const c = text.charCodeAt(i);
      // . ! ? followed by a space (a line break may be the seam of messages read together); an
      // ellipsis only trails off ("sending to your mother in 10... 9... 8...")
      if (
        (c === 46 || c === 33 || c === 63) &&
        text.charCodeAt(i + 1) === 32 &&
        !(c === 46 && text.charCodeAt(i - 1) === 46)
      )
        return true;
    }
  }
  return false;
}

/** One of `phrases` (each as its folded words) stands in `tokens` from token `at` on. */
function phraseAt(phrases: readonly string[][], tokens: Token[], at: number): boolean {
  for (const words of phrases) {
    if (at < 0 || at + words.length > tokens.length) continue;
    let same = true;
    for (let k = 0; k < words.length; k++) if (tokens[at + k].w !== words[k]) same = false;
    if (same) return true;
  }
  return false;
}

/** The words just after the negator at `negator` are a lexicon coercion ("make me", "me obligues"). */
const isCoercion = (lexicon: CompiledLexicon, tokens: Token[], negator: number) =>
  phraseAt(lexicon.coercions, tokens, negator + 1);

/** The words just before the negator at `negator` are a lexicon proposal ("why", "por que"). */
function isProposal(lexicon: CompiledLexicon, tokens: Token[], negator: number): boolean {
  for (const words of lexicon.proposals) if (phraseAt([words], tokens, negator - words.length)) return true;
  return false;
}

function isNegated(
  lexicon: CompiledLexicon,
  tokens: Token[],
  match: PhraseMatch,
  threat: boolean,
  text: string,
): boolean {
  let negator = -1;
  for (let k = match.first - 1; k >= Math.max(0, match.first - NEGATION_WINDOW); k--) {
    // "this is not feasible, I sent you an email from your account": the "not" is another clause's
    if (clauseBreak(text, tokens[k].e, tokens[k + 1].s)) break;
    if (lexicon.negators.has(tokens[k].w)) {
      negator = k;
      break;
    }
  }
  if (negator < 0) return false;
  // "no cap ill drop ur nudes": an idiom that starts with the negator negates nothing
  if (phraseAt(lexicon.affirmations, tokens, negator)) return false;
  // "why don't we settle this another way": a proposal, not a negation
  if (isProposal(lexicon, tokens, negator)) return false;
  // "if you don't pay", "unless you", "if you will not make payment": the negation is part of a condition, the cue stands
  for (let k = negator - 1; k >= Math.max(0, negator - 3); k--)
    if (lexicon.conditionals.has(tokens[k].w)) return false;
  // "Don't tell anyone or I post immediately": an order, then what follows if it is not obeyed ("I'd never post it or
  // send it" is no order: the negator does not open its clause)
  if (
    lexicon.conditionals.has(tokens[match.first].w) &&
    (negator === 0 || clauseBreak(text, tokens[negator - 1].e, tokens[negator].s))
  )
    return false;
  // "I won't post them if you pay": a conditional promise is a threat; "dont make me post them" too
  if (threat) {
    if (isCoercion(lexicon, tokens, negator)) return false;
    for (let k = match.end; k < Math.min(tokens.length, match.end + 3); k++) {
      if (lexicon.conditionals.has(tokens[k].w)) return false;
    }
  }
  return true;
}

/**
 * One cue per cue id per message; and the same words matched by two cues of one stage (or by another
 * language's lexicon) count once, as the heavier of the two. Returns the index in `kept` of the match
 * `m` should replace, `kept.length` to add it, or -1 to drop it.
 */
function slotFor(kept: PhraseMatch[], m: PhraseMatch): number {
  const target = m.phrase.target;
  if (target.kind !== 'cue') return -1;
  for (let i = 0; i < kept.length; i++) {
    const other = kept[i].phrase.target;
    if (other.kind !== 'cue') continue;
    if (other.cue === target.cue) return -1;
    if (other.stage === target.stage && kept[i].first === m.first && kept[i].end === m.end)
      return target.weight > other.weight ? i : -1;
  }
  return kept.length;
}

/** An exception for the cue's stage overlaps its words ("send me a pic of the new trainers"). */
function isCancelled(matches: PhraseMatch[], m: PhraseMatch, stage: Stage): boolean {
  for (const other of matches) {
    const t = other.phrase.target;
    if (t.kind === 'cancel' && t.stage === stage && other.first < m.end && m.first < other.end) return true;
  }
  return false;
}

/**
 * An exception for `stage` lies within words `first` to `end`: the sentence model's reading of that
 * sentence is vetoed as the phrases' would be ("I installed the parental control app on your phone").
 */
function cancelledWithin(matches: PhraseMatch[], stage: Stage, first: number, end: number): boolean {
  for (const m of matches) {
    const t = m.phrase.target;
    if (t.kind === 'cancel' && t.stage === stage && first <= m.first && m.end <= end) return true;
  }
  return false;
}

const isPictureWord = (m: PhraseMatch) => m.phrase.target.kind === 'picture';

const isInnocentPicture = (m: PhraseMatch) => {
  const t = m.phrase.target;
  return t.kind === 'cancel' && t.pictures === true;
};

/** A discussion marker lies wholly inside a `notDiscussion` phrase ("according to the Penal Code"). */
function insideNotDiscussion(matches: PhraseMatch[], m: PhraseMatch): boolean {
  for (const other of matches)
    if (other.phrase.target.kind === 'notDiscussion' && other.first <= m.first && m.end <= other.end)
      return true;
  return false;
}

/**
 * A discussion marker starting with a negator ("dont pay ~2 the|it …") that also starts a threat running past it:
 * the threat's condition ("dont pay and the whole family gets a movie night"), not advice ("dont pay them").
 */
function opensThreat(matches: PhraseMatch[], m: PhraseMatch): boolean {
  for (const other of matches) {
    const target = other.phrase.target;
    if (target.kind === 'cue' && target.stage === 'threat' && other.first === m.first && other.end > m.end)
      return true;
  }
  return false;
}

/** The cues of one message, and whether it shows that the people already know each other. */
export interface MessageScan {
  cues: Cue[];
  familiar: boolean;
  /** the message talks about sextortion (advice, news): its cues were discounted */
  discussion: boolean;
  /**
   * the pictures the message names, if any: only innocent ones of the reader ("the video of you
   * singing") or a picture not known to be innocent ("your nudes", "the video")
   */
  pictures?: 'innocent' | 'other';
  /** an exception of the lexicon cancels threats here ("lo que me debes o tu mamá se entera"): no model may read one */
  threatCancelled?: true;
  /**
   * In a message where a phrase found a claim (not discounted): the sentences (character spans, start
   * and end in pairs) that the sentence model reads as a claim with at least its `strong` probability,
   * not quoted or discussed, where any phrase's claim over them is not discounted either and no
   * exception vetoes the reading (the analyzer's `claimConfirmed`)
   */
  confirmedClaims?: number[];
}

const NOTHING: MessageScan = Object.freeze({
  cues: Object.freeze([]) as unknown as Cue[],
  familiar: false,
  discussion: false,
});

/**
 * The pictures a message's matches name (`MessageScan.pictures`). In a message that names only
 * innocent ones ("the video of you singing"), a threat naming no picture of its own ("... or it goes
 * in the group chat") points back at them; a message that also names another picture ("your nudes
 * and the video of you singing") keeps its threat.
 */
function picturesNamed(matches: PhraseMatch[]): 'innocent' | 'other' | undefined {
  let named: 'innocent' | undefined;
  for (const m of matches) {
    if (isInnocentPicture(m)) named = 'innocent';
    else if (
      m.phrase.target.kind === 'picture' &&
      !matches.some((i) => isInnocentPicture(i) && i.first <= m.first && m.end <= i.end)
    )
      return 'other';
  }
  return named;
}

/** The phrase matches of the message being scanned (reused: nothing keeps them after the scan). */
const matchesScratch: PhraseMatch[] = [];
/** Word ranges (first, end) of the discussion markers of the message being scanned (reused). */
const markersScratch: number[] = [];

/** The marker ranges (first, end) all overlap the first: one phrase matched in several ways ("the scammers" / "scammers"). */
function oneSpan(markers: number[]): boolean {
  for (let i = 2; i < markers.length; i += 2)
    if (markers[i] >= markers[1] || markers[i + 1] <= markers[0]) return false;
  return true;
}

/** Words `first` to `end` lie within DISCUSSION_REACH of a discussion marker. */
function nearMarker(markers: number[], first: number, end: number): boolean {
  for (let i = 0; i < markers.length; i += 2)
    if (markers[i] - DISCUSSION_REACH <= end && first <= markers[i + 1] + DISCUSSION_REACH) return true;
  return false;
}

export function findCues(
  lexicon: CompiledLexicon,
  text: string,
  sentences: SentenceModel | null = null,
): Cue[] {
  const { cues } = scanMessage(lexicon, text, sentences);
  return cues.length ? cues : [];
}

/** Cues and the familiarity flag of one message (the analyzer's hot path: no allocation when empty). */
export function scanMessage(
  lexicon: CompiledLexicon,
  text: string,
  sentences: SentenceModel | null = null,
): MessageScan {
  const limited = text.length > MAX_MESSAGE_CHARS ? text.slice(0, MAX_MESSAGE_CHARS) : text;
  return scanTokens(lexicon, tokenize(limited, lexicon.vocabulary), limited, Infinity, sentences);
}

/** What a sentence the model reads as an act is said to do (the evidence's `why`). */
const MODEL_WHY: Record<(typeof SENTENCE_STAGES)[number], string> = {
  compromise_claim:
    'reads as a claim to hold pictures or recordings of you, or to have broken into your device',
  threat: 'reads as a threat to share or publish something about you',
  demand: 'reads as a demand for money or for more pictures',
  pressure: 'reads as pressure: a deadline, a menace or a warning not to tell',
};

const logits = new Float64Array(4);
const boundsScratch: number[] = [];
/** `sentenceCues`' confirmed claims of the message being scanned (reused; copied into its scan). */
const confirmedScratch: number[] = [];
/** Empties a scratch array: setting a length calls into the runtime, and most messages leave them empty. */
function clear(scratch: unknown[]): void {
  if (scratch.length) scratch.length = 0;
}

/** Words by which a sentence speaks as I or we (English and Spanish, folded). */
const FIRST_PERSON = new Set(
  (
    'i im ive il id me my mine myself we us our ours ourselves wel weve yo mi mis conmigo nos nosotros ' +
    'nosotras nuestro nuestra nuestros nuestras tengo tenemos voy vamos quiero queremos necesito grabe ' +
    'instale hacke vi vimos'
  ).split(' '),
);
/** Words by which a sentence speaks to you (pronouns; English and Spanish, folded). */
const SECOND_PERSON = new Set(
  'you your yours yourself yourselves u ur youre youl youve ya yal te tu tus ti contigo vos usted ustedes'.split(
    ' ',
  ),
);
/**
 * Words by which a sentence speaks as I or we, or to you (as the tokenizer folds them, English and
 * Spanish). An act the model reads in a sentence with none of them is told about someone else
 * ("Bob's deadline to pay is Friday, or the video goes live"): discounted like discussion.
 */
const PERSON_WORDS = new Set([
  ...FIRST_PERSON,
  ...SECOND_PERSON,
  // Spanish drops the pronoun: the verb says who ("tengo grabaciones", "sé lo que haces"); FIRST_PERSON holds the
  // first person's
  ...'tienes tenes estas eres sos hiciste hicistes mandaste enviaste pagas pagues puedes podes sabes'.split(
    ' ',
  ),
]);

/**
 * Verbs that, opening a sentence, give an order to the reader ("Transfer the money by nine or the
 * whole school sees it"): the sentence speaks to them without a you word.
 */
const ORDERS = new Set(
  (
    'pay send transfer wire deposit buy give get venmo cashap zele paypal answer reply delete ' +
    'paga pague pagame envia envie enviame manda mande mandame pasa pasame transferi transfiere ' +
    'deposita compra contesta responde'
  ).split(' '),
);

/**
 * Words by which a sentence tells of someone else ("he said he would send my pics", "they claim to have"); not
 * "them", which is as often the pictures ("send 200 or your school sees them").
 */
const THIRD_PERSON = new Set(
  (
    'he she they him his her their theirs hes shes hed shed hel shel theyre theyl theyd theyve ellos ellas ' +
    'teen teens teenager teenagers victim victims'
  ).split(' '),
);

/** Sentence starts of the message being scanned, for `writerToReader` (reused). */
const voiceBounds: number[] = [];

/** Words before an order or a price that still open the sentence ("just pay 200", "now send it"). */
const LEADS = new Set('just now so ok okay then and but ya yeah'.split(' '));
const CLAUSE_BREAK = /,/;

/** The index in `bounds` (a message's sentence starts, `sentenceBounds`) of the sentence holding token `k`. */
function sentenceAt(bounds: readonly number[], k: number): number {
  let b = 0;
  while (bounds[b + 1] <= k) b++;
  return b;
}

/**
 * Tokens `start` to `end` (a sentence) speak from the writer to the reader: an order or a price opening them
 * ("pay 200 or everyone sees", "$300 by tonight or ur followers get the vid"), or a you word and an I or we
 * word; and no he, she or they (a victim's story, an advice page's "they claim to have your video").
 */
function writerToReader(text: string, tokens: readonly Token[], start: number, end: number): boolean {
  const lead = start + 1 < end && LEADS.has(tokens[start].w) ? tokens[start + 1].w : tokens[start].w;
  let opening = ORDERS.has(lead) || isNumberWord(lead) || CURRENCY_WORDS.has(lead);
  let first = false;
  let second = false;
  for (let i = start; i < end; i++) {
    const w = tokens[i].w;
    if (THIRD_PERSON.has(w)) return false;
    if (FIRST_PERSON.has(w)) first = true;
    else if (SECOND_PERSON.has(w)) second = true;
    // an order opening a clause: "To avoid prosecution, pay a fine of 500 euros"
    else if (i > start && ORDERS.has(w) && CLAUSE_BREAK.test(text.slice(tokens[i - 1].e, tokens[i].s)))
      opening = true;
  }
  return opening || (first && second);
}

/**
 * Words that, before a quotation, say it was sent to the writer: "this is what he sent me: “…”", "my son got this:
 * “…”" (folded as the tokenizer folds them).
 */
const SENT_TO = new Set(
  'sent send sends told texted messaged wrote said says dmed dmd snapped got received get gets'
    .split(' ')
    .map(foldWord),
);
const TO_WRITER = new Set('me us this these'.split(' '));

/**
 * The quotation holding token `k` is pasted by the one it was sent to (the words just before it say so): the
 * sender's own words to the reader, not a story's reported speech.
 */
function pastedToWriter(tokens: readonly Token[], k: number): boolean {
  let open = k;
  while (open > 0 && tokens[open - 1].q) open--;
  let sent = false;
  let toWriter = false;
  for (let j = open - 1; j >= 0 && j >= open - 5 && !tokens[j].q; j--) {
    if (SENT_TO.has(tokens[j].w)) sent = true;
    else if (TO_WRITER.has(tokens[j].w)) toWriter = true;
  }
  return (sent && toWriter) || opensWithReceipt(tokens, open);
}

/** How many words may stand between a message's opening receipt and the quotation it introduces. */
const RECEIPT_LEAD_MAX = 15;
/** Words before a receipt that still open the message ("i just got this", "lol got this again"). */
const RECEIPT_LEADS = new Set('i ive just so lol ok okay hey hi um yo guys also today me'.split(' '));
/** The writer's own receipt ("got", "received", "me llegó"), folded as the tokenizer folds them. */
const RECEIPTS = new Set('got get received recieved llego llegaron recibi'.split(' ').map(foldWord));
const RECEIVED_THIS = new Set('this these following esto este'.split(' '));

/**
 * The message opens with the writer's receipt of what it quotes at token `open`: "got this email this morning,
 * should I be worried? “…”", "me llegó este correo, ¿es real? «…»"; not "he texted me, so I told him “…”" (a
 * story) nor a quotation that a verb of speech just before it introduces ("… and it says “…”").
 */
function opensWithReceipt(tokens: readonly Token[], open: number): boolean {
  if (open > RECEIPT_LEAD_MAX) return false;
  for (let j = 0; j < open; j++)
    if (tokens[j].q || (j >= open - 3 && REPORTING.has(tokens[j].w))) return false;
  let j = 0;
  while (j < 2 && j < open && RECEIPT_LEADS.has(tokens[j].w)) j++;
  if (j >= open || !RECEIPTS.has(tokens[j].w)) return false;
  for (let t = j + 1; t <= j + 2 && t < open; t++) if (RECEIVED_THIS.has(tokens[t].w)) return true;
  return false;
}

/**
 * Verbs that introduce someone's words in a story ("a kid comes up to him and says, “give me $20 or
 * this goes on YouTube”"), as the tokenizer folds them, English and Spanish.
 */
const REPORTING = new Set(
  (
    'say says said saying tell tells told write writes wrote text texts texted message messages ' +
    'messaged reply replies replied ask asks asked answer answered add added threaten threatens ' +
    'threatened warn warned demand demanded go goes went read reads yell yelled ' +
    'dice dijo decia escribe escribio pone puso responde respondio amenaza amenazo exige exigio'
  )
    .split(' ')
    .map(foldWord),
);

/**
 * A sentence that reports what someone else said: a quotation of at least three words opened right
 * after a reporting verb whose subject is not I, we or you, with no words to the reader or by the
 * writer after the quotation.
 */
export function reportsSpeech(tokens: readonly Token[], first: number, end: number): boolean {
  let k = first;
  while (k < end && !tokens[k].q) k++;
  if (k === first || k === end || !REPORTING.has(tokens[k - 1].w)) return false;
  // "i told you: “pay or …”" repeats the writer's own threat; "you said “…”" quotes the reader
  for (let j = Math.max(first, k - 3); j < k - 1; j++) if (PERSON_WORDS.has(tokens[j].w)) return false;
  let quoted = 0;
  for (let j = k; j < end; j++) {
    if (tokens[j].q) quoted++;
    else if (PERSON_WORDS.has(tokens[j].w)) return false;
  }
  return quoted >= 3;
}

function speaksAsOrTo(tokens: readonly Token[], first: number, end: number): boolean {
  if (ORDERS.has(tokens[first].w)) return true;
  for (let k = first; k < end; k++) if (PERSON_WORDS.has(tokens[k].w)) return true;
  return false;
}

/**
 * The sentence model's cues for the sentences of a message: a stage it reads with at least its
 * threshold, in a sentence where no cue of that stage was found, is a `model.*` cue over the whole
 * sentence, discounted in quotation marks and near a discussion marker like any cue.
 */
function sentenceCues(
  model: SentenceModel,
  tokens: Token[],
  text: string,
  cues: Cue[],
  markers: number[],
  cancels: PhraseMatch[] | null = null,
  confirmed: number[] | null = null,
  loneAside = false,
): void {
  const { minWords } = model.data;
  const bounds = sentenceBounds(text, tokens, boundsScratch);
  const found = cues.length;
  for (let b = 0; b + 1 < bounds.length; b++) {
    const first = bounds[b];
    const end = bounds[b + 1];
    if (end - first < minWords) continue;
    const reached = model.score(tokens, first, end, logits);
    if (!reached) continue;
    const start = tokens[first].s;
    const stop = tokens[end - 1].e;
    let quoted = true;
    for (let k = first; k < end; k++) if (!tokens[k].q) quoted = false;
    if (quoted && pastedToWriter(tokens, first)) quoted = false;
    if (!quoted) quoted = reportsSpeech(tokens, first, end);
    const discussed =
      (nearMarker(markers, first, end) && !(loneAside && writerToReader(text, tokens, first, end))) ||
      !speaksAsOrTo(tokens, first, end);
    for (let s = 0; s < SENTENCE_STAGES.length; s++) {
      if ((reached & (1 << s)) === 0) continue;
      const stage = SENTENCE_STAGES[s];
      let covered = false;
      let byPhrase = false;
      for (let k = 0; k < found; k++)
        if (cues[k].stage === stage && cues[k].start < stop && start < cues[k].end) {
          covered = true;
          if (!cues[k].context) byPhrase = true;
        }
      const vetoed = !covered && cancels !== null && cancelledWithin(cancels, stage, first, end);
      // `MessageScan.confirmedClaims`
      if (confirmed && stage === 'compromise_claim' && !quoted && !discussed && model.isStrong(logits[s]))
        if (covered ? byPhrase : !vetoed) confirmed.push(start, stop);
      if (covered || vetoed) continue;
      const weight = model.cueWeight(s, logits[s]);
      const cue: Cue = {
        stage,
        cue: `${MODEL_CUE}${stage}`,
        why: MODEL_WHY[stage],
        weight,
        start,
        end: stop,
        text: text.slice(start, Math.min(stop, start + CUE_TEXT_MAX)),
      };
      if (model.isStrong(logits[s])) cue.strong = true;
      if (quoted || discussed) {
        cue.weight = Math.round(weight * CONTEXT_DISCOUNT * 1000) / 1000;
        cue.context = quoted ? 'quoted' : 'discussion';
      }
      cues.push(cue);
    }
  }
}

type CueOf = Pick<CueTarget, 'stage' | 'cue' | 'why' | 'weight'>;

/** The cue a lexicon entry makes over characters `start` to `end` of `limited` (its text capped). */
const cueAt = (target: CueOf, limited: string, start: number, end: number): Cue => ({
  stage: target.stage,
  cue: target.cue,
  why: target.why,
  weight: target.weight,
  start,
  end,
  text: limited.slice(start, Math.min(end, start + CUE_TEXT_MAX)),
});

/** A whole message in brackets, letters and spaces inside: "[photo]", "<video>", "(image attached)". */
const BRACKETED = /^\s*[[(<{][\p{L}\s]+[\])>}]\s*$/u;

/** A whole message in brackets: what a pasted chat writes in place of media or a system event ("[payment sent]"). */
export const isBracketed = (text: string): boolean => text.length <= 40 && BRACKETED.test(text);

/** The lexicon's placeholder of the one or two words tokens[first, end) (`LexiconCue.placeholders`). */
const placeholderOf = (lexicon: CompiledLexicon, tokens: Token[], first: number, end: number) =>
  lexicon.placeholders.get(end - first === 1 ? tokens[first].w : `${tokens[first].w} ${tokens[first + 1].w}`);

/**
 * The cue of a placeholder a pasted chat shows instead of a picture (`LexiconCue.placeholders`):
 * exports that say "image omitted" without brackets reach the lexicon's phrases instead.
 */
function placeholderCue(lexicon: CompiledLexicon, tokens: Token[], limited: string): Cue | undefined {
  if (tokens.length > 2 || !isBracketed(limited)) return undefined;
  const target = placeholderOf(lexicon, tokens, 0, tokens.length);
  return target ? cueOverMessage(target, limited) : undefined;
}

const OPENERS = '[(<{';
const CLOSERS = '])>}';

/** The placeholder of tokens [first, end) if brackets hold exactly them in `limited`: "[photo]", "(image omitted)". */
function bracketedPlaceholder(
  lexicon: CompiledLexicon,
  tokens: Token[],
  limited: string,
  first: number,
  end: number,
): CueOf | undefined {
  const before = tokens[first].s - 1;
  const kind = before >= 0 ? OPENERS.indexOf(limited[before]) : -1;
  if (kind < 0 || limited[tokens[end - 1].e] !== CLOSERS[kind]) return undefined;
  return placeholderOf(lexicon, tokens, first, end);
}

/**
 * A placeholder with words beside it, as a pasted chat shows a picture sent with a caption: "[photo] this is
 * me", "ur turn [image]", "bueno [imagen]". Only at the message's start or end, and not "[photo] of the dog"
 * (words about a picture, not one sent: the lexicon's `aboutPicture`).
 */
function captionedPlaceholder(lexicon: CompiledLexicon, tokens: Token[], limited: string): Cue | undefined {
  for (let size = 1; size <= 2 && size < tokens.length; size++) {
    const lead = bracketedPlaceholder(lexicon, tokens, limited, 0, size);
    if (lead && !lexicon.aboutPicture.has(tokens[size].w))
      return cueAt(lead, limited, tokens[0].s - 1, tokens[size - 1].e + 1);
    const last = tokens.length - size;
    const tail = bracketedPlaceholder(lexicon, tokens, limited, last, tokens.length);
    if (tail) return cueAt(tail, limited, tokens[last].s - 1, tokens[tokens.length - 1].e + 1);
  }
  return undefined;
}

/** A cue over a whole message, the white space around it left out (its text capped). */
export function cueOverMessage(target: CueOf, limited: string): Cue {
  const start = limited.length - limited.trimStart().length;
  return cueAt(target, limited, start, Math.max(start, limited.trimEnd().length));
}

/** The sentence model's cues are `model.<stage>`. */
const MODEL_CUE = 'model.';

/** A cue of the sentence model's (`sentenceCues`), not of a phrase. */
export const isSentenceModelCue = (c: Cue): boolean => c.cue.startsWith(MODEL_CUE);

/** A quotation opens between token `at - 1` and token `at` of `text` (`opensQuotation`). */
function quotesAfter(text: string, tokens: readonly Token[], at: number): boolean {
  if (at < 1 || at >= tokens.length) return false;
  for (let i = tokens[at - 1].e; i < tokens[at].s; i++) if (opensQuotation(text.charCodeAt(i))) return true;
  return false;
}

/**
 * `scanMessage` over tokens already made from `limited` (offsets into it); with `cuesBefore`, only
 * cues starting before that token (see `findPhrases`). `received`, for a story's told-back words: the
 * first words of the discussion markers that are the teller's report of a message they got ("got a
 * message saying"), which then discount nothing (`Lexicon.retelling.received`).
 */
export function scanTokens(
  lexicon: CompiledLexicon,
  tokens: Token[],
  limited: string,
  cuesBefore = Infinity,
  sentences: SentenceModel | null = null,
  received: ReadonlySet<string> | null = null,
): MessageScan {
  if (!tokens.length) return NOTHING;
  clear(matchesScratch);
  const matches = findPhrases(lexicon, tokens, matchesScratch, cuesBefore);
  if (!matches.length || matches.every(isPictureWord)) {
    const placeholder = placeholderCue(lexicon, tokens, limited);
    if (placeholder) return { cues: [placeholder], familiar: false, discussion: false };
  }
  if (!matches.length) {
    const captioned = captionedPlaceholder(lexicon, tokens, limited);
    if (!sentences || tokens.length < sentences.data.minWords)
      return captioned ? { cues: [captioned], familiar: false, discussion: false } : NOTHING;
    clear(markersScratch);
    const cues: Cue[] = [];
    sentenceCues(sentences, tokens, limited, cues, markersScratch);
    if (captioned) cues.push(captioned);
    return cues.length ? { cues, familiar: false, discussion: false } : NOTHING;
  }
  let discussion = false;
  let familiar = false;
  const markers = markersScratch;
  clear(markers);
  let notDiscussion = false;
  let plainMarker = false;
  for (const m of matches) if (m.phrase.target.kind === 'notDiscussion') notDiscussion = true;
  for (const m of matches) {
    const target = m.phrase.target;
    if (target.kind === 'familiar' && !tokens[m.first].q) familiar = true;
    if (target.kind !== 'discussion' || tokens[m.first].q) continue;
    // a story told back: the teller's "got a message saying …" is how they tell it, no discussion, and so is "the last
    // message said" right before the words they quote
    if (received && (received.has(tokens[m.first].w) || quotesAfter(limited, tokens, m.end))) continue;
    if (notDiscussion && insideNotDiscussion(matches, m)) continue;
    // "if you don't pay": a condition, not advice ("or they would leak it" is still a retelling)
    const before = Math.max(0, m.first - 2);
    let conditional = false;
    if (lexicon.negators.has(tokens[m.first].w)) {
      for (let k = before; k < m.first; k++) if (lexicon.conditionals.has(tokens[k].w)) conditional = true;
      if (opensThreat(matches, m)) conditional = true;
    }
    if (!conditional) {
      discussion = true;
      if (!target.aside) plainMarker = true;
      markers.push(m.first, m.end);
    }
  }
  // the message's only marker is an aside: sentences where the writer speaks to the reader are not discounted
  const lone = discussion && !plainMarker && oneSpan(markers);
  let escaped = false;
  let discounted = false;
  let voice: number[] | undefined;
  let cancels = false;
  let threatCancelled = false;
  for (const m of matches) {
    const target = m.phrase.target;
    if (target.kind !== 'cancel') continue;
    cancels = true;
    if (target.stage === 'threat') threatCancelled = true;
  }
  const pictures = picturesNamed(matches);
  const cues: Cue[] = [];
  const kept: PhraseMatch[] = [];
  for (const m of matches) {
    const target = m.phrase.target;
    if (
      target.kind !== 'cue' ||
      (cancels &&
        (isCancelled(matches, m, target.stage) || (target.stage === 'threat' && pictures === 'innocent')))
    )
      continue;
    if (crossesSentence(limited, tokens, m)) continue;
    const slot = slotFor(kept, m);
    if (slot < 0) continue;
    if (
      isNegated(lexicon, tokens, m, target.stage === 'threat' || target.stage === 'deepfake_threat', limited)
    )
      continue;
    kept[slot] = m;
    let quoted = true;
    for (let k = m.first; k < m.end; k++) if (!tokens[k].q) quoted = false;
    if (quoted && pastedToWriter(tokens, m.first)) quoted = false;
    const start = tokens[m.first].s;
    const end = tokens[m.end - 1].e;
    const cue = cueAt(target, limited, start, end);
    if (quoted || (discussion && nearMarker(markers, m.first, m.end))) {
      let spoken = false;
      if (!quoted && lone) {
        voice ??= sentenceBounds(limited, tokens, voiceBounds);
        const b = sentenceAt(voice, m.first);
        spoken = writerToReader(limited, tokens, voice[b], voice[b + 1]);
      }
      if (spoken) escaped = true;
      else {
        cue.weight = Math.round(target.weight * CONTEXT_DISCOUNT * 1000) / 1000;
        cue.context = quoted ? 'quoted' : 'discussion';
        if (!quoted) discounted = true;
      }
    }
    cues[slot] = cue;
  }
  if (escaped && !discounted) {
    discussion = false;
    markers.length = 0;
  }
  clear(confirmedScratch);
  if (sentences && tokens.length >= sentences.data.minWords) {
    const claimed = cues.some((c) => c.stage === 'compromise_claim' && !c.context);
    sentenceCues(
      sentences,
      tokens,
      limited,
      cues,
      markers,
      cancels ? matches : null,
      claimed ? confirmedScratch : null,
      lone,
    );
  }
  const captioned = captionedPlaceholder(lexicon, tokens, limited);
  if (captioned && !discussion) cues.push(captioned);
  const scan: MessageScan = pictures
    ? { cues, familiar, discussion, pictures }
    : { cues, familiar, discussion };
  if (confirmedScratch.length) scan.confirmedClaims = confirmedScratch.slice();
  if (threatCancelled) scan.threatCancelled = true;
  return pictures || threatCancelled || cues.length || familiar ? scan : NOTHING;
}
