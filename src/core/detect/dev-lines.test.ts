// The development lines of the chat-threat round (data/detect/dev, README there): team-written
// offender lines, e-mail fragments and look-alikes that rules were written from. Floors, as for the
// probe sets: a change that loses ground fails. They measure nothing held out; probe-chat5.test.ts does.
import { describe, it } from 'node:test';
import assert from '../../../test/assert.ts';
import { analyseProbe, describeProbeSet, type Probe } from '../../../test/detect-probes.ts';
import { readDevItems } from '../../node/files/detect-corpus.ts';

/** One item per line; the messages of one item are separated by ` || `. */
const readLines = (name: string): Probe[] =>
  readDevItems(name).map((messages) => (messages.length > 1 ? messages : messages[0]));

// Alerted before the round (`main` at af955b2) -> first run of the set -> now; hard negatives alerted
// likewise. The false alerts left are friends' joke blackmail ("pay me 5 bucks or it goes in the group
// chat 😂") and a platform notice, which read like threats word for word. A few lines were given up for
// speed: phrases that no uncommon word anchors are tried at every "it" or "or" (docs/detect.md).
// "night" (2026-12-01): after training the sentence model on 965 more labelled sentences
// (data/detect/sentences/mixed3-*.tsv); one mail-1 fragment fell back below the line it had crossed
// in the evening, four chat lines and one look-alike moved the other way.
// "late" (2026-12-01 late night): a second act where the line's words held one ("$400 by midnight",
// "$400 and she never does", "or $900", "$350 keeps it private", "she's getting the recording tonight
// unless", "200 or your teammates get a surprise", "o la subo al servidor"), a countdown to the exposure
// (an ellipsis no longer ends a sentence for the matcher), baby, yearbook and "you singing" pictures
// not taken for the threat (friends' joke blackmail), and 8 + 17 training
// sentences dropped that resembled probe sets 8 and mail 5 (the copies check), which cost a chat-0 line.
// "12-02" (2026-12-02 night): a break-in claimed in the writer's own voice in an e-mail-length
// paragraph is enough for a warning (SELF_INTRUSION in analyzer.ts); "a páginas para adultos" is an
// audience in Spanish; the fake police letter's "your file to the media / the sex offenders register";
// "contacting the police is useless" as pressure; the combiner retrained with chats9.txt and
// emails9.txt, which took one line each off chat-2 and chat-4 that only the combiner had raised
// ("I have edited your face onto the video ... Transfer 0.02 BTC", "ur life is over if this gets out");
// then the sentence model trained with threats5.tsv, threats6.tsv and threats7.tsv (three writers'
// labelled threat lines and look-alikes); a threat that names no picture points back at the innocent
// picture its sender named (in the message or up to 3 messages before), which took 5 of 8 false alerts.
// "12-02 am" (2026-12-02 morning): rules from six new sets written that morning (mail-3, chat-5, chat-6,
// mail-4, chat-7, mail-5: the first two short single-act fragments and early threat steps, the others
// from the held-out sets' brief), each committed before its first run, and from the older sets' misses.
// First runs are marked "first"; "start" is the session's starting tree (99a9445) on the same lines.
// "12-02 midday": the line model (line-model.ts) is trained on these lines, so from here on the floors
// measure nothing held out at all; the probe sets do. "12-02 pm": chat-8 and mail-6 (a helper, from a
// brief alone, committed before their first run, which was before any change to the engine that day
// but the combiner's pruning).
// "12-02 eve": 230 lines that near-copied a string of a probe set or a message of a corpus `test` item
// removed (dev-copies.test.ts keeps it so: these lines train the line model), the models retrained;
// the counts after the arrows are over the lines left (x/n). Then chat-9, chat-10 and mail-7 (three
// helpers, each from its own brief, committed before their first run): rules from their misses
// (act.expose_if and four Spanish phrases) and the line model with word-class n-grams, trained on them.
// "12-02 night": chat-11 and mail-8 (two helpers, committed before their first run) joined the line
// model's training lines; the line model's weak reading (p >= 0.9, counted beside a claim or a demand)
// was added.
// "12-03": chat-12 and mail-9 (two helpers, committed before their first run); acts from their misses (the material as
// the subject under a condition, "pay or its out", harm in the writer's voice as a weak threat, the price of silence,
// passive device claims, deletion once paid), then every set retrained with them: retraining moved chat-8 and chat-9
// down 3 each (training-set figures; the probe sets measure what carries).
// "12-03 pm": chat-13 (a helper, committed before its first run): acts from its misses (the material going out or up
// under a condition, "or ur pics are out", Spanish "o lo publico"), look-alikes read as threats before (a shop's "the
// photos are sent immediately to your inbox", a price "going up to 50 next week", "in fortnite", a picture of someone
// sleeping, a 1v4 clip), then every set retrained with chat-13: six sets lost one or two lines to the retraining.
// Then mail-10 (another helper, committed before its first run): acts from its misses (fake police accusations and
// publication of the name in English and Spanish, "You don't pay, the video goes to everyone", "money for my silence",
// "everything you did ... was recorded", Spanish "se lo enviaré a tu empresa si no pagas"), a recorded meeting or school
// play is no claim, then every set retrained with mail-10: three sets lost a line to the retraining.
// Then chat-14 (offenders' lines as news and court records quote them; another helper, committed before its first
// run, which alerted on 36 of 124): acts from its misses ("If you break up with me, everyone gets the video", "or it's
// out there", "or you know what happens" beside a demand, Spanish "voy a mandar tus fotos al grupo", "te quemo en
// todas las redes", "o subo el primero"), look-alikes it raised (tickets sold "to someone else", the family seeing
// everything "at the recital", "ruin your life at Monopoly"), and early-14's (dev-early): every set retrained.
// The retrained line model then read a father's "You and me or the family.. or bring it home?" (a real dev plain chat) as
// a threat: plans-1 (24 look-alikes of plans between "just us or the family", 7 threats of that shape, written by the
// engineer) trains it on the difference; every set retrained again.
const SETS: { set: string; minAlerted: number; maxFalseAlerts: number }[] = [
  { set: 'chat-0', minAlerted: 29, maxFalseAlerts: 0 }, // 15/40 -> 15 -> 30 -> 31 (night) -> 30 (late) -> 31 (12-02) -> 31 (12-02 am) -> 32 (12-02 midday, line model: trained on these lines) -> 33 (12-02 pm, the price of silence) -> 30/37 (12-02 eve, near copies of held-out strings removed) -> 29/37 (12-02 eve, line model with word classes) -> 29/37 (12-02 eve, classes found by folded words) -> 29/37 (12-02 eve, near copies of probe set 12 dropped); 1/20 -> 1 -> 0 -> 0 -> 0 -> 0/20 -> 0/20 -> 0/20 -> 0/20 -> 29/37 (12-02 night: chat-11 and mail-8 trained on, the line model's weak reading); LA 0/20 -> 29 (12-03: rules from chat-12 and mail-9, all sets retrained)
  { set: 'chat-1', minAlerted: 90, maxFalseAlerts: 0 }, // 23/120 -> 25 -> 63 -> 63 (evening) -> 64 (night) -> 73 (late) -> 74 (12-02) -> 86 (12-02 am) -> 90 (12-02 midday, line model: trained on these lines) -> 89 (12-02 pm, line model retrained with chat-8 and mail-6) -> 85/115 (12-02 eve, near copies of held-out strings removed) -> 87/115 (12-02 eve, line model with word classes) -> 88/115 (12-02 eve, classes found by folded words) -> 88/115 (12-02 eve, near copies of probe set 12 dropped); 4/120 -> 4 -> 4 -> 4 -> 3 -> 2 -> 0 -> 0 -> 0/113 -> 0/113 -> 0/113 -> 0/113 -> 91/115 (12-02 night: chat-11 and mail-8 trained on, the line model's weak reading); LA 0/113 -> 91 (12-03: rules from chat-12 and mail-9, all sets retrained) -> 90 (12-03 pm: chat-13 trained on, every set retrained)
  { set: 'chat-2', minAlerted: 81, maxFalseAlerts: 0 }, // 28/120 -> 31 -> 66 -> 67 (night) -> 78 (late) -> 78 (12-02) -> 79 (12-02 am) -> 84 (12-02 midday, line model: trained on these lines) -> 85 (12-02 pm, the price of silence) -> 78/110 (12-02 eve, near copies of held-out strings removed) -> 79/110 (12-02 eve, line model with word classes) -> 78/110 (12-02 eve, classes found by folded words) -> 78/110 (12-02 eve, near copies of probe set 12 dropped); 0/120 -> 1 -> 1 -> 1 -> 0 -> 0 -> 0 -> 0/112 -> 0/112 -> 0/112 -> 0/112 -> 81/110 (12-02 night: chat-11 and mail-8 trained on, the line model's weak reading); LA 0/112 -> 81 (12-03: rules from chat-12 and mail-9, all sets retrained)
  { set: 'chat-3', minAlerted: 80, maxFalseAlerts: 0 }, // 18/120 -> 27 -> 72 -> 73 (night) -> 78 (late) -> 79 (12-02) -> 80 (12-02 am) -> 81 (12-02 midday, line model: trained on these lines) -> 78/117 (12-02 eve, near copies of held-out strings removed) -> 78/117 (12-02 eve, line model with word classes) -> 78/117 (12-02 eve, classes found by folded words) -> 78/116 (12-02 eve, near copies of probe set 12 dropped); 2/120 -> 5 -> 4 -> 4 -> 2 -> 0 -> 0 -> 0/109 -> 0/109 -> 0/109 -> 0/109 -> 79/116 (12-02 night: chat-11 and mail-8 trained on, the line model's weak reading); LA 0/109 -> 80 (12-03: rules from chat-12 and mail-9, all sets retrained)
  { set: 'mail-1', minAlerted: 124, maxFalseAlerts: 2 }, // 116/150 -> 122 -> 141 -> 142 (evening) -> 141 (night) -> 142 (late) -> 144 (12-02) -> 144 (12-02 am) -> 145 (12-02 midday, line model: trained on these lines) -> 122/127 (12-02 eve, near copies of held-out strings removed) -> 122/127 (12-02 eve, line model with word classes) -> 122/127 (12-02 eve, classes found by folded words) -> 122/127 (12-02 eve, near copies of probe set 12 dropped); 2/150 -> 2 -> 2 -> 2 -> 2 -> 2 -> 2 -> 2 -> 2/145 -> 2/145 -> 2/145 -> 2/145 -> 124/127 (12-02 night: chat-11 and mail-8 trained on, the line model's weak reading); LA 2/145 -> 124 (12-03: rules from chat-12 and mail-9, all sets retrained)
  { set: 'chat-4', minAlerted: 51, maxFalseAlerts: 1 }, // 7/120 -> 15 -> 43 -> 46 (late) -> 47 (12-02) -> 54 (12-02 am) -> 54 (12-02 midday, line model: trained on these lines) -> 52/114 (12-02 eve, near copies of held-out strings removed) -> 52/114 (12-02 eve, line model with word classes) -> 52/114 (12-02 eve, classes found by folded words) -> 51/113 (12-02 eve, near copies of probe set 12 dropped); 2/120 -> 2 -> 2 -> 2 -> 1 -> 1 -> 1/113 -> 1/113 -> 1/113 -> 1/113 -> 51/113 (12-02 night: chat-11 and mail-8 trained on, the line model's weak reading); LA 1/113 -> 51 (12-03: rules from chat-12 and mail-9, all sets retrained)
  { set: 'mail-2', minAlerted: 85, maxFalseAlerts: 0 }, // 42/120 (first run, late) -> 63 -> 72 (12-02) -> 88 (12-02 am) -> 89 (12-02 midday, line model: trained on these lines) -> 88 (12-02 pm, sentence model retrained with 11 real train sentences) -> 81/111 (12-02 eve, near copies of held-out strings removed) -> 82/111 (12-02 eve, line model with word classes) -> 82/111 (12-02 eve, classes found by folded words) -> 82/111 (12-02 eve, near copies of probe set 12 dropped); 0/120 -> 0 -> 0 -> 0 -> 0/113 -> 0/113 -> 0/113 -> 0/113 -> 85/111 (12-02 night: chat-11 and mail-8 trained on, the line model's weak reading); LA 0/113 -> 86 (12-03: rules from chat-12 and mail-9, all sets retrained) -> 85 (12-03 pm: plans-1 trained on, every set retrained)
  { set: 'mail-3', minAlerted: 62, maxFalseAlerts: 0 }, // 28/120 (first = start) -> 60 -> 61 (12-02 midday, line model: trained on these lines) -> 62 (12-02 pm) -> 63 (12-02 pm, the price of silence) -> 59/113 (12-02 eve, near copies of held-out strings removed) -> 61/113 (12-02 eve, line model with word classes) -> 61/113 (12-02 eve, classes found by folded words) -> 61/113 (12-02 eve, near copies of probe set 12 dropped); 0/120 -> 0 -> 0/115 -> 0/115 -> 0/115 -> 0/115 -> 65/113 (12-02 night: chat-11 and mail-8 trained on, the line model's weak reading); LA 0/115 -> 64 (12-03: rules from chat-12 and mail-9, all sets retrained) -> 65 (12-03: e-mail elements from mail-9's misses) -> 64 (12-03 pm: mail-10 trained on, every set retrained) -> 62 (12-03 am: sentences mail8/mail9 trained on, every model retrained)
  { set: 'chat-5', minAlerted: 26, maxFalseAlerts: 0 }, // 15/120 (first = start) -> 29 -> 30 (12-02 midday, line model: trained on these lines) -> 32 (12-02 pm, line model retrained with chat-8 and mail-6) -> 27/111 (12-02 eve, near copies of held-out strings removed) -> 26/111 (12-02 eve, line model with word classes) -> 26/111 (12-02 eve, classes found by folded words) -> 25/110 (12-02 eve, near copies of probe set 12 dropped); 2/120 -> 2 -> 0 -> 0/113 -> 0/113 -> 0/113 -> 0/113 -> 26/110 (12-02 night: chat-11 and mail-8 trained on, the line model's weak reading); LA 0/113 -> 26 (12-03: rules from chat-12 and mail-9, all sets retrained)
  { set: 'mail-4', minAlerted: 80, maxFalseAlerts: 0 }, // start 45/120, first 53 -> 79 -> 82 (12-02 midday, line model: trained on these lines) -> 83 (12-02 pm, line model retrained with chat-8 and mail-6) -> 78/113 (12-02 eve, near copies of held-out strings removed) -> 80/113 (12-02 eve, line model with word classes) -> 78/113 (12-02 eve, classes found by folded words) -> 78/113 (12-02 eve, near copies of probe set 12 dropped); 1/120 -> 1 -> 1 -> 0 -> 0/115 -> 0/115 -> 0/115 -> 0/115 -> 80/113 (12-02 night: chat-11 and mail-8 trained on, the line model's weak reading); LA 0/115 -> 81 (12-03: rules from chat-12 and mail-9, all sets retrained) -> 80 (12-03 pm: plans-1 trained on, every set retrained)
  { set: 'chat-6', minAlerted: 52, maxFalseAlerts: 1 }, // start 37/120, first 38 -> 60 -> 63 (12-02 midday, line model: trained on these lines) -> 49/102 (12-02 eve, near copies of held-out strings removed) -> 51/102 (12-02 eve, line model with word classes) -> 51/102 (12-02 eve, classes found by folded words) -> 52/102 (12-02 eve, near copies of probe set 12 dropped); 1/120 -> 1 -> 1 -> 1/106 -> 1/106 -> 1/106 -> 1/106 -> 53/102 (12-02 night: chat-11 and mail-8 trained on, the line model's weak reading); LA 1/106 -> 53 (12-03: rules from chat-12 and mail-9, all sets retrained) -> 52 (12-03 pm: chat-13 trained on, every set retrained)
  { set: 'mail-5', minAlerted: 62, maxFalseAlerts: 0 }, // start 34/100, first 40 -> 51 -> 53 (12-02 midday, line model: trained on these lines) -> 55 (12-02 pm, line model retrained with chat-8 and mail-6) -> 56 (12-02 pm, the price of silence) -> 53/96 (12-02 eve, near copies of held-out strings removed) -> 56/96 (12-02 eve, line model with word classes) -> 57/96 (12-02 eve, classes found by folded words) -> 57/96 (12-02 eve, near copies of probe set 12 dropped); 0/100 -> 0 -> 0 -> 0/97 -> 0/97 -> 0/97 -> 0/97 -> 60/96 (12-02 night: chat-11 and mail-8 trained on, the line model's weak reading); LA 0/97 -> 62 (12-03: rules from chat-12 and mail-9, all sets retrained) -> 63 (12-03: e-mail elements from mail-9's misses) -> 62 (12-03 pm: chat-13 trained on, every set retrained)
  { set: 'chat-8', minAlerted: 57, maxFalseAlerts: 0 }, // first 42/120 (= start), 42 (12-02 pm, line model trained on these lines) -> 62 (12-02 pm rules from chat-8 and mail-6) -> 64 (12-02 pm, pay and it is forgotten) -> 58 (12-02 pm, precision review of the round's phrases) -> 53/108 (12-02 eve, near copies of held-out strings removed) -> 54/108 (12-02 eve, line model with word classes) -> 54/108 (12-02 eve, classes found by folded words) -> 54/108 (12-02 eve, near copies of probe set 12 dropped); 0/120 -> 0 -> 0/107 -> 0/107 -> 0/107 -> 0/107 -> 60/108 (12-02 night: chat-11 and mail-8 trained on, the line model's weak reading); LA 0/107 -> 57 (12-03: rules from chat-12 and mail-9, all sets retrained)
  { set: 'mail-6', minAlerted: 68, maxFalseAlerts: 0 }, // first 40/120 (= start), 41 (12-02 pm, line model trained on these lines) -> 66 (12-02 pm rules) -> 70 (12-02 pm, the price of silence) -> 73 -> 69 (12-02 pm, precision review of the round's phrases) -> 65/114 (12-02 eve, near copies of held-out strings removed) -> 64/114 (12-02 eve, line model with word classes) -> 65/114 (12-02 eve, classes found by folded words) -> 65/114 (12-02 eve, near copies of probe set 12 dropped); 0/120 -> 0 -> 0/117 -> 0/117 -> 0/117 -> 0/117 -> 67/114 (12-02 night: chat-11 and mail-8 trained on, the line model's weak reading); LA 0/117 -> 67 (12-03: rules from chat-12 and mail-9, all sets retrained) -> 68 (12-03: e-mail elements from mail-9's misses)
  { set: 'chat-7', minAlerted: 62, maxFalseAlerts: 1 }, // start 48/100, first 49 -> 62 -> 68 (12-02 midday, line model: trained on these lines) -> 69 (12-02 pm, line model retrained with chat-8 and mail-6) -> 60/91 (12-02 eve, near copies of held-out strings removed) -> 63/91 (12-02 eve, line model with word classes) -> 63/91 (12-02 eve, classes found by folded words) -> 63/91 (12-02 eve, near copies of probe set 12 dropped); 3/100 -> 3 -> 3 -> 1 -> 1/96 -> 1/96 -> 1/96 -> 1/96 -> 66/91 (12-02 night: chat-11 and mail-8 trained on, the line model's weak reading); LA 1/96 -> 66 (12-03: rules from chat-12 and mail-9, all sets retrained) -> 65 (12-03 pm: chat-13 trained on, every set retrained) -> 62 (12-03 am: sentences mail8/mail9 trained on, every model retrained)
  { set: 'chat-9', minAlerted: 97, maxFalseAlerts: 4 }, // first 88/136 (12-02 eve, = start) -> 93 (12-02 eve: act.expose_if, the line model with word classes, trained on these lines) -> 93/136 (12-02 eve, classes found by folded words) -> 90/134 (12-02 eve, near copies of probe set 12 dropped); 4/141 -> 4 -> 4/141 -> 4/139 -> 100/134 (12-02 night: chat-11 and mail-8 trained on, the line model's weak reading); LA 4/139 -> 97 (12-03: rules from chat-12 and mail-9, all sets retrained)
  { set: 'chat-10', minAlerted: 100, maxFalseAlerts: 1 }, // first 86/143 (12-02 eve, = start) -> 95 (12-02 eve, as chat-9) -> 94/143 (12-02 eve, classes found by folded words) -> 94/143 (12-02 eve, near copies of probe set 12 dropped); 1/141 -> 1 -> 1/141 -> 1/139 -> 98/143 (12-02 night: chat-11 and mail-8 trained on, the line model's weak reading); LA 1/139 -> 100 (12-03: rules from chat-12 and mail-9, all sets retrained)
  { set: 'mail-7', minAlerted: 73, maxFalseAlerts: 1 }, // first 67/134 (12-02 eve, = start) -> 69 (12-02 eve, as chat-9) -> 69/134 (12-02 eve, classes found by folded words) -> 69/134 (12-02 eve, near copies of probe set 12 dropped); 1/144 -> 1 -> 1/144 -> 1/144 -> 72/134 (12-02 night: chat-11 and mail-8 trained on, the line model's weak reading); LA 1/144 -> 73 (12-03: rules from chat-12 and mail-9, all sets retrained)
  { set: 'chat-11', minAlerted: 72, maxFalseAlerts: 4 }, // first 70/143 (12-02 night, = start; LA 4/142) -> 74 (12-02 night: trained on these lines, the line model's weak reading); LA 4 -> 75 (12-03: rules from chat-12 and mail-9, all sets retrained) -> 73 (12-03 pm: chat-13 trained on, every set retrained) -> 72 (12-03 pm: mail-10 trained on, every set retrained)
  { set: 'mail-8', minAlerted: 55, maxFalseAlerts: 2 }, // first 51/142 (12-02 night, = start; LA 2/145) -> 54 (12-02 night: trained on these lines, the line model's weak reading); LA 2 -> 56 (12-03: rules from chat-12 and mail-9, all sets retrained) -> 55 (12-03 pm: chat-13 trained on, every set retrained)
  { set: 'chat-12', minAlerted: 72, maxFalseAlerts: 5 }, // first 61/132 (12-03, = start; LA 5/136) -> 74 (12-03: rules from its misses, then trained on these lines) -> 72 (12-03: a precision review of the round's phrases: sellers' "i'll send it if the money arrives", "pay by monday or its out of my hands", cloud and school notices); LA 5
  { set: 'chat-13', minAlerted: 87, maxFalseAlerts: 0 }, // first 79/143 (12-03 pm, = start; LA 2/146) -> 88 (rules from its misses) -> 89 (trained on these lines); LA 0 -> 88 (12-03 pm: mail-10 trained on, every set retrained) -> 87 (12-03 pm: chat-14 trained on, every set retrained)
  { set: 'plans-1', minAlerted: 7, maxFalseAlerts: 0 }, // written by the engineer after the line model's slip above (12-03 pm): 7/7, LA 0/24 (training lines: they measure nothing)
  { set: 'chat-14', minAlerted: 46, maxFalseAlerts: 0 }, // first 36/124 (12-03 pm, = start; LA 3/144) -> 44 (rules from its misses) -> 47 (early-14's rules, trained on these lines); LA 0; about 20 of its positives are grooming lines from before any threat, which alone alert nothing by design -> 46 (12-03 pm: plans-1 trained on, every set retrained)
  { set: 'mail-10', minAlerted: 97, maxFalseAlerts: 0 }, // first 81/128 (12-03 pm, = start; LA 2/129) -> 95 (rules from its misses) -> 95 (trained on these lines) -> 98 (the tracking pixel in the writer's own letter, camera and calls, Spanish Pegasus and house photo); LA 0; its 10 French and Portuguese lines are outside the engine's languages -> 97 (12-03 am: sentences mail8/mail9 trained on, every model retrained)
  { set: 'mail-9', minAlerted: 47, maxFalseAlerts: 0 }, // first 36/137 (12-03, = start; LA 0/140) -> 45 (12-03: rules from its misses, then trained on these lines); LA 0 -> 48 (12-03: e-mail elements from mail-9's misses) -> 47 (12-03 pm: chat-14 trained on, every set retrained)
];

