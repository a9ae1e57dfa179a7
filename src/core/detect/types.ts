/** A step of the sextortion script. */
export const STAGES = [
  'persona',
  'move_platform',
  'secrecy',
  'sexualisation',
  'image_request',
  'image_sent_first',
  'compromise_claim',
  'threat',
  'demand',
  'pressure',
  'deepfake_threat',
] as const;
export type Stage = (typeof STAGES)[number];

export type Level = 'none' | 'watch' | 'warning' | 'urgent';
export const LEVELS: readonly Level[] = ['none', 'watch', 'warning', 'urgent'];

/** One message of a conversation. `time` is passed through untouched (ISO string or epoch ms). */
export interface Message {
  sender?: string;
  text: string;
  time?: string | number;
}

/** Why a cue counts for less than its weight. */
export type CueContext = 'quoted' | 'discussion';

/** A piece of a message that signals one stage, with its span in the ORIGINAL text (UTF-16, end exclusive). */
export interface Cue {
  stage: Stage;
  cue: string;
  why: string;
  weight: number;
  start: number;
  end: number;
  text: string;
  context?: CueContext;
  /** Set on a sentence model's cue read with at least its `strong` probability. */
  strong?: true;
  /**
   * Set when the cue was assembled over several short messages of one sender ("im exposing" / "ur
   * pics"): where each piece lies. `start`/`end` above are then the piece in the latest message.
   */
  parts?: CuePart[];
}

/** One piece of a cue assembled over several messages: a span of message `message` (its index). */
export interface CuePart {
  message: number;
  start: number;
  end: number;
  text: string;
}

/** A cue kept as evidence for the conversation result (bounded: a few per stage). */
export interface CueEvidence extends Cue {
  message: number;
  sender: string;
}

export interface ParticipantResult {
  id: string;
  stages: Stage[];
  risk: number;
  level: Level;
}

export interface ConversationResult {
  risk: number;
  level: Level;
  /** true at level warning or above */
  alert: boolean;
  /** stages reached by any participant, in the order they first appeared */
  stages: Stage[];
  /**
   * one short label per stage, in the order of `stages`: what its strongest cue was about ("hinting at the
   * people in your life" rather than the threat stage's own "threatening to share pictures or to harm you"); said of
   * "them" when `toldAbout` is 'other' ("claiming to have their pictures")
   */
  stageLabels: string[];
  /** the participant whose messages drive the level, if any */
  primary: string | null;
  participants: ParticipantResult[];
  /** one line per stage reached: what was seen, where and from whom */
  reasons: string[];
  evidence: CueEvidence[];
  explanation: string;
  nextSteps: string[];
  /** messages analysed so far */
  messages: number;
  /** index (0-based) of the first message at which the level reached warning, or null */
  firstAlertAt: number | null;
  /**
   * index (0-based) of the first message that talks about suicide or self-harm ("kys", "i want to die",
   * "me quiero morir"), whoever wrote it, or null. It changes no level: it asks for crisis support to
   * be shown first.
   */
  selfHarmAt: number | null;
  /**
   * index (0-based) of the first message where someone says this is happening to them ("he's blackmailing
   * me", "she said she will post my pics", "me está chantajeando"), or null: a reader telling their story
   * instead of pasting the chat. It changes no level (a retold threat is no threat in the chat); the
   * explanation and next steps then speak to someone it is happening to.
   */
  selfReportAt: number | null;
  /**
   * whom the message at `selfReportAt` says it is happening to: its writer ('self'), or someone close to them
   * ('other': a parent, teacher or friend telling what is happening to their child, pupil or friend, "a man has
   * pictures of my daughter and wants money"); also 'other' when a message says the chat is someone close's ("this is
   * what my son got on instagram") and the chat alerts (warning or urgent), and when `pushed` tells of someone close
   * being pushed ("a man keeps asking my daughter for nudes"); null when no one said so
   */
  toldAbout: ToldAbout | null;
  /**
   * index (0-based) of the first message where its writer tells of someone asking them (or someone close to them: see
   * `pushed`) for the script's first steps, before any threat ("a guy i met on insta keeps asking me for pics and says i should delete our chats"), or null.
   * It changes no level; while no one said a threat is happening (`toldAbout` null) and the chat shows less than a
   * warning, the explanation and next steps speak to someone being pushed for pictures or secrecy (`pushed`).
   */
  askedAt: number | null;
  /**
   * the explanation and next steps speak to someone being pushed for pictures or secrecy: `askedAt` is set, no one said
   * a threat is happening and the chat shows less than a warning. Each face shows the pushed answer from this field
   * alone; with `toldAbout` 'other' the one pushed is someone close to the teller, and the answer is for the one helping.
   */
  pushed: boolean;
}

