/** Plain-language explanation and next steps, written for a frightened teenager (and a moderator). */
import type { Level, Stage, ToldAbout } from './types.ts';

/**
 * What a story told in the chat says: a threat happening to its teller ('self') or to someone close to them ('other'),
 * or someone pushing its teller ('asked') or someone close to them ('asked-other') for pictures or secrecy.
 */
export type Heard = ToldAbout | 'asked' | 'asked-other';

export const STAGE_LABEL: Record<Stage, string> = {
  persona: 'building a fake friendship',
  move_platform: 'moving to another app or a private chat',
  secrecy: 'asking for secrets or if you are alone',
  sexualisation: 'sexual talk',
  image_request: 'asking for pictures or a video call',
  image_sent_first: 'sending a picture first',
  compromise_claim: 'claiming to have your pictures, to have hacked you or to have caught you',
  threat: 'threatening to share pictures or to harm you',
  demand: 'demanding money or more pictures',
  pressure: 'pressure and deadlines',
  deepfake_threat: 'threatening fake nude pictures',
};

const STAGE_SENTENCE: Record<Stage, string> = {
  persona:
    'They are acting very friendly very fast (compliments, saying they are your age, a "new account") — scammers do this to seem trustworthy.',
  move_platform: 'They want to move the chat to another app, where fewer people can see what they say.',
  secrecy:
    "They asked you to keep things secret, to delete the chat, or whether you are alone. People who mean well don't need you to hide them.",
  sexualisation: 'The chat turned sexual.',
  image_request: 'They asked for pictures, videos or a video call.',
  image_sent_first:
    'They sent (or said they sent) a picture first so you feel you owe them one. Those pictures are often stolen.',
  compromise_claim:
    'They claim to have your pictures, your contacts or access to your phone or camera. Claims of hacking are very often a bluff copied into thousands of messages.',
  threat:
    'They threatened to share pictures or videos of you with your friends, family, school or followers.',
  demand: 'They are demanding money, gift cards, crypto or more pictures.',
  pressure: 'They are rushing you with deadlines or scary words so you panic and pay.',
  deepfake_threat:
    'They threatened to make fake nude pictures of you. Fake pictures can be reported and taken down just like real ones.',
};

/**
 * The stage lines said to an adult helping the young person it is happening to (`toldAbout` 'other'): the same facts,
 * about "them" rather than "you". Stages whose lines name no one keep their own.
 */
const STAGE_SENTENCE_HELPING: Partial<Record<Stage, string>> = {
  persona:
    'The person behind it acted very friendly very fast (compliments, saying they are the same age, a "new account"): scammers do this to seem trustworthy.',
  move_platform:
    'The person behind it wanted to move the chat to another app, where fewer people can see what they say.',
  secrecy:
    "The person behind it asked them to keep things secret, to delete the chat, or whether they were alone. People who mean well don't ask a young person to hide them.",
  image_sent_first:
    'The person behind it sent (or said they sent) a picture first so they would feel they owed one back. Those pictures are often stolen.',
  compromise_claim:
    'The person behind it claims to have their pictures, their contacts or access to their phone or camera. Claims of hacking are very often a bluff copied into thousands of messages.',
  threat:
    'The person behind it threatened to share pictures or videos of them with their friends, family, school or followers.',
  demand: 'The person behind it is demanding money, gift cards, crypto or more pictures.',
  pressure: 'The person behind it is rushing them with deadlines or scary words so they panic and pay.',
  deepfake_threat:
    'The person behind it threatened to make fake nude pictures of them. Fake pictures can be reported and taken down just like real ones.',
};

/**
 * What a stage's cues were about when the stage's own words would say something that was never said: a
 * threat to ruin a life, a fake police threat, a visit home, a hint at the reader's people ("your nan's on
 * facebook isn't she?") or a threat to tell them what the reader sent is no threat "to share pictures", a fake
 * police accusation is no claim "to have your pictures", and "dm me here instead" is no move "to another app".
 */
export type CueKind = 'harm' | 'legal' | 'accusation' | 'private' | 'home' | 'hint' | 'tell' | 'child';

