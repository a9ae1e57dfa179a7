/**
 * A reader telling what someone is doing to them ("this guy says he will send my pics to my whole school unless i
 * pay"): their story, told back as the words said to them ("i will send your pics to your whole school unless you
 * pay"), holds the threat the lexicon's acts recognise. Such a message is a self-report (`selfReportAt`) in any
 * wording the acts cover, not only in the phrases of the lexicon's `selfReport` list.
 */
import type { CompiledLexicon } from './compile.ts';
import { kindOf } from './explain.ts';
import { isSentenceModelCue, scanTokens } from './match.ts';
import type { SentenceModel } from './sentence-model.ts';
import { foldWord, isNumberWord, wordHash, type Token } from './normalize.ts';
import type { Cue, Lexicon, ToldAbout } from './types.ts';

/** A threat told as reported ("threatened to"), said as the threat ("will"): `Lexicon.retelling.reported`. */
export interface Reporting {
  said: ReadonlyMap<string, string>;
  /** words just before it left out ("started threatening" → "will") */
  before: ReadonlySet<string>;
  /** a word just after it left out ("threatened to post" → "will post") */
  after: ReadonlySet<string>;
}

/** One language's words of a story turned into the words said to its teller, folded (see `Lexicon.retelling`). */
export interface RetellingWords {
  /** the teller's words, as the one the story is about (`teller`: a story needs one) or as the one who acts (`subject`) */
  teller: ReadonlyMap<string, string>;
  about: ReadonlySet<string>;
  other: ReadonlyMap<string, string>;
  /** a verb after a word turned into the one who speaks, as that one says it ("someone is" → "i am") */
  agree: ReadonlyMap<string, string>;
  /** a reported threat's words, said as the threat's ("threatened" → "will"), anywhere (`Lexicon.retelling.reported`) */
  reported: Reporting;
  /**
   * words that open the teller's report of a message they got ("got a message saying …"): in told-back words, a
   * discussion marker starting with one is how the story is told, and discounts nothing
   */
  received: ReadonlySet<string>;
  /** words before a `subject` word that make the story the teller's ("if i", "unless i") */
  conditions: ReadonlySet<string>;
  /** words that open a description of the one told about, just after they are named ("from", "on", "who") */
  describedBy: ReadonlySet<string>;
  /**
   * the teller's words of distress or asking for help: beside one, a told-back claim alone is the story
   * (`Lexicon.retelling.distress`)
   */
  distress: ReadonlySet<string>;
  /** a story about someone close to its teller, when the lexicon gives its words (`Lexicon.retelling.close`) */
  close?: CloseWords;
}

/** The words of a story about someone close to its teller ("my daughter"), folded (see `Lexicon.retelling.close`). */
export interface CloseWords {
  owners: ReadonlySet<string>;
  /** each one named ("daughter") and its possessive ("daughters"): said as "you" and as "your" */
  people: ReadonlyMap<string, string>;
  /** `said` before `other` */
  said: ReadonlyMap<string, string>;
  /** the reported threat's words (`RetellingWords.reported`) */
  reported: Reporting;
  objects: ReadonlyMap<string, string>;
  objectsBefore: ReadonlySet<string>;
  agree: ReadonlyMap<string, string>;
  /** the one told about by their pronouns (`Lexicon.retelling.close.victims`) */
  victims: readonly { names: ReadonlySet<string>; said: ReadonlyMap<string, string> }[];
  agreeNamed: ReadonlyMap<string, string>;
  /**
   * the teller's words of their own ("my"): outside the name of the one told about, the story is the teller's. Those
   * that also name someone (`owners`: "my") count only before a word of `ownThings` ("my pics", not "my card")
   */
  own: ReadonlySet<string>;
  ownThings: ReadonlySet<string>;
  /** the teller as what pictures show, two words after one of `ownThings` ("nude images of me") */
  shown: ReadonlySet<string>;
  /** the teller as who sent the pictures ("i sent one video"), one of `sends` and of `ownThings` after */
  sender: ReadonlySet<string>;
  /** the one named where pictures are sent, not the one told about (`Lexicon.retelling.close.audience`) */
  sends: ReadonlySet<string>;
  sentTo: ReadonlySet<string>;
  sent: ReadonlySet<string>;
  consequence: ReadonlySet<string>;
  /** whom it is kept from: the one named after one of `untold` that one of `untoldBy` leads ("not to tell my friends") */
  untold: ReadonlySet<string>;
  untoldBy: ReadonlySet<string>;
  /** how the one named is said ("you") */
  named: string;
  /** "a student in my class": one of `member`, of `people`, of `memberOf`, an owner and one of `groups` */
  member: ReadonlySet<string>;
  /** words between `member` and the one named ("one of the boys") */
  memberLead: ReadonlySet<string>;
  memberOf: ReadonlySet<string>;
  groups: ReadonlySet<string>;
  /** the teller put to a condition (`Lexicon.retelling.close.conditioned`) */
  conditionedBy: ReadonlySet<string>;
  conditionActs: ReadonlySet<string>;
  /** one of `people` in the teller's care by that word alone, a member without the group ("a student came to me") */
  wards: ReadonlySet<string>;
  /** a word right before `member` that makes a ward word describe the one who acts ("she said she is a student") */
  posing: ReadonlySet<string>;
  /** a verb right after a member that makes them the one who threatens ("a girl in my year found screenshots") */
  memberActs: ReadonlySet<string>;
  /** the teller's words of looking after young people (`Caring`), folded */
  caring: {
    roles: ReadonlySet<string>;
    lead: ReadonlySet<string>;
    teller: ReadonlySet<string>;
    here: ReadonlySet<string>;
    first: ReadonlySet<string>;
  };
  /** the word after a number and a word of age that names a child ("our 15 yr old") */
  ageNoun: ReadonlySet<string>;
  /** the words that speak to someone ("you", "your") */
  addressee: ReadonlySet<string>;
  /** words right after the one named that make them the one who speaks ("says") */
  speaks: ReadonlySet<string>;
  /** a word that may stand between the one named and `speaks` ("is saying", "has told") */
  auxiliary: ReadonlySet<string>;
  /** words that may stand between the owner and the one named ("my 14 year old daughter", "my best friend") */
  describing: ReadonlySet<string>;
}

