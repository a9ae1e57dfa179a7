// Probe sets for the early script (issue 10): grooming conversations that end in a threat, written
// for these tests by the team (CC0-1.0) in wording chosen to differ from data/detect/corpus, and
// hard negatives (couples, friends, parents, classmates, coaches swapping pictures). Five sets,
// each written before the engine was run on it (2026-11-30 evening, docs/detect.md "Early script
// probes"): `before` ahead of any change, then `round1`..`round4` each after a round of rule changes
// made on the misses of the sets before it. The first run of each set on the rules of its day is the
// honest measure of generalisation; the floors below are what the engine reached at the end, so a
// change that loses early alerts fails here.
import { test } from 'node:test';
import assert from '../../../test/assert.ts';
import { analyzeConversation } from './index.ts';
import { parseProbe } from '../../../test/detect-probes.ts';

export const PROBE_POSITIVES: string[] = [
  `kayla.x: hey u dont know me but ur kinda adorable
sam: lol thanks?
kayla.x: how old r u
sam: 15
kayla.x: same!! u have snapchat its easier
sam: yeah sam.j07
kayla.x: send me a cute pic of u
sam: [image omitted]
!kayla.x: i screenshotted it. pay me 200 or ur school sees it`,

  `Ryan_22: yo you're honestly the best looking person on this server
Max: haha what
Ryan_22: for real. u on telegram? the mods read everything here
Max: no
Ryan_22: get it, it's safer. my @ is ryan2209
Ryan_22: u home by yourself rn?
Max: ya why
Ryan_22: show me what u look like without the hoodie
Max: no thats weird
Ryan_22: dont be boring, nobody will ever know
Max: fine
Max: <Media omitted>
!Ryan_22: got it saved. $150 in steam cards or your mom gets it tonight`,

  `Lena: hii sorry if this is random, u popped up in my suggestions
Jay: hey
Lena: ur eyes r gorgeous omg
Lena: wanna hop on a quick video chat? only if ur alone tho
Jay: ok
Lena: that was fun 😈
!Lena: I recorded everything. Send 500 or I share it with your friends list`,

  `mia: heyy you follow my friend emma right
leo: yeah
mia: ur cute ngl 😳
mia: [image omitted]
mia: thats me. ur turn
leo: [image omitted]
mia: no like a real one. take off the shirt
leo: idk
mia: pls i showed u mine
leo: [image omitted]
!mia: now pay $300 or this goes to every one of your followers`,

  `xXsniperXx: gg ur actually cracked at this
toby: thx
xXsniperXx: i can get u 5000 robux if u want
toby: for real??
xXsniperXx: ya just add me on discord so we can talk private
toby: ok
xXsniperXx: how old are u btw
toby: 13
xXsniperXx: send a pic of u in ur pyjamas, then ill send the robux
toby: why
xXsniperXx: its fine no one will see it
toby: [image omitted]
!xXsniperXx: u better send more or i send that to ur whole class`,

  `agency_talent: Hi! We scout new faces for a teen clothing brand. You have a great look
zoe: omg really?
agency_talent: Yes! Can you send some test photos? Full body, in swimwear
zoe: um my mom would have to say yes
agency_talent: Better to surprise her once you're signed. Keep it between us for now
zoe: ok
zoe: [image omitted]
!agency_talent: Those photos are mine now. Transfer £400 today or they will be published online with your name`,

  `alex: morning beautiful ☀️
ella: morning
alex: i cant stop thinking about u, no one gets me like u do
ella: aw
alex: are ur parents home?
ella: no at work
alex: perfect. send me something only for me 😏
ella: like what
alex: u know what. something spicy
ella: i dont think so
alex: cmon i thought u trusted me
ella: [image omitted]
!alex: lol. now you'll do what I say or your dad gets this pic`,

  `Jordan: hey its jordan, lost my phone so this is my new acc
Kim: oh hey
Jordan: can u do me a favour, send me a pic of u for a challenge
Kim: what challenge
Jordan: just do it quick, ill explain after
Kim: [image omitted]
Jordan: now one without ur top
Kim: wtf no
!Jordan: send it or i post the first one with ur number on it`,

  `carla: hola, vi tu perfil y me pareces muy guapo
dani: gracias jaja
carla: tienes whatsapp? aqui no me llegan bien los mensajes
dani: si
carla: mandame una foto sin camiseta
dani: no se
carla: porfa, nadie la va a ver
dani: [imagen omitida]
!carla: si no me pagas 100 euros la mando a todos tus contactos`,

  `Tyler: you're like the only interesting person in this group chat
Nia: lol
Tyler: what grade are u in
Nia: 9th
Tyler: cool cool. where do u live
Nia: near portland
Tyler: lets talk on kik instead
Tyler: do u ever send pics
Nia: sometimes
Tyler: send one in bed
Nia: [image omitted]
!Tyler: i have your pic and your address. 100 dollars or everyone sees it`,

  `Sara: omg ur so fine 😍 where u from
Ben: london
Sara: same!! lets facetime
Ben: maybe later
Sara: no now, put ur camera on, im alone
Ben: ok
!Sara: I have the whole call recorded. your contacts get it unless I receive 1000 usd`,

  `Chris: random but u seem really mature for 14
Ava: thanks i guess
Chris: girls like u deserve attention. whats ur snap
Ava: ava_b
Chris: dont tell ur parents about me ok they wouldnt get it
Ava: ok
Chris: send me a picture in ur bra
Ava: no
Chris: just one. please
Ava: [image omitted]
!Chris: if you stop answering, this pic goes to your school`,

  `Anon: hey
Anon: ur hot
Anon: snap?
Bella: who is this
Anon: a fan. send nudes
Bella: no
!Anon: ok i have ur old pics anyway. pay or they go online`,

  `Dylan: yo saw u at the game last week, u were sick
Ethan: who r u
Dylan: friend of marcus. u got ig?
Ethan: ya
Dylan: turn on vanish mode, this stays between us
Dylan: u ever trade pics with guys
Ethan: no
Dylan: first time for everything lol send me one
Ethan: [image omitted]
!Dylan: I'm sending this to marcus and your whole team unless you pay me 50 now`,

  `Natalia: Hello dear, you look so handsome on your profile
Mark: thank you
Natalia: I am lonely tonight. Can we do a video call on Skype
Mark: sure
Natalia: Show me your body on camera
Mark: ok
!Natalia: I have recorded your video. If you don't send $2000 I will upload it to YouTube and send it to your family`,

  `em: heyyy sorry random i found u through ur friends list
jake: oh hey
em: u have such a nice smile
em: im 16 btw wbu
jake: 16 too
em: we should talk somewhere else, insta messes up my dms. add me on snap
jake: added
em: wanna see something 😉
em: [image omitted]
em: ur turn, show me everything
jake: [image omitted]
!em: u have 10 minutes to send me $200 or ur parents get this`,

  `Marcus: ur honestly stunning
Liv: ty
Marcus: can i see a pic of u in the mirror
Liv: why
Marcus: just wanna see u properly, nobody else will ever see it
Liv: [image omitted]
Marcus: now with less clothes
Liv: no
Marcus: come on dont be shy
!Marcus: fine. I'm posting the one I have on every account I can find with your name`,

  `Nick: are ur parents asleep
Zara: ya why
Nick: delete our chat after ok
Zara: ok
Nick: take a video for me in the shower
Zara: no way
!Nick: either u send it or i tell everyone what u already sent`,

  `Jace: heyy we've got like 20 mutuals how have we never talked
Remy: haha idk
Jace: ur lowkey my type
Jace: this app is dead, what's ur number
Remy: why
Jace: so i can text u properly
Remy: ok its 07700 900456
Jace: u alone? i wanna see u
Remy: see me how
Jace: a pic. just u
Remy: [image omitted]
!Jace: thanks. now $250 or i send it to ur mum, ive got her on facebook`,

  `Sofia: Hi handsome, I'm new in town and don't know anyone
Tom: welcome
Sofia: let's move to whatsapp, I don't check this site much
Tom: ok
Sofia: I'll send you a private photo if you send one too
Sofia: [image omitted]
Tom: [image omitted]
!Sofia: Now listen. Send 0.05 BTC to my wallet or the photo goes to your wife and coworkers`,

  `Kai: hey sorry to bother u but ur really pretty
Lucy: thanks
Kai: r u 15 or 16
Lucy: 14
Kai: u dont look it. do u have telegram
Lucy: no
Kai: download it, its better for privacy
Kai: i want to see u in ur swimsuit
Lucy: why
Kai: its for me only i promise
!Kai: do it or i show ur parents our whole chat and tell them ur sending pics to strangers`,

  `Ana: hola guapo jajaja
Luis: hola quien eres
Ana: una amiga de una amiga, te vi en ig
Ana: hacemos videollamada? estoy sola en casa
Luis: vale
!Ana: te grabé. si no me das 300 euros le mando el video a tu familia`,

  `Owen: ur art is insane for ur age. how old r u
Pia: 12
Owen: thats so cool, i want to commission u, add me on discord
Pia: ok
Owen: can i see u too? a selfie
Pia: [image omitted]
Owen: cute. now a selfie in ur pajamas
Pia: why
Owen: its a trend, everyone does it
!Owen: I have your selfies saved. send more or i post them with your name`,

  `Dre: hey gorgeous
Jade: hi
Dre: u single?
Jade: yeah
Dre: prove ur real, send a pic holding 3 fingers
Jade: [image omitted]
Dre: now one in ur underwear
Jade: no
Dre: please i sent u mine
!Dre: you really want everyone at your school seeing this? then you know what to do. $100`,

  `Ivy: heyy i think ur really cute, saw u on tiktok
Sam: haha thx
Ivy: wanna vc on snap
Sam: ok
Ivy: can u put the camera lower 😏
Sam: lol
!Ivy: I recorded it all. You have 1 hour to pay or it goes to everyone on your list`,

  `Leo: yo u don't know me but i've seen ur posts, ur pretty cute
Nat: um thanks
Leo: u seem so much older than ur age
Nat: lol
Leo: can u keep a secret
Nat: what
Leo: i want u to send me a pic that nobody else gets to see
Nat: [image omitted]
!Leo: if u dont send another i'll show everyone the screenshots of what you sent me`,
];

