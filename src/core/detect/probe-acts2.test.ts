// Second held-out probe set for the acts (issue 10). The first one (probe-acts.test.ts) was used to
// write rules after its first two measurements, so it no longer measures wording nobody wrote rules
// for; this one was written on 2026-11-30 19:40 UTC, after that round's rules and before any rule
// was checked against it. Its first run is the held-out figure; its misses were then read and their
// families added (pass 3), so it no longer is held out either (probe-acts3.test.ts is). Offender lines and e-mail fragments in
// varied wording (English and Spanish) that copy no corpus line, and hard negatives. Written for
// Backstop, CC0-1.0. The thresholds are the figures measured on the first run (docs/detect-rounds.md,
// "Probe sets"): they are not a target, they record where the engine stands.
import { describeProbeSet, type Probe } from '../../../test/detect-probes.ts';

export const PROBE2_POSITIVES: Probe[] = [
  // English chat
  'u have 1 hour to send 300 or i swear every1 on ur followers list sees ur nudes',
  "I'm not playing. $200 via Zelle in the next 30 min or I post the video to your TikTok comments",
  "we saved the whole call. your mom's facebook is the first place it goes if you leave this chat",
  ['bro check this', "i know that's you", 'send 100 or i drop it in the team group chat'],
  'if you want this to stay private you will pay me 250 today',
  'i have everything. the pics, the vids, your contacts. your move',
  'Either you pay 500 or I make you go viral on every site, your choice',
  "you really thought i'd delete them? pay up or they get sent to your uncle and your coach",
  "don't make me send this to your dad. 150 on venmo and we're done",
  "I'm about to ruin your life. Everybody you know will get this recording tonight",
  'buy me a 200 steam card or the pictures go to all your classmates',
  'you can stop this right now with 400 usd, otherwise i start tagging your friends',
  'one more ignored message and the clip goes on reddit with your full name',
  'pay the 300 and i erase the files, simple as that',
  "i've got screenshots of your following list. you know what happens next if you don't pay",
  'Last chance. Send it or your video is on Pornhub by midnight.',
  "your sister's gonna see these unless you send another vid",
  'I will expose you to your entire school. 100 dollars. Now.',
  "Give me your Fortnite account or I'm posting the nudes you sent",
  'Cashapp me $80 and nobody ever sees them',
  // English e-mail fragments
  'I compromised your router and installed a keylogger. Every keystroke, every site, I have it all. Pay 1500 USD in BTC within 48h.',
  'Your camera was turned on by my program while you watched porn. I made a video. If I do not get 1000 dollars, your colleagues receive it.',
  'I have got your login and passwords and I have remote access to your webcam. To keep this quiet, transfer $1200 to the bitcoin wallet below.',
  'Do not reply to this email. I have recorded you and I know your contacts. You have 72 hours to pay 0.05 BTC or everyone on your list gets the video.',
  'Hello pervert, I know about your dirty little secret. I recorded you with your own camera. Send $950 in Bitcoin.',
  'I hacked your account and I have been watching you for months. I will send the video to your family unless I receive payment.',
  "Your device was infected by my trojan. I saved your photos and messages. If payment doesn't arrive in 2 days, I will publish everything.",
  'We hold compromising videos of you. Failure to pay 2000 EUR within 3 days will result in their distribution to your contacts.',
  // Spanish
  'tienes una hora para mandarme 300 o tus fotos llegan a todos tus seguidores',
  'si no depositas hoy, tu video va a estar en todas las redes',
  'págame o le paso todo a tu novia',
  'ya tengo tus videos. 100 dólares por transferencia y los borro',
  'mándame 50 por bizum o subo tus fotos al grupo de la clase',
  'no me bloquees porque publico todo',
  'tu mamá va a ver lo que me mandaste si no me pagas',
  'Hemos grabado un video de usted. Si no paga 800 euros en 48 horas, lo enviaremos a todos sus contactos.',
  'Su ordenador fue infectado con mi software. Tengo acceso a su cámara y grabé un video. Pague 1000 dólares en bitcoin.',
  'Conozco tu contraseña y he grabado todo lo que haces. Envía 0.1 BTC o tus amigos recibirán el video.',
  'te voy a hacer viral con esas fotos si no me mandas la plata',
  'deposita 200 y nadie sabrá nada de esto',
  'o me mandas otro video o las fotos que tengo las ven todos en tu escuela',
  'si no pagás, todos tus contactos van a recibir tu video',
];