/** Each lexicon's retelling words, kept apart: the teller's "me" is said as "you" in English and as "te" in Spanish. */
export type Retelling = readonly RetellingWords[];

/**
 * What a story's words, told back as said to the one it is about, hold (`readRetelling`): a threat, or only the script's
 * first steps asked of them (someone pushing for pictures or secrecy before any threat), or neither (null).
 */
export type Retold = 'threat' | 'asked' | null;

/** Each word and what it is said as, folded as the tokenizer folds words. */
const fold = (words: Record<string, string>): Map<string, string> =>
  new Map(Object.entries(words).map(([word, said]) => [foldWord(word), foldWord(said)]));

/** The words of `a|b|c`, folded as the tokenizer folds words. */
const alternatives = (words: string): Set<string> => new Set(words.split('|').map(foldWord));

/** The words of `a|b|c` when given, folded; else none. */
const listed = (words: string | undefined): Set<string> => (words ? alternatives(words) : new Set());

/** The retelling words of the lexicons that give them, folded as the tokenizer folds words. */
export function buildRetelling(lexicons: readonly Lexicon[]): Retelling {
  return lexicons.flatMap(({ retelling }) => {
    if (!retelling) return [];
    const about = fold(retelling.teller);
    const teller = new Map([...about, ...fold(retelling.subject ?? {})]);
    const other = fold(retelling.other);
    const agree = fold(retelling.agree ?? {});
    const reported: Reporting = {
      said: fold(retelling.reported ?? {}),
      before: listed(retelling.aspect),
      after: listed(retelling.reportedAfter),
    };
    return [
      {
        teller,
        about: new Set(about.keys()),
        other,
        agree,
        reported,
        received: listed(retelling.received),
        distress: listed(retelling.distress),
        describedBy: listed(retelling.describedBy),
        conditions: alternatives(retelling.conditions ?? ''),
        close: retelling.close && buildClose(retelling.close, other, agree, reported),
      },
    ];
  });
}

function buildClose(
  close: NonNullable<NonNullable<Lexicon['retelling']>['close']>,
  other: ReadonlyMap<string, string>,
  agree: ReadonlyMap<string, string>,
  reported: Reporting,
): CloseWords {
  const people = new Map<string, string>();
  const [person, possessive] = close.as ?? ['you', 'your'];
  for (const named of close.people.split('|')) {
    people.set(foldWord(named), foldWord(person));
    if (possessive) people.set(foldWord(`${named}'s`), foldWord(possessive));
  }
  return {
    owners: alternatives(close.owners),
    people,
    named: foldWord(person),
    said: new Map([...reported.said, ...other, ...fold(close.said)]),
    reported,
    objects: fold(close.objects ?? {}),
    objectsBefore: alternatives(close.objectsBefore ?? ''),
    agree,
    victims: Object.values(close.victims ?? {}).map((v) => ({
      names: alternatives(v.names),
      said: fold(v.said),
    })),
    agreeNamed: fold(close.agreeNamed ?? {}),
    own: alternatives(close.own),
    ownThings: listed(close.ownThings),
    shown: listed(close.shown),
    sender: listed(close.sender),
    conditionedBy: listed(close.conditioned?.before),
    conditionActs: listed(close.conditioned?.acts),
    sends: listed(close.audience?.sends),
    sentTo: listed(close.audience?.to),
    sent: listed(close.audience?.sent),
    consequence: listed(close.audience?.after),
    untold: listed(close.audience?.keptFrom?.tell),
    untoldBy: listed(close.audience?.keptFrom?.not),
    member: listed(close.members?.first),
    memberLead: listed(close.members?.lead),
    memberOf: listed(close.members?.of),
    groups: listed(close.members?.groups),
    wards: listed(close.members?.wards),
    posing: listed(close.members?.posing),
    memberActs: listed(close.members?.acts),
    caring: {
      roles: listed(close.members?.caring?.roles),
      lead: listed(close.members?.caring?.lead),
      teller: listed(close.members?.caring?.teller),
      here: listed(close.members?.caring?.here),
      first: listed(close.members?.caring?.first),
    },
    ageNoun: listed(close.ageNoun),
    addressee: alternatives(close.addressee),
    speaks: alternatives(close.speaks ?? ''),
    auxiliary: alternatives(close.auxiliary ?? ''),
    describing: alternatives(close.describing ?? ''),
  };
}