/** Whom a story told in the chat is about (`ConversationResult.toldAbout`). */
export type ToldAbout = 'self' | 'other';

/**
 * The teller saying they look after young people (`Lexicon.retelling.close.members.caring`): one of `roles`, not after
 * an owner ("my coach" is someone else's), said as their own: one of `teller` right before it ("I lead the youth group",
 * "I foster a 16 year old lad"), one of `lead` up to four words before it ("as a school counsellor", "I'm a Year 8
 * teacher") or one of `here` up to four words after it ("Head of Year 10 here"). Such a teller's story is read as about
 * the young person even where the one named speaks ("a pupil told me …") or the teller asks the reader ("could you
 * advise …").
 */
export interface Caring {
  roles: string;
  lead: string;
  teller: string;
  here: string;
  /** words besides `members.first` that name a ward then ("the 15-year-old lad living with us") */
  first?: string;
}

/**
 * A cue lexicon for one language. Phrases are written in plain words; the engine folds them the same
 * way it folds messages (lower case, accents, repeated letters). Phrase syntax, tokens separated by
 * spaces: `a|b` alternatives, `word*` any word starting with `word`, `word+` the word's inflections
 * (send, sends, sending, sent), `@name` a word class of the lexicon (whose members may be several
 * words: "put up", "half an hour"; in a phrase, join them with `_`: `took_over|hacked`), `tok?` optional token, `~` a gap of up to 3 words (`~5`: up to 5),
 * `#` a number. The first token must not be optional or a gap.
 */