export const PROBE_NEGATIVES: string[] = [
  `Mum: did the new trainers arrive?
Kid: yes
Mum: send me a pic of you with them on
Kid: [image omitted]
Mum: lovely, keep the receipt`,

  `Coach Dan: great session today
Ria: thanks coach
Coach Dan: send me a video of your serve from the side so I can check your form
Ria: ok
Ria: [video omitted]
Coach Dan: elbow higher next time, well done`,

  `Priya: did u do q5
Tom: ya
Priya: send a pic of ur working pls
Tom: [image omitted]
Priya: ur a lifesaver, dont tell mr khan i copied lol`,

  `Maddie: cant decide what to wear to jess's party
Hana: send me pics of both outfits
Maddie: [image omitted]
Hana: second one!! ur gonna look so good
Maddie: ur the best`,

  `Ben: miss u babe
Chloe: miss u too
Ben: send me a cute selfie before bed
Chloe: [image omitted]
Chloe: ur turn
Ben: [image omitted]
Ben: see u tomorrow at school`,

  `Rob: you looked gorgeous last night
Amy: 😘
Rob: send me a pic of you in that dress again
Amy: later when the kids are asleep
Rob: can't wait, love you`,

  `Nana: hello sweetheart can we video call on sunday
Lily: yes nana
Nana: turn your camera on this time so i can see you
Lily: ok love you`,

  `Sam: hey its sam, new account, old one got hacked
Alex: oh lol ok
Sam: send me that pic of the homework sheet
Alex: [image omitted]
Sam: thanks see u tmr`,

  `Dad: are you home alone right now?
Emma: yes mum is out
Dad: good, don't tell mum, I'm planning her birthday surprise
Dad: can you send a picture of the cupboard where she keeps the candles
Emma: [image omitted]`,

  `Jess: the group chat is so laggy
Ana: lets just use snap
Jess: ok whats ur snap again
Ana: ana.r02
Jess: send me the pic from the beach
Ana: [image omitted]`,

  `Kit: coach wants everyone to send a photo in our kit for the program
Sol: ok
Sol: [image omitted]
Kit: nice, I'll forward it to coach`,

  `Zoe: i still have the pic of u falling in the pool lol
Mia: delete it!!
Zoe: never its my lock screen
Mia: ur so annoying love u`,

  `Jamie: hey, your profile made me laugh
Sam: haha thanks
Jamie: want to switch to whatsapp? this app is so glitchy
Sam: sure
Jamie: can we video call tonight? I like to see someone's face before meeting
Sam: ok, 8pm?`,

  `Mum: are you alone at home?
Leo: yes
Mum: keep the door locked, I'll be back at 6
Mum: send me a photo of the oven dial so I know it's off
Leo: [image omitted]`,

  `Noah: yo r u on insta
Finn: ya finn.p
Noah: followed. send the video of the science experiment
Finn: [video omitted]
Noah: thanks we can put it on the class slides`,

  `Ollie: i can give u robux for ur birthday
Ben: really?
Ollie: yeah mum said i can use my allowance
Ben: ur the best
Ollie: send a pic of ur new avatar when u get it`,

  `Studio Lux: Hi Ella, your family portraits are ready
Ella: great!
Studio Lux: We'll email the photos tonight. Let us know if you want prints`,

  `Jay: u gotta send me a pic of that spicy ramen
Kai: [image omitted]
Kai: it was so hot lol
Jay: ur insane`,

  `Coach Mel: Hi Sara, can you send me a short video of your floor routine? it's just for your feedback
Sara: ok
Sara: [video omitted]
Coach Mel: Great, see you at practice on Thursday`,

  `Lia: r mum and dad home
Tess: no they went out
Lia: yesss can u send me a pic of the dress in my wardrobe, i wanna borrow it
Tess: [image omitted]
Lia: dont tell mum i took it lol`,

  `Dan: babe send me a pic
Kim: of what
Dan: of u silly, i miss ur face
Kim: [image omitted]
Dan: gorgeous. love you, see you friday`,

  `Rae: this app is so dead, whats ur whatsapp
Gus: 07700 900123
Rae: cool ill add u to the group for the trip`,

  `Ms Patel: Please send a photo of your finished worksheet by 5pm
Sam: ok miss
Sam: [image omitted]
Ms Patel: Thank you Sam`,

  `Ivy: pic for pic of our halloween costumes?
May: yesss
May: [image omitted]
Ivy: [image omitted]
Ivy: omg we look amazing`,

  `Mum: turn your camera on for the zoom call with grandad
Kid: ok
Mum: and brush your hair first`,

  `Jo: how old is ur brother again
Li: 15
Jo: send me a pic of his new haircut lol
Li: [image omitted]
Jo: hahaha`,

  `Amara: ur so pretty in ur profile pic omg
Bea: stoppp ur prettier
Amara: send me the one from the formal
Bea: [image omitted]
Amara: see u monday babe`,

  `Tia: are u alone in the changing room? i left my hoodie there
Rosa: ya
Tia: send me a pic of the bench so i know its there
Rosa: [image omitted]
Tia: omg thank u`,
];