/**
 * The words of a story by its teller about someone else, each of the teller's and the other's (outside quotation
 * marks) turned into the words that other said to the teller; undefined when the words do not hold both.
 */
export function asSaidToTeller(words: readonly Token[], retelling: RetellingWords): Token[] | undefined {
  let teller = false;
  let other = false;
  let quoted = false;
  for (let k = 0; k < words.length; k++) {
    const t = words[k];
    if (t.q) {
      quoted = true;
      continue;
    }
    if (retelling.about.has(t.w)) teller = true;
    else if (retelling.teller.has(t.w)) {
      // the teller's "i" after "if" or "unless" ("she says if i dont send 300 she will send the video"), after the
      // words they quote ('he keeps saying "pay or everyone sees" and im freaking out'), or giving their age ("im 14
      // and he wants more pics or he'll post the ones he has")
      if (
        quoted ||
        (k > 0 && retelling.conditions.has(words[k - 1].w)) ||
        (words[k + 1] !== undefined && !words[k + 1].q && isNumberWord(words[k + 1].w))
      )
        teller = true;
    } else if (retelling.other.has(t.w)) other = true;
  }
  if (!teller || !other) return undefined;
  const told: Token[] = [];
  for (let k = 0; k < words.length; k++) {
    const t = words[k];
    // words quoted in the story are what was said, read as said rather than as a quotation ('this guy keeps
    // messaging me "send 200 or ur nudes go to ur mum"'; a set written after the rules, 12-06 night)
    if (t.q) {
      told.push(unquoted(t));
      continue;
    }
    if (retelling.reported.said.has(t.w)) {
      k = tellReported(told, words, k, retelling.reported);
      continue;
    }
    const said = retelling.teller.get(t.w) ?? retelling.other.get(t.w);
    told.push(said === undefined ? agreeing(t, told, words, retelling.agree) : saidAs(t, said));
    if (said === SPEAKER) k = afterDescription(words, k, retelling);
  }
  return told;
}

/**
 * The one told about, described right after they are named ("a guy from a game has my pics", "someone i met on snap
 * says …"): the index of the last word of the description when one of `describedBy` opens it and a verb of `agree`
 * follows within five words, so the verb is read next to the one who acts; else `k`.
 */
function afterDescription(words: readonly Token[], k: number, retelling: RetellingWords): number {
  if (!retelling.describedBy.has(words[k + 1]?.w ?? '')) return k;
  for (let j = k + 2; j < words.length && j <= k + 6; j++) {
    if (words[j].q) return k;
    if (retelling.agree.has(words[j].w)) return j - 1;
  }
  return k;
}

const saidAs = (t: Token, w: string): Token => ({ w, s: t.s, e: t.e, q: t.q, h: wordHash(w) });
/** A quoted word of a story, read as said rather than as a quotation. */
const unquoted = (t: Token): Token => ({ w: t.w, s: t.s, e: t.e, q: false, h: t.h });

/**
 * Tells the reported threat's word at `k` as the threat's ("will"), leaving out the words of `reporting.before` told
 * just before it and one of `reporting.after` after it: "she started threatening to post the first one" → "i will post
 * the first one". Returns the index of the last word it read.
 */
function tellReported(told: Token[], words: readonly Token[], k: number, reporting: Reporting): number {
  for (let j = k - 1; j >= 0 && told.length && reporting.before.has(words[j].w); j--) {
    if (told[told.length - 1].s !== words[j].s) break;
    told.pop();
  }
  told.push(saidAs(words[k], reporting.said.get(words[k].w)!));
  const next = words[k + 1];
  return next !== undefined && !next.q && reporting.after.has(next.w) ? k + 1 : k;
}