/**
 * What the analyzer may say a stage's cues were about: a cue's kind, or one no cue has of its own: `implied` (the
 * threat stage whose reason line says it was only hinted at, `WEAK_THREAT_LABEL`) and `named` (sexual words that only
 * named what a threat, claim or request was about, `NAMING_STAGES`).
 */
export type StageKind = CueKind | 'implied' | 'named';

const KIND_OF_CUE: Readonly<Record<string, CueKind>> = {
  'act.ruin': 'harm',
  'threat.ruin': 'harm',
  'es.threat.ruin': 'harm',
  'act.visit': 'home',
  'es.act.visit': 'home',
  'act.pay_or_charged': 'legal',
  'act.police_for_pay': 'legal',
  'act.file_to_media': 'legal',
  'es.act.file_to_media': 'legal',
  'act.accusation': 'accusation',
  'es.act.accusation': 'accusation',
  'de.act.accusation': 'accusation',
  'fr.act.accusation': 'accusation',
  'move.private': 'private',
  'es.move.private': 'private',
  'act.hint': 'hint',
  'es.act.hint': 'hint',
  'act.tell': 'tell',
  'es.act.tell': 'tell',
  'act.groom_child': 'child',
  'es.act.groom_child': 'child',
};

/** The kind of a cue (by its id), or undefined when its stage's own words fit it. */
export const kindOf = (cueId: string): CueKind | undefined => KIND_OF_CUE[cueId];

/** The reason line's label for a cue of that kind. */
export const KIND_LABEL: Record<CueKind | 'implied', string> = {
  harm: 'threatening to ruin your life',
  legal: 'threatening to report you or make your name public',
  accusation: 'accusing you of a crime to scare you',
  private: 'asking to talk in private',
  home: 'threatening to come to your home',
  hint: 'hinting at the people in your life',
  tell: 'threatening to tell people you know what you sent',
  child: 'talking about your age as if it does not matter',
  implied: 'hinting that people you know could see something of yours',
};

/** `named` has none: the line of the threat, claim or request whose words they were says it (`NAMING_STAGES`). */
const KIND_SENTENCE: Record<CueKind | 'implied', string> = {
  harm: 'They threatened to ruin your life. Threats like this are meant to scare you into doing what they say; you do not have to face it alone.',
  legal:
    'They threatened to report you to the police or to make your name public unless you pay. Real police never ask for money to drop a case.',
  accusation:
    'They accuse you of a crime, as fake police letters and fake parents do. It is a trick to scare you into paying: you are not in trouble.',
  private: 'They want to talk in private messages, where nobody else can see what they say.',
  home: 'They say they know where you live or will come to your home. Scammers often copy addresses and street pictures from maps and old data leaks to scare you. If you feel unsafe, call the police.',
  hint: 'They brought up people in your life, like your family, your school or your followers. Scammers do this to hint that those people could see something of yours, without saying it outright.',
  implied:
    'They hinted that people you know could see something of yours, without saying it outright. Scammers do this to scare you into paying or sending more.',
  tell: 'They threatened to tell your family, friends or school about what you sent. It is meant to scare you into doing what they say. You are not in trouble for what you sent, and you do not have to face this alone.',
  child:
    'They talked about your age as if it does not matter ("age is just a number", "mature for your age"). Adults who talk to young people like this are not being a friend: it is how grooming often starts. You can stop replying at any time and tell an adult you trust.',
};

/** `KIND_SENTENCE`, said to an adult helping (`STAGE_SENTENCE_HELPING`). */
const KIND_SENTENCE_HELPING: Record<CueKind | 'implied', string> = {
  harm: 'The person behind it threatened to ruin their life. Threats like this are meant to scare them into doing what they say.',
  legal:
    'The person behind it threatened to report them to the police or to make their name public unless they pay. Real police never ask for money to drop a case.',
  accusation:
    'The person behind it accuses them of a crime, as fake police letters and fake parents do. It is a trick to scare them into paying: they are not in trouble.',
  private: 'The person behind it wants to talk in private messages, where nobody else can see what they say.',
  home: 'The person behind it says they know where they live or will come to their home. Scammers often copy addresses and street pictures from maps and old data leaks to scare people. If anyone feels unsafe, call the police.',
  hint: 'The person behind it brought up people in their life, like their family, their school or their followers, to hint that those people could see something of theirs.',
  implied:
    'The person behind it hinted that people they know could see something of theirs, without saying it outright.',
  tell: 'The person behind it threatened to tell their family, friends or school about what they sent. It is meant to scare them: they are not in trouble for what they sent.',
  child:
    'The person behind it talked about their age as if it does not matter ("age is just a number", "so mature"). Adults who talk to young people like this are not being a friend: it is how grooming often starts.',
};