export interface Lexicon {
  language: string;
  cues: LexiconCue[];
  /** words that cancel a cue when they come at most 3 words before it ("never send nudes") */
  negators: string[];
  /**
   * words just before a negator that make it a proposal, not a negation ("why don't we settle this",
   * "¿por qué no lo arreglamos?"): one or two words each
   */
  proposals?: string[];
  /**
   * words just after a negator that make it a coercion, not a negation, of a threat ("dont make me post
   * it", "no me obligues a subirlo"): one or two words each
   */
  coercions?: string[];
  /**
   * idioms that start with a negator and negate nothing ("no cap ill drop ur nudes", "no joke i will post it"): the
   * negator's own word first, one to three words each
   */
  affirmations?: string[];
  /** words that keep a negated cue alive ("if you don't pay") */
  conditionals: string[];
  /**
   * words that, right after a placeholder opening a message, make it words about a picture rather than a
   * picture sent with a caption ("[photo] of the dog")
   */
  aboutPicture?: string[];
  /** phrases showing a message talks ABOUT sextortion (advice, news, warnings) */
  discussion: string[];
  /**
   * discussion markers a scam mail also uses in its own voice ("I am not a scammer", "victims who went to
   * the police regretted it", "don't go to the FBI"): as the message's only marker, one discounts only the
   * sentences that do not speak from the writer to the reader
   */
  asides?: string[];
  /**
   * phrases in which a discussion marker is not one: a marker lying wholly inside such a phrase does
   * not discount the message ("according to the Penal Code" in a fake police letter, "can be used to
   * blackmail you" addressed to the reader)
   */
  notDiscussion?: string[];
  /**
   * phrases showing people who already know each other offline ("last night was fun", "see you at
   * dinner"): they soften early-script warnings only, never threats
   */
  familiar?: string[];
  /**
   * first words of a short reply that hesitates or refuses ("no", "idk", "why", "umm", "of what"):
   * the early script pushes past them (`pushedPastNo` in score.ts)
   */
  hesitation?: string[];
  /**
   * what a reader asks someone they do not know ("who is this", "do i know you"): the early script
   * counts it as the sender being a stranger (`unknown` in score.ts)
   */
  unknown?: string[];
  /** the reader doubting a friend's account is the friend ("is this really you?"): as `unknown`, never taken back */
  doubt?: string[];
  /**
   * what someone asked "who is this" answers when the reader knows them offline ("its maya, new phone", "ur brother
   * obviously", "ravi from bio"): in their next two messages, starting within their first ten words, it takes the
   * question back
   */
  introduced?: string[];
  /**
   * who they are to the reader, as an answer to "who is this" ("ur brother obviously", "your cousin tess"): as
   * `introduced`, but only at the start of the answer (after at most one word, or after "its", "im", "is")
   */
  kin?: string[];
  /**
   * talk of suicide or self-harm, told to someone ("kill yourself") or said of oneself ("i want to
   * die"): consecutive words, one `a|b` alternative per word, where an alternative written `a_b` is that
   * many words ("do_not") and a word written `a|b?` may be left out ("asking for? money"); a message holding
   * one sets `selfHarmAt` (no stage, no level). The other reply lists (`unknown` … `caughtOut`) read the same.
   * (`replyVariants` in analyzer.ts)
   */
  selfHarm?: string[];
  /**
   * someone saying that this is happening to them ("blackmailing me", "threatening to post my", "he has my
   * nudes"): the same syntax as `selfHarm`; a message holding one sets `selfReportAt` (no stage, no level)
   */
  selfReport?: string[];
  /**
   * a story told as over (`phrases`, the same syntax: "years ago", "back in uni") with none of `ongoing`'s words outside
   * quotation marks ("says", "wants", "still"): no story of a threat happening now, and no `selfReportAt` ("Three years
   * ago when I was 16 someone got pictures of me and demanded money … I'm 19 now and I'm sharing this")
   */
  ended?: {
    phrases: string[];
    ongoing: string;
    /**
     * a question about such threats in general, or for a class ("what are the warning signs that a teenager is being
     * sextorted?", "for my psychology class"): no story, whatever its other words
     */
    asked?: string[];
  };
  /**
   * someone saying they are pushed for pictures, before any threat ("he keeps asking me for nudes", "me pide packs"):
   * the same syntax as `selfHarm`, amounts read as in `selfReport`; a message holding one, telling its writer's own
   * story, sets `askedAt` (no stage, no level), as a story whose words told back ask the script's first steps does
   */
  pushed?: string[];
  /**
   * a plain request for pictures in the teller's words, which a grandmother's story holds too ("he keeps asking me for
   * pics", "me pide fotos"): a phrase of `asked` is a push (`askedAt`, as `pushed`) only beside an early step of the
   * script in the same message, a cue of the message (secrecy, another app, persona, sexual talk or pressure: "… and says
   * i should delete our chats") or a phrase of `steps`, the steps in the teller's own words that no cue reads ("… and
   * says not to tell anyone", "… y dice que borre nuestros chats"); the same syntax as `selfHarm`
   */
  pushedPlain?: { asked: string[]; steps: string[]; askedOther?: string[] };
  /**
   * someone saying a young person close to them is pushed for pictures, before any threat ("a man keeps asking my
   * daughter for nudes", "i think my son is being groomed"): the same syntax; a message holding one (or one of
   * `pushedPlain.askedOther`, "keeps asking her for photos", beside an early step as for `pushedPlain.asked`) that names
   * someone close sets `askedAt` with `toldAbout` 'other' (no stage, no level)
   */
  pushedOther?: string[];
  /**
   * someone saying that this is happening to someone close to them ("my son is being blackmailed", "threatening my
   * daughter with her photos"): the same syntax; a message holding one sets `selfReportAt` with `toldAbout` 'other'
   */
  otherReport?: string[];
  /**
   * a teen's own story of paying or sending and being asked for more: a phrase of `paid` ("i paid him", "i already gave
   * him 200") and one of `more` ("wants another 300", "now send 100", "said it wasnt enough") in one message make it the
   * teller's story (`toldAbout` 'self'), in either order; the same syntax as `selfHarm`, amounts read as in `selfReport`
   */
  paidThenAsked?: { paid: string[]; more: string[] };
  /**
   * someone saying the pasted chat is someone close's ("this is what my son got on instagram", "my daughter received
   * these messages"): the same syntax; once the chat alerts, the result speaks to the one helping (`toldAbout` 'other')
   */
  otherChat?: string[];
  /**
   * A reader's own story ("he says he'll send my pics to my school") told back as the words said to them ("i'll send
   * your pics to your school"): `teller`, the teller's words as the one the story is about and the ones said to them
   * (my → your, me → you); `subject`, the teller's words as the one who acts (i → you), turned too; `other`, the words
   * for whoever they tell about and the ones that one says (he → i, his → my). A message with words of `teller` and of
   * `other` whose told-back words hold a threat sets `selfReportAt` (retelling.ts); words outside quotation marks only.
   */
  retelling?: {
    teller: Record<string, string>;
    subject?: Record<string, string>;
    other: Record<string, string>;
    /** a verb right after a word turned into the one who speaks, as that one says it ("someone is" → "i am") */
    agree?: Record<string, string>;
    /**
     * a threat told as reported, said as the threat itself, wherever it stands: "they threatened to send the nudes to all
     * my followers" → "i will to send the nudes to all your followers" (the acts allow the word between)
     */
    reported?: Record<string, string>;
    /** words just before a `reported` word left out when it is said: "she started threatening to post" → "i will post" */
    aspect?: string;
    /** a word just after a `reported` word left out when it is said ("to") */
    reportedAfter?: string;
    /**
     * the teller's words of distress or asking for help ("help", "scared"): beside one, a claim to hold pictures told
     * back is the teller's story on its own ("im 13 and a guy has my pics pls help")
     */
    distress?: string;
    /**
     * words that open a description of the one told about just after they are named: "a guy from a game has my pics" is
     * told back as "i have your pics" when a verb of `agree` follows within five words
     */
    describedBy?: string;
    /**
     * the first words of the `discussion` markers that are a teller's report of a message they got ("got a message
     * saying they have a video of me"): in the told-back words such a marker discounts nothing
     */
    received?: string;
    /**
     * words right before the teller's own subject ("i") that make the story the teller's without a word of `teller`: "she
     * says if i dont send 300 she will send the video to everyone i know", "unless i pay", "he says i have to send more or
     * he shows everybody"
     */
    conditions?: string;
    /**
     * A story about someone close to its teller ("a man has pictures of my daughter and says he will send them to her
     * school"), told back as the words said to that one ("i will send them to your school"): `owners` and `people`
     * name them (`my|our`, `son|daughter|…`: the pair is said as "you", its possessive as "your"); `said`, the story's
     * other words as that one hears them (he → i, his → your), before `other`'s; `objects`, words said as their value
     * at the end or before a word of `objectsBefore`, and as `said` gives elsewhere ("asking her for money" → "asking
     * you for money", "her pics" → "your pics").
     */
    close?: {
      owners: string;
      people: string;
      /** the teller's words of their own ("my"): a story holding them elsewhere is the teller's ("has my pics") */
      own: string;
      /**
       * when given, a word of `own` that is also an owner ("my") is the teller's only before one of these within three
       * words ("my pics", "my private video"; not "my card" or "our school", which a parent's story holds too)
       */
      ownThings?: string;
      /** the teller as what pictures show, two words after one of `ownThings`: "he has nude images of me" is the teller's */
      shown?: string;
      /** the teller as who sent the pictures, one of `audience.sends` right after: "i sent one video to a girl" is the teller's */
      sender?: string;
      /**
       * the teller (`sender`) as the one a condition is put to: after one of `before`, with one of `acts` within the three
       * words after ("if i dont send the money", "unless i pay"): the story is the teller's own
       */
      conditioned?: { before: string; acts: string };
      /**
       * the one named where pictures are sent, not the one told about: after a word of `after` ("pay 300 or my friends
       * see it", not before one of `ownThings`: "or my son's pics go out"), or after `to` with one of `sends` and one of
       * `ownThings` or `sent` within the four words before ("threatening to send the recording to my friends", not
       * "sending messages to my daughter"); or whom it is kept from, right after a word of `keptFrom.tell` that one of
       * `keptFrom.not` leads within two words ("he tells me not to tell my friends about him", "dont tell ur parents")
       */
      audience?: {
        sends: string;
        to: string;
        sent: string;
        after: string;
        keptFrom?: { tell: string; not: string };
      };
      /**
       * a member of a group of the teller's, named as the one told about: one of `first`, up to three of `lead`, one of
       * `people`, of `of`, an owner and (up to two words on) one of `groups` ("a student in my class", "one of the boys
       * in my youth group"); or one of `wards` without the group, someone in the teller's care by that word alone ("a
       * student came to me", "one of our pupils"); a member who does one of `acts` right after is the one who threatens
       * ("a girl in my year found screenshots of …"). When the teller says they look after young people (`caring`), any
       * one of `people` after one of `first` or `caring.first` is a ward ("As a school counsellor I'm supporting a Year 9
       * boy", "I'm a foster carer. The 15-year-old lad living with us …")
       */
      members?: {
        first: string;
        lead?: string;
        of: string;
        groups: string;
        wards?: string;
        /** words right before `first` that make one of `wards` a description of whoever it is ("who said she is a student") */
        posing?: string;
        acts?: string;
        caring?: Caring;
      };
      /** the word after a number and an age word that names a child without `people`: "our 15 yr old has been targeted" */
      ageNoun?: string;
      /**
       * the words that speak to someone ("you|your"): a story about someone close that holds none is read even where its
       * own words threaten ("some account says it has his nudes and will send them to everyone"), as an offender's are not
       */
      addressee: string;
      /** words right after the one named that make them the one who speaks or acts ("my friend says she'll post them") */
      speaks?: string;
      /** a word that may stand between the one named and `speaks` ("my friend is saying", "my son has told me") */
      auxiliary?: string;
      /** words that may stand between `owners` and `people`, besides a number ("my 14 year old daughter", "my best friend") */
      describing?: string;
      /** how the named one and their possessive are said (default "you", "your"; es "ti", none) */
      as?: [string, string?];
      said: Record<string, string>;
      objects?: Record<string, string>;
      objectsBefore?: string;
      /**
       * the one told about by their pronouns, read when one of `names` names them ("my son", or "her" first after "my
       * best mate"): the words of `said` instead of the usual ones, their own pronouns said to them and the other's as the
       * one who speaks ("this guy has her pics and says if she doesnt send more …" → "… if you dont send more …")
       */
      victims?: Record<string, { names: string; said: Record<string, string> }>;
      /** a verb right after a word turned into the one told about, as said to them ("she has" → "you have") */
      agreeNamed?: Record<string, string>;
    };
  };
  /**
   * right after the reader sent the intimate picture its sender asked for, the sender's words (the same syntax as
   * `selfHarm`, each phrase anywhere in the message): `saved`, that they kept it ("screenshotted", "guardé"); `unsaved`,
   * words that take that back or give a partner's reason ("didnt", "wallpaper"); `caughtOut`, that the reader was caught
   * out ("big mistake", "cometiste un") (analyzer.ts `savesPicture`, `turnsOnReader`)
   */
  saved?: string[];
  unsaved?: string[];
  caughtOut?: string[];
  /**
   * questions, in that same moment, about the reader's people or school (analyzer.ts `turnsOnReader`), each list of
   * single words (`a|b` alternatives): `questionWords` start a question ("what", "qué"); `askedKin`, the reader's people
   * ("mums", "hermana"), and `askedReach`, how to reach them ("fb", "seguidores"), both in one short question; each of
   * `askedSchool` is words that must all be in a question led by a question word ("school go", "colegio|cole vas")
   */
  questionWords?: string[];
  askedKin?: string[];
  askedReach?: string[];
  askedSchool?: string[];
  /**
   * word classes for acts, used in phrases as `@name`: members separated by `|`, each one or more words
   * with the phrase word syntax (`send+`, `pic*`, `@other`): "expose" = send+|post+|put up|go viral...
   */
  classes?: Record<string, string>;
  /** irregular forms added to `word+` ("send" → ["sent"]) */
  irregular?: Record<string, string[]>;
  /**
   * phrases that cancel the cues of one stage whose words they overlap ("a pic of the new trainers" is
   * not a request for a picture of the reader). With `pictures`, the phrases name a picture of the
   * reader that is not intimate ("the video of you singing"): a threat in the same message that names
   * no picture of its own ("... or it goes in the group chat") points back at it and is cancelled too.
   */
  exceptions?: { stage: Stage; phrases: string[]; pictures?: boolean }[];
  /** phrases that name a picture or a video: a threat holding one names its own object */
  pictures?: string[];
}

export interface LexiconCue {
  id: string;
  stage: Stage;
  weight: number;
  why: string;
  phrases: string[];
  /**
   * what a pasted chat shows in brackets, as the whole message, instead of what was sent: one or two
   * words, each `a|b` alternatives ("photo|pic", "image omitted|attached" matches "[photo]",
   * "(image attached)")
   */
  placeholders?: string[];
}