const FRESH_POSITIVES: string[] = [
  `b.rook: hii r u the one from the dance video on tiktok
ellie: haha yeah
b.rook: ur literally so pretty, how old r u
ellie: 13
b.rook: aw im 14. do u have whatsapp, tiktok dms are weird
ellie: yeah
b.rook: can u send me a pic in ur dance outfit
ellie: um why
b.rook: its for me only dont worry
ellie: [image omitted]
!b.rook: ok now send me 50 on paypal or ur mum sees this and what u said`,

  `Marco: Hey! Sorry for the random message, you have a really nice vibe
Josh: thanks man
Marco: where are you based?
Josh: leeds
Marco: nice. can we talk on telegram, I'm rarely on here
Josh: ok
Marco: are you alone now? I want to show you something
Marco: [image omitted]
Marco: your turn, show me yours
Josh: no
Marco: come on, I showed you
!Marco: Fine. I have your face from your profile and I will put it on a naked pic and post it to your friends`,

  `gamerguy: nice clutch, ur good for a girl
sasha: lol thanks
gamerguy: i'll gift u a battle pass if u want
sasha: seriously?
gamerguy: ya add me on discord, ill send it there
sasha: ok
gamerguy: u got a cam? lets vc
sasha: not now
gamerguy: just for 2 mins, no one else is home right?
sasha: ok
!gamerguy: i screen recorded u. send 30 in vbucks cards or i post the clip in the server`,

  `Hannah: hiya, we're in the same maths class i think? i'm new
Aiden: oh hi
Hannah: you're cute, don't tell anyone i said that lol
Hannah: whats ur snap
Aiden: aiden_w
Hannah: send me a pic of u without ur shirt 🙈
Aiden: idk
Hannah: pleaseee no one will see
Aiden: [image omitted]
!Hannah: lol got u. £100 or the whole year group gets it`,

  `user8842: Hi sweetie, you look very mature in your photos
Mila: thank you
user8842: How old are you?
Mila: 15
user8842: Do your parents check your phone?
Mila: no
user8842: Good. Send me a photo in your underwear, I will delete it straight after
Mila: no
!user8842: Then I will send your profile photos to your school with a message saying you sent me nudes`,

  `Jenna: omg u have the nicest smile!!
Rob: haha ty
Jenna: u single?
Rob: ya
Jenna: lets facetime when ur home by urself
Rob: ok im alone now
Jenna: can u take ur shirt off on camera 😘
!Jenna: got all of it on video. pay 400 dollars or your family gets the link`,

  `kelly_x: hey stranger 👋 u look fun
tom: hi?
kelly_x: im new here, this app is kinda dead tho. got insta?
tom: ya tom.r
kelly_x: followed. send a selfie, i wanna see the real u
tom: [image omitted]
kelly_x: cute!! now one in bed 😏
tom: haha no
kelly_x: cmon dont be boring
!kelly_x: send it or i share your selfie with a caption that you're selling pics`,

  `Leon: hola guapa, vi tus fotos en insta
Marta: quien eres
Leon: alguien que te quiere conocer. tienes telegram?
Marta: no
Leon: descargalo, es mas privado. mandame una foto en bikini
Marta: no se
Leon: porfa, solo para mi
!Leon: si no me mandas fotos, publico tus fotos de insta con tu numero en una web porno`,

  `Dee: yo u play fortnite right? ur username looks familiar
Sam: ya
Dee: bet. how old r u
Sam: 12
Dee: cool same. u got discord
Sam: yes
Dee: join my server its more private. u alone rn?
Sam: ya
Dee: send a pic of u so i know ur real
Sam: [image omitted]
!Dee: nice. now send one with no top on or i send this to everyone on the server saying ur a creep`,

  `Sophie: Hi there, I found your profile and had to say hi. You are very attractive
Paul: Hi Sophie, thanks
Sophie: I'm lonely in my apartment tonight. Do you have Skype?
Paul: yes
Sophie: Let's have a video call, I want to see you. Make sure no one is with you
Paul: ok
!Sophie: I recorded our call. Pay 1500 dollars or I publish the video on youtube and send it to your colleagues`,

  `rhi: u dont know me but ur best friend says ur cool
liam: lol who
rhi: secret 🤫 anyway can we chat on snap instead
liam: sure
rhi: are ur parents around?
liam: downstairs
rhi: go to ur room and send me a video
liam: of what
rhi: u know 😉 something nobody else gets
!rhi: if u dont do it ill tell ur best friend ur sending nudes to girls and show her these screenshots`,

  `Ty: hey cutie u seem chill
Ava: hi
Ty: how old are u
Ava: 16
Ty: nice, i like younger girls. whats ur number, i dont use this
Ava: why
Ty: so we can text privately
Ava: 07700 900789
Ty: send me a pic in the bath 😏
Ava: no thats weird
Ty: come on just one
!Ty: ok then i'll send ur number and pics from ur page to some creepy sites`,

  `N: heyy saw ur story, ur so hot
K: thanks
N: wanna trade pics
K: like what
N: i'll send one if u send one back
N: [image omitted]
K: [image omitted]
N: now one without clothes
K: no
!N: do it or the pic u sent goes to every name on your followers list`,

  `fan_club: hi i run a fan page for creators, ur content is so good
jess: omg thanks
fan_club: want to be featured? dm me on insta with a few photos
jess: what kind
fan_club: a full body one in a swimsuit, it does better
jess: ok [image omitted]
fan_club: perfect. keep this between us til its live
!fan_club: change of plan. send $200 or I post your swimsuit pic on an adult site with your real name`,

  `Chris: hi! sorry to bug u, u seem really sweet
Lily: hi
Chris: can i ask u something, r ur parents strict?
Lily: kinda
Chris: then we should keep this chat secret ok
Lily: ok
Chris: send me a video of u dancing in ur pjs
Lily: why
Chris: bc i like u
Lily: [video omitted]
!Chris: good girl. now u do what i say or ur parents get this video`,
];