export const PROBE2_NEGATIVES: Probe[] = [
  // people discussing sextortion, advice, news
  'The scammer told him he had 6 hours to pay or the photos would be sent to his followers.',
  "If someone says they'll share your nudes unless you pay, stop replying and tell an adult.",
  'My friend got one of those emails saying they recorded her through her webcam. Total scam.',
  'Police say the suspect demanded $300 and threatened to post the pictures online.',
  "Never pay a blackmailer. Once you pay, they'll ask for more.",
  'In the video, the presenter explains how criminals use fake profiles to get photos from teens.',
  // jokes, friends, family
  'hahaha blackmail material 📸 I am sending this to the group chat',
  'lol if you dont give me your fries I will post that ugly selfie of you',
  "I'm so showing your mum the video of you dancing at the wedding 😂",
  'pay me 5 quid or I tell everyone you cried at the movie lol',
  'send me the photos from the party when you get a chance!',
  'Can you send me a picture of your homework so I can check it?',
  'Grandma wants the video of the recital, can you send it to her?',
  'I recorded your speech, sending it to your parents now, you were amazing',
  "don't forget to post the team pictures on the club page tonight",
  "we're sending the baby photos to the whole family tomorrow",
  'I still have the video from your birthday, want me to send it?',
  // debt, bills, IT, work
  'Final notice: pay the outstanding balance of £120 within 14 days or we will pass your account to a debt collector.',
  'Your password has been reset. If this was not you, contact IT within 24 hours.',
  'Reminder: submit your report by 5pm or the client will escalate to your manager.',
  'Your parcel is held at the depot. Pay the 2.99 fee within 48 hours or it will be returned.',
  'We noticed a login from a new device. If it was not you, change your password now.',
  'Rent is due Friday. If you pay late there is a 50 dollar fee.',
  'The photographer will send the wedding pictures to your family by email next week.',
  'Please pay 30 euros for the class trip by Monday, otherwise we cannot book the bus.',
  'Your free trial ends in 2 days. Add a payment method to keep your account.',
  // gaming, trash talk
  "gg ez, uninstall or I'll keep farming you",
  'pay me 500 coins or you are not joining the clan',
  "bro i'm leaking your gameplay clip, that fail was hilarious",
  // couples / exes (no threat)
  "I deleted all your pics like you asked, we're done",
  'please delete the photos I sent you, I trust you',
  'I miss you. I still have the photos from our trip, they make me smile',
  // Spanish
  'El estafador le dijo que tenía 24 horas para pagar o enviaría las fotos a su familia.',
  'Si alguien te pide dinero a cambio de no publicar tus fotos, no pagues y denuncia.',
  'jajaja te voy a chantajear con la foto del viaje',
  'Mándame las fotos de la boda cuando puedas',
  'Págame los 10 euros del cine o se lo digo a todos jaja',
  'Su factura de 45 euros vence mañana. Pague antes para evitar recargos.',
  'Le enviaremos las fotos de graduación a su familia por correo.',
  'La policía detuvo a un hombre que amenazaba con publicar vídeos íntimos si no le pagaban.',
  'Tienes 2 días para entregar el trabajo o suspendes la asignatura.',
  'Te mando el video del cumple a ti y a tus padres',
  'Su contraseña fue cambiada. Si no fue usted, contacte con soporte.',
];

/**
 * First run of this file (19:41 UTC, after passes 1-2 and before any rule was written from it, the
 * held-out figure): 21 of 42 and 3 of 43; the engine of `main` before the round: 19 of 42 and 4 of
 * 43. After pass 3, written from its misses (19:47 UTC): 40 of 42 and 0 of 43.
 */
const MIN_POSITIVES_ALERTED = 40;
const MAX_NEGATIVES_ALERTED = 0;

describeProbeSet('second probe set: held out until pass 3', 'probe2', PROBE2_POSITIVES, PROBE2_NEGATIVES, {
  minAlerted: MIN_POSITIVES_ALERTED,
  maxFalseAlerts: MAX_NEGATIVES_ALERTED,
});
