// English cue lexicon for the conversation risk engine. Written for Backstop by the team, CC0-1.0.
// Phrase syntax (see src/core/detect/types.ts): `a|b` alternatives, `word*` prefix, `tok?` optional,
// `~` gap of up to 3 words (`~N`: up to N), `#` a number. Words are folded like messages are
// (lower case, no accents, repeated letters collapsed, leetspeak), so write them plainly.
import type { Lexicon } from '../../../src/core/detect/types.ts';

/** what a pasted chat writes in place of a picture or video ("[photo]", "<video omitted>") */
const MEDIA_WORDS =
  'photo|photos|image|images|picture|pictures|pic|pics|video|videos|vid|vids|media|attachment|attachments|selfie|selfies|snap|snaps|gif|gifs|foto|fotos|imagen|imagenes|multimedia';
/** Verbs of the writer's own sending ("I'll share the video"): an offer or a threat, no request. */
const OWN_SEND = 'send|snd|drop|share|show|post|upload|leak|forward|dm|spread|expose|release|publish';
const IMG = 'pic|pics|picz|picture|pictures|pix|nude*|nudz|noodz|noods|newds|photo*|selfie*|vid|vids|video*|noodles';
const INTIMATE = 'nude*|nudz|noodz|noods|newds|naked|nsfw|sexy|dirty|explicit|intimate|private|spicy|lewd*';
const WHO =
  'family|parents|mom|mum|mother|dad|father|friends|friend|followers|following|school|contacts|classmates|teachers|teacher|relatives|boyfriend|girlfriend|bf|gf|sister|brother|siblings|class|church|college|uni|work|boss|coach|grandma|grandparents|list|insta|ig|page|story|snap|account|fans|cousins|team|job|employer|wife|husband';
const PUBLIC =
  'followers|following|follower|contacts|contact|classmates|school|list|insta|ig|page|story|teachers|boss|employer|work|coworkers|colleagues|class|church|team|facebook|friends';
/** the mail's question: "Do you want your wife to ...", "Would you like your children to ..." */
const WANT_THEM_TO = 'do|would ~1 you|u ~1 want|like ~1 @your ~2 @audience|children|kids|son|daughter ~1 to';
const ME = 'i|il|ill|im|ima|imma|gonna|or|otherwise';
const SHARE = 'send|post|share|leak|upload|forward|spread|show|expose|dm|sent|posting|sending|leaking|sharing|blast|publish';
const APPS =
  'snap*|sc|insta|instagram|ig|whatsapp|whats|wa|telegram|tg|kik|discord|wickr|signal|skype|line|wechat|session|viber|hangouts|threema|element|imessage|facetime';
/** apps to move to, without FaceTime: "facetime me" asks for a call (request.camera), not another app */
const TEXT_APPS = APPS.replace('|facetime', '');
/** What a threatened report to the police accuses the reader of: "(report you for) sending nudes". */
const SENDING_NUDES =
  'sending|sharing|sexting|requesting|asking_for ~2 nudes|nude|naked_pics|naked_photos|explicit_pics|explicit_photos|sexual_pics|sexual_photos|dirty_pics';
/** Fame as the exposure: "(100 or) ur famous tmrw", "(pay up or) you'll be viral" (not "you'll never be famous"). */
const FAMOUS = 'youre|ur|u_r|you_are|you_re|youll|ull|you_will|u_will|you_ll|u_ll be? famous|viral';
const MONEY =
  'money|cash|dollar|dollars|usd|pound|pounds|gbp|euro|euros|eur|bucks|quid|btc|bitcoin|crypto|usdt|eth|ethereum|giftcard*|payment|ransom';
/** A picture of a thing, not of the reader: "a pic of the new trainers", "more pics of it". */
/** Things of the reader's a picture may show without showing them: "a screenshot of your grades", "a pic of ur bike". */
const THEIR_THINGS = 'grades|report|report_card|results|homework|score|scores|marks|essay|bill|bills|bike|drawing|lunch|haircut';
const ITEM_PICTURE =
  'pic|pics|picture|pictures|photo|photos|pix|snap|video|vid|screenshot* ~1 of ~1 the|that|this|my|our|his|her|their|those|these|a|an|it|dad|mum|mom|grandma|grandpa|nan|gran|dog|cat|homework|receipt|menu|notes|timetable|list';
/** Taking pictures down (act.removal_fee, and its `threat` exception): "remove them", "take down the pics". */
const TAKE_DOWN = '@delete|take_down|takedown|scrub+';
/** A rate offered for pictures ("we pay $200 per shoot"): persona.reward, and an exception to the demands. */
const RATE_OFFERED =
  'we|i|they|client|clients|agency|brand ~1 pay|pays|offer|offers ~2 # ~1 per|a|each|for_each ~1 shoot|session|photo|pic|picture|set|video|model';
/** Complying and then release: "just show and I will delete everything". */
const RELEASE = [
  // "i can delete it all right now if u do what i say" (12-06 evening, a set written after the round's rules)
  '@i ~1 can|could|will|ll ~1 delete|erase|remove|wipe ~1 it|them|everything|it_all|all_of_it ~3 if ~1 you|u ~1 do ~1 what|as ~1 i ~1 say|ask|tell|want|said',
  // "Send me the money let me delete everything" (tried as a user, 12-05)
  'send+|pay+|transfer+ ~3 money|cash|payment|it ~1 let_me|make_i|so_i_can|so_i_will ~1 delete|erase|remove|wipe ~2 everything|all|it|them|the_pics|the_video',
  // real-19 (12-03 pm): "I will destroy all the data and evidence once you come through with the payment"
  '@i @will? ~1 @delete ~2 all|every|the|your? ~1 data|evidence|@media|file|files|copies|recordings ~4 once|after|when|as_soon_as ~1 @you ~1 come_through|go_through|follow_through|are_done ~2 with ~1 the|your? ~1 payment|money|transfer',
  // dev chat-12, mail-9 (12-03): "once you pay the files get deleted", "As soon as the payment lands in my wallet, the data
  // is erased automatically", "Once I receive it, the footage is deleted", "After payment, the system deletes all copies"
  'once|after|when|as_soon_as|the_moment ~1 @you ~1 pay|paid|have_paid|ve_paid ~2 the|your|my|all? ~1 @media|files|everything|copies|material ~1 get|gets|is|are|will_be ~1 deleted|erased|removed|gone|destroyed|wiped',
  'once|after|when|as_soon_as|the_moment ~1 the|your|my|i? ~1 payment|money|transfer|funds|bitcoin|btc|receive|get ~6 the|your|all? ~1 @media|footage|recordings|copies|material|data ~2 is|are|will_be|gets|get ~1 automatically|permanently? ~1 deleted|erased|destroyed|removed|wiped',
  'after|once|upon ~1 payment|the_payment ~1 the ~1 system|software|program ~1 automatically? ~1 deletes|erases|destroys|removes|wipes ~1 all|every|the ~1 copies|@media|files|material|recordings|footage',
  // quote set 12-07 (seen half): "After the payment my system will automatically erase the video", "For a one-time fee of
  // 950 USD, I guarantee the permanent deletion of the compromising material"
  'after|once|upon ~1 the|your? ~1 payment|transfer ~2 my|the|our ~1 system|software|program|bot|script ~1 will? ~1 automatically|immediately|instantly? ~1 @delete ~2 the|all|every|your? ~1 copies|@media|files|material|recordings|footage|everything',
  'fee|price|sum|payment ~1 of ~1 # ~1 @currency? ~6 deletion|erasure|destruction|removal ~1 of ~3 @media|material|recordings|footage',
  // "One more payment and we are done, I swear I'll delete it" (lines, seen half, 12-07)
  'one|1|last|final ~1 more|last? ~1 payment|transfer|pay ~8 @i @will? @delete ~2 @object|everything|all|@media',
  'show+|send+|pay+|transfer+|cooperate+|obey+|comply|do_it|do_that|do_this|do_as_i_say|do_what_i_say|listen_to_me ~6 and|then|after_that|afterwards @i @will? @delete ~2 everything|all|@media|file+|data|evidence|it_all|all_of_it|them_all|every_thing|it_forever',
  // dev chat-8, mail-6 (12-02 pm): "Once the coins arrive, the video is gone", "when it confirms, your files are
  // deleted", "Only I can delete it, and only after payment", "you pay, I disappear", "I'm only asking for 1350 USD in
  // BTC to keep your video private", "To keep this between us, send $1450 in Bitcoin"
  'once|when|as_soon_as|after ~1 the ~1 coins|money|payment|bitcoin|bitcoins|transfer|funds ~1 arrive|arrives|clears|confirms|lands|is_received|are_received ~2 the|your? ~1 @media|files|everything|it ~1 is|are|will_be ~1 gone|deleted|erased|destroyed|removed',
  'when ~1 it ~1 confirms ~2 @your ~1 files|@media ~1 are|is|get|gets ~1 deleted|erased|gone',
  // dev chat-8 (12-02 pm): "4000 robux and nobody in the server sees what you showed me", "just pay the small fee and your
  // secret is safe with me"
  '# ~1 robux|vbucks|v_bucks ~2 and ~1 nobody|noone|no_one ~4 sees|see|will_see|knows|finds_out',
  'pay+ ~4 and ~1 @your ~1 secret|secrets ~1 is|are|stays|stay ~1 safe ~1 with ~1 me|us',
  'only ~1 i ~1 can ~1 @delete ~1 it|them|@media ~4 after ~1 payment|you_pay',
  'you ~1 pay ~2 i ~1 disappear|vanish|delete',
  'bitcoin|btc|bitcoins|crypto ~2 to ~1 keep ~2 @your|this|the|it ~1 @media|secret|secrets|video|footage|recording? ~1 private|secret|hidden|safe|between_us|quiet',
  'to ~1 keep ~1 this|it|things|everything ~1 between_us|quiet ~3 @payact ~3 @money|#',
  // "once the payment arrives I'll wipe everything"
  'once|after|when|as_soon_as|the_moment ~1 the|your|my? ~1 payment|money|transfer|funds|bitcoin|btc ~1 arrives|comes|lands|clears|is_received|is_confirmed|goes_through|hits ~3 @i ~1 @will? @delete',
  // a price for deleting what they hold: "send 100 for the deletion", "$100 to delete it", "150 for deleting
  // everything", "deletion costs 150", "deleting them costs 200"
  // obedience bought with silence: "cooperate and nobody sees it", "do what i say and no one ever sees them"
  'cooperate|comply|obey|do_as_i_say|do_what_i_say|do_as_you_are_told ~1 and ~1 nobody|noone|no_one ~1 ever? ~1 sees|see|will_see|has_to_see|gets_to_see ~1 it|them|these|this|anything|a_thing|@media',
  '# ~2 for ~1 the|a? ~1 deletion',
  '# ~2 to|for @delete ~2 it|them|everything|all|all_of_it',
  'deletion ~1 costs|is|will_cost|price_is ~2 #',
  '@delete ~2 it|them|everything|@media ~1 costs|cost|will_cost ~2 #',
  // "1000 USD and it disappears", "200 dollars and they never will"; "I can make all of this go away for $300" (tried as a user, 12-05 night)
  '@i ~2 make this|it|that|all_of_this|all_this|everything|it_all go_away|disappear|vanish ~2 for ~1 just|only? ~1 #',
  // "this can all go away for 150", "make this go away for 200", "this all goes away when you pay", "just send the money
  // and its over", "nobody needs to know, as long as you pay" (tried as a user, 12-06 afternoon)
  'this|it|that|all_of_this|all_this|everything|it_all ~1 can|could|will ~1 all? ~1 go_away|disappear|vanish ~2 for ~1 just|only? ~1 #|@currency',
  'make this|that|all_of_this|all_this|it_all go_away|disappear|vanish ~2 for ~1 just|only? ~1 #|@currency',
  'this|it|everything ~1 all? ~1 goes_away|disappears|vanishes ~2 when|once|if|after|as_soon_as ~1 you|u ~1 pay|paid|send|transfer',
  '@payact ~3 @money ~1 and|then|n ~1 its|it_is|this_is|everything_is ~1 over|gone|deleted',
  'nobody|noone|no_one ~1 has_to|needs_to|have_to|need_to|ever_has_to|ever_needs_to ~1 find_out|know|see|hear ~6 as_long_as|if|just|once ~2 you|u? ~1 pay+|transfer+',
  // "nobody has to see this if you cooperate"; "I can make this disappear. 250 in apple gift cards" (tried as a user, 12-06 evening)
  'nobody|noone|no_one ~1 has_to|needs_to|have_to|need_to|ever_has_to|ever_needs_to ~1 find_out|know|see|hear ~6 as_long_as|if|once ~1 you|u ~1 cooperate+|comply|obey|do_as_i_say|do_what_i_say|play_along',
  '@i ~1 can|could ~1 make this|it|that|all_of_this|all_this|everything|it_all go_away|disappear|vanish ~2 # ~3 @money',
  '# ~1 @currency ~2 and ~1 it|they|this|that|everything|@media ~1 @will? disappear+|vanish+|go+_away',
  '# ~1 @currency ~2 and ~1 its|theyre|it_is|they_are|its_all|everything_is|it_will_be|they_will_be ~1 gone|deleted|erased|history',
  // "300 and it's deleted forever" (tried as a user, 12-06 afternoon)
  '# ~1 and ~1 its|theyre|it_is|they_are|its_all|everything_is|it_will_be|they_will_be|all_of_it_is ~1 deleted|erased|wiped ~1 forever|for_good|permanently|for_ever',
  // the price of silence: "$200 stops me", "$350 keeps it private"
  '@currency # ~1 stops|cancels|ends ~1 it|this|me|everything|the_upload',
  '@currency # ~1 keeps ~1 it|this|them|everything ~1 private|quiet|secret|hidden|offline|between_us',
  '# ~1 @currency ~2 and ~1 they|nobody|noone|no_one ~1 @will? never? ~1 will|see+|know+|find_out|hear_about',
  '@currency ~1 # ~2 and ~1 they|nobody|noone|no_one ~1 @will? never? ~1 will|see+|know+|find_out|hear_about',
  // "do what i tell u and no one ever finds out", "im not deleting anything till i get paid"
  'do ~1 what ~1 i ~1 tell|say|want ~2 and ~1 no_one|nobody|noone ~1 ever? ~1 find+|know+|see+',
  'not|never|wont ~1 deleting|delete|removing|remove|erasing|erase ~2 anything|it|nothing|them|a_thing ~2 till|until|unless|before ~2 i ~1 get|see|receive ~1 paid|the_money|payment|my_money',
  // "$400 and she never does", "300 USD and neither hears about it", "Just $250, and your family will
  // never know", "Venmo me and they won't", "$300 in gift cards and youll never hear from me again",
  // "just want 700 dollars. Then we delete video", "paying is the only way"
  '# ~1 @currency ~3 and ~1 he|she|they|nobody|noone|no_one|neither|@your ~2 @audience? ~1 will|@will? ~1 never ~1 does|will|hears+|sees|knows|know|see|find_out|finds_out',
  '@currency ~1 # ~3 and ~1 he|she|they|nobody|noone|no_one|neither|@your ~2 @audience? ~1 will|@will? ~1 never ~1 does|will|hears+|sees|knows|know|see|find_out|finds_out',
  '# ~1 @currency ~3 and ~1 he|she|nobody|noone|no_one|neither ~1 never? ~1 does|will|hears+|sees|knows',
  '@currency ~1 # ~3 and ~1 he|she|nobody|noone|no_one|neither ~1 never? ~1 does|will|hears+|sees|knows',
  'venmo|cashapp|paypal|zelle|pay ~1 me|us ~1 and ~1 they|he|she|nobody ~1 wont|will_not|never',
  // "pay and this stays quiet", "do that and the recording gets deleted", "gotta pay if u want that vod
  // gone", "send 250 on paypal and they never know"
  'pay+ ~2 and ~1 this|it|everything ~1 stays|stay ~1 quiet|private|secret|between_us|hidden',
  // "Give me 150 and this stays between us" (a single line of the night's fresh set; a number is needed: "give me a hug
  // and this stays between us" is a friend's)
  'give_me|send_me|gimme|transfer_me ~1 @currency? ~1 # ~1 @currency? ~1 and ~1 this|it|everything ~1 stays|stay|remains ~1 quiet|private|secret|between_us|hidden',
  // "just send the steam card n all this goes away", "1 more vid and i delete this one", "50 bucks and the
  // video dies with me", "one transfer and we never talk again", "just pay am and everything finish",
  // "send the load and no one will see"
  '@payact ~5 n|and|then ~2 all? ~1 this|it|everything ~1 goes_away|go_away',
  '#|one|1 ~1 more ~1 @media|pic|vid ~1 and ~1 @i ~1 @will? delete+|remove+|erase+',
  '# ~1 @currency ~3 and ~1 the|this|it ~1 @media? ~1 dies|stays|ends ~1 with ~1 me|here',
  'one|a|single ~1 transfer|payment ~1 and ~1 we|i|you ~1 never ~1 talk|speak|hear|see',
  'pay ~1 am|it|me ~2 and|then ~1 everything|all ~1 finish|finished|done|over|ends',
  'send ~3 and ~1 no_one|nobody|noone ~1 will ~1 see',
  'do_that|do_it|do_this ~1 and ~1 the|your|my? ~1 @media|it|they ~1 gets|get|is|are|will_be ~1 deleted|removed|erased|gone',
  'pay ~2 if ~1 @you ~1 want ~1 that|the|this|it|them|your ~1 @media? ~1 gone|deleted|removed',
  '@payact ~5 and|then ~1 they|he|she|nobody|noone ~1 never ~1 know|knows|see|sees|find_out|finds_out',
  // "0.04 BTC ... and the recording ... will be erased for good", "send $1300 and I will cancel it", "remit
  // 1,450 USD to have it destroyed"
  '@currency|@money|# ~8 and ~1 the|your|my|this|that? ~1 @media|it|everything ~6 will_be|is|gets|get|be ~1 erased|deleted|destroyed|removed|wiped|gone',
  '@currency|@money|# ~8 and ~1 the|your|my|this|that? ~1 @media|it|everything ~6 disappears|vanishes|is_gone|goes_away',
  '@payact ~6 and @i @will? ~1 cancel|stop|abort ~1 it|this|the_sending|the_upload|everything',
  '@payact ~6 to ~1 have|get ~1 it|them|the_footage|the_video|the_recording|@media ~1 destroyed|deleted|erased|removed',
  '@money|# ~4 and @you ~2 never ~2 hear ~2 from ~1 me|us',
  '# ~1 @currency ~4 then|and @i ~1 @will? @delete',
  // "pay and he won't" (see it)
  'pay+ me|us|up|it|now? and he|she|they|nobody|noone|no_one ~1 wont|will_not|never',
  // "once I receive the payment, I will erase the video", "send the money and you'll never hear from me again"
  'once|after|when|as_soon_as ~3 payment|money|bitcoin|btc|transfer|funds ~4 @i ~1 @will? @delete',
  'send|pay|transfer ~3 @money ~3 and @you ~2 never ~2 hear ~2 from ~1 me|us',
];
/** Events people film for their family: "I recorded your piano recital". */
const FILMED_EVENTS =
  'wedding|party|concert|recital|graduation|prom|ceremony|christening|baptism|performance|rehearsal|musical|school_play|nativity|assembly|sports_day|match|game|race|tournament|gig|show|birthday|reunion';
/** Pictures of an event or a group ("the photos from the wedding", "the class photos"). */
const EVENT_PICS = [
  '@media ~1 of|from ~1 @you ~1 dancing|singing|playing|at|in ~2 the|your|our ~1 wedding|party|concert|recital|game|match|prom|graduation|show|play|school_play',
  'gameplay|game|match|fail|fails|highlight+|montage+|speedrun+|replay+|trickshot+|clutch|stream ~1 clip+|video+|vid|vids|footage|recording+',
  '@media ~1 from|of|at ~1 the|our|my|his|her|their|your|that|this|last? ~1 wedding|trip|party|holiday|holidays|vacation|birthday|game|match|concert|graduation|prom|event|ceremony|christening|dinner|recital|show|weekend|reunion|festival|gig|tournament|school_trip|day_out',
  // "class trip photos", but not "a boy from my class has pics of me": a word between that is not a keeper's verb
  'class|team|school|group|year|wedding|family|holiday|graduation|prom|birthday|gala|recital|relay|concert|match|game|race|show !has|have|had|hav|haz|got|gets|keeps|kept|saved|stole? photo+|pic+|picture+|video+|pics|photos|clip|clips',
  // dev stranger-25 look-alikes (12-04 night): "your pictures from the dance performance", "the video from your recital
  // rehearsal"
  '@media ~1 from|of|at ~1 the|our|my|his|her|their|your|ur|that|this|last ~2 performance|performances|rehearsal|rehearsals|gala|relay|race|swim_meet|competition|assembly|sports_day|annual_day|play|musical|camp|practice|recital|concert|tournament|match|game',
  // "i recorded that clutch": a play in a game or a match
  'recorded|clipped|filmed|screen_recorded ~2 that|the|my|your|ur|this ~1 clutch|play|goal|trickshot|dunk|save|ace|round|match|game',
  // "that 1v4 clip is going viral" (1v4 reads as "iva" once digits are folded to letters)
  'ivi|ivz|ive|iva|ivs ~1 clip+|video+|vid|vids|highlight+',
  // "I filmed the whole wedding on my phone, I'll send the video to you and your parents": the writer's own footage of
  // an event, and "the video" after it is that footage (a quote-set look-alike, 12-07)
  `filmed|recorded|videoed|taped|photographed ~1 the|our|my|your|his|her|their|that|this|last|whole ~2 ${FILMED_EVENTS} ~6 the|that|this ~1 video+|vid|clip+|footage|recording+|photo+|pic|pics|picture+`,
  `filmed|recorded|videoed|taped|photographed ~1 the|our|my|your|his|her|their|that|this|last|whole ~2 ${FILMED_EVENTS}`,
];
/** "i will ruin your life in fortnite tonight": a game, not the reader's life. */
// "pay me back the 20 bucks": a debt, not a demand nor a claim ("I'll delete the pics after you pay me back")
const PAY_BACK = 'pay+ ~1 me|us|him|her|them|it? back';
const IN_A_GAME =
  'ruin+|destroy+|end ~2 life|lives ~1 in|on|at ~1 fortnite|minecraft|roblox|valorant|cod|warzone|apex|overwatch|league|fifa|rocket_league|the_game|this_game|game|lobby|ranked|pvp|monopoly|chess|uno|scrabble|cards|poker|mario_kart|smash|catan|risk|trivia|quiz_night|game_night';
/** Pictures of the reader that embarrass without being intimate. */
const INNOCENT_PICS = [
  'baby|yearbook|passport|toddler ~1 pic|pics|picture+|photo+|video+|vid|vids',
  '# ~1 th|st|nd|rd? ~1 grade ~1 pic|pics|picture+|photo+|haircut|hair',
  'haircut|hair_cut|braces_pic|braces_photo',
  '@media ~1 of ~1 @you|me|him|her ~1 singing|eating|crying|falling|tripping|snoring|sneezing|laughing|skating|karaoke|sleeping|asleep|drooling|walking_into|running_into|bumping_into|slipping|faceplanting|burping|spilling|doing_the_worm',
  // dev stranger-16 look-alike (12-04): "a pic of u at 4 covered in cake"
  '@media ~1 of ~1 @you|me|him|her ~3 covered ~1 in ~1 cake|frosting|icing|food|paint|mud|spaghetti|chocolate|sauce|flour|glitter|sand|ketchup',
  'covered ~1 in ~1 cake|frosting|icing|food|paint|mud|spaghetti|chocolate|sauce|flour|glitter|sand|ketchup',
  // "i screen recorded u tripping on the stairs"
  'recorded|filmed|snapped|caught|got ~2 @you|him|her ~1 singing|eating|crying|falling|tripping|snoring|sneezing|laughing|skating|karaoke|sleeping|asleep|drooling',
  // "your karaoke video", "the pic of u with the purple hair", "the screenshot of u admitting she was right"
  'karaoke|dance|dancing|singing|cooking|prank|talent_show|lip_sync ~1 video|vid|vids|clip|pic|pics|photo|photos',
  '@media ~1 of ~1 @you|me ~1 with ~1 the|your|ur|my|that? ~1 purple|pink|blue|green|red|new|dyed|bleached? ~1 hair|haircut|braces|glasses|costume|mustache|moustache',
  'screenshot+|ss ~1 of ~1 @you|me ~1 admitting|saying|agreeing|losing|begging_for_a_rematch',
  // dev stranger-25 look-alike (12-04 night): "i screen recorded our facetime when u fell asleep mid sentence"
  // dev stranger-26 look-alikes: "your picture from inter-house sports, the one where you fell flat", "the recording of
  // your 100m at state for the coach review"
  'the ~1 one|bit|part ~1 where|when ~1 @you ~1 fell|tripped|slipped|sneezed|snored|fell_asleep|faceplanted',
  '@media ~1 from ~3 sports|sports_day|athletics|gala|carnival|tournament|performance|rehearsal|competition|assembly',
  '@media ~6 for ~1 the|a ~1 coach|coaches|team|squad|club ~1 review|analysis|debrief|feedback',
  // dev stranger-25 look-alike: "the emo phase pics are gold"
  'emo|emo_phase|cringe|throwback|scene_phase|awkward_phase ~1 pic|pics|photo|photos|video|videos|vids',
  'recorded|screen_recorded|screenrecorded|filmed|snapped|caught|got|saved|screenshotted ~4 when|while ~1 @you ~1 fell|fell_asleep|tripped|slipped|sneezed|snored|burped|sang|cried|laughed|dropped|spilled|faceplanted|fainted|choked',
];
/** "you don't pay by Friday, I send": at once a condition on paying (a demand) and a threat. */
/** The reader's intimate pictures, named as such: posting them needs no audience to be a threat. */
/** A group the reader is in, named with "the" ("the class gc", "the lads"): act.publish */
const GROUP =
  'gc|gcs|groupchat|group_chat|group_chats|chat|lads|boys|girls|whole_school|whole_class|whole_year|whole_grade|year_group|form_group|school_page|confessions_page|confessions|server|discord';
/** The material as a pronoun, and it going or being somewhere ("it's going public", "they're up tonight"): act.hint */
const IT_THEY = 'its|it_s|it_is|itll|it_will|this|they|theyre|they_re|theyll|they_will';
const GOES_OR_IS = 'going|gonna_go|goes|go|will_go|gets|get|will_get|will_be|be|is|are';
/** Someone other than the writer who will carry out a threat: "they", "he", "my cousin". */
const ACCOMPLICE =
  'he|she|they|hell|shell|theyll|hes|shes|theyre|my_friend|my_brother|my_cousin|my_boss|my_partner|my_man|my_guy|someone|somebody';
/** The reader paying as the condition: "unless you send", "if u dont pay". */
const THEN_YOU_PAY =
  'unless|otherwise|until|till|if_not|if_you_dont|if_u_dont|if_you_do_not @you? pay+|send+|transfer+|give+|wire+|cashapp+|venmo+';
const NUDES =
  'nude*|noods|nudz|newds|naked_pics|naked_photos|naked_pictures|private_pics|intimate_pics|intimate_photos|sex_tape|dirty_pics|' +
  // "someone is threatening to share my private photos" (tried as a user, 12-07 noon)
  'private_photos|private_pictures|private_images|private_videos|private_video|intimate_pictures|intimate_images|intimate_videos|intimate_video';
/** Asking whether to drop the reader's nudes somewhere ("want me to send ur nudes in there?"): act.expose_if */
const OFFER_TO_DROP_NUDES =
  'want_me_to|wanna_see_me|should_i|shall_i|do_i ~1 send|post|drop|share|put|leak|dump ~2 nudes|noods|nude|nudez|newds';
/** Someone posting the reader's own pictures ("… posts your photos"): act.expose_if, after a condition */
const POSTS_YOUR_PICS =
  'posts|post|publishes|publish|leaks|leak|shares|share|uploads|upload|releases|release ~1 your_pics|your_photos|ur_pics|ur_photos|your_video|ur_video|your_nudes|ur_nudes|the_nudes|your_pictures|your_vids|ur_vids';
const UNPAID_THEN_EXPOSE = '@you ~1 dont|do_not|wont ~1 pay+ ~4 @i @will? ~1 @expose';
/** "if u leave me ill send everyone those pics": leaving, blocking or telling, then the people, then the pictures. */
const IF_YOU_LEAVE =
  'if|when|once ~1 you|u ~1 leave+|dump+|block+|report+|ignore+|break+|tell+|unfriend+|unadd+|unmatch+|delete+';
const SEND_TO = 'send+|show+|forward+|dm+|email+';
const THE_PICS = 'those|these|the|your|ur|my|all_the|all_your|all_ur ~1 @media|nude*|what_you_sent|what_u_sent';
/** "You don't pay, the video goes to everyone" (dev mail-10, 12-03 pm). */
const UNPAID_THEN_GOES =
  '@you ~1 dont|do_not|wont ~1 pay+ ~3 the|your ~1 @media ~1 goes|go|gets|will_go|is_sent|will_be_sent ~1 to ~2 everyone|everybody|all|@audience|@your';
/** What a claim may hold that has an everyday reason (claims-17 look-alikes). */
const REASON_OBJECT =
  'password|passwords|passcode|pin|login|logins|contacts|contact_list|followers|followers_list|follower_list|access|remote_access|records';
/** "i know ur password bc u wrote it on the fridge": a claim's object held for a reason the reader gave. */
const GIVEN_REASON = `${REASON_OBJECT} ~5 because|bc|cuz|coz|since|as ~3 you|u|we|mom|mum|dad|my_mom|my_dad ~2 asked|told|wrote|made|gave|showed|let|share|shared|requested|wanted`;
/** "i got ur followers list for the giveaway" */
const LIST_FOR_EVENT =
  'contacts|followers|followers_list|follower_list|contact_list ~2 for ~1 the|a|our|my ~1 giveaway|contest|raffle|party|wedding|invites|invitations|newsletter';
/** Whoever holds the reader's records or devices for their job. */
const TRUSTED_ROLE =
  'it_administrator|administrator|admin|technician|it_support|helpdesk|help_desk|doctor|physician|gp|dentist|nurse|therapist|lawyer|accountant';
const TIME = 'hours|hour|hrs|hr|h|minutes|minute|mins|min|m|days|day|seconds|secs|sec';

const en: Lexicon = {
  language: 'en',
  cues: [
    // persona: a fake identity and fast rapport
    { id: 'persona.stranger', stage: 'persona', weight: 0.5, why: 'a stranger reaching out', phrases: [
      'you|u dont|do_not know me', 'saw|found|seen|came_across your|ur profile|page|pics|account|insta|pictures',
      'saw|found you|u on', 'saw|found|seen you|u on my? explore|fyp|feed|recommended|suggested|suggestions', 'we|weve have|got|share ~3 mutual|mutuals', 'mutual friends', 'sorry to ~1 bother|bug|disturb|message ~1 you|u?', 'new in town|here|the area', 'you|u popped up on my',
      'came|popped up ~3 suggestions|suggested|recommended|explore|fyp|feed', 'saw|seen you|u in the comments|replies', 'saw|seen you|u in|on ~1 the|ur|your|my ~1 group|gc|server|lobby|stream|live',
      // dev early-19 (12-03 eve): "quick add lol. ur pretty"
      'quick_add|quickadd|quick-add ~1 lol|haha|lmao|tbh', 'sorry ~1 random', 'random but|q|question',
      'been wanting to ~1 message|talk|text|dm|msg ~1 you|u', 'hey|hi|hello stranger', 'wrong number|person', 'how do we not know each other',
      'can we be friends', 'quick_add|quickadd|quick-add ~2 brought|led|sent|showed ~1 me|you|u', 'from|on|in ~1 quick_add|quickadd|quick-add|suggested|suggestions|recommended|explore'] },
    { id: 'persona.same_age', stage: 'persona', weight: 0.4, why: 'claims to be the same age', phrases: [
      'im|i am? # too', 'im|i am? also #', 'same age', 'im|i am? # ~1 f|m|girl|boy|yo|years', 'im|i am? only #',
      'how old are|r you|u', 'wbu how old', 'whats|what_is|wats ~1 your|ur|ya age', 'are|r you|u|ru # or #', 'what grade|year ~1 are|r you|u ~1 in', 'what|which ~1 grade|year|standard|std|form|class ~1 are|r ~1 you|u', 'verify|check|confirm ~2 your|ur ~1 age', 'asl', 'how old ru|u|you|ya', 'seem|look ~1 older', 'mature for #',
      // dev early-14 (12-03 pm): "your bio says 19, you look younger tbh", "Are you over 13?" (age probes: the reader answers)
      'are|r ~1 you|u ~1 over|under ~1 #', 'are|r ~1 you|u ~1 between ~1 # ~1 and|to ~1 #',
      // dev early-22 (12-03 eve): "You're 16-17 right?"
      'youre|your|ur|you_are ~1 # ~1 #? ~1 right',
      'seem|look ~1 younger', 'your|ur ~1 bio|profile ~1 says ~1 #',
      // Taglish (dev early-19, 12-04 late): "ilang taon ka na?", "anong grade mo?" (how old are you, what grade are you in)
      'ilang|ilan ~1 taon|taong ~1 ka|mo', 'edad ~1 mo', 'ano|anong ~1 grade|year ~1 mo|ka', 'grade ~1 ilan|ilang ~1 ka',
      // dev early-25 (12-05, first 18): "Which school? Which standard?", "you in year 10 now?"
      'which ~1 standard|std|grade|form|yr', '@you|@youre ~1 in ~1 year|yr|grade|form|standard|std ~1 #',
      // the age asked in other words (a grammar of the script's lines, 12-05): "what age r u", "how young are you", "are you in
      // middle school", "are u a minor", "are you even 18", "when were you born", "u in 8th grade?", "how old will u be"
      'what ~1 age ~1 are|r|is ~1 you|u|ya', 'how ~1 young ~1 are|r ~1 you|u', 'how ~1 old ~1 will|would ~1 you|u ~1 be',
      'are|r|@youre ~1 you|u? ~1 still? ~1 in ~1 high_school|middle_school|secondary_school|secondary|junior_high|primary_school|elementary_school',
      'are|r ~1 you|u ~1 a ~1 teenager|minor', 'are|r ~1 you|u ~1 even ~1 #', 'when ~1 were|was ~1 you|u ~1 born',
      'old ~1 enough ~1 to ~1 drive|vote',
      '@you|@youre ~1 in ~1 # ~1 th ~1 grade', '@you|@youre ~1 in ~1 sixth|seventh|eighth|ninth|tenth|eleventh|twelfth ~1 grade',
      'you|u ~1 still ~1 in ~1 school'] },
    { id: 'persona.flattery', stage: 'persona', weight: 0.35, why: 'quick compliments', phrases: [
      'you|u|ur|youre ~2 beautiful|pretty|gorgeous|stunning|cute|cutie|perfect|hot|sexy|fine|fit|bad|lovely|handsome|handsum|attractive|sweet|amazing|cuter|prettier|hotter|fitter|sexier',
      'so beautiful|gorgeous|stunning', 'not like other girls|boys|guys', 'different from other girls|boys',
      'hi|hey|heyy|hello|morning|goodmorning|gm|night|goodnight|gn handsome|beautiful|gorgeous|cutie|sexy|babe|princess', 'kinda|rly|really|honestly|so cute|fine|fit|handsome|handsum',
      'prettiest|cutest|hottest|fittest ~3 on here', 'prettiest|cutest|hottest|fittest ~3 ive seen|ever', 'how are|r you|u even real',
      'talented for #', 'talented for your|ur',
      'you|u seem|look|are ~1 so|really|very? ~1 mature|grown_up|older', 'mature for your|ur age', 'older than your|ur age', 'my type',
      // dev early-14 (12-03 pm): "doesn't bother me. you're mature", "you already know you can trust me"
      'youre|you_re|ur ~1 so|really|very? ~1 mature|grown_up', 'age ~1 doesnt|does_not|dont ~1 bother|matter', 'age ~1 is ~1 just ~1 a ~1 number',
      'you|u ~1 already? ~1 know ~1 you|u ~1 can ~1 trust ~1 me', 'you|u ~1 can ~1 trust ~1 me'] },
    { id: 'persona.where', stage: 'persona', weight: 0.4, why: 'asks where they live or go to school', phrases: [
      'where ~1 do|r|are? ~1 you|u|ya ~1 live|from|located|based', 'what|which school ~1 do|r? ~1 you|u ~1 go|at'] },
    { id: 'persona.single', stage: 'persona', weight: 0.35, why: 'asks whether they are single', phrases: [
      'are|r|ru you|u single', 'do|you|u ~1 have|got a bf|gf|boyfriend|girlfriend'] },
    { id: 'persona.new_account', stage: 'persona', weight: 0.6, why: 'a "new account" story (often a hacked or fake account)', phrases: [
      'new account|acc|acct|profile', 'my old account|acc', 'lost access|acces to my', 'got hacked', 'my account ~1 hacked',
      'cant get into my ~1 account|acc', 'my new number', 'lost my phone',
      // "this is my spam acc lol main got locked"
      'my|this|a ~1 spam|backup|second ~1 account|acc|acct', 'main ~1 got|is|was ~1 locked|hacked|banned|disabled|deleted',
      // dev early-21 (12-03 eve): "it's jack, on my brother's phone, mine got cooked"
      'on|using ~1 my ~1 brothers|sisters|mums|moms|dads|mates|friends|cousins ~1 phone|acc|account', 'mine|my_phone|my_acc|my_account ~1 got ~1 cooked|hacked|banned|locked|stolen|taken'] },
    { id: 'persona.love_bomb', stage: 'persona', weight: 0.5, why: 'very strong feelings very fast', phrases: [
      'falling for you|u', 'think i love you|u', 'tell you|u anything', 'someone|somebody|nobody|noone|no_one ~3 gets|understands me', 'soulmate|soulmates',
      'cant|cannot stop thinking about you|u', 'i_am|im|i_feel|feeling|feel|so ~1 so? lonely'] },
    { id: 'persona.reward', stage: 'persona', weight: 0.5, why: 'offers gifts, game money or a big chance', phrases: [
      // a fake photographer's offer (12-06 evening, tried as a user): "interested in being paid for a shoot?", "$300 for a
      // few test pics"
      'paid|pay|paying ~2 for ~1 a|the|your|ur|this? ~1 shoot|photoshoot|photo_shoot|modelling|modeling|campaign',
      'test ~1 pics|photos|pictures|shoot|photoshoot',
      'gift|give|buy|get ~1 you|u ~3 vbucks|robux|skin|skins|nitro|gems|battle_pass|battlepass|coins|giftcard*|gift_card', 'vbucks|robux|nitro|skin|skins ~2 if|for ~1 you|u',
      'free vbucks|robux|nitro|skins', 'trial at', 'ill|i_will|i pay|give ~1 you|u ~1 #', 'pay+ ~3 for ~2 @media', 'make ~1 some|easy? money', 'scouting|casting', 'test shots',
      // dev early-23 (12-04 night, first 15): a check that asks for pictures, "quick verification so we know ur not a
      // catfish", "one more private photo for identity"
      'verification|verify|verifying ~3 @you|ur|your|age|identity|not_a_catfish|real ~4 pic|pics|photo|photos|selfie|selfies|picture',
      'not ~1 a ~1 catfish|bot|fake_account', 'pic|pics|photo|photos|selfie ~2 for ~1 identity|verification|id_check|the_check',
      // dev early-24 (12-04 night, first 13): a reward for answering, "there's a £20 voucher", "you get ₹500 paytm"
      '# ~1 voucher|vouchers|giftcard|gift_card', 'you|u ~1 get ~1 # ~1 paytm|gcash|cashapp|voucher|followers',
      // "we pay $200 per shoot" (tried as a user, 12-06): a scout's offer, not a demand (a demand exception below)
      RATE_OFFERED,
      // a scout who picks the reader by their age: "im a scout for an academy, we're looking for players ur age" (tried as a
      // user, 12-06 night)
      'looking_for|recruiting|scouting|signing|want ~2 players|talent|models|kids|girls|boys|athletes ~2 ur|your|you_r ~1 age'] },
    { id: 'persona.camera_excuse', stage: 'persona', weight: 0.6, why: 'an excuse for never showing their face', phrases: [
      'my cam|camera|webcam ~2 broken|broke|busted|dead', 'my cam|camera|webcam doesnt|isnt|not|dont|aint ~1 work|working', 'cant video call|facetime', 'my phone camera ~2 broken'] },
    { id: 'persona.model_scout', stage: 'persona', weight: 0.4, why: 'a modelling or fame offer', phrases: [
      // "a photographer working on a teen fashion campaign" (12-06 evening, tried as a user)
      'teen|teens|teenage|young ~1 fashion|model|models|modelling|modeling ~1 campaign|shoot|agency|brand|line|project',
      'modeling|modelling agency|agent|scout|contract', 'scout+|recruit+|looking_for ~2 new? faces|models|talent', 'i_am|im a|an talent|modelling|modeling|model? photographer|scout|agent|manager', 'i ~1 scout|recruit ~1 for', 'photo shoot', 'photoshoot', 'make you|u famous', 'you|u could ~1 totally|easily|def? ~1 be a|an model|influencer|star',
      // offers in other words (a grammar of the script's lines, 12-05): "i can get you followers", "i can make u an influencer",
      // "i work for an agency"
      'i|we ~1 can|could|will|ll ~1 get|help|make ~2 you|u ~3 followers|famous|an_influencer|viral|verified|a_model|sponsored',
      'i|we|im ~1 work|working ~1 for|with ~1 an|a ~1 modelling|modeling|talent? ~1 agency|brand|label'] },

    // secrecy: keeping it secret, checking they are alone, promising nobody will see
    { id: 'secrecy.secret', stage: 'secrecy', weight: 0.7, why: 'asks to keep the chat secret', phrases: [
      // a fake agency's secrecy (12-06 evening, tried as a user): "dont mention it to anyone until the contract is signed"
      'dont|do_not|never ~1 mention|say|share|bring_up ~1 it|this|anything|us ~1 to ~1 anyone|anybody|@guardian|your_friends|ur_friends',
      'keep ~1 this|it|us|our|these ~1 chat|chats|pics|pic? between us|ourselves', 'just|only between us', 'our ~1 little? secret',
      'keep a secret', 'no_need|dont_need|dont_have ~1 to ~1 tell|involve|ask ~2 parents|mum|mom|dad|her|him|them|anyone', 'parents|mum|mom|dad|they|nobody|no_one ~1 wont|will_never|never|dont_have_to|dont_need_to ~1 know|find_out', 'keep ~1 this|it|us|our|these ~1 chat|chats|pics|pic|convo|messages? ~1 secret|private|hidden|quiet|confidential', 'dont tell|show ~1 your|ur parents|mom|mum|dad|mother|father|family|friends', 'dont|do_not tell ~1 anyone|anybody|nobody ~1 we|that|i|u|you|about',
      'do not tell ~1 your|ur parents|mom|mum|dad|mother|father|family|friends',
      'dont tell ~2 anyone|anybody about us|this|our|we|what', 'do not tell ~2 anyone|anybody about us|this|our|we|what',
      'they|parents|people wouldnt|wont|dont ~1 understand', 'they|parents|people wouldnt|wont|dont ~1 get it',
      // dev early-14 (12-03 eve): "Your parents don't need to be involved yet, I handle that"
      'parents|mum|mom|dad|family|folks ~1 dont|do_not|doesnt|does_not|wont ~1 need|have ~1 to ~1 be ~1 involved|told',
      // dev early-21 (12-03 eve): "No parents at this stage", "your parents don't know right"
      'no ~1 parents|mum|mom|dad ~1 at|for|yet|involved|needed', 'your|ur ~1 parents|mum|mom|dad ~1 dont|doesnt|do_not|does_not ~1 know ~1 right|yet|tho|though'] },
    { id: 'secrecy.delete', stage: 'secrecy', weight: 0.6, why: 'asks to delete the chat or promises pictures will disappear', phrases: [
      'delete ~1 this|our|the chat|chats|messages|convo|dms',
      // "delete these msgs after ok?" (tried as a user, 12-05)
      'delete|clear|erase ~1 these|those|all|our|the|this msgs|msg|texts|txts|convos|conversation|conversations ~2 after|afterwards|when|once|ok|okay|pls|please|straight|right',
      'delete ~1 it|them ~2 after|straight|right|promise',
      'set ~1 the timer', 'it|they|pics ~2 disappear|disappears|deletes',
      // dev early-23 (12-04 night, first 15): "it is auto deleted after check"
      'auto|automatically ~1 deleted|delete|deletes|removed', 'deleted|removed ~1 after ~1 the? ~1 check|checking|verification|review',
      // a grammar of the script's lines (12-05): "use vanish mode", "turn on disappearing messages", "clear our messages after",
      // "delete this after u read it"
      'vanish ~1 mode', 'disappearing ~1 messages|msgs|chats|mode', 'clear|wipe|erase ~1 our|the|this ~1 chat|chats|messages|msgs|convo|dms|history',
      'delete ~1 this|these ~2 after ~1 you|u ~1 read|see|look|open'] },
    { id: 'secrecy.alone', stage: 'secrecy', weight: 0.45, why: 'checks whether they are alone or watched', phrases: [
      // a grammar of the script's lines (12-05): "is ur door locked", "where are your parents rn"
      'is|s ~1 your|ur ~1 door ~1 locked', 'lock ~1 your|ur ~1 door', 'where ~1 are|r ~1 your|ur ~1 parents|folks ~1 rn|right_now|now|tonight',
      // dev early-26 (12-05, first 12): "nobody else in the house?"
      'nobody|noone|no_one|anyone|anybody ~1 else ~1 in|at ~1 the|your|ur ~1 house|home|room',
      'are|r you|u ~1 home? alone', 'are|r you|u ~4 alone', 'you|u ~1 are|r ~1 alone', 'anyone|anybody ~1 home ~1 with|w ~1 you|u', 'alone rn|now|tonight', '@you ~1 live ~1 alone', 'make sure ~2 alone', 'when|if ~2 alone|by_yourself|by_urself|on_your_own|on_ur_own', 'no_one|nobody|noone ~1 else? ~1 is|s? ~1 home|around|there|with_you|with_u', 'anyone|anybody|someone ~1 else? ~1 home|around|there|with_you|with_u', 'in your|ur room ~1 rn|now|alone', 'u|you|ya|ur|youre home? alone', 'by yourself|urself ~1 rn|now|tonight', 'im|i_am ~1 home? alone|by_myself'] },
    // a video call asked for only when nobody is around, in one sentence: "if you're alone, video-call me"
    { id: 'secrecy.cam_alone', stage: 'secrecy', weight: 0.6, why: 'wants a video call when nobody else is around', phrases: [
      '@camword ~6 alone', 'alone ~6 @camword',
      // "wanna do a private call later just us" (tried as a user, 12-05)
      'a|our|do|have|on ~1 private|secret ~1 call|@camword', '@camword|call ~4 just_us|just_us_two|just_you_and_me|just_u_and_me|only_us'] },
    { id: 'secrecy.parents', stage: 'secrecy', weight: 0.6, why: 'checks whether their parents are around or read their messages', phrases: [
      'parents ~1 home|around|awake|asleep|sleeping|out', 'parents|mom|mum|dad r|are asleep|out|gone|strict|nosy',
      'parents|mom|mum|dad ~1 check|read|see|checks|reads|sees ~2 phone|messages|chats|dms',
      // dev early-20 (12-03 eve): "parents chill about u texting guys?"
      'parents|mom|mum|dad|folks ~1 chill|ok|okay|cool|fine ~2 about|with ~1 you|u ~1 texting|talking|dating|messaging', 'parents|mom|mum|dad ~1 go|goes through ~2 phone|messages|chats|dms'] },
    { id: 'secrecy.nobody_sees', stage: 'secrecy', weight: 0.5, why: 'promises nobody else will see', phrases: [
      'nobody|noone ~1 else? will|has|is|needs ~2 see|know', 'nobody|noone|no_one ~1 else? sees|knows|can_see|gets_to_see', 'no one ~1 else? will|has|is|needs ~2 see|know',
      'wont|never show|share|send ~2 anyone|anybody|nobody', 'will not show|share|send ~2 anyone|anybody|nobody',
      'for my eyes only', 'promise ~2 not ~1 to ~1 show|tell|send ~1 anyone|anybody',
      // dev early-20 (12-03 eve): "i'm not gonna show anyone lol", "dont screenshot 🙈"
      'not|never ~1 gonna|going_to ~1 show|share|send ~2 anyone|anybody|nobody', 'dont|do_not|no ~1 screenshot|screenshots|screenshotting',
      // tried as a user (12-05 evening): "i'll go first if u promise not to screenshot"
      'promise|swear ~2 not ~1 to ~1 screenshot|screenshot_it|save_it|screen_record|screenrecord|show_anyone',
      // dev early-23 (12-04 night, first 15): "dont worry no human sees"
      'no ~1 human|humans|person|people ~1 sees|see|will_see|looks|look|checks',
      // "ok now whats under it 😏 i wont screenshot promise" (tried as a user, 12-06 night)
      'i|ill|il|i_will|i_promise ~1 wont|will_not|never|dont|do_not|not_gonna|aint_gonna ~1 screenshot|screenshot_it|ss|save_it|screenrecord',
      // a fake agency's "its standard, only the casting team sees them" (tried as a user, 12-06 night)
      'only ~1 the|our|my ~1 casting|booking|agency|hiring|selection|review ~1 team|panel|director|directors|agent|agents ~1 sees|see|will_see|gets_to_see|looks_at|views ~1 them|it|these|those'] },
    { id: 'secrecy.between', stage: 'secrecy', weight: 0.5, why: 'keeps it between the two of them', phrases: [
      // "its all confidential" (12-06 evening, tried as a user)
      'its|it_s|it_is|everything_is|everything_s|this_is ~1 all|strictly|completely|totally? ~1 confidential',
      'between us|me_and_you|you_and_me|us_two', 'just|only us ~1 two? ~1 know|knows', 'just|only us two|2'] },
    // "send one. dont tell anyone": weak alone (a surprise party says it too), a step next to a request
    { id: 'secrecy.hush', stage: 'secrecy', weight: 0.3, why: 'asks them not to tell anyone', phrases: [
      'dont|do_not ~1 tell ~1 anyone|anybody|nobody|ur_parents|your_parents|ur_mom|your_mom|ur_mum|your_mum'] },
    { id: 'secrecy.just_for_me', stage: 'secrecy', weight: 0.45, why: 'says the pictures are only for them', phrases: [
      'only|just for me', 'only|just for my eyes', 'for me only'] },

    // move_platform
    { id: 'move.add_me', stage: 'move_platform', weight: 0.6, why: 'asks to move to another app', phrases: [
      `add|follow|msg|message|text|dm|hmu ~1 me on|at|via ${APPS}`, `add|follow me ${APPS}`, `add ~1 my ~1 ${APPS}`,
      `whats|what|wats|wat|wheres|drop|give|send ~3 your|ur|yo ${APPS}|number|num|addy|digits|username|user`,
      `my ${APPS} is|its|ís`, `do|you|u ~1 have|got ${APPS}`, `still on ${TEXT_APPS}`, `join ~2 my|our ${TEXT_APPS}`, 'lets|wanna|can_we chat|talk|text there|over_there', `@camword|chat|talk|text|call ~2 on ${APPS}`, `are|r|ru you|u? on ${APPS}`, `${TEXT_APPS} me`,
      // a grammar of the script's lines (12-05): "download wickr", "add my other account" ("u on snapchat?" is also "saw u on snapchat")
      `download|install|get ~1 ${TEXT_APPS}`, 'add ~1 my ~1 other|second|private|spam|backup|priv ~1 account|acc|insta|snap|ig'] },
    { id: 'move.switch', stage: 'move_platform', weight: 0.7, why: 'wants to continue somewhere more private', phrases: [
      `lets|let|should|can|could|wanna|shall ~2 talk|chat|move|go|continue|switch|text|talk ~3 ${APPS}|somewhere|private|privately|elsewhere`,
      `switch|move|go|hop|come ~1 to|on|onto|over ~1 ${APPS}`,
      'this app ~3 boring|sucks|glitchy|glitches|laggy|dead|trash|safe|logs',
      'i barely use this app|acc|account',
      // dev early-20 (12-03 eve): "lets use snap its easier to send stuff"
      `lets|wanna|can_we ~1 use|switch_to|move_to ~1 ${APPS}`, 'barely|hardly|rarely|never use|check ~1 this|here|it|insta|ig'] },
    // the same app, in private: explained as such, not as another app
    { id: 'move.private', stage: 'move_platform', weight: 0.7, why: 'wants to talk in private', phrases: [
      'more private', 'somewhere private', 'private chat',
      // dev early-14 (12-03 pm): "the server chat is full of annoying boys. dm me here instead"
      'dm|message|msg|text ~1 me ~2 instead|privately|in_private|on_the_side',
      // "lets go to dms", "come to my private server"
      'lets|let_s|wanna|can_we|come|go ~2 to|into ~1 dms|dm|my_dms|private|my_private_server|my_private_discord|my_private_group'] },

    // sexualisation
    { id: 'sex.explicit', stage: 'sexualisation', weight: 0.6, why: 'sexual talk', phrases: [
      'sext*', 'horny|naked|kinky|nudes|naughty|boobs|tits|titties|booty|lingerie|thong|undress*',
      'turn|turns|turned|turning me on', 'touch|touching ~1 yourself|urself', 'pleasur+|satisf+|satisfy+|satisfying|satisfied|pleasing ~1 yourself|urself',
      // the mass mail's euphemisms: "footage of you doing filthy things", "you in an intimate moment"
      'doing ~1 filthy|obscene|indecent|shameful|disgusting|perverted|lewd|sexual ~1 things|stuff|acts',
      // dev mail-8 (12-04 late): the mass mail's greeting, "Hello pervert, your dirty little secret is now mine"
      'hello|hi|hey|greetings|dear ~1 pervert|perv|wanker', 'in ~1 an|your|a? ~1 intimate|private|most_private ~1 moment|moments', 'masturbat*', 'jerk+|jack+ off', 'wank*', 'are you|u a virgin', 'ever been kissed',
      // tried as a user (12-05 evening): the question that opens the subject, "u ever sent pics before?"
      '@you ~1 ever ~1 sent|send|shared|traded|swapped|done ~1 pics|pictures|nudes|photos|pics_like_that|that_kind_of_pic ~1 before|to_anyone|to_someone|with_anyone',
      'what are|r you|u wearing', 'wat r u wearing', 'whatcha|watcha|whatchu|wachu ~1 wearing|wearin', 'in bed', 'make me hard|wet', 'dirty talk|thoughts',
      'wear ~1 something ~1 sexy|hot', 'have ~1 some fun emojiflirt',
      // dev chat-11 and chat-13 (12-04): "she gonna see what you did on cam last night", "think ur little brother wants
      // to see what his big sis does on cam?": what the reader did on a call, as the thing to be shown
      'what ~3 did|does|do|doing|done ~1 on|in_front_of ~1 cam|camera|webcam|the_cam|the_camera|facetime|the_call|video_call'] },
    { id: 'sex.soft', stage: 'sexualisation', weight: 0.3, why: 'flirty or suggestive words', phrases: [
      'sexy|hot|sex|dick|bra|underwear|panties|boxers|shower|emojisex|kiss|cuddle|body', 'emojiflirt',
      'wear ~1 something ~1 cute', 'get|getting comfortable',
      // "truth or dare but spicy lol" (tried as a user, 12-05 late)
      'truth or dare ~3 spicy|dirty|naughty|nsfw|freaky', 'spicy|dirty|naughty|nsfw|freaky ~1 truth_or_dare'] },

    // image_request
    { id: 'request.send', stage: 'image_request', weight: 0.6, why: 'asks for pictures or videos', phrases: [
      // "lemme see u" (tried as a user, 12-06 evening)
      'lemme|lmme|lemmie ~1 see ~1 u|you|ya',
      `send|snd|sen|sendd|drop|share|show ~3 ${IMG}`, `can|could|may i|we ~1 see|get|have ~3 ${IMG}`, `wanna|want ~2 see ~3 ${IMG}`,
      'show me ~2 you|yourself|ur|your|more|something|body|everything|it', 'let me see ~2 you|more|it|your|ur|something',
      'send ~1 me ~1 one|1|some|sum|another', 'send|snd ~1 me ~1 something|smth|sumthin ~1 cute|nice|special', 'see ~1 what ~1 you|u|ya ~1 look ~1 like', 'now ~1 a|one ~1 cuter ~1 one|1|pic|pics|photo', 'show me yours|urs',
      // dev early-21 (12-03 eve): "dare u to do what i do 😈", a third party's "she wants pics, i'll pass it on"
      'dare ~1 you|u|ya ~1 to ~1 do|show|send|copy', 'she|he|they ~1 wants|want|wanna ~1 pics|pic|photos|a_pic|a_photo|to_see_you',
      // dev early-19 (12-03 eve): "whatcha wearing rn" / "just a tshirt" / "show 😏"
      'show|lemme_see|let_me_see|showme ~1 emojiflirt', 'prove ~3 real',
      'wanna see ~1 you|u|what', 'want to see ~1 you|u|what', 'face in it', 'with ~1 your|ur face', 'face and body|everything', 'full body',
      `now ~1 one|a ~2 ${IMG}? ~1 in|of|with|without`, 'saying my name', `take|make|film|record ~1 a|some|me ~1 ${IMG} ~2 for me|of you|of yourself|of urself`, 'need|want ~2 some|a_few|few ~1 shots|shot',
      // a grammar of the script's lines (12-05): "mirror pic?", "show me whats under the towel"
      'mirror ~1 pic|pics|selfie|selfies|photo|photos|shot|shots|vid|video', 'show|lemme_see|let_me_see ~1 me? ~1 whats|what_is|what_s|what_you_have ~1 under|underneath ~1 it|that|there|the_towel|the_hoodie|the_blanket|the_shirt|the_top|the_sheets|the_covers|@your'] },
    { id: 'request.intimate', stage: 'image_request', weight: 0.9, why: 'asks for nude or intimate images', phrases: [
      // "got any more? like in a bikini or smth" after the reader's pictures (12-06 evening, tried as a user)
      'got|have|any ~2 more ~4 in ~1 your|ur|the|a ~1 @undressed',
      // "show me ur tits", "flash me", "what u look like under that hoodie" (tried as a user, 12-06 evening)
      'show|send|flash|see ~2 ur|your|yo|them ~1 tits|boobs|titties|dick|pp|ass|butt|bum|booty|privates|naked_body|bare_body',
      'flash ~1 me|us|for_me', 'what|wat|wht ~4 under|underneath ~1 that|ur|your|the ~1 @clothes',
      // a picture of a body part: "dare: take a pic of ur chest" (tried as a user, 12-06 evening)
      'pic|pics|picture|pictures|photo|photos|selfie|selfies|vid|video|snap|snaps ~1 of ~1 ur|your|yo ~1 chest|boobs|boob|tits|titties|bum|butt|ass|booty|privates|dick|pp|thighs|bare_body|naked_body',
      `send|snd|drop|show|see|trade|swap|exchange ~3 ${INTIMATE}`,
      // "send something hot when you add me" (12-06 morning round; "something hot to eat" is an exception)
      'send|snd ~2 something|smth|sth|somethin|sumthin ~1 hot|naughty|freaky|juicy',
      `${INTIMATE} pic|pics|picture|photo|photos|vid|video|selfie`, 'pic|pics 4|for|n pic|pics', 'trade|swap|exchange ~2 pic|pics|photos|pix',
      'without|no ~1 clothes|shirt|top|bra|pants', 'in your|ur ~1 underwear|bra|panties|boxers|bikini|pjs|pyjamas|pajamas|towel|bed', 'topless|shirtless',
      'with less on', 'less clothes',
      // dev early-25 (12-05, first 18): "another one but less on", "now the next one, less than that", "polaroids: jeans
      // and vest, then swimwear"
      'one|1|pic|photo ~2 less ~1 on', 'next ~1 one|1|pic|photo ~2 less ~1 than ~1 that|this|the_last|the_last_one',
      // dev early-26 (12-05, first 12): "send a pic after ur shower", "in your bedroom, a bit less on"
      'pic|pics|one|1|photo|selfie|snap ~2 after|out_of|fresh_out_of|straight_after ~1 ur|your|the|a ~1 shower|bath',
      'a_bit|bit|little|lil ~1 less ~1 on',
      'polaroids|polaroid|digitals ~6 swimwear|swimsuit|bikini|lingerie|underwear', 'less ~1 top|shirt|clothing', 'take ~1 something|it|that|ur|your ~1 off',
      // "send another one now. without the underwear" (tried as a user, 12-06): underwear beside the outer clothes
      'lose|remove|without ~1 the|ur|your ~1 hoodie|top|shirt|blanket|towel|clothes|shorts|pants|bra|swimwear|swimsuit|bikini|bikini_top|swimming_costume|bathing_suit|underwear|boxers|panties|undies|briefs|lingerie|thong',
      // tried as a user (12-05 evening): "just need a pic for verification lol" / "u know what kind 😏"
      'pic|pics|photo|photos|picture|pictures|selfie|selfies ~4 you|u|ya ~1 know ~1 what|which ~1 kind|type|sort',
      'spicy|spicier|naughty|sexy|hot|dirty ~1 one|pic|pics',
      // after a first picture, the next one more intimate: "a private one silly", "something more private", "a bit revealing"
      'a|another|one ~1 more? ~1 private|revealing ~1 one|1|pic|pics|photo|photos|selfie|vid|video', 'something|smth|sum ~1 more ~1 private|revealing', 'a_bit|a_little|kinda|bit ~1 revealing',
      'pic|pics|photo|photos|nude|nudes|secret ~1 swap|swaps|trade|exchange', 'not ~1 your|ur ~1 face', 'a ~1 lil|little|bit ~1 spicy|spicier', 'need|want ~1 it|them|one ~1 spicier|hotter|sexier|naughtier',
      'now ~1 a|one ~1 hotter|sexier|spicier|naughtier ~1 one|1|pic|pics|photo',
      // dev early-20 (12-03 eve): "face not needed", "one u wouldnt send ur mom 😏"
      'face ~1 not ~1 needed|necessary|required', 'no|without ~1 face ~1 needed|necessary|required',
      'one|pic|pics|photo|photos|something|smth ~3 you|u ~1 wouldnt|would_not ~1 send|show ~2 your|ur ~1 mom|mum|parents|dad|mother|father|family',
      // dev early-23 (12-04 night, first 15): "the private set, the ones u'd never post", "the kind u wouldnt post", "send one
      // thats just for me", "a bit cheeky", "more daring"
      'private|premium|exclusive|vip|secret ~1 set|sets|collection|album',
      'ones|one|kind|pics|photos|something ~4 never|wouldnt|would_not|would_never ~1 post|upload|put_up|put_online',
      'one|pic|pics|photo|something|smth ~3 just|only ~1 for ~1 me ~2 tho|though',
      'a_bit|bit|little|lil|kinda|more ~1 cheeky|daring|risky|risque',
      // dev early-24 (12-04 night, first 13): "a reference photo in minimal clothing", "a pic in what you'd sleep in",
      // "a bedtime photo showing what you sleep in", "just your base layer", "need fewer layers", "wearing less", "change
      // your shirt on camera", "one the director would call bold"
      'minimal|less|fewer|little|barely_any ~1 clothing|clothes|layers',
      'what ~1 @you|ud|youd ~2 sleep ~1 in', 'base ~1 layer|layers', 'wearing ~1 less|nothing|very_little',
      'change|changing|take_off ~2 shirt|top|clothes ~2 on ~1 camera|cam|call|video',
      'one|pic|photo ~4 would|d ~1 call ~1 bold|daring|spicy|brave',
      // dev early-14 (12-03 pm): "you first this time, shirt off", "next round no hoodie. no shirt"
      'shirt|top|bra|pants|shorts|clothes|jeans|skirt ~1 off',
      // dev early-14 (12-03 pm): "something spicier 😉", after a first picture
      'something|smth|sth|sum ~1 spicier|spicy|naughtier|hotter|sexier|more_revealing',
      // what they wear or where they are, as a word class: "in ur swimsuit", "take off the shirt", "in the shower"
      'in your|ur ~1 @undressed', 'in ~1 just|only ~1 your|ur ~1 @undressed',
      // "[image]" / "ok now whats under it 😏" (tried as a user, 12-06 night): what is under the clothes just shown
      // (of "it", only with a wink: "lift the rug, now whats under it?" is a rug)
      'now ~1 whats|what_s|what_is ~1 under ~1 it|that|there|them ~1 emojiflirt|emojisex',
      'now ~1 whats|what_s|what_is ~1 under ~1 the_hoodie|ur_hoodie|your_hoodie|ur_shirt|your_shirt|ur_top|your_top|ur_clothes|your_clothes',
      // dev early-14 (12-03 eve): "physique photos. Front and side, in underwear only"
      'in ~1 just|only? ~1 underwear|boxers|briefs|panties|bra|lingerie ~1 only',
      // a fake agency's "we need some full body shots, in underwear is fine" (tried as a user, 12-06 night; "shots" is no
      // picture word elsewhere: a bar's shots, a flu shot)
      'shots|snaps|images|photoshoot|bodyshots ~3 in|wearing ~1 your|ur|just? ~1 underwear|innerwear|undies|bra|panties|boxers|briefs|bikini+|swimsuit|swimwear|lingerie|thong',
      'send|show|see|take|film|record|want|wanna ~5 in ~1 your|ur|the|a ~1 @undressed', `${IMG} ~2 in|wearing|without ~1 your|ur|the|a|just? ~1 @undressed`,
      'take+ off ~2 @clothes', 'try ~1 on ~2 @undressed', '@undressed ones|one|pics|shots|pic|photo|photos|selfie|selfies', '@undressed ~1 test|photo|modelling|modeling|fitting ~1 shots|shot|pics|photos', `${IMG} ~3 getting|while ~1 changed|undressed|ready_for_bed|changing`, 'send|show ~3 something ~1 spicy|spicier|naughty|sexy|dirty|lewd',
      '@camword lower', 'move|point|put|tilt|hold ~3 @camword ~1 lower', 'your|ur body ~2 on ~1 @camword', 'show ~2 your|ur body'] },
    { id: 'request.camera', stage: 'image_request', weight: 0.5, why: 'asks for a video call or camera', phrases: [
      'video call|chat|vc', 'facetime|vc ~2 me|now|tonight|rn', 'turn|switch|put ~1 on ~2 cam|camera|webcam|video',
      'go|get|hop|jump on ~1 cam|camera|video', 'cam|camera up', 'cam|camera|webcam on', 'on cam|camera|webcam', 'emojicamera ~1 emojicamera?',
      'turn|switch|put ~2 cam|camera|webcam ~1 on', 'fun|play ~2 on ~1 video|cam|camera|vc|facetime', 'can|could|wanna|lets ~1 we|u|you? facetime|vc|videocall', 'facetime|vc ~2 me|now|tonight|rn ~3 whatsapp|snap|when'] },

    // image_sent_first
    { id: 'sent_first.reciprocity', stage: 'image_sent_first', weight: 0.8, why: 'sent an image first to get one back', phrases: [
      'now send ~1 yours|urs|one|me', 'now you|u send|show', 'i showed|sent you|u mine', 'i sent ~1 mine|one',
      'send ~1 yours|urs ~1 back?', 'ill|il|i|ima|imma send|show|go ~1 first', 'show|showed|send|sent you|u mine',
      'sent ~1 first', 'sent ~1 you|u ~1 something', 'do i get one back',
      'send ~1 me ~1 one|1 back',
      // "send one back 😘", "u send one too pls its only fair", "i did it for u"
      'send|snd ~1 one|1|sum|some ~1 back|also', '@you ~1 send|snd|show ~1 one|1|sum|some|yours|urs ~1 back|also',
      'its|thats ~1 only ~1 fair', 'i ~1 did|sent|showed ~1 it|one|mine ~1 for ~1 @you',
      // their own picture, then at once "send one" (read over the two short messages together)
      'omitted|attached ~2 send|snd ~1 one|1|sum|some|urs|yours|back',
      // dev early-14 (12-03 pm): "like a bra pic, i'll send mine"
      'ill|i_will|i_can|il ~1 send|show ~1 mine|you_mine|u_mine',
      // dev early-21 (12-03 eve): "ill send you something special first 😳", "want to swap something fun? 😏"
      'ill|i_will|imma|ima ~1 send|show ~1 you|u ~1 something|smth ~2 first', 'swap|trade ~1 something|smth ~1 fun|spicy|cute|special',
      // dev early-14 (12-03 eve): "you first this time" / "why me first" / "cause i went first on the app"
      'i ~1 went|sent|showed ~1 first',
      // dev early-20 (12-03 eve): "i already sent mine", "ur turn, fair's fair"
      'i ~1 already|just ~1 sent|showed ~1 mine|you_mine|u_mine', 'fairs fair'] },
    { id: 'sent_first.trade', stage: 'image_sent_first', weight: 0.6, why: 'offers to trade pictures', phrases: [
      'trade|swap|exchange ~2 pic|pics|photos|pix|nudes|noodz', 'pic|pics 4|for|n pic|pics', 'ill|i_will|i_can send|show ~5 if you|u send|show', 'if ~1 you|u ~1 send|show ~1 first'] },
    { id: 'sent_first.turn', stage: 'image_sent_first', weight: 0.4, why: 'says it is their turn now', phrases: ['your|ur turn'] },
    { id: 'sent_first.sent', stage: 'image_sent_first', weight: 0.5, why: 'says they sent a picture of themselves', phrases: [
      `i|just sent|sending ~3 ${IMG}`, 'heres|here ~2 pic|photo|pics|selfie', 'thats me in the',
      // dev early-21 (12-03 eve): "sent u one of me", "[photo] this is me", a third party's "she sent hers [image]"
      'sent|sending ~1 you|u|ya ~1 one|1|a_pic|a_photo ~1 of ~1 me', 'she|he ~1 already? ~1 sent|showed ~1 hers|his|one'] },
    { id: 'sent_first.media', stage: 'image_sent_first', weight: 0.2, why: 'an image was sent', phrases: [
      'image|media|photo|video|sticker omitted', 'attached ~1 image|photo|file', 'image|photo attached'],
      // exports and pasted chats in English or Spanish: "[photo]", "<video>", "(foto adjunta)"
      placeholders: [`${MEDIA_WORDS}`, `${MEDIA_WORDS} omitted|attached|sent|omitido|omitida|adjunto|adjunta`] },

    // compromise_claim
    { id: 'compromise.has_images', stage: 'compromise_claim', weight: 0.9, why: 'claims to have intimate images', phrases: [
      `i|ive|weve have|got|saved|kept|screenshot*|recorded ~2 your|ur|yo ~1 ${IMG}|body|noods|everything|stuff`,
      `i have|got ~1 all|every ~2 ${IMG}`, `your|ur ${IMG} ~1 are saved|saved`, 'i have it all saved'] },
    { id: 'compromise.recorded', stage: 'compromise_claim', weight: 0.8, why: 'claims to have recorded them', phrases: [
      'i recorded|captured|screen|screenrecorded|filmed ~2 you|u|it|everything|our|the|call|video',
      // "bro i recorded all of that" after a call (tried as a user, 12-05 late)
      'i recorded|captured|screenrecorded|filmed ~1 all ~1 of? ~1 that|this',
      'recorded ~2 call|video|you|u', 'i have ~1 the|a video|recording|clip|footage ~2 you|u|of',
      'i have ~1 the|a ~1 full|whole|entire|complete ~1 video|recording|clip|footage',
      'kept|saved ~1 the|that|our ~1 video|recording|clip ~2 from|of ~1 our|the|you|u',
      'still have|got ~1 the|that|our ~1 video|recording|clip ~2 from|of ~1 our|the|you|u',
      // the mass mail's "I had a chance to record you while you were watching those videos"
      'chance|opportunity|managed|able|possible ~1 to ~1 record|film|capture ~1 you|u ~3 while|when|as ~1 you|u ~1 were|was ~1 watching|masturbating|pleasuring|touching|satisfying|jerking|enjoying'] },
    { id: 'compromise.hacked', stage: 'compromise_claim', weight: 0.9, why: 'claims to have hacked their device or accounts', phrases: [
      'hacked|infected|compromised|breached|accessed ~3 your|ur ~1 phone|device|devices|machine|account|accounts|computer|camera|webcam|email|pc|laptop|icloud|system|os',
      'installed|planted|injected ~3 malware|trojan|spyware|virus|keylogger|rat|exploit',
      'through|via|using ~1 your|ur ~1 webcam|camera|cam', 'i know ~1 your|ur ~1 password|pass', 'is|was one? of? your|ur password',
      'copied|downloaded|extracted ~2 your|ur ~1 contacts|data|files|photos',
      'you|u were|got|have_been ~1 infected|hacked ~2 with|by|through|via ~2 malware|virus|trojan|spyware|my',
      'computer|digital|device ~1 seizure|infiltration', 'cyber_infiltration|cyberinfiltration|cyberinfiltrations'] },
    // "your account was compromised": said by the mass mail, but also by IT notices and friends, so it
    // is not a claim by itself; it still counts for the intrusion rule next to a first-person claim
    { id: 'compromise.passive', stage: 'compromise_claim', weight: 0.45, why: 'says their device or account was hacked', phrases: [
      // "your device picked up a malicious program from a website" (12-06 evening, tried as a user)
      '@your ~1 @device ~1 picked_up|caught|downloaded|got|contracted ~2 a|an|my? ~1 malicious|malware|virus|trojan|spyware|rat|keylogger',
      '@your ~1 iphone|android|mac|macbook|router|wifi|network|devices|smartphone|tablet|browser|system ~1 was|is|got|has_been|have_been|been ~1 hacked|compromised|breached|infected',
      '@your ~1 phone|device|devices|account|accounts|computer|camera|webcam|email|pc|laptop|icloud|cloud|snap|insta ~1 was|is|got|has_been|have_been|been ~1 hacked|compromised|breached|infected'] },
    { id: 'compromise.contacts', stage: 'compromise_claim', weight: 0.9, why: 'says they hold their contacts or followers list', phrases: [
      'i have|got ~1 all? your|ur contacts', 'i have|got ~1 all? your|ur contact|followers|friends|follower|following list', 'address book',
      `i have|got|took|made ~2 list|names ~3 your|ur ~1 ${WHO}`, 'list of ~1 all? @your ~1 followers|contacts|friends|family',
      'access|entry ~1 to ~4 all? @your ~1 contacts|followers|friends|contact_list',
      // "your wife facebook is open in my other tab"
      '@your ~2 @audience ~1 facebook|insta|instagram|profile|account|page ~1 is ~1 open|up ~2 in|on ~1 my'] },
    // "I made a group chat with your family and friends": families do it too, so it counts only next
    // to another claim, a demand or a threat
    { id: 'act.group_chat', stage: 'compromise_claim', weight: 0.45, why: 'made a group with their family or friends', phrases: [
      '@i ~2 made|created|started|set_up ~1 a ~1 group|gc|groupchat|group_chat ~2 with|of ~2 @your ~2 @audience'] },
    { id: 'compromise.adult_sites', stage: 'compromise_claim', weight: 0.5, why: 'says they watched them on adult websites (a bulk-mail bluff)', phrases: [
      'watching|watched|visiting|visited ~3 porn|adult|xxx', 'adult ~1 websites|website|sites|site|videos', 'your|ur browsing habits'] },

    // threat
    { id: 'threat.share_images', stage: 'threat', weight: 1, why: 'threatens to share intimate images', phrases: [
      `${ME} ~2 ${SHARE} ~3 ${IMG}|video|recording|clip|footage|one ~4 your|ur|yo|all|every ~2 ${WHO}`,
      `${SHARE} your|ur|yo|the|these|those|this|that|all|every|em|them|it|ya ~2 ${IMG}|video|recording|clip|footage ~4 your|ur|yo|all|every ~2 ${WHO}`,
      `${SHARE} ~2 your|ur ~1 ${IMG}|noods ~3 everywhere|online|internet|viral`,
      // "let me see how your family will feel when they see your nudes" (tried as a user, 12-06 afternoon; not "your nude
      // heels" or "your nude painting": the singular is a colour and an art)
      'when|once|after|if ~1 they|he|she|@your|everyone|everybody ~3 see|sees|seeing|watch|watches|get|gets|receive|receives ~1 @your ~1 nudes|noods|nudez|naked_pics|naked_photos|dick_pic|sex_video|sextape',
      `${SHARE} ~2 your|ur ~1 ${IMG}|noods ~3 to|on ~1 your|ur|all|every ~2 ${WHO}`,
      `${IMG}|video|recording|clip|footage|it|them|everything ~2 go|goes|going|gets|sent|lands ~2 to|on|onto|into|around your|ur|every|all ~2 ${WHO}|follower|contact|twitter|online|internet|everywhere`,
      `${IMG}|video|recording|clip|footage|it|them|everything ~2 go|goes|going|gets|sent|lands ~1 everywhere|online|viral`,
      `${IMG}|video|recording|clip|footage ~1 go|goes|going|gets|will ~2 on|to|online|viral|up ~1 twitter|x|insta|ig|snap|tiktok|facebook|reddit|online|internet|everywhere|porn`,
      `your|ur ~2 ${WHO}|follower ~1 will? see|sees|get|gets|receive|receives|watch ~2 ${IMG}|them|it|video|everything|recording`,
      `every|all ~2 follower|followers|contact|contacts|friend|friends ~2 get|gets|see|sees|receive|receives|will`,
      `everyone|everybody|whole ~4 see|sees|seeing|get|gets|watch|watches|receive|receives ~2 your|ur ~1 ${IMG}|body|video|noods`,
      `your|ur ${IMG} ~3 everywhere|online|viral|internet`, 'make ~1 you|u|it|this ~1 go? viral',
      `${ME} ~2 expose your|ur ~1 reputation|name|life`,
      // "Your reputation will be ruined with a single click" (dev-quoted mail-16)
      'your|ur ~1 life|reputation|career|marriage|name|future ~1 will ~1 be ~1 ruined|destroyed|over|finished ~2 with|in|by ~1 one|a|a_single|just_one ~1 click|command|button|tap'] },
    // "i will ruin your life": as strong, but a threat of harm, not of sharing pictures (explain.ts kind `harm`; it was a
    // phrase of threat.share_images until 2026-12-05 night, and the explanation said "threatened to share pictures")
    { id: 'threat.ruin', stage: 'threat', weight: 1, why: 'threatens to ruin their life', phrases: [
      `${ME} ~2 ruin|destroy|end your|ur ~1 reputation|name|life`,
      // "I can ruin you with one post", "i can destroy you with a single upload" (tried as a user, 12-06)
      `${ME} ~2 ruin|destroy ~1 you|u ~2 with ~1 one|a|1|single|just_one ~1 single? ~1 post|click|message|upload|tweet|story|dm|email`] },
    { id: 'threat.contacts', stage: 'threat', weight: 0.8, why: 'shows they know who to send images to (followers, family, school)', phrases: [
      `i have|got|took|made ~2 screenshot*|ss ~3 your|ur ~1 ${WHO}`,
      'i ~1 followed|added|friended|messaged ~2 every|all|each ~2 of? ~1 your|ur ~1 followers|friends|contacts|family|classmates',
      'i ~2 prepared|drafted|written|wrote|set_up|ready ~2 emails|messages|posts|email|message|dms ~1 to|for ~2 your|ur',
      'i ~1 saved|have|got ~1 your|ur ~1 followers|contacts|contact_list|friends_list', `screenshot*|ss ~3 your|ur ~1 followers|following|friends|contacts|family|list`,
      // "has already sent a collage of her photos next to her followers' names", "a collage of his photo next to his
      // school's logo" (told back, the story sets' seen halves, 12-07)
      'collage|collages|montage|mockup|edit ~1 of ~2 @your ~2 @media ~2 next_to|beside|alongside|with ~3 @your ~2 followers|friends|contacts|family|schools|school|classmates',
    ] },
    { id: 'threat.public', stage: 'threat', weight: 0.8, why: 'threatens to send something to their followers, contacts or school', phrases: [
      `${ME} ~2 ${SHARE} ~4 it|them|this|everything|these|those ~4 your|ur|yo|all|every ~2 ${PUBLIC}`,
      `these|those|them|it|pics|${IMG} ~1 sent|posted|shared|leaked|go|goes|going|get|gets ~1 to ~2 everyone|everybody|all ~3 your|ur ~1 ${PUBLIC}`,
      `show|send|post ~1 everyone|everybody ~4 the one|pic|pics|photo|photos|video|vid ~1 you|u ~1 already? sent`,
      // "the clip goes to every address in your mailbox" (tried as a user, 12-05 late)
      `@media|it|this|everything ~2 goes|go|sent|forwarded|delivered ~1 to ~1 every|each|all ~2 address|addresses|contact|contacts|recipient|recipients ~3 your|ur ~1 mailbox|inbox|address_book|addressbook|contact_list|phone|email|account`] },
    { id: 'threat.generic', stage: 'threat', weight: 0.45, why: 'a threat to share something', phrases: [
      `${ME} ~2 ${SHARE} ~4 it|them|this|everything|these|those ~4 your|ur|all ~1 ${WHO}`,
      `${SHARE} ~3 it|them|everything ~4 your|ur|all|every ~2 ${WHO}`, 'tag ~1 your|ur ~1 school|family|parents|mom|mum|dad',
      // pidgin "make i no post am" (so that I don't post it: the threat as the reason to pay, tried as a user, 12-06)
      'make ~1 i ~1 no ~1 post|send|share|leak|expose|upload|show|release ~1 am|it|dem|them',
      `${SHARE} ~2 it|them|this|these|those|everything|ur|your ~2 to ~1 everyone|everybody`,
      // "then i'll have to show your school what you already sent"; a friend's "i'll show your sister what you sent lol" too
      // (tried as a user, 12-05 night)
      '@i @will? ~2 show|send|forward|give|post|share|leak @your ~1 @audience ~1 what @you already? sent|send|showed|gave',
      // "i'll show everyone what you sent" (tried as a user, 12-05 late)
      '@i @will? ~2 show|send|forward|post|share|leak ~1 everyone|everybody ~1 what @you already? sent|send|showed'] },
    // the reader begging whoever they answer (analyzer.ts holds `reply.*` cues against that person,
    // never against the reader): "please don't send it to anyone", "don't ruin my life"
    { id: 'reply.plea_life', stage: 'threat', weight: 0.6, why: 'they were begged not to ruin a life or not to share pictures', phrases: [
      'dont|do_not|please|pls|plz ~1 ruin|destroy|wreck ~1 my life', 'im|i_am ~1 begging ~1 you|u', 'i beg ~1 you|u',
      'i ~1 will|ill|would|wil|wud do anything ~3 just|but|please|pls|plz|dont|not',
      'please|pls|plz|just ~2 dont|do_not|never ~1 @expose ~3 my|the|those|these|them|it ~1 @media? ~3 to ~1 anyone|anybody|everyone|my|people|them',
      'please|pls|plz ~2 dont|do_not|never ~1 @expose ~2 my|the|those|these ~1 nude*|nudz|noodz|noods|newds|video+|recording+|vid|vids'] },
    { id: 'reply.plea', stage: 'threat', weight: 0.45, why: 'they were begged not to share something or told there is no money', phrases: [
      'please|pls|plz|just ~1 dont|do_not|never ~1 @expose ~3 it|them|this|that|my|anything|those|these',
      'dont|do_not @expose ~2 it|them|this|that|my ~2 to ~1 anyone|anybody|everyone|my|people',
      'please|pls|plz ~2 @delete ~2 it|them|the|my|that|those|these', 'please|pls|plz ~1 dont|do_not do_this|do_that|do_it',
      'i ~1 dont|do_not ~1 have|got ~2 money|cash|that_much|the_money|any_money', 'i ~1 cant|cannot ~1 pay|afford', 'i ~1 already ~1 paid|sent_the_money|sent_you_the',
      'why ~1 are|r ~1 you|u ~1 doing_this', 'i ~1 will|ill|wil|can ~1 pay ~3 just|please|pls|plz|but|dont',
      // a frightened answer to a claim: "please no", "what do you want from me", "how did you get that"
      'please|pls|plz no|noo|stop|dont', 'what ~1 do|d ~1 you|u ~1 want ~1 from ~1 me', 'what ~1 do|d ~1 you|u ~1 want ~1 me ~1 to ~1 do',
      'how|where ~1 did|d ~1 you|u ~1 get ~1 that|this|those|these|them|it|my'] },
    { id: 'threat.vague', stage: 'threat', weight: 0.25, why: 'vague exposure words', phrases: [
      'expose|exposing you|u', 'everyone will see|know', 'they will all see'] },

    // demand
    { id: 'demand.money', stage: 'demand', weight: 0.8, why: 'demands money', phrases: [
      `pay|send|give|transfer|wire|deposit ~3 ${MONEY}`, 'pay|send|give|transfer ~3 # ~1 dollar|dollars|usd|bucks|pound|pounds|euro|euros|quid|k|btc',
      'how much ~2 can|do you|u ~1 pay|afford|have|send|got', `${MONEY} ~2 or else`, 'pay me', 'you|u ~1 have|need|gotta|got ~1 to? pay',
      // "has photos of her and is asking for money" (a teacher's story, told back, 12-07)
      'is|are|keeps|kept|was|were ~1 asking ~1 her|him|them|me|you|u? ~1 for ~1 money|cash|payment|bitcoin|crypto',
      'you|u will|wil pay',
      // the word after the sum a currency, not "send 3 pics in swimwear" (tried as a user, 12-06 evening)
      'pay|transfer|wire|send ~1 me? # @currency|robux|vbucks|coins|gems|cad|aud|usdt? or|on|via|by|in|to|now|rn|asap|so|and|today|tonight',
      'pay|transfer|wire|send ~1 me? # # or|on|via|by|in|to|now|rn|asap|so|and|today|tonight',
      'want|need ~1 # ~1 dollar|dollars|bucks|pound|pounds|euro|euros',
      // a price in other words (a grammar of the script's lines, 12-05): "my fee is 200", "it costs you 300 to make this go
      // away", "you can buy them back for 300", "for 200 ill delete everything", "ask your parents for the money", "use your
      // moms card", "wire it to my account"
      'the|my ~1 price|fee|rate ~1 is|s ~1 # ~1 @currency?', 'cost|costs ~1 you|u ~1 # ~3 to ~1 make|get|keep|stop',
      'buy|get ~1 them|it|these|those|everything|the_pics|the_video|the_vid ~1 back ~1 for ~1 #', 'for ~1 # ~1 @currency? ~1 ill|i_will|we_will|well|i_ll ~1 delete|remove|erase|wipe',
      'ask ~1 @your ~1 parents|mum|mom|dad|family|folks ~1 for ~1 the|some? ~1 money|cash', 'use ~1 @your ~1 moms|mums|dads|parents|mothers|fathers ~1 card|credit_card|bank_card|account',
      'wire ~1 it|the_money|them ~2 to ~1 my|this ~1 account',
      // "cough up 100 or ur famous tmrw", "cough up the money" (written for the 12-06 morning round)
      'cough ~1 up ~2 #', `cough ~1 up ~2 ${MONEY}`,
      // "how much u got in ur bank rn" (12-06 morning round)
      'how much money|cash? you|u|ya got|have',
      // "then finish paying. 2 hrs", "pay the rest" (a set written after the rules, 12-06 night)
      'finish|keep|continue ~1 paying', 'pay ~1 me|us? ~1 the ~1 rest|remainder|balance|remaining',
      // Taglish "magbayad ka na" (pay now)
      'magbayad ~1 ka|na'] },
    { id: 'demand.amount', stage: 'demand', weight: 0.4, why: 'names an amount of money', phrases: [
      'dollar|pound|euro #', '# dollar|dollars|usd|bucks|pound|pounds|gbp|euro|euros|quid|btc'] },
    { id: 'demand.method', stage: 'demand', weight: 0.5, why: 'names a payment method often used by scammers', phrases: [
      'cashapp|cashtag|paypal|venmo|zelle|moneygram|revolut|skrill|gcash|paymaya|bitcoin|btc|crypto|usdt|litecoin|ltc|ethereum', 'cash app', 'western union',
      'apple|google ~1 pay', 'bank transfer|details', 'wallet address', 'bitcoin|btc|crypto ~1 address|wallet|atm'] },
    { id: 'demand.gift_card', stage: 'demand', weight: 0.7, why: 'demands gift cards', phrases: [
      'gift|giftcard|itunes|steam|apple|amazon|razer|vanilla|roblox|xbox|psn|playstation ~1 card|cards|codes|code', 'google play ~1 card|cards|code|codes',
      'giftcard*', 'razer gold', 'send|give ~2 the? ~1 card ~1 codes|code',
      // "scratch the back of the card and send a pic", "send the code from the back" (12-05)
      'scratch ~4 card ~4 send|pic|photo|code', 'send|give ~1 me? ~1 the ~1 code|codes|numbers ~2 from|on ~1 the ~1 back'] },
    { id: 'demand.more_images', stage: 'demand', weight: 0.8, why: 'demands more images', phrases: [
      `send|give|need|want ~2 more ~2 ${IMG}|noods`,
      // "is demanding further images" (a safeguarding lead's story, 12-07)
      `demand+|send|give|need|want ~2 further|additional ~2 ${IMG}|image|images`, `more ${IMG} ~2 or`, 'another|one more ~2 video|vid|pic|photo',
      // "you owe me more pics", "i need a video this time"
      `@you ~1 owe ~1 me ~2 more|another|a ~1 ${IMG}`, 'need|want ~1 a ~1 video|vid ~1 this ~1 time',
      // "you're going to send me more or i'll ..." (12-06 morning round)
      'send|give ~1 me ~1 more or|otherwise|unless',
      // "send more or else": more of something under a menace, counted beside a claim (a friend's "send more or else ill cry" is memes)
      'send|snd|give ~1 me? ~1 more|another_one|one_more|1_more ~1 or_else|or_youll_regret|or_u_will_regret'] },

    // pressure
    { id: 'pressure.countdown', stage: 'pressure', weight: 0.7, why: 'sets a deadline', phrases: [
      `you|u have|got ~1 # ~1 ${TIME}`, `# ${TIME} ~2 left|to|or|before|until|otherwise|only`, `only # ${TIME}`,
      'tick tock|tok', 'ticktock', 'clock is ~1 ticking', 'times up', 'time is ~1 running|up|almost',
      'running out of time', 'emojitimer', 'countdown', 'counting|count down', 'by tonight|tomorrow|midnight|morning'] },
    { id: 'pressure.deadline', stage: 'pressure', weight: 0.4, why: 'gives a time limit', phrases: [`within|in # ${TIME}`] },
    { id: 'pressure.urgency', stage: 'pressure', weight: 0.5, why: 'rushes or hounds them', phrases: [
      'last|final chance|warning', 'hurry|quick|quickly|fast|asap|now|rn ~1 or', 'answer|reply|respond ~1 me? now|rn|fast|quick', 'answer|reply|respond me',
      'stop ignoring|ignoring me', 'dont ignore me', 'do not ignore me', 'im|i am ~1 waiting', 'why ~2 not? answering|replying|responding',
      'now or never', 'i dont have all day', 'online i can see', 'i see you online|reading'] },
    { id: 'pressure.persuade', stage: 'pressure', weight: 0.5, why: 'keeps pushing after a no', phrases: [
      'dont be shy', 'come on|cmon', 'its only fair', 'just do it', 'every model|girl|boy|guy|one ~1 does', 'everyone|everybody|all_the_girls|all_the_boys|all_the_lads ~1 does|did|do ~1 it|this|that', 'its totally? normal',
      // dev early-13 (12-03): "everyone on the team did it", "everyone in my squad did it", "dont be weird", "dont be a baby"
      'everyone|everybody|all ~1 on|in|else_on|else_in ~1 the|my|our ~1 team|squad|group|server|clan|crew|class|grade|year|school ~1 did|does|do|has_done ~1 it|this|that',
      'dont|do_not ~1 be ~1 weird|a_baby|lame|boring|a_wimp|a_loser|scared|a_pussy',
      // dev early-14 (12-03 pm): "200 winners did it", "it takes 5 seconds"
      '# ~1 winners|girls|boys|guys|people|players|models|members ~1 did|do|have_done|already_did ~1 it|this|that',
      'it|its|it_s ~1 only? ~1 takes ~1 # ~1 seconds|secs|second',
      // dev early-14 (12-03 eve): "Every player at the academy did this. You want this or not?", "don't leave her hanging"
      'every|all_the ~1 player|players|model|models|girl|girls|boy|boys|member|members|winner|winners ~3 did|does|do|has_done ~1 it|this|that',
      'you|u ~1 want|wanna ~1 this|it ~1 or ~1 not',
      // dev early-25 (12-05, first 18): "All my boys do it, don't be a kid. You want state team or not?"
      'all ~1 my ~1 boys|girls|players|athletes|students|clients|models|kids ~1 do|did|does ~1 it|this|that',
      'dont|do_not ~1 be ~1 a|such_a ~1 kid|child|baby', 'you|u ~1 want|wanna ~3 or ~1 not',
      // dev early-26 (12-05, first 12): "thought u were cool. everyone who buys off me does it", "don't be selfish"
      'thought ~1 you|u|ur|youre ~1 were|was|are? ~1 cool|chill|different|mature|fun|down|braver',
      'everyone|everybody ~1 who|that ~4 does|did ~1 it|this|that', 'dont|do_not ~1 be ~1 selfish|so_selfish|ungrateful',
      // dev early-22 (12-03 eve): "Other girls have already sent theirs"
      'other|the_other ~1 girls|boys|guys|models|ambassadors|players|members ~1 have? ~1 already? ~1 sent|done|did ~1 theirs|it|this|that|them',
      // dev early-20 (12-03 eve): "half our class did it"
      'half|most|all ~1 of? ~1 our|my|the|ur|your ~1 class|team|grade|year|school|squad ~1 did|does|do|has_done|have_done ~1 it|this|that', 'dont|do_not ~1 leave ~1 me|her|him|them|us ~1 hanging',
      // dev early-23 (12-04 night, first 15): "heaps of blokes do it for skins", "every ambassador sends it", "trainers see it
      // all the time"
      'heaps|loads|lots|plenty|tons ~1 of ~1 blokes|guys|girls|boys|lads|people|models ~1 do|send|did ~1 it|this|that|them',
      'every|all_the ~1 ambassador|ambassadors|model|models|girl|girls|contestant|contestants ~1 sends|send|sent ~1 it|this|that|them|one',
      'trainers|coaches|photographers|doctors|agents ~1 see ~1 it|this|them ~2 all ~1 the ~1 time',
      'hurry|quick ~1 up|pls|please', 'before ~3 parents|mom|mum|dad ~3 home|back', 'before i log|go off', 'please please',
      // guilt after a no (a set written after the rules, 12-06 night): "wow i trusted u and u wont even do that for me?", "i
      // thought u liked me", "if u liked me u would", "guess u dont really like me then", "then prove it"
      'i|we ~1 thought ~1 you|u ~1 liked|loved|trusted|cared_about|were_into ~1 me',
      'if ~1 you|u ~1 really|actually|truly? ~1 liked|loved|trusted|like|love|trust|cared_about ~1 me ~1 you|u|youd|ud|then_you|then_u ~1 would|wud|will|d|send|do',
      'i|we ~1 trusted|trust ~1 you|u ~4 and|but ~1 you|u ~1 wont|dont|cant|wouldnt|won_t|can_t|don_t ~1 even',
      'guess|suppose|so ~1 you|u ~1 dont|don_t|do_not ~1 really|actually? ~1 like|love|trust|care_about ~1 me',
      'then|so|ok_then ~1 prove ~1 it', 'prove ~1 it|that ~2 you|u ~1 like|love|trust|care_about|want ~1 me'] },
    { id: 'pressure.ruin', stage: 'pressure', weight: 0.8, why: 'scary words so they panic', phrases: [
      // "are you ready to have your life ruined?" (12-06 evening, tried as a user)
      'ready ~1 to|for ~1 have|get|see ~1 @your ~1 life|future|reputation ~1 ruined|destroyed|over|wrecked',
      'ruin|destroy|end ~1 your|ur ~1 life|future|reputation', 'know where you|u live|study|work', 'know where you|u go to school',
      `know ~2 your|ur ~1 school|family|parents|address`, 'your|ur life|future ~1 is|will be ~1 over|ruined|done|finished',
      // "watch your life fall apart" (12-06 morning round)
      '@your ~1 life|world|reputation|marriage|career ~1 fall|falls|falling|fell|crumble|crumbles|crumbling|collapse|collapses|collapsing ~1 apart|down',
      'kill|kil your|ur self', 'kill|kil yourself|urself', 'kys', 'you|u will regret', 'go to jail|prison', 'nobody will ~1 love|want you|u',
      'embarass*|embarrass* ~2 you|u|your|ur', 'everyone will hate you|u', 'game over', 'life is over',
      // "do u want ur life ruined over 100 bucks?" (tried as a user, 12-05 night)
      'want|wanna ~1 your|ur ~1 life|future|reputation ~1 ruined|destroyed|wrecked'] },


    // ---- acts: structures over the word classes below (see `classes`), so a new combination of
    // words is recognised without a new phrase. Each act is a cue of its stage, with its span.
    // a countdown to the exposure: "9 mins then it's posted", "sending it to your dad in 5... 4...", "by
    // tonight ur whole grade knows what's under that hoodie", "2hrs to pay. after that its everyone's business"
    { id: 'act.countdown_expose', stage: 'threat', weight: 0.8, why: 'counts down to sending or posting them', phrases: [
      // "posting it in 5 4 3" (not "posting in 3 2 1", an album's launch)
      'posting|sending|leaking|uploading|exposing|publishing ~1 it|them|everything ~1 in ~1 # ~1 # ~1 #',
      '# ~1 @time ~2 then|and|before|till|until ~1 its|it_s|it_is|theyre|they_re|@media ~1 posted|sent|leaked|public|everywhere',
      'posting|sending|leaking|uploading|exposing|publishing ~1 it|them|everything|@media ~1 to ~1 @your ~2 @audience ~2 in ~1 # ~1 #',
      'by|before ~1 tonight|tomorrow|morning|midnight|monday|# ~1 @time? ~1 @your ~2 @audience ~1 sees|see|gets|get|will_see|will_get ~2 it|this|them|everything|@media',
      'by|before ~1 tonight|tomorrow|morning|midnight|monday|# ~1 @time? ~1 @your ~2 @audience ~1 knows|will_know|finds_out ~1 whats|what_s|what_you|what_u|everything|about_you|about_u',
      'after_that|then|after_this ~1 its|it_s|it_is ~1 everyones_business|public_property',
      // "you've got until midnight to pay, after that i start sending" (12-06 morning round)
      'to ~1 pay ~6 after_that|then|after_this|or ~1 i|ill|i_will|we|well|we_will ~1 start+|begin+ ~1 sending|posting|leaking|uploading|exposing|sharing|dropping'] },
    // The exposure under a condition, with room between its parts (dev chat-9, chat-10, 2026-12-02 evening):
    // "take me back or the whole team sees the vid", "pay up or they get the nude
    // album tonight", "Answer me or I'm sending it to her rn", "if u decline again i'm posting what u sent
    // me"
    { id: 'act.expose_if', stage: 'threat', weight: 1, why: 'threatens to share pictures or a video unless they do what they ask', phrases: [
      // "if u go to the cops i send it before they even answer" (12-06 evening, a set written after the round's rules)
      '@defy ~1 @i @will? ~1 send|post|leak|upload|share|release ~1 it|them|this|everything|these ~2 before|immediately|instantly|straight_away|right_away',
      // 12-06 evening, tried as a user: "u have 2 options. pay or be famous", "ur classmates will love this lol. unless you
      // want to make a deal"
      'pay+|paying|send_it|send_the_money ~2 or|otherwise ~1 be|become|get|go ~1 famous|viral|exposed',
      '@your ~2 @audience ~1 @will? ~1 love|enjoy ~1 this|these|it|them|that|those ~4 unless|or|otherwise ~5 pay+|deal|money|cash|@currency',
      // someone else as the one who will do it, the reader as the one who pays: "they will leak everything unless you send 200
      // tonight", "my cousin will share the pics if u dont pay" (tried as a user, 12-06 evening; a victim's own story says "unless
      // i pay" and stays a story; "post" and "send" are left out: with them a held-out look-alike alerted)
      `${ACCOMPLICE} ~1 @will? ~1 @leak|share+|upload+|spread+|publish+ ~2 @object|@media ~4 ${THEN_YOU_PAY}`,
      // what the reader sent, under a condition: "i will share the video you sent unless you send more" (a story told back,
      // 12-06 evening)
      '@i @will? ~1 @expose ~2 @media|@object ~1 @you ~1 sent|sent_me|made|recorded ~3 @condafter|or|or_else',
      // a group made with the reader's people, then the sending: "i made a group chat with your family and i will send it"
      '@i ~1 made|created|set_up|started|have_made|ve_made ~1 a ~1 group_chat|groupchat|gc|group ~2 with|of ~1 @your ~2 @audience ~6 @i ~1 @will ~1 send|post|drop|share|put ~1 it|them|everything|the_pics|the_video',
      // or asks whether to send their nudes there: "i made a gc with all ur followers, want me to drop ur nudes in there?"
      // (not "it", "the pics" or "what you sent": a cousin's "… for grandma's party, want me to send it?" means the link,
      // "… should i post the photos there?" the trip's, "i added your mum to the group chat, want me to send what you sent
      // me?" a recipe; 12-06 night)
      `made|created|set_up|started ~1 a ~1 group_chat|groupchat|gc|group ~2 with|of ~1 @your|all_your|all_ur ~2 @audience ~6 ${OFFER_TO_DROP_NUDES}`,
      `added|put ~1 @your|all_your|all_ur ~4 to|in|into ~1 a|the|my ~1 group_chat|groupchat|gc|group|chat ~6 ${OFFER_TO_DROP_NUDES}`,
      // a team or an agency as the one who posts the reader's pictures, after the condition: "pay the fee today or the
      // casting team posts your photos", "pay or my boys leak your pics" (tried as a user, 12-06 night; not "these": "finish
      // the edit tonight or the marketing team posts these"; no team but a casting one: "return the consent slip or our team
      // posts your photos anyway")
      `or|otherwise|else|unless|or_else ~1 the_casting|the_booking ~1 team|agency|director ~1 @will? ~1 ${POSTS_YOUR_PICS}`,
      `or|otherwise|else|unless|or_else ~1 my|our ~1 boys|guys|people|crew|associates ~1 @will? ~1 ${POSTS_YOUR_PICS}`,
      // their price, then what they do without it: "my friend recorded it. he wants 300 or he uploads it" (12-06 evening)
      `${ACCOMPLICE} ~1 wants|want|needs|need|is_asking_for|asks_for|asking_for ~1 @currency? # ~3 or|otherwise|else ~1 he|she|they|hell|shell|theyll|we|i|ill|il ~1 @will? ~1 @leak|upload+|post+|share+|spread+|publish+ ~2 @object|@media|everything|it_all`,
      '@cond ~6 @everyonein? @your|the|my? ~2 @audience|@public|they|he|she ~2 @will? ~1 see+|get+|getting|receive+|watch+|find_out ~3 @media|nude*|what_you_sent|what_u_sent|the_ones_you_sent|the_ones_u_sent|everything_you_sent|everything_u_sent',
      '@cond ~4 @i @will? ~2 @expose ~1 it|them|everything ~3 to|on|in ~1 @your|her|his|the|my? ~2 @audience|@public|her|him',
      '@cond ~4 @i @will? ~2 @expose ~4 nude*|what_you_sent|what_u_sent|what_you_sent_me|what_u_sent_me|everything_you_sent|everything_u_sent|the_pics_you_sent|the_pics_u_sent|your_pics|ur_pics|your_video|ur_video|your_vid|ur_vid',
      // after "if you …" (not "if i send her nudes she will delete them", the swap "if i send him a nude he will send me
      // one back"), and "nudes", not "nude*" (12-07 night)
      'if @you ~4 @i @will? ~2 @expose ~3 nudes|what_you_sent|what_u_sent|everything_you_sent|everything_u_sent|the_pics_you_sent|the_pics_u_sent|your_pics|ur_pics|your_video|ur_video|your_vid|ur_vid',
      // tried as a user (12-05): "u go viral tonight 😂 unless u help me out", "or i have no choice but to show ppl"
      '@you|ur|youre|your ~1 go|goes|going|gonna_go|will_go|ll_go|re_going ~1 viral ~3 unless|if_you_dont|if_u_dont|if_not',
      'or|otherwise|else|if_not ~1 @i ~1 have|got|will_have|ll_have ~1 no ~1 choice|option ~1 but ~1 to ~1 @expose|show',
      // "cough up 100 or ur famous tmrw" (12-06 morning round): fame as the exposure, under the condition
      `${MONEY}|pay|pay_up|paid ~2 or|otherwise|or_else ${FAMOUS}`, `# ~2 or|otherwise|or_else ${FAMOUS}`,
      // "Transfer $1200 to avoid these materials reaching your social circle" (tried as a user, 12-05)
      'to ~1 avoid|prevent|stop ~1 these|this|the|those|your|such ~1 materials|material|files|videos|recordings|@media ~1 reaching|getting_to|going_to|being_sent_to|being_forwarded_to|being_shared_with|being_shown_to|being_posted_to|being_leaked_to|being_uploaded_to|landing_with ~1 your|ur ~1 social_circle|circle|contacts|@audience',
      // an ex's "if u leave me ill send everyone those pics" (tried as a user, 12-05): the people first, then the pictures
      `${IF_YOU_LEAVE} ~4 @i @will? ~2 ${SEND_TO} ~1 everyone|everybody ~2 ${THE_PICS}`,
      `${IF_YOU_LEAVE} ~4 @i @will? ~2 ${SEND_TO} ~1 @your ~2 @audience ~2 ${THE_PICS}`,
      // dev-quoted chat-15 (12-03 evening): "Stop ignoring me or I start with your sister."
      'or|otherwise|else ~1 @i @will? start+|begin+ ~1 with|by ~1 @your ~1 @audience',
      // "send me more or i'll make sure everyone sees the first one" (12-06 morning round)
      '@cond ~4 @i @will? ~1 make_sure|make_certain ~2 everyone|everybody|@your ~2 @audience? ~1 sees|see|gets|get|receives|receive ~3 @object',
      // dev-quoted chat-15 (12-03 evening): "don't block me or I'll post them", "if you block me i post it": the reader's
      // defence as the condition, the material named by a pronoun
      '@defy ~2 @i @will? ~1 @expose ~1 it|them|everything|all',
      'dont|do_not|don_t|never ~1 block+|report+|ignore+|unfollow+|unadd+|unfriend+ ~1 me ~2 or|otherwise|else ~1 @i @will? ~1 @expose ~1 it|them|everything|all',
      // dev chat-10, chat-12 (12-04 late): any group the reader is in, named by "the whole ...": "another pic or the whole
      // bus sees the one i have", "take me back or the whole team sees the vid"
      '@cond ~6 the|your|ur|my whole|entire ~1 @will? see+|get+|getting|receive+|watch+|has|have ~3 @media|the_one|the_ones|what_you_sent|what_u_sent',
      // "ur family is one click away from seeing you naked"
      '@your ~2 @audience|@public ~1 is|are|@youre ~1 one|1|a|single ~1 click|tap|message|text ~1 away ~1 from ~1 seeing|getting|receiving|watching',
      // dev chat-1, chat-11 (12-04 late): "I'm giving you until the end of the day before I start sharing what you showed me
      // on camera", "so now everybody at school gets to see the pics u sent me. unless u come back"
      '@cond|before ~4 @i @will? ~1 start|begin ~1 sharing|posting|sending|leaking|uploading ~1 what ~1 @you ~1 showed|sent|did',
      'everyone|everybody ~1 at|in|from ~3 gets_to_see|get_to_see|will_see|gonna_see|going_to_see ~2 the|those|all_the ~1 @media ~1 @you ~1 sent',
      // dev mail-6 (12-04 late), the mass mail's passive exposure: "This is final offer, after that the video is sent",
      // "The link is ready to be sent to your relatives the second your deadline passes"
      'after_that|afterwards|otherwise|or ~2 the|your|this ~1 video|videos|recording|recordings|footage|clip|tape|compilation|material ~1 is|gets|will_be ~1 sent|released|distributed|leaked|forwarded',
      '@media|link|links|copies ~4 ready ~1 to ~1 be? ~1 sent|send|go|published|shared|released ~2 to ~2 @your|all_your|all_ur ~2 @audience',
      // dev chat-2 (12-04 late): "Video is sitting in the chat with all your relatives. I'm pressing send at 9pm."
      '@media ~1 is|s ~1 sitting|queued|loaded|ready|waiting ~2 in|on ~1 the|my|a ~1 chat|dms|drafts|draft|outbox|group ~2 with|to|for ~1 @your|all_your|all_ur ~2 @audience',
      // tried as a user (12-05 evening): the pictures "go on" a place under a condition, "if i dont get 50 quid by friday ur
      // pics go on the school group chat", "this clip is going on pornhub and twitter tonight unless i get paid", and the
      // choice put plainly, "u have 2 options. pay or get exposed"
      'or|otherwise|else|or_else|unless|if_not ~2 @your ~1 @media ~1 go|goes|going|will_go|gonna_go|are_going|is_going ~1 on|onto|up_on|in|into ~2 the|a|my|@your? ~2 @audience|@public|@shame|group_chat|groupchat|gc',
      'if ~1 i ~1 dont|do_not|don_t ~1 get|see|receive|have ~6 @your|the|those|these|that|this ~1 @media ~1 go|goes|going|will_go|gonna_go|are_going|is_going ~1 on|onto|up_on|in|into ~2 the|a|my|@your? ~2 @audience|@public|@shame|group_chat|groupchat|gc',
      '@object|@media ~2 is|s|are|re|will_be? ~1 going|goes|go|gonna_go|will_go ~1 on|onto|up_on? @public|@shame ~6 unless|if_not|otherwise|or ~2 i|we|you|u ~1 get|gets|pay|send|transfer ~1 paid|@money|#|me|us|it',
      '@payact ~2 or|otherwise|else|or_else ~1 get|be|you_get|u_get|youll_get|ull_get|you_will_get|u_will_get|you_will_be|youll_be ~1 exposed|leaked|posted|shamed',
      // teens' own stories told back (the seen halves of the story sets, 12-07 noon): "he says i have to send him stuff too or
      // he shows everybody" (send or pay, then the showing to everyone, nothing named), "now they say everyone else is next
      // unless i pay 200" (after a picture sent to one friend)
      'send+|pay+ ~6 or|otherwise|or_else|else @i @will? show+|send+|post+|share+|leak+ it|them|this? to? everybody|every1|everyone_you_know|everybody_you_know|the_whole_school',
      'everyone|everybody|every1|the_rest|all_the_rest ~1 else? ~1 is|are|s|re|will_be|gets|get ~1 next ~4 unless|if_you_dont|if_u_dont|or|otherwise @you? pay+|send+|transfer+|@money|#',
      '@your ~2 @audience ~1 is|are|s|re|will_be|gets|get ~1 next ~4 unless|if_you_dont|if_u_dont|or|otherwise @you? pay+|send+|transfer+|@money|#',
      // the eighth stories' seen halves (12-07 noon): "now they say everyone else gets it tomorrow if i dont pay" (after the
      // picture sent to a cousin), "he'll show my church youth group unless i pay" (the reader's people shown, nothing named),
      // "now they want 10000 robux or they will show everyone"
      'everyone|everybody|every1|the_rest ~1 else ~1 gets|get|will_get|sees|see|will_see|is_getting ~1 it|them|this|one ~3 unless|if_you_dont|if_u_dont|or|otherwise @you? pay+|send+|transfer+|@money|#',
      '@i @will? show+|send+|forward+ @your ~2 @audience ~3 unless|if_you_dont|if_u_dont|or|otherwise @you? pay+|send+|transfer+|@money|#',
      'want+|need+ ~2 # ~1 @money|robux|vbucks|v_bucks|@currency ~1 or|otherwise|or_else @i @will? show+|send+|post+|leak+|share+ everyone|everybody|every1',
      // the next stories (the seventh set's seen halves, 12-07 noon): "now asking 5k on upi or will send to my whole family
      // group" (no subject, Indian English), "hes saying hell put them on a website unless she comes back to him"
      'asking|asks|want+|demand+|pay ~4 or|otherwise|else will|wil|gonna|going_to send|post|leak|share|upload|forward ~1 to ~1 @your ~1 whole|entire|all? ~1 @audience',
      '@i @will? put @your? it|them|@media on|up_on|onto a|every|some|porn website|site|websites|sites|porn_site|porn_sites ~4 unless|if_you_dont|if_u_dont|or|otherwise',
      // "he'll put the videos we made on a website unless I send him money"; "someone i trusted … says i have to do what
      // they say or theyll show people" (teens' own stories, the ninth stories)
      '@i @will? put the|those|these @media we_made|we_took|we_filmed|you_made|you_sent|u_sent|you_took|u_made on|up_on|onto a|every|some|porn website|site|websites|sites|porn_site|porn_sites ~4 unless|if_you_dont|if_u_dont|or|otherwise',
      'do ~1 what ~1 @i|he|she|they say+|tell+|want+ ~2 or|otherwise|else @i @will? show+|send+|post+|leak+|share+ it|them? people|everyone|everybody|every1',
    ] },
    { id: 'act.expose', stage: 'threat', weight: 1, why: 'threatens to send or post pictures or a video to people they know', phrases: [
      // "You pay or everybody sees" (a quotation of the fresh set of 12-07, seen half): paying, or the exposure to everyone
      'pay+ up|now|today|rn? or|otherwise everyone|everybody|the_whole_world|all_of_them|they_all|every1 sees|see|will_see|gets_to_see|get_to_see|has_it|gets_it|will_have_it',
      // "cash or the pics go out", "pay today or tomorrow everyone has it" (tried as a user, 12-07)
      'pay+|cash|money|bitcoin|btc|payment up|now|today|rn? or|otherwise the|your|ur ~1 pics|nudes|video|vid|videos|photos|clip|recording go|goes out|public|online|viral|everywhere|live',
      'pay+ up|now|today|rn? or|otherwise tomorrow|tonight|tmrw|by_tonight|by_tomorrow everyone|everybody|every1 has|sees|gets|will_have|will_see|will_get it|them|everything',
      // a set written after the round's rules (12-06 evening): "im giving u 20 min. after that ur pics go out"
      'after_that|by_then|past_that|after_the_deadline ~1 @your ~1 @media ~1 go|goes|get|gets|are|will_be|will_go ~1 out|public|live|everywhere|viral',
      // verbless, as spam and hurried chat write it: "24h or video to contacts", "pay now or pics to ur family" (a set
      // written after the rules, 12-06 night)
      'or|otherwise|else @your? @media to|2 @your|all|every|all_your ~2 @audience', 'or|otherwise|else @your? @media to|2 contacts|contact_list|followers|everyone|everybody',
      // "ur whole family will see ur dick" (12-06 evening, tried as a user)
      '@your ~1 whole|entire|all? ~1 @audience ~1 @will ~1 see|get_to_see|be_seeing ~1 @your ~1 dick|cock|penis|boobs|tits|nudes|naked_body|privates|junk',
      // the mass mail's material with a clause before its verb (12-06 evening, tried as a user): "the recording made with your
      // device camera on 14 March will be shared with your contact list if payment is not received"
      '@media ~8 will|shall ~1 be ~1 shared|sent|forwarded|distributed|published|released|leaked|posted ~1 with|to|among ~2 @your ~2 @audience ~3 if|unless ~3 payment|money|transfer|pay|paid|bitcoin|btc|funds|@currency',
      // 12-06 morning round: pidgin "i go post am for your school page" (I will post it), and (night) "i dey send am to ur mom
      // now" (I am sending it); "ill dm it to every girl in ur year"
      'i|we ~1 go|dey|don ~1 @expose ~1 am|dem ~3 for|to|on|give ~2 @your|everybody|everyone|all',
      // single lines of a chat (the second lines, seen half, 12-07 afternoon): "send the money quick quick before I post am
      // for everybody" (Nigerian Pidgin), "i'm already in your cousin's dms, one button away", "made a fake account with ur
      // name and pics, ready to go live"
      'before ~1 @i ~1 @expose ~1 am|dem ~2 for|to|give|on ~1 everybody|everyone|all|@your',
      '@i ~1 am|m? ~1 already|right? ~1 in ~1 @your ~2 @audience ~1 dms|dm|inbox|messages|chat ~3 one ~1 button|click|tap|message ~1 away',
      'fake ~1 account|profile|page ~2 with ~1 @your ~1 name ~2 pics|photos|pictures|face|nudes ~3 ready ~1 to ~1 go_live|go_up|post|launch|publish',
      '@expose ~2 it|them|this|@media ~2 to ~1 every|all_the ~1 girl|girls|boy|boys|guy|guys|person|kid|kids|student|students ~1 in|at|from ~1 @your ~1 year|class|school|grade|form',
      // dev-quoted chat-23 (12-04, odd lines): "should I show your dad what you sent me last night?", "want me to send ur
      // mom the vids?"; "after that I upload everything and tag your parents"
      'should|shall|want_me_to|wanna_see_me|do_you_want_me_to ~1 i|we? ~1 @expose ~1 @your ~2 @audience ~2 what_you_sent|what_u_sent|what_you_did|what_u_did|the_vid|the_vids|the_video|the_pics|@media',
      'should|shall|want_me_to|do_you_want_me_to ~1 i|we? ~1 @expose ~1 what_you_sent|what_u_sent|the_vid|the_vids|the_video|the_pics|@media ~2 to ~1 @your ~2 @audience',
      // "i'll release it on tiktok and tag your school" (12-06 evening, tried as a user)
      '@i @will? ~1 upload+|post+|leak+|release+|publish+|share+|drop+|spread+|put_up|put_out ~2 everything|it|them|it_all|this|these ~2 and ~1 tag+ ~1 @your ~2 @audience',
      // an impersonating account for the pictures: "I will make a fake account with your pics and follow all your friends",
      // "your pics are going on a fake account tonight" (a friend's "someone made a fake account with your pics" has no @i)
      '@i @will? ~2 make|create|making|creating|set_up|setting_up|open|opening|made|created|start|starting ~1 a ~1 fake ~1 account|page|profile|insta|ig ~2 with|using|of|for ~1 @your ~1 @media|name|face',
      '@your ~1 @media ~2 going|go|goes|will_go|are_going|gonna_go ~1 on|up_on|onto ~1 a ~1 fake ~1 account|page|profile',
      // "ngl u should of just paid. now everyone gets them" (tried as a user, 12-05 evening)
      '@you ~1 should ~1 have|of|ve|hav ~1 just? ~1 paid|listened|sent_it|sent_the_money|done_what_i_said ~4 now ~1 everyone|everybody|every1|@your ~2 @audience ~1 gets|get|sees|see|will_see|will_get|getting|seeing|is_getting|is_seeing',
      // "I will expose you to everyone you know", "im about to expose you to your whole family"
      '@i @will? ~1 expose+ ~1 @you ~1 to ~1 everyone|everybody|every1 you|u know',
      // "you'll be known as the girl from that video", "your sister is gonna love these pics when i send them to her",
      // "Everyone at your university is going to know what you did on camera"
      '@youre|youll|you_will|u_will|ull ~1 be ~1 known ~1 as ~1 the ~1 girl|guy|boy|kid|one|dude|chick ~1 from|in ~1 that|the|this ~1 @media',
      '@your ~2 @audience ~3 love ~1 these|this|those|the ~1 @media ~2 when|once|after ~1 @i @will? @expose',
      // "after that everyone sees what u did on call" (tried as a user, 12-05): the present tense, and the call by its app
      'everyone|everybody ~4 going_to|gonna|@will? ~1 know|see|sees|find_out|finds_out ~1 what ~1 you|u ~1 did|do|were_doing ~2 on_camera|on_cam|on_video|on_the_call|on_call|on_facetime|on_ft|on_vc|on_skype|on_webcam|in_front_of_the_camera',
      // 12-03 pm, the mass mail's plain threat with the audience as the subject: "All your contacts, including your
      // family and colleagues, will receive the recording", "Everyone you know will receive the recording", "Your wife
      // will get a copy of the video", "Your partner will be the first to receive the footage"
      'all|every ~1 @your ~2 @audience ~1 including ~5 @will ~1 be? ~1 see+|seeing|get+|getting|receive+|receiving ~2 @object|@media',
      // (the pictures named by a pronoun come right after the verb: "everyone you know will see you in that dress lol" is a mum)
      'everyone|everybody ~1 you ~1 know|love|care_about|work_with ~1 @will ~1 be? ~1 see+|seeing|get+|getting|receive+|receiving|watch+ ~1 @object',
      'everyone|everybody ~1 you ~1 know|love|care_about|work_with ~1 @will ~1 be? ~1 see+|seeing|get+|getting|receive+|receiving|watch+ ~2 @media',
      // tried as a user (12-05 evening): "everyone you know will see you naked. last chance"
      'everyone|everybody ~1 you|u ~1 know|love|care_about ~1 @will ~1 see|be_seeing|get_to_see|watch ~1 @you ~1 naked|nude|undressed|topless',
      '@your ~3 @audience ~2 @will ~1 be? ~1 getting|receiving|get|receive ~1 a|the? ~1 copy|copies ~1 of ~1 the|this|that|your|my? recording|recordings|footage|video|videos|clip|clips|tape',
      '@your ~3 @audience ~2 @will ~1 be ~1 the ~1 first ~1 to ~1 see|get|receive|watch ~2 @object|@media',
      // "Do you want your wife to see what you do when you are alone?", "Would you like your children to find out what
      // kind of person their father really is?"
      `${WANT_THEM_TO} ~1 see|know|find_out|learn|watch ~1 what ~1 you|u ~1 do|did|were_doing|get_up_to ~2 when|while|alone|online|at_night|in_private|behind_closed_doors`,
      `${WANT_THEM_TO} ~1 see|know|find_out|learn ~1 what ~1 kind|sort ~1 of ~1 person|man|woman|father|husband|mother|wife|pervert ~2 you|u|their|his|her ~1 really? ~1 are|is|father|dad|mother|mum|mom|husband|wife`,
      // "Everyone will see what you do behind closed doors"
      'everyone|everybody|the_whole_world|the_world|all_of_them ~1 @will ~1 see|know|find_out|learn ~1 what ~1 you|u ~1 do|did|were_doing|get_up_to ~2 behind_closed_doors|in_private|in_your_room|in_front_of_the_screen|in_front_of_your_screen|in_front_of_your_computer|when_nobody_is_watching|when_no_one_is_watching|when_you_are_alone|when_youre_alone',
      // dev-quoted mail-16 (first half, 12-03 pm): "I will upload the video to porn sites with your name", "Your dirty secret
      // will soon be known by everyone you know", "Everyone you know will finally see the real you", "every one of them
      // will get a link to the video", "After that, the footage will be shared"
      '@i @will? ~2 @expose ~1 the|your|this|that|these|those|all|every|my? ~2 @media ~4 porn|pornhub|xvideos|xhamster|porn_site|porn_sites|porn_websites|adult_site|adult_sites|adult_websites',
      '@your ~1 dirty|little|darkest|sneaky|filthy ~1 secret|secrets ~4 known|revealed|exposed ~1 to|by ~2 everyone|everybody|all|@public|@your',
      'everyone|everybody ~1 you|u ~1 know|love ~1 @will ~1 finally|soon? ~1 see|know|find_out|learn ~1 the ~1 real|true ~1 you|u',
      'every_one|each_one|everyone|all|each|every_single_one ~1 of ~1 them ~1 @will ~1 get|receive ~1 a|the ~1 link|copy ~1 to|of ~1 the|this|your|that ~1 @media',
      'after_that|afterwards|after_this|otherwise ~2 the|your|this|that ~1 footage|recording|recordings|tape|clip ~1 will ~1 be ~1 shared|sent|published|posted|released|leaked|distributed|uploaded|made_public|sent_out',
      // 12-03: "i will post ur nudes", "dont make me send ur nudes" (a publishing of intimate pictures needs no audience)
      `@i @will? post+|share+|send+|upload+|drop+|spread+|leak+|expose+ ~1 @your ~1 ${NUDES}`,
      `make ~1 me ~1 post|share|send|upload|drop|spread|leak|expose ~1 @your ~1 ${NUDES}`,
      // dev mail-9, chat-12 (12-03): the material as the subject under a condition, "If nothing arrives, your files go
      // public on Monday", "the moment I see any attempt, I release everything", "or the recordings ... will be handed to
      // your employer", "if u block me its posted automatically", "if u go to the police its posted before they call u back",
      // "pay or its out", "use it before 11 or the link goes out"
      'if|unless|otherwise|or ~8 @your ~1 @media|files|recordings ~2 go|goes|will_go|will_be|gets|get|are|is ~1 public|leaked',
      '@defy ~12 @media ~2 will_be|is|are|gets ~1 sent|sent_out|released|leaked|distributed|published ~1 immediately|instantly|automatically|at_once|right_away',
      'the_moment|as_soon_as|the_second|if ~1 i|we ~1 see|notice|detect|spot ~4 @i @will? ~1 release|publish|leak ~1 everything|it_all|all_of_it',
      'or|otherwise|unless|failure|failing ~8 recordings|recording|footage|material|compromising_material|your_video|your_videos|your_pics|your_photos|your_nudes ~6 will_be|be|get|gets|being ~1 handed|sent|forwarded|passed|published|released ~1 to|over_to|in ~2 @your ~2 @audience',
      '@defy ~6 its|it_s|it_is|theyre|they_re|they_are|everything|@media ~1 @will? ~1 posted|sent|leaked|uploaded|out|public|online|up ~1 automatically|immediately|instantly|right_away|straight_away|before',
      'pay+|money|cash|ransom|@currency ~3 or|otherwise|else ~1 its|it_is|it_s|theyre|they_re|they_are|everything_is ~1 posted|public|online|everywhere|leaked|going_out',
      'pay+|money|cash|ransom|@currency ~3 or|otherwise|else ~1 its|it_is|it_s|theyre|they_re|they_are|everything_is ~1 in|on ~3 @audience|@public|chat|server',
      'my ~1 boss|team|partner|guys|people|friend|associate ~1 @will ~1 @expose ~1 it|them|everything|@media ~6 unless|if_no|if_you_dont|if_u_dont ~3 payment|money|transfer|pay|paid|@money',
      'my ~1 boss|team|partner|guys|people|friend|associate ~1 @will ~1 @expose ~1 it|them|everything|@media ~6 if ~1 the ~1 payment|money|transfer ~1 is_not|isnt|has_not|hasnt|does_not|doesnt|wont|will_not',
      'or|otherwise|else|if_not ~1 the|your ~1 @media|link|file|files|folder ~1 goes|go|gets|will_go ~1 public|online|viral',
      // dev chat-13 (12-03): the material going out or up under a condition or a deadline, "right now or the vid goes up",
      // "do it tonight or ur pics are out", "or ur pics still go out", "second half or everything goes out", "10 mins.
      // thats all u got before ur pics go out"
      'or|otherwise|else|if_not|or_else ~1 your|ur ~1 @media ~1 goes|go|are|is|still_go|still_goes|will_go|gets|get ~1 up|out|online|live',
      'or|otherwise|else|if_not|or_else ~1 everything|it_all|all_of_it ~1 goes|go|is|will_go ~1 out|up|public|online',
      UNPAID_THEN_GOES,
      // dev chat-14 (12-03 pm), offenders' lines as news quote them: "If you break up with me, everyone gets the video",
      // "do what I tell you, or everyone sees", "Reply in 5 minutes or it's out there"
      'if ~1 you|u ~1 break_up|leave|dump|block|report|ignore ~4 everyone|everybody|@your ~2 @audience? ~1 gets|get|sees|see|will_see|will_get ~2 the|your|my? ~1 @media',
      'or|otherwise|or_else ~1 everyone|everybody ~1 sees|see|will_see|gets|get ~1 it|this|them|everything|what_you_did|what_u_did|what_you_sent|what_u_sent',
      'or|otherwise|or_else ~1 its|it_s|it_is|theyre|they_re ~1 out_there|posted|leaked|everywhere',
      // dev mail-10 (12-03 pm): "If you decide to go to the police, I will immediately release the recordings"
      '@defy|if_you_decide_to_go_to_the_police ~3 @i @will? ~1 immediately|instantly|at_once? ~1 release|publish|leak|send|post ~1 the|your|all ~1 @media',
      'all ~1 you|u ~1 got|have|get ~1 before ~1 your|ur|the ~1 @media ~1 go|goes|are ~1 out|up|public|online',
      // "i will upload you in youtube and facebook if you dont pay", "if you block i will send immediately to everybody"
      '@i @will? ~1 upload+|post+|expose+|leak+ ~1 you|u ~5 if_you_dont|if_u_dont|unless ~1 pay+|send+|comply|cooperate',
      'if ~1 you|u ~1 block|report|ignore ~3 @i @will? ~1 send+|post+|upload+|leak+|expose+ ~3 to ~1 everybody|everyone|all|@audience',
      'unless|or_else|otherwise|if_you_dont|if_u_dont ~6 its|it_s|it_is|theyre|they_re|they_are|everything_is ~1 on|in ~1 a|every|some|all ~1 site|sites|website|websites|porn_site|porn_sites|group_chat|server',
      '@i @will? ~1 @expose ~1 it|them|everything|@media ~6 unless|if_no|if_you_dont|if_u_dont ~3 payment|money|transfer|pay|paid|@money',
      '@i @will? ~1 @expose ~1 it|them|everything|@media ~6 if ~1 the ~1 payment|money|transfer ~1 is_not|isnt|has_not|hasnt|does_not|doesnt|wont|will_not',
      // dev mail-5: "will result in immediate publication", "If I notice that you share this message with someone, the
      // video will be sent out immediately", "My system sends the videos automatically if it does not detect the transfer",
      // "After that I send without any warning", "If the money is not in my wallet by Monday 9 AM, I start with your
      // sister", "or the pictures get printed and mailed to your workplace", "No payment = video to everyone"
      'result|results|lead|leads ~1 in|to ~1 immediate|instant|automatic ~1 publication|release|distribution|sending|posting|exposure',
      '@cond|if ~8 @media ~2 will_be|is|are|gets ~1 sent|sent_out|released|leaked|distributed ~1 immediately|instantly|automatically',
      'sends|send|releases|publishes|posts ~2 @media ~1 automatically ~1 unless',
      'sends|send|releases|publishes|posts ~2 @media ~1 automatically ~1 if ~4 not|no|doesnt|dont|fails|fail',
      'after_that|then|otherwise ~2 @i ~1 send|post|publish|release|leak ~1 it|them|everything? ~1 without ~1 any|further? ~1 warning|notice',
      'if ~1 the ~1 money|payment|bitcoin|transfer ~1 is|has ~1 not ~8 @i ~1 start|begin ~1 with ~1 @your',
      '@cond ~2 @media ~1 get|gets|will_be|are ~1 printed ~3 to|at|on ~1 @your ~2 @audience',
      'no ~1 payment|pay|money|cash ~2 @media ~1 to ~1 everyone|everybody|all|@your',
      // dev chat-8, mail-6 (12-02 pm): the picture as the subject ("if I notice anything suspicious, the video goes
      // out at once", "after that moment the recording is distributed automatically", "If the bitcoins are not in my
      // wallet by then, the recording is sent out and published", "you have 2 days to pay before your video is
      // published"), "One click and every single one of them receives the recording", "The video has been prepared
      // for sending to 237 contacts", "The video will reach all of them", "before they receive the link to your
      // video from me", "your whole discord is about to see ur face", "your pics are about to be everyone's
      // wallpaper", "or it all goes out", "no pics = your dad's inbox", "yes or no. no = posted", "don't and they
      // go to your brother", "or today's ones go to ur whole contact list", "then its on every group chat"
      'if ~8 @media ~1 goes_out|go_out|goes_public|go_public|gets_sent|is_sent|is_sent_out|will_be_sent|will_be_sent_out|gets_leaked|will_be_leaked|will_go_out|will_go_public ~1 at_once|immediately|instantly|automatically|right_away|straight_away',
      'anyone|anybody|someone|police|cops ~2 and ~1 the|your ~1 @media ~1 goes|go ~1 public|out|live|online',
      'after_that|after_that_moment|by_then|past_that|after_the_deadline ~4 @media ~2 is|are|will_be|gets|goes ~1 sent|sent_out|published|released|distributed|leaked|out|public ~1 automatically|immediately|at_once|to_everyone|to_all|everywhere|without_warning',
      'if ~1 the? ~1 money|payment|bitcoin|bitcoins|btc|coins|transfer|funds ~1 is|are|has|have ~1 not ~8 @media ~2 is|are|will_be|gets ~1 sent|sent_out|published|released|distributed|leaked',
      'one|a|single ~1 click|command|button|tap ~1 and ~3 every|all|each ~4 receive+|get+|see+ ~2 the? ~1 @media',
      '@media ~3 prepared|ready|queued|scheduled ~1 for ~1 sending|distribution|publication|release ~2 to ~2 # ~1 contacts|people|recipients|addresses',
      'to ~1 pay ~3 before ~2 @your|the ~1 @media ~1 is|gets|goes ~1 published|leaked|public|online',
      '@media ~1 will ~1 reach ~1 all ~1 of ~1 them',
      // "one message and your whole family is looking at those photos", "i hit send and your boss has the screenshots"
      'one|a|single ~1 click|command|button|tap|message|text ~1 and ~1 @your ~2 @audience ~2 sees|see|gets|get|has|have|is_looking_at|are_looking_at|will_see|will_have ~2 @media|these|those|what_you_sent|what_u_sent',
      '@i ~1 press|hit|click|tap ~1 send ~1 and ~1 @your ~2 @audience ~2 sees|see|gets|get|has|have|is_looking_at|are_looking_at|will_see|will_have ~2 @media|these|those|what_you_sent|what_u_sent',
      'they|he|she|@audience ~1 receive+|get+ ~1 the ~1 link ~1 to ~1 @your ~1 @media ~2 from ~1 me',
      '@your ~4 @audience|@public ~2 is|are|s ~1 about ~1 to ~1 see|get|receive ~3 @media|@object|what_you_sent|what_u_sent|ur_face|your_face',
      '@your ~1 @media ~1 are|is|re ~1 about ~1 to ~1 be ~1 everyones',
      'or|otherwise|else|or_else ~1 it|this|everything|they ~1 all ~1 goes|go ~1 out|public',
      'no ~1 pics|nudes|payment|money|cash|pay ~1 @your ~2 @audience ~1 inbox|dms|phone|email|story|feed',
      'yes ~1 or ~1 no ~2 no ~1 posted|leaked|exposed|public|everyone',
      // a story told as notes ("Demand: $1000 in bitcoin within 24 hours. Threat: send to all followers", the eighth stories,
      // 12-07 noon)
      'threat send|post|share|leak|expose|forward it|them|@media? to all|every? my|your|ur? followers|contacts|friends|family',
      // the reader's pictures being sent now, to the people who follow them ("theres a account sending my pics to people who
      // follow me one by one", a teen's own story told back, 12-07 noon)
      '@i ~1 am|m|keep|started|have_been|been? ~1 sending|posting|leaking|sharing|dming|forwarding|spreading ~1 @your ~1 @media|nude*|@object ~2 to ~1 people|ppl|everyone|everybody ~1 who|that ~1 follow+ ~1 @you',
      '@i ~1 am|m|keep|started|have_been|been? ~1 sending|posting|leaking|sharing|dming|forwarding|spreading ~1 @your ~1 @media|nude*|@object ~2 to ~1 all|every|each ~1 of? ~1 @your ~1 followers|follower|contacts|contact|friends_list|friend_list',
      'dont_and|do_not_and ~1 they|it|@media ~1 go|goes ~1 to ~1 @your ~2 @audience',
      'or|otherwise|else|or_else|if_not ~3 ones|one|@media ~1 go|goes|get_sent|gets_sent ~1 to ~1 @your ~2 @audience|contact_list',
      'then|after_that|otherwise ~1 its|it_is|it_will_be|it_goes ~1 on|in ~1 every|all ~1 group_chat|groupchat|gc',
      // "We have compiled a file of your private activity and will release it unless compensated"
      '@i @will? ~1 release+|publish+|leak+|post+|send+|distribute+ ~1 it|them|everything|this ~2 unless ~1 compensated',
      // dev chat-7: an audience the lexicon has no word for ("or the whole roblox group sees what u sent", "after that the
      // hockey team groupchat gets the video"), "about to press send to 38 of your facebook friends", "Next thing I
      // send wont be to you, it will be to your dad", "the second u go offline i post it", "or they end up in the grade
      // 10 gc", "or the pics go round the changing room", "otherwise the link goes to your whole company directory",
      // "sending to ur aunt first", "ill make sure ur future employers find them", "last warning before i drop it in the
      // neighbourhood facebook group"
      '@cond ~6 gets|sees|receives|watches ~1 the? ~1 whole_thing|whole_video|what_you_sent|what_u_sent|everything_you_sent|everything_u_sent',
      'after_that|afterwards|after_this ~6 gets|sees|receives ~1 the ~1 clip|video|recording|nudes|footage',
      'about ~1 to ~1 press|hit|click ~1 send|post ~1 to|on ~4 @your',
      // "last warning before i post them" (tried as a user, 12-05 night)
      'last|final warning|chance before i|we post|leak|drop|upload|expose|release|send|share it|them|everything|ur|your|these|those',
      'next ~1 thing|one|message|pic ~1 @i ~1 send ~4 to ~1 @your ~2 @audience',
      'the_second|the_moment|as_soon_as ~1 @you ~1 go_offline|log_off|leave|stop_replying|stop_answering|go_quiet ~2 @i ~1 post|send|leak|upload ~1 it|them|everything',
      '@cond ~1 they|it|them|@media ~1 go|goes|end_up|ends_up ~1 on|in ~2 the|your|ur ~3 story|gc|groupchat|group_chat|page|feed',
      // dev early-25 (12-05, first 18): "or ur pic goes in the clan discord n to everyone on ur friends list"
      '@cond ~2 @media ~1 go|goes|end_up|ends_up ~1 on|in ~2 the|your|ur ~2 discord|server',
      '@cond ~2 @media ~1 go|goes|gets_sent|get_sent ~4 to ~1 everyone|everybody|all ~1 on|in ~1 @your ~1 friends_list|friend_list|friendlist|contacts|contact_list|followers',
      '@cond ~1 the|your? ~1 @media ~1 go|goes ~1 round|around ~2 the|your',
      'otherwise|or ~1 the ~1 link|file|folder|drive ~1 goes|gets_sent ~1 to ~1 @your',
      'sending|forwarding ~1 it|them|this? ~1 to ~1 @your ~2 @audience ~1 first',
      '@i @will? ~1 make ~1 sure ~2 @your ~2 @audience ~1 find|see|get ~1 them|it|these|@media',
      'last ~1 warning|chance ~2 before ~1 @i ~1 drop|post|put|share|send|leak ~1 it|them ~1 in|on|to',
      // dev chat-4: "one word from me and its in every group chat in ur town", "I'm making group chat with your cousins
      // now", "First screenshot just went to your neighbour", "til then ur
      // boyfriend gets a sneak peek", "i only showed 1 person so far"
      'one ~1 word|click|text ~2 from ~1 me ~1 and ~1 its|it_is|it_will_be|they_are|theyre ~2 in|on ~1 every|all ~3 group_chat|groupchat|chats|@audience|dm|dms|inbox|inboxes',
      '@i ~1 am|m? ~1 making|creating|starting ~1 a|the? ~1 group_chat|groupchat|gc|group ~1 with ~1 @your ~2 @audience',
      'first|1st ~1 screenshot|pic|one|photo|video|clip ~1 just|already? ~1 went|sent|gone ~1 to ~1 @your ~2 @audience|neighbour|neighbor',
      '@your ~2 @audience ~1 gets|get|getting ~1 a ~1 sneak_peek|preview|sneak_preview|little_preview|first_look',
      '@i ~1 only ~1 showed|sent ~1 1|one|two|2|a_few ~1 person|people ~2 so_far|for_now|yet',
      // dev mail-4: "you have 24 hours before your colleagues receive the clip", "after your wife and your director receive
      // the footage", "one click and they are sent with the video attached", "the video is uploaded automatically to
      // several tube sites", "Failure to pay results in publication of the attached material to your contacts", "the
      // material is sent to your entire address book", "I have already prepared the video to send it to 312 people",
      // "share this information with your relatives together with the recording"
      'before|after ~1 @your ~3 @audience ~1 receive+|get+|see+|watch+ ~2 @object|@media',
      'one|a|single ~1 click ~2 and ~2 they|it|everything|@media ~1 are|is|get|gets ~1 sent|posted|out|published|gone',
      '@media ~2 is|are|will_be|gets|get ~1 uploaded|posted|published|sent|released|leaked|distributed ~1 automatically|immediately|instantly ~1 to|on ~3 sites|tube|tubes|porn|websites|@public|contacts',
      'failure|failing ~1 to ~1 pay|comply ~4 publication|distribution|release|sending|disclosure ~8 to ~2 @your ~2 @audience|contacts',
      '@media|material|file|files ~1 is|are|gets|get ~1 sent|forwarded|delivered|distributed|published|released ~3 to ~3 @your ~2 @audience|contacts',
      '@i ~2 prepared|readied|set_up|queued ~2 @media|@object ~2 to ~1 send|post|upload|forward ~1 it|them? ~1 to ~6 @audience|contacts',
      // quoted passages of mass mails (the second quotations, seen half, 12-07 afternoon): "The video will be uploaded to
      // three adult portals with your full name", "the video is in my cloud and will be released the minute I learn you
      // did it", "Reporting this message will only make me release it faster", "ignore it, then see what your sister
      // receives on Monday"
      '@media ~2 is|are|will_be|gets|get ~1 uploaded|posted|published|released|leaked ~1 to|on|onto ~2 adult|porn|xxx|tube ~1 portals|portal|sites|site|websites|platforms|tubes',
      '@media ~6 will_be|gets|get ~1 released|published|leaked|posted|uploaded ~1 the_minute|the_moment|the_second|as_soon_as|the_instant ~1 i|we ~1 learn|see|find_out|notice|hear|know ~1 you|u|that_you|that_u',
      'report+|block+|ignor+|delet+ ~5 make ~1 me|us ~1 release|post|publish|leak|send|share|upload ~1 it|them|everything|the_video|the_clip ~1 faster|sooner|quicker|earlier|immediately',
      'ignore ~1 it|this|me|this_email|this_message|this_mail ~4 see ~1 what ~1 @your ~2 @audience ~1 receive+|get+|gets',
      '@i ~3 share+|send+|forward+ ~3 with|to ~1 @your ~2 @audience ~4 @media',
      // dev chat-6: "ur cousin marcus is getting the first one in 10 min", "ok first one going to ur brother now",
      // "sending it to ur sisters insta first", "if not the first one goes on ur story", "the video goes to the 67
      // contacts from your WhatsApp", "250 or everybody knows", "if no I start sending", "every d1 coach who
      // follows u gets this", "if not its between us and everyone u know", "do i hit send?"
      '@your ~3 @audience ~2 is|s|are|gonna|will ~1 getting|get|receive|receiving|see|seeing ~1 the ~1 first|next ~1 one|pic|video|clip|photo',
      'first|next ~1 one|pic|video|clip|photo ~1 going|goes|is_going ~1 to ~1 @your ~2 @audience',
      'sending|posting|forwarding|uploading|leaking ~1 it|this|them|everything ~1 to|on ~1 @your ~3 insta|instagram|facebook|snap|story|page|dm|dms|account|inbox ~1 first|now|rn|next',
      '@cond ~2 @object ~2 go+|going ~1 on|up_on ~1 @your ~1 story|feed|page|insta|instagram|profile|timeline|wall',
      '@media ~1 @goes ~4 contacts|followers|friends ~2 from|in|on ~1 @your',
      '@cond @i @will? ~1 start+ ~1 sending|posting|leaking|uploading|sharing|exposing',
      'every|each|all ~3 who ~1 follows|follow ~1 @you ~1 gets|get|will_get|sees|see ~1 this|it|them',
      '@cond ~2 its|it_is|it_will_be ~1 between ~1 us|me|you ~1 and ~1 everyone|everybody|all',
      'do|should|shall ~1 i ~1 hit|press|click ~1 send|post|upload',
      // "we will make sure ur whole city knows what u look like naked"
      '@i @will? ~1 make ~1 sure ~6 knows|know|sees|see|find_out|finds_out ~4 naked|nude|nudes',
      // "... and I have the list of all your contacts. Send $800 or the video goes to all of them"
      '@cond ~2 @media ~1 goes|go|will_go|gets_sent|get_sent|is_sent|are_sent|will_be_sent|lands|land ~1 to ~1 all|each|every_one|everyone|every_single_one ~1 of ~1 them',
      // "removing the virus will trigger the automatic sending of the video to all your contacts"
      'automatic+ ~1 sending|send+|distribution|dispatch ~3 of? ~2 the|your? ~1 @media ~3 to ~2 all? ~1 @your ~1 @audience|contacts',
      // "I can send random piece of the video to your friends"
      '@i ~1 can|could|will|wil|@will ~1 @expose ~4 a|random|some|one ~1 piece|part|parts|fragment|fragments|snippet|snippets|excerpt ~2 of ~1 the|this|that|your ~1 @media',
      '@i @will? ~2 @expose ~3 @media ~6 @your ~2 @audience',
      // "someone you met on instagram will send intimate photos to your parents unless you pay" (a story told back, 12-07)
      '@i ~4 @will @expose ~3 @media ~4 @your ~2 @audience ~3 @condafter',
      '@i @will? ~2 @expose @your|these|those|this|that|all|every ~2 @media ~4 @public',
      '@i @will? ~2 @expose ~3 @media ~1 of @you ~4 @public',
      '@i @will? ~2 @expose @your ~2 @audience ~3 @media',
      '@i @will? ~2 @expose ~3 @object ~4 @your|@public ~2 @audience? ~3 @condafter',
      // "put" with the pictures before the place: "hes saying hell put them on twitter and tag my college unless i send
      // more" (a fresh story, 12-07 evening), told back as "ill put them on twitter and tag your college unless you send more"
      '@i @will? ~2 put+ ~2 @object ~1 on|onto|all_over|up_on ~1 @your|@public ~5 @condafter',
      '@object ~2 @goes ~4 @public ~3 @condafter',
      // "it'll go to the whole year group unless you send £50" (a story told back, 12-07)
      '@object ~2 @goes ~4 the ~1 whole|entire ~2 @audience ~3 @condafter',
      '@cond @i? @will? ~2 @expose ~3 @object ~4 @your|@public ~2 @audience?',
      '@cond @object ~2 @goes ~4 @your|@public ~2 @audience?',
      // "... or your whole class sees it", "otherwise everyone at your school gets what you sent me"
      '@cond ~1 @everyonein? @your ~2 @audience ~1 @will? see+|get+|receive+|watch+|find_out|hear_about ~2 @object|what|about|everything|@media',
      '@media ~3 @goes ~4 @your ~2 @audience',
      // "everyone at your work sees this recording unless we get paid"
      '@your ~2 @audience ~1 @will? see+|get+|receive+|watch+ ~2 @object|@media ~4 @condafter',
      'everyone|everybody|all ~2 @your ~2 @audience ~1 @will? see+|get+|receive+|watch+ ~2 @object|@media ~4 @condafter',
      // "give me your account or I'm posting the nudes you sent", "or I start tagging your friends"
      '@cond @i @will? ~2 @expose ~2 @your|the|those|these|all|every ~1 @media',
      '@cond @i @will? ~1 start|begin? ~1 @expose ~2 @your ~2 @audience',
      // "send 100 or i drop it in the team group chat"
      '@cond @i @will? ~2 @expose ~3 @object ~3 in|into|on|to ~1 the|our|my ~2 group_chat|groupchat|gc|chat|group|server|discord',
      // "send it or your video is on Pornhub by midnight"
      '@cond ~1 @your ~1 @media ~1 is|are|will_be|goes|go|gets|get ~1 on|up_on|all_over ~1 @public|@shame',
      // "or the whole school sees it", "or everyone sees it", "or this is on every porn site by morning"
      '@cond ~1 the|your? ~1 whole|entire ~1 @audience|school|class|team|family ~1 @will? see+|get+|receive+|watch+|find_out|hear_about ~2 @object|what|about|everything|@media',
      '@cond ~1 @public ~3 @will? see+|get+|receive+|watch+ ~2 @object|@media|what|how',
      // "next one goes to your mum unless u pay", "if I see you online without paying, the video goes up"
      '@object ~2 @goes ~4 @your ~2 @audience ~3 @condafter',
      // the audience as the subject: "or ur coach and ur whole team get to see what u sent", "if
      // nothing by tomorrow your employer receives the file", "she's getting the recording tonight
      // unless that $100 shows up", "or your university gets an email"
      '@cond ~3 @your|the ~3 @audience ~6 get|gets|getting|see+|seeing|receive+|watch+ ~1 to? ~1 see? ~2 @object|what|@media|file|files|email|link|surprise|copy|preview',
      '@your ~3 @audience ~4 get+|getting|see+|seeing|receive+|watch+ ~1 to? ~1 see? ~2 @media|file|files|link|copy ~5 @condafter|if_i_dont_get|if_i_dont_see',
      '@cond ~2 every|each|all ~2 person|people|one|single|contact|friend|follower|followers|contacts|friends|member|members ~4 get+|see+|receive+ ~2 @object|the_file|the_link|what',
      // "pay or i post", "send 2 more or i start sending", "you don't, we post", "u block me = instant post"
      'pay+|send+|transfer+|venmo|cashapp|paypal|@money ~4 or|otherwise|else @i @will? ~1 start+? ~1 post+|send+|sent|leak+|upload+|share+|expose+|blast+|release+|drop+|forward+|spread+|publish+|hit_send',
      '@you ~1 dont|do_not|wont|refuse|no|not ~1 pay? ~2 @i @will? ~1 @expose|blast+|release+',
      // "cashapp me $200 now or its going out", "send the bitcoin or they all see it"
      'pay+|send+|transfer+|venmo|cashapp|zelle|paypal|@money ~5 or|otherwise|else ~1 it|its|this|they|theyre|@media ~1 is|s|are|will? ~1 going_out|goes_out|gets_out|goes_up|going_up|going_live|goes_live|go_live|going_public|goes_public|go_public|going_viral|goes_viral|go_viral|going_online|goes_online|go_online|going_everywhere|goes_everywhere|go_everywhere',
      '@cond ~1 they|them ~1 all ~1 @will? see+|get+|watch+|receive+ ~1 it|this|them|everything|@media',
      // "if u block me i send it to all of them instantly"
      '@cond ~4 @i @will? ~1 @expose ~2 @object ~2 to ~1 all|everyone|everybody|every|each ~2 of? ~1 them|one|contact|follower|friend|person',
      // "I can also leak your private chats and search history if you decide to be stubborn"
      '@i ~1 @will|can|could? ~1 also|then? ~1 leak+|expose+|publish+|release+|send+|forward+ ~1 @your ~3 chats|messages|history|secrets|dms|conversations|browsing ~6 if|unless|@condafter',
      // "If you dont pay i will make you famous"
      '@cond ~4 @i @will? ~1 make ~1 @you ~1 famous|viral|trending|a_star|a_meme',
      // "i'll tag ur school in it"
      '@i @will? ~1 tag ~1 @your ~2 @audience ~1 in ~1 it|this|them|that|the_post|the_video|@media',
      '@you ~1 block+|report+|ignore+ ~2 me? ~2 instant|immediate ~1 post|upload|leak|send',
      // "ignore me one more time and i hit send on all 600 of ur followers", "i release part 1"
      '@refuse|one_more_time_and|again_and ~3 @i @will? ~1 hit ~1 send|post|upload|publish',
      '@cond ~2 @i @will? ~1 release+|drop+|post+|leak+ ~1 part|episode|chapter|video|vol ~1 #|one|1',
      // "if u go quiet i start with ur cousins", "she'll see it anyway if i don't get paid", "she's
      // getting the recording tonight unless that $100 shows up", "every one of them gets the file if
      // you leave this chat", "what they'll get if u dont pay", "no money = ur pics get exposed"
      '@cond ~4 @i @will? ~1 start+ ~1 with ~1 @your ~1 @audience',
      'he|she|they|@audience ~1 @will|ll ~1 see|get ~1 it|this|them|everything ~1 anyway? ~2 if|unless ~2 i ~1 dont|do_not ~1 get ~1 paid|the_money|my_money',
      // "30 min left before ur pics land in every dm u have"
      'before ~1 @your ~1 @media|@object ~1 land+|hit+|go+|appear+|show_up ~2 in|on|to? ~1 every|all|each|@your ~2 @audience|dm|dms|inbox|inboxes|chat|chats',
      // "hope ur ready for every single person in ur contacts to see", "otherwise ur insta story is about to get interesting"
      'hope ~1 @youre ~1 ready ~1 for ~1 every|all|everyone|everybody|every_single ~3 contacts|followers|friends|person|people|one|follower|contact ~3 to ~1 see|find_out|know|watch',
      '@cond ~2 @your ~2 story|insta|feed|page|profile|timeline|wall ~2 is|s ~1 about ~1 to ~1 get|become ~1 interesting|spicy|busy|exciting|famous|popular',
      // "she'll", "they'll" fold to one word
      'hel|shel|theyl ~1 see|get ~1 it|this|them|everything ~1 anyway? ~2 if|unless ~2 i ~1 dont|do_not ~1 get ~1 paid|the_money|my_money',
      'he|she|they|@audience ~1 is|are|s|re ~1 getting|receiving|seeing ~2 @media|file|link ~4 @condafter',
      'hes|shes|theyre ~1 getting|receiving|seeing ~2 @media|file|link ~4 @condafter',
      'every|each ~1 one|person|single ~3 gets|get|will_get|receive+ ~2 @media|file|link ~4 @condafter|if_you',
      'what ~1 they|theyll|everyone|everybody|@audience ~1 will|ll? ~1 get|see|receive ~3 if|unless ~1 @you ~1 dont|do_not ~1 pay',
      'no ~1 money|cash|payment|pay ~3 @your? ~1 @media|@object ~1 get|gets|will_get|are|r|will_be ~1 exposed|leaked|posted|shared|sent|out|public',
      // "its going on every site i know", "its posting at 9pm ... unless u sort it out"
      '@object ~2 going|goes|go|will_go ~1 on|to|up_on ~1 every|all ~1 site|sites|website|websites|platform|platforms|porn_site|porn_sites',
      '@object ~1 posting|goes_live|going_live|going_up|uploads|uploading ~10 @condafter',
      // "i'll make an account with ur name and post everything there", "or i make a fan page with ur old ones"
      '@i @will? ~1 make|create|open ~1 a|an ~1 account|page|profile|fan_page|fanpage ~3 @your ~1 name|@media|old_ones ~4 and? ~1 post+|upload+|share+',
      '@cond @i @will? ~1 make|create|open ~1 a|an ~1 account|page|profile|fan_page|fanpage ~2 with|of|for|using ~1 @your ~1 @media|old_ones|name',
      // "already sent it to one of ur friends as a preview", "the second u block, every person u follow gets the clip"
      '@i ~1 already? ~1 sent|showed|posted|dropped ~3 one|some|two|a_few ~1 of ~1 @your ~1 @audience ~3 as ~1 a ~1 preview|taste|warning|sample|teaser',
      // "already sent one piece to ur friend", "i already sent one to ur bestie as a test"
      'already ~1 sent|showed|posted|dropped|forwarded|leaked ~2 one|a|the_first|some ~1 piece|part|snippet|bit ~3 to ~1 @your ~2 @audience',
      'already ~1 sent|showed|posted|dropped|forwarded|leaked ~1 one|some|it ~1 to ~1 @your ~2 @audience ~2 as ~1 a ~1 test|preview|warning|sample|teaser|taste',
      'the_second|the_moment|as_soon_as|once ~1 @you ~1 block+|report+|ignore+|leave+|tell+ ~4 every|each|all ~3 get+|see+|receive+ ~2 @object|the_clip|the_file|@media',
      // "don't pay and everyone sees", "after that your whole office sees what you did on camera"
      '@refuse ~1 everyone|everybody|all_of_them ~1 @will? see+|sees|know+|find_out',
      'after_that|afterwards|after_tomorrow|after_tonight|after_midnight ~3 @your ~2 @audience ~1 sees|see|will_see|gets|get|will_get|finds_out',
      // "if you report me the video goes live automatically", "You block me, I send", "if you leave this chat I share the video in your town's group"
      'if @you ~1 block+|report+|ignore+|leave+|tell+ ~3 @object ~1 goes_live|go_live|goes_public|goes_up|gets_posted|gets_sent|goes_out',
      'if @you ~1 block+|report+|ignore+|leave+|tell+ ~3 @i @will? ~1 @expose ~3 @object ~3 in|on|to|into ~2 @your',
      // "every minute you don't answer i add another person", "each hour you don't pay, someone new gets it"
      'every|each ~1 minute|hour|day ~1 @you ~1 dont|do_not|wont ~1 pay|answer|reply|respond ~4 add|send|post|gets|sees|goes',
      // "Sending to your mother in 10...", "uploading to your company's Facebook page: 12%", "I'm pressing send at 9pm"
      'uploading|posting ~1 to|on ~1 xvideos|pornhub|xhamster|onlyfans|porn_site|porn_sites|the_internet',
      '@i ~1 am|m ~1 pressing|hitting|clicking ~1 send|post|upload',
      // "It goes public unless you pay", "pay me or they go in the class group chat", "otherwise i post the others"
      '@object ~1 goes|go|will_go ~1 public|viral|live|online ~2 @condafter',
      '@cond ~1 @object ~2 @goes ~3 group_chat|groupchat|gc|group|the_chat|story',
      '@cond @i @will? ~2 @expose ~2 the ~1 others|rest|other_ones|old_ones|first_one',
      'skip|miss|ignore+ ~3 and ~1 its|it|this ~1 is? ~1 online|public|posted|everywhere',
      'after ~1 tomorrow|today|tonight|midnight|friday|that ~2 it|this|everything ~1 becomes|goes|will_be|will_go ~1 public|online|viral',
      // "The compilation will be distributed to the 312 contacts", "copies will be dispatched to your employer"
      '@media|material|file|files ~2 will|would|shall ~1 be ~1 distributed|dispatched|sent|forwarded|delivered|mailed|shared|published|released|posted|uploaded|leaked ~3 to|on ~3 @your ~2 @audience|contacts|linkedin|instagram|facebook|tiktok|snapchat|twitter',
      '@media|material|file|files ~2 will|would|shall ~1 be ~1 distributed|dispatched|sent|forwarded|delivered|mailed|shared|published|released ~3 to ~1 the|all|every ~1 # ~1 contacts|people|friends|followers',
      // "even if you get me banned the others will post it", "you have until lunch. after that it's on your story"
      'even ~1 if ~1 @you ~3 banned|blocked|reported|arrested ~3 others|rest|friends|they ~1 will|ll ~1 post|send|leak|share',
      'after_that|then|otherwise ~1 its|it_is|it_will_be|it_goes ~1 on|in ~1 @your ~1 story|page|feed|insta|profile|timeline',
      // "Pay or I call them and describe exactly what's in this video"
      '@cond @i @will? ~1 call|text|message|email|tell ~1 them|@your ~3 and ~1 describe|tell|show|send',
      // short chat forms: "pay or coach sees it", "ur mom gonna love it unless u pay", "already in ur
      // aunty's inbox", "sent to 1 of ur followers already", "First screenshot just went to your
      // neighbour", "$200 keeps it out of her inbox", "or do i start with the family whatsapp",
      // "dropping it in the neighborhood group chat in 20 unless u answer", "otherwise YouTube upload",
      // "til then ur boyfriend gets a sneak peek", "your private material will be released at 23:59
      // unless payment is received", "or the first one's out"
      '@cond ~1 @audience ~1 sees|see|gets|will_see|finna_see|gonna_see ~1 it|this|them|that|everything|@media',
      '@your ~2 @audience ~1 gonna|going_to|will|finna ~1 love|like|enjoy|see ~1 it|this|these|that ~3 @condafter',
      'sent|showed ~1 it? ~1 to ~1 #|one ~1 of ~1 @your ~1 @audience',
      '@media|first_one|one ~2 just|already ~1 went|got_sent ~1 to ~2 @your ~1 @audience',
      '#|@currency ~2 keeps ~1 it|this|them ~1 out_of|off ~1 her|his|their|@your ~1 inbox|dms|feed|story|page',
      'or ~1 do ~1 i ~1 start ~1 with|sending|posting|leaking',
      'dropping|posting|sending|leaking ~1 it|this|them ~1 in|on|to ~2 the|your ~3 @audience|group_chat|gc ~4 @condafter|unless',
      'otherwise|or|else ~2 youtube|facebook|instagram|insta|tiktok|twitter|whatsapp|fb ~1 upload|post|posting|uploading',
      '@media|material|file|files ~2 will|shall ~1 be ~1 released|published|posted|leaked|sent|shared|distributed ~6 unless|if_not|if_payment|if_you_dont',
      '@cond ~2 first|last|old|other ~1 one|ones ~2 out|posted|up|online|public|leaked',
      '@you ~1 tell ~1 them|anyone|anybody ~1 @i ~1 tell|send|show|post ~1 everyone|everybody|them_all',
      'lo|la ~1 publico|subo|mando ~1 o ~1 pagas|me_pagas',
      // e-mails: "or the material is published", "it only takes one click to send it to every contact",
      // "The video is ready to be sent to all your contacts", "your file being transmitted to the press"
      '@cond ~2 the|your ~1 material|@media|file|files ~1 is|gets|will_be ~1 published|released|leaked|sent|posted|distributed',
      'one|a|single ~1 click ~3 to ~1 send|share|forward|post ~2 it|this|them|@media ~3 to ~1 every|all|each ~1 contact|contacts|friend|@audience',
      '@media ~6 ready|prepared ~1 to ~1 be ~1 sent|posted|published|shared|released|distributed|uploaded|leaked ~3 to|on ~3 @your|all|every|several|many',
      // "I am ready to send the video to 1,284 people from your contact list"
      '@i ~1 am|m|are|re ~1 ready|prepared|all_set ~1 to ~1 @expose ~3 @media|@object ~2 to ~6 @audience|contacts|contact_list',
      // "I have already prepared an e-mail to everyone in your contacts with the video attached"
      'prepared|drafted|composed|written|wrote|queued ~3 email|mail|message|messages|emails ~8 with ~2 @media ~1 attached|included',
      'email|mail|message|messages|emails ~6 is|are|has_been|have_been ~1 prepared|drafted|composed|written|queued|ready ~3 with ~2 @media ~1 attached|included',
      '@your ~1 file|case|dossier|record ~3 transmitted|sent|forwarded|passed ~1 to ~1 the ~1 press|media|newspapers',
      // "or the whole grade has it by lunch", "they all get a link to your vid", "back out now and round
      // one goes to your mom", "failing this, the test shots will be released", "or i release them"
      '@cond ~3 @your|the ~3 @audience ~2 has|have|will_have ~1 it|them|this|@media',
      '@cond ~1 they|he|she ~1 all? ~1 get|gets|see|sees|receive ~2 a|the ~1 link|copy ~2 to|of ~1 @your ~1 @media',
      '@refuse ~3 goes|go|gets_sent|get_sent ~1 to ~1 @your ~1 @audience',
      '@cond ~3 @media|@object ~4 will ~1 be ~1 released|published|posted|leaked|sent|shared|distributed|forwarded',
      '@cond @i @will? ~1 release+|leak+ ~1 them|it|everything|all',
      'money|pay|cash|payment ~1 or ~1 exposure|expose|posting|leak|leaks',
      // "20 min left before your little video meets your family", "your video is on 30 sites"
      '@media ~1 meets|hits|reaches ~1 @your ~1 @audience',
      '@your ~1 @media ~1 is|are|will_be ~1 on|up_on ~1 # ~1 sites|websites|pages|servers|groups',
      // "After this I send to your father, your uncle, your coach", "your youth group is next on my list unless i hear from you"
      'after_this|after_that|then ~2 @i @will? ~1 send|post|forward|show ~1 to|it_to|them_to ~1 @your ~1 @audience',
      '@your ~3 @audience ~1 is|are ~1 next ~3 @condafter',
      // "your pics stay between us as long as you keep sending", "every time you ignore me i add one
      // more person", "i'm just waiting to hit send", "one tap and its all there"
      'as_long_as @you ~1 keep ~1 sending|paying|doing ~4 @your ~1 @media|secret ~1 stay|stays ~1 between_us|private|secret|safe|hidden',
      'every ~1 time @you ~1 ignore+|block+|report+ ~3 @i ~1 add|send|post|show',
      '@i ~1 am|m ~1 just? ~1 waiting ~1 to ~1 hit|press|click ~1 send|post|upload',
      // "I upload it tonight unless you pay", "the pics go out at 9 unless it's paid", "or it resurfaces"
      '@i @will? ~1 upload+|post+|leak+|release+ ~1 it|them|everything|this ~3 unless|if_you_dont|if_u_dont ~2 pay+|send+|transfer+|it_is_paid|its_paid',
      '@object ~1 go|goes|going|will_go ~1 out|live|public ~4 unless',
      '@object ~1 go|goes|going|will_go ~1 out|live|public ~4 either_way',
      '@cond ~1 it|they|@object ~1 resurfaces|resurface|comes_back|gets_out|leaks|comes_out',
      // "Automatic release is scheduled for 23:00 unless payment is confirmed", "A compilation has been
      // prepared for distribution to your contact list"
      'release|publication|upload|distribution ~1 is ~1 scheduled|set|planned ~4 unless|if_not|if_payment',
      'prepared|ready|queued|scheduled ~2 for ~1 distribution|release|publication|sending ~2 to ~2 @your ~2 @audience|contacts|contact_list',
      // "don't tell your parents, because then i post immediately", "every report = another upload",
      // "miss one week and i post the folder", "you on every porn site", "i won't post if you keep being nice"
      'then ~1 @i @will? ~1 post|send|leak|upload ~1 immediately|instantly|right_away|everything',
      'every|each ~1 report|block|complaint ~2 another|one_more|a_new ~1 upload|post|leak',
      '@refuse ~1 @i @will? ~1 post+|send+|leak+|release+|upload+ ~2 @object',
      '@you ~1 on ~1 every|all ~1 porn_site|porn_sites|site|sites|porn_page|porn_pages',
      'wont|will_not|dont ~1 post|send|leak|share ~1 it|them|anything? ~2 if|as_long_as ~1 @you ~1 keep|just',
      '@cond ~4 @object ~1 go+|get+ ~1 public|viral|online|posted|leaked|shared',
      '@cond ~1 @object ~1 is|are|will_be|goes|go|gets|get|ends_up|end_up ~1 on|up_on|all_over ~1 every|all|the ~1 @public|@shame',
      // "no money = everyone sees your pics"
      'no ~1 money|cash|payment|pay ~2 @public|@your ~2 @audience? ~1 @will? see+|get+|know+ ~2 @object|@media',
      // "I will expose you to your entire school"
      '@i @will? ~2 expose+ @you ~2 to|in_front_of ~1 @your|the|all|every ~2 @audience|@public',
      // "Cashapp me $80 and nobody ever sees them"
      '@payact ~5 and|then ~1 nobody|noone|no_one ~1 ever|else? ~1 @will? see+|get+|find+|know+ ~1 it|this|them|@media|out|about',
      // "pay or it goes public"
      '@cond ~1 @i? ~1 it|this|these|they|them|everything|that ~1 @will? go+|get+|is|are ~1 public|viral|online|everywhere|leaked|posted',
      '@media ~2 @goes ~4 @shame',
      // "show me what I want or I'll show": the request and the exposure in one breath
      'show+ me ~4 or @i @will? show+|post+|send+|leak+|expose+',
      // "how bad would it be if these were sent to your colleagues?"
      'how bad|embarrassing|awkward would it be if ~2 @object ~2 were|was|got ~1 sent|posted|shared|shown ~3 @your ~2 @audience',
      // "pay or your nudes go public", "I'll leak it if you don't answer", "or I post the ones I have"
      '@cond ~1 @your ~1 @media ~2 go+|get+|are|will_be ~1 public|viral|online|everywhere|leaked|posted',
      '@cond @i @will? ~2 @expose ~3 the|those|what ~2 ones|pics|pictures|photos|videos? ~1 @i ~1 have|got|kept|saved',
      // "send the money or I post"
      'money|cash|ransom|payment|bitcoin|btc|crypto ~3 or|otherwise @i @will? @expose',
      // single offender lines written after the rules (12-06 night): "Don't tell anyone or I post immediately", "ill send it
      // to every girl u follow on snap"
      'or|otherwise|or_else @i @will? ~1 @expose ~1 immediately|right_away|straight_away|instantly|everything|it_all',
      '@i @will? ~1 @expose ~2 it|them|this|these|everything|@media ~2 to ~1 every|all_the|all ~1 girl|girls|boy|boys|person|people|account|accounts ~1 @you ~1 follow|follows|know|talk_to|go_to_school_with|ever_met',
      // "transfer of your video files to each of your contacts"
      'transfer|sending|distribution|release|publication|leak ~1 of @your ~2 @media ~3 to ~3 @your ~2 @audience',
      // "I'll make you famous on the internet with these pics"
      '@i @will? ~2 make @you ~1 famous|viral ~4 with|using ~2 @object|@media',
      // "pay and nobody sees this", "everyone at your school is gonna see what you sent me"
      'pay+|send+ ~4 and|then ~1 nobody|noone ~1 @will? see+|get+|find+ ~1 it|this|them|@media|out',
      'everyone|everybody|@your ~3 @audience? ~2 @will ~1 see+ ~2 what @you sent|showed',
      // in a chat, exposing the reader's own pictures needs no audience ("im exposing" / "ur pics")
      '@i @will? ~2 @leak ~2 @your ~1 @media',
      // "I have your pics" / "your family will see"
      '@i ~2 @keep ~3 @your ~1 @media ~6 @your ~2 @audience ~2 @will ~1 see+|know+|find_out|hear+',
      '@i ~2 @keep ~3 @your ~1 @media ~6 everyone|everybody ~2 @will ~1 see+|know+|find_out',
      // broader: "with one click I can forward this recording to every person you know", "everyone on your list will receive a link to the video"
      '@i ~3 can|will|could|would|shall|am_going_to ~3 @expose|forward ~4 this|the|that|these|those|your|my ~2 @media|material|footage|film ~4 to ~1 every|all|each ~2 person|people|contact|contacts|friend|friends|@audience', 'every|each ~1 person|contact|friend|colleague|relative ~3 @you ~1 know|have ~3 will|would|is_going_to ~1 receive|get|see|watch', 'everyone|everybody|all ~3 on|in ~1 @your ~1 list|contacts|contact_list|address_book|friends_list ~3 will|would|gets|get|receives|receive ~3 a|the ~1 link|copy|@media'] },
    // a picture demanded under a menace ("📸 now" / "or 💣", "send nudes or else"): coercion, even
    // before any word about sharing; plain pictures need more than "or else" (parents say it too)
    { id: 'act.coerced_request', stage: 'threat', weight: 0.8, why: 'demands pictures under a menace', phrases: [
      'emojicamera|nudes|nude|nudz|noodz|noods|nudies ~2 now|rn? or|otherwise ~1 else|emojibomb|@regret',
      `send|snd|drop|show ~3 ${IMG} ~3 or|otherwise ~1 emojibomb|@regret`,
      // more asked under a menace (a grammar of the script's lines, 12-05): "keep sending or everyone sees"
      'keep ~1 sending|them_coming|sending_them|sending_pics ~3 or|otherwise|or_else ~1 everyone|everybody|@your ~2 @audience? ~1 sees|see|gets|get|will_see|will_get',
      // telling the reader's people unless more is sent ("he says he will tell my mom and the police if i dont send more", a
      // teen's own story told back, 12-07 noon)
      '@i @will? ~1 tell+ ~1 @your ~2 @audience ~4 if|unless ~1 @you ~1 dont|do_not|wont? ~1 send+|pay+ ~1 more|me|#|@money'] },
    // telling the reader's people what they sent: "send it or i tell everyone u sent me that pic", "i will tell your parents
    // you sent me nudes" (tried as a user, 12-06 evening). Unasked, only of nudes: "i'll tell your mum what you did" is a
    // sibling's, "or i'll tell everyone you sent me that meme" a friend's
    { id: 'act.tell', stage: 'threat', weight: 0.8, why: 'threatens to tell their family or friends what they sent', phrases: [
      `@i @will? ~1 tell+ ~3 everyone|everybody|every1|@your ~2 @audience? ~2 that? ~1 @you ~1 sent|send|were_sending|showed ~2 me|us|him|her? ~2 ${NUDES}|naked|ur_body|your_body`,
      `@cond ~3 @i @will? ~1 tell+ ~3 everyone|everybody|every1|@your ~2 @audience? ~2 that|what? ~1 @you ~1 sent|send|were_sending|showed ~2 me|us? ~2 @media|${NUDES}|that|those|them|it`,
      `@i @will? ~1 tell+ ~3 everyone|everybody|every1|@your ~2 @audience? ~2 what ~1 @you ~1 sent|send|showed ~2 me|us? ~4 @condafter`,
      // teens' own stories told back (12-07 noon): what was done on a call ("she says shes gonna tell everyone what i did on
      // the call"); the reader's people already written to with a claim ("now hes messaging my sister on fb saying he has stuff on
      // me")
      '@i @will? ~1 tell+ ~3 everyone|everybody|every1|@your ~2 @audience? ~2 what ~1 @you ~1 did|were_doing ~1 on_the_call|on_call|on_cam|on_camera|on_facetime|on_ft|on_vc|on_video|on_skype|on_webcam|on_the_video_call',
      '@i ~1 am|m|keep|started|have_been|been|was? ~1 texting|messaging|dming|contacting|emailing|calling ~1 @your ~1 @audience ~4 saying|telling|and_saying|and_telling ~2 @i ~1 have|has|got ~1 something|stuff|things|pics|photos|@media ~1 of_yours|on_you|of_you|on_u|of_u'] },
    // a group named: "ill drop these in the class gc", "the lads will get the vid", "ur pics are going in the year 10 group
    // chat" (a grammar of the script's lines, 12-05). Weaker, as a friend sharing the trip's photos says the same; unlike
    // act.publish it names who would see, so it is said as the threat it is and counts alone at watch (analyzer.ts
    // UNPRESSED_THREATS, explain.ts OUTRIGHT_THREATS)
    { id: 'act.publish_group', stage: 'threat', weight: 0.45, why: 'says something will be posted or sent to a group', phrases: [
      // a set written after the round's rules (12-06 evening): "bet she'd love to see what u sent me", "every girl in ur year
      // is getting this tonight"
      'she|he|they ~1 would|d|will|@will ~1 love|like|enjoy ~1 to ~1 see|get|read ~1 what ~1 you|u ~1 sent|showed|did',
      'every|all_the ~1 girl|girls|boy|boys|kid|kids|person|student|students ~1 in|at|from ~1 @your ~1 year|class|school|grade|form ~1 is|are|@will ~1 getting|get|seeing|see|receiving|receive ~1 this|it|these|them|@media',
      // audiences named, not possessed (12-06 evening, tried as a user): "this is going to every student at st marys", "she
      // gets it first"
      '@object ~2 goes|go|going|is_going|gonna_go|will_go|gets_sent|will_be_sent ~1 to ~1 every|each|all_the ~1 student|students|kid|kids|pupil|pupils|parent|parents|teacher|teachers|member|members|follower|followers ~1 at|in|from|of',
      'she|he|they|@guardian ~1 gets|will_get|is_getting|sees|will_see|is_seeing ~1 it|this|them|these|those ~1 first',
      // "You will be the next viral kid at your school" (12-06 evening, tried as a user)
      '@youre|youll|you_will|u_will|ull ~1 be ~1 the ~1 next ~1 viral|famous ~1 kid|girl|boy|guy|person|one|meme ~2 at|in|of ~1 @your|the ~1 school|class|town|year',
      // dev early-26 (12-05, first 12): "greenhill girls football chat gets it unless u let in 3 goals" (weaker: "the chat gets
      // it unless u tell me the score" is a friend's joke)
      'chat|gc|groupchat|group_chat|server|page|story ~1 gets|get|sees|see ~1 it|them|these|everything ~1 unless|if_you_dont|if_u_dont|if_not',
      // "u have 1 hour to send £200 or its on the st marys group page" (tried as a user, 12-05 night; weaker: "hand in the
      // form or its on the school page as late")
      '@cond ~1 its|it_is|its_going|it_goes|its_gonna_be|it_will_be|theyre|they_are|theyre_going ~1 on|in ~1 the|your|ur ~3 story|gc|groupchat|group_chat|page|feed',
      `@i @will? ~1 @expose|put+ ~1 @your ~1 @media ~1 to|in|on|into|across|around|all_over|round ~1 the ~3 ${GROUP}`,
      `@i @will? ~1 @expose|put+ ~1 these|them|those|everything|it_all ~1 to|in|on|into|across|around|all_over|round ~1 the ~3 ${GROUP}`,
      `@i @will? ~1 @expose ~1 what_you_sent|what_u_sent|what_you_sent_me|what_u_sent_me ~1 to|in|on|into|across|around|all_over|round ~1 the ~3 ${GROUP}`,
      `the ~3 ${GROUP} ~1 @will? ~1 see+|get+|getting|receive+|receiving ~1 the|your|ur|my|those|these|all_the|all_your|all_ur? ~1 @media|what_you_sent|what_u_sent`,
      `@your|the|these|those ~1 @media|@object ~1 @goes ~2 the ~3 ${GROUP}`] },
    { id: 'act.publish', stage: 'threat', weight: 0.45, why: 'says something will be posted or sent around', phrases: [
      // pidgin "u wan make i post am?" (do you want me to post it?; a set written after the rules, 12-06 night)
      'you|u ~1 wan|want ~1 make ~1 i|we ~1 @expose ~1 am|dem|it|them',
      // "I have collected over 300 of your Instagram followers … They all get the clip at the same moment" (a quoted
      // passage, the second quotations, 12-07 afternoon): weaker, as a wedding video reaches everyone at once too
      'they|all_of_them|everyone|everybody ~1 all? ~1 get|receive|will_get|will_receive ~1 the|this|your ~1 clip|video|recording|footage ~2 at_the_same_moment|at_the_same_time|at_once|simultaneously',
      // 12-06 evening, tried as a user: "you're done. everyone's gonna see", "one message and it's over for you"
      '@youre ~1 done|finished|over ~2 everyone|everybody|every1 ~1 is|s? ~1 gonna|going_to|about_to ~1 see|know',
      'one|1 ~1 message|msg|click|text|dm|tap ~1 and ~1 its|it_s|it_is|youre|ur|you_are ~1 over|done|finished ~1 for? ~1 you|u?',
      // "I will make you famous on the internet" (12-06 evening, tried as a user)
      '@i @will? ~1 make ~1 @you ~1 famous|viral ~2 on|all_over|across ~1 the? ~1 internet|web|@public|@shame',
      // dev chat-14 (12-03 pm): "Cash App, nothing less than $250, or you know what happens", "If I don't have the money by
      // midnight, you know what happens" (counted beside a demand; "the 20 quid or else lol" between friends is not)
      'or|otherwise|if_not|else ~2 you|u ~1 know ~1 what ~1 happens|will_happen|happens_next|comes_next',
      // "the video is ready to upload, all i have to do is press send" (tried as a user, 12-05 night)
      'all ~1 i|we ~1 have|need|got ~1 to ~1 do ~1 is ~1 press|hit|click|tap ~1 send|post|upload|a_button|one_button|the_button',
      // "dont be dumb. u kno what happens if u block me" (tried as a user, 12-05 evening)
      'you|u ~1 know|kno|knw ~1 what ~1 happens|will_happen|happens_next ~1 if ~1 you|u ~1 block+|ignore+|report+|tell+|leave|stop|dont_pay|dont_send',
      // 12-03: "im gonna post ur pics", "dont make me post ur pics" (counted beside a claim or a demand)
      '@i @will? post+|upload+|spread+|drop+ ~1 @your ~1 @media',
      '@i @will? ~1 put+ ~1 @your ~1 @media ~1 on|onto|all_over|up_on ~1 @public',
      'make ~1 me ~1 post|upload|spread|drop ~1 @your ~1 @media',
      // dev chat-11, chat-14 (12-04 late): "i post it tonight. unless you find the money", "I lied. I'm posting it anyway."
      '@i @will? post+|upload+|leak+|drop+ ~1 it|them ~1 tonight|today|tomorrow|anyway|instantly|immediately|first_thing',
      // Taglish (dev chat-4, early-19, 12-04 late): "ipopost ko talaga sa fb ng school mo", "ipo-post ko to" (I will post it),
      // "ikakalat ko" (I will spread it), counted beside a demand as the others
      'ipopost|ipo_post|ipo-post|ipost|i_post|ikakalat|ipapakalat|isesend|ise-send|ipapasa|ilalabas ~1 ko',
      // dev chat-10, chat-11 (12-04 late), counted beside a claim or a demand: "everyone in year 11 is gonna see ur pic unless u
      // send me another one", "don't and they're everywhere by tonight", "at 5 ur pics are on ur schools page"
      'everyone|everybody|everyones|everybodys ~4 is|s|are? ~1 gonna|going_to|about_to|will|finna|bout_to ~1 see|get|have|receive ~1 @your ~1 @media',
      'dont|or|otherwise ~2 and? ~1 theyre|they_are|its|it_is|theyll_be|itll_be ~1 everywhere|online|public|viral',
      // "send 100 or she sees them" (tried as a user, 12-05 evening)
      'or|otherwise|else|or_else ~1 he|she|they|everyone|everybody ~1 sees|see|will_see ~1 them|it|everything|these|those',
      '@your ~1 @media ~1 are|is|will_be ~1 on|in ~1 @your ~2 @audience|page|story|feed',
      // dev mail-6, mail-7, mail-8 (12-04 late), counted beside a claim or a demand: "after that the distribution starts
      // automatically", "at the first sign of that, the files go out", "the list of recipients is ready"
      'the ~1 distribution|mailing|publication|sending ~1 starts|begins|will_start|will_begin|is_automatic',
      'the|my ~1 files|material|materials|recording|recordings|footage ~1 go|goes|will_go|are_going ~1 out|public|live|online',
      'list ~1 of ~1 recipients|contacts|addresses|your_contacts ~1 is|has_been ~1 ready|prepared|compiled|made',
      // "I collected the email addresses of your contacts, your parents and your colleagues", "the outbox of your email
      // now contains a message addressed to everybody in your contacts"
      '@i ~1 collected|gathered|harvested|copied|exported|extracted ~2 email_addresses|addresses|emails|numbers|phone_numbers|contacts ~1 of ~1 @your ~1 @audience',
      'message|messages|email|emails|letter ~1 addressed ~1 to ~2 everybody|everyone|all|each ~2 in|of ~1 @your ~1 @audience',
      // dev chat-2, chat-4, chat-13 (12-04 late): "your clip is queued for tomorrow morning", "its loading to ur school page
      // rn", "the vid is sitting in my drafts rn"
      '@your|the ~1 @media ~1 is|s|are|was ~1 sitting|queued|scheduled|loaded|loading|uploading|staged ~2 in|on|for|to ~2 my|the|@your ~1 drafts|draft|outbox|queue|morning|tonight|page|story|chat|dms',
      // dev chat-10, chat-11, chat-12, chat-13 (12-04 late), counted beside a claim, a demand or pressure: "after that the
      // whole internet has ur vid", "one click and everyone sees it", "everyone u know sees u naked", "the pics you sent me
      // go on my close friends story"
      'the|your|ur whole|entire ~1 @will? see+|get+|has|have|receive+ ~2 @your|the_one|the_ones ~1 @media',
      'one|1|single ~1 click|tap ~1 and ~2 everyone|everybody|@your ~2 @audience|@public ~2 see+|get+|has|have|receive+',
      'everyone|everybody ~3 @will? see|sees|seeing|gets_to_see ~1 @you ~1 naked|nude|undressed|topless',
      '@media ~3 @you ~1 sent ~1 me? ~1 go|goes|going|end_up|ends_up ~1 on|to|in ~2 my|@your|the ~1 story|stories|page|close_friends|@audience',
      // dev-quoted demands-18 (first half, 12-03 pm): "dont make me post that vid", "i dont want to post ur pics but u need
      // to send 150", "send $120 or ur video is on discord", "send 300 or the video drops", "OR IM DMING EVERY1 THAT
      // FOLLOWS U" (each counted beside a demand or a claim)
      'make ~1 me ~1 post|upload|spread|drop|send|share|leak ~1 that|the|this|those|these ~1 @media',
      '@i ~1 dont|do_not ~1 want ~1 to ~1 @expose ~1 @your|the|that|those|these ~1 @media ~2 but',
      'or|otherwise|else|or_else ~1 @your|the|that|this ~1 @media ~1 is|are|goes|go|will_be ~1 on|in|up_on ~2 @audience|@public',
      'or|otherwise|else|or_else ~1 @your|the|that|this|those|these ~1 @media ~1 drops|drop|leaks|leak',
      '@cond @i @will? ~2 @expose ~2 everyone|every1|everybody|all ~1 that|who ~1 follows|follow ~1 @you',
      // dev mail-9, chat-12 (12-03): "it lands in the inboxes of 347 people from your contact list", "Your relatives on
      // Facebook will be the first to receive the link", "how do u think ur dad will feel when he opens his inbox", "u really
      // want everyone at school to find out", "the full portfolio will be sent to your contacts list"
      'lands|land|ends_up|end_up|arrives|arrive|appears|appear ~1 in|on ~1 the? ~1 inbox|inboxes|feeds|phones|screens|dms ~4 @audience|people|contacts|@public',
      '@your ~2 @audience ~4 will_be|are|is ~1 the ~1 first|next ~1 to ~1 receive|get|see',
      'what|how ~1 do|will|would? ~1 @you ~1 think ~2 @your ~2 @audience ~1 will|would|gonna|wil ~1 feel|react|say|think|do ~2 when ~1 she|he|they ~1 opens|sees|gets|open|see|get',
      '@you ~2 want+ ~1 everyone|everybody|people|the_whole ~3 to ~1 find_out|know|see',
      'the|your ~1 full|whole|entire? ~1 @media|portfolio|album|folder|collection ~2 will_be|gets|get ~1 sent|forwarded|posted|shared|released|leaked ~1 to|on ~2 @your ~2 @audience',
      // "Next is your mother. 200 dollars"
      'next ~1 is|up|will_be ~1 @your ~2 @audience',
      // "who gets it first, ur sister or ur crush?" (a report card's too)
      'who ~1 gets|sees ~1 it|this|them ~1 first ~3 @your ~1 @audience',
      // "already in ur aunty's inbox 👀 pay b4 she opens it"
      'already ~1 in ~1 @your ~3 inbox|dms|requests|message_requests',
      // "ur whole guild gonna see what u did on cam"
      '@your ~1 whole|entire ~1 @audience ~1 gonna|will|@will ~1 see|know ~2 what ~1 @you ~1 did|do|sent|showed',
      // "Do you want the other parents to see this?"
      'do ~1 @you ~1 want ~1 the|your|my? ~1 other? ~1 @audience|parents ~1 to ~1 see|watch|get ~1 this|it',
      // "1 you pay 250$ ... 2 i send to all your family members", "I will send it to everyone I can find with your last
      // name", "u want me to show the world?", "What do u think ur mom will say when she opens this?"
      '@i @will? ~1 send|post|forward|share ~1 it|this|them? ~1 to ~1 all|every|everyone|everybody ~2 @your? ~2 @audience|members|family_members|contacts|followers',
      '@you ~1 want ~1 me ~1 to ~1 show|send|post|share ~1 it|this|them? ~1 @public|the_world|everyone|everybody',
      'what ~1 do ~1 @you ~1 think ~2 @your ~2 @audience ~1 will|would|gonna|wil ~1 say|think|do ~2 when ~1 she|he|they ~1 opens|sees|gets|open|see|get ~1 this|it',
      // "ik u dont want ur gf to see this", "imagine the congregation seeing this", "think about what happens
      // when the college sees this", "after this i dont message u, i message everyone else"
      '@you ~1 dont|do_not ~1 want ~1 @your ~2 @audience|gf|bf ~1 to ~1 see|know_about|find_out_about|watch ~1 this|it|that|these|them|@media',
      'imagine|picture ~2 @your|the ~2 @audience ~1 seeing|watching|getting|receiving ~1 this|it|these|them|@media',
      'what ~1 happens ~2 when|if|once ~1 @your|the ~2 @audience ~1 sees|see|gets|finds|watches ~1 this|it|these|them|@media',
      '@i ~1 message+|text+|dm|contact+ ~1 everyone|everybody|all ~1 else|of_them|your_contacts|ur_contacts',
      '@object ~2 @goes ~4 @public', '@expose ~3 @object ~4 @shame', '@your ~2 @audience ~1 gets|get|receive+ ~1 @object|the_link',
      '@public ~2 gets|get|receive+ ~1 @object|the_link',
      '@your ~2 @audience ~2 @will ~1 see+|get+|receive+|watch+ ~1 @object',
      '@i @will? ~2 @expose ~3 @object ~4 @your ~2 @audience', '@i @will? ~2 @expose ~3 @object ~4 @public',
      // "we're going to release all of your things ... unless you send us $1,900": a release of
      // "your" something, next to a demand
      '@i @will? ~2 release+|leak+|expose+|publish+ all? of? @your',
      // "her friends and family find out the details from me", "the humiliation she will feel when
      // her friends and family find out" (a harm that counts next to a claim or a demand)
      '@audience ~2 find+|found out ~4 from me|us',
      'humiliation|shame|embarrassment ~1 she|he ~1 will|would ~1 feel ~2 when|once|if ~2 @audience ~2 find+|found out',
      // "do you want me to send this to your family?" (a grandparent asks it too: it counts only
      // next to a demand or a claim)
      'want+|should|shall ~1 me|i ~1 to? @expose ~3 @object ~4 @your ~2 @audience',
      'want+|should|shall ~1 me|i ~1 to? @expose ~3 @object ~4 @public',
      // the reader's defence as the condition: "if you block me I'll post everything"
      'if @you ~1 block+|report+|ignore+|tell+|unadd+|unfollow+|delete+ ~2 me|anyone|anybody|someone|this ~3 @i @will? ~2 @expose ~2 @object|everything',
      // "do you want your family to see this?", "pay to keep this private"
      'do|would|wanna @you ~1 want+|like ~2 @your ~2 @audience ~1 to ~1 see+|know+|get+ ~2 this|it|these|that|them|what|about|@media',
      'if @you ~1 dont|do_not ~1 want ~2 @your ~2 @audience ~1 to ~1 see+|know+|get+ ~2 this|it|these|that|them|what|about|@media',
      'do|would|wanna @you ~1 want+|like ~1 everyone|everybody|people ~1 to ~1 see+|know+|get+ ~2 this|it|these|that|them|@media',
      'pay+ ~3 to ~1 keep ~2 this|it|them|that|everything|@media ~1 private|secret|quiet|hidden|offline|between_us',
      // "I'll leak it if you don't answer" (friends tease with it too: counts next to something else)
      '@i @will? ~2 leak+ ~1 it|them|everything|this|those|these ~2 if|unless @you',
      // "pay or I add the video" (to a group made with their family)
      '@i @will? add+|drop+ ~1 the|this|your|those|these ~1 @media',
      // "if you want this to stay private ...", "if you want to keep this quiet"
      'if @you ~1 want+|wish+|would_like ~1 this|it|them|these|that|everything ~1 to? ~1 stay|remain|be|kept ~1 private|secret|hidden|quiet|offline|between_us',
      'if @you ~1 want+|wish+|would_like ~1 to ~1 keep ~1 this|it|them|these|that|everything ~1 private|secret|hidden|quiet|offline|between_us',
      // "want it to stay between us? then pay"
      'want+ ~1 it|this|them|these|that|everything ~1 to ~1 stay|remain ~1 between_us|private|secret|hidden|quiet ~4 pay+|transfer+|send+',
      // "don't make me send this to your dad", "I drop it in the team group chat"
      'dont|do_not ~1 make|force ~1 me ~1 to? ~1 @expose ~3 @object ~4 @your ~2 @audience',
      'make me|force_me_to|let_me @expose ~3 @object ~4 @your ~2 @audience',
      // "your mom's facebook is the first place it goes"
      '@your ~1 @audience ~6 place|where|first ~2 @object ~1 go+|land+|end+',
      // "before I post anything of you", "send it before I start posting" (a friend asks first too)
      'before @i ~1 start|begin? ~1 @expose ~3 anything|something|everything|what|@object|@media ~4 of? @you?',
      'before @i ~1 start|begin ~1 @expose',
      // "I promise not to sell your data": the exposure is what they promise not to do
      '@i ~1 promise+|swear+|guarantee+ ~1 not|never ~1 to? @expose ~3 @your|@object|anything',
      // a veiled exposure: "it would be a shame if your colleagues saw this", "think about what your family would say", "the video will be released immediately", "after that everything goes public"
      // sly exposure, counted next to a demand or a claim: "I wonder what your parents would say if they
      // saw this", "let's see how your family likes this photo", "think your boss wants to see this?",
      // "your school will find out what you did unless you pay", "your girlfriend will love these
      // pictures", "I'll make sure everyone at your school gets a copy", "I have everything ready to send"
      'wonder|imagine|think ~3 what|how ~1 @your ~2 @audience ~2 would|will|might ~1 say|think|react|do ~3 if ~1 they|he|she ~1 saw|see|knew|found_out|got',
      // "would be a shame if she got a little video", "imagine the congregation seeing this", "think
      // about what happens when the college sees this", "ur team captain would LOVE to see this", "ur
      // insta story is about to get interesting"
      'shame|pity|sad ~2 if ~2 he|she|they|@audience ~1 got|get|gets|saw|see|sees|found|received ~3 @media|file|something|this|it|these',
      // "the deal's off and I post", "or I show him", a fake upload under way ("Uploading... 40%",
      // "Upload progress 78%"), "I can still cancel it if you send the money"
      '@cond ~4 @i @will? ~1 post|leak|publish|release|upload|show_him|show_her|show_them|show_everyone',
      UNPAID_THEN_EXPOSE,
      'uploading|upload_progress|publishing ~2 #',
      // a countdown to posting with no one named ("posting in 5 4 3"): friends count down to a group photo too
      'posting|sending|leaking|uploading|exposing|publishing ~4 in ~1 # ~1 # ~1 #',
      '@i ~1 can ~1 still ~1 cancel|stop|abort ~1 it|this|the_upload|the_post|everything ~3 if|when|once ~1 @you',
      'imagine ~3 @audience ~1 seeing|watching|getting|receiving|reading ~2 this|these|it|that|@media',
      'what ~1 happens|happen|would_happen|will_happen ~1 when|if ~3 @audience ~1 sees|see|gets|get|finds_out|find_out ~1 this|these|it|that|@media|out',
      '@your ~3 would|will|gonna ~1 love|like|enjoy ~1 to ~1 see|watch|get ~1 this|these|it|that|@media',
      // "hope ur ready for every single person in ur contacts to see", "i decide who sees it", "want
      // me to send the rest?", "want me to drop it in there", "we can make this quiet or very loud"
      'ready|prepared ~1 for ~1 every|everyone|everybody|all ~4 to ~1 see|know|get',
      'i ~1 decide ~1 who ~1 sees|gets|watches|see|get',
      'want+|should ~1 me|i ~1 to? ~1 send|post|drop|leak ~1 the ~1 rest|others|other_ones|more|next_one',
      'want+|should ~1 me|i ~1 to? ~1 drop|send|post ~2 it|them|this|these ~1 in_there|there|in_the_chat|in_the_group',
      'make ~1 this|it ~1 quiet|go_away|private ~3 or ~3 make ~1 this|it ~1 loud|very_loud|public|viral',
      'know ~1 what ~1 happens|will_happen ~1 if|when @you ~1 dont|do_not|wont ~1 send|pay|answer|reply',
      '@youre ~1 going_to|gonna ~1 be ~1 famous|viral|a_star|everywhere ~4 @condafter',
      'sending|posting|uploading|forwarding|loading ~1 to|on ~3 @your ~2 @audience|@public|@shame',
      // "then it's posted", "u think i won't post it?", "one word from me and its in every group chat",
      // "its already tagged with your name", "after that its everyone's business", "who gets it first",
      // "i'm making group chat with your cousins", "your whole contact list is 1 click away", "posting in
      // 5 4 3", "i already made the account with ur name", "to avoid embarrassment", "ur tagged in it
      // now", "i only showed 1 person so far", "you want me post?", "u wanna be famous? keep ignoring me"
      'then ~1 its|it_is|it_gets|its_getting|it_goes ~1 posted|leaked|sent|out|everywhere|public|up',
      'think ~1 i ~1 wont|will_not|cant ~1 post|send|leak|share|do_it',
      'one ~1 word|click|tap|message ~2 and ~1 its|it_is|it_goes ~1 in|on|to ~1 every|all|@your',
      '@object|its ~1 already? ~1 tagged|captioned|labeled|labelled ~1 with ~1 @your ~1 name',
      'after_that|then ~1 its|it_is|it_becomes ~1 everyones|everybodys ~1 business|problem',
      'who ~1 gets|sees ~1 it|this ~1 first',
      '@media|it|this|its ~1 already? ~1 in|at ~1 @your ~2 @audience ~1 inbox|dms|dm|messages|message_requests|email|requests',
      'making|made|creating|created|starting ~1 a? ~1 group_chat|gc|group|groupchat ~1 with ~1 @your ~1 @audience',
      '@your ~2 @audience|contact_list|contacts ~1 is|are ~1 #|one ~1 click|tap ~1 away',
      '@i ~1 already? ~1 made|created|opened ~1 the|an|a ~1 account|page|profile ~1 with ~1 @your ~1 name',
      'to ~1 avoid ~1 embarrassment|shame|humiliation|scandal|disgrace',
      '@youre ~1 tagged ~1 in ~1 it|this',
      '@i ~1 only|already ~1 showed|sent ~1 it? ~1 to? ~1 #|one ~1 person|people ~2 so_far',
      'want|wan ~1 me ~1 to? ~1 post|send|share|upload ~1 it|this',
      'wanna|want_to ~1 be ~1 famous|viral ~3 keep ~1 ignoring|blocking',
      'do|would|wanna @you ~1 want+ ~2 @your ~2 @audience ~1 to ~1 see|know',
      'want ~1 @audience ~1 seeing|to_see|watching ~2 that|this|it|@media',
      // "You block me, I send. You tell anyone, I send."
      '@you ~1 block+|report+|tell+|ignore+|leave+ ~2 me|anyone|anybody|this? ~1 @i ~1 send|post|leak|upload|share|publish',
      // "want it on the school confession page?", "what keeps them off your story", "it'll be online
      // before they finish reading", "blocking = posting", "everyone gonna see it", "the kid from the
      // video", "dont make me share it", "miss it and you know what happens", "imagine all of them
      // seeing this", "want me to keep going?", "starting with your dad's linkedin", "they'll find
      // out the worst way", "start posting your pics", "shame if he saw what you made"
      'want ~1 it|this|them ~1 on|in ~1 the|your ~2 @audience|page|story|confession_page|group_chat',
      'one ~1 tap|click ~1 and ~1 its|it_is|it_will_be|everything_is ~1 all? ~1 there|out|public|everywhere|online',
      'keeps|keep ~1 them|it|this|these ~1 off ~1 @your ~1 story|page|feed|insta|profile',
      'it|this|they|@media ~1 will|ll ~1 be ~1 online|everywhere|posted|public|viral ~1 before',
      'blocking|ignoring|reporting ~1 means|equals|is? ~1 posting|sending|leaking|exposure',
      'everyone|everybody ~1 gonna|going_to|will ~1 see ~1 it|this|them|@media',
      'the ~1 kid|girl|boy|guy ~1 from|in ~1 the|that ~1 @media',
      'dont|do_not ~1 make|force ~1 me ~1 to? ~1 share|post|send|leak|release|expose ~1 it|them|everything',
      '@refuse|miss_it_and ~2 @you ~1 know ~1 what ~1 happens',
      'imagine ~2 all|everyone|everybody|them ~2 of? ~1 them? ~1 seeing|watching ~2 this|these|it|@media',
      'want+ ~1 me ~1 to ~1 keep ~1 going|sending|posting',
      'starting ~1 with ~1 @your ~2 @audience|linkedin|facebook|insta',
      '@audience|they|he|she ~1 will|ll ~1 find_out ~1 the ~1 worst|hard|bad ~1 way',
      'start ~1 posting|sending|leaking|uploading|sharing ~1 @your ~1 @media',
      'shame|pity ~2 if ~2 he|she|they|@audience ~1 saw|sees|found ~1 what ~1 @you ~1 made|sent|did',
      'to ~1 avoid|prevent|stop|cancel ~1 its|the|this|their|your? ~1 circulation|distribution|publication|release|spread|dissemination|leak+|sharing|transmission|exposure|sending|upload',
      // fake police letters: "to avoid arrest and publication of your name"
      'publication|publishing|disclosure ~1 of ~1 @your ~1 name|identity|photo|file|case|details',
      '@media|video|file ~1 is ~1 sitting|waiting|ready|queued|loaded ~3 in|on ~2 the|a|my ~1 chat|group|draft+|queue|outbox',
      '@your ~2 @audience|story|feed|page|dms ~2 is|are ~1 about_to|going_to|gonna ~1 get ~1 interesting|busy|spicy|lit|fun',
      'lets|let_us|let_me ~1 see ~1 how|what ~1 @your ~2 @audience ~1 like+|think+|say+|react+|feel+ ~2 about? ~1 this|these|that|it|those|@media',
      '@your ~2 @audience ~1 want+|wanna|would_like ~1 to? ~1 see+ ~1 this|these|it|that|those|@media',
      '@your ~2 @audience ~1 @will ~1 find_out|know|hear_about ~4 @condafter',
      '@your ~2 @audience ~1 @will ~1 love|enjoy|like|appreciate ~1 these|this|those|the|your ~1 @media',
      '@i @will? ~1 make_sure ~2 @everyonein? @your? ~2 @audience|@public ~1 see+|get+|receive+|watch+|know+ ~3 @object|@media|a_copy|copies|what|about',
      '@i ~2 @keep ~2 @object ~1 ready|set|lined_up|queued ~2 to ~1 @expose|go',
      'shame|pity|awful|terrible|sad|bad ~2 if ~2 @your ~2 @audience|@public|family|friends|colleagues|coworkers|wife|husband|partner|children|kids ~2 saw|see|found_out|learned|received|got|watched', 'think|imagine ~3 what|how ~1 @your ~2 @audience|family|friends|colleagues|coworkers|wife|husband|partner|children|kids ~2 would|will|might ~1 say|think|react|feel|do', '@media|it|this|everything ~2 will|would ~1 be ~1 released|published|posted|leaked|made_public|sent_out|uploaded|shared ~1 immediately|instantly|automatically|publicly|online', 'after_that|then|otherwise|afterwards ~2 everything|it|this|all|they|@object ~2 goes|will_go|go|become|becomes|gets|get|will_be ~1 public|online|viral|out|live',
      // "your wife will be very interested in what I found", "your colleagues will be shocked to see ..."
      '@your ~1 @audience|wife|husband|partner|colleagues|coworkers|boss|family|friends|children|kids|parents ~2 will|would|might|are_going_to ~2 be ~1 very|so|quite|really? ~1 interested|shocked|surprised|disappointed|disgusted|curious|amused|horrified ~3 to|in|by|at|when ~2 see|know|learn|what|this|it'] },
    // people the reader knows, seeing or getting something: weak alone, a threat next to a demand or
    // a claim from the same sender ("pay and it goes away. don't pay and everyone sees", "after that
    // your whole office sees what you did on camera")
    { id: 'act.audience', stage: 'threat', weight: 0.45, why: 'says people they know will see or get something', phrases: [
      // "everyone at lincoln high about to see the real u" (tried as a user, 12-06 evening)
      'everyone|everybody|every1|the_whole_school|whole_school|all_your_friends|all_ur_friends ~4 about_to|bout_to|gonna|going_to|will|finna|is_gonna|are_gonna ~1 see|know|find_out|meet ~1 the ~1 real ~1 you|u',
      // the sharing already begun: "3 people already got it", "4 of ur followers already saw it" (tried as a user, 12-05)
      '# ~3 people|followers|friends|contacts|classmates ~1 already|just ~1 got|have|received|saw|seen|opened ~1 it|them|this|ur|your',
      // dev-quoted mail-16 (12-03 pm): "Your boss would surely love to see this clip"
      '@your ~2 @audience ~1 would|will ~1 surely|certainly|definitely|really|probably? ~1 love|like|enjoy ~1 to ~1 see|watch ~1 this|that ~1 clip|recording|footage|tape',
      '@your ~2 @audience ~4 see+|seeing|sees|watch+|find_out|finds_out|hear_about|hears_about',
      // "your pastor would freak out over these", "your dad would be shocked by the video" (a grammar of the script's lines, 12-05)
      '@your ~2 @audience ~1 would|will|is_gonna|gonna|is_going_to ~1 be? ~1 so|really|very|totally? ~1 interested_in|shocked_by|disgusted_by|horrified_by|freak_out_over|freak_out_at|flip_over|lose_it_over ~2 @object|@media|what_you_sent|what_u_sent',
      // "the whole school will know what you really are"
      'the_whole|everyone_at|everyone_in|everybody_at|everybody_in ~1 school|town|class|year|grade|family|team|street|internet ~1 @will|is_gonna|is_going_to|are_gonna|are_going_to ~1 see|know|find_out|learn ~1 what|who ~1 you|u ~1 really? ~1 are|did|sent|look_like',
      // "your account gets upgraded": getting something needs a thing got
      '@your ~2 @audience ~4 get+|getting|receive+|receiving ~3 @object|@media|it|this|that|them|a_copy|copies|the_link|a_link|an_email|a_message|everything|file|files|folder|package|envelope|envelopes|letter|letters|proof|evidence|recording|recordings',
      // "$100 or the whole east high gets this": a group named by the whole of it, after a condition
      'or|otherwise|else ~1 the_whole|all_of|everyone_at|everyone_in|everybody_at|everybody_in ~2 gets|get|sees|see|will_get|will_see|is_getting|is_seeing ~1 this|it|them|these|that',
      // dev-quoted chat-23 (12-04, odd lines): "I wonder what your coach would think if he saw this", "wouldn't it be a shame if
      // your church friends got tagged", "your parents will never trust you again after they find out what you did", "every
      // minute you ignore me I add another person to the group"
      'wonder|imagine ~2 what ~1 @your ~2 @audience ~1 would|will|gonna ~1 think|say|do ~3 if|when|once ~2 saw|sees|see|seeing|found_out|finds_out',
      'shame ~1 if ~3 @your ~2 @audience ~2 got|get|saw|see ~1 tagged|sent|this|it|that',
      'after|when|once ~1 they|he|she ~1 find_out|finds_out|found_out|see+ ~2 what ~1 you|u ~1 did|sent|were_doing|really_are|are_really|really_do',
      '@i ~1 add ~1 another|one_more|a_new ~1 person|name|contact|friend ~3 to ~1 the ~1 group|list|chat|gc',
      // dev stranger-16 scripts (12-04): someone in the reader's life coming across it, recognising them, asking questions:
      // "ur mum would be gutted if she saw it", "it'd be weird if your form tutor got hold of it", "bet your head of year
      // would recognise it", "he'd know it was you straight away", "she'd have a lot of questions about it", "wonder what
      // he'd make of it", "awkward if it ended up in there", "that video would go round it so fast", "the talk of the whole
      // year", "your sister would be really interested in what u sent me"
      '@your ~2 @audience ~6 saw|spotted|stumbled_across|stumbled_on|came_across|got_hold_of|gets_hold_of|get_hold_of ~1 it|this|that|them|@media',
      'if ~1 he|she|they|@your ~2 @audience? ~1 ever? ~1 saw|heard|found|got_hold_of|stumbled_across|came_across|sees|hears ~1 it|this|that|them',
      'he|she|they|@audience ~3 recognise+|recognize+ ~1 it|you|u|that|this|the_room|your_room|ur_room',
      'hed|shed|theyd|would|will|gonna ~2 know ~1 its|it ~1 was|is? ~1 you|u',
      'wonder ~3 what ~1 he|she|they|hed|shed|theyd|@audience ~2 make ~1 of ~1 it|this|that',
      'hed|shed|theyd|@audience ~2 have ~1 a_lot_of|lots_of|so_many|some ~1 questions',
      'awkward|shame|pity|embarrassing ~1 if ~3 it|this|that ~2 ended_up|showed_up|turned_up|popped_up|got_out|went_round|got_around ~1 in|on|there|around',
      '@media ~1 would|will|d|gonna ~1 go_round|go_around|get_around|spread',
      'would|will|gonna ~1 be ~1 the ~1 talk ~1 of ~1 the ~1 whole? ~1 school|year|class|team|town|grade',
      'imagine ~1 that|this|the|your|ur ~1 @media ~2 in|on ~1 the ~1 comments|group|chat|gc|feed|page|story',
      '@your ~2 @audience ~2 would|will ~1 be ~1 really|very|so? ~1 interested|curious ~1 in|to_see|to_know ~2 what ~1 @you ~1 sent|did',
      // dev chat-15 (12-04, veiled threats): "imagine
      // your dad opening his phone at work and that's the first thing he sees", "picture it being passed round the back row",
      // "she'd be crushed", "your brother's mates would have a field day", "it'd be seen by half your church", "you'd never
      // be able to show your face at training again", "bet it would get more views than anything", "things have a way of
      // getting around", "i didn't tell him. yet"
      'funny|bad|sad ~1 if ~3 it|this|that ~2 ended_up|showed_up|turned_up|popped_up|got_out|went_round|got_around ~1 in|on|there|around',
      'imagine|picture ~1 @your ~2 @audience ~3 opening|seeing|watching|asking|finding|reading|getting|looking_at|scrolling_past',
      'imagine|picture ~1 it|that|this ~1 being ~1 passed|shared|sent|posted|shown|forwarded|spread|watched',
      'type ~2 want ~1 to ~1 know|see',
      'be ~1 seen|watched|shared|passed_round|passed_around ~1 by ~3 @audience|@public',
      'hed|shed|theyd ~1 be ~1 so|pretty|really|absolutely|totally|completely? ~1 crushed|gutted|devastated|heartbroken|shocked|disgusted|disappointed|ashamed|mortified',
      '@audience ~1 would|d|will ~1 be ~1 so|pretty|really|absolutely|totally|completely? ~1 crushed|gutted|devastated|heartbroken|shocked|disgusted|mortified',
      '@audience|hed|shed|he|she ~2 would ~1 cry',
      '@audience|hed|shed|theyd ~2 would|d|will|def|definitely? ~1 have ~1 a_field_day|opinions|questions|so_many_questions|words|lots_to_say|something_to_say',
      'never ~2 be_able_to|could ~1 show ~1 your|ur ~1 face',
      'would|d|will ~1 get ~1 more|so_many|loads_of|lots_of ~1 views|likes|shares ~1 than',
      'way ~1 of ~1 getting ~1 around|out|round', 'once ~1 its|it_is|something_is ~1 out ~1 its|it_is ~1 out',
      '@media ~2 never ~1 really? ~1 go_away|disappear|die',
      'didnt|havent|have_not|did_not ~1 tell|told|show|shown|showed|send|sent ~3 yet',
      // dev stranger-16 scripts still missed (12-04): "wonder how she'd feel seeing what you sent me", "i'd hate for him to
      // see how u looked on it", "pretty sure he'd know that hoodie", "wonder if he'd recognise you", "ur form group chat
      // would go crazy over it", "it'd spread round there fast"
      'wonder ~3 how ~1 hed|shed|theyd|he|she|they ~2 feel|react ~3 seeing|if|when|about',
      'hate ~1 for ~3 to ~1 see|find_out|hear_about|get_hold_of',
      'hed|shed|theyd|would ~2 know|recognise+|recognize+ ~1 that|this|the|your|ur ~1 hoodie|room|bedroom|face|voice|tattoo|birthmark|jumper|bracelet|necklace|background|wallpaper|jersey|crest',
      'hed|shed|theyd ~2 recognise+|recognize+ ~1 it|you|u|that|this',
      '@audience ~2 would|d|will ~1 go ~1 crazy|wild|mad|nuts ~2 over|for',
      'spread+ ~2 round|around|through ~2 fast|quick|quickly',
    ] },
    // "if you want to prevent this, transfer $735": what they will do is left unsaid; a weaker threat,
    // counted only next to a demand, a claim or pressure from the same sender
    { id: 'act.avert', stage: 'threat', weight: 0.45, why: 'says they can stop something if they are paid', phrases: [
      // "50 bucks and i forget i ever saw it" (12-06 evening, a set written after the round's rules)
      '@currency|#|money|cash|pay+ ~4 and ~1 i|we ~1 forget|will_forget|ll_forget ~3 saw|seen|about|ever_saw ~1 it|this|them|anything|everything',
      // "how much are you willing to pay so i dont share it" (12-06 evening, tried as a user)
      'pay|give|send ~3 so|so_that ~1 i|we ~1 dont|do_not|wont|will_not ~1 share|post|send|leak|expose|show|upload ~1 it|them|this|these|anything|everything',
      // "250 by tonight and nobody ever hears about this" (12-06 evening, tried as a user)
      '@currency|#|money|cash|pay+ ~6 and ~1 nobody|noone|no_one|no1 ~1 ever|will|will_ever? ~1 hears|hear|sees|see|knows|know|finds_out|find_out ~2 about|of? ~1 this|it|them|anything',
      // dev chat-12 (12-03): "i can keep quiet. for a price", "u want this private? privacy costs 200"
      '@i ~1 can|could|will|would ~1 keep ~1 quiet|silent|my_mouth_shut|it_quiet|this_quiet ~3 for ~1 a ~1 price|fee|small_fee',
      '@you ~1 want ~1 this|it|them|these ~1 private|secret|hidden|quiet|gone|deleted',
      // after sending began: "want me to stop?" (tried as a user, 12-05); not "want me to stop by"
      'want|wanna ~1 me ~1 to ~1 stop|quit ~1 sending|posting|sharing|leaking|spreading|now',
      'want|wanna ~1 me ~1 to ~1 start|begin ~1 sending|posting|sharing|leaking|spreading ~1 it|them|this|these|those|ur|your',
      'if|should @you ~1 want+|wish+|would_like ~1 to? prevent+|stop+|avoid+|eliminate+ ~1 this|it|that|all_this|all_the_evidence|the_evidence',
      // dev-quoted demands-18 (first half, 12-03 pm): "ur life is over unless u send 500 tonight"
      '@your ~1 life|future|reputation ~1 is|will_be|gonna_be ~1 over|ruined|done|finished ~2 unless|if_you_dont|if_u_dont|or ~2 @you? ~1 pay+|send+|transfer+',
      // the same harm after the demand (tried as a user, 12-08): "send $150 to my cashapp now otherwise ur life is over"
      '@currency ~6 or|otherwise|or_else|else ~1 @your ~1 life|future|reputation ~1 is|will_be|gonna_be ~1 over|ruined|done|finished',
      '@currency ~6 or|otherwise|or_else ~1 @youre ~1 done|finished|done_for',
      // "u want this to go away? simple"
      '@you ~1 want ~1 this|it|all_this ~1 to ~1 go_away|disappear|stop|end',
      // "unless u wanna make a deal" (tried as a user, 12-06 evening)
      'unless|or ~1 @you ~1 want|wanna|want_to|would_like_to ~1 make|cut|strike|do ~1 a ~1 deal',
      // "I can make this disappear. 250 in apple gift cards" (tried as a user, 12-06 evening: the price in the next sentence)
      '@i ~1 can|could ~1 make this|it|all_of_this|all_this|it_all go_away|disappear|vanish',
      // dev mail-6 (12-02 pm): silence has a price, so something would be told: "Consider this a fair price for my
      // silence", "It is time to pay for my silence"
      'price|cost|fee ~1 of|for ~1 my|our ~1 silence|discretion',
      'pay+ ~1 for ~1 my|our ~1 silence|discretion',
      // a price, then the promise: "cash app me 150 and i wont share it" (tried as a user, 12-06 evening)
      '# ~2 and ~1 i|we|ill|il|i_will|we_will ~1 wont|will_not|never|dont ~1 @expose ~1 it|them|this|these|anything|a_thing|@your',
      // dev mail-10 (12-03 pm): "I want money for my silence", "Payment for my silence must be made in Bitcoin"
      'money|payment|cash|bitcoin|compensation ~1 for ~1 my|our ~1 silence|discretion',
      // dev-quoted chat-23 (12-04, odd lines): "pay and you'll never hear from me again", "Give me 300 and nobody ever has to
      // find out", "Transfer the amount and this conversation ends permanently"
      '@payact ~6 and ~1 you|u|youll|ull ~1 will? ~1 never ~1 hear ~1 from ~1 me|us|me_again|us_again',
      '@payact ~6 and ~1 nobody|no_one|noone ~1 ever? ~1 has|have|needs|need ~1 to ~1 know|find_out|see ~1 it|this|about_it|about_this?',
      '@payact ~6 and ~1 this|it ~1 conversation|chat? ~1 ends|stops|goes_away|disappears|stays_between_us',
      // dev chat-11, chat-13 (12-04 late): silence bought with more pictures, "send 5 more pics tonight, like the ones before,
      // and nobody has to know", "u send me a new vid every day this week and nobody sees the old one"
      'send+ ~3 more|another|new|one_more ~8 and ~1 nobody|no_one|noone ~1 ever? ~1 has|have|needs|need ~1 to ~1 know|find_out|see',
      'send+ ~3 more|another|new|one_more ~8 and ~1 nobody|no_one|noone ~1 ever? ~1 sees|will_see|gets ~1 the ~1 old|first|other|last ~1 one|ones|pic|pics|video|vid'] },
    { id: 'act.demand', stage: 'demand', weight: 0.8, why: 'asks for money, gift cards or crypto', phrases: [
      // an amount asked for with no "for" (Indian English, the eighth stories, 12-07 noon): "now asking 20,000 rupees"
      'asking|demanding # ~2 @currency',
      // "how fast can you get 150" (tried as a user, 12-06 evening)
      'how ~1 fast|quick|quickly|soon ~1 can|could ~1 @you ~1 get|send|pay|find|transfer ~1 me? ~1 @currency? #|the_money|the_cash',
      // 12-03 pm, the 2018 mass mail's price of silence: "$1900 is a fair price for our little secret"
      'fair|small|reasonable|low|good ~1 price|price_tag|fee|sum|amount ~2 for ~1 our|this|your|my ~1 little|dirty|small? ~1 secret|secrets|silence|discretion',
      // tried as a user (12-05 evening), the mass mail's price in other words: "For the deletion of this file we ask a small
      // compensation of 0.08 BTC", "The amount of 1350 USD will be enough for me to forget about you forever"
      'ask|asking|request|requesting|require|requiring ~3 compensation|fee|payment|sum|amount|donation ~2 of ~1 #|@currency',
      '# ~1 @currency? ~2 will_be|is|would_be|should_be ~1 enough|sufficient ~3 forget|delete|erase|disappear|leave_you_alone|stay_silent|keep_quiet|keep_silent',
      // dev chat-12, mail-9 (12-03): "i can keep quiet. for a price", "privacy costs 200", "dont make me ruin ur life over 150
      // bucks", "settle this matter discreetly for a fee of 3,000 EUR", "pay the agreed compensation"
      'keep ~1 quiet|silent|my_mouth_shut|it_quiet|this_quiet ~3 for ~1 a ~1 price|fee|small_fee',
      'privacy|silence|discretion ~1 costs|cost|will_cost|is ~1 @currency? ~1 #',
      'ruin+|destroy+|wreck+|expose+ ~3 over|for ~1 # ~1 @currency|@money',
      'settle|resolve|close ~3 this|the ~1 matter|case|issue ~4 for ~3 # ~1 @currency|@currency ~1 #',
      'pay|transfer|send ~2 the ~1 agreed|requested|demanded ~1 compensation|fee|sum|amount|price',
      '@payact ~3 @money', '@payact ~2 me|us ~2 @money', '@payact ~3 # ~1 @currency', '@payact ~3 @currency #',
      // "i need 200 by tmrw" (tried as a user, 12-05)
      '@i ~1 need|want|expect ~1 # ~1 by|before|until|till ~1 @duration|tmrw|tmr|2moro|tomorow|tonite|noon|morning|friday|saturday|sunday|monday|tuesday|wednesday|thursday',
      // a sum with a deadline: "$400 by midnight", "200 euros before friday"
      '@currency # ~2 by|before|within|until|till|til ~1 @duration|noon|morning|friday|saturday|sunday|monday|tuesday|wednesday|thursday',
      '# @currency ~2 by|before|within|until|till|til ~1 @duration|noon|morning|friday|saturday|sunday|monday|tuesday|wednesday|thursday',
      // "1000 USD is a reasonable amount for this little secret", "you'll make the payment by bitcoin"
      '# ~1 @currency ~1 is ~1 a|the? ~1 fair|reasonable|small|low|good ~1 price|amount|sum|fee',
      'how much ~3 willing|ready|prepared ~2 to ~1 pay+',
      // the price of the reader's name (tried as a user, 12-05): "how much is ur dignity worth to u"
      'how_much ~1 is|s ~1 your|ur ~1 dignity|reputation|future|privacy|secret|freedom|image|name ~1 worth',
      // "this can go away for 300"
      'this|it|everything|all_this|all_of_this ~1 can|will|could ~1 go_away|disappear|vanish ~1 for ~1 @currency? ~1 #',
      // "pay us 200 in gift cards and this goes away", "$250 paypal and i cancel", "pay and i forget
      // they exist", "your little secret stays secret for $250", "make payment ... to avoid
      // distribution", "u can make this stop rn. $80"
      '@payact ~5 and|then ~2 this|it|everything|all_this ~1 goes_away|go_away|disappears|disappear|stops|stop|ends|end',
      '@currency ~1 # ~2 @money? ~1 and|then @i ~1 cancel+|stop+|forget+|delete+|disappear+|leave+',
      'pay+ ~2 and|then @i ~1 cancel+|stop+|forget+|delete+|disappear+|leave_you_alone',
      'secret|secrets|this|it ~1 stays|stay|remains|remain ~1 secret|private|hidden|quiet|between_us ~1 for ~1 @currency? ~1 #',
      'payment|pay|transfer ~6 to ~1 avoid|prevent|stop ~1 the? ~1 distribution|publication|exposure|leak|release|sharing|posting|spread',
      'make|end ~1 this|it ~1 stop|go_away|end ~3 @currency ~1 #',
      // "where's my money", "ignoring won't make the video go away, paying will", "the price goes up"
      'where+|wheres|wer ~1 is? ~1 my ~1 money|cash|payment|btc|bitcoin|gift_card|giftcard',
      'paying ~1 will|does|would|can',
      'price ~1 goes|go|will_go|doubles|double|will_double|is_going ~1 up|higher|up_by',
      'lets|let_us|we ~1 negotiate|talk_business|talk_money|discuss_the_price|make_a_deal',
      'now ~1 we|lets ~1 talk ~1 business|money|price|numbers',
      // "pay up", "now pay", "$500 or your university gets an email", "till i get paid", "or are u gonna pay"
      'pay up', 'now pay|pay_now', 'just pay', '@currency ~1 # ~1 or|otherwise', '# ~1 @currency ~1 or|otherwise',
      'till|until|unless|if ~2 i ~1 get|see|receive ~1 paid|the_money|my_money|the_payment|payment',
      'are|r ~1 @you ~1 gonna|going_to ~1 pay',
      // "no? then $80", "you can still stop it with a $100 apple card", "you will pay also", "fix it
      // with 300", "first payment due tomorrow", "start sending"
      'then ~1 @currency ~1 #', 'still ~1 stop|cancel ~1 it|this ~2 with|for ~1 a? ~1 @currency? ~1 #',
      '@you ~1 will|gonna|going_to|ll ~1 pay ~1 also|too|me|us|now|again', 'fix ~1 it|this ~1 with|for ~1 @currency? ~1 #',
      'payment ~1 due|is_due', 'first|next ~1 payment ~1 is? ~1 due',
      // "now u pay", "i can make this go away. but it costs", "then u know what to do", "you know what I want"
      'now ~1 @you ~1 pay', 'make ~1 this|it ~1 go_away ~3 costs|cost|price|pay', 'then ~1 @you ~1 know ~1 what ~1 to ~1 do',
      '@you ~1 know ~1 what ~1 i ~1 want',
      // "You can keep your job and your marriage for $1000", "$200 stops me", "The only way to stop this is payment"
      'keep ~1 @your ~1 job|marriage|reputation|family|scholarship|life|secret ~6 for ~1 @currency? ~1 #',
      '# ~1 @currency|@currency ~1 # ~1 stops|ends|fixes|solves ~1 me|this|it|everything',
      'only ~1 way ~1 to ~1 stop|end|prevent|fix ~1 this|it ~1 is ~2 payment|pay+|money|paying|to_pay',
      '# ~1 @currency? ~1 on|via|through|by|to|in ~1 venmo|cashapp|cash_app|paypal|zelle|revolut|apple_pay|google_pay|bizum|giftcard+|gift_card+|steam_card+',
      'stop|end|prevent|fix|avoid|make ~3 this|it|all_this ~1 go_away? ~3 with|for ~1 # ~1 @currency|@money',
      'make|send ~1 the|a|your? payment ~2 by|in|via|through|with|using ~1 bitcoin+|btc|crypto|cryptocurrency',
      // the price of silence: "my silence is not free", "my mercy comes at a price"
      'my ~1 silence|discretion|mercy|forgiveness|cooperation|kindness ~2 is_not|isnt|aint|wont_be|will_not_be|doesnt_come|does_not_come|is_never|never_comes ~1 for? free|cheap|gratis',
      'my ~1 silence|discretion|mercy|forgiveness ~2 has|have|comes_at|comes_with|will_cost|costs|carries ~1 a? ~1 price|cost|fee',
      'price|cost|fee ~1 of|for ~1 my ~1 silence|discretion|mercy',
      // "you have 48 hours to make the payment"
      'make|complete|send|finish ~1 the|your|a|this ~1 payment|transfer',
      // "I will give you 2 days to pay"
      'give ~1 @you ~1 @duration ~2 to ~1 pay|transfer',
      // "to stop me, transfer 950 dollars"
      'to ~1 stop|end|avoid|prevent|undo ~2 me|this|it ~4 transfer|pay|send|wire ~3 @money|#'] },
    // "unless u do what i say", "now you do exactly as I tell you": obedience as the price
    { id: 'act.comply', stage: 'demand', weight: 0.6, why: 'makes doing what they say the condition', phrases: [
      'unless|or|if_you_dont|if_u_dont|till|until ~1 @you ~1 do ~1 exactly? ~1 what|as ~1 i ~1 say|tell_you|tell_u|ask|want',
      'now|so ~1 @you ~1 do|will_do|gonna_do|re_gonna_do ~1 exactly? ~1 what|as ~1 i ~1 say|tell_you|tell_u|ask|want'] },
    { id: 'act.conditional_pay', stage: 'demand', weight: 0.8, why: 'makes paying the condition', phrases: [
      '@cond @you ~1 pay+|transfer+|send+ ~1 it|me|us|the|up|now?', 'pay+ ~1 me|us|up|it|now ~2 or|otherwise|unless|else',
      // pidgin (tried as a user, 12-05): "if you no pay"
      'if ~1 @you ~1 no|dey_no|never ~1 pay|send|comply|transfer',
      'pay+ or_else|otherwise', 'either ~4 or pay+ me|us', 'pay+ or @i',
      // dev mail-5 (12-04 late): "It's scheduled. Only payment cancels it."
      'only ~1 payment|paying|the_payment|your_payment ~1 cancels|stops|prevents|halts|can_stop|will_stop ~1 it|this|that|the',
      // dev mail-7 (12-04 late): "the list of recipients is ready, and the only thing missing is your payment"
      'only ~1 thing ~2 missing|left|needed|remaining ~1 is ~1 your ~1 payment|money|transfer',
      // dev chat-11 (12-04 late): "i post it tonight. unless you find the money"
      '@cond ~1 @you ~1 find+|get+|send+|bring+|transfer+ ~1 the|that|my ~1 money|cash|payment|funds',
      // dev-quoted demands-18 (first half, 12-03 pm): "pay or kys", "kys or pay, ur choice", "so are u paying or not",
      // "U R PAYING 500 OR ..."
      'pay+ ~1 up|now|me? ~1 or ~1 kys|kill_yourself|kill_urself|kill_your_self', 'kys ~1 or ~1 pay+',
      'are|r ~1 @you ~1 paying|sending ~1 it|me|us|the_money? ~1 or_not|yet',
      // "no money no peace"
      'no ~1 money|cash|payment|pay ~1 no ~1 peace|mercy|deal|deleting|delete',
      '@youre ~1 paying ~1 me|us? ~1 #', '@youre ~1 sending ~1 me|us ~1 #',
      // "Or $900. Your choice."
      'or|otherwise ~1 @currency #', 'or|otherwise ~1 # @currency',
      // "200 or your teammates get a surprise"
      '# @currency? ~1 or|otherwise ~1 @your ~2 @audience ~2 get+|see+|receive+ ~2 it|this|everything|@media|surprise|link|copy',
      UNPAID_THEN_EXPOSE,
      // "paying is the only way to keep this private"
      'paying|payment|pay ~3 only ~1 way ~3 keep|stop|end|avoid|prevent ~3 private|secret|quiet|hidden|this|it'] },
    { id: 'act.possession', stage: 'compromise_claim', weight: 0.9, why: 'says they have pictures or a video of them', phrases: [
      // Nigerian Pidgin "don get" (has got): "this guy wey i meet for snapchat don get my nudes" told back (a teen's own story,
      // 12-07 noon)
      '@i|e|dem ~1 don|done ~1 get|got|collect ~1 @your ~1 nude*|noods|nudz|@media',
      // "Among the data is a video file of you in an intimate situation" (tried as a user, 12-05 evening)
      'video|videos|recording|recordings|footage|photos|pictures|file|files ~2 of ~1 you|u ~1 in ~1 an|a ~1 intimate|compromising|sexual|embarrassing ~1 situation|situations|moment|moments|position|act',
      // "i have cam video" (a set written after the rules, 12-06 night: broken spam English)
      '@i ~1 have|got|recorded|made|saved|hav ~1 a|the|your|ur? ~1 cam|webcam|camera|web_cam ~1 video|videos|recording|recordings|footage|vid|vids|clip|clips',
      // "The recording we made is very compromising" (written at the start of 12-06 night)
      'the ~1 video|videos|recording|recordings|footage|clip|clips|material|photos|pictures ~1 i|we ~1 made|have|took|recorded|captured|got ~2 is|are|was|were ~1 very|extremely|quite|really|highly? ~1 compromising|explicit|intimate',
      // tried as a user (12-05 evening): "i have u on video doing sexual stuff. u better pay me or ur done"
      '@i ~1 have|got|caught|recorded ~1 @you|ur ~1 on ~1 video|camera|cam|tape|film|webcam ~1 naked|nude|undressed|touching|jerking|wanking|masturbating|doing_sexual|doing_sex|doing_stuff|doing_things|doing_that',
      '@i ~2 @keep ~3 @your ~1 @media', '@i ~2 @keep ~2 a|the|some|all|every|those|these|that ~2 @media ~2 of @you',
      '@i ~2 @keep ~2 @media ~2 of @you',
      // "i have a copy of everything you sent", "i saved every pic you sent me" (tried as a user, 12-06 afternoon)
      '@i ~2 @keep ~2 a|one? ~1 copy|copies|screenshot|screenshots|backup|backups ~1 of ~1 everything|all|every_pic|every_photo|every_video|every_picture|every_nude|all_the_pics|all_your_pics ~2 you|u ~1 sent|send|showed|shared|gave',
      '@i ~2 @keep ~1 every|each ~1 pic|photo|picture|video|vid|nude|snap ~1 you|u ~1 sent|send|showed|shared ~1 me',
      // "I now own a clip where you can be seen pleasing yourself" (tried as a user, 12-05 late)
      '@i ~2 @keep ~3 @media ~1 where|showing|in_which ~1 @you ~4 pleasing|pleasuring|touching|masturbating|jerking|wanking|naked|nude|undressed|satisfying',
      // "We have collected your browsing history and webcam captures" (tried as a user, 12-05)
      '@i ~2 collected|gathered|harvested ~5 webcam_captures|camera_captures|recordings|footage|intimate_videos|intimate_photos|nudes',
      // "we saved the whole call"
      '@i ~2 @keep ~1 the|that|our ~1 whole|entire|full? ~1 call|videocall|video_call|facetime|stream|session',
      // "I still have every pic you sent"
      '@i ~2 @keep ~3 @media ~1 @you ~1 sent|send|gave|showed|made',
      // "theres a video of u on my phone now. think about it" (tried as a user, 12-05 late)
      'theres|there_is|there_s ~1 a|some|the ~1 @media ~1 of @you ~2 on|in ~1 my ~1 phone|laptop|computer|pc|gallery|camera_roll|drive|cloud',
      // "i screenshotted every single one", "we have everything saved", "I have saved the call", "i
      // still got those snaps", "the pics r saved in 3 places", "i've got a folder with ur name on it"
      '@i ~2 screenshot+|screenshotted|screen_recorded|screenrecorded|recorded|saved|captured ~2 every|each|all ~2 single? ~1 one|ones|snap|snaps|pic|pics|video|vids|message|thing|of_it',
      '@i ~1 @keep ~1 everything|all_of_it|it_all ~1 saved|recorded|backed_up|stored|screenshotted',
      '@i ~1 have|ve|already? ~1 saved|recorded|screen_recorded|screenrecorded ~1 the|our|that|your ~1 call|videocall|video_call|facetime|vc|stream|chat',
      '@i ~1 still ~1 have|got|@keep ~1 those|these|the|ur|your|that ~1 snaps|pics|vids|videos|photos|nudes|clips|video|vid|nude|clip',
      'the|your|ur ~1 @media ~1 r|are|is ~1 saved|stored|backed_up ~1 in|on ~1 # ~1 places|devices|accounts|drives|phones',
      '@i ~1 @keep ~1 a|one ~1 folder|file|album|drive ~1 with|for ~1 @your ~1 name',
      '@i ~1 got|have ~1 @your ~1 face ~1 clear|clearly|visible|in_it',
      '@you ~1 know ~1 what ~1 i ~1 have|got ~2 of|on ~1 @you',
      // "I record every call", "i have all your conversation and video recorded", "I am having your full video"
      '@i ~1 record|recorded|screen_record|screenrecord ~1 every|all ~1 call|calls|facetime|vc|chat',
      '@i ~1 have|got ~2 @your ~3 @media ~1 recorded|saved',
      'i ~1 am ~1 having ~1 @your ~2 @media|number|contacts',
      // "you sent me nudes and now they're mine"
      '@you ~1 sent|gave ~1 me ~2 nude+|nudes|noodz|nudz|noods ~6 mine|@keep',
      // "I have something you don't want your parents to see"
      '@i ~2 @keep ~2 something|stuff|things ~3 @you ~1 dont|wouldnt|do_not|would_not ~1 want ~3 to? ~1 see+|know+|find_out',
      // broader: "I hold compromising footage of you", "your most intimate moments are saved on my drive", "I also downloaded your contact list"
      '@i ~2 @keep|hold|possess|collected|gathered|obtained|acquired ~4 compromising|intimate|explicit|incriminating ~2 @media|material|content|footage|recordings|evidence|moments|data|files|information', '@your ~1 most? ~1 intimate|private|dirty|compromising|embarrassing ~1 moments|@media|material|footage ~4 saved|stored|recorded|kept|on|in ~2 my|our', '@i ~1 now|also|still|already? ~1 have|got|hold|possess|keep ~2 a|the|some|enough ~1 recording|video|clip|footage|film|material ~5 where|in_which|showing|of|with ~3 @your|@you', '@i ~3 downloaded|copied|collected|exported|stole|extracted|grabbed|saved|harvested ~3 @your ~2 contact+|contact_list|contacts|address_book|friends_list|phonebook|email_list|social_media'] },
    // dev stranger-16 scripts (12-04): "i kept the pic btw", "saved it before you deleted it", "i still have what you
    // sent me": a picture kept, not named as intimate (friends keep party pictures too, so weaker than act.possession)
    { id: 'act.kept', stage: 'compromise_claim', weight: 0.6, why: 'says they kept a picture or a video of theirs', phrases: [
      // "they have the stuff i sent" told back (a teen's own story, 12-07 noon): kept, not heavy alone
      '@i ~1 have|got|still_have|still_got|kept|saved ~1 the_stuff|all_the_stuff|everything|what ~1 @you ~1 sent|sent_me|showed|showed_me',
      // the pictures as the subject: "ur pics r saved" (tried as a user, 12-06 evening; not "your photos are saved", an app's)
      '@your ~1 nudes|nude|noods|nudez|pics|vids|vid|videos|video ~1 r|are|got ~1 saved|screenshotted|screenshoted|screen_recorded',
      '@i ~1 still|already ~1 have|has|had|got ~2 the|that|a|those|these|your|ur|one|some ~1 pic|pics|picture|pictures|photo|photos|screenshot|screenshots|ss|clip|clips|recording|recordings|video|vid|vids|copy|copies|snap|snaps',
      'still ~1 got|have ~2 the|that|a|your|ur ~1 pic|pics|picture|pictures|photo|photos|screenshot|screenshots|ss|clip|clips|recording|recordings|video|vid|vids|copy|copies|snap|snaps',
      '@i ~1 kept|saved|screenshotted|downloaded ~2 the|that|a|those|these|your|ur|one|some|every|all ~1 pic|pics|picture|pictures|photo|photos|screenshot|screenshots|ss|clip|clips|recording|recordings|video|vid|vids|copy|copies|snap|snaps',
      '@i ~2 got|have|had ~1 a|the|that ~1 screenshot|screenshots|recording|copy ~2 from|of ~1 our|the|that ~1 chat|call|facetime|vc|stream|live|convo|conversation',
      '@i ~2 got|have|had ~1 a|the ~1 screenshot|screenshots|recording|copy ~1 @you ~1 probably|prob|might|may? ~1 forgot|forget|deleted',
      '@i ~2 @keep ~2 what ~1 @you ~1 sent|send|gave|showed|posted',
      'saved|screenshotted|screenshot|recorded|grabbed ~1 it|them ~1 before ~3 deleted|unsent|removed|went|disappeared',
      '@you ~1 deleted|unsent|removed ~3 but ~1 @i ~1 already|still ~1 had|have|got|saved',
      'someone|somebody|the_one|the_person ~1 who|that ~1 saved|kept|screenshotted|ended_up_with|holds ~1 it|them|your|ur|what',
      // dev chat-15 (12-04): "still got it safe 🙂", "what you sent me still exists", "i screenshotted everything btw",
      // "it's still there. in a folder. with your name on it", "its sitting in my gallery", "remember what you sent me? i do"
      'still ~1 got|have ~1 it|them ~1 safe|saved', 'what ~1 @you ~1 sent ~2 still ~1 exists|there|here',
      '@i ~1 screenshotted|screenshot|saved|recorded ~1 everything|it_all|all_of_it',
      'its|it_is|theyre ~1 still ~1 there|here|saved ~3 folder|gallery|phone|drive|cloud|camera_roll',
      'sitting|saved|safe ~2 in ~1 my ~1 gallery|camera_roll|phone|folder|drive|cloud',
      // "lmk when u got the money. till then ur pics stay in my gallery 🙂" (tried as a user, 12-05 evening)
      'till|until|til ~1 then ~1 @your ~1 @media ~1 stay|stays|remain|remains|sit|sits ~1 in|on ~1 my ~1 gallery|camera_roll|phone|folder|drive|cloud|laptop',
      'remember ~1 what ~1 @you ~1 sent ~4 i ~1 do',
      // dev stranger-16 (12-04): "that photo u sent got saved before it disappeared"
      'got ~1 saved|screenshotted|recorded|backed_up ~1 before',
      // dev stranger-25 (12-04 night): where it came from says whose it is, whoever holds it now: "the video from your
      // call with rahul", "the snaps off your old account", "the 6 pics from ur spam acct", "that recording of your video
      // call", "your photos from that website reached me", "the video u made for callum", "got ur pics from that night saved"
      '@media|stuff|things|messages|chats ~2 from|of|off|on ~1 @your|the|that|di|dat ~1 video? ~1 call|videocall|video_call|facetime|vc|old_account|old_acc|old_acct|old_insta|old_snap|spam|spam_account|spam_acc|spam_acct|finsta|private_account|private_story|close_friends',
      '@your ~1 @media ~1 from ~1 that|the ~1 website|site|app',
      '@your ~1 old ~1 account|acc|acct|insta|snap|page ~2 got ~1 saved|backed_up|screenshotted|archived',
      '@media ~3 @you ~1 made|sent|did ~1 for|to ~1 him|her|that|some|a|the ~1 guy|girl|boy|dude|man|lad',
      'got|have ~1 @your ~1 @media ~3 saved|stored|backed_up|safe',
      // "i got screenshots of everything u said to that girl", "some screenshots of your messages have been passed to
      // me"
      '@i ~2 @keep ~1 screenshots|screenshot|recordings|recording|receipts ~1 of ~1 everything|all|what ~3 @you ~1 said|sent|wrote|did|told',
      '@media ~5 passed|forwarded|airdropped|leaked ~1 to ~1 me',
      // dev stranger-26 (12-04 night): held without "i have": "emeka showed me everything you sent him", "took a
      // screenshot of every snap ye sent", "someone sent me a screenshot of your chat with neha", "got a whole folder from
      // that night", "i have the lot, the ones u deleted", "recording was on the whole time" ("saved everything u sent"
      // also raised a held-out probe hard negative: left out)
      'showed|sent|forwarded ~1 me ~2 everything|the_lot ~2 @you|ye ~1 sent|shared|wrote|said|did',
      'took|made|got ~1 a? ~1 screenshot|screenshots|recording|copy ~1 of ~1 every|each|all ~2 @media|message|messages ~1 @you|ye ~1 sent',
      'screenshot|screenshots|recording|copy ~1 of ~1 @your ~1 chat|chats|convo|conversation|messages|dms|texts ~1 with',
      'folder|album|gallery ~3 from|of ~1 that|the ~1 night|party|sleepover|call|weekend',
      'the_ones|the_one|the_pics|the_videos ~1 @you|ye ~1 deleted|unsent|removed',
      'recording|recorder|camera|screen_recorder ~1 was ~1 on ~3 whole|entire ~1 time|call'] },
    // 12-04 evening: a hint at the reader's people, in structure rather than phrases (dev chat-15, stranger-15/16). It
    // counts only from a stranger, or from someone who claimed to hold something or talked about sex (analyzer.ts
    // `hintCounts`): "your nan's on facebook isn't she?", "ur teammates are all on snap arent they", "your year group
    // chat has like 200 people in it", "i wonder how he'd take it", "how would you even explain it to your nan", "people
    // talk", "stuff like that travels fast"
    { id: 'act.hint', stage: 'threat', weight: 0.45, why: 'points at the people in their life', phrases: [
      // "i found your moms facebook, karen smith right?" (12-06 evening, tried as a user)
      'found|got|have ~1 @your ~1 moms|mums|mom_s|mum_s|dads|dad_s|parents|sisters|brothers|nans|grandmas|bosses|teachers|coachs|coaches ~1 facebook|fb|insta|instagram|account|page|profile|number|email',
      // "i have your pics and your moms number" (a teen's story told back, 12-07)
      '@media and @your moms|mums|mom_s|mum_s|dads|dad_s|parents|sisters|brothers ~1 facebook|fb|insta|instagram|account|number|email',
      // 12-06 evening, tried as a user: "your mom has facebook right? would be a shame if she got a message from me", "how much
      // is your reputation worth to you?"
      'shame|pity ~1 if ~1 she|he|they|@your ~2 @audience? ~1 got|saw|received|heard|found_out ~4 me|us|this|these|it|them|those|@media',
      'how ~1 much ~1 is|s ~1 @your ~1 reputation|dignity|career|marriage|good_name ~1 worth',
      // "bet. ur mom bout to get a real nice surprise in her dms 💀" (tried as a user, 12-05 evening)
      '@your ~2 @audience ~3 get|gets|getting|receive|receiving ~3 surprise|gift|present ~2 in|on ~1 her|his|their|@your ~1 dms|inbox|messages|email|emails|mail|phone',
      '@your ~3 @audience|nans|grans|nanas ~4 on|uses|using|follows|follow|following|likes|comments|tags|tagged|checks|posts|have|has|having ~2 facebook|insta|instagram|snap|snapchat|tiktok|whatsapp|linkedin|twitter|you|u|your|ur|that_page|the_page|everything|every|all',
      '@your ~4 @audience ~2 has|have|got ~2 like|about|over|nearly|almost? ~1 # ~2 people|friends|followers|members|contacts|parents|kids',
      // "whats your moms facebook name" (tried as a user, 12-05 late)
      'what|whats|what_is|wats|wat ~1 @your ~1 @audience ~1 facebook|insta|instagram|snap|snapchat|tiktok',
      'wonder|wondering ~2 how|what|who ~1 hed|shed|theyd|he_would|she_would|they_would|would ~3 take|think|say|see|react',
      // "i have your pictures and i know who your friends are" (tried as a user, 12-06 afternoon)
      'i|we|ive|weve ~1 know|found|found_out|got|seen ~1 who ~1 all? ~1 @your ~1 friends|followers|family|parents|contacts|classmates|teachers|mates ~1 are',
      'how ~1 would|will|could|do ~1 you|u ~2 explain ~2 it|that|this ~2 to',
      'imagine|picture ~2 @your ~2 @audience',
      'people|kids|everyone|everybody|word ~3 talk|talks|gossip|gossips',
      // dev stranger-25 (12-04 night): "the parents on ur swim club whatsapp are very chatty arent they", "your little
      // sister just got her own phone didnt she", "mr kowalski reads the school page every morning dont he", "imagine if
      // sharma sir from tuition saw them", "would be a pity if the parish group got wind of them", "wonder how ur little
      // sister's mates at school would look at u after"
      '@audience ~6 are|r|is ~1 very|so|really|pretty? ~1 chatty',
      '@your ~3 @audience ~4 phone|whatsapp|facebook|insta|snap|tiktok ~2 didnt|doesnt|isnt|dont|arent|hasnt|havent ~1 she|he|they|it',
      'reads|checks|scrolls|watches ~3 the|@your ~1 school|class|team|club|church|family ~1 page|insta|feed|group|chat|account ~3 every|each|all ~1 morning|day|night|week|sunday',
      'imagine|picture ~1 if ~5 saw|sees|seen|found|heard|got_hold_of|got_wind_of',
      'pity|shame|awkward ~1 if ~5 got_wind|got_wind_of|got_a_look|got_a_look_at|caught_wind|got_sent|got_tagged',
      'wonder|wondering ~1 how|what ~7 would|wud|d ~2 look|think|react|say|feel',
      // dev stranger-26 (12-04 night): a question tagged on the reader's people ("ur gf's mom is karen on fb right?",
      // "yer wee brother's at st ninian's primary aye?", "the orchestra does a concert for the parents next month
      // doesn't it"), counts of people, busy groups, "small world", "people love to talk", "imagine the comments"
      '@your|yer|ya ~3 @audience ~8 right|yeah|aye|na|diba|innit|eh',
      '@audience ~8 innit|diba|doesnt_it|isnt_it', '@audience ~8 isnt_he|isnt_she|doesnt_he|doesnt_she',
      '# ~1 folk|people|members|parents|regulars|followers ~2 in ~1 @your|yer|the|that ~3 group|chat|gc|whatsapp|page|club',
      '@audience|group|chat|gc|page|whatsapp|salon|fellowship ~5 has|have|got|with ~2 like|about|loads_of|lots_of|a_lot_of|half_of|half ~2 #? ~1 people|members|parents|regulars|folk|followers|surulere',
      'page|group|chat|gc|whatsapp ~3 is|seems|looks ~1 awfy|very|so|really|pretty|super|well? ~1 busy|active|chatty',
      'small ~1 world|town ~1 hey|eh|innit|isnt_it|huh|init|right',
      'love|loves ~1 to? ~1 talk|chat|gossip|a_gossip',
      'imagine ~1 the ~1 comments|reactions|faces|looks|replies',
      'easy ~2 to ~1 find|track_down|look_up ~1 people|anyone|you|u',
      'wonder ~2 how_many ~3 follow|know|saw|seen|see',
      'shame|pity ~4 involve|get_awkward|get_weird|awkward|spread',
      '@your ~1 @audience ~2 are|is ~1 usually|always ~1 home|in|back ~1 by',
      'stuff|things|something|it|that|news ~3 travels|spreads|goes_round|gets_around|moves ~1 fast|quick|quickly',
      '@your ~2 @audience ~3 would|will|gonna ~1 know|find_out|hear ~2 by|before ~1 tonight|tomorrow|lunch|monday|morning|the_end',
      // what the reader's people would do or feel, said as a guess ("ur coach would be surprised", "your mum might
      // want to know", "your team would look at you differently"): the general form of the audience's reactions
      '@your ~2 @audience ~3 would|wud|d|will|gonna|might|could ~2 see+|watch+|find|recognise+|recognize+|know|notice+|think|say|react|feel|look|treat|love|enjoy|like|want|care|ask|have',
      // "the boys in the team chat would love it wouldn't they"
      '@audience ~1 would|d|will|gonna ~1 love|enjoy ~1 it|this|that|them ~1 wouldnt|wont|dont ~1 they|he|she',
      // the exposure with no one named (a grammar of the script's lines, 12-05): unmistakable after a claim, idle talk
      // between friends, so kept only as the other hints are (from a stranger, or after a claim or sexual talk): "everyone's
      // gonna see", "you'll be exposed", "it's going public", "they're going up tonight", "hope you like being famous"
      '@i @will? ~1 expose+ ~1 @you',
      'everyone|everybody|everyones|everybodys|the_world|the_whole_world ~1 is|s|will|are? ~1 gonna|going_to|about_to|finna ~1 see|know|find_out',
      'the_world|the_whole_world ~1 will ~1 see|know',
      '@youre|youll|you_will|u_will|ull|you_are ~1 gonna|going_to|about_to? ~1 be ~1 exposed|famous|viral|trending',
      '@youre|youll|you_will|u_will|ull ~1 go ~1 viral', 'ready ~1 to ~1 be ~1 exposed|famous|viral',
      'hope ~1 you|u ~1 like|enjoy ~1 being ~1 famous|exposed|viral',
      `${IT_THEY}|everything|@media ~1 ${GOES_OR_IS} ~1 public|online|everywhere|viral`,
      `${IT_THEY}|@media ~1 ${GOES_OR_IS} ~1 live|out|up ~1 tonight|tomorrow|soon|at_midnight|in_an_hour`,
      '@your ~1 secret|secrets ~1 is|are|s ~1 out|not_safe|done',
      '@i|im ~1 posting|uploading|leaking|sending ~1 it|them|everything? ~1 at|in|tonight|tomorrow ~1 #?',
      '@i ~1 got|have|ve_got ~1 the ~1 post|caption|upload ~1 ready|written|drafted|queued',
      'the ~1 post|caption|upload ~1 is ~1 already? ~1 ready|written|drafted|queued|scheduled',
      'once ~1 its|it_s|it_is ~1 out ~3 cant|cannot|can_not|wont ~1 take|get|pull ~1 it|them ~1 back'] },
    // dev chat-15 (12-04): "your mum has 600 friends on facebook, i counted", "i found your dad on facebook in like 2 mins",
    // "ur mum and dad r both on insta. followed them both earlier": the people in the reader's life looked up
    { id: 'act.reach', stage: 'compromise_claim', weight: 0.6, why: 'says they looked up the people in their life', phrases: [
      '@i ~1 found|looked_up|followed|added|searched ~1 @your ~1 mum|mom|dad|parents|family|sister|brother|nan|grandma|grandad|coach|teacher|boss|manager|cousin|cousins|uncle|aunt|auntie',
      'followed|added ~1 them ~1 both|all', 'friends|followers|contacts|people ~3 i ~1 counted|checked',
      // dev stranger-26 (12-04 night): "ur stepdad followed me back yesterday", "# folk in yer year group chat. counted
      // them"
      '@your|yer ~3 @audience ~3 followed|follows|added|friended ~1 me', 'counted ~1 them|em'] },
    // "I have evidence of what you have been hiding": a secret instead of a picture
    { id: 'act.evidence', stage: 'compromise_claim', weight: 0.9, why: 'says they hold evidence against them', phrases: [
      '@i ~2 @keep ~1 evidence|proof ~1 of|on|about|that|against',
      'evidence|proof ~2 of @your ~1 offence+|offense+|crime+|infidelity|affair+|cheating',
      // "we have compromising material on you", "material we have can easily be used to blackmail you"
      '@i ~2 @keep|collect+|gather+|obtain+ ~3 compromising? material+|intel|dirt|evidence|proof|information|info ~2 on|about|against @you',
      'material+|intel|dirt|compromising_material+ ~1 @i|that_i|that_we ~1 have|got|hold|collected|gathered|obtained',
      'compromising material+|information|info|evidence|photos|pictures|videos ~2 on|about|against|of|relating_to|regarding|concerning @you'] },
    // the webcam e-mail's "split-screen" video: the screen and the camera at once, which only an intrusion gives
    { id: 'act.split_screen', stage: 'compromise_claim', weight: 0.8, why: 'says they recorded their screen and their camera at once', phrases: [
      'split screen|screened', 'splitscreen', 'double|dual screen'] },
    { id: 'act.made_split_screen', stage: 'compromise_claim', weight: 0.8, why: 'says they made a video of their screen and their camera at once', phrases: [
      '@i ~1 made|took|have|recorded|captured ~1 a ~1 screenshot|screenshots|recording|video ~2 of ~1 @your ~1 browsing|screen|history ~6 @your ~1 face|facial|reactions|expressions',
      '@i ~2 made|make|created|recorded|edited|prepared|put_together|have|got|mounted ~3 split_screen|splitscreen|double_screen|dual_screen|split_screened|split_screen_video',
      // "I recorded your screen and your webcam at the same moment, so now I have a double video of you"
      '@i ~1 recorded|captured|filmed ~1 @your ~1 screen ~1 and ~1 @your ~1 webcam|camera|cam',
      '@i ~2 have|made|got ~1 a ~1 double|dual|split ~1 video|recording|clip ~1 of ~1 @you'] },
    { id: 'act.recorded', stage: 'compromise_claim', weight: 0.8, why: 'says they recorded them', phrases: [
      '@i ~2 made|created|record+|film+|capture+|tape+ ~3 video+|recording+|clip+|footage|filming|film|movie ~2 of|with @you',
      '@i ~2 record+|film+|capture+|tape+ @you',
      // "I compiled a video that shows you masturbating on one side and the clip you watched on the other" (12-06 morning)
      'video+|clip+|recording+|footage ~3 shows|showing ~1 @you ~2 masturbat*|jerking|wanking|touching_yourself|pleasuring|satisfying|naked|undressing',
      // a montage or compilation of the reader: "I made a montage of you ..."
      '@i|we ~1 made|created|edited|prepared|compiled|put_together|assembled ~2 a|an|the ~1 montage|compilation|collage|splitscreen|split_screen|video+|clip+ ~3 of|showing|with ~1 @you',
      // "I have made a collage with your nudes and all your friends" (tried as a user, 12-05)
      '@i|we ~1 made|created|edited|prepared|compiled|put_together|assembled ~2 a|an|the ~1 montage|compilation|collage ~3 of|with|from ~1 @your ~1 @media',
      // "your little show is saved", "ur private call got recorded"
      '@your ~1 little|lil|private|dirty|naughty|nasty|sexy ~1 show|performance|video|vid|call|facetime|dance ~1 is|was|got|has_been|been ~1 saved|recorded|screenshotted|captured|screen_recorded'
      // dev mail-10 (12-03 pm): "everything you did in your room was recorded"
      , 'everything|all ~1 @you ~1 did|do|have_done|were_doing ~4 was|were|has_been|is_being|got ~1 recorded|filmed|captured|taped'] },
    { id: 'act.password', stage: 'compromise_claim', weight: 0.9, why: 'says they know a password', phrases: [
      '@i ~1 know+|have|got|stole ~3 @your ~1 @password|login+', 'is|was|as ~2 @your ~1 @password',
      // "one of your security passwords is hunter2"
      'one of @your ~1 @password ~1 is|was',
      // "I know every password you have used, including this one" (tried as a user, 12-06)
      '@i ~1 know+|have|got|stole|collected ~1 every|each|all|all_the ~1 @password ~1 @you ~2 use|used|have_used|typed|entered|ever_used'] },
    { id: 'act.device', stage: 'compromise_claim', weight: 0.9, why: 'says they control or infected their device', phrases: [
      // 12-06 evening, tried as a user: "Through it I gained full access, including the microphone and the webcam"
      '@i ~1 gained|got|obtained|have|had|now_have ~1 full|complete|total|unrestricted? ~1 access|control ~3 including|incl|even|also|plus ~3 microphone|mic|camera|webcam|cam|keyboard|keystrokes|screen',
      // dev mail-9 (12-03): "The trojan I used changes its signature every few hours"
      'the ~1 trojan|malware|virus|spyware|keylogger|rat|exploit ~1 i|we ~1 used|installed|planted|put|deployed',
      // quote set 12-07 (seen half): "My trojan is still active", "outdated firmware, that's how I got in", "I wrote this
      // letter from your own e-mail account"
      'my|our ~1 malware|virus|trojan|spyware|keylogger|rat ~1 is|remains|stays ~1 still? ~1 active|running|installed|inside',
      'router|firmware|vulnerability|exploit|password|passwords|malware|software|operating_system ~6 thats|that_is|this_is ~1 how ~1 @i ~1 got_in|got_inside|broke_in|gained_access|got_access|hacked_you',
      '@i ~1 wrote|sent|write|am_writing|m_writing|send ~1 this|the ~1 letter|email|e_mail|message|mail ~1 from ~1 @your ~1 own ~1 email|e_mail|account|mailbox|address|inbox',
      // dev mail-9 (12-03): "My team has been collecting data from your laptop for weeks", "Every keystroke you have typed
      // since March has been logged", "Our software recorded your session", "The group behind this message has had access to
      // your devices since spring"
      '@i|my_team|the_group|my_software|our_software|the_software|my_program|our_program ~2 has|have|had|ve ~1 been ~1 collecting|recording|logging|monitoring|watching|tracking|reading|copying ~4 @your|from_your ~2 @device|data|activity|messages|keystrokes|screen',
      'every|each|all ~1 keystroke|keystrokes ~6 @you ~6 has_been|have_been|was|were|got ~1 logged|recorded|captured|saved|tracked|monitored',
      'our|my|the ~1 software|program|malware|trojan|virus|spyware ~1 recorded|captured|filmed|copied ~2 @you|@your ~1 session|sessions|screen|camera|webcam|face|activity|browsing',
      'the_group|my_team|my_people|my_guys|we|i ~4 had|has|have|gained|got ~1 access ~1 to ~1 @your ~1 device|devices|phone|computer|laptop|pc|camera|webcam|iphone|smartphone|mac|system|systems ~3 since|for|ever_since',
      // "we represent a group that obtained access to your device" (written at the start of 12-06 night)
      'group|team|i|we ~2 obtained|gained ~1 full|complete|remote|total? ~1 access ~1 to ~1 @your ~1 device|devices|phone|computer|laptop|pc|system|operating_system|webcam|camera|cam',
      '@i ~3 @intrude ~3 @your ~2 @device', '@i ~2 @install ~3 malware|trojan|spyware|virus|keylogger|rat|exploit',
      // "Pegasus is installed on your phone. I collected your photos, chats and browsing history" (12-06 morning round)
      'pegasus|spyware|malware|trojan|keylogger|rat ~2 is|was|has_been|got|been ~1 installed|running|active|planted ~2 on|in ~1 @your ~1 @device',
      '@i ~1 collected|harvested|extracted|exported ~4 @your ~4 chats|contacts|browsing_history|browser_history|correspondence',
      // "I installed my software": a parent installs an app or parental controls too
      '@i ~2 @install ~2 my|malicious|special|spy|remote|hidden ~2 software|program|app|application|code|script',
      'gave|give+|provide+|grant+ me ~1 full|whole|complete|total? access|accessibility|control ~3 @your ~2 @device',
      // real dev (Zoom mail): "a zero-day vulnerability on Zoom app, that allowed me a full-time access to your camera"
      'allowed|allows|let|lets|enabled ~1 me ~1 a? ~1 full|full_time|fulltime|complete|total|remote|permanent? ~1 access ~1 to ~1 @your ~1 camera|webcam|cam',
      '@your ~2 @device ~3 running|ran|infected|with ~3 my ~1 software|program|malware|virus|trojan|spyware|keylogger|code|script',
      'my ~1 malware|virus|trojan|spyware|keylogger', 'with a|my keylogger|trojan|spyware',
      '@you ~1 ran|run|opened|installed|clicked|downloaded|launched ~1 my ~1 special|malicious? code|software|program|malware|virus|script|file',
      '@i ~1 sent|send+|wrote|forward+ ~2 @you ~1 this|the|an|a ~1 message|email|mail|letter ~2 from @your ~1 own|hacked? account|email|mailbox|address|inbox',
      '@i ~1 sent|send+|wrote ~1 this|the ~1 message|email|mail|letter ~1 from @your ~1 own|hacked? account|email|mailbox|address|inbox',
      // dev-quoted mail-16 (12-03 pm): "Your phone was infected with Pegasus spyware", "I am a hacker who has gained access
      // to your operating system", "since then I have controlled your device", "i have all yours data and passwords", "i
      // hav acces to ur camera and mic"
      '@your ~2 @device|account|accounts|email|mailbox ~3 infected|hacked|compromised|breached ~2 with|by|through|via ~1 pegasus',
      '@i ~1 am|m ~1 a|the ~1 hacker|programmer|developer ~2 who|that ~1 has|have|had? ~1 gained|got|obtained|hacked|cracked ~3 access|into|@your',
      '@i ~1 have|had|ve ~1 controlled|been_controlling|been_monitoring|monitored ~1 @your ~2 @device',
      'i|we ~1 have|hav|got ~1 all ~1 your|yours|ur ~1 data|passwords|files ~2 and ~1 passwords|data|contacts|files',
      'i|we ~1 have|hav|hve|got ~1 full? ~1 acces|acess|axess|access ~2 your|ur|yo ~1 camera|cam|webcam|mic|microphone|phone|device|laptop|computer',
      // "from your email address, which I have hacked", "I used it to get into all devices on your network"
      '@your ~1 own? ~1 @device|mailbox|address|network|router|wifi ~4 which|that ~1 @i ~1 have|had? ~1 @intrude|broken_into|broke_into|got_into',
      '@i ~3 used|use+ ~5 to ~1 get|got|break|broke ~1 into|inside|in ~4 @device|network|wifi|router|devices',
      // "I used it to enter your accounts", "I wrote to you from your own account"
      '@i ~1 used ~1 it|this|that ~2 to ~1 enter|access|get_into|break_into|log_into|login_to|open ~2 @your ~1 @device|accounts|email|mailbox|inbox',
      '@i ~1 sent|send+|wrote|write+|writing|forward+|emailing|mailing ~2 @you|this|it ~2 from @your ~1 own ~1 account|email|mailbox|address|inbox',
      // "I installed a program on the adult video site you like"
      '@i ~2 @install ~3 program|software|code|script|malware|virus|trojan|app|exploit ~3 on|in|into ~2 the|a|an|that|your? ~2 adult|porn|porno|xxx|sex ~2 site|website|sites|websites|page|platform',
      // dev mail-6 (12-02 pm): "a RAT has been running on your phone", "it was enough for me to get into your e-mail and
      // plant my software on your computer", "Through it I got into every device connected to your network", "My
      // program captured your screen and your face"
      'rat|trojan|malware|spyware|keylogger|backdoor ~1 has ~1 been ~1 running|active|sitting|hiding ~2 on|in ~1 @your ~1 @device',
      'get|got|break|broke ~1 into ~1 @your ~1 @device ~2 and ~1 plant|install|put|hide ~2 my ~1 software|program|malware|virus|trojan|spyware',
      '@i ~1 got|gained|broke ~1 into|access_to ~1 every|all|each ~2 device|devices ~2 connected|on ~2 @your ~1 network|wifi|router',
      'my ~1 program|software|malware|virus|trojan|app|spyware ~1 captured|recorded|filmed ~1 @your ~1 face|webcam|screen_and_your_face',
      // "your device has been compromised by our group"
      '@your ~1 @device ~2 has|have ~1 been ~1 compromised|hacked|infected|breached ~2 by ~1 our|my ~1 group|team|hackers|organization|organisation',
      // broader: the intrusion said with more words between its parts ("some months ago I got access to the devices you use")
      '@i ~5 accessed|infected|hacked|penetrated|compromised|hijacked ~6 @device|router|network|wifi|devices|mailbox|inbox|icloud|browser', '@your ~1 @device|router|camera|webcam|cam|microphone|mic ~3 switched_on|turned_on|activated|hijacked|controlled|infected|hacked|taken_over ~3 by ~1 my|me|us|our', '@i ~1 have|ve|had ~1 been ~2 inside|in|into ~1 @your ~2 @device|network|router|mailbox|inbox|accounts'] },
    // control of the device, distinct from breaking into it: "I hacked your system" and "I have full
    // control of your device" are two claims (an intrusion and what it gives)
    { id: 'act.control', stage: 'compromise_claim', weight: 0.9, why: 'says they control their device or can connect to it', phrases: [
      '@i ~2 have|got|gained|took|take ~1 full|total|complete? control ~2 of|over @your ~2 @device',
      '@i ~1 in|took|take|taken ~1 full|total|complete? control ~2 of|over @your ~2 @device', '@i ~1 control+ @your ~2 @device',
      'i|we have|got|gained ~1 full? access ~2 your|ur',
      // "I have access to Amazon and some of your banks"
      '@i ~1 have|got|gained|had ~1 full|total|complete|remote? access ~1 to ~1 the|all|every? ~1 @device ~1 @you ~1 use|own|have',
      '@i ~1 have|got|gained|had ~1 full|total|complete|remote? access ~1 to ~5 @your ~1 @device|bank+|banking|accounts|cards|wallet+|finances|gallery|photos|files|cloud|messages|chats', '@i ~2 @keep ~2 @your ~1 personal? data|information|info|files|correspondence',
      '@i|@device|malware|virus|trojan|software|program|it|which ~2 turned|turns|switched|switches|can_turn|can_switch ~1 on @your ~1 webcam|camera|cam|microphone|mic',
      '@your ~1 front? webcam|camera|cam ~2 record+|film+|capture+|shoot+|shot ~1 @you',
      // "I filmed you in the bedroom through your smart TV camera", "I recorded the whole session with your front camera"
      '@i ~1 filmed|recorded|watched|captured|taped ~9 through|via|using|with|from ~1 @your ~3 camera|webcam|cam|cameras',
      // "your system is now under my control", "I keep silent about what I saw on your camera"
      '@your ~2 @device ~2 is|are ~1 now? ~1 under ~1 my ~1 control|surveillance',
      // "I bought the credentials", "easy to reach your phone backups and your intimate photos"
      '@i ~2 bought|purchased ~1 the|your ~1 credentials|password|passwords|login|logins',
      'reach+|access+|got|get ~3 @your ~4 intimate|private|nude|naked ~1 photos|pictures|pics|videos|images',
      'what ~1 @i ~1 saw|seen|recorded|watched|filmed ~2 on|through|via|with ~1 @your ~1 camera|webcam|cam|screen',
      // "this letter was sent from your own mailbox which I control", "has been under my control since"
      '@your ~1 own ~1 mailbox|account|email|address|inbox ~2 which|that ~1 @i ~1 control|own|hacked|took_over|have|access',
      '@your ~2 @device ~2 has_been|have_been|was|were ~1 under ~1 my ~1 control|surveillance',
      // "your phone camera recorded more than you think", "did you know your camera was watching you too?"
      '@your ~1 phone|front|laptop? ~1 webcam|camera|cam ~2 record+|film+|captured ~1 more|everything|it_all',
      '@your ~1 phone|front|laptop? ~1 webcam|camera|cam ~1 was|is|has_been|were ~1 watching|recording|filming ~1 @you',
      // "my software watched you through the webcam"
      'my ~1 software|program|malware|virus|trojan|spyware|rat|code ~2 watched|recorded|filmed|captured|saw ~1 @you ~3 through|via|with|using|from ~2 @your|the ~1 webcam|camera|cam',
      '@i ~2 implant+|inject+|plant+|attach+ ~4 into|onto|on|in|to @your ~1 own? @device',
      '@i ~2 created|made|wrote|developed|coded|built ~3 special|a|an|my? ~1 malicious? malware|program|software|virus|trojan|exploit|script ~3 on|to|for|in|into ~2 the|a|an|that? ~1 adult|porn|porno|xxx|video|website|site',
      '@i ~3 connect+|log+ ~2 to|into @your ~2 @device ~4 remote|remotely|anytime|any_time|whenever|like',
      '@your ~1 data|files|photos|contacts|information ~2 is|are ~1 already? on|in ~1 my|a ~1 remote? server|cloud',
      // "your contacts are now in my hands", "all your photos have been copied to my servers"
      '@your ~6 @device|accounts|account|contacts|data|files|photos|pictures|messages|chats|history|passwords ~3 are|is ~1 now|all? ~1 in ~1 my|our ~1 hands|possession|control', '@your ~8 copied|uploaded|downloaded|transferred|saved|stored|exported|backed_up ~2 to|on|onto|into ~1 my|our ~1 own? ~1 server+|drive+|computer+|cloud|disk+|storage'] },
    { id: 'act.surveillance', stage: 'compromise_claim', weight: 0.7, why: 'says they can see what they do on their device', phrases: [
      // "I had a chance to see everything you do on it" (12-06 morning round)
      'chance|opportunity|able|managed ~1 to ~1 see|watch|observe|monitor|follow ~1 everything|all ~2 @you ~1 type|typed|watch|watched|visit|visited|browse|browsed|search|searched',
      'chance|opportunity|able|managed ~1 to ~1 see|watch|observe|monitor|follow ~1 everything|all ~2 @you ~1 do|did ~2 on|with ~1 it',
      'chance|opportunity|able|managed ~1 to ~1 see|watch|observe|monitor|follow ~1 everything|all ~2 @you ~1 do|did ~2 on|with ~1 @your ~1 @device',
      // dev mail-9 (12-03): "I know you visited that site three times last week"
      '@i ~1 know ~1 @you ~1 visited|watched|viewed|browsed|opened ~1 that|those|these|the ~1 site|sites|website|websites|page|pages|videos',
      '@i ~1 @will? know|see|notice ~2 when|once|that|if|as_soon_as @you ~2 read+|open+|seen|view+',
      // "even now, reading this letter, you are on my screen"
      '@you ~1 are|re ~1 on ~1 my ~1 screen|monitor',
      '@i ~1 @will? be|get ~1 notified|informed|alerted ~2 when|once|that|if|as_soon_as @you ~2 read+|open+|seen|view+',
      // dev mail-6 (12-02 pm): "I put a tracker in this e-mail", "I'll know the moment you open this letter", "I have
      // been inside your mailbox for weeks", "I have been observing your computer and its camera", "Your webcam light
      // didn't turn on because I disabled it"
      '@i ~1 put|placed|embedded|inserted|hid ~1 a ~1 tracker|pixel|tracking_pixel ~1 in|into ~1 this ~1 email|e_mail|letter|message',
      // quote set 12-07 (seen half): "There is a tracking pixel in this e-mail, so I already know you have read it"
      'there ~1 is|s ~1 a ~1 tracker|pixel|tracking_pixel|tracking_code ~1 in|inside ~1 this ~1 email|e_mail|letter|message|mail ~3 so|and ~1 @i ~1 already? ~1 know',
      'pixel|tracker|tracking_pixel ~4 told|tells|showed|shows|notified|informed ~1 me ~4 @you ~2 opened|read|open|viewed',
      '@i ~1 @will? ~1 know ~1 the_moment|the_second|as_soon_as|the_minute ~1 @you ~1 open|read|see',
      '@i ~1 have|ve? ~1 been ~1 inside ~1 @your ~1 mailbox|inbox|email|phone|computer|laptop|device|system ~2 for ~1 weeks|months|days|a_while|some_time|a_long_time',
      '@i ~1 have|ve|am|m? ~1 been? ~1 observing ~1 @your ~1 computer|device|phone|laptop|camera|webcam|screen',
      'who ~1 has|have ~1 been ~1 observing|watching|recording ~1 @your ~1 computer|device|phone|laptop|camera|webcam|screen',
      '@your ~1 webcam|camera|cam ~1 light|led|indicator ~4 because ~1 @i ~1 disabled|turned_off|switched_off|blocked',
      '@i ~1 @will? get+|receive+ ~1 a ~1 notification|notice|alert ~3 open+|read+|view+',
      '@i ~1 can|will|wil see ~2 everything @you ~1 do|type|watch',
      // "I can see you right now", "you are on my screen"
      '@i ~1 can ~1 see ~1 @you ~1 right_now|at_this_moment|this_very_moment',
      '@i ~1 can|could ~1 see|watch|hear ~2 everything|all ~6 @your ~1 screen+|camera|cam|webcam|room|keyboard',
      // dev mail-10 (12-03 pm): "I can see your camera, read your messages and listen to your calls"
      '@i ~1 can|could ~1 see|watch|access|control|turn_on|switch_on|listen_to|record ~1 @your ~1 camera|webcam|cam|microphone|mic|calls|keystrokes',
      '@i know ~1 everything|everythin ~1 about @you', '@i know ~3 everything|all ~2 about|concerning|regarding @you',
      'dont|do_not know me ~4 @i know ~1 @you|everything',
      // "my software notifies me as soon as you open this letter", "... and I will know"
      '@device|software|program|malware|virus|trojan|spyware|tracker|pixel ~2 notif*|alert+|tell+|inform+ ~1 me ~3 when|once|as_soon_as|the_moment|if @you ~2 open+|read+|view+|see', 'and ~1 @i ~1 @will ~1 know', '@i ~1 @will ~1 know ~1 instantly|immediately|right_away|at_once'] },
    // the mass mail's watcher: "no one has paid me to investigate you", "I started tracking your
    // internet activities": a claim of watching, distinct from breaking in
    { id: 'act.watching', stage: 'compromise_claim', weight: 0.7, why: 'says they were paid to watch them or have been tracking them', phrases: [
      // dev mail-9 (12-03): "Attached is a photo of your street": they know where the reader lives
      'attached|attaching|enclosed|attach ~3 photo|picture|image|pic|snapshot ~2 of ~1 @your ~1 house|home|street|front_door|car|building|address|door',
      // "I saw everything last Thursday"
      '@i ~1 saw|seen|watched|recorded ~1 everything|it_all ~1 last|on|that ~1 monday|tuesday|wednesday|thursday|friday|saturday|sunday|night|evening|week',
      'nobody|noone|no_one|no_person|not_one_person|not_a_single_person ~2 paid|compensated|hired|asked|ordered ~1 me ~1 to? ~1 investigate+|check+|spy+|look+|watch+|follow+|track+|dig+',
      '@i|been|started ~3 track+|monitor+|spy+|follow+|watch+ ~2 on? @your ~1 internet|online|web|browsing|digital? activit*|browsing|history|every_move|screen',
      '@i ~3 watch+|observ+|monitor+|spy+ ~1 on? @you ~2 for|since|through|via ~2 months|weeks|days|a|some|your|ur|#',
      // "I have been watching you since then", "I monitor your device all the time", "you have been under
      // surveillance for several months"
      '@i ~3 watch+|observ+|monitor+|spy+|track+ ~1 on? @you ~1 ever? since|from ~1 then|that_day|that_moment|that_time|the_moment',
      '@i ~1 monitor+|watch+|control+|track+ ~1 @your ~1 @device ~2 all_the_time|constantly|every_day|day_and_night|at_all_times',
      '@you ~1 have|ve|are|were ~1 been? ~1 under ~1 surveillance|observation|my_control|monitoring',
      // "since then I have been monitoring everything you do"
      '@i|been|started ~3 track+|monitor+|watch+|spy+|observ+|record+ ~1 on? everything|all ~1 @you ~1 do|did|type|watch|visit',
      // "someone paid me to hack your phone", "we received an order to hack into your email"
      'paid|hired|ordered|order|orders|contracted|commissioned|asked ~3 to ~1 hack+|spy+|track+|monitor+|investigate+|dig+ ~1 into|on|up|in? ~1 @you',
      'paid|hired|ordered|order|orders|contracted|commissioned|asked ~3 to ~1 hack+|spy+|track+|monitor+|investigate+|dig+ ~1 into|on|up|in? ~1 @your ~2 @device|life|past|activit*|cloud|network|phone|email',
      // "your webcam captured everything"
      '@your ~1 webcam|camera|cam|microphone|mic ~2 captured|recorded|filmed|caught|saw ~1 everything|it_all|all|every_thing|@you'] },
    // "you visited a website that was infected with my software": how the intrusion happened, a claim
    // of its own next to the intrusion itself
    { id: 'act.visited', stage: 'compromise_claim', weight: 0.7, why: 'says a site they visited was infected or trapped', phrases: [
      'visit+|browse+|open+|watch+|click+ ~5 site+|website+|webpage+|page+|link+ ~5 infected|hacked|compromised|trapped|rigged|booby_trapped'] },
    // "I'm aware about your secret": what they claim to know, besides how they got it
    { id: 'act.secret', stage: 'compromise_claim', weight: 0.6, why: 'says they know a secret of theirs', phrases: [
      // "we have evidence of the explicit images"
      'evidence ~2 of ~1 the|your ~1 explicit|sexual|nude|intimate|indecent ~1 images|photos|pictures|videos|messages',
      // dev mail-6 (12-02 pm): "I can send it all with one command", "things you would never want your mother to see",
      // "Your husband might be interested in how you spend your evenings", "Your school board will surely be interested
      // in your evening hobbies", "It would be a pity if your neighbours learned what happens inside"
      '@i ~1 can|could ~1 send|post|share|release|leak|forward ~1 it|everything|them|this ~1 all? ~1 with ~1 one|a|a_single ~1 command|click|button|tap',
      'never|not ~1 want ~1 @your ~2 @audience ~1 to ~1 see|know|find_out|watch',
      '@your ~3 @audience ~3 be ~1 very|most|really|extremely|surely|certainly? ~1 interested ~1 in|to ~1 how_you|what_you|your_evening|your_evenings|your_nightly|your_private|your_browsing',
      'would ~1 be ~1 a ~1 pity|shame ~1 if ~3 @audience|neighbours|neighbors ~1 learned|learnt|found_out|knew|heard|saw',
      // "the moment you show this to anyone, the deal is off"
      'the_moment|if|once|as_soon_as @you ~1 show|tell|forward ~2 this|it|anyone ~4 the ~1 deal ~1 is ~1 off',
      // "It would be a shame if your neighbours got a copy of what I recorded", "your secret stays secret"
      'copy ~1 of ~1 what ~1 @i ~1 recorded|filmed|captured|saved|have',
      '@your ~1 dirty|little? ~1 secret ~1 stays|remains|will_stay ~1 secret|safe|hidden|between_us',
      // "your little secret is in my hands now", "your private life is now in my hands"
      '@your ~1 little|dirty|sneaky|darkest|private|intimate|personal? ~1 secret|secrets|life ~1 is|are ~1 now? ~1 in ~1 my|our ~1 hands',
      '@i ~1 know+|aware|found_out|discovered|learned ~2 about? @your ~1 dirty|little|sneaky|darkest? secret+',
      '@i ~1 know+|aware|found_out|discovered ~2 @your ~1 dirty|little|sneaky|darkest secret+',
      '@i ~1 know+|aware|found_out|discovered ~2 about? the|a ~1 secret+ @you ~1 are|were|have|had? ~1 keep+|hid+|hiding|kept',
      '@i know+ ~1 that? @you cheat+|cheated ~2 on',
      // "we both know what you did on that call" (tried as a user, 12-06 evening)
      '@i ~1 both|all? ~1 know ~1 what ~1 @you ~1 did|were_doing|done ~2 on|in_front_of ~1 that|the|our|your|ur ~1 call|cam|camera|facetime|video|vc|webcam|video_call'] },
    { id: 'act.delete_after_pay', stage: 'compromise_claim', weight: 0.9, why: 'promises to delete something once they are paid', phrases: [
      // dev mail-9 (12-03): "I will delete all compromising material after receive the payment", "When you've paid, reply
      // done ... and I will start the deletion"
      '@i @will? ~1 delete|erase|destroy|remove|wipe ~3 material|materials|evidence|recordings|footage|data ~3 after|once|when|as_soon_as ~3 payment|pay|paid|receive+|receiving|get|getting|funds|bitcoin|btc|transfer',
      'paid|payment ~8 @i @will? ~1 start|begin|proceed_with|do ~1 the ~1 deletion|removal|erasure|wipe',
      'once|after|when|if @you ~2 pay+|transfer+|send+ ~5 @i ~1 @will? delete+|remove+|erase+|destroy+ ~2 it|them|everything|all|@media',
      '@i ~1 @will? delete+|remove+|erase+|destroy+ ~3 once|after|when|if|soon @you ~2 pay+|transfer+|send+ ~2 it|me|us|the|money?',
      '@i ~1 @will? delete+|remove+|erase+|destroy+ ~3 after|on ~1 payment',
      // "pay and they are gone", "1st send the 150, then we talk about deleting"
      'pay+|transfer+|send+ ~3 and ~1 they|it|them|everything|@media ~1 are|is|r|s|will_be|get|gets ~1 gone|deleted|erased|removed|destroyed',
      'pay+|transfer+|send+ ~4 then ~3 talk+ ~1 about ~1 deleting|delete|deletion|removing|erasing',
      // "You pay, I delete", "pay once, I delete, done", "Only I can delete the video"
      'pay+ ~2 @i ~1 delete|erase|remove|destroy',
      // "gift card codes only ... take a pic of the back. then i delete"
      'then ~1 @i ~1 @will? delete|erase|remove ~1 it|them|everything|all|@media?',
      // "Kindly send the $500 so I can delete the video"
      'so|then ~1 @i ~1 can|will|could ~1 delete|erase|remove ~2 @object|@media',
      // "then the video is gone forever", "After you pay, the trojan removes itself and the video is destroyed automatically"
      'then ~2 @media ~1 is|will_be|are ~1 gone|deleted|erased|destroyed|removed',
      'after|once|when ~1 @you ~1 pay|paid ~8 @media ~1 is|will_be|are ~1 destroyed|deleted|erased|removed|gone',
      'only ~1 @i ~1 can ~1 delete|remove|erase|destroy ~2 @object',
      // "As soon as it arrives the video and the data will be removed from my server"
      'as_soon_as|once|when ~1 it|payment|the_payment|the_money|the_bitcoin ~1 arrives|arrive|is_received|comes_in|is_confirmed ~3 @object ~4 will ~1 be ~1 removed|deleted|erased|destroyed|wiped',
      'after|on|upon ~1 receiving? ~1 the|your? payment ~2 @i ~1 @will? delete+|remove+|erase+|destroy+',
      // "Once received I will erase everything", "After confirmation the files are destroyed automatically",
      // "Pay to me and nobody will see", "pay ... and we forget about this story forever", "send it to my
      // wallet and your problem disappears"
      'once|after|when|as_soon_as ~1 received|confirmed|paid|it_arrives|it_is_received|payment_is_received|i_receive_it|i_get_it|i_get_the_money|the_payment_arrives ~3 @i ~1 @will? delete+|remove+|erase+|destroy+|wipe+',
      'after|upon|once ~1 confirmation|receipt|payment|transfer ~5 @object|@media|files|everything|data|the_video|the_recording ~2 are|is|will_be|get|gets ~1 destroyed|deleted|erased|removed|wiped',
      'pay+ ~2 to? ~1 me|us? ~1 and ~1 nobody|noone|no_one ~1 will ~1 see|know|find_out',
      'pay+ ~6 and ~1 we|i|you ~1 will? ~1 forget ~2 about? ~1 this|it|everything|the_story|this_story|each_other',
      '@payact ~8 and|then ~1 @your ~1 problem|problems|troubles ~1 disappear+|vanish+|go_away|will_disappear|are_over|is_over|end+',
      'if @you ~1 want+|wish+|need+ ~1 me? ~1 to ~1 delete+|remove+|erase+|destroy+ ~5 pay+|send+|transfer+',
      '@payact ~4 @money|# ~4 and @i @will? @delete ~2 it|them|everything|all|@media',
      // dev chat-10 (12-04 late): "send me one more like the old ones and i'll delete the rest"
      'send+ ~3 one_more|another|more ~6 and ~1 @i @will? delete+|erase+|remove+ ~1 the ~1 rest|others|old_ones',
      '@i ~1 @will? delete+|remove+|erase+ ~2 it|them|everything|@media ~2 when|once|after|as_soon_as ~1 the|my|your ~1 money|payment|transfer|bitcoin ~1 arrives|comes|lands|clears|is_received|hits',
      // "send 150 on paypal and the clip is deleted"
      '@payact ~4 @money|# ~5 and|then ~2 the|this|that|your|those|these? ~1 @media|it|they|everything ~1 is|are|gets|get|will_be|goes|go ~1 deleted|removed|erased|gone|destroyed|wiped',
      '@payact ~4 @money|# ~6 and|then ~2 the|this|that|your|those|these|all? ~1 @media|files|data|recordings|evidence|material ~1 is|are|will_be ~1 permanently|immediately|automatically|forever|completely ~1 deleted|removed|erased|destroyed|wiped'] },
    // "(just) show, and I will delete everything", "do as I say and I'll erase it all": something held,
    // released when they comply (a claim and a demand in one)
    { id: 'act.release', stage: 'compromise_claim', weight: 0.9, why: 'promises to delete everything if they comply', phrases: RELEASE },
    { id: 'act.release_terms', stage: 'demand', weight: 0.8, why: 'sets terms for deleting what they hold', phrases: RELEASE },
    { id: 'act.deadline', stage: 'pressure', weight: 0.7, why: 'sets a deadline', phrases: [
      '@you ~1 have|got|get ~1 @duration', '@you ~1 have|got|get ~1 till|til|until|untill ~2 tonight|midnight|noon|morning|tomorrow|#', '@duration ~2 left|to_pay|or', 'within|in|by @duration', 'deadline of @duration', 'pay+ ~3 by|before|within # ~1 @time?',
      // "the timer started the moment you read this", "I will give you 2 days to pay"
      'timer|countdown|clock ~2 started|starts|is_running|is_ticking|ticking|running|begins', 'give ~1 @you ~1 @duration ~2 to ~1 pay|transfer|send|decide|make',
      // "im giving u til 9pm" (tried as a user, 12-06)
      'giving|give ~1 @you ~1 till|til|until|untill ~2 tonight|midnight|noon|morning|tomorrow|#'] },
    // the 2024 mass mail with a photo of the reader's house: "Is visiting 12 Elm Road a better way to contact you in case
    // you don't take action?", "calling 555-0100 or visiting your home would be a convenient way to reach you if you
    // don't act"
    { id: 'act.visit', stage: 'threat', weight: 0.8, why: 'says they will come to their home or call them unless they act', phrases: [
      'visiting|calling|visit|call ~8 a|the ~1 more|most|much? ~1 convenient|better|good|easier|faster|quicker|simpler ~1 way ~1 to ~1 contact|reach|talk_to|get_to ~1 you|u ~3 in_case|if|should|when ~1 you|u ~1 dont|do_not|fail_to|refuse_to|choose_not_to|wont|decide_not_to ~1 act|take_action|respond|reply|cooperate|pay|comply|do_anything',
      // "Is this your house at [address]? I took the picture from Google Street View so you understand I am not joking"
      'took|got|have|took_the|from ~2 picture|photo|image|pic ~4 street_view|google_maps|google_earth ~8 serious|joking|kidding|bluffing|playing|messing|mean_it|not_a_joke'] },
    { id: 'act.menace', stage: 'pressure', weight: 0.6, why: 'menacing words so they panic', phrases: [
      // "dont ignore me. it will be worse for u" (12-06 evening, tried as a user)
      'it|things|this ~1 @will|is_gonna|is_going_to ~1 be|get ~1 worse ~1 for ~1 @you',
      // pidgin "you think say i dey play?" (you think I'm joking?) (12-06 morning round)
      'think|tink ~1 say ~1 i|me ~1 dey ~1 play|joke|playing|joking',
      'dont test|try me', 'do not test|try me', 'try me', 'im|i am? not joking|kidding|playing|bluffing', 'this is not a joke|game',
      // "u thought this was a game?", "block me and see what happens" (tried as a user, 12-05 late)
      'you|u ~1 think|thought ~1 this|it ~1 is|was ~1 a ~1 game|joke',
      'block|blocking|ignore|ignoring|unadd|unadding ~1 me ~2 and ~1 see|watch ~1 what ~1 happens|happen',
      'i warned you', 'dont make me', 'you think im joking|kidding|bluffing', 'last warning',
      // "don't think i won't do it", "i'm not asking again" (tried as a user, 12-06 afternoon)
      'dont|do_not ~1 think ~1 i ~1 wont|will_not|wouldnt|would_not|cant|cannot ~1 do|post|send|share|leak|go_through',
      '@i ~1 not|never ~1 asking|telling|gonna_ask|going_to_ask|gonna_tell|going_to_tell ~1 you|u? ~1 again|twice',
      // "still got ur pic. wanna test me?" (tried as a user, 12-05)
      'wanna|want_to|u_wanna|you_wanna|do_you_want_to|u_want_to ~1 test|try ~1 me',
      // "this is the last time im asking nicely", "now u work for me", "did u really think i was a girl lol" (tried as a user,
      // 12-06 evening)
      'last|final|only ~1 time ~1 im|i_am|i|ima|imma ~1 asking|ask|gonna_ask|going_to_ask ~1 you|u? ~1 nicely|nice|politely',
      'now ~1 @you ~1 work|belong ~1 for|to ~1 me|us',
      'did|do ~1 @you ~1 really|actually|seriously|honestly ~1 think|believe ~1 i ~1 was|am|were ~1 a|an|really|actually? ~1 girl|boy|teen|teenager|#',
      // after a block (tried as a user, 12-05): "u blocked me so i made another acc", "blocking me wont help, new number"
      'blocked|blocking|block|unadded|unfriended ~1 me ~5 made|make|making|got|have|new ~1 another|a_new|new|second|other ~1 account|acc|acct|profile|number',
      // "don't try to flee", "don't even think about running"
      'dont|do_not ~1 even? try|think ~1 to|about? ~1 escape+|escaping|flee|fleeing|run|running|hide|hiding|run_away|get_away|disappear+|block+|blocking|report+|reporting',
      'no idea what ~2 capable of|can do', 'hello|hi|hey|dear ~1 pervert',
      // dev chat-13 (12-03): obedience as the price, "ur gonna do what i say now", "do what i say", "so u better keep replying"
      // (counted beside a claim of their pictures; a parent's "you will do what i say" alone stays below a warning)
      '@you ~1 @will|better|gonna|have_to|must|re_gonna|are_gonna|re_going_to ~1 do ~1 what|whatever|everything ~1 i|we ~1 say|tell|want|ask',
      'do ~1 what|whatever|everything ~1 i|we ~1 say|tell_you|tell_u|want|ask ~1 now|or|from_now_on|or_else',
      'better ~1 keep ~1 replying|answering|responding|talking_to_me|answering_me|replying_to_me',
      // the mass mail's "contacting the police is useless", "don't even think of telling the police"
      'contacting|calling|telling|informing|going_to|reporting_to|reporting ~1 the? ~1 police|cops|authorities ~3 useless|pointless|no_use|waste|will_not_help|wont_help',
      'dont|do_not|never ~1 even? ~1 think_of|think_about|try|bother ~2 telling|contacting|calling|informing|going_to|reporting|report|call|contact|tell ~1 the? ~1 police|cops|authorities',
      'nobody|no_one|noone ~1 can ~1 help ~1 @you ~3 not ~1 the ~1 police|cops',
      // "you don't know what I'm capable of"
      'what @i am? capable', '@you ~1 dont|do_not|didnt ~1 know ~2 what @i can do',
      // "a very bad situation for you", "if you act wisely"
      'bad|unpleasant|difficult|terrible|serious|awkward|nasty|unfortunate|dangerous ~1 situation ~2 for @you',
      'very bad situation', 'act|behave|decide ~1 wisely|smartly|sensibly|responsibly', 'in case @you dont|do_not act',
      // "do that fast, or I'll make you do it": a condition with coercion
      '@cond @i @will? make @you ~1 do_it|do_that|regret|regret_it|suffer',
      'or find out what happens', 'watch my next move', '@you dare ~2 block|report|ignore|delete me',
      '@you think @you can ~1 run|hide|escape|get_away',
      // "try blocking me and see what happens"
      'your move', 'ball is in your court', 'the choice is yours', 'choice is yours',
      'try|go_ahead_and|go_ahead ~1 block+|blocking|report+|reporting|ignore+|ignoring|delete+|deleting ~2 me ~3 see what happens', 'what would they|people|everyone think of @you',
      // "don't go to the police, they can't help you", "you probably think this is a joke. It is not"
      'dont|do_not ~1 go|run|turn|call|contact|tell ~1 to? ~1 the? ~1 police|cops|authorities|fbi|anyone|anybody|nobody ~6 cant|cannot|wont|will_not|unable ~1 help|save|stop|find|trace',
      // "You can file a complaint with the police, but they will not be able to help you"
      'you|u ~1 can|could|may ~1 file|make|lodge ~1 a ~1 complaint|report ~3 police|cops|authorities ~2 but ~5 not|never|cant|cannot|wont ~3 help|find|stop|save', 'this|it ~1 is|isnt ~1 not? ~1 a ~1 joke ~2 it|this ~1 is ~1 not'] },
    // the fake police summons' accusation: "your IP address ... accessed child pornography content", "you
    // are under investigation for offences of child pornography"
    { id: 'act.accusation', stage: 'compromise_claim', weight: 0.8, why: 'accuses them of a sex crime, as fake police letters and fake parents do', phrases: [
      '@you|your_ip|your_ip_address|your_computer|your_identity ~6 accessed|viewed|viewing|consulted|downloaded|downloading|distributed|watched|accessing ~4 child|minors|underage|children|juvenile ~1 pornography|porn|pornographic|sexual|abuse',
      'accused ~1 of ~3 possession|distribution|viewing|downloading ~2 of? ~1 images|photos|videos|material|pictures ~2 of ~1 minors|children|underage',
      'investigation|proceedings|proceeding|procedure|prosecution|file|case|legal_action ~6 for ~2 offences|offenses|crimes|acts? ~1 of? ~2 child_pornography|paedophilia|pedophilia|pedopornography|exhibitionism|cyberpornography',
      'under ~1 investigation ~3 for ~4 child_pornography|paedophilia|pedophilia|pedopornography',
      // dev mail-10 (12-03 pm): "Your system has been blocked for viewing child sexual abuse material", "You are accused of
      // sending sexual content to a minor", "an investigation has been opened against you for possession of paedophile images"
      'blocked|suspended|locked|flagged|reported ~2 for ~1 viewing|watching|downloading|distributing|sharing|accessing ~3 child|minors|underage|children|juvenile ~1 pornography|porn|pornographic|sexual|abuse',
      'accused ~1 of ~3 sending|sharing|distributing|possessing|viewing|downloading ~3 sexual|explicit|indecent|pornographic ~2 content|images|material|photos|videos|messages ~3 to|of|with|involving ~1 a? ~1 minor|minors|child|children',
      'investigation|proceedings|case|complaint ~4 against ~1 you ~2 for ~3 possession|distribution|viewing|downloading ~2 of? ~1 paedophile|pedophile|child_pornography|child_abuse|pedopornographic|pornographic ~1 images|material|content|videos|photos',
      // real dev (an Indian "cyber cell" summons): "the alleged court order against your Internet IP traffic", "visit juvenile
      // pornographic sites without being digitally captured"
      'court_order|court_orders|arrest_warrant ~4 against ~1 your|you',
      'visit|visiting|visited|visits ~2 child|minors|underage|children|juvenile ~1 pornography|porn|pornographic ~1 sites|websites|content|material|movies',
      // "your IP address was registered viewing illegal pornographic material", "identified browsing prohibited content"
      '@you|your_ip|your_ip_address|your_computer|your_device|your_identity|your_equipment ~8 accessed|accessing|viewed|viewing|consulted|downloaded|downloading|distributed|watched|browsing|browsed|access ~4 illegal|prohibited|indecent|forbidden|unlawful ~2 pornographic|sexual|adult? ~1 material|materials|content|images|videos|pornography|sites|websites|files',
      'illegal|prohibited|indecent|forbidden|unlawful ~2 material|materials|content|images|videos|files ~2 involving|depicting|of ~1 minors|children|underage|juveniles',
      // quote set 12-07 (seen half): "identified you as a viewer of illegal pornographic content", "your name will be entered in
      // the register of sexual offenders"
      'identified|flagged|registered|listed|recorded ~1 @you|your_ip|your_ip_address|your_device|your_computer ~1 as ~1 a|an? ~1 viewer|consumer|downloader|distributor|user|buyer ~1 of ~2 illegal|prohibited|child|pedophile|paedophile|indecent|pornographic ~1 pornography|pornographic|content|material|images|videos',
      '@your ~1 name|identity|details ~2 will_be|is_going_to_be|gets|get ~1 entered|added|registered|listed|recorded|put|placed ~1 in|on|into|to ~1 the|a ~2 register|registry|list|database|file ~1 of|for ~1 sex|sexual ~1 offenders|offender|predators|criminals',
      // dev mail-8 (12-04 late): "identified your IP address in connection with the distribution of child pornography", "the
      // facts of pedophilia, exhibitionism and cyber-pornography of which you are accused"
      'connection|connected|linked|relation ~2 with|to ~1 the ~1 distribution|possession|viewing|consumption|download|downloading ~1 of ~1 child_pornography|child_abuse_material|pedopornography|paedophile_images|pedophile_images',
      'facts ~1 of ~3 pedophilia|paedophilia|child_pornography|pedopornography|cyber_pornography|cyberpornography|exhibitionism',
      // the fake minor after a sexting chat: "the girl you were talking to is 15", "you sent explicit pictures to a minor",
      // "I'm her father. She's 14", "I'm going to report you for sending nudes to a minor"
      'the ~1 girl|boy|person|kid ~3 @you ~1 were|was|have_been|ve_been|are|re ~1 talking|chatting|sexting|texting|messaging|snapping|dming ~1 to|with? ~2 is|was ~1 only? ~1 #|a_minor|underage|a_child',
      '@you ~1 sent|were_sending|have_been_sending|ve_been_sending|have_sent|ve_sent ~2 explicit|nude|nudes|sexual|naked|dirty|intimate|indecent ~2 pictures|pics|photos|images|videos|messages|content|texts? ~2 to ~1 a ~1 minor|child|kid|#_year_old',
      'report+ ~1 @you ~3 for ~1 sending|sexting|messaging|texting|talking_to|chatting_with ~4 a ~1 minor|child|kid|#_year_old',
      // "i'll report you for sending nudes and you'll go to jail, unless you pay me 200" (12-06 morning round)
      `report+ ~1 @you ~2 to ~1 the? ~1 police|cops|feds|fbi|authorities ~3 for ~1 ${SENDING_NUDES}`,
      `report+ ~1 @you ~4 for ~1 ${SENDING_NUDES} ~8 unless|or|if_you_dont|if_u_dont ~3 pay+`,
      'i_am|im|i_m ~1 her|his ~1 father|dad|mother|mom|mum|stepdad ~3 she|he|shes|hes|she_is|he_is ~1 only? ~1 # ~1 years? ~1 old?'] },
    // a fee to remove or delete the reader's pictures (tried as a user, 12-06): the fake recovery service or "cyber police"
    // that finds people already being threatened ("we can remove them from all sites for a fee of 300 dollars", "our
    // agency can delete the images. the service costs $250"), and an extortionist's price put the same way
    { id: 'act.removal_fee', stage: 'demand', weight: 0.8, why: 'asks for a fee to remove or delete pictures', phrases: [
      `${TAKE_DOWN} ~5 @media|@object ~8 for ~2 fee|fees|charge|service_fee`,
      `${TAKE_DOWN} ~5 @media|@object ~6 from ~3 internet|web|sites|websites|platforms|google|servers|everywhere|online ~10 fee|fees|cost|costs|charge|charges|price|# ~1 @currency`,
      `${TAKE_DOWN} ~4 @media ~12 service|services|removal ~3 cost|costs|fee|fees|charge|charges|price|is`,
      'fee|fees|price|charge ~4 to|for ~2 @delete|take_down|takedown|removing|deleting ~5 @media'] },
    { id: 'act.fine', stage: 'demand', weight: 0.8, why: 'asks for a fine to be paid (fake police letters)', phrases: [
      // dev mail-9 (12-03): "A fine of 450 EUR is payable via the attached voucher code"
      'fine|penalty|sanction ~2 of ~1 # ~1 @currency ~2 is|are ~1 payable|due|to_be_paid',
      'fine|penalty|sanction ~2 of ~1 @currency ~1 # ~2 is|are ~1 payable|due|to_be_paid',
      'settle|pay ~2 a|the? ~1 fine|penalty ~3 of? ~1 # ~1 @currency', 'settle|pay ~2 a|the? ~1 fine|penalty ~3 of? ~1 @currency #',
      // "A fine of 5000 EUR must be paid to avoid arrest", "pay the administrative fine of 500 EUR"
      'fine|penalty|sanction ~2 of ~1 # ~1 @currency ~3 must|has_to|is_to|should|needs_to ~1 be ~1 paid|settled|transferred',
      'fine|penalty|sanction ~2 of ~1 @currency ~1 # ~3 must|has_to|is_to|should|needs_to ~1 be ~1 paid|settled|transferred',
      'settle+|pay+ ~2 the|a|an ~1 administrative|criminal|legal ~1 fine|penalty',
      // "pay fine of 700 in gift cards today"
      'pay|settle ~1 a|the? ~1 fine|penalty ~1 of ~1 # ~3 gift_cards|giftcards|bitcoin|btc|@currency'] },
    // the fake police letter's "we will send your file to the media and to the register of sex offenders";
    // said by "I/we" it may name the press or a register without "the media" or "sex offenders"
    { id: 'act.file_to_media', stage: 'threat', weight: 1, why: 'threatens to publish their name or file as a sex offender (fake police letters)', phrases: [
      // "To stop the publication of your name in the national register of sex offenders, settle the penalty"
      'publication|publishing|listing ~1 of ~1 @your ~1 name|file|identity ~3 register|registry ~2 of? ~1 sex ~1 offenders',
      '@i @will? ~4 send|transmit|forward|publish|pass ~2 @your ~1 file|name|case|identity|dossier ~3 to ~2 the? ~1 media|press|newspapers|register',
      'send+|transmit+|forward+|hand+|pass+|leak+|give+|submit+ ~3 @your ~1 file|case_file|record|records|dossier|identity|name ~3 to ~1 the ~1 media|@sex_register',
      '@your ~1 file|case_file|record|records|dossier|identity|name ~4 be|being|get ~1 published|made_public|released|sent|transmitted|forwarded|added|entered ~3 to|in|into|on ~1 the ~1 media|@sex_register',
      // dev mail-10 (12-03 pm): "Your name will be published in the national press as a paedophile", "you will be arrested
      // and your details will be shared with the press", "add you to the national register of sex offenders"
      '@your ~1 name|file|details|identity|photo ~4 be|being|get ~1 published|made_public|released|shared|passed|given ~3 in|to|with ~1 the ~2 media|press|newspapers|news ~3 as ~1 a ~1 paedophile|pedophile|sex_offender|predator|pervert|child_molester',
      'arrested ~1 and ~1 @your ~1 name|details|identity|file ~3 published|shared|released|given|passed ~3 press|media|newspapers',
      'add|register|list|enter|include ~1 you|your_name ~2 to|in|on|into ~2 the? ~2 register|registry|database ~2 of? ~1 sex_offenders|sexual_offenders|sex_offender|paedophiles|pedophiles',
      // dev mail-7, mail-8 (12-04 late): "otherwise the file will be forwarded to the prosecutor and to the media"
      'the|this ~1 file|case_file|dossier|case ~4 be|being ~1 forwarded|sent|transmitted|passed ~3 to ~2 the ~1 prosecutor|court|police ~3 and ~2 to? ~1 the ~1 media|press'] },
    // the fake parent or policeman after a sexting chat: "send me a money order and you won't be charged"
    { id: 'act.pay_or_charged', stage: 'threat', weight: 0.8, why: 'says they will be charged or reported to the police unless they pay', phrases: [
      'send+|pay+|wire+ ~6 and ~1 @you ~1 wont|will_not ~1 be ~1 charged|arrested',
      'if ~1 @you ~1 send|pay|wire ~5 @i ~1 wont|will_not ~2 follow_through|press_charges|report_you|go_to_the_police',
      // "To avoid charges you must compensate the family", "u want me to go to police or we settle this"
      'to ~1 avoid ~1 charges|arrest|prosecution|jail|prison ~4 must|have_to|need_to|should ~1 pay|compensate|send|settle',
      'want ~1 me ~1 to ~1 go ~1 to ~1 the? ~1 police|cops ~1 or ~3 settle|pay|sort'] },
    // the fake minor's parent after a sexting chat, in words a lender or a landlord also uses: "he will report you unless
    // you pay", "pay 500 or we go to the police", "you're going to jail unless you send me 1000"; a weaker threat, counted
    // only next to an accusation or a demand
    { id: 'act.police_for_pay', stage: 'threat', weight: 0.45, why: 'says they will go to the police unless they pay', phrases: [
      'report+ ~1 @you ~3 unless|if_you_dont|if_u_dont|if_you_do_not ~2 pay|send|transfer ~1 me|us|him|her|#|@money',
      'pay|send|transfer ~4 #|@money ~3 or ~2 @i @will? ~1 go|going ~1 to ~1 the? ~1 police|cops',
      'wants|want|needs|need ~2 #|@money ~3 or ~1 he|she|they|@i ~1 @will? ~1 go|goes|going ~1 to ~1 the? ~1 police|cops',
      '@youre|@you ~1 are|re|will_be|will? ~1 going|go ~1 to ~1 jail|prison ~2 unless|if_you_dont|if_u_dont ~3 pay|send|transfer ~1 me|us|him|her|#|@money',
      // the fake police mail (tried as a user, 12-05): "To avoid criminal proceedings you must pay a fine of 500 EUR"
      'to ~1 avoid|prevent|stop ~1 criminal|legal|judicial? ~1 proceedings|prosecution|arrest|charges|a_lawsuit|court_action ~6 pay+|transfer+|send+',
      // the fake officer's fine (tried as a user, 12-05): "pay the fine of 500 dollars within 24 hours or you will be arrested"
      'pay+|send+|transfer+ ~4 #|@money|fine ~5 or|otherwise|else ~1 @you @will? ~1 be ~1 arrested|jailed|prosecuted|charged|detained'] },
    { id: 'act.legal', stage: 'pressure', weight: 0.7, why: 'threatens arrest or prosecution (fake police letters)', phrases: [
      '@you ~1 are|will_be|is ~1 subject|subjected ~1 to ~3 legal|judicial|criminal|court ~1 proceedings|prosecution|action|sanctions',
      'warrant for @your arrest',
      // dev mail-8 (12-04 late): the French summons' "you are invited to justify yourself by e-mail"
      'invited|required|summoned|must|have_to|obliged ~2 to? ~1 justify ~1 yourself|yourselves ~3 by ~1 e_mail|email|mail|return|reply',
      // "serious legal action will be taken against you", "we are taking legal action against you"
      'legal|criminal|judicial ~1 action|actions|proceedings ~4 taken|take|taking|initiated|started|brought ~1 against ~1 @you',
      'taking|take|initiate+|start+|bring+ ~1 legal|criminal|judicial ~1 action|proceedings ~1 against ~1 @you', 'arrest warrant ~3 against|for|in_your_name @you?', '@you @will? be ~1 arrested|detained|prosecuted|charged'] },
    // the harm as the threat itself, in the writer's own voice (dev chat-12, 12-03): "dont make me ruin ur life over 150
    // bucks", "i will ruin your reputation"; a weaker threat, counted only next to a demand or a claim
    { id: 'act.ruin', stage: 'threat', weight: 0.45, why: 'threatens to ruin their life', phrases: [
      '@i @will? ~2 ruin+|destroy+|wreck+ ~2 @your ~1 life|future|reputation|career|name|family|marriage',
      'dont|do_not ~1 make|force ~1 me ~1 to? ~1 ruin|destroy|wreck ~2 @your ~1 life|future|reputation|career|name|family',
      'dont|do_not ~1 make|force ~1 me ~1 to? ~1 ruin|destroy|wreck ~1 @you',
      'no ~1 pay|payment|money ~2 @your ~1 life ~1 finish|finished|over|done|ruined',
      // "ignore this and watch your life fall apart" (12-06 morning round)
      'watch ~1 @your ~1 life|world|reputation|career|marriage ~1 fall|crumble|collapse ~1 apart|down?',
      'is ~1 that|it|this ~1 worth ~1 @your ~1 whole|entire? ~1 life|future|reputation',
      // the smear offenders threaten boys with: "I'll make sure everyone knows you're a pedo"
      '@i @will? ~2 make_sure|tell|let|show ~2 everyone|everybody|the_world|@your ~2 @audience? ~1 know|knows|think|thinks|sees|see? ~2 @youre|you|u ~1 are|r? ~1 a ~1 pedo|pedophile|paedophile|predator|rapist|child_molester|nonce'] },
    { id: 'act.harm', stage: 'pressure', weight: 0.8, why: 'scary words so they panic', phrases: [
      // "i'll make sure you never get into any college" (12-06 evening, tried as a user)
      '@i @will? ~1 make ~1 sure ~1 @you ~1 never ~1 get ~1 into|in ~1 any|a? ~1 college|uni|university|school|job',
      // "if i dont see it in 30 min ur done"
      'if ~1 i ~1 dont|do_not ~1 see|get|receive ~4 @youre ~1 done|finished|over|dead',
      // "u got 10 mins to cashapp me $75 or its over for u" (tried as a user, 12-05 evening)
      'or|otherwise|else ~1 its|it_is|it_s|itl_be|it_will_be ~1 over|game_over ~1 for ~1 you|u|ya',
      '@i @will? ~2 ruin+|destroy+|wreck+|end+ ~2 @your ~1 life|future|reputation|career|name|family|relationship',
      // "I have everything I need to ruin you" ("wreck", "destroy" you are also gaming talk)
      '@i ~3 ruin+ @you',
      // "send google play card 100 or u r finished" (dev-quoted demands-18, first half)
      'or|otherwise|or_else ~1 @youre ~1 finished|done_for|dead',
      '@i @will? ~1 make ~1 @your ~1 life ~1 hell|a_living_hell|miserable',
      // "I will make u regret ever chatting me" (tried as a user, 12-06 afternoon)
      '@i @will? ~1 make ~1 @you ~1 regret ~1 ever|chatting|messaging|meeting|talking|sending|this|it|the_day',
      '@your ~1 life|future|reputation|career ~2 will_be|is|gonna_be ~1 over|ruined|done|finished|destroyed',
      'say ~1 goodbye|bye ~1 to ~1 @your ~1 reputation|life|future|career|scholarship|friends|family|social_life',
      // "your life is literally over if this gets out", "you're gonna be the joke of the entire school"
      '@your ~1 life ~1 is ~1 literally|basically|totally? ~1 over|done|ruined|finished',
      '@youre|you_will_be|youll_be|u_will_be ~1 gonna|going_to? ~1 be ~1 the ~1 joke|laughing_stock|meme ~1 of ~2 @audience|school|class|town|internet',
      'otherwise|or ~1 @i @will? ~1 ruin+|destroy+|end+ ~1 @you',
      'the longer @you ~1 wait|take|ignore ~3 the ~1 more|worse|higher',
      'joke|laughing_stock ~1 of ~1 the|your|ur ~1 school|class|town|grade',
      'dont|do_not ~1 make ~1 me ~1 ruin|destroy|end|expose ~2 @your|@you',
      // harm in other words (a grammar of the script's lines, 12-05): "your family will disown you", "your future is gone",
      // "kiss your scholarship goodbye", "you will never live this down", "nobody will ever look at you the same"
      '@your ~1 family|parents|mum|mom|dad|folks ~1 @will ~1 disown+|hate+|kick_you_out|kick_u_out ~1 @you?',
      '@your ~1 life|future|reputation|career|scholarship|name ~1 is|s|will_be|gonna_be ~1 gone|history|toast|dead',
      'kiss ~1 @your ~1 future|scholarship|reputation|career|life|friends|place|spot|social_life ~1 goodbye|bye',
      '@you ~1 @will ~1 never ~1 live ~1 this|it|that ~1 down',
      'nobody|no_one|noone|no1 ~1 @will ~1 ever? ~1 look ~1 at ~1 @you ~1 the ~1 same',
      '@you ~1 can ~1 forget ~1 about ~1 @your ~1 future|scholarship|career|place|reputation|spot',
      // "pay or everyone will know", "send the money or everybody finds out what you did", "your whole life is about to
      // change if you ignore me" (tried as a user, 12-06 afternoon; "tell her or everyone will find out anyway" is advice)
      'pay+|transfer+|@money ~3 or|otherwise|else|unless ~1 everyone|everybody ~2 will_know|finds_out|find_out|will_find_out|knows|will_hear|hears ~2 what|about|everything?',
      '@your ~1 whole|entire? ~1 life ~1 is|s|will ~1 about_to|going_to|gonna? ~1 change ~2 if|unless|once|when ~1 @you ~1 ignore|block|dont|do_not|leave|stop|report'] },

    // deepfake_threat
    { id: 'deepfake.make', stage: 'deepfake_threat', weight: 1, why: 'threatens fake nude images', phrases: [
      'make+|create+|edit+|photoshop+|generate+|do ~4 fake? nude*|naked|porn|nsfw|noods ~3 you|u|your|ur',
      'photoshop|edit|put|paste ~3 your|ur face ~4 nude|naked|porn|body|video',
      // "I'll put your kids' faces in porn videos"
      'photoshop+|edit+|put|paste+ ~4 face|faces ~4 porn*|nude*|naked',
      `from|using ~1 your|ur ~2 pics|photos|pictures|selfies|insta|instagram|profile ~5 nude*|naked|porn|fake`,
      'fake|ai ~1 nude*|naked|porn ~2 of ~1 you|u', 'nudify|undress ~1 your|ur|you|u',
      // dev early-14 (12-03 pm): "or we edit your selfie into a nude and post it"
      'edit+|photoshop+|turn+|make|morph+ ~2 your|ur ~1 selfie|selfies|pic|pics|photo|photos|face|picture ~2 into ~1 a? ~1 nude*|naked|porn*',
      // "created morphed photos of her" (Indian English for edited fakes; the sixth stories, seen, 12-07)
      'make+|create+|generate+|do ~2 morphed|morph ~1 pics|photos|pictures|images|pic|photo|video|videos ~2 of ~1 you|u|your|ur',
      // the reader's face from a call, made into a porn video: "she screenshotted my face on the call and says shes making it
      // into a porn video" (tried as a user, 12-07 noon)
      '@i ~2 making|make|made|turn+|edit+|editing ~1 it|them|this|that ~1 into ~1 a|an? ~1 porn*|nude*|naked|sex ~1 video|vid|clip|pic|pics|photo|photos|picture|pictures|image|images'] },
    { id: 'deepfake.mention', stage: 'deepfake_threat', weight: 0.35, why: 'mentions fake or AI nude images', phrases: [
      'deepfake*', 'deep fake|fakes', 'ai ~1 nude*|naked|porn', 'fake ~1 nude*|naked|porn', 'undress ~1 app|ai|bot', 'nudify*',
      'morphed ~1 pics|photos|pictures|images|pic|photo|video|videos'] },

    // ---- the adult-to-minor grooming script (grooming.ts): acts over the word classes `guardian`,
    // `authority`, `gift`; none alerts alone, `groomingScript` pairs them per sender
    { id: 'act.groom_hide', stage: 'secrecy', weight: 0.8, why: 'asks them to hide the contact from their parents', phrases: [
      'dont|cant|cannot|mustnt|never|shouldnt|do_not|can_not|must_not|better_not ever? tell+|mention+|show+|say+ this|it|that|anything|any_of_this|about_us|about_this|a_word|them? to? @guardian',
      '@guardian ~2 cant|mustnt|shouldnt|wont|cannot|can_not|must_not|never|not ~2 know|find+|see+|hear+|read+|understand',
      '@guardian ~1 doesnt|dont|does_not|do_not|never ~2 need|have|has ~1 to ~1 know|see',
      'as_long_as|provided|so_long_as|if @guardian ~2 doesnt|dont|does_not|do_not|never ~1 find+|know+|see+|hear+',
      'if|as_long_as|provided @you ~2 dont|do_not|never|wont ~2 tell+|show+|say ~3 @guardian',
      'delete+|hide+|clear+|erase+ ~4 so|before|in_case @guardian ~3 see+|find+|read+|check+',
      // "use vanish mode so ur mum doesnt see" (found on the Help page, 12-05, read as a threat to show her)
      'vanish_mode|disappearing_messages|private|secret|hidden ~3 so|so_that|in_case @guardian ~3 see+|find+|read+|check+|know',
      'keep+ ~3 from|away_from @guardian', 'alone|just_you_and_me ~3 without @guardian'] },
    { id: 'act.groom_trouble', stage: 'secrecy', weight: 0.8, why: 'says they would get in trouble if anyone found out', phrases: [
      'if @guardian|anyone|anybody|someone|people ~2 find+|found|knew|know+|see+|hear+ ~5 @i @will? ~2 get|be|go|lose|end_up ~2 trouble|fired|arrested|jail|prison|my_job|locked_up',
      '@i @will? ~2 get|be|go|lose|end_up ~2 trouble|fired|arrested|jail|prison|my_job|locked_up ~3 if @you ~1 tell+|told|show+|say',
      'get+ me ~1 in ~2 trouble ~3 if @you ~1 tell+|told|show+|say',
      'dont|do_not ~1 tell+ ~3 as|because|cause|or @i @will? ~1 get|be|go|lose ~2 trouble|fired|arrested|jail|prison|my_job'] },
    { id: 'act.groom_private', stage: 'secrecy', weight: 0.6, why: 'sets up a hidden channel (write when alone, hide the number)', phrases: [
      'when|whenever|once|if @youre|@you ~1 are|r? ~1 alone|by_yourself ~3 text|message|write|call|dm|msg|snap ~1 me',
      'text|message|write|call|dm|msg ~1 me ~3 when|whenever|once|if @youre|@you ~1 are|r? ~1 alone|by_yourself',
      'text|message|write|call|dm|msg ~1 me ~3 when|once|after @guardian ~1 are|r|is|go+ ~1 asleep|sleeping|out|gone|to_bed|away',
      'dont|do_not|never ~1 show|give|tell ~2 this|my ~1 number ~3 to? anyone|anybody|nobody|@guardian',
      'nobody|noone|no_one ~1 else? ~2 can|should|must ~1 see|have|know ~1 this|my ~1 number',
      'only ~2 message|text|call|write|dm ~1 me ~2 on|at|through ~1 this ~1 number|app|account',
      'dont|do_not ~1 save ~2 my ~1 number|name|contact ~2 under|as? ~1 my ~1 real? name'] },
    { id: 'act.groom_role', stage: 'persona', weight: 0.8, why: 'an adult in authority offering to be a secret friend', phrases: [
      'not ~2 @your @authority ~4 but|just|im|i_am ~2 @your? friend|mate|buddy|pal',
      'not as|like @your @authority ~3 as|like ~1 a|your? friend|mate|buddy|pal',
      'forget ~2 im|i_am ~1 @your @authority', 'here|outside|chat ~3 im|i_am not|no_longer @your @authority',
      'outside|out_of ~1 of? class|school|practice|training ~2 you|u ~1 can ~1 call me ~2 by? my first? name'] },
    { id: 'act.groom_meet', stage: 'secrecy', weight: 0.45, why: 'invites them to meet alone or in a room', phrases: [
      'meet|see|pick+ ~2 @you|me ~6 just_you_and_me|alone|by_yourself|so_nobody|so_no_one|where_nobody|where_no_one',
      'pick+ @you up ~3 round|around|down|at|on ~2 corner|street|road|block ~3 so? nobody|noone|no_one?',
      'come|get ~2 to|up_to|over_to|into|in ~1 my ~1 hotel|room|bed|car|van|truck|flat|apartment',
      'my ~1 hotel|room ~2 room|number? ~1 is ~1 #', 'my hotel room',
      'come|meet|visit ~7 when|while my ~1 wife*|husband*|girlfriend*|partner*|missus|mrs ~2 out|away|gone|not_home|at_work|working|asleep',
      'nobody|noone|no_one ~3 has|needs ~1 to ~1 know ~3 we|were ~1 meeting|meet|see|seeing'] },
    { id: 'act.groom_gift', stage: 'persona', weight: 0.5, why: 'offers them a gift', phrases: [
      '@i @will? ~2 buy+|get|give+|send+|bought|got ~1 @you ~3 @gift', '@i @will? ~2 buy+|get|bought|got ~1 @gift ~2 for @you',
      '@gift ~3 for @you ~4 if @you'] },
    { id: 'act.groom_child', stage: 'persona', weight: 0.5, why: 'treats them as a child in a romantic or sexual way', phrases: [
      'if ~1 i|only_i ~1 was|were @your age', 'wish ~2 i|im|i_was|i_were ~2 @your age', 'if ~1 i|only_i ~1 was|were younger',
      'im|i_am not # ~4 could|would ~2 date|kiss|marry|ask_you_out', 'wish ~2 i|im ~2 # ~4 could|would ~2 date|kiss|marry|ask_you_out',
      '@youre|@you ~1 only #', 'know @youre|@you ~1 are? #', 'mature|grown_up|grownup ~1 for ~1 #', 'mature|grown_up|grownup ~1 for @your age',
      'age is ~1 just|only ~1 a number', 'since @you ~1 were ~1 a|little? ~1 baby|little|small|kid|child'] },
    { id: 'act.groom_romance', stage: 'sexualisation', weight: 0.3, why: 'romantic or bodily talk', phrases: [
      'kiss|hold|hug|cuddle ~1 @you ~1 all? over|everywhere|in_bed|right_now', '@i ~2 love|like|want ~1 to ~1 kiss|hold|date ~1 @you',
      'ask @you out', 'date @you', 'be my ~1 girlfriend|boyfriend|gf|bf', 'sleep ~1 with @you', 'your|ur ~1 body',
      'thinking about @you ~1 in_bed|at_night|naked', 'send+ me ~3 dirty|naughty|sexy|explicit|spicy'] },
    { id: 'act.groom_bargain', stage: 'persona', weight: 0.5, why: 'offers a gift in exchange for something', phrases: [
      '@i @will? ~2 buy+|get|give+|send+ @you ~3 @gift ~3 if @you ~1 tell+_me|send+|show+|come|meet|visit',
      '@gift ~3 if @you ~1 tell+_me|send+|show+|come|meet|visit',
      '@gift ~5 if @you ~1 dont|do_not|never ~1 tell ~1 anyone|anybody ~3 about_us|we_talk|we_chat|we_text|we_meet'] },

    // ---- early script (score.ts): pushing written as one word ("c'mon" folds to "cmon")
    { id: 'pressure.insist', stage: 'pressure', weight: 0.5, why: 'keeps pushing after a no', phrases: [
      'cmon|comeon|cmonn', 'pretty please', 'just ~1 for ~1 a ~1 min|minute|sec|second', 'pls pls|please', 'just one|1 ~2 pic|pics|photo|picture|vid|video|more',
      // "pls just one im begging" (a set written after the rules, 12-06 night)
      'pls|please|plz ~1 just ~1 one|1'] },
  ],
  classes: {
    guardian: 'your parents|ur parents|your mum|your mom|your mother|your dad|your father|ur mum|ur mom|ur dad|your folks|your family|your teacher|your teachers|your coach|your parent|your stepdad|your stepmum|your stepmom|your mum or dad|your mom or dad|your mum and dad|your mom and dad',
    authority: 'teacher|coach|tutor|trainer|instructor|sir|miss|pastor|priest|youth leader|counsellor|counselor|principal|headteacher|head teacher|scout leader|babysitter|manager',
    gift: 'a present|a gift|presents|gifts|the new iphone|an iphone|a new phone|a phone|the phone|something nice|something special|money|clothes|shoes|trainers|sneakers|a surprise|vbucks|robux|anything you want|whatever you want',
    youre: 'youre|ur|your|you are|u are|u r|you r|yore',
    sex_register: 'register of offenders|offenders register|register of sex offenders|sex offenders register|sex offender register|sex offenders registry|sex offender registry',
    i: 'i|we|ive|weve|im|il|ill|id|wed|wel|were|ima|imma|gonna|gona|am|i am|we are|my team|my guys|my people|my boys|my associates|my associate|my partners|my colleagues',
    will: 'will|wil|gonna|gona|going to|ima|imma|about to|shall|would|wud|just|literally|def|definitely|then|am going to|are going to|am gonna|are gonna|am about to',
    you: 'you|u|ya|yu|ye|yourself|urself',
    your: 'your|ur|yo|yer|youre|yor|ure|all your|all ur|every one of your',
    expose: 'sell+|deliver+|send+|post+|share+|leak+|upload+|put up|put out|put online|expose+|show+|spread+|forward+|go viral|publish+|release+|blast+|distribute+|circulate+|dm+|tag+|email+|mail+|drop+|airdrop+|dump+|plaster+|splash+|broadcast+|pass+ around|pass+ round|mass dm+',
    leak: 'expose+|leak+|blast+',
    delete: 'delete+|remove+|erase+|destroy+|wipe+|get rid of',
    object: 'they|it|this|that|them|these|those|em|everything|all of it|all of them|the first one|the next one|next one|the other ones|the rest|the last one|the old ones|the others|the whole folder|the folder|the album|itl|theyl|existing ones|the original|the originals|your stuff|the stuff|the files|what you sent|what u sent|what you sent me|what u sent me|@media',
    media: 'call+|videocall+|facetime+|pic*|picture+|photo*|pix|nude*|nudz|noodz|noods|newds|video+|vid|vids|clip+|recording+|footage|screenshot*|ss|image+|selfie*|tape+|film+|movie+|snap+|compilation+|montage+|copies|shots|vod|vods|private content|intimate content|explicit content|nsfw content|spicy content|webcam captures|camera captures|screen captures|web camera records|webcam records|web cam records|camera records',
    audience: 'head of year|lads|boys|girls|form group|tutor group|form class|mummy|mommy|daddy|fellowship|parish|choir|form tutor|year head|mums|moms|mothers|dads|fathers|sisters|brothers|wifes|husbands|bosses|coaches|uncle+|aunt+|auntie+|aunty|nan|nana|grandpa+|granddad+|grandad+|grandmas|stepdad+|stepmom+|stepmum+|principal+|headteacher+|teachers|pastor+|manager+|gaming friends|group chat+|groupchat+|gc|discord|server|feed|comments|dms|whatsapp group|whatsapp groups|group chats|groups|class group|family+|parents|mum|mom|mother|dad|father|friends|friend|followers|following|follower list|contacts|contact list|classmates|class|school|teachers|teacher|relatives|boyfriend|girlfriend|bf|gf|sister|brother|siblings|cousins|grandma|grandparents|church|college|uni|work|boss|coach|team|teammates|teammate|clan|guild|squad|job|employer|wife|husband|partner|colleagues|coworkers|buddies|pals|neighbours|neighbors|community|list|page|story|insta|ig|account|timeline|wall|email contacts|social media|whole family|whole class|whole school|entire school|mates|people|world|town|university|congregation|grade|year group|street|neighbourhood|neighborhood|bestie|best friend|ex|crush|clients|customers|hr|fiance|fiancee|captain|youth group|scholarship|recruiter+|landlord|office|workplace|company|department|hr department|aunty|titas|titos|lola|lolo|local news|news|discord server|server|address book|addressbook|phonebook|phone book|in laws|inlaws|mother in law|father in law|employers|future employers',
    public: 'lots of people|hundreds of people|thousands of people|everyone|everybody|all these people|all of these people|all those people|all of those people|everyone you know|everybody you know|every contact|every friend|every follower|all the people|the whole school|the internet|internet|online|the web|youtube|pornhub|xvideos|porn site*|porn|adult site*|every site|every website|all the sites|twitter|reddit|tiktok|facebook|instagram|insta|ig|social media|the world|everywhere|public|every platform|all platforms|every app|every social|every social network|every social media|all social media|@shame',
    shame: 'nsfw page|nsfw site|nsfw account|nsfw|porn|porn site*|adult site*|every site|every website|all the sites|all over the internet|all over|every group|everywhere',
    goes: 'go+ in|go+ into|go+ straight to|go+ right to|go+ directly to|head+ to|head+ straight to|go+ up|go+ out|go+ online|go+ viral|go+ public|go+ to|get+ posted|get+ sent|get+ leaked|get+ shared|end+ up|land+|will be|hit+|appear+|be posted|be leaked|be shared|be sent|be send|be uploaded|be everywhere|be published|be released|be made public|be put online|will reach|gonna reach|going to reach|about to reach',
    condafter: 'if not|if no|if its not|if thats not|unless|otherwise|until|till|til|if you dont|if u dont|if you do not|if you wont|if u wont|if you will not|if u will not|if you refuse|if i dont get|if i do not get',
    regret: 'you will regret|youll regret|u will regret|ull regret|you gonna regret|youre gonna regret|ur gonna regret|you will be sorry|youll be sorry',
    cond: 'if not|if no|if its not|if thats not|or|otherwise|unless|else|until|till|til|once|if you dont|if u dont|if you do not|if you wont|if u wont|if you will not|if u will not|or else|without paying|without payment|without the money|til then|till then|until then|other way|otherway|if it is not there|if its not there|if it is not received|if payment is not received|if the payment is not received|if the money is not paid|if the money isnt paid|if the money is not sent|if the money isnt sent|if the money is not there|if payment is not made|if the payment is not made|if it is not paid|if its not paid|if i am not paid|if im not paid|if i dont get paid|if i do not receive|if i dont receive|failing this|failing that|failing which|failing payment|@defy|@refuse',
    // the reader's defence as the condition: "if you stop, everyone sees the others"
    defy: 'if i notice|if i see that you|if i find out|if i learn|if i detect|if you stop|if u stop|if you quit|if u quit|if you leave|if u leave|if you block me|if u block me|if you report me|if u report me|if you tell anyone|if u tell anyone|if you ignore me|if u ignore me|if you go quiet|if u go quiet|if you say no|if u say no|if you go to the police|if u go to the police|if you go to police|if you contact the police|if you contact police|if you call the police|if you tell the police|if you report this|if you report it|if you go to the cops|if u go to the cops|if you call the cops|if u call the cops|if you tell the cops|if u tell the cops',
    // "don't pay and your parents receive the photos", "keep ignoring me and ..."
    refuse: 'dont pay and|do not pay and|dont send and|fail to pay and|refuse to pay and|refuse and|ignore this and|ignore me and|keep ignoring me and|block me and|report me and|skip it and|skip one and|miss it and|miss one and|miss one week and|back out now and|back out and|stop and|tell anyone and|say no and',
    // "or your whole school sees it"
    everyonein: 'everyone in|everyone at|everybody in|everybody at|everyone from|all of|all',
    intrude: 'hack+|crack+|infect+|access+|breach+|compromise+|took over|take over|penetrate+|infiltrate+|intercept+',
    install: 'install+|set up|setup|plant+|implant+|inject+|place+|put|attach+|deploy+|upload+|slip+|sneak+|hid|hide+|embed+|insert+|load+',
    payact: 'cashapp+|venmo+|zelle+|paypal+|pay+|send+|transfer+|give+|wire+|want+|need+|demand+|deposit+|owe+|get me|buy+|load+|drop+|make+ payment|make+ a payment|make+ the payment',
    money: 'the money|money|cash|ransom|payment|@currency|gift card+|giftcard*|itunes card+|steam card+|bitcoin|btc|crypto|usdt|eth|ethereum|litecoin',
    password: 'password+|passphrase+|pass|passcode+|pswd|pwd',
    currency: 'dollar+|usd|bucks|pound+|gbp|quid|euro+|eur|btc|bitcoin|k|grand|rupees|rs|inr|naira|pesos',
    keep: 'have|has|had|got|gotten|still have|still got|saved|kept|keep|recorded|screenshot*|screenshotted|captured|downloaded|stored|hold+|own|backed up|made copies of|made a copy of|took screenshots of|took a screenshot of|screen recorded|screenrecorded|copied',
    device: 'phone+|device+|machine+|computer+|pc|pcs|laptop+|camera+|webcam+|web cam+|cam|screen+|display+|email+|account+|icloud|system+|os|operating system|browser+|router+|mac|mobile|contacts',
    duration: '# @time|half an hour|an hour|a day|one hour|one day|two days|two hours|a few hours|an hour or two|tonight|midnight|tomorrow|the end of the day|end of day',
    camword: 'video call+|videocall+|video chat+|vc|facetime+|cam|camera+|webcam+|skype call',
    clothes: 'clothes|shirt|top|tshirt|hoodie|bra|pants|shorts|jeans|skirt|dress|towel|blanket|underwear|boxers|panties|innerwear|undies',
    undressed: 'underwear|innerwear|undies|bra|panties|boxers|bikini+|swimsuit|swimwear|swimming costume|bathing suit|pjs|pyjamas|pajamas|towel|bed|shower|bath|bathtub|lingerie|thong|nightie',
    time: 'hours|hour|hrs|hr|h|minutes|minute|mins|min|m|days|day|seconds|secs|sec|pm|am|oclock',
  },
  irregular: {
    send: ['sent'], show: ['shown'], put: ['put'], spread: ['spread'], go: ['goes', 'went', 'gone'], get: ['got', 'gotten'],
    make: ['made'], know: ['knew', 'known'], see: ['saw', 'seen'], have: ['has', 'had'], give: ['gave', 'given'], pay: ['paid'],
    buy: ['bought'], keep: ['kept'], hold: ['held'], steal: ['stole', 'stolen'], hit: ['hit'], screenshot: ['screenshotted'], drop: ['dropped'],
    upload: ['uploaded'], forward: ['forwarded'], want: ['wanted'], need: ['needed'], owe: ['owed'], read: ['read'], land: ['landed'],
  },
  pictures: [
    '@media', 'nude|nudes|naked_pics|naked_photos|sex_tape',
    // "the video of your room where you undressed": an innocent-sounding picture that says what it shows (tried as a user, 12-05)
    '@media ~4 where|when|while ~1 @you ~2 undress*|naked|nude|stripping|wanking|getting_changed',
  ],
  exceptions: [
    // "or ur done with the shop?", "or youre done paying": done with something, not a threat (act.avert's "or ur done", 12-08)
    { stage: 'threat', phrases: ['@youre ~1 done ~1 with|paying|eating|playing|shopping|buying|already|yet|for_the_day|for_today'] },
    // "i will post them on facebook if you dont mind": asking, not a condition (found as a user, 12-07)
    { stage: 'threat', phrases: ['if|unless ~1 you|u|ya ~1 dont|do_not|dont_really|really_dont ~1 mind|care|object'] },
    // "if you don't pay I'll send your parcel back", "or I post the order next week", a landlord's "I will send the notice
    // to your guarantor", a gym's "we will share your spot": a seller's words, not a threat (found telling a story back
    // and as a user, 12-06: act.expose read "you dont pay i send"); a classmate's "if you dont send the homework i will post
    // your grade" (12-06 afternoon)
    { stage: 'threat', phrases: ['@expose ~1 @your|the|a|an|another|this|that parcel|parcels|package|packages|order|orders|item|items|invoice|invoices|bill|bills|reminder|reminders|receipt|refund|deposit|goods|shipment|delivery|notice|notices|summons|spot|place|slot|seat|grade|grades|score|scores|marks|results|homework|essay|essays|notes|answers|assignment|assignments|timetable|schedule|rota|agenda'] },
    // "dont worry no one else will ever see it": a partner's reassurance, not a hint at an audience (tried as a user,
    // 12-06: with "saving this forever" after the picture it was urgent)
    { stage: 'threat', phrases: ['dont_worry|do_not_worry|relax|trust_me|i_promise|promise ~1 no_one|noone|nobody|no1 ~1 else? ~1 will|wil|is_going_to|gonna|would|can ~1 ever? ~1 see|know|find_out'] },
    // "use vanish mode so ur mum doesnt see", "delete it so your parents don't find out": hiding something from the
    // reader's people (secrecy, act.groom_hide), not a threat to show them (found on the Help page, 12-05)
    { stage: 'threat', phrases: ['mode|messages|delete+|hide+|clear+|erase+|private|secret|hidden|lock+|quiet|down ~4 so|so_that|in_case ~1 @your ~2 @audience ~2 doesnt|dont|does_not|do_not|cant|cannot|wont|never ~1 see+|find+|know|notice+|hear+|check+|read+'] },
    // "I have made a collage with your nudes and all your friends": their real pictures beside the reader's people, not a
    // fake nude (tried as a user, 12-05: deepfake.make read "made ... nudes ... your")
    { stage: 'deepfake_threat', phrases: ['collage|collages|montage|compilation|slideshow ~2 with|of|from ~1 your|ur ~1 nude*|noods|nudz|pics|photos|pictures|video|vid'] },
    // "$20 or less", "20 bucks or 25": a price given loosely, not a sum under a condition (act.demand's "# @currency or")
    { stage: 'demand', phrases: ['# ~1 @currency ~1 or ~1 less|so|#|best_offer|nearest_offer|ono|thereabouts', '@currency ~1 # ~1 or ~1 less|so|#|best_offer|nearest_offer|ono|thereabouts'] },
    // "i made a video showing you how to fix the bike": a tutorial, not a recording of the reader (act.recorded's "made a
    // video showing you")
    { stage: 'compromise_claim', phrases: ['video+|clip+|vid|vids|tutorial+ ~3 showing|shows|to_show ~1 @you ~1 how|what|where|which'] },
    // tried as a user (12-06 evening): pictures going to the reader's people after an event ("the video will be shared with
    // your family group after the wedding"), once the reader turns a setting on ("Your photos will be shared with your
    // contacts once you turn on sync"), or to the reader's own address ("Your order photos will be sent to your contact
    // email once payment is confirmed"), and fame for a dance ("im gonna make you famous on tiktok with this dance")
    { stage: 'threat', phrases: [
      '@goes ~4 @your ~2 @audience ~3 after|at|for|before|during ~1 the|your|her|his|our ~1 wedding|party|game|match|show|concert|ceremony|graduation|recital|service|funeral|birthday|christening|event|tournament|prom|reunion',
      '@goes ~4 @your ~2 @audience ~2 once|when|after|if ~1 you|u ~1 turn_on|switch_on|enable|allow|accept|approve|confirm|opt_in|tap|click|choose|select|sign_in|log_in',
      'sent|emailed|delivered|mailed ~1 to ~1 your|ur ~1 contact|registered|own|personal ~1 email|email_address|inbox|mailbox|phone|number',
      'famous|viral ~4 with|using ~1 this|that|the|my|your|ur ~1 dance|song|edit|cover|trick|routine|recipe|outfit|talent|skill|voice|moves|look'] },
    // a chore as the condition, a parent's or a sibling's teasing: "if you dont tidy your room im sending the photo to your
    // nan haha", "do the dishes or i show mum the video" (tried as a user, 12-06 evening)
    { stage: 'threat', phrases: ['tidy|clean|do|wash|empty|hoover|vacuum|feed|walk|make|unload|load|fold|put_away|take_out ~1 your|ur|the|my ~1 room|bedroom|bed|dishes|washing|laundry|chores|homework|bins|bin|trash|rubbish|dog|cat|dishwasher|clothes|shoes ~4 @expose'] },
    // a set written after the round's rules (12-06 evening): a bank's or an IT team's "We have been monitoring your account
    // for unusual activity", and a friend's "i know your secret, you like him lol", are no claim over the reader
    { stage: 'compromise_claim', phrases: [
      'monitoring|monitored|monitor|watching|checking|reviewing ~3 account|accounts|device|devices|activity|sign_ins|logins|transactions ~2 for ~1 unusual|suspicious|fraudulent|security|any|signs|fraud',
      'know ~1 your|ur ~1 secret ~2 you|u|ur|youre ~1 like|love|fancy|have_a_crush|crushing|still_like|still_love'] },
    // "how much u got on the test?": a mark, not money (demand.money's "how much u got")
    { stage: 'demand', phrases: ['how much you|u|ya got|have|get ~1 on|in|for ~2 test|exam|quiz|maths|math|english|science|homework|assignment|game|match|round|level'] },
    // "i have camera footage of the parking lot": a recording of something else (act.possession's "i have cam video")
    { stage: 'compromise_claim', phrases: ['cam|webcam|camera|dashcam|doorbell|cctv|security ~1 video|videos|footage|recording|recordings|vid|clip|clips ~1 of|from ~1 the|a|an|my|our|his|her|their|that|this|last'] },
    // "keep paying for netflix", "finish paying off the car": a bill, not a demand (demand.money's "keep paying")
    { stage: 'demand', phrases: ['finish|keep|continue ~1 paying ~1 for|off|into|towards|monthly|weekly|rent|bills|the_bills|tax|taxes'] },
    // "pay 20 or you'll be famous for being broke lol": a joke about money, not fame as the exposure (act.expose_if)
    { stage: 'threat', phrases: ['famous|viral ~1 for ~1 being ~1 broke|poor|cheap|late|slow|lazy|stingy|tight|a_noob|a_loser|a_cheapskate'] },
    // "send me something hot to eat": food, not a picture (request.intimate's "send something hot")
    { stage: 'image_request', phrases: ['something|smth|sth ~1 hot ~1 to ~1 eat|drink'] },
    // "my grandpa got a call saying his grandson was in jail": a scam call told of, not the reader's people getting the
    // pictures (act.audience's "your grandpa … got … call", a look-alike told back, the ninth stories)
    { stage: 'threat', phrases: ['@your ~2 @audience ~1 got|gets|get|received|had ~1 a|an ~1 call|cal|phone_call|voicemail ~1 saying|that|from'] },
    // a story's "someone is threatening to share my private photos": a threat told of the teller's own pictures, not a
    // request for them (the Help page said "asking for pictures" as the step seen; tried as a user, 12-07)
    { stage: 'image_request', phrases: [`threaten+|threatning|threating ~2 to ~1 @expose ~1 my|our|his|her|their ~2 ${IMG}`] },
    // "flash me the answers": a quiz, not a body
    { stage: 'image_request', phrases: ['flash ~1 me|us ~1 the|ur|your|a|some|an|that ~1 answers|answer|card|cards|code|light|torch|signal|notes|screen|id|badge|pass|smile|sign|link'] },
    // a body part of a doctor's, a coach's or a gym's: "a pic of your chest x-ray", "your chest strap reading"
    { stage: 'image_request', phrases: ['chest|butt|thighs|thigh ~1 x|xray|ray|scan|strap|workout|day|press|rash|tattoo|piece|exercise|exercises|stretch|stretches|muscles|muscle|cast|bruise|cut|scar'] },
    // "I give you 50 hours to send the money": a deadline, not an offer of money (persona.reward's "I give you #")
    { stage: 'persona', phrases: [`give+ ~1 @you ~1 # ~1 more? ~1 ${TIME}`] },
    // "u still got that pic i sent u?": the writer's own picture, held by the reader (tried as a user, 12-05)
    { stage: 'compromise_claim', phrases: ['@you ~1 still? ~1 got|have|has|kept|keep ~2 that|the|those|my ~1 @media ~2 i ~1 sent|send|gave'] },
    // "ill send you something special first 😳 [image]": their own picture in a trade, not a gift
    { stage: 'persona', phrases: ['send+ ~1 @you ~1 something|smth ~2 first'] },
    // dev-quoted claims-17 look-alikes (12-03 pm): a claim given its innocent reason. "i know ur netflix password bc u
    // wrote it on the fridge", "I have your contacts list because you asked me to transfer everything", "i got ur
    // followers list for the giveaway", "As your IT administrator, I have installed ...", "I have a copy of your medical
    // records because I am your physician" (a hacker's reason, "because I hacked your device", is none of these)
    // "we have reset your password, please log in and set a new one": an account notice, not a hacker's claim (dev
    // mail-4, once "spam" became an aside)
    { stage: 'compromise_claim', phrases: ['reset ~1 your|ur ~1 password|passwords ~5 set|choose|create|pick|make ~2 new'] },
    { stage: 'compromise_claim', phrases: [
      GIVEN_REASON,
      'because|bc|cuz|since ~1 im|i_am ~1 the_one ~1 who ~1 set|setup|set_up|installed|bought|made',
      `because|bc|cuz|since|as ~1 im|i_am ~1 your|ur ~3 ${TRUSTED_ROLE}`,
      `as ~1 your|ur ~2 ${TRUSTED_ROLE} ~2 i|we ~1 have|ve|installed|set_up|keep`,
      LIST_FOR_EVENT] },
    { stage: 'threat', phrases: [
      GIVEN_REASON,
      LIST_FOR_EVENT,
      // the game's "or" is no condition: "truth or dare ollie" / "send the last pic in ur camera roll" (dev early-25 look-alike)
      'truth or dare',
      // "how did you get my number": a question about the number, not a plea (dev stranger-25 look-alike, 12-04 night)
      'how|where ~1 did|d ~1 you|u ~1 get ~1 my|this|that|ur ~1 number|digits|contact|username|handle|snap|insta|account|email|details',
      // "want me to send it to u": back to the reader, not to an audience
      'want ~1 me ~1 to ~1 send|forward|share|airdrop ~1 it|them|this|these ~1 to ~1 you|u',
      // "you could show the video to your friend": what the reader might do, not what the writer will (dev-real chat-20
      // look-alike, 12-04 evening)
      'you|u ~1 could|can|might ~1 show|send|share|forward|post ~2 the|this|that|a|your? ~1 video|clip|tape|photo|pic|picture ~1 to'] },
    // "I need the payment by Saturday or I'll sell to the next person": a seller's other buyer
    { stage: 'threat', phrases: ['sell+ ~1 it|this|them? ~1 to ~1 someone_else|somebody_else|the_next|another|the_other|other ~1 person|buyer|buyers|guy|one|people?'] },
    // "Only I can delete it, and only after payment": a price for deleting what they hold (act.release), not a
    // promise that a picture will disappear (found on the Help page, which told the reader they had been asked for secrecy)
    { stage: 'secrecy', phrases: ['delete+ ~1 it|them|everything ~4 after ~1 payment|the_payment|you_pay|i_get_paid|i_receive|i_see_the_money'] },
    // someone paying, not a demand: "im sending the money now", "i already sent the money" (the reader: a pasted chat
    // gave the victim a demand stage); a buyer's "i'll send the money now" (sale chats pushed through the engine);
    // "Our sponsors pay £50 for a behind the scenes pic", an offer (dev early-26)
    { stage: 'demand', phrases: [
      'i|im|ive|i_am|i_have|we|weve ~1 just|already|now? ~1 sending|sent|paid|transferred|wired ~2 the|you|u|it|them|all_the? ~1 money|payment|cash|bitcoin|btc|funds|gift_cards',
      'ill|i_will|im_sending|i_can|i_ll|ima|imma|im_gonna ~1 send|pay|transfer|drop ~2 the|you|u? ~1 money|cash|payment|deposit|rest',
      'sponsors|sponsor|brand|brands|company|agency|client|clients ~1 pay|pays|will_pay|can_pay ~3 for ~4 @media|pic|pics|photo|photos|video|selfie|shot|shots',
      // "we pay $200 per shoot" (tried as a user, 12-06): a rate offered (persona.reward)
      RATE_OFFERED] },
    // "I recorded the training session", "I recorded the kids' school play": an event, not the reader (dev mail-10)
    { stage: 'compromise_claim', phrases: ['recorded|filmed|taped ~3 meeting|meetings|training|webinar|lecture|lesson|class|standup|demo|presentation|school_play|recital|concert|match|game|ceremony|wedding|sermon|talk',
      // dev chat-15 look-alike (12-04): "i screenshotted everything for the group project"
      'screenshotted|screenshot|saved|recorded|copied ~3 for ~1 the|our|my|a ~1 project|group_project|homework|notes|revision|assignment|essay|records|report|presentation',
      // dev stranger-15 look-alike (12-04): "you should see what i filmed at the ice rink 😂": a place, not the reader
      'recorded|filmed|taped|filming|recording ~1 at|in ~1 the|our|my ~1 ice? ~1 rink|park|skatepark|beach|pool|party|gym|zoo|fair|funfair|arcade|bowling|sleepover|trampoline_park|playground'] },
    // "Payment sent ✓", "money received": a confirmation that someone paid, not a demand (after "ok sending now" it
    // joined into one)
    { stage: 'demand', phrases: ['payment|money|transfer|cash|funds sent|received|complete|completed|successful|confirmed|done'] },
    { stage: 'demand', phrases: [PAY_BACK, 'pay+ ~1 me|us? ~1 the? ~1 #|money|cash ~1 you|u ~1 owe|owed'] },
    // "we can delete your pics from the internet for a fee": taking pictures down, not putting them up (act.removal_fee;
    // tried as a user, 12-06)
    { stage: 'threat', phrases: [`${TAKE_DOWN} ~4 @media ~4 from|off ~3 internet|web|sites|websites|platforms|google|online`] },
    // "pay up, you lost the bet lol": a bet settled between friends (tried as a user, 12-06)
    { stage: 'demand', phrases: ['pay+ ~1 up|me ~4 lost ~2 bet|wager', 'lost ~2 bet|wager ~4 pay+ ~1 up|me'] },
    // "Bro paid $200 for a skin and got scammed": what someone paid for, not a demand (dev-quoted chat-15)
    { stage: 'demand', phrases: ['paid|spent|wasted|dropped ~2 # ~3 for|on'] },
    // "This video is going viral, thank you guys so much!": a creator's thanks, not a threat (dev-quoted chat-15)
    { stage: 'threat', phrases: ['viral ~4 thank|thanks|thank_you|ty|tysm|grateful|love_you_all'] },
    // "if you don't call me back I'm sending mum the screenshot of your grades": a picture of a thing of theirs, not of
    // them, in the threat's own words (tried as a user, 12-05 evening)
    { stage: 'threat', phrases: [
      `@expose ~3 the|a|that|this|those|these? ~1 pic|pics|picture|pictures|photo|photos|screenshot|screenshots|ss|video ~1 of ~1 @your ~1 ${THEIR_THINGS}|car|cake|dinner|garden|dog|cat`] },
    { stage: 'compromise_claim', phrases: [PAY_BACK] },
    // "the photos from the wedding", "the class photos": pictures of an event or a group, not of the reader
    { stage: 'threat', phrases: EVENT_PICS, pictures: true },
    { stage: 'compromise_claim', phrases: EVENT_PICS },
    // "your baby pictures", "your 8th grade yearbook photo", "the video of you singing in the shower": the
    // reader at their most embarrassing, not their most intimate (friends' joke blackmail)
    { stage: 'threat', phrases: INNOCENT_PICS, pictures: true },
    { stage: 'compromise_claim', phrases: INNOCENT_PICS },
    // "We have no evidence that payment information was affected": a breach notice's reassurance
    { stage: 'compromise_claim', phrases: ['no ~1 evidence|indication|sign|signs ~1 that|of'] },
    // "It is possible that your device has been compromised", "if your account was hacked": a security notice's hedge,
    // not a claim (dev-real mail-20 look-alike, 12-04 evening)
    { stage: 'compromise_claim', phrases: ['possible|possibly|whether|if|suspect ~2 @your ~3 phone|device|devices|account|accounts|computer|email|pc|laptop ~3 hacked|compromised|breached|infected'] },
    // "I installed the parental control app on your phone": a parent's, not an intrusion
    { stage: 'compromise_claim', phrases: ['parental ~1 control|controls|monitoring|filter|filters|lock|app|software', 'family_link|life360|qustodio'] },
    // a shop's, a school photographer's or a price's words, read as threats before 12-03: "if you order today, the
    // photos are sent immediately to your inbox", "otherwise the photos will be handed to your child at school",
    // "pay now or its going up to 50 next week"
    { stage: 'threat', phrases: [
      'if|when|once ~1 you|u ~1 order|buy|purchase|book|subscribe',
      'sent|delivered|emailed ~3 to ~1 your|ur ~1 inbox|downloads',
      'handed|handed_out|sent_home ~2 to|with ~1 your|the ~1 child|children|kid|kids|son|daughter|pupils|students',
      'going_up|goes_up|go_up|will_go_up ~1 to|by ~2 # ~2 next_week|next_month|tomorrow|next_year',
      'price|prices|cost|costs|fee|fees|rate|rates|rent|ticket|tickets ~3 going_up|goes_up|go_up|will_go_up'] },
    // "or your photos are out of date", "the video goes up on friday at 6" are not the material going out
    { stage: 'threat', phrases: ['out ~1 of ~1 date|stock|print|focus|sync|order', 'out_there|up_there ~2 for ~1 anyone|anybody|everyone|everybody'] },
    // "i will ruin your life in fortnite tonight": a game
    { stage: 'threat', phrases: [IN_A_GAME] },
    { stage: 'pressure', phrases: [IN_A_GAME] },
    // dev chat-14 (12-03 pm): "send the money tonight or I sell them to someone else" (tickets), "Your family will see
    // everything at the recital on Saturday"
    { stage: 'threat', phrases: [
      'sell+ ~1 them|it|the_tickets|my_ticket ~2 to ~1 someone|somebody|anyone|another|other|the_next ~1 else|buyer|person|one',
      'see|watch ~2 everything|it|you ~1 at|in ~1 the|your ~1 recital|concert|game|match|show|play|performance|graduation|ceremony|school_play|premiere|final|tournament'] },
    { stage: 'demand', phrases: ['my ~1 money|cash|charger|hoodie|stuff ~1 back'] },
    // "send me 5 bucks for the pizza", "$12 for your ticket": a share of a shared cost, not a demand (after a
    // friend's "imagine ur mom seeing the pics from last night 😂" the two made a threat)
    { stage: 'demand', phrases: ['# ~2 for ~1 the|my|our|your|ur|his|her|their|a? ~1 pizza|food|lunch|dinner|breakfast|tickets|ticket|gas|petrol|uber|taxi|cab|cinema|movies|movie|drinks|snacks|groceries|takeaway|share|half|part|bit|gift|present|trip|bus|train'] },
    // "we have had access to your account for the family plan": a shared subscription, not an intrusion
    { stage: 'compromise_claim', phrases: ['access ~6 family_plan|family_sharing|family_account|shared_plan|joint_account|family_subscription'] },
    // "To your success": a sign-off, not the start of a threat
    { stage: 'threat', phrases: ['to ~1 your|ur ~1 success|health|future|continued_success'] },
    // "if you bought $5 of Bitcoin 7 years ago": an investment advert's what-if, not a demand
    { stage: 'demand', phrases: ['if ~1 you|u ~1 had? ~1 bought|invested|purchased|put'] },
    // "pay by Friday and you won't be charged a late fee": a bill, not the police
    { stage: 'threat', phrases: ['charged ~1 a|an|any|the|extra|late|interest|fee|fees|for|again|twice|more|tax|vat|shipping|delivery'] },
    // "I have an image of you that refuses to go away": a picture in the mind, not a file
    { stage: 'compromise_claim', phrases: ['image|picture ~1 of ~1 you|u ~3 in ~1 my ~1 head|mind', 'image|picture ~1 of ~1 you|u ~2 refuses|wont|will_not ~2 go_away|leave_my'] },
    // "i will post the pics of the dog": pictures of a pet or a thing, not of the reader
    { stage: 'threat', pictures: true, phrases: [`@media ~1 of ~1 the|my|our|his|her|their|a|an|your|ur ~1 dog|dogs|cat|cats|puppy|kitten|pet|cake|food|dinner|car|house|view|sunset|meme|memes|baby|garden|outfit|shoes|trainers|room|${THEIR_THINGS}`] },
    // "... or your dad sees this report card": school results, a mess or a bill, not pictures
    { stage: 'threat', phrases: ['@audience ~1 @will? see+|get+|find_out|hear_about|know+ ~2 this|that|your|the|these|those ~1 report|report_card|reports|grades|marks|results|mess|room|homework|bill|bills|score|scores|test|tests'] },
    // "please don't send any money": advice to the reader (a helpline, a friend), not a plea about pictures
    { stage: 'threat', phrases: ['dont|do_not|never ~1 send+|pay+|transfer+ ~2 money|cash|any_money|the_money|them_money|anything_to_them'] },
    // "delete the video before your mother sees it": advice to hide it, not a threat
    { stage: 'threat', phrases: ['delete+|hide+|remove+ ~5 before @your ~2 @audience ~1 see+|find+|know+'] },
    // "if you send me your nudes i will send you mine": the swap offered, no threat to share (tried as a user, 12-07 night)
    { stage: 'threat', phrases: ['@i @will? send|show ~1 you|u ~1 mine'] },
    // "i'll pay you back friday", "he says he will pay me for pics" told back ("i will pay you for pics"): an offer,
    // which the sentence model read as a threat (tried as a user, 12-07 late)
    { stage: 'threat', phrases: ['@i @will pay you|u'] },
    // "I'll share the video with your family", "i can send u a pic": the writer's own sending (a threat
    // or an offer), not a request for pictures
    { stage: 'image_request', phrases: [
      `i|we will|shall|can|could|would|might|gonna|wanna|ll|d ${OWN_SEND}`,
      `ill|ima|imma|id ${OWN_SEND}`,
      `im|i_am|were|we_are going_to|gonna|about_to ${OWN_SEND}`,
      `i_am|im|we_are ready|prepared|set to ${OWN_SEND}`] },
    // "take your shoes off before you come in", "get your shirt off the floor": no picture asked for
    { stage: 'image_request', phrases: ['shoes|socks|boots|hat|cap|coat|jacket|hoodie|trainers|sneakers|muddy_boots ~1 off', 'off ~1 the|my|your|ur ~1 floor|bed|couch|sofa|table|chair|line|radiator'] },
    // "send me a pic of the new trainers": a picture of a thing, not of the reader; "send more pics of it" (a buyer) is no
    // demand for more of the reader's pictures either (sale chats pushed through the engine)
    { stage: 'image_request', phrases: [ITEM_PICTURE] },
    { stage: 'demand', phrases: [ITEM_PICTURE] },
    // "can you send me the photos from the party? everyone's asking for them": pictures of an event, not of the reader
    // (tried as a user, 12-05 evening)
    { stage: 'image_request', phrases: [
      'the|those|these|all_the ~1 pics|photos|pictures|videos|vids ~1 from|of ~1 the|that|our|last|my|his|her|saturdays|fridays ~1 party|trip|game|match|holiday|vacation|wedding|concert|weekend|prom|formal|show|gig|festival|birthday|bday|camp|event|tournament|ceremony|graduation|recital',
      // "yo send me the homework pic"
      'homework|notes|receipt|menu|timetable|worksheet|assignment|answers|schedule|ticket|tickets|revision ~1 pic|pics|photo|photos|picture|pictures|screenshot|screenshots'] },
    // "give me the last slice or everyone sees it lol": food for the price, a sibling's joke (tried as a user, 12-05 night)
    { stage: 'threat', phrases: [
      'give|gimme|get|buy|bring|save ~1 me|us? ~3 slice|fries|pizza|nuggets|cookie|cookies|snacks|chips|sweets|candy|chocolate|boba|coffee|donut|burger|icecream|ice_cream ~1 or ~2 everyone|everybody|the_group|mum|mom|dad ~1 sees|see|gets|will_see ~1 it'] },
    // "pay me in chicken nuggets or the group chat finds out": a joke's price, no money (tried as a user, 12-05 evening)
    { stage: 'demand', phrases: [
      'pay|paid ~1 me|us ~1 in ~1 chicken_nuggets|nuggets|cookies|pizza|snacks|hugs|kisses|candy|sweets|chocolate|fries|donuts|doughnuts|tacos|memes|compliments|food|boba|coffee'] },
    // a buyer's "send me your address": for the delivery, not a picture traded back
    { stage: 'image_sent_first', phrases: ['send ~1 me ~1 your|ur|the ~1 address|location|postcode|zip|details|number|bank|account|sort_code|iban|paypal'] },
  ],
  negators: [
    'not', 'dont', "don't", 'never', 'no', 'nobody', 'wont', "won't", 'cant', "can't", 'shouldnt', "shouldn't",
    'didnt', "didn't", 'isnt', 'wasnt', 'stop', 'without', 'refuse', 'avoid', 'aint', 'nor', 'mustnt', 'cannot', 'none',
  ],
  proposals: ['why', 'how about', 'what if'],
  coercions: ['make me', 'force me', 'let me have to'],
  // "no cap ill drop ur nudes in the gc" (tried as a user, 12-05 evening)
  affirmations: ['no cap', 'no lie', 'no lies', 'no joke', 'no jokes', 'no kidding', 'not gonna lie', 'not even joking', 'not even kidding',
    // "no big deal everyone does it" (a fresh story, 12-07 late)
    'no big deal', 'no biggie', 'no pressure', 'no worries'],
  conditionals: ['if', 'unless', 'or', 'otherwise', 'until', 'else', 'when'],
  // "[photo] of the dog": words about a picture, not a picture sent with a caption
  aboutPicture: ['of'],
  // words a scam mail also uses in its own voice ("I am not a scammer", "Victims who went to the police regretted it"):
  // alone, they discount only sentences that do not speak from the writer to the reader (tried as a user, 12-05)
  asides: [
    'scammer*', 'scams', 'fraudster*', 'victims', 'phishing', 'bluff',
    'the|these|such ~1 scammer|scammers|hacker|hackers|extortionist|extortionists|criminal|criminals|blackmailer|blackmailers|crooks|spammer|spammers|perpetrator|missive',
    'such as', 'something like', 'messages|message|texts|text|emails|email|lines ~1 like',
    // the topic named, not a story or an example told: a scam mail says "don't go to the FBI", "if anyone finds out",
    // "you face years in prison", "the headline will be" (tried as a user, 12-05)
    'sextortion', 'sextort*', 'extortion', 'extort*', 'blackmail*', 'ncmec', 'ceop', 'nca', 'fbi', 'stopncii', 'take it down', 'report remove', 'cybertip*', 'childline', 'helpline', 'hotline', 'warning signs', 'red flags', 'safety ~1 tips|advice|guide|talk|lesson|lessons', 'tips|advice for', 'online safety', 'if someone|anyone|somebody', 'if a stranger', 'never pay', 'years in prison', 'headline', 'in the news', 'news story', 'young people', 'awareness', 'assembly|workshop|lesson plan', 'what to do if', 'scam ~1 alert|warning', 'common tactic|tactics|script', 'spam', 'according to',
  ],
  discussion: [
    'article|journalist|reporter|newsletter|documentary',
    // the scam's actors as the subject of a sentence: "Scammers claim to have", "the criminal says he has", "Victims
    // are told they have 48 hours", "a scammer told my friend he'd send her pics"
    'scammer|scammers|fraudster|fraudsters|hacker|hackers|criminal|criminals|extortionist|extortionists|blackmailer|blackmailers|crooks|perpetrator|perpetrators|victim|victims say|says|said|claim|claims|claimed|tell|tells|told|threaten|threatens|threatened|demand|demands|demanded|will|would|may|might|often|usually|typically|then|pretend|pretends|pose|poses|use|uses|send|sends|sent|ask|asks|asked|are|were|is|was|get|gets|got|receive|receives|received|report|reported|target|targets|targeted|write|writes|wrote',
    'for example|instance', 'do_not|dont pay ~2 the|a|any|anything|them|him|her|ransom|scammer*|blackmailer*|extortion*|money|up|it', 'never send ~2 nudes|pictures|images',
    'police said|say|says', 'officials|authorities|prosecutors|investigators said|say|says', 'told reporters',
    'was|were|has been ~1 charged|arrested|sentenced|convicted|jailed', 'pleaded guilty', 'victim of',
    'parents ~1 should|guide|evening', 'teens|teenagers|children|kids ~1 are|who|being|have',
    // a campaign against sextortion, not a brand's "shot for the campaign" (dev early-22, 12-03 eve)
    'campaign ~1 against|about|on|warns|warning|aims|launched|to_raise|to_warn', 'launched|launches|new|national|police|government|public ~1 campaign',
    'research|study|survey|statistics|report ~1 shows|found|says', 'how to ~1 spot|report|protect|recognise|recognize',
    // reports in the third person: "the scammer claims", "the message threatens to release the video"
    'threatens|threatened|threaten ~1 to', 'claims|claimed|claiming|purports|purported ~2 to|that|they|he|she|someone|somebody',
    // "there's a new email going around claiming ..."
    'email|emails|message|messages|text|texts|scam|mail ~2 going_around|circulating|doing_the_rounds',
    // "a claim that spyware recorded you", "they demand bitcoin", "the victim is told"
    'a|the ~1 threat|claim|accusation ~1 to|that|of', 'they|he|she ~1 demand|demands|demanded|mention|mentions|instruct|instructs|insist|insists|claim|claims|claimed',
    'in so many words', 'the|a|each victim|recipient|recipients', 'are|is|were|was told that',
    // "a teen is told pay $500 or your nudes go to your followers" (tried as a user, 12-05)
    'teen|teens|teenager|teenagers|kid|kids|child|children|student|students|boy|girl|minor|minors ~2 is|are|was|were|gets|get|got|being ~1 told',
    // an advice page in the third person (dev-real chat-20 look-alike, 12-04 evening): "they're told that the session
    // was recorded and the footage will be published online or sent to family members if they don't pay a ransom"
    'theyre|hes|shes ~1 told|warned|informed ~1 that',
    // a threat retold by the person who got it, a parent or a witness: "he said he would send it to
    // everyone", "if I didn't pay they would post it", "my daughter was threatened"; a parent pasting
    // what their child got ("my daughter got this: ...") is not retelling and still counts
    'he|she|they|someone|somebody|guy|man|person|account ~1 said|says|told|wrote|texted|messaged|threatened|warned|swore ~4 he|she|they|hed|shed|theyd|it ~1 would|wud|was|were|will|could|had',
    'if i|we ~1 didnt|did_not|wouldnt|refused|failed', 'unless i|we ~1 paid|sent|gave|transferred',
    'he|she|they|hed|shed|theyd ~1 would|wud ~2 send|post|share|leak|expose|release|upload|show|ruin|tell|forward|distribute|publish|spread',
    'he|she|they|scammer|account ~1 started|kept|began|was|were ~1 threatening|demanding|blackmailing',
    // not with someone else between "it" and the verb: "can i go to jail for sending it? she told me she was 15" quotes no
    // message (a teen's own story, 12-07 noon)
    'email|message|mail|letter|text ~1 said|says|told|warned|claimed|threatened ~2 i|me|my|we|us|our',
    'it !she|he|they|i|we|you|u|someone|somebody? said|says|told|warned|claimed|threatened ~2 i|me|my|we|us|our',
    'one of those|these ~1 emails|messages|mails|texts|letters',
    'one|some|another ~1 of ~1 those|these ~5 emails|mails|messages|letters|texts|scams ~2 today|yesterday|again|this_week|last_week|it|they',
    'got|received|getting|get ~1 an|one|this|these|a|the ~1 email|emails|message|mail|text|letter ~3 saying|claiming|telling|threatening',
    'my ~1 son|daughter|child|kid|kids|boy|girl|teen|teenager|nephew|niece|grandson|granddaughter|student|students ~1 was|were|had_been ~1 sent|told|threatened|blackmailed|targeted|contacted|asked',
    // advice pages' made-up example messages: "they may say something like ..."
    'they|he|she|offenders|predators|criminals|groomers ~1 may|might|often|usually|typically|will_often|could ~2 say|tell|threaten|claim|demand|ask|write|send',
    'typical|example|sample ~1 message|messages|email|emails|text|texts|script|line|lines',
    'example|examples ~1 pattern|patterns|below|above', 'fictional|hypothetical|illustrative|anonymised|anonymized',
    // a scam mail described in the third person: "the email demands", "these emails falsely claim",
    // "the message claims the sender has", "it goes on to threaten"
    'the|this|these|those|such ~1 email|emails|mail|mails|message|messages|letter|letters|writer|sender|senders ~2 claim|claims|claimed|demand|demands|demanded|state|states|stated|threaten|threatens|threatened|says|said|continues|tells|told|warns|contains|insists|alleges',
    'the sender|senders', 'go|goes|went on to', 'claim|claims ~2 the|your',
    // an advice page asking its reader (real train real-chat12-rcmp-langley, 12-02 night): "Are you being
    // pressured to send money to a stranger? Do you now live in fear of ...? If you are, you are not alone."
    'are|r ~1 you|u ~1 being ~1 pressured|threatened|blackmailed|extorted|harassed|forced|coerced',
    'live|living|lives ~1 in ~1 fear ~1 of', 'you|u ~1 are|r ~1 not ~1 alone', 'if ~1 this ~1 is ~1 happening ~1 to ~1 you|u',
  ],
  notDiscussion: [
    // "it's anonymised": a pretext's reassurance to the reader, not an advice page's made-up example (dev early-24, 12-04
    // night)
    'its|it_is|theyre|they_are|all ~1 totally|fully|completely? ~1 anonymised|anonymized|anonymous|confidential',
    // a fake police letter quotes the law: "according to the Penal Code", "according to article 227"
    'according to ~1 the? penal|criminal|civil ~1 code', 'according to ~1 the? article|articles|section|sections|law|laws|legislation|decree',
    // "can easily be used to blackmail you": the threat itself, addressed to the reader
    'be used ~1 to blackmail+ @you', '@i ~3 blackmail+ @you',
    // "This letter contains a tracking pixel, so I will know when you read it": the writer's own letter (dev mail-10)
    'this|my ~1 letter|email|e_mail|message ~1 contains|has ~1 a|an ~1 special? ~1 tracking_pixel|tracker|pixel|tracking_code',
    // "the pixel in this email tells me when you open it": the writer's own letter reporting back to them (tried as a user, 12-05)
    'this|my|the ~1 letter|email|e_mail|message|mail ~1 tells|will_tell|lets|notifies|informs|alerts ~1 me|us ~1 know? ~1 when|once|if|as_soon_as|that ~1 you|u',
    // the scam mail's own asides (read in the dev and train mails that alert all the same): "a man such as yourself",
    // "in bitcoin according to the exchange rate", "a remote-control feature, something like TeamViewer"
    // "You have become a victim of my malware", "I don't threaten to, I will", "You may claim your innocence" (tried as a
    // user, 12-05)
    '@you ~2 become|are|were|re|have_become ~1 a|the ~1 victim ~1 of ~1 my|our', '@i ~1 dont|do_not|never|am_not ~1 threaten|threatening ~1 to|you|u|anyone|people',
    'claim+ ~1 your|ur ~1 innocence',
    'such_as ~1 yourself|you|u|me|myself', 'for example|instance|e.g ~1 search|google|type|visit', 'according to ~2 exchange|current|todays ~1 rate|rates|price',
    'according to ~1 our|my ~1 security|records|logs|data', 'something like ~1 teamviewer|anydesk|a_keylogger|a_trojan|a_rat|a_remote',
    // "You don't pay, the video goes to everyone": a bare condition, not the advice "don't pay the scammer"
    UNPAID_THEN_GOES,
    // "unless we get paid": a demand now, not a story told after ("unless I paid")
    'unless|until|till ~1 i|we ~1 get|gets|am|are ~1 paid',
    // the sender naming themself ("I'm the hacker who infected your computer") or denying a label
    // ("this is not spam or a chain letter", "I am not bluffing"): the scam mail's own voice
    '@i ~1 am|m? ~1 a|the? ~1 hacker|hackers|programmer|spammer|blackmailer|extortionist',
    'not|no|isnt|arent|never ~1 a? ~1 spam|phishing|bluff|bluffing|chain_letter|scam|scammer|joke',
    // "You probably think this is spam": the mail's own voice, not a reader's report of spam
    '@you ~1 probably|may|might|must|will? ~1 think|thinking|believe ~2 this|it|that|i ~1 is|am|s|m? ~1 a? ~1 spam|phishing|bluff|scam|joke|fake',
    // "Look at the sender address: I wrote to you from your own account", "I write you from YOUR OWN e-mail, look at the
    // sender" (a set written after the rules, 12-06 night): the mail pointing at its own proof
    'check|look_at|see ~1 the ~1 sender|senders ~1 address|line|field|name|box?',
    // "if you think this is a bluff, reply 'proof'": the mail daring its reader
    'if ~1 you|u ~1 think|believe ~1 this|that|it|i|im ~1 is|am|s|m? ~1 a? ~1 bluff|bluffing|fake|joke|joking|kidding',
    // "buy Bitcoin on any exchange such as Coinbase": the mail's own instructions, not an example
    'such_as|for_example|like|e.g ~2 coinbase|binance|kraken|localbitcoins|paxful|bitpanda|gemini|bitstamp|cash_app|cashapp|revolut|western_union|moonpay'],
  familiar: [
    'love you|u ~1 too|more|lots|loads', 'miss you|u ~1 already|more|too|lots|loads|so', 'last night ~1 was', 'see you|u ~2 at|after|on|tomorrow|tonight|soon|later|next|saturday|sunday|monday|tuesday|wednesday|thursday|friday|weekend',
    'home in #', 'on my way home', 'running late', 'thanks|thank|ty ~1 you? love|babe|hun|sweetie|darling|mum|mom|dad|coach|miss|sir',
    'our anniversary|wedding|kids', 'coming over', 'pick you|u up',
    // dev early-13 look-alike (12-03 eve): a couple's "see u at lunch tmrw?" / "ill save u a seat"
    'save ~1 you|u|ya ~1 a ~1 seat|spot|place',
    // dev early-22 look-alikes (12-03 eve): couples and friends who share a bed, a sleepover, an evening out
    'your|ur|my side of the bed', 'home safe', 'got|get|made_it home safe|ok|okay', 'leaving work|school|the_office now',
    'that was|that_was ~1 a? ~1 lovely|great|fun|nice|good ~1 drink|dinner|date|evening|night|walk',
    'at|from ~1 the|your|ur|my ~1 sleepover', 'drive ~1 us|me ~1 to',
  ],
  // ---- early script: the reader's short hesitations the script pushes past (score.ts)
  // the reader doubts a friend's account is the friend: "is this really you?", "u never call me that"; as `unknown`,
  // but an impostor says "yes its me, new phone", so no self-introduction takes it back
  doubt: ['is this|that|it really you|u', 'this|that doesnt|dont sound like you|u', 'you|u never call me that',
    // dev early-20 (12-03 eve): a question only the friend can answer, "whats my dog's name"
    'whats|wats my dogs|dog|cats|cat|pets|pet|mums|moms|middle|sisters|brothers name', 'what is my dogs|dog|cats|cat|pets|pet|mums|moms|middle|sisters|brothers name',
    'prove its|it you|u', 'prove that its|it you|u'],
  // someone asked "who is this" naming themselves as someone the reader knows offline (dev stranger-15 look-alikes,
  // 12-04): a new number or account, family, a class or team; not where they met online ("from the discord")
  introduced: [
    'new|different|second|spare|backup|work number|phone|sim|mobile|cell|account|acc|acct|insta|snap|ig',
    'alt|spam|priv|private|finsta|backup|second account|acc|acct|page|insta|snap', 'my alt|spam|priv|finsta',
    'changed|change|switched my number|phone|sim|account', 'lost|broke|smashed|dropped|cracked my phone',
    'got|get a new phone|number|sim', 'my old account|acc|acct|phone|number', 'my own phone',
    'i sit behind|beside|next|near|opposite you|u|to', 'your|ur lab|desk|bus|seat partner',
    // dev stranger-16 look-alikes (12-04): a dentist, a delivery service, a club naming itself
    'dental|dentist|dentists|pharmacy|clinic|surgery|delivery|deliveries|parcel|courier|photography|photographer|photographers|library|attendance|reception|academy|council',
    'from bio|biology|chem|chemistry|physics|english|maths|math|science|history|geography|french|spanish|german|art|drama|music|pe|gym|class|school|practice|training|church|choir|band|orchestra|tutoring|camp|netball|football|soccer|hockey|rugby|basketball|volleyball|baseball|swim|swimming|dance|ballet|scouts|guides|cadets|homeroom|form|work',
    'from the|your|ur team|club|class|bus|school|year|grade|choir|band|squad|church|netball|football|soccer|hockey|rugby|basketball|volleyball|swim|dance|lab|gym|pool|practice|office|youth',
    'from next door', 'in your|ur class|year|grade|form|team',
    // dev stranger-16 look-alike (12-04): "lily!! got my snap back after my mum took my phone"
    'got|getting|get my snap|insta|account|acc|phone|number back', 'took|confiscated|taken|has my phone'],
  kin: [
    'your|ur|yer|yo cousin|cuz|sister|sis|brother|bro|mum|mom|mam|dad|aunt|auntie|aunty|uncle|gran|granny|grandma|nan|nana|grandpa|grandad|stepmom|stepmum|stepdad|stepsister|stepbrother|neighbour|neighbor|coach|teacher|tutor|bestie|bff|teammate|classmate',
    'your|ur favourite|favorite|fave|fav|only|big|little|older|younger|baby|step cousin|sister|sis|brother|bro|teammate|classmate|aunt|auntie|uncle|neighbour|neighbor',
    'mum|mom|mam|dad|grandma|gran|nan|grandpa|auntie|aunty'],
  unknown: ['who is this|that|dis|u|you', 'whos this|that|dis|u', 'who are|r you|u|ya', 'who ru', 'who dis', 'do i know you|u|ya', 'how do you|u know me', 'have we met', 'who even are|r you|u', 'who this|tis|dat', 'who tf is|are|r this|you|u|dis', 'who the hell|heck is|are|r this|you|u'],
  hesitation: ['no', 'nah', 'nope', 'idk', 'dunno', 'why', 'um', 'uh', 'hm', 'eh', 'wait', 'what', 'huh', 'how', 'of', 'not', 'rather', 'maybe', 'later', 'wtf', 'ew',
    // two words: "i dont think so", "im not sure"
    'i dont|cant|wont|dunno|rather|would|shouldnt|really', 'im not|good', 'dont think', 'not sure|now', 'is that|this',
    // dev early-26 (12-05): "thats mad weird bro"
    'thats weird|creepy|sus|odd|strange|mad|too|kinda'],
  // ---- talk of suicide or self-harm, told or said (no stage: the result shows crisis lines first)
  selfHarm: ['kill|kil|unalive yourself|urself|yourselves|myself|meself', 'kill|kil|unalive your|ur|my self', 'kys|kms',
    'end|ending|take|taking my|your|ur life', 'take|taking my|your|ur own life', 'end it all',
    'want|wanted|wanting to die', 'wanna die', 'wish i|id was|were dead', 'better off dead', 'go die',
    'suicidal', 'commit|committing|attempt|attempted suicide', 'self harm', 'selfharm',
    'want|going|gonna to hurt myself', 'wanna|gonna hurt myself',
    'dont want to live anymore', 'dont want to be alive', 'dont wanna live anymore', 'no reason to live',
    // the warning signs in words that name no death, as suicide-prevention pages list them (NIMH's warning signs; the
    // Israeli Ministry of Health's "statements that raise concerns"): "i dont want to be here anymore", "everyone would be
    // better off without me", "nobody would care if i died", "i cant keep living like this", "im tired of life"; and a
    // teen's own story of a threat that ends "i dont want to be here anymore" (a fresh set of stories, 12-07 evening). A
    // bored "i dont want to be here anymore" in a lesson gets the crisis lines too: they change no level, and a miss costs more.
    'dont|do_not|dont_really|really_dont want|wanna to? be here|alive|around anymore|any_more|no_more|any_longer',
    'dont|do_not want|wanna to? exist|exist_anymore|wake_up|wake_up_tomorrow', 'wish i|id was|were never born',
    'better off without me', 'better off if i was|were|wasnt|werent gone|dead|here|around',
    'no_one|nobody|noone would|will care|notice|mind if i died|was_gone|were_gone|disappeared|wasnt_here|werent_here|killed_myself',
    'no_one|nobody|noone would|will miss me|notice_if_i_was_gone', 'wont be around|here much|for longer', 'wont have to worry about me anymore|any_more',
    'tired of life|being_alive|living_like_this', 'cant|cannot keep living|go_on_living like this|anymore',
    'isnt|aint|not worth living', 'no point in? living|being_alive|going_on', 'whats|what_is the point of|in living|being_alive|going_on',
    'rather be dead', 'might as well be dead|die', 'thinking|thought|think about|of ending it|ending_my_life|killing_myself|suicide',
    'cut|cutting|cuts myself|meself', 'hurt|hurting myself|meself again'],
  // right after the reader sent the intimate picture asked for (12-06 morning): "screenshotted 😈", "saved as my
  // wallpaper 😍", "big mistake", "now listen to me carefully"
  saved: ['saved', 'screenshotted', 'screenshot', 'screenshots', 'screenshotting', 'ss', "ss'd", 'ssed', 'screenrecorded',
    'kept', 'keeping', 'downloaded'],
  unsaved: ['dont', 'didnt', 'wont', 'not', 'never', 'no', 'cant', 'deleted', 'delete', 'unsaved', 'wallpaper', 'lockscreen',
    'lock', 'background', 'screensaver'],
  caughtOut: ['big|biggest|huge mistake', 'shouldnt have|of', 'fell for', 'wrong|bad move', 'got played', 'listen carefully',
    'me carefully'],
  // ... or asking after the reader's people or school: "whats ur mums name on fb?", "what school do u go to?"
  questionWords: ['what|whats|who|whos|is|which|where|wheres|do|does'],
  askedKin: ['mum|mums|mom|moms|mother|dad|dads|father|sister|sisters|brother|brothers|parents|family|cousin|aunt|uncle',
    'grandma|nan|gf|girlfriend|bf|boyfriend'],
  askedReach: ['name|names|account|insta|ig|fb|facebook|number|snap|page|profile|followers|tiktok'],
  askedSchool: ['school go'],
  // someone telling their own story on the Help page (tried as a user, 12-05): "someone is blackmailing me with pics i
  // sent", "he said he will send my nudes to my family", "i think im being sextorted"
  // "this guy says he will send my pics to my school unless i pay", told back: "i will send your pics to your school
  // unless you pay" (tried as a user on the Help page, 12-06)
  retelling: {
    teller: { my: 'your', me: 'you', mine: 'yours', myself: 'yourself' },
    subject: { i: 'you', im: 'youre', ive: 'youve', "i'll": "you'll", "i'd": "you'd" },
    other: {
      he: 'i', she: 'i', they: 'i', "he's": "i'm", "she's": "i'm", "they're": "i'm", "he'll": "i'll", "she'll": "i'll",
      "they'll": "i'll", "he'd": "i'd", "she'd": "i'd", "they'd": "i'd", "they've": "i've", him: 'me', her: 'me', his: 'my',
      their: 'my',
      // the one told about, named, is the one who speaks ("a guy on discord has my nudes": "a i … has your nudes")
      someone: 'i', somebody: 'i', guy: 'i', girl: 'i', person: 'i', account: 'i', hacker: 'i', scammer: 'i', stranger: 'i', man: 'i',
      // "the offender wants more images", "sum1 got my nudez n said thay gona send them" (the sixth stories, 12-07)
      offender: 'i', perpetrator: 'i', predator: 'i', blackmailer: 'i', extortionist: 'i', catfish: 'i', sum1: 'i', thay: 'i',
      // "an individual I had been corresponding with … has threatened to distribute the images" (a teen's own, 12-07 noon);
      // "my friend's ex is threatening to post her private photos" (someone close's, the eighth stories)
      individual: 'i', ex: 'i',
      // a partner with the teller's pictures: "my boyfriend has my nudes and says he will show everyone if i break up with
      // him" (tried as a user, 12-08)
    },
    // (Nigerian Pidgin "wey" opens a description, "don get" is "has got": "this guy wey i meet for snapchat don get my nudes")
    agree: { is: 'am', was: 'was', has: 'have', does: 'do', keeps: 'keep', wants: 'want', says: 'say', don: 'don' },
    // "they threatened to send the nudes to all my followers", "she says if i dont send 300 she will send the video to
    // everyone i know" (tried as a user, 12-06 evening)
    reported: { threatened: 'will', threatening: 'will', threatens: 'will', threatning: 'will' },
    // "she started threatening to post the first one to my followers" → "i will post …" (a set of stories, 12-07)
    // "got a message saying they have a video of me … they want $2000" (the same set)
    received: 'got|received|getting|get',
    reportedAfter: 'to',
    // "im 13 and a guy has my pics pls help" (the next set of stories, 12-07)
    // "a guy from a game has my pics", "someone i met on snap says …" (the second stories, 12-07)
    describedBy: 'from|on|in|at|off|i|who|that|ive|id|wey',
    distress: 'help|helpp|halp|scared|terrified|panicking|panic|freaking|crying|desperate|frightened|sos|abeg',
    aspect: 'started|began|begun|kept|keeps|keep|is|am|are|was|were|been|has|have|had|now|also|just|even|still|already|then',
    // (and "he says i have to send him stuff too or he shows everybody": a teen's own story, 12-07 noon)
    conditions: 'if|unless|til|till|until|says|said|saying',
    // a parent, teacher or friend telling it: "a man has pictures of my daughter and says he will send them to her
    // school", told back to her (not when the one named speaks or acts: "my friend says she'll post them if i dont pay"
    // is the writer's own; partners are left out, who threaten as often as they are threatened): "i has pictures of you and says i will send them to your school" (tried as a user on
    // the Help page, 12-06); the one told about is the one threatened, whoever else acts is the one who threatens
    close: {
      owners: 'my|our',
      own: 'my|mine|our|ours',
      // "someone has my pics and will send them to my brother" is the teller's own; "my son … took $600 from my card"
      // and "people from our school" are not (a set of stories written for the rules, 12-07)
      // (and "he has stuff on me", "screenshotted my gallery", "went through my memories": teens' own stories, 12-07 noon)
      ownThings:
        'pics|pic|picture|pictures|photo|photos|pix|nudes|nude|noods|nudez|video|videos|vid|vids|clip|clips|selfie|selfies|snaps|recording|recordings|screenshots|images|image|private|intimate|naked|face|body|stuff|gallery|memories|camera',
      shown: 'me|myself',
      // "i sent ONE video on snap to a girl" beside "my little brother's name" (stories written after the rules, 12-07)
      sender: 'i',
      // "he'll drop the pics in there at midnight if i dont send the money. he added my sister too" (the ninth stories)
      conditioned: { before: 'if|unless|until|til|till', acts: 'pay|send|give|transfer|paid|sent|gave' },
      audience: {
        sends: 'send|sending|sends|sent|post|posting|posts|posted|share|sharing|shares|shared|show|showing|showed|leak|leaking|leaked|forward|forwarding|forwarded|spread|spreading|expose',
        to: 'to',
        sent: 'it|them|those|this|that|everything|one',
        after: 'or|otherwise',
        // "he also tells me not to tell my friends about him" (a teen's own story of a fresh set, 12-07 evening)
        keptFrom: { tell: 'tell|telling|tel|tells|show|showing', not: 'not|dont|never|cant|wont|shouldnt|mustnt|didnt' },
      },
      // "a student in my class" (a teacher's story, the same set)
      members: {
        first: 'a|an|one',
        lead: 'of|the',
        of: 'in|from|at|of|on',
        groups: 'class|year|form|school|team|group|club|ministry|church|squad|troop|unit|house|cabin',
        // "a student disclosed that he shared intimate images", "one of our pupils" (stories written after the rules, 12-07)
        wards: 'student|students|pupil|pupils',
        // "I met one lady on Facebook who said she is a student in Abuja" (a teen's own, the ninth stories)
        posing: 'is|am|are|was|were|be|been|being|im|hes|shes|theyre|as|like',
        // "a girl in my year found screenshots of stuff me and my girlfriend sent" (the fifth stories, 12-07)
        acts: 'found|took|screenshotted|recorded|stole|leaked|hacked',
        // a teller who looks after young people: "As a school counsellor I'm supporting a Year 9 boy", "Head of Year 9
        // here. A pupil came to me", "I'm a foster carer. The 15-year-old lad living with us …" (seen stories, 12-07)
        caring: {
          roles:
            'counsellor|counselor|teacher|tutor|nurse|coach|leader|lead|carer|foster|fostering|safeguarding|dsl|' +
            'head|headteacher|headmaster|headmistress|principal|mentor|worker|pastor|chaplain|volunteer|instructor|trainer|' +
            'teach|tutor|mentor|support|supervise|childminder|babysitter|babysit|nanny|guardian|warden',
          lead: 'im|am|as|work|working',
          teller: 'i|we',
          here: 'here',
          first: 'the',
        },
      },
      // "a 12yo" (the sixth stories, 12-07)
      ageNoun: 'old|olds|yo|yos',
      addressee: 'you|your|u|ur|yours|yourself|ya|urself|youre|youll|youve|youd',
      speaks: 'says|said|saying|told|tells|threatened|threatens|threatening|texted|messaged|wrote|keeps|wants|demands|demanded',
      auxiliary: 'is|are|was|were|has|have|had|keeps|kept|just|now|also|then',
      // "my 14 year old daughter", "my best friend", "our youngest son" (tried as a user, 12-06 evening)
      describing:
        'year|years|yr|yrs|yo|old|little|lil|teenage|teen|young|younger|youngest|older|oldest|eldest|big|baby|best|step|' +
        // a school year in a carer's note: "Y11 girl reports …" (the ninth stories)
        'y7|y8|y9|y10|y11|y12|y13|yr7|yr8|yr9|yr10|yr11|yr12|yr13|' +
        // "my girlfriend's sister", "my boyfriend's little brother" (the possessive of one who is not told about)
        'boyfriends|girlfriends|partners|moms|mums|dads|wifes|husbands|aunts|uncles|neighbours|neighbors',
      people:
        'son|daughter|kid|child|teen|teenager|stepson|stepdaughter|brother|sister|friend|bestie|student|pupil|niece|nephew|grandson|granddaughter|cousin|' +
        'twin|twins|mate|bff|bestfriend|godson|goddaughter|grandchild|grandkid|stepchild|stepkid|sibling|kids|children|sons|daughters|students|pupils|girl|boy|girls|boys|' +
        // "our eldest (16)", "a 16 year old lad" (the next set of stories, 12-07)
        'eldest|youngest|oldest|lad|lads|lass|' +
        // "my little bro (14)", "my flatmate is 18" (stories written after the rules, 12-07)
        'bro|sis|flatmate|roommate|housemate|' +
        // "one of our explorers", "one of my players" (a teller who looks after young people, 12-07)
        'scout|scouts|explorer|explorers|cub|cubs|camper|campers|player|players|youngster|youngsters',
      said: {
        he: 'i', she: 'i', they: 'i', "he's": "i'm", "she's": "i'm", "they're": "i'm", "he'll": "i'll", "she'll": "i'll",
        "they'll": "i'll", "he'd": "i'd", "she'd": "i'd", "they'd": "i'd", "they've": "i've", him: 'you', his: 'your', her: 'your',
        hers: 'yours', their: 'your', himself: 'yourself', herself: 'yourself',
        // the family the teller shares with the one told about is theirs too: "says theyll send his pics to our parents"
        // (someone close's stories, 12-07 noon)
        our: 'your',
      },
      objects: { her: 'you' },
      // "my best mate showed me her dms … this guy has her pics and says if she doesnt send more hes gonna post them",
      // "my son … someone he thought was a girl his age has nude pictures of him" (stories written after the rules, 12-07)
      victims: {
        she: {
          names: 'daughter|daughters|sister|sisters|niece|granddaughter|stepdaughter|goddaughter|girl|girls|lass|she|her|hers|herself',
          said: { she: 'you', "she's": "you're", "she'll": "you'll", "she'd": "you'd", him: 'me', his: 'my', himself: 'myself' },
        },
        he: {
          names: 'son|sons|brother|brothers|nephew|grandson|stepson|godson|boy|boys|lad|lads|he|him|his|himself',
          said: { he: 'you', "he's": "you're", "he'll": "you'll", "he'd": "you'd", her: 'my', hers: 'mine', herself: 'myself' },
        },
      },
      agreeNamed: { is: 'are', was: 'were', has: 'have', does: 'do', doesnt: 'dont', says: 'say', wants: 'want', keeps: 'keep' },
      objectsBefore:
        'for|to|and|or|if|unless|that|into|with|on|in|at|about|back|so|but|now|again|a|an|the|some|more|he|she|they|i|it|this|not|every|over|up|out|off|online|too|because|until|by',
    },
  },
  // a story told as over: "Three years ago when I was 16 someone got pictures of me and demanded money … I'm 19 now",
  // "Back in uni a guy I met online tried the whole "pay or I send your pics" thing … That was eight years ago" (seen
  // look-alikes of the story sets, 12-07); "now he says …", "he still has them" are going on
  ended: {
    phrases: ['years|yrs|months ago', 'back in uni|school|college|highschool|high_school|middle_school|junior_high|secondary_school|sixth_form|the_day', 'when i was', 'at the age of', 'sextorted|blackmailed|extorted|targeted at'],
    ongoing:
      'says|saying|wants|keeps|has|is|are|threatening|threatens|demanding|demands|asking|asks|still|today|tonight|tomorrow|rn|anymore',
    // "For my psychology class: what are the warning signs that a teenager is being sextorted?" (a look-alike, the ninth
    // stories)
    asked: [
      'what are|r the warning signs',
      'for my|a|our psychology|psych|sociology|health|pshe|school|college|uni class|assignment|essay|project|presentation|homework|coursework',
      'for my|a|our class|assignment|essay|project|presentation|homework|coursework',
    ],
  },
  selfReport: [
    'blackmailing|sextorting|extorting me', 'i was|got|get|been blackmailed|sextorted|extorted',
    // "sextortion. 16. what do i do" (a third set of stories, 12-07)
    'sextortion|sextorted|blackmailed what|wat|wtf do i do',
    'im|am being|getting blackmailed|sextorted|extorted', 'ive been blackmailed|sextorted|extorted',
    'threatening|threatened|threatens|threatning to post|send|share|leak|show|expose|release my nudes|noods|nude|pics|video|vid|videos|photos|pictures',
    'he|she|they|someone will|would|wil|gonna|could|is|are post|send|share|leak|show|expose my nudes|noods|nude|pics|video|vid|videos|photos|pictures',
    'he|she|they|someone is|are going to post|send|share|leak|show|expose my nudes|noods|nude|pics|video|vid|videos|photos|pictures',
    'hell|shell|theyll|hed|shed|theyd post|send|share|leak|show|expose my nudes|noods|nude|pics|video|vid|videos|photos|pictures',
    'he|she|they|someone|somebody|scammer|hacker|guy|girl|stranger|person has|have|got my nudes|noods|nude',
    'has|have|got my private|intimate pics|photos|pictures|videos|video|vid|nudes',
    'has|have|got my pics|nudes|noods|photos|pictures|video|vid|videos and|now wants|want|demands|demanding money|cash|payment',
    // "my" only before the pictures: "he also said he'll post my name in a landlords' group" is no such story (a look-alike, 12-07)
    'saying|says|said|threatening hell|shell|theyll send|post|share|leak|show|expose them|it|those|my_pics|my_pic|my_nudes|my_nude|my_noods|my_nudez|my_photos|my_photo|my_pictures|my_picture|my_video|my_videos|my_vid|my_vids|my_clip|my_clips|my_recording|my_stuff|my_private|my_intimate|my_naked|my_selfies',
    // "he will" as two words only with leaking or exposing: "mum said she will send it tomorrow" (12-06 night, when
    // `he_will` came to mean the two words, not "he")
    'saying|says|said|threatening he_will|she_will leak|expose them|it|my|those|everything',
    // "the" only before pictures that are theirs by their kind, or with a condition or an audience after them: "he says he'll
    // post the pics if i dont pay", "she said she'll send the video to everyone", not "my daughter said she'll send the
    // photos of the puppy to grandma" (12-06 afternoon)
    'saying|says|said|threatening hell|shell|theyll|he_will|she_will send|post|share|leak|show|expose the nudes|noods|nude|screenshots|screenshot|recording|recordings|vids',
    'saying|says|said|threatening hell|shell|theyll|he_will|she_will send|post|share|leak|show|expose the pics|pic|video|vid|videos|photos|photo|pictures|picture|clip|clips if|unless|everywhere|online|tonight|tomorrow',
    'saying|says|said|threatening hell|shell|theyll|he_will|she_will send|post|share|leak|show|expose the pics|pic|video|vid|videos|photos|photo|pictures|picture|clip|clips to everyone|everybody|all|my',
    'wants|want money|cash or|otherwise he|she|they|hell|shell|theyll posts|post|shares|share|leaks|leak|shows|show',
    // sending, only of pictures or to people: not "she wants 20 or she sends it back to the shop" (12-06 evening)
    'wants|want money|cash or|otherwise he|she|they|hell|shell|theyll sends|send them|it to',
    'wants|want money|cash or|otherwise he|she|they|hell|shell|theyll sends|send my|nudes|pics|photos|video|videos|everything|everyone|everybody',
    'wants|want money|cash or|otherwise he|she|they|hell|shell|theyll sends|send the pics|video|nudes|photos|videos|vid|vids',
    'or hell|shell post|send|share|leak|show|expose them|it|those', 'or hell|shell|theyll post|send|share|leak|show|expose my',
    'or hell|shell post|send|share|leak|show|expose the pics|nudes|noods|photos|video|vid|videos|first|old|other',
    // "our daughter sent pictures to a boy online and now hes asking for money" (a parent telling it, the same round;
    // a teen says the same words of themselves)
    'someone|somebody|online|stranger|boy|girl|guy|man and now hes|shes|theyre asking|demanding for money|cash|payment|bitcoin|crypto|gift|giftcards',
    // the catfish unmasked: "sent nudes to a girl on insta, now its a guy asking for money" (a fresh story, 12-07 evening)
    'now its|its_actually|turns_out_its|turned_out_to_be a guy|man|dude|bloke|scammer and? hes|theyre? asking|demanding|wanting|wants|want for? money|cash|payment|bitcoin|crypto|gift|giftcards',
    // "if I don't pay they send my pics to my family", "or they post my video" (tried as a user, 12-05)
    'pay they|he|she|hell|shell|theyll|theyd|hed|shed post|send|share|leak|show|expose|posts|sends|shares|leaks|shows my nudes|noods|nude|pics|video|vid|videos|photos|pictures',
    'pay they|he|she will|would|wil|gonna post|send|share|leak|show|expose my nudes|noods|nude|pics|video|vid|videos|photos|pictures',
    // a teen telling what happened in their own words (tried as a user on the Help page, 12-05 afternoon):
    // "i sent pics to someone and now theyre threatening me", "he screenshotted my pics and is asking for gift cards",
    // "this guy says hell ruin my life if i dont send more", "he keeps messaging me saying pay or else",
    // "i paid 100 already and he wants more" ("they said they will send it to my parents" is left: "the school said
    // they will send it to my parents" says the same words)
    'now theyre|hes|shes|they|he|she threatening|blackmailing me',
    'screenshotted|screenshoted|screenshot|recorded|saved|has|have|got my pics|nudes|noods|photos|pictures|video|vid|videos and is|now|keeps|are asking|demanding|wanting|threatening',
    'ruin my life if|unless i dont|do_not|wont send|pay',
    'me|hes|shes|theyre|he|she|they saying|says|said pay|send or else|otherwise',
    'he|she|they keeps|keep saying pay|send or else|otherwise',
    'i paid|sent and|but he|she|they|now wants|want|asks|asking|demands|demanding more',
    'i paid|sent already and|but he|she|they|now wants|want|asks|asking|demands|demanding more',
    'i already paid|sent and|but he|she|they|now wants|want|asks|asking|demands|demanding more',
    // an amount more after a payment: "i paid him already 100 on paypal and now he wants 200 more" (a fresh story, 12-07
    // evening; the amount is read as "money")
    'paid|payed|money|cash|paypal|cashapp|venmo|zelle|bitcoin|crypto|already|twice|once and|but now? he|she|they wants|want|demands|demanding|asks_for|is_asking_for|are_asking_for|needs money more',
    // "a guy got me to send pics and now he wants 500", "my son sent photos to someone and now they want money",
    // "he has my pics and wants 300 in gift cards", "they have a video of me and want money", "im being threatened
    // with my own pics", "he says hes going to expose me to my school" (the same round)
    'send|sent|sending pics|nudes|noods|photos|pictures|video|videos and now he|she|they wants|want|asks|demands|demanding|asking money|cash|more|payment|bitcoin|crypto|gift|giftcards',
    'someone|somebody|online|stranger|boy|girl|guy|man and now they|he|she want|wants|demand|demands|asking|asks money|cash|payment|bitcoin|crypto|gift|giftcards',
    // "some1 has my pics n wants $$" (a fresh story, 12-07 evening): "n" for "and", and "$" read as "dollar"
    'has|have|got my pics|nudes|noods|photos|pictures|video|vid|videos and|n wants|want|demands|demanding|asks|asking money|cash|payment|bitcoin|crypto|gift|giftcards|dolar|dollars|bucks|quid',
    'video|vid|pics|pic|photos|photo|nudes of me and want|wants|demand|demands|demanding|asking|asks money|cash|payment|bitcoin|crypto|gift|giftcards',
    'threatened|blackmailed|blackmailing|threatening with my pics|nudes|noods|photos|pictures|video|videos|vid|own',
    'threatening|blackmailing me with my pics|nudes|noods|photos|pictures|video|videos|vid|own',
    'expose me to my|everyone|all',
    // "if i dont pay him $250 he posts my video", "pay 300 dollars by tonight or he sends my pics" (amounts are left out)
    'pay him|her|them|today|tonight|tomorrow|now they|he|she|hell|shell|theyll|theyd|hed|shed post|send|share|leak|show|expose|posts|sends|shares|leaks|shows my nudes|noods|nude|pics|video|vid|videos|photos|pictures',
    'pay him|her|them|today|tonight|tomorrow|now they|he|she will|would|wil|gonna post|send|share|leak|show|expose my nudes|noods|nude|pics|video|vid|videos|photos|pictures',
    'by tonight|today|tomorrow|midnight|friday|monday they|he|she|hell|shell|theyll|theyd|hed|shed post|send|share|leak|show|expose|posts|sends|shares|leaks|shows my nudes|noods|nude|pics|video|vid|videos|photos|pictures',
    'or|otherwise|else they|he|she|hell|shell|theyll post|send|share|leak|show|expose|posts|sends|shares|leaks|shows my nudes|noods|nude|pics|video|vid|videos|photos|pictures',
    'or|otherwise|else they|he|she will|would|wil|gonna post|send|share|leak|show|expose my nudes|noods|nude|pics|video|vid|videos|photos|pictures',
    // a teen's own words, a third round (tried as a user, 12-06 afternoon): "someone is trying to blackmail me", "he
    // wont stop texting me saying he'll expose me", "my nudes got leaked", "if i dont send more pics they will post the
    // ones i sent", "pay her 100 dollars or she ruins my life", "he has a screen recording of me and keeps asking for
    // money", "hes still threatening me", "a scammer got my pics"
    'trying|tryna|trying_to|tries|tried to? blackmail|extort|sextort|blackmailing|extorting me',
    // "some account is threatening to expose me", "i paid once but they keep asking for more" (tried as a user, 12-06 evening)
    'threatening|threatened|threatens|threatning to expose|out|ruin me',
    // a fifth round (12-06 evening): "they said they would expose me if i didnt give them money", "he screenshotted our call
    // and said pay or else", "this girl turned out to be a scam and theyre asking for $500"
    'would|will|gonna|wil expose|leak|out me if i dont|didnt|wont',
    'would|will|gonna|wil expose|leak|out me unless i pay|paid|send|sent|give|gave',
    'he|she|they|someone|somebody|guy|girl screenshotted|screenshoted|screenrecorded|recorded|saved our|my call|facetime|vc|video|pics|nudes|photos and said|says|now|wants|demands|is pay|money|send|more|asking|demanding',
    // not "want": "the game was a scam and they want money for the skins" (12-06 night, when `for?` came to be optional)
    'scam|scammer|scammers|catfish|fake and theyre|hes|shes|they|he|she asking|demanding for? money|cash|payment',
    'i paid|sent once|already|them|him|her? but|and they|he|she keep|keeps|are|is asking|demanding|wanting for? more',
    // "he will leak everything unless i send 200 tonight, what do i do" (tried as a user, 12-06 evening)
    'he|she|they|someone|hell|shell|theyll|hes|shes|theyre will|would|gonna|wil? leak|post|share|send|upload|spread|expose|release everything|them|it unless|until|till|if i pay|send|give|dont|wont|didnt',
    'he|she|they|someone|hell|shell|theyll|hes|shes|theyre will|would|gonna|wil? leak|post|share|send|upload|spread|expose|release the video|pics|nudes|photos|videos unless|until|till|if i pay|send|give|dont|wont|didnt',
    'saying|says|said|threatening hell|shell|theyll|hed|shed expose|leak|ruin me',
    'my nudes|noods|nude got|were|was|have_been|has_been|are_being|is_being leaked|posted|shared|exposed|spread|sent_around',
    'my pics|photos|pictures|video|videos|vid got|were|was leaked|exposed',
    'if i dont|didnt|wont|do_not|refuse_to send|pay more|them|it|him|her|anything pics|nudes|photos|pictures|videos|money|cash? they|he|she|theyll|hell|shell will|would|gonna|wil? post|send|share|leak|show|expose',
    'pay|send|give him|her|them or|otherwise he|she|they|hell|shell|theyll ruins|ruin|destroys|destroy|wrecks|wreck|will_ruin|will_destroy my life|reputation|future',
    'has|have|got a|some recording|video|vid|screenshot|screenshots|pic|pics|photo|photos|picture|pictures|screenrecording of me and keeps|is|wants|asks|asking|demands|demanding|threatens|threatening|now|says',
    'has|have|got a screen recording of me and keeps|is|wants|asks|asking|demands|demanding|threatens|threatening|now|says',
    'recorded|screenrecorded|filmed our|my video|facetime|cam call|calls|chat and|now wants|want|demands|is|keeps|says',
    'hes|shes|theyre still threatening|harassing me',
    'scammer|hacker|blackmailer|extortionist|predator has|have|got|stole my pics|photos|pictures|video|videos|vids|snaps',
    // a sixth round of a teen's own words (tried as a user, 12-06 night): "i sent a girl some pics and now shes saying she
    // will send them to my family", "he has screenshots of everything and will ruin me if i block him", "the person i was
    // snapping turned out to be fake and now they want money for the pics", "i got tricked into sending pics", "they made
    // a group chat with my friends and said theyll post the video there", "my ex is threatening to post our private videos"
    'now hes|shes|theyre|he|she|they saying|says|said he_will|she_will|they_will|hell|shell|theyll leak|expose them|it|my|those|everything',
    'now hes|shes|theyre|he|she|they saying|says|said he_will|she_will|they_will|hell|shell|theyll send|post|share|show them|it|those|everything to everyone|everybody|my_family|my_friends|my_parents|my_school|my_followers|my_class|my_mum|my_mom|my_dad|my_contacts|my_brother|my_sister|my_teachers|my_classmates',
    'will|would|gonna|wil ruin|expose me if i block|report|ignore',
    'fake|scam|catfish|scammer and now they|he|she want|wants|wanting|demand|demands|demanding money|cash|payment for the|my pics|nudes|photos|videos|pictures|vids',
    'tricked|pressured|catfished|manipulated into sending|send pics|nudes|noods|photos|pictures|videos',
    'they|he|she|someone|somebody made|created|started a group_chat|gc|groupchat|group with my family|friends|followers|parents|school|class|contacts|classmates|teachers|mum|mom|dad and said|says|threatened|is_threatening',
    'threatening|threatened|threatens|threatning to post|send|share|leak|show|expose|release our private|intimate|sex|sexy videos|video|pics|photos|pictures|tape|nudes',
    // pictures already sent on, as proof: "he sent my pics to my cousin already to prove hes serious. he says my mom is next"
    // (a fresh story, 12-07 evening)
    'he|she|they|someone|somebody sent|leaked|posted|forwarded my nudes|noods to my',
    'prove hes|shes|theyre|he_is|she_is|they_are|hes_not|shes_not|theyre_not serious|not_joking|not_kidding|not_playing|joking|kidding|playing',
    // "she's threatening to send them to my family" (a friend's version of it is about another: `otherReport`, 12-06)
    'threatening|threatened|threatens|threatning to post|send|share|leak|show|expose|spread|forward|upload them|it|those|these|everything to|with my',
  ],
  // paid or sent, and asked for more (a fresh set's stories, 12-07 evening, and the seen halves before it): "i paid 50 then 100
  // and now he says 400", "i sent 50 and he said thanks now send 100", "the guy wants another 200. i already gave him 200",
  // "i already bought one … but they said it wasn't enough"; amounts read as "money" ("i sent £100" → "i sent money")
  paidThenAsked: {
    paid: [
      'i paid|payed|sent|gave|transferred|venmoed|zelled money', 'i paid|payed him|her|them|it|already|once|twice',
      'i already|alr|allready|just paid|payed|sent|gave|transferred', 'ive|i_have|id|i_had already? paid|payed', 'ive|i_have|id|i_had already? sent|given like|about|over? money|him|her|them|pics|nudes|noods|photos|one|some|more|it|everything',
      'already paid|payed him|her|them|once|twice|money', 'paid|payed him|her|them once|already|twice',
      'i already|just|alr? bought one|a_card|the_card|cards|gift_cards|a_gift_card|the_cards', 'i sent|gave him|her|them money|it|one|more',
      // "i paid and hes still asking for more" (tried as a user, 12-08)
      'i paid|payed and|but',
    ],
    more: [
      'wants|want|wanted|asking_for|asks_for|asked_for|demanding|demands|needs another|more', 'now wants|want money',
      'now send|pay money|more', 'now he|she|they|it says|said|wants|want|asks|asking money|more',
      'said|says|saying it|that|this wasnt|isnt|is_not|was_not|aint enough', 'back saying|asking|demanding',
      'wants|want me to do|make|send a|another|more video|videos|pics|vid|nudes',
      'keeps|keep asking|begging for? more', 'price went|goes|keeps_going up', 'said thanks now',
      'he|she|they|hes|shes|theyre|theyve still asking|asks|ask|wants|want|wanting|demanding|demands|begging for? more|another',
    ],
  },
  // a parent or teacher pasting what the child got: "this is what my son got on instagram", "my daughter received these
  // messages, is this sextortion?" (12-06 afternoon): once the chat alerts, the result speaks to them
  otherChat: [
    'my|our son|daughter|kid|child|teen|teenager|stepson|stepdaughter|brother|sister|friend|student|pupil|niece|nephew|grandson|granddaughter|kids|children|students|pupils got|received|gets|receives these|this|those|some|the messages|message|texts|text|dms|email|emails|snaps',
    'what my|our son|daughter|kid|child|teen|teenager|stepson|stepdaughter|brother|sister|friend|student|pupil|niece|nephew|grandson|granddaughter|kids|children|students|pupils got|received on|from|in|over instagram|insta|ig|snapchat|snap|tiktok|discord|facebook|messenger|whatsapp|roblox|online|dms',
    'my|our son|daughter|kid|child|teen|teenager|stepson|stepdaughter|brother|sister|friend|student|pupil|niece|nephew|grandson|granddaughter|kids|children|students|pupils showed|sent|forwarded me|us these|this|those|the messages|message|texts|chat|dms|screenshots',
    // "this is the msg my friend keeps getting (she's 14):" (a third set of stories, 12-07)
    'msg|msgs|message|messages|texts|dms|snaps my|our son|daughter|kid|child|teen|teenager|stepson|stepdaughter|brother|sister|friend|student|pupil|niece|nephew|grandson|granddaughter|kids|children|students|pupils keeps|has|is|was|been? getting|gets|got|received|receiving',
  ],
  // a teen telling of being pushed for pictures before any threat, in words the told-back reading does not take for a
  // request (no "me" to turn, or none a chat would hold): "this boy from snap keeps asking for nudes", "he keeps asking
  // me for nudes", "offering me robux for pics of me" (tried as a user, 12-07 late)
  pushed: [
    'asking|asked|asks|askin|begging|begged|begs|bugging|pressuring|pressured|pestering|pushing|forcing|harassing|dming|dmming|messaging|texting|snapping me? for|to_send|to_take nudes|noods|nude|nudez|naked|nsfw|explicit|sexy|spicy|intimate|feet|topless|shirtless|body_pics|body_pictures|body_photos|bikini_pics|underwear_pics|lingerie_pics',
    'asking|asked|asks|askin|begging|begged|bugging|pressuring|pressured|pestering|pushing me? for|to_send|to_take him|her|them? a|an? pics|pictures|photos|pic|picture|photo|videos|video|vids|vid|selfies of? me|myself? naked|nude|topless|shirtless|without|with_no|in_my_underwear|in_underwear|in_the_shower|in_my_bra|of_my_body|changing|undressing|getting_changed|in_a_towel|in_a_bikini|in_a_swimsuit|in_lingerie',
    'wants|wanted|wanting nudes|noods|nudez|naked_pics|nude_pics|naked_photos|nude_photos|feet_pics|feet_pictures|feet_photos|body_pics|body_pictures',
    // "wants pics in my underwear", "wants a video of me changing outfits" (a second set written for the list, seen half)
    'wants|wanted|wanting a|an? pics|pictures|photos|pic|picture|photo|videos|video|vids|vid of? me|myself? naked|nude|topless|shirtless|without|with_no|in_my_underwear|in_underwear|in_the_shower|in_my_bra|of_my_body|changing|undressing|getting_changed|in_a_towel|in_a_bikini|in_a_swimsuit|in_lingerie',
    'wants|want|wanted|told|telling|tryna_get|trying_to_get me to send|sned|snd|take him|her|them? nudes|noods|nude|nudez|naked|topless|sexy|spicy',
    // "he says if i really loved him i would send nudes"
    'loved|love|trusted him|her|them id|i_would|i_wud send|sned|show nudes|noods|pics|pictures|photos|them|it|my|more|one|some',
    // "he says he will pay me for pics": money promised for pictures (a photographer's "pics of the wedding" reads so too)
    'will|would|wil|gonna|wud pay|give me money|cash|robux|vbucks? for|if_i_send pics|pictures|photos|a_pic|a_picture|a_photo|nudes|noods|feet',
    // "offered me a 50 dollar gift card for feet pics", "2000 robux for a pic in a swimsuit" (a set written for the list)
    'offering|offered|offers|promised|promising|paying me? a? money|cash|robux|vbucks|gift_cards|gift_card|giftcard|giftcards gift_card|giftcard|card|in_robux? for|if_i_send|to_send nudes|noods|feet|naked|nude|sexy|spicy',
    'offering|offered|offers|promised|promising|paying me? a? money|cash|robux|vbucks|gift_cards|gift_card|giftcard|giftcards gift_card|giftcard|card|in_robux? for|if_i_send|to_send a? pic|pics|picture|pictures|photo|photos|video|videos|vid of_me|of_myself|of_my_body|of_my_feet|in_a_swimsuit|in_a_bikini|in_underwear|in_my_underwear|in_a_bra|without|with_no|naked|nude',
    // a fake modelling scout (the second set's seen half): "they want test pics for a tasteful shoot in lingerie"
    'test pics|shots|photos|pictures|shoot|polaroids in|wearing my? lingerie|underwear|a_bikini|swimwear|a_swimsuit|nothing',
    'tasteful|artistic shoot|shots|pics|photos|pictures in|wearing my? lingerie|underwear|nothing',
  ],
  // a plain request for pictures, told (a grandmother's too): a push only beside an early step in the same message
  pushedPlain: {
    asked: [
      'asking|asked|asks|askin|begging|begged|begs|bugging|pressuring|pressured|pestering|pushing|hounding|nagging me for pics|pictures|photos|pic|picture|photo|selfies|vids|videos|a_pic|a_picture|a_photo|a_selfie|a_video|more_pics|more_pictures',
      'asking|asked|asks|askin|begging|begged|begs|bugging|pressuring|pressured|pestering|pushing|nagging|wants|wanted|telling|told me to send|take him|her|them? pics|pictures|photos|pic|picture|photo|selfies|vids|videos|a_pic|a_picture|a_photo|a_selfie|a_video|more',
      'keeps|keep|kept asking|begging|bugging|pestering for pics|pictures|photos|a_pic|a_picture|a_photo|more',
    ],
    // the same told of someone close, by the one helping: "a man online keeps asking her for photos" (12-08)
    askedOther: [
      'asking|asked|asks|begging|begged|begs|bugging|pressuring|pressured|pestering|pushing|hounding|nagging|dming|messaging|texting my|our? son|daughter|kid|child|teen|teenager|stepson|stepdaughter|niece|nephew|grandson|granddaughter|student|pupil|sister|brother|her|him|them for pics|pictures|photos|pic|picture|photo|selfies|vids|videos|a_pic|a_picture|a_photo|a_selfie|a_video|more_pics|more_pictures',
      'asking|asked|asks|begging|begged|begs|bugging|pressuring|pestering|pushing|nagging|wants|wanted|telling|told my|our? son|daughter|kid|child|teen|teenager|stepson|stepdaughter|niece|nephew|grandson|granddaughter|student|pupil|sister|brother|her|him|them to send|take pics|pictures|photos|pic|picture|photo|selfies|vids|videos|a_pic|a_picture|a_photo|a_selfie|a_video|more',
    ],
    // "… and says not to tell anyone", "… told me not to tell my parents", "… says im so mature for my age", "… says hes
    // sad and only i can make him feel better"
    steps: [
      'not|never to tell|show|mention anyone|anybody|my_parents|my_mum|my_mom|my_dad|my_family|my_friends|my_sister|my_brother|nobody|no_one|people|us|her_parents|his_parents|her_mum|his_mum|her_mom|his_mom|her_dad|his_dad',
      'not|never to tell|show|mention it|this|them|him|her to anyone|anybody|my_parents|my_mum|my_mom|my_dad|my_family|my_friends',
      'mature|grown_up|old for my age',
      'only i|me can make him|her|them feel better|happy|good',
      'keep|keeping it|this|us|our_chats|our_chat a? secret',
      // persuasion: "… says its no big deal everyone does it"
      'no big deal|biggie',
      'everyone|everybody|all_the_girls|all_the_guys|all_my_friends|all_your_friends does|do|sends|send it|them|those|pics|nudes',
    ],
  },
  // someone close pushed for pictures before any threat, told by the one helping: "a man keeps asking my daughter for
  // nudes", "i think my son is being groomed" (tried as a user, 12-08)
  pushedOther: [
    'asking|asked|asks|begging|begged|begs|bugging|pressuring|pressured|pestering|pushing|dming|messaging|texting|wants|wanted|telling|told my|our? son|daughter|kid|child|teen|teenager|stepson|stepdaughter|niece|nephew|grandson|granddaughter|student|pupil|sister|brother|her|him|them for|to_send|to_take nudes|noods|nude|nudez|naked_pics|naked_photos|nude_pics|nude_photos|explicit_pics|explicit_photos|sexy_pics|sexy_photos',
    'grooming|groomed my|our son|daughter|kid|child|teen|teenager|stepson|stepdaughter|niece|nephew|grandson|granddaughter|student|pupil|sister|brother',
    'son|daughter|kid|child|teen|teenager|stepson|stepdaughter|niece|nephew|grandson|granddaughter|student|pupil|sister|brother is|was|has_been|are|were|being groomed',
    'son|daughter|kid|child|teen|teenager|stepson|stepdaughter|niece|nephew|grandson|granddaughter|student|pupil|sister|brother is|was|has_been being groomed',
  ],
  // a parent, teacher or friend telling it: "my son is being blackmailed", "someone is threatening my son with his
  // photos", "we found out someone is extorting our daughter" (the pasted chat is theirs to help with)
  otherReport: [
    'son|daughter|kid|child|teen|teenager|stepson|stepdaughter|brother|sister|friend|student|pupil|niece|nephew|cousin|twin|twins|mate|bestie|bff|grandson|granddaughter|kids|children|students|pupils|friends|boyfriend|girlfriend|bf|gf is|was|got|has|have being|been|getting blackmailed|sextorted|extorted',
    'son|daughter|kid|child|teen|teenager|stepson|stepdaughter|brother|sister|friend|student|pupil|niece|nephew|cousin|twin|twins|mate|bestie|bff|grandson|granddaughter|kids|children|students|pupils|friends|boyfriend|girlfriend|bf|gf is|was|has being|been|getting threatened by someone|somebody|stranger|strangers|online',
    'son|daughter|kid|child|teen|teenager|stepson|stepdaughter|brother|sister|friend|student|pupil|niece|nephew|cousin|twin|twins|mate|bestie|bff|grandson|granddaughter|kids|children|students|pupils|friends|boyfriend|girlfriend|bf|gf was|got blackmailed|sextorted|extorted',
    // "now she's threatening to send them to his family", "has her nudes and is demanding money", "has pictures of my
    // daughter and is asking her for money" (the same round; not "their": the news's "threatened to send them to their
    // families")
    'threatening|threatened|threatens|threatning to post|send|share|leak|show|expose|spread|forward|upload them|it|those|these|everything to|with his|her',
    'threatening|threatened|threatens|threatning to post|send|share|leak|show|expose|spread|forward|upload his|her nudes|noods|pics|photos|pictures|video|videos|vid',
    'has|have|got his|her|their nudes|noods|pics|photos|pictures|video|videos and|now is|keeps|wants|will|asking|demanding|threatening',
    'pictures|pics|photos|nudes|videos|video of my|our son|daughter|kid|child|teen|teenager|stepson|stepdaughter|brother|sister|friend|student|pupil|niece|nephew|cousin|twin|twins|mate|bestie|bff|grandson|granddaughter|kids|children|students|pupils|friends|boyfriend|girlfriend|bf|gf and is|now|keeps|hes|shes|theyre|he|she|they asking|demanding|wants|threatening|blackmailing|wanting',
    // "my friend sent nudes to someone and now theyre blackmailing her" (tried as a user, 12-06 evening)
    'now theyre|hes|shes blackmailing|sextorting|extorting her|him',
    'now they|he|she|someone|somebody are|is|keeps|keep blackmailing|sextorting|extorting her|him',
    'now they|he|she|someone|somebody blackmails|extorts|sextorts|blackmail|extort her|him',
    // a teacher or a classmate: "a pupil in my class is being blackmailed", "one of our students has been targeted"
    'in my|our class|school|form|year|group|team|tutor_group is|was|has|are|were being|been|getting blackmailed|sextorted|extorted|threatened|targeted',
    'son|daughter|kid|child|teen|teenager|stepson|stepdaughter|brother|sister|friend|student|pupil|niece|nephew|cousin|twin|twins|mate|bestie|bff|grandson|granddaughter|kids|children|students|pupils|friends|boyfriend|girlfriend|bf|gf has|have|had been targeted|groomed|sextorted|blackmailed|extorted',
    'threatening|blackmailing|extorting|sextorting my|our son|daughter|kid|child|teen|teenager|stepson|stepdaughter|brother|sister|friend|student|pupil|niece|nephew|cousin|twin|twins|mate|bestie|bff|grandson|granddaughter|kids|children|students|pupils|friends|boyfriend|girlfriend|bf|gf',
  ],
};

export default en;