const FRESH_NEGATIVES: string[] = [
  `Mum: are you home alone?
Isla: yes dad's at work
Mum: can you facetime me, I want to show you the puppy!
Isla: omg yes`,

  `Coach Rita: great effort today. send me a photo of your stance from the side so I can check your form
Joe: ok coach
Joe: [image omitted]
Coach Rita: knees softer next time. see you saturday`,

  `Ella: send me a pic of you in your prom dress!!
Rose: [image omitted]
Ella: STUNNING omg
Rose: stoppp ur the cutest
Ella: see u at prom`,

  `Max: lets switch to whatsapp the school app is so slow
Ben: ok whats ur number
Max: 07700 900111
Max: send a pic of the maths homework when u can`,

  `Dad: where are you?
Leo: at sams
Dad: send me a photo of the door number so I can pick you up
Leo: [image omitted]
Dad: on my way home now`,

  `Grace: are ur parents home? i need to return ur mums dish
Amy: no they're out
Grace: ok i'll leave it on the porch, send me a pic of the porch so i find the right house
Amy: [image omitted]`,

  `Partner: miss you babe, send me a pic of you in that new jumper
Sam: [image omitted]
Partner: gorgeous, love you, see you tonight`,

  `Aunt Jo: How old are you now, 13?
Nia: 14!
Aunt Jo: Goodness! Send me a photo of you in your new school uniform
Nia: [image omitted]
Aunt Jo: So grown up, love you`,

  `Theo: wanna vc on discord for the project
Kai: sure
Theo: turn ur camera on so we can show the model to mr lee
Kai: ok`,

  `Liv: pic for pic of our new haircuts
Em: lol ok
Em: [image omitted]
Liv: [image omitted]
Liv: we look so good omg`,

  `Mia: u alone? i need to tell u something secret about jake
Zoe: ya
Mia: dont tell anyone but he asked me to the dance!!
Zoe: omg`,

  `Coach Ben: please send a swim video from the side, in your team swimsuit, for the stroke analysis
Ana: ok
Ana: [video omitted]
Coach Ben: great, see you at training`,

  `Sis: take a pic of the shower tiles for the plumber and send it
Bro: [image omitted]
Sis: thanks`,

  `Jay: ur so good at drawing
Lou: ty
Jay: can u send me a pic of the dragon one
Lou: [image omitted]
Jay: sick, see u in art tomorrow`,

  `Nan: hello darling, is your camera working now? video call me when you're home
Tess: ok nan
Nan: love you`,
];