/**
 * Stages whose cues can hold the sexual words of a message ("i'll send your nudes to everyone"): when every sexual cue
 * lay inside one of theirs (kind `named`, given by the analyzer), their line says it all and "The chat turned sexual"
 * is left out.
 */
export const NAMING_STAGES: ReadonlySet<Stage> = new Set([
  'threat',
  'compromise_claim',
  'demand',
  'image_request',
  'deepfake_threat',
]);

/** Cues whose reason line says more than their stage's label; the explanation says it in a line of its own (`EarlyFact`). */
const CUE_LABEL: Readonly<Record<string, string>> = {
  'act.removal_fee': 'asking for money to remove your pictures',
  'es.act.removal_fee': 'asking for money to remove your pictures',
};

/** What the usual cues of a stage whose label also covers the kinds say. */
const USUAL_LABEL: Partial<Record<Stage, string>> = {
  threat: 'threatening to share pictures',
  compromise_claim: 'claiming to have your pictures or to have hacked you',
  move_platform: 'moving to another app',
};

/**
 * The label of a reason line: the cue's kind, else the usual label of its stage (the stage's own label
 * also covers the kinds); a weak threat cue's is milder.
 */
export function reasonLabel(stage: Stage, cueId: string, weak = false): string {
  const kind = KIND_OF_CUE[cueId];
  if (kind) return KIND_LABEL[kind];
  const own = CUE_LABEL[cueId];
  if (own) return own;
  if (weak && stage === 'threat') return WEAK_THREAT_LABEL;
  return USUAL_LABEL[stage] ?? STAGE_LABEL[stage];
}

/**
 * A threat only hinted at ("wonder what he'd think if he saw it", or a short line read as the threat by
 * the line model): said as what it is, in the reason line and in the explanation (kind `implied`, which
 * no cue has of its own: the analyzer gives it to the threat stage whose reason line says this).
 */
export const WEAK_THREAT_LABEL = KIND_LABEL.implied;

/** A label said of "them": "claiming to have your pictures" becomes "claiming to have their pictures". */
const saidOfThem = (label: string): string =>
  label
    .replace(/\byou (are|know|sent)\b/g, 'they $1')
    .replace(/\byours\b/g, 'theirs')
    .replace(/\byour\b/g, 'their')
    .replace(/\byou\b/g, 'them');

/** Every label the analyzer gives a stage, said of "them" (`labelOfThem`). */
const LABEL_OF_THEM: ReadonlyMap<string, string> = new Map(
  [
    ...Object.values(STAGE_LABEL),
    ...Object.values(USUAL_LABEL),
    ...Object.values(KIND_LABEL),
    ...Object.values(CUE_LABEL),
  ].map((label) => [label, saidOfThem(label)]),
);

/**
 * A stage label (`ConversationResult.stageLabels`) as said to an adult helping the young person it is happening to
 * (`toldAbout` 'other'): "threatening to share pictures or to harm them".
 */
export const labelOfThem = (label: string): string => LABEL_OF_THEM.get(label) ?? label;

/**
 * Weaker threat cues that say outright that they will share something and with whom ("ill dump these in the
 * class gc", "i'll send it to all your friends"): weaker because friends say the same in jest, but once the
 * chat alerts they are the threat, not a hint, and are labelled as one.
 */
const OUTRIGHT_THREATS: ReadonlySet<string> = new Set(['act.publish_group', 'threat.generic']);
export const saysOutright = (cueId: string): boolean => OUTRIGHT_THREATS.has(cueId);

/**
 * For each stage, the kind of its cues when every cue of that stage was of one such kind; null once a cue
 * its stage's own words fit was seen (read as no kind).
 */
export type StageKinds = Partial<Record<Stage, StageKind | null>>;

/**
 * What was seen about the person beyond the stages, each said in a line of its own: mostly what the reader's own
 * answers showed (analyzer: the early script reads them), and a fee asked to remove pictures (`removal`). They are no
 * stage of the script, yet they can be why it warns.
 */