/**
 * `t` after the words `told` so far (turned from `words`): a verb after a word turned into "i" agrees with it (`agree`),
 * and one after a word turned into `named` ("you") with `agreeNamed`.
 */
function agreeing(
  t: Token,
  told: readonly Token[],
  words: readonly Token[],
  agree: ReadonlyMap<string, string>,
  named = '',
  agreeNamed?: ReadonlyMap<string, string>,
): Token {
  const before = told[told.length - 1];
  if (before === undefined || words.includes(before)) return t;
  const said = before.w === SPEAKER ? agree.get(t.w) : before.w === named ? agreeNamed?.get(t.w) : undefined;
  return said === undefined ? t : saidAs(t, said);
}

/** The word English `other` turns the one told about into, which `agree` follows (Spanish turns the verbs instead). */
const SPEAKER = 'i';

/**
 * The words of a story about someone close to its teller ("a man has pictures of my daughter and says he will send them
 * to her school"), that one and the words for the others (outside quotation marks) turned into the words said to that
 * one ("i has pictures of you and says i will send them to your school"); undefined when the words do not name both,
 * or speak to someone ("my brother has your nudes" is an offender's).
 * The teller's own words stay as they are: "he wants me to pay" is said to the teller, not to the one it is about.
 */
export function asSaidToClose(
  words: readonly Token[],
  close: CloseWords,
  victim?: ReadonlyMap<string, string>,
): Token[] | undefined {
  if (!namesClose(words, close) || speaksTo(words, close)) return undefined;
  if (!words.some((t) => !t.q && close.said.has(t.w))) return undefined;
  const told: Token[] = [];
  for (let k = 0; k < words.length; k++) {
    const t = words[k];
    let said: string | undefined;
    const named = t.q ? -1 : namesAt(words, k, close);
    if (t.q) {
      // the words quoted are what was said to the one told about ('some account keeps messaging her "you have 2 hours or
      // i send your pics to your dad"'), read as said, as in the teller's own story
      told.push(unquoted(t));
      continue;
    } else if (named > 0) {
      const person = words[named];
      const w = close.people.get(person.w) ?? close.named;
      told.push({ w, s: t.s, e: person.e, q: false, h: wordHash(w) });
      k = named;
      continue;
    } else if (close.reported.said.has(t.w)) {
      k = tellReported(told, words, k, close.reported);
      continue;
    } else if (victim?.has(t.w)) said = victim.get(t.w);
    else if (close.objects.has(t.w) && (k + 1 === words.length || close.objectsBefore.has(words[k + 1].w)))
      said = close.objects.get(t.w);
    else said = close.said.get(t.w);
    told.push(
      said === undefined
        ? agreeing(t, told, words, close.agree, close.named, close.agreeNamed)
        : saidAs(t, said),
    );
  }
  return told;
}

/**
 * The words of a story about someone close to its teller (outside quotation marks): they name that one ("my
 * daughter"), not as the one who speaks ("my friend says"), and nothing else of the teller's own ("my pics"): "our son
 * sent pictures to a girl and now shes asking for money", not "someone has my pics and will send them to my brother".
 */
function namesClose(words: readonly Token[], close: CloseWords, ownersOfOthers = false): boolean {
  let named = false;
  for (let k = 0; k < words.length; k++) {
    const t = words[k];
    if (t.q) continue;
    const person = namesAt(words, k, close);
    // with `ownersOfOthers`, one named only as whose someone is ("my friend's dad", "my mate's cousin") is not the one
    // told about: the one after them is
    if (person > 0 && ownersOfOthers && ownsActor(words, person, close)) {
      k = person + 1;
      continue;
    }
    if (person > 0) {
      // to one who looks after young people, the one named tells them ("a pupil told me someone has her photos")
      // … and so does one whose pictures the story then names ("my best friend told me a guy has a video of her")
      if (
        speaksAfter(words, person + 1, close, !close.owners.has(t.w)) &&
        !caresFor(words, close) &&
        !shownAfter(words, person + 1, close)
      )
        return false;
      if (!isAudience(words, k, person, close)) named = true;
      k = person;
    } else if (ownsHere(words, k, close)) return false;
  }
  return named;
}

/** Words that join the one named to another rather than own them ("my friend and her dad"). */
const JOINING = new Set(['and', 'or', 'with', 'who', 'that', 'n', '&']);

/**
 * The one named at `person` is only whose the one acting is: another word, maybe after a describing one, then that one
 * speaks or acts ("my friend's dad keeps asking me", "my mate's older cousin says", "my sister's boyfriend wants").
 */