const BLIND_POSITIVES: string[] = [
  `jaz: hey! ur friends with maya right? she said i should msg u
ollie: oh ok hi
jaz: ur even cuter than in ur pics lol
jaz: whats ur snap, insta dms are so slow
ollie: ollie.k
jaz: added u. r u in ur room rn
ollie: ya
jaz: send me a mirror pic, just us two know
ollie: [image omitted]
!jaz: ok listen carefully. $80 on cashapp in the next hour or maya and everyone else gets that pic`,

  `coach_mike: Hi Evan, I coach a club team, saw your highlights. You've got real talent
Evan: thanks!!
coach_mike: How old are you? 14?
Evan: 15
coach_mike: Perfect age for our squad. Text me on WhatsApp, it's easier
Evan: ok
coach_mike: I need a physique photo for the trial, shirtless, front and side
Evan: do i have to
coach_mike: All the lads do it. Don't mention it to your parents yet, I want it to be a surprise
Evan: [image omitted]
!coach_mike: Now you'll send a video too or I forward these to your school and say you sent them to me`,

  `Bella: heya stranger ✨ u seem so mature
Noah: haha
Bella: im 17, how old r u
Noah: 14
Bella: age is just a number 😉 wanna move to kik
Noah: ok
Bella: show me ur abs
Noah: idk
Bella: pleaseee ill show u mine
!Bella: send it now or i'll post our chat and tell ur school you were talking dirty to me`,

  `rich.kid: hey, i give away gift cards to people who follow me. u want one?
zac: yes please
rich.kid: cool, just dm me on telegram
zac: ok
rich.kid: to verify you, send a selfie with your face and body
zac: [image omitted]
rich.kid: now the same without your shirt
zac: why
rich.kid: verification rules lol
!rich.kid: changed my mind. pay $60 or your selfies go to everyone you follow`,

  `Kat: hiii random q but do u go to st marys?
Leo: ya why
Kat: i think ur really fit 🙈
Kat: is anyone home with u
Leo: no
Kat: can we facetime? i wanna see u properly
Leo: ok
Kat: take it somewhere private
!Kat: screen recorded. 200 quid or it goes on the st marys group chat`,

  `Daniel: Good evening beautiful. I saw you in the group and couldn't stop looking
Rosa: who are you?
Daniel: Someone who admires you. Are you on Signal?
Rosa: no
Daniel: Download it, it's safer for us
Daniel: Send me a photo of you in your nightwear
Rosa: no thanks
Daniel: Don't be like that, I'm only asking for one
!Daniel: Then I will make one myself with AI and share it with your contacts`,

  `user_x: u have really pretty eyes
mia: thank u
user_x: r ur parents home
mia: no
user_x: can u show me ur room on camera
mia: ok
user_x: now ur bed. lie down
mia: why
user_x: just do it its cute
!user_x: i have u on video now. do what i say or i send it to ur mom`,

  `tobias: yo ur voice on stream is so cute
lia: lol thx
tobias: wanna play duos tonight? add me on discord
lia: sure
tobias: whats ur age btw
lia: 13
tobias: u should cam up while we play
lia: not really allowed
tobias: ur parents wont know
!tobias: i have clips of u now. send me more or i post them in the server`,

  `M: hey gorgeous, long time no see
S: who is this?
M: it's me, new number. let's talk on whatsapp
S: ok
M: send me a cheeky pic for old times sake 😜
S: um
M: come on dont make me beg
!M: fine, then i'll show your husband the pics you sent me before`,

  `Ali: hola bonita, te sigo en insta hace tiempo
Sara: hola
Ali: eres preciosa. cuantos años tienes
Sara: 15
Ali: pasate a telegram, alli hablamos mejor
Sara: vale
Ali: mandame una foto en pijama
Sara: no se
Ali: venga, nadie se va a enterar
!Ali: si no me mandas mas fotos, le enseño a tus padres todo lo que hablamos`,

  `josh99: hey sorry i know this is random but ur really cute
amy: lol
josh99: do u want to make some money? i pay for pics
amy: what kind
josh99: just u in a bikini. 50 bucks
amy: hmm
josh99: no one will know, delete after
amy: [image omitted]
!josh99: actually u owe me now. more pics or i send this one to your whole school`,

  `Em: omg we matched in the game lobby twice, fate lol
Cal: haha
Em: ur so funny, i feel like i know u already
Em: do u have snap
Cal: ya cal_j
Em: u alone? i wanna show u something
Em: [image omitted]
Em: ur turn 😏
Cal: [image omitted]
!Em: ur pic is saved. send £150 or ur followers see it with ur name`,

  `Pete: Hello. I am a photographer, your pictures are very natural
Jo: thanks
Pete: I'm doing a teen swimwear shoot. Send me a few pictures in your swimsuit first
Jo: my mum would want to see the details
Pete: no need to involve her, it's a quick test. between us
Jo: [image omitted]
!Pete: If you don't send the rest I will sell these online with your name`,

  `kyle: hey u dont know me but ur so pretty
sam: thx
kyle: how old r u
sam: 16
kyle: nice, add me on insta, this app sucks
sam: ok
kyle: u ever done a video call with a guy
sam: no
kyle: lets do one now, somewhere no one can hear u
!kyle: i recorded u. pay me or the video goes to ur family`,

  `r0b: hi sexy
tia: what
r0b: u look amazing in ur profile, are u single
tia: yes
r0b: lets go private on telegram
tia: ok
r0b: take a video for me in the bath
tia: no way
r0b: i'll pay u 100
tia: [video omitted]
!r0b: lol im not paying. i have ur video. send 300 or everyone on ur insta gets it`,
];

const BLIND_NEGATIVES: string[] = [
  `Coach Kim: great game! send me a photo of your knee so I can see the swelling
Lou: [image omitted]
Coach Kim: ice it tonight, see you tuesday`,

  `Mum: are you on your own? can you send me a pic of the gas meter
Ben: [image omitted]
Mum: thanks love, home at 6`,

  `Jake: bro send me a pic of ur new boots
Tom: [image omitted]
Jake: sick, see u at training`,

  `Hana: are ur parents home? can i come round to do the project
Lily: ya they're home, come over
Hana: send me a pic of the poster so far
Lily: [image omitted]`,

  `Bf: goodnight gorgeous, send me a selfie 😘
Gf: [image omitted]
Bf: beautiful, love you, see you at lunch`,

  `Grandpa: how old are you now, 12?
Ella: 12!
Grandpa: send me a photo of you in your new football kit
Ella: [image omitted]
Grandpa: love you sweetheart`,

  `Sam: lets move the group to whatsapp, discord is down
Max: ok whats ur number
Sam: 07700 900222
Sam: send the pic of the rota`,

  `Zara: pic of u in the dress pleaseee
Mia: [image omitted]
Zara: u look stunning!!! see u at the party`,

  `Teacher: Please turn your camera on for the oral exam
Kid: ok
Teacher: Thank you`,

  `Ava: u alone? i need to vent about my parents
Ivy: ya whats up
Ava: dont tell anyone but they're splitting up`,

  `Partner: miss you, send me a cheeky pic 😜
Me: later when I'm home
Partner: can't wait, love you`,

  `Coach Ali: shirtless photo front and side for the fitness tracking sheet, same as last term
Sam: ok
Sam: [image omitted]
Coach Ali: thanks, see you at practice`,

  `Dad: can you video call me when you're home? want to see the new puppy
Kid: ok
Dad: love you`,

  `Friend: ur so pretty omg send me the pic from last night
Bea: [image omitted]
Friend: hahaha love u`,

  `Nina: do u have snap
Rae: ya rae.t
Nina: added! send me the funny pic of mr jones`,
];