export type EarlyFact =
  'minor' | 'stranger' | 'alone' | 'pushed' | 'escalated' | 'paid' | 'saved' | 'turned' | 'removal' | 'child';

const FACT_SENTENCE: Record<EarlyFact, string> = {
  minor: 'They asked how old you are, you said you are under 18, and they still brought up pictures.',
  stranger: "You asked who they are: they are someone you don't know.",
  alone: 'They asked if you were alone just before pictures came up.',
  pushed: 'They kept pushing after you hesitated or said no. You can always say no.',
  escalated: 'After you sent a picture, they asked for more.',
  paid: 'After you sent the picture they asked for, they asked for money. That is how this scam works, and it is not your fault.',
  turned:
    'After you sent the picture they asked for, they turned on you: they said you made a mistake, or asked about your family or school. Scammers do that just before they threaten to share it, and it is not your fault.',
  saved:
    'After you sent the picture they asked for, they said they saved it. Scammers do that just before they threaten to share it, and it is not your fault.',
  removal:
    'They want money to remove or delete your pictures. Nobody needs to be paid for that: the police never charge, and Take It Down, StopNCII and Report Remove are free. Someone who charges is running a scam, even if they say they are the police or a recovery service.',
  child:
    'You told them you are under 18, and they talked about your age as if it does not matter ("age is just a number"). Adults who talk to young people like this are not being a friend: it is how grooming often starts. You can stop replying at any time and tell an adult you trust.',
};

/** `FACT_SENTENCE`, said to an adult helping (`STAGE_SENTENCE_HELPING`). */
const FACT_SENTENCE_HELPING: Record<EarlyFact, string> = {
  minor:
    'The person behind it asked how old they are, was told they are under 18, and still brought up pictures.',
  stranger: 'Asked who they are, the person behind it turned out to be someone they do not know.',
  alone: 'The person behind it asked if they were alone just before pictures came up.',
  pushed: 'The person behind it kept pushing after they hesitated or said no.',
  escalated: 'After a picture was sent, the person behind it asked for more.',
  paid: 'After the picture was sent, the person behind it asked for money. That is how this scam works, and it is not their fault.',
  turned:
    'After the picture was sent, the person behind it turned on them: they said it was a mistake, or asked about their family or school. Scammers do that just before they threaten to share it, and it is not their fault.',
  saved:
    'After the picture was sent, the person behind it said they saved it. Scammers do that just before they threaten to share it, and it is not their fault.',
  removal:
    'The person behind it wants money to remove or delete pictures. Nobody needs to be paid for that: the police never charge, and Take It Down, StopNCII and Report Remove are free. Someone who charges is running a scam, even if they say they are the police or a recovery service.',
  child:
    'The person behind it was told they are under 18 and talked about their age as if it does not matter ("age is just a number"). Adults who talk to young people like this are not being a friend: it is how grooming often starts.',
};

/** `PRESSURE_EARLY`, said to an adult helping. */
const PRESSURE_EARLY_HELPING =
  'The person behind it keeps pushing or rushing them ("don\'t be shy", "quick"). Nobody ever has to do something just because someone is in a hurry.';

/** The lines of what was seen, said to the reader it is happening to, or to an adult helping them (`compose`). */
interface Voice {
  stage: Record<Stage, string>;
  kind: Record<CueKind | 'implied', string>;
  fact: Record<EarlyFact, string>;
  pressureEarly: string;
}

/** A weaker threat alone (level watch): it may be a joke between friends, so it is said as a possibility. */
const THREAT_HINT =
  "One message could be a threat to share something of yours. Between friends it may be a joke. If it isn't, don't pay or send anything, keep the chat and tell an adult you trust.";

/** Pressure before any threat is about pictures, not money: said differently. */
const PRESSURE_EARLY =
  'They keep pushing or rushing you ("don\'t be shy", "quick"). You never have to do something just because someone is in a hurry.';

const TO_READER: Voice = {
  stage: STAGE_SENTENCE,
  kind: KIND_SENTENCE,
  fact: FACT_SENTENCE,
  pressureEarly: PRESSURE_EARLY,
};