function ownsActor(words: readonly Token[], person: number, close: CloseWords): boolean {
  const next = words[person + 1];
  if (!next || next.q || close.speaks.has(next.w) || close.auxiliary.has(next.w) || JOINING.has(next.w))
    return false;
  if (close.people.has(next.w)) return true;
  return (
    speaksAfter(words, person + 2, close, false) ||
    (close.describing.has(next.w) && speaksAfter(words, person + 3, close, false))
  );
}

/** After `at`, a word of the one told about's pronouns as whom pictures show (`showsAt`: "a video of her"). */
function shownAfter(words: readonly Token[], at: number, close: CloseWords): boolean {
  for (let j = at; j < words.length; j++)
    if (!words[j].q && showsAt(words, j, close) && close.victims.some((v) => v.names.has(words[j].w)))
      return true;
  return false;
}

/** The word at `k` is whom pictures show: two words after one of `ownThings` ("nude images of me", "a video of her"). */
const showsAt = (words: readonly Token[], k: number, close: CloseWords) =>
  k > 1 && close.ownThings.has(words[k - 2].w);

/**
 * The words the one told about is said with by their pronouns (`CloseWords.victims`): of the group whose names hold
 * the one named ("my son"), else the first word of a group after them ("my best mate showed me her dms"); else
 * undefined.
 */
function victimOf(words: readonly Token[], close: CloseWords): ReadonlyMap<string, string> | undefined {
  if (!close.victims.length) return undefined;
  for (let k = 0; k < words.length; k++) {
    if (words[k].q) continue;
    const person = namesAt(words, k, close);
    if (person < 0 || isAudience(words, k, person, close)) continue;
    for (let j = person; j < words.length; j++) {
      if (words[j].q) continue;
      const group = close.victims.find((v) => v.names.has(words[j].w));
      if (group) return group.said;
    }
    return undefined;
  }
  return undefined;
}

/**
 * The word at `k` is the teller's own: "mine", "my" before one of `ownThings` within three words ("my pics", "my
 * private pics"; not "my card", "our school"), "me" as what pictures show ("nude images of me"), or "i" as who sent
 * them ("i sent one video to a girl", "a pic i sent to my best friend") or as the one a condition is put to ("if i
 * dont send the money").
 */
function ownsHere(words: readonly Token[], k: number, close: CloseWords): boolean {
  const w = words[k].w;
  if (close.shown.has(w)) return showsAt(words, k, close);
  if (close.sender.has(w))
    return (
      (close.sends.has(words[k + 1]?.w ?? '') &&
        (thingWithin(words, k + 2, close) || (k > 0 && close.ownThings.has(words[k - 1].w)))) ||
      conditionedAt(words, k, close)
    );
  if (!close.own.has(w)) return false;
  return !close.owners.has(w) || !close.ownThings.size || thingWithin(words, k + 1, close);
}

/** The teller's word at `k` is put to a condition: "if i dont send the money", "unless i pay". */
function conditionedAt(words: readonly Token[], k: number, close: CloseWords): boolean {
  if (k < 1 || !close.conditionedBy.has(words[k - 1].w)) return false;
  for (let j = k + 1; j < words.length && j <= k + 3; j++)
    if (close.conditionActs.has(words[j].w)) return true;
  return false;
}

/** One of `ownThings` within three words from `at`. */
function thingWithin(words: readonly Token[], at: number, close: CloseWords): boolean {
  for (let j = at; j < words.length && j < at + 3; j++) if (close.ownThings.has(words[j].w)) return true;
  return false;
}

/**
 * The one named from `k` (ending at `person`) is where pictures are sent, not the one they are of: after "or" ("pay 300 or my friends see
 * it", not "or my son's pics go out"), or right after "to" with a verb of sending and a picture or "it" within the four
 * words before ("send the recording to my friends", not "sending messages to my daughter"), or whom it is kept from
 * ("not to tell my friends about him").
 */
function isAudience(words: readonly Token[], k: number, person: number, close: CloseWords): boolean {
  if (k < 1 || !close.sends.size) return false;
  const before = words[k - 1].w;
  if (close.consequence.has(before)) return !close.ownThings.has(words[person + 1]?.w ?? '');
  if (close.untold.has(before))
    return close.untoldBy.has(words[k - 2]?.w ?? '') || close.untoldBy.has(words[k - 3]?.w ?? '');
  if (k < 2 || !close.sentTo.has(before)) return false;
  let sent = false;
  for (let j = k - 2; j >= 0 && j >= k - 6; j--) {
    const w = words[j].w;
    if (close.sends.has(w)) return sent;
    if (close.ownThings.has(w) || close.sent.has(w)) sent = true;
  }
  return false;
}

/**
 * The index of the one named when the words at `k` (not quoted) name someone close to the teller ("my" … "daughter"),
 * with up to three describing words between ("my 14 year old daughter", "my best friend"); else -1.
 */