const FINAL_POSITIVES: string[] = [
  `luna: heyyy i saw ur comment on the concert post, we like the same bands!!
finn: oh cool
luna: ur honestly so handsome, is that weird to say lol
finn: haha no
luna: can we talk on snap? i hate this app
finn: sure finn_07
luna: what are u doing rn, in bed?
finn: ya
luna: send a pic of u in bed 😴
finn: [image omitted]
!luna: thanks babe. now i need 100 on paypal or ur bandmates get this`,

  `Shadow: sup, u were sick in that match
Kid: thx
Shadow: how old r u
Kid: 11
Shadow: cool. my clan is recruiting, join our discord
Kid: ok
Shadow: to join u gotta send a face pic so we know ur not a bot
Kid: idk
Shadow: everyone did it, its the rules
Kid: [image omitted]
!Shadow: now send one in ur underwear or i post ur face in every server saying ur a snitch`,

  `Amelia: Hi! I'm a talent manager, you could totally be an influencer
Grace: really?
Amelia: Yes. Let's continue on Telegram, I keep work separate
Grace: ok
Amelia: I need some shots for the portfolio. Bikini ones get the most brand deals
Grace: i don't have any
Amelia: Take some today, and don't show your parents yet, they'll ruin the surprise
Grace: [image omitted]
!Amelia: Send $250 for the portfolio fee or these pictures go on my agency page with your name`,

  `Viktor: Hello my friend, you have a kind face
James: thanks?
Viktor: Are you married?
James: no
Viktor: Good, then we can chat freely. Add me on WhatsApp
James: ok
Viktor: Let's make a video call now, I am alone
James: ok
!Viktor: I recorded you. Send 800 euro or your video goes to all your facebook friends`,

  `cc: hiii we were in the same camp last summer i think?
maddy: ummm maybe
cc: ur even prettier now omg
cc: u still on insta? lets chat there
maddy: ya
cc: r ur parents around
maddy: no theyre out
cc: send me a pic of u in ur pjs rn 🙈
maddy: why
cc: bc i miss u lol
!cc: ok i have your pics from camp too. send me new ones or they go to your whole school`,

  `GameMaster: want free skins? i have a generator
tom: yes!!
GameMaster: dm me on discord so i can send the link
tom: ok
GameMaster: first i need to verify ur human. turn on ur cam
tom: do i have to
GameMaster: takes 2 secs, nobody else sees it
!GameMaster: got u on cam. pay 20 in gift cards or i upload it`,

  `Rosa: hola guapo, te vi en tiktok
Pablo: hola?
Rosa: tienes snap? aqui no contesto
Pablo: si
Rosa: estas solo? quiero verte
Pablo: si
Rosa: manda una foto sin camiseta
Pablo: vale
!Rosa: ya tengo tu foto. si no me pagas 50 euros se la mando a tus amigos`,

  `deano: u look so grown up in ur pics, how old are u
lily: 14
deano: no way, u look 18. where do u live
lily: manchester
deano: me too! lets text on whatsapp
lily: ok
deano: dont tell anyone we talk, people get jealous
deano: send me a pic of u getting ready for bed
!deano: i saved ur pics. if u stop talking to me i'll send them to ur dad`,

  `Sky: ur art is amazing, do u do commissions?
Ben: sometimes
Sky: i'll pay 50 for a custom one. but first can u send a pic of urself so i can draw u in it
Ben: ok [image omitted]
Sky: cute! now one with less clothes for the reference
Ben: no
Sky: its just for the art, no one sees it
!Sky: send it or i share ur pic with ur followers and say u sent me nudes`,

  `Anna: hey, sorry to message out of nowhere, u seem really nice
Joe: hi
Anna: i just moved to ur town and dont know anyone
Anna: do u want to video chat? only when ur by urself tho, im shy
Joe: ok
Anna: that was fun 😘 do it again tonight?
!Anna: i recorded it. 300 dollars or everyone in ur contacts gets it`,

  `mark_b: hey sweetheart
ella: who is this
mark_b: a friend of your brother. you're very pretty
mark_b: can you keep a secret from him?
ella: why
mark_b: because I like you. send me a selfie
ella: [image omitted]
mark_b: now one without your top
ella: no
!mark_b: fine, i'll show your brother the selfie and tell him what you said to me`,

  `Jess: omg u have the best style!! where do u get ur clothes
Kim: thrift mostly
Jess: u should model for my page. got snap?
Kim: yeah
Jess: send me pics of ur outfits on u, try on some bikinis too
Kim: um
Jess: come on its for the page, don't be shy
Kim: [image omitted]
!Jess: if you don't send more I'll put this on a nsfw page`,

  `Liam: hey cutie u single?
Nia: why
Liam: cause ur gorgeous. how old r u
Nia: 15
Liam: perfect. move to kik
Liam: send me a vid in the shower
Nia: no
!Liam: u will or i tell everyone u sent me nudes`,

  `z: ur voice in the vc was so cute
k: lol
z: can we call just us two later
k: maybe
z: cam on tho, i wanna see ur face
k: ok
z: lower 😏
!z: recorded. send 40 or i send it to everyone in the server`,

  `Marco: Hi Sofia, I saw you at the gym, you have an amazing body
Sofia: who are you
Marco: A personal trainer. I can give you a free plan, text me on WhatsApp
Sofia: ok
Marco: Send progress photos in your sports bra so I can assess
Sofia: [image omitted]
Marco: Now without it, it's standard
Sofia: no
!Marco: Then I'll send these to your boyfriend and say you sent them to me`,
];