/** Said to an adult helping; stages whose lines name no one keep the reader's. */
const TO_HELPER: Voice = {
  stage: { ...STAGE_SENTENCE, ...STAGE_SENTENCE_HELPING },
  kind: KIND_SENTENCE_HELPING,
  fact: FACT_SENTENCE_HELPING,
  pressureEarly: PRESSURE_EARLY_HELPING,
};

const HEADLINE: Record<Level, string> = {
  urgent:
    'This looks like sextortion: someone is threatening to share intimate pictures to get money or more pictures. It is a crime, it is not your fault, and you can get help right now.',
  warning:
    "This conversation follows a pattern sextortion scammers use. It's good that you checked — slow down and read the steps below.",
  watch: 'Some messages here are worth a second look. It may be nothing, but keep the steps below in mind.',
  // the check misses wording it has never seen: never tell a frightened reader that all is well
  none: "We didn't spot the usual warning signs of sextortion in these messages. This check can miss things: if someone is threatening to share pictures of you, or asking for money or more pictures, it is sextortion whatever words they use. Don't pay, keep the chat and tell an adult you trust.",
};

/** Urgent, when every threat is of harm, of the police or of a visit home rather than of sharing pictures. */
const HEADLINE_URGENT_OTHER =
  'This looks like sextortion or a scam like it: someone is threatening you to get money or pictures. It is a crime, it is not your fault, and you can get help right now.';

/** Urgent from a claim and a hint, before any demand: what they did, and what usually comes next. */
const HEADLINE_URGENT_HINT =
  'This looks like the start of sextortion: someone says they have something of yours and hints that people you know could see it. Next they usually ask for money or more pictures. It is a crime, it is not your fault, and you can get help right now.';

/** A warning from the early steps alone: nothing bad has happened yet, and they can stop here. */
const HEADLINE_EARLY =
  "Some messages here look like the way sextortion often starts. You haven't done anything wrong, and it's good that you checked. You can stop here: you don't owe them anything.";

/** The two steps that depend on the reader's country and age: apps that know them replace these. */
export const REPORT_STEP =
  'Report it: the police (call 999 / 911 if you are in danger), CEOP in the UK (if you are under 18), the NCMEC CyberTipline in the US.';
export const BLOCK_IMAGES_STEP =
  'Get images blocked: Take It Down (under 18) or StopNCII (18+) make a fingerprint of the image on your own device, so the image never leaves it. In the UK, Report Remove (under 18) takes a safe upload that IWF staff look at.';

/**
 * Said first whenever anyone in the chat talks about suicide or self-harm, whatever the level: an
 * offender's "kys" or a reader's "i want to die".
 */
export const SELF_HARM_SENTENCE =
  'Someone in this chat talked about suicide or self-harm. If anyone told you to hurt yourself, that is cruelty meant to scare you, and it is not true. If you are thinking about hurting yourself, please talk to someone right now: you matter, and this can be sorted out.';

/** The crisis lines, first of the next steps when anyone talked about suicide: apps that know the reader's country replace it. */
export const CRISIS_STEP =
  'If you are thinking about hurting yourself, talk to someone now. In the US, call or text 988. In the UK, call Samaritans free on 116 123. Anywhere else, findahelpline.com lists free lines near you.';

const STEPS_THREAT = [
  "Don't pay and don't send anything more. Paying almost never makes it stop; they usually ask for more.",
  "Stop replying, but don't delete the chat or your account: it is evidence.",
  'Save evidence: screenshots of the messages, their username and profile link, and any payment details they gave.',
  'Block and report the account on the app.',
  "Tell an adult you trust. You are not in trouble: this is a crime against you, and it's not your fault.",
  REPORT_STEP,
  BLOCK_IMAGES_STEP,
];

/** The first step for someone helping a young person, threatened or pushed. */
const CALM_STEP =
  'Stay calm and listen. Tell them they are not in trouble and that you will sort it out together; do not blame them.';
/** Blocking and reporting in the app, for someone helping, threatened or pushed. */
const BLOCK_AFTER_EVIDENCE_STEP = 'Block and report the account on the app, after saving the evidence.';