function namesAt(words: readonly Token[], k: number, close: CloseWords): number {
  if (close.owners.has(words[k].w)) return personAfter(words, k + 1, close);
  const member = memberAt(words, k, close);
  if (member >= 0 || !opensSentence(words, k)) return member;
  // a carer's note opens a sentence with the one it is about: "Pastoral lead. Y11 girl reports …" (the one named first:
  // `caresFor` reads the whole story)
  const person = personAfter(words, k, close);
  return person >= 0 && caresFor(words, close) ? person : -1;
}

/** The word at `k` follows a mark between words ("lead. Y11", "worker - young"): at least two characters apart. */
const opensSentence = (words: readonly Token[], k: number) =>
  k > 0 && k < words.length && words[k].s - words[k - 1].e >= 2;

/**
 * The index of the one named from `at` on, after up to three describing words or numbers: one of `people` ("14 year old
 * daughter"), or the age noun after a number when no one of `people` follows ("15 yr old", "14 year olds"); else -1.
 */
function personAfter(words: readonly Token[], at: number, close: CloseWords): number {
  let aged = false;
  for (let j = at; j < words.length && j <= at + 3; j++) {
    const w = words[j];
    if (w.q) return -1;
    if (close.people.has(w.w)) return j;
    if (aged && close.ageNoun.has(w.w) && !close.people.has(words[j + 1]?.w ?? '')) return j;
    if (isNumberWord(w.w)) aged = true;
    else if (!close.describing.has(w.w)) return -1;
  }
  return -1;
}

/**
 * "a student in my class", "one of the boys in my youth group": the index of the owner's group word; else -1. Up to two
 * words may stand before the group's ("my youth group", "our under 15s team").
 */
function memberAt(words: readonly Token[], k: number, close: CloseWords): number {
  const first = close.member.has(words[k].w);
  if (!first && !close.caring.first.has(words[k].w)) return -1;
  let j = k + 1;
  while (j < words.length && j <= k + 3 && close.memberLead.has(words[j].w)) j++;
  const person = personAfter(words, j, close);
  if (person < 0) return -1;
  if (first && close.wards.has(words[person].w) && !(k > 0 && close.posing.has(words[k - 1].w)))
    return person;
  if (caresFor(words, close) && !metByTeller(words, person, close)) return person;
  if (!first || !close.memberOf.has(words[person + 1]?.w ?? '')) return -1;
  if (!close.owners.has(words[person + 2]?.w ?? '')) return -1;
  for (let g = person + 3; g < words.length && g <= person + 5; g++) {
    if (words[g].q) return -1;
    if (close.groups.has(words[g].w)) return g;
  }
  return -1;
}

/**
 * The one named at `person` is someone the teller met ("a girl i met online"), not one they look after ("the boy i
 * foster"): a word of `caring.teller` right after them, and no role after that.
 */
function metByTeller(words: readonly Token[], person: number, close: CloseWords): boolean {
  return (
    close.caring.teller.has(words[person + 1]?.w ?? '') && !close.caring.roles.has(words[person + 2]?.w ?? '')
  );
}

/**
 * The teller says they look after young people (`CloseWords.caring`): a role not after an owner, with a word of `teller`
 * right before it ("i foster", "i coach"), of `lead` up to four words before ("as a school counsellor", "i'm a year 8
 * teacher") or of `here` up to four words after ("head of year 10 here").
 */
function caresFor(words: readonly Token[], close: CloseWords): boolean {
  const { roles, lead, teller, here } = close.caring;
  if (!roles.size) return false;
  for (let k = 0; k < words.length; k++) {
    if (words[k].q || !roles.has(words[k].w) || (k > 0 && close.owners.has(words[k - 1].w))) continue;
    // a role as the story's heading: "Pastoral lead. …", "youth worker - …"
    if (k <= 1 && opensSentence(words, k + 1)) return true;
    for (let j = k + 1; j < words.length && j <= k + 4; j++) if (here.has(words[j].w)) return true;
    if (k > 0 && teller.has(words[k - 1].w)) return true;
    for (let j = Math.max(0, k - 4); j < k; j++) if (lead.has(words[j].w)) return true;
  }
  return false;
}

/**
 * The words speak to someone ("you", "your"), as an offender's do and a story told about another's rarely do; not those
 * of one who looks after young people, who may ask the reader ("could you advise on reporting routes?").
 */
const speaksTo = (words: readonly Token[], close: CloseWords): boolean =>
  words.some((t) => !t.q && close.addressee.has(t.w)) && !caresFor(words, close);

/**
 * Words from `at` say that the one just named speaks or acts: "says", or "is saying", "has told" (one word between); a
 * `member` of the teller's group also by acting on the pictures ("a girl in my year found screenshots", `memberActs`).
 * Such a one is the one who threatens, not the one told about.
 */