const FINAL_NEGATIVES: string[] = [
  `Trainer: send progress photos in your gym kit this week so I can update your plan
Client: ok
Client: [image omitted]
Trainer: great work, see you thursday`,

  `Mum: are you by yourself? can you send me a photo of the form on the fridge
Kid: [image omitted]
Mum: thanks sweetie`,

  `Bf: can we video chat tonight? just us two
Gf: yes!! miss you
Bf: love you, see you at school`,

  `Lily: send me a pic of u in the bikini u bought, is it cute
Ava: [image omitted]
Ava: opinions??
Lily: omg its so cute, see u at the pool`,

  `Sis: dont tell mum but i broke her vase, send me a pic of the shelf so i can find the same one
Bro: [image omitted]
Sis: ur the best`,

  `Coach: how old are you now, 13? send me a photo of your id for the league card
Max: 13
Max: [image omitted]
Coach: thanks, see you at practice`,

  `Emma: are ur parents home? can i come over
Zoe: no but come anyway
Emma: send me a pic of ur outfit so we match
Zoe: [image omitted]`,

  `Wife: miss you, send me a pic from the hotel
Husband: [image omitted]
Wife: cute, love you, home tomorrow`,

  `Kai: my clan is recruiting, join our discord
Jo: ok
Kai: send a screenshot of ur rank
Jo: [image omitted]
Kai: sick ur in`,

  `Tutor: please turn your camera on so I can see your working
Student: ok
Tutor: great, let's start`,

  `Priya: u alone? i need to ask u something embarrassing
Anna: ya
Priya: dont tell anyone but i like ur brother lol`,

  `Artist: I'll pay 50 for a custom drawing of my cat
Ben: sure, send a pic of the cat
Artist: [image omitted]`,

  `Nan: you look so grown up in your photos! how old are you now, 15?
Tia: yes
Nan: send me a picture of you in your prom dress
Tia: [image omitted]
Nan: beautiful, love you`,

  `Rae: can u facetime? need help with my makeup
Mia: ya one sec
Mia: cam on`,

  `Friend: ur so pretty, send me the pic from the beach pls
Jo: [image omitted]
Friend: love u see u tmr`,
];

const LAST_POSITIVES: string[] = [
  `nova: hey i think we talked on omegle once? ur the funny one
rhys: lol maybe
nova: ur way cuter than i remember
nova: whats ur telegram, i deleted that app
rhys: dont have it
nova: get it, its better
rhys: ok rhys_b
nova: whos home with u
rhys: nobody
nova: send me a pic of u rn, no shirt
rhys: [image omitted]
!nova: ok now 150 in bitcoin or i drop it in ur school group chat`,

  `Eli: hi, u play on the eu server right? ur really good
Max: thanks
Eli: how old r u? u sound young
Max: 12
Eli: add me on discord, i'll give u my old account with all the skins
Max: really??
Eli: yeah. just send a pic of u first so i know ur not a scammer
Max: why tho
Eli: everyone does it, hurry before i change my mind
Max: [image omitted]
!Eli: now a video with no clothes or i post ur face and tell everyone ur a scammer`,

  `Kayla: Hey! I'm recruiting for a modeling agency and your photos caught my eye
Ruby: wow
Kayla: Where are you from?
Ruby: Bristol
Kayla: We have a shoot there next month! Can you send me some pics in a swimsuit for the casting?
Ruby: i'd have to ask my mum
Kayla: No need to tell her yet, we surprise the parents with the contract
Ruby: [image omitted]
!Kayla: Those pictures will be sent to your school unless you pay the 200 pound registration fee`,

  `d4rk: yo ur hot
sam: ?
d4rk: r u a boy or girl. how old
sam: girl 15
d4rk: nice. u home alone?
sam: ya
d4rk: show me ur body
sam: no
d4rk: dont be a baby. no one will know
!d4rk: do it or ur pics from ur insta go on a porn site with ur name`,

  `Hugo: Hi beautiful, you seem different from other girls
Ines: aw thanks
Hugo: Do you have a boyfriend?
Ines: no
Hugo: Let's chat on WhatsApp, I want to know you better
Ines: ok
Hugo: Are your parents strict? Do they check your phone?
Ines: sometimes
Hugo: Then delete our chats every night
Hugo: Send me a picture of you in bed before you sleep
Ines: [image omitted]
!Hugo: Good. From now on you send what I ask, or your parents get this picture and our chats`,

  `lexi: omg ur the boy from the gym vid right
ryan: haha yeah
lexi: ur insanely fit
lexi: do u have snap? this app is lame
ryan: ryan.t
lexi: can we vc? i'm by myself
ryan: ok
lexi: show me ur abs on cam 😏
ryan: [video omitted]
!lexi: i recorded that. u got 30 mins to send me 250 or ur gym mates see it`,

  `Pablo: hola preciosa, vi tu perfil y me encantaste
Lucia: hola quien eres
Pablo: un chico de tu ciudad. tienes whatsapp?
Lucia: si
Pablo: tus padres estan en casa?
Lucia: no
Pablo: mandame una foto en ropa interior, solo para mi
Lucia: no se
Pablo: porfa nadie la va a ver
!Pablo: si no me la mandas voy a decir a todo tu instituto que me mandaste fotos`,

  `ace: hey cutie saw u on the fyp
ava: hey
ace: how old r u
ava: 14
ace: same. can u keep a secret
ava: ya
ace: send me a pic in ur school uniform
ava: why
ace: i just wanna see what ur school looks like lol
ava: [image omitted]
!ace: now one without it or this one goes on a nsfw account`,

  `Ben: hey, sorry random, you seem like a really interesting person
Jess: haha hi
Ben: are you single?
Jess: why
Ben: curious. can we video call tonight, when nobody's around?
Jess: maybe
Ben: come on, 5 mins
Jess: ok
!Ben: Got everything on video. $500 by midnight or your family sees it`,

  `tyler: ur so pretty it's crazy
em: thx
tyler: r ur parents asleep
em: ya
tyler: take a pic for me in the mirror in ur pjs
em: idk
tyler: pls just one
em: [image omitted]
!tyler: nice. now send 50 or ur mom gets it in the morning`,

  `kevin: hey u dont know me but i think ur really cool
jay: ok?
kevin: u want free robux? i can give u 10k
jay: for real
kevin: yea add me on discord
jay: ok
kevin: turn on ur cam and show me ur room so i know ur real
jay: ok
kevin: now show me more of u
!kevin: i screen recorded u. send 10 more videos or i send this to ur parents`,

  `mia.x: hiii u seem nice, r u new here
leo: ya
mia.x: me too!! how old r u
leo: 13
mia.x: omg same. do u have whatsapp
leo: yes
mia.x: send me a pic of u after ur shower 🙈
leo: no
mia.x: plsss ill send mine first
!mia.x: ok forget it, i have ur number now and i'll send everyone ur profile pic saying ur a creep`,

  `Olivia: Hi Tom, we met at the conference, remember? You were very charming
Tom: Oh hi, yes
Olivia: My phone is full, can we talk on Skype instead
Tom: sure
Olivia: Let's do a video call, I am alone in my hotel room
Tom: ok
Olivia: Take off your shirt for me
!Olivia: I recorded everything. 2000 dollars or your colleagues and your wife get the video`,

  `zane: yo ur art is fire, how old r u
liv: 16
zane: cool i'm 17. wanna collab? add me on insta
liv: ok
zane: u got a pic of u? for the collab profile
liv: [image omitted]
zane: nice. now one in a bikini, it gets more followers
liv: idk
zane: come on it's normal
!zane: send it or i post ur selfie with ur address`,

  `R: heyy beautiful 😍
K: who are u
R: a friend of a friend. u on snap?
K: ya
R: lets snap then, insta is weird
R: are u alone now
K: ya
R: show me something special 😏
!R: you better or i tell ur friends u sent me nudes and show them screenshots`,
];