/** The steps for someone helping a young person it is happening to (the Help page's "Parents, carers and teachers"). */
const STEPS_HELPING = [
  CALM_STEP,
  "Don't pay and don't reply to the person. Paying almost never makes it stop; they usually ask for more.",
  "Don't delete the chat or the account, and don't confront the person: it is evidence.",
  "Save evidence: screenshots of the messages, the account's username and profile link, and any payment details. Don't copy, save or forward any nude picture of a child, even to the police: describe it instead.",
  BLOCK_AFTER_EVIDENCE_STEP,
  REPORT_STEP,
  BLOCK_IMAGES_STEP,
];

const STEPS_EARLY = [
  "You don't have to send any picture or go on camera. It's fine to say no or just stop replying.",
  'People online are not always who they say they are. Check with someone you know in real life.',
  "If they push, threaten you or ask for money: stop replying, save the chat (don't delete it) and tell an adult you trust.",
  'Block and report the account if anything feels wrong.',
];

const STEPS_WATCH = [
  "Keep an eye on where this goes. You never have to send pictures you wouldn't want shared.",
  'If someone threatens you or asks for money, save the chat, stop replying and tell an adult you trust.',
];

const explained = new Map<string, { explanation: string; nextSteps: readonly string[] }>();

/** What an explanation depends on, as one string: `explain` memoises by it, and so can its callers. */
export const explainKey = (
  level: Level,
  stages: readonly Stage[],
  facts: readonly EarlyFact[] = [],
  kinds: StageKinds = {},
  selfHarm = false,
  told: Heard | null = null,
): string =>
  `${level}:${stages.join(',')}:${facts.join(',')}:${stages.map((s) => kinds[s] ?? '').join(',')}${selfHarm ? ':self-harm' : ''}${told ? `:told-${told}` : ''}`;

/**
 * Explanation and next steps for a level, the stages behind it, what the reader's answers showed,
 * whether anyone talked about suicide or self-harm and whom someone said it is happening to (`told`: them, or
 * someone close to them; memoised: a few hundred combinations).
 */
export function explain(
  level: Level,
  stages: readonly Stage[],
  facts: readonly EarlyFact[] = [],
  kinds: StageKinds = {},
  selfHarm = false,
  told: Heard | null = null,
): { explanation: string; nextSteps: string[] } {
  const key = explainKey(level, stages, facts, kinds, selfHarm, told);
  let done = explained.get(key);
  if (!done) {
    const helping = told === 'other' || told === 'asked-other';
    done = compose(level, stages, facts, kinds, helping ? TO_HELPER : TO_READER);
    // an urgent result says as much to the one it is happening to already; the one helping is spoken to at every level
    if (helping || (told === 'self' && level !== 'urgent') || told === 'asked')
      done = asTold(done, level, told);
    if (selfHarm) done = withCrisis(done);
    if (explained.size < 10_000) explained.set(key, done);
  }
  return { explanation: done.explanation, nextSteps: [...done.nextSteps] };
}

/**
 * Someone said it is happening to them ("he's blackmailing me"), or to someone close to them ("a man has pictures of my
 * daughter and wants money"): their words lead, and the steps are those for a threat, or those for the one helping.
 */
function asTold(
  done: { explanation: string; nextSteps: readonly string[] },
  level: Level,
  told: Heard,
): { explanation: string; nextSteps: string[] } {
  // below a warning the lines are about the reader's own words ("send my nudes" read as a request): left out
  const rest = level === 'warning' || level === 'urgent' ? done.explanation.split('\n').slice(1) : [];
  const [headline, steps] =
    told === 'other'
      ? [HEADLINE_TOLD_OTHER, STEPS_HELPING]
      : told === 'asked'
        ? [HEADLINE_ASKED, STEPS_ASKED]
        : told === 'asked-other'
          ? [HEADLINE_ASKED_OTHER, STEPS_ASKED_HELPING]
          : [HEADLINE_TOLD, STEPS_THREAT];
  return { explanation: [headline, ...rest].join('\n'), nextSteps: [...steps] };
}

/** The headline when someone says it is happening to someone close to them. */
const HEADLINE_TOLD_OTHER =
  'It sounds like someone is threatening a person you care about, or asking them for money or pictures. That is sextortion: it is a crime and it is not their fault. How you react first matters most: stay calm and tell them they are not in trouble.';