for (const { set, minAlerted, maxFalseAlerts } of SETS) {
  describeProbeSet(
    `development lines ${set} (data/detect/dev)`,
    `dev ${set}`,
    readLines(`${set}.positives.txt`),
    readLines(`${set}.negatives.txt`),
    { minAlerted, maxFalseAlerts },
  );
}

// Veiled threats (data/detect/dev `chat-15`, README there): no demand, deadline or sexual word, so alone they are worth a
// second look (`watch`) and never an alert; their look-alikes share the words. First run (2026-12-04, 15:05 UTC, start
// tree f5f241a): 16 of 155 at `watch` or more, look-alikes 15 of 156 (1 alert) -> 56 and 22 (1) after rules from its
// misses (the line model is not trained on it: detect-corpus.ts `VEILED_SETS`).
const VEILED = [{ set: 'chat-15', minShown: 56, maxShown: 22, maxFalseAlerts: 1 }];

for (const { set, minShown, maxShown, maxFalseAlerts } of VEILED) {
  describe(`development lines ${set} (veiled threats, data/detect/dev)`, () => {
    const levels = (name: string) => readLines(name).map((probe) => analyseProbe(probe).level);
    const positives = levels(`${set}.positives.txt`);
    const negatives = levels(`${set}.negatives.txt`);
    it(`shows at least ${minShown} of ${positives.length} veiled threats as worth a second look`, () => {
      const shown = positives.filter((level) => level !== 'none').length;
      console.log(`dev ${set} veiled threats shown: ${shown}/${positives.length}`);
      assert.ok(shown >= minShown, `${shown}`);
    });
    it(`shows at most ${maxShown} look-alikes, and alerts on at most ${maxFalseAlerts}`, () => {
      const shown = negatives.filter((level) => level !== 'none').length;
      const alerted = negatives.filter((level) => level === 'warning' || level === 'urgent').length;
      console.log(`dev ${set} look-alikes shown: ${shown}/${negatives.length}, alerted ${alerted}`);
      assert.ok(shown <= maxShown, `${shown}`);
      assert.ok(alerted <= maxFalseAlerts, `${alerted}`);
    });
  });
}