const LAST_NEGATIVES: string[] = [
  `Mum: are you home alone? grandma is coming by, send me a photo of the front door so i know it's locked
Kid: [image omitted]
Mum: thanks love`,

  `Coach: send me a video of your freestyle from the side, in your team swimsuit, for analysis
Ana: ok
Ana: [video omitted]
Coach: great, see you at training`,

  `Gf: are your parents asleep? call me on facetime
Bf: ok 2 mins
Gf: love you`,

  `Friend: omg send me a pic of u in the dress before the party
Bea: [image omitted]
Friend: ur so pretty, see u there`,

  `Sam: u got discord? join our server for the project
Jo: ok
Sam: send a screenshot of ur code when u can`,

  `Dad: how old is your friend? 12? send me a photo of the permission slip
Kid: [image omitted]
Dad: thanks`,

  `Teacher: turn your camera on for the class please
Student: ok
Teacher: thank you`,

  `Bestie: can u keep a secret? i got a tattoo dont tell my mum
Jo: omg send a pic
Bestie: [image omitted]`,

  `Partner: miss you, send me a pic in bed before you sleep 😘
Me: [image omitted]
Partner: love you, see you tomorrow`,

  `Aunt: where do you live now? send me a pic of your new place
Ella: [image omitted]
Aunt: lovely, love you`,

  `Lily: u single? my cousin thinks ur cute lol
Tom: haha maybe
Lily: send me a pic of ur outfit for the dance
Tom: [image omitted]
Lily: see u at school`,

  `Gym bro: send a progress pic shirtless, lets compare
Me: [image omitted]
Gym bro: gains bro, see you at the gym`,

  `Grandma: hello dear, are you alone? can you video call me, I want to see you
Tom: ok grandma
Grandma: love you`,

  `Ava: pls pls send me the pic from the sleepover
Mia: no its embarrassing
Ava: cmon i wont show anyone
Mia: [image omitted]
Ava: hahaha love u`,

  `Photographer: Hi Sara, your wedding photos are ready. I'll send them to your email tonight
Sara: amazing thank you`,
];

interface ProbeSet {
  name: string;
  positives: string[];
  negatives: string[];
  /** positives that must alert before their threat line (reached when the rules were last changed) */
  floor: number;
}

export const PROBE_SETS: ProbeSet[] = [
  { name: 'before', positives: PROBE_POSITIVES, negatives: PROBE_NEGATIVES, floor: 25 },
  { name: 'round1', positives: FRESH_POSITIVES, negatives: FRESH_NEGATIVES, floor: 14 },
  { name: 'round2', positives: BLIND_POSITIVES, negatives: BLIND_NEGATIVES, floor: 14 },
  { name: 'round3', positives: FINAL_POSITIVES, negatives: FINAL_NEGATIVES, floor: 14 },
  { name: 'round4', positives: LAST_POSITIVES, negatives: LAST_NEGATIVES, floor: 11 },
];

/**
 * Known limit, left as found (it alerted before these changes too): friends pushing past a no for a
 * sleepover picture ("pls pls send me the pic" / "no its embarrassing" / "cmon i wont show anyone")
 * read as the early script. Listed as `set:index` so a fix shows up here.
 */
const KNOWN_FALSE_ALERTS = ['round4:13'];

/** Early alerts (before the threat line) on a set's positives, and alerts on its negatives. */
export function runProbe(set: ProbeSet): { early: number[]; falseAlerts: number[] } {
  const early: number[] = [];
  const falseAlerts: number[] = [];
  set.positives.forEach((text, i) => {
    const { messages, threatAt } = parseProbe(text);
    const at = analyzeConversation(messages).firstAlertAt;
    if (at !== null && at < threatAt) early.push(i);
  });
  set.negatives.forEach((text, i) => {
    if (analyzeConversation(parseProbe(text).messages).alert) falseAlerts.push(i);
  });
  return { early, falseAlerts };
}

test('probe sets: 25+ positives and 25+ hard negatives before changes, each positive with a threat line', () => {
  assert.ok(PROBE_POSITIVES.length >= 25);
  assert.ok(PROBE_NEGATIVES.length >= 25);
  for (const set of PROBE_SETS)
    for (const text of set.positives)
      assert.ok(parseProbe(text).threatAt > 1, `${set.name}: ${text.slice(0, 40)}`);
});

for (const set of PROBE_SETS) {
  test(`probe set ${set.name}: no hard negative alerts (beyond the known limit)`, () => {
    const unexpected = runProbe(set)
      .falseAlerts.map((i) => `${set.name}:${i}`)
      .filter((id) => !KNOWN_FALSE_ALERTS.includes(id));
    assert.deepEqual(unexpected, []);
  });

  test(`probe set ${set.name}: the early script alerts before the threat in new wording`, () => {
    const { early } = runProbe(set);
    assert.ok(
      early.length >= set.floor,
      `${early.length} of ${set.positives.length} early, floor ${set.floor}`,
    );
  });
}