/** The headline when someone tells of being pushed for pictures or secrecy, before any threat (`askedAt`). */
const HEADLINE_ASKED =
  "It sounds like someone is pushing you to send pictures or to keep secrets. That is often how sextortion starts, and it is not your fault. You don't have to send anything: it's fine to say no, stop replying and block them.";

/** The steps for someone being pushed for pictures: the early ones, and where a young person can report it. */
const STEPS_ASKED = [...STEPS_EARLY, REPORT_STEP];

/** The headline when someone tells of a young person close to them being pushed for pictures or secrecy. */
const HEADLINE_ASKED_OTHER =
  'It sounds like someone is pushing a young person you care about to send pictures or to keep secrets. That is often how grooming and sextortion start, and it is not their fault. How you react first matters most: stay calm and tell them they are not in trouble.';

/** The steps for the one helping a young person being pushed, before any threat. */
const STEPS_ASKED_HELPING = [
  CALM_STEP,
  "They don't have to send any picture or go on camera. Help them stop replying, and don't confront the person.",
  "Save evidence before anything is deleted: screenshots of the messages, the account's username and profile link.",
  BLOCK_AFTER_EVIDENCE_STEP,
  REPORT_STEP,
];

/** The headline when someone says it is happening to them. */
const HEADLINE_TOLD =
  "It sounds like someone is threatening you or asking you for money or pictures. That is sextortion: it is a crime, it is not your fault, and you can get help right now. Don't pay and don't send anything more.";

/** The self-harm sentence as the first line after the headline, the crisis lines as the first step. */
function withCrisis(done: { explanation: string; nextSteps: readonly string[] }): {
  explanation: string;
  nextSteps: string[];
} {
  const [headline, ...rest] = done.explanation.split('\n');
  return {
    explanation: [headline, `- ${SELF_HARM_SENTENCE}`, ...rest].join('\n'),
    nextSteps: [CRISIS_STEP, ...done.nextSteps],
  };
}

/** The explanation's first line: the level's, unless what was seen makes it say something never said. */
function headlineOf(level: Level, stages: readonly Stage[], kinds: StageKinds, severe: boolean): string {
  if (level === 'warning' && !severe) return HEADLINE_EARLY;
  if (level !== 'urgent' || !kinds.threat || !stages.includes('threat')) return HEADLINE[level];
  return kinds.threat === 'hint' && !stages.includes('demand') ? HEADLINE_URGENT_HINT : HEADLINE_URGENT_OTHER;
}

/** `voice`: to whom the lines of what was seen are said, the reader or an adult helping them (`TO_HELPER`). */
function compose(
  level: Level,
  stages: readonly Stage[],
  facts: readonly EarlyFact[],
  kinds: StageKinds,
  voice: Voice = TO_READER,
): { explanation: string; nextSteps: string[] } {
  if (level === 'none') return { explanation: HEADLINE.none, nextSteps: [] };
  const severe =
    facts.includes('paid') ||
    facts.includes('saved') ||
    facts.includes('turned') ||
    stages.some(
      (s) => s === 'threat' || s === 'deepfake_threat' || s === 'demand' || s === 'compromise_claim',
    );
  const headline = headlineOf(level, stages, kinds, severe);
  const sentence = (s: Stage) => {
    if (level === 'watch' && s === 'threat') return THREAT_HINT;
    const kind = kinds[s];
    if (kind && kind !== 'named') return voice.kind[kind];
    return s === 'pressure' && !severe ? voice.pressureEarly : voice.stage[s];
  };
  const named = (s: Stage) => kinds[s] === 'named' && stages.some((other) => NAMING_STAGES.has(other));
  // the fact says what the kind's line says, and that the reader told their age
  const toldChild = (s: Stage) => kinds[s] === 'child' && facts.includes('child');
  const lines = [
    headline,
    ...stages.filter((s) => !named(s) && !toldChild(s)).map((s) => `- ${sentence(s)}`),
    // pushing already has its line when pressure is a stage
    ...facts.filter((f) => f !== 'pushed' || !stages.includes('pressure')).map((f) => `- ${voice.fact[f]}`),
  ];
  const nextSteps = level === 'watch' ? STEPS_WATCH : severe ? STEPS_THREAT : STEPS_EARLY;
  return { explanation: lines.join('\n'), nextSteps: [...nextSteps] };
}