function speaksAfter(words: readonly Token[], at: number, close: CloseWords, member: boolean): boolean {
  const next = words[at]?.w ?? '';
  return (
    close.speaks.has(next) ||
    (close.auxiliary.has(next) && close.speaks.has(words[at + 1]?.w ?? '')) ||
    (member && close.memberActs.has(next))
  );
}

/**
 * `namesClose` in the words of any lexicon, which speak to no one ("my brother has your nudes" is an offender's);
 * `ownersOfOthers`: not counting one named only as whose someone is ("my friend's dad keeps asking me for nudes").
 */
export function namesCloseOnly(
  words: readonly Token[],
  retelling: Retelling,
  ownersOfOthers = false,
): boolean {
  return retelling.some(
    ({ close }) => close !== undefined && namesClose(words, close, ownersOfOthers) && !speaksTo(words, close),
  );
}

/** A cue of the told-back words at least this heavy names the threat or the claim. */
const TOLD_WEIGHT = 0.8;

const isPlain = (c: Cue) => !c.context;
const isHeavy = (c: Cue) => isPlain(c) && c.weight >= TOLD_WEIGHT;
/**
 * A cue of told-back words that names its act: a heavy phrase, or a sentence the sentence model reads as the act (a
 * story in wording no phrase holds, as the teller's own words rarely are)
 */
const isToldAct = (c: Cue) => isHeavy(c) || (isPlain(c) && isSentenceModelCue(c));
/**
 * A threat to share pictures or to make fake ones, in a phrase (not one to ruin a life, visit or hint: explain.ts
 * `kindOf`; the sentence model's threat names no kind: "my dad says he will take my phone")
 */
const isToldExposure = (c: Cue) =>
  isHeavy(c) && (c.stage === 'threat' || c.stage === 'deepfake_threat') && kindOf(c.cue) === undefined;
/** A claim to hold pictures in a phrase: told back beside the teller's distress, the story ("a guy has my pics pls help"). */
const isHeavyClaim = (c: Cue) => isHeavy(c) && c.stage === 'compromise_claim';
/** A claim or a threat, said plainly and heavy: in the message's own words, the writer's own act. */
const isHeavyAct = (c: Cue) => isHeavy(c) && (c.stage === 'compromise_claim' || c.stage === 'threat');
/**
 * In told-back words, leverage: a claim to hold pictures, or a threat of another kind such as "he'll ruin my life",
 * that counts beside its use (`countsBeside`).
 */
const isLeverage = (c: Cue) => isPlain(c) && (c.stage === 'compromise_claim' || c.stage === 'threat');
/** A word of the teller's own ("my", "me") within the cue's span, in any language's words. */
const tellersWithin = (words: readonly Token[], cue: Cue, retelling: Retelling) =>
  words.some(
    (t) => t.s >= cue.start && t.e <= cue.end && retelling.some((language) => language.about.has(t.w)),
  );
/** What leverage is told with: a demand, or any threat ("he has a video of me and he's sending it to my family"). */
const isToldUse = (c: Cue) => isPlain(c) && (c.stage === 'demand' || c.stage === 'threat');

/**
 * The message (`words`, tokens of `text`, its own cues `cues`) tells of a threat made to its writer (`to` 'self'): told
 * back, its words threaten to share pictures, or hold a claim or another threat beside a demand or a threat ("a hacker
 * emailed me saying he recorded me on my webcam and wants bitcoin", "he has a video of me and he's sending it to my
 * family"); not "he said he'll ruin my life if i beat him at fifa again", nor an offender's own threat ("or i post them,
 * i have ur nudes and i'll tell her"). With `to` 'other', the same of a threat made to someone close to its writer, the
 * story told back to that one (`asSaidToClose`: "someone has nude photos of my son and says he will send them to all
 * his friends"). `sentences`: the sentence model that reads the told-back words besides the phrases, when given.
 * Returns 'threat' for such a story; 'asked' when, with no threat, the told-back words ask the script's first steps of
 * the one told about ("a guy i met on insta keeps asking me for pics and says i should delete our chats"); else null.
 */
