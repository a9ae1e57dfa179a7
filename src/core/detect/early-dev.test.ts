// The early-script development conversations (data/detect/dev-early, README there): rules were written
// from their misses, so the floors record where the engine stands on them; they measure nothing held out.
import { join } from 'node:path';
import { describeEarlyScripts, readConversations, type EarlyScriptSet } from '../../../test/detect-probes.ts';

const DIR = join(import.meta.dirname, '../../../data/detect/dev-early');
const read = (file: string): string[] => readConversations(join(DIR, file));

const SETS: EarlyScriptSet[] = [
  {
    name: 'early-13',
    threats: read('early-13.threats.txt'),
    lookalikes: read('early-13.lookalikes.txt'),
    // first run 24/29, look-alikes 2/38 (12-03, 01:05 UTC) -> 26/29, 1/38 after the pushes "everyone on the team
    // did it" / "dont be weird", Spanish quick-add, "sin playera", "yo te mando una", and "[payment sent]" no longer
    // joining its sender's "ya sending now" into a demand; the look-alike left is a stranger the teen blocks
    minEarly: 26,
    maxFalseAlerts: 1,
  },
  {
    name: 'early-14',
    threats: read('early-14.threats.txt'),
    lookalikes: read('early-14.lookalikes.txt'),
    // first run 14/26, look-alikes 0/30 (12-03, 04:37 UTC) -> 17/26 after "dm me here instead", "i'll send mine", a "bra
    // pic", "shirt off", "something spicier", "you look younger" and "are you over 13?" as age probes, "you're mature",
    // "quick add brought me here", "200 winners did it"; every threat line is read at the threat (a deepfake "edit your
    // selfie into a nude", Spanish "o tu foto va al canal general", "50 euros en paysafecard"); -> 22/26 (12-03 evening)
    // after parents kept out ("don't need to be involved"), "in underwear only", "you want this or not?" and "is that
    // normal?" as a hesitation, "i went first", "add my discord", Spanish pushes ("¿quieres ser artista o no?"), "¿me
    // pasas tu telegram?", "sácate el buzo", and "borra los mensajes" no longer read as a discussion; -> 23/26 after
    // early-22's rules (12-03 evening: "in just your underwear", a brand's "campaign" no discussion)
    minEarly: 23,
    maxFalseAlerts: 0,
  },
  {
    name: 'early-19',
    threats: read('early-19.threats.txt'),
    lookalikes: read('early-19.lookalikes.txt'),
    // first run of the whole set 28/40, look-alikes 1/40 (12-03, 15:07 UTC); 27 scripts and 9 look-alikes near-copying
    // probe strings or corpus test messages were dropped unread: 7/13, 1/31 -> 8/13 after "less top", "whatcha
    // wearing", "más cerca y sin la chamarra", "ya manda" and the reader doubting a friend's account; -> 9/13 (12-03
    // evening) after that doubt adds half beside the writer's own "new account" story (score.ts); -> 10/13 after "show 😏",
    // "quick add lol" and "saw u in the group"; -> 11/13 after early-25's rules (12-05); look-alikes 1 -> 0 (12-05
    // morning): an aunt's "te la mando, pero pásasela a tu mamá" no longer reads as a threat (es.ts SHARE_THEM)
    minEarly: 11,
    maxFalseAlerts: 0,
  },
  {
    name: 'early-20',
    threats: read('early-20.threats.txt'),
    lookalikes: read('early-20.lookalikes.txt'),
    // first run of the whole set 27/40, look-alikes 3/40 (12-03, 18:16 UTC); 17 scripts and 6 look-alikes near-copying
    // probe strings or corpus test messages were dropped unread: 14/23, 2/34 -> 17/23 after rules from the misses of the
    // first 12 scripts (9 -> 12 of 12); the last 11, kept unread, stayed at 5 of 11; the two look-alikes alerting (a
    // gamer's "pay up or i'm telling everyone", a friend's "3 samosas or it goes in the class group") are left; -> 18/23
    // after early-22's rules (one of the last 11, unread: 5 -> 6)
    minEarly: 18,
    maxFalseAlerts: 2,
  },
  {
    name: 'early-21',
    threats: read('early-21.threats.txt'),
    lookalikes: read('early-21.lookalikes.txt'),
    // short, fast scripts: first run of the whole set 14/40, look-alikes 3/40 (12-03, 18:27 UTC); 7 scripts and 12
    // look-alikes near-copying probe strings or corpus test messages were dropped unread: 12/33, 2/28 -> 15/33 after a
    // captioned picture ("[photo] ur turn") reads as a picture sent (first 16: 7 -> 8, last 17, unread: 5 -> 7) -> 20/33
    // after rules from the first 16's misses (8 -> 13; the last 17 stay at 7) -> 19/33 (12-04 night): the combiner
    // retrained after the stranger-25 rules moves one unread script's first alert from its 5th message to the threat;
    // with the combiner before it, the same rules keep it early (the one retrain this set flips every time)
    minEarly: 19,
    maxFalseAlerts: 2,
  },
  {
    name: 'early-22',
    threats: read('early-22.threats.txt'),
    lookalikes: read('early-22.lookalikes.txt'),
    // first run of the whole set 29/40, look-alikes 6/40 (12-03, 18:56 UTC; 25/40, 6/40 on the session's start); 16
    // scripts and 10 look-alikes near-copying probe strings or corpus test messages were dropped unread: 17/24, 5/30 ->
    // 19/24, 4/30 after rules from the first 12 scripts and 15 look-alikes (first 12: 10 -> 12; last 12, unread: 7 -> 7;
    // look-alikes: a couple's first date and "home safe" now read as knowing each other offline)
    minEarly: 19,
    maxFalseAlerts: 4,
  },
  {
    name: 'early-23',
    threats: read('early-23.threats.txt'),
    lookalikes: read('early-23.lookalikes.txt'),
    // first run of the whole set 23/40, look-alikes 1/40 (12-04, 19:33 UTC; the same on the session's start); 10 scripts
    // and 9 look-alikes near-copying probe strings or corpus test messages were dropped unread: 17/30, 1/31 -> 24/30,
    // 1/31 after rules from the first 15 scripts (first 15: 8 -> 14; last 15, unread: 9 -> 10) -> 26/30 (12-04 late: a
    // Taglish age question, first 15: 15; a child's age before a nude request is a warning, last 15: 11)
    minEarly: 26,
    maxFalseAlerts: 1,
  },
  {
    name: 'early-24',
    threats: read('early-24.threats.txt'),
    lookalikes: read('early-24.lookalikes.txt'),
    // first run of the whole set 11 of the 26 kept, look-alikes 2/34 (12-04, 19:43 UTC; the same on the session's start,
    // so early-23's rules moved none of it) -> 19/26, 2/34 after rules from the first 13 scripts (first 13: 3 -> 11;
    // last 13, unread: 8 -> 8) -> 21/26 (12-04 late: a child's age before a nude request is a warning; last 13: 10)
    minEarly: 21,
    maxFalseAlerts: 2,
  },
  {
    name: 'early-25',
    threats: read('early-25.threats.txt'),
    lookalikes: read('early-25.lookalikes.txt'),
    // first run 20 of the 36 kept, look-alikes 5/32 (12-04, 23:52 UTC; the same on the session's start); rules are
    // written from the first 18 scripts and 16 look-alikes, the rest kept unread -> 26/36, 4/32 after them (first 18:
    // 12 -> 17; last 18, unread: 8 -> 9; look-alikes: truth or dare's "or" no condition): "how old" ending a message, "which
    // standard", "you in year 10", "one but less on", "all my boys do it", "don't be a kid", "you want X or not", the
    // picture going to a discord or a friends list, Spanish "sin polo", "¿en qué curso vai?", "si le dices al profe, las
    // fotos ... llegan al grupo" -> 27/36 (first 18: 18) after Spanish "me pidieron ayudar" as no discussion, "pasémonos
    // a Telegram", "hay que mandar fotos", "otra más personal, en tu pieza", "no le digai a nadie"
    minEarly: 27,
    maxFalseAlerts: 4,
  },
  {
    name: 'early-26',
    threats: read('early-26.threats.txt'),
    lookalikes: read('early-26.lookalikes.txt'),
    // first run 11 of the 24 kept, look-alikes 1/27 (12-05, 00:20 UTC; the same on the session's start, so early-25's
    // rules moved none of it); rules are written from the first 12 scripts and 14 look-alikes, the rest kept unread ->
    // 15/24 after them (first 12: 6 -> 10; last 12, unread: 5 -> 5): "a pic after ur shower", "a bit less on", "thought u
    // were cool", "everyone who buys off me does it", "don't be selfish", "thats mad weird" as a hesitation, "nobody else
    // in the house?", "ur in year 10 right?", "the football chat gets it unless" (weaker), a sponsor's offer of money for a
    // picture no demand; Spanish "no se lo digas a tus padres", "de las que no subes", "las que ya tengo van a la cuenta
    // de confesiones"
    minEarly: 15,
    maxFalseAlerts: 1,
  },
];

describeEarlyScripts('early script, development', SETS);