export function readRetelling(
  lexicon: CompiledLexicon,
  words: readonly Token[],
  text: string,
  cues: readonly Cue[],
  retelling: Retelling,
  to: ToldAbout = 'self',
  sentences: SentenceModel | null = null,
): Retold {
  // an offender's own threat, unless it is a story about someone close, which speaks to no one (`asSaidToClose`: "some
  // account says it has his nudes and will send them to everyone he knows"); a claim holding the teller's own word is
  // their story's ("someone recorded my video call and now saying give 5000 or he will send to all my relatives")
  if (
    to === 'self' &&
    cues.some((c) => isHeavyAct(c) && !(isHeavyClaim(c) && tellersWithin(words, c, retelling)))
  )
    return null;
  let asked: Retold = null;
  for (const language of retelling) {
    const told =
      to === 'self'
        ? asSaidToTeller(words, language)
        : language.close && asSaidToClose(words, language.close);
    if (!told) continue;
    const retold = readTold(lexicon, told, words, text, language, sentences, to === 'self');
    if (retold === 'threat') return retold;
    asked ??= retold;
    // the one told about by their pronouns: "this guy has her pics and says if she doesnt send more hes gonna post them"
    const close = to === 'other' ? language.close : undefined;
    const victim = close && victimOf(words, close);
    const toldByPronouns = close && victim && asSaidToClose(words, close, victim);
    if (
      toldByPronouns &&
      readTold(lexicon, toldByPronouns, words, text, language, sentences, false) === 'threat'
    )
      return 'threat';
  }
  return asked;
}

/**
 * Whether the told-back words `told` (of `words`, tokens of `text`) hold a threat, or a claim beside the teller's distress
 * ('threat'); else, when `early` is asked for, the early steps of the script asked of the teller ('asked', `asksEarly`);
 * else null.
 */
function readTold(
  lexicon: CompiledLexicon,
  told: Token[],
  words: readonly Token[],
  text: string,
  language: RetellingWords,
  sentences: SentenceModel | null,
  early: boolean,
): Retold {
  const cues = scanTokens(lexicon, told, text, Infinity, sentences, language.received).cues;
  if (
    holdsToldThreat(cues) ||
    (cues.some(isHeavyClaim) && words.some((t) => !t.q && language.distress.has(t.w)))
  )
    return 'threat';
  return early && asksEarly(cues, told, words) ? 'asked' : null;
}

/** The stages of the script before any threat: what someone asks of a young person first. */
const EARLY_STAGES: ReadonlySet<string> = new Set([
  'persona',
  'move_platform',
  'secrecy',
  'sexualisation',
  'image_request',
]);

/**
 * Told-back words that ask the teller for the script's first steps: one heavy phrase of them ("send me nudes", "delete
 * our chats so your parents dont see"), or phrases of two of them ("lets move to telegram … are you alone"); not one
 * lighter step alone ("can we move to discord to play"). The heavy phrase, or one of the two, holds a word the telling
 * turned (its "me" said as "you") or quoted: a phrase the story's own words hold as well is no step asked of the teller
 * ("an ex threatened to show a topless photo of me", "we agreed to delete any private photos").
 */
function asksEarly(cues: readonly Cue[], told: readonly Token[], words: readonly Token[]): boolean {
  let seen = '';
  let turned = false;
  for (const c of cues) {
    if (!isPlain(c) || isSentenceModelCue(c) || !EARLY_STAGES.has(c.stage)) continue;
    const own = turnedWithin(told, words, c);
    if ((own && c.weight >= TOLD_WEIGHT) || (seen && seen !== c.stage && (own || turned))) return true;
    seen = c.stage;
    turned ||= own;
  }
  return false;
}

/**
 * A told-back word that the telling turned (another word than the story's there) or quoted, within the cue's span, or
 * just before the "to" that opens it ("he keeps asking me to send nudes": "asking you to send nudes").
 */
function turnedWithin(told: readonly Token[], words: readonly Token[], cue: Cue): boolean {
  const first = told.findIndex((t) => t.s >= cue.start);
  if (first < 0) return false;
  const from = first > 1 && told[first - 1].w === 'to' ? first - 2 : first;
  for (let k = from; k < told.length && told[k].e <= cue.end; k++)
    if (words.some((w) => w.s === told[k].s && (w.q || w.w !== told[k].w))) return true;
  return false;
}

/**
 * Leverage counts beside its use when it is a phrase's and heavy (beside any demand or threat), when the use is a heavy
 * demand ("they'll report me to the police unless i send 500 in gift cards"), or when the sentence model read the
 * leverage and the use names its act too; the model's reading alone beside a payment word is no story of a threat (a
 * spam mail's "platform for bitcoins" beside "bitcoin").
 */
const countsBeside = (leverage: Cue, use: Cue) =>
  isHeavy(leverage) ||
  (use.stage === 'demand' && isHeavy(use)) ||
  (isSentenceModelCue(leverage) && isToldAct(use));

/** The cues of told-back words threaten to share pictures, or hold leverage beside its use. */
function holdsToldThreat(cues: readonly Cue[]): boolean {
  if (cues.some(isToldExposure)) return true;
  return cues.some(
    (leverage) =>
      isLeverage(leverage) &&
      cues.some((use) => use !== leverage && isToldUse(use) && countsBeside(leverage, use)),
  );
}
