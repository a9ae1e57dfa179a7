// Third held-out probe set for the acts (issue 10). Written on 2026-11-30 19:49 UTC, after the last
// rule of the round (pass 3) and retraining, by the same author, and never used to write a rule:
// its first run is the round's held-out figure. Offender lines, short chats and e-mail fragments in
// varied wording (English and Spanish) that copy no corpus line, and hard negatives. Written for
// Backstop, CC0-1.0. The thresholds are the figures of that first run (docs/detect-rounds.md, "Probe sets"):
// they record where the engine stands, they are not a target.
import { describeProbeSet, type Probe } from '../../../test/detect-probes.ts';

export const PROBE3_POSITIVES: Probe[] = [
  // English chat
  'last warning. 250 to my paypal within the hour or your nudes are in every group your school has',
  "i've got 3 videos of u and ur family's numbers. 500 or i start sending",
  [
    'hey its me',
    'remember what u showed me on cam?',
    'i recorded it',
    'pay 200 or your whole snap list gets it',
  ],
  'ur mum is about to get a very interesting video unless u send me 150 rn',
  "send $300 in google play cards or i swear i'll leak everything to your followers",
  "I'm going to send your nudes to everyone on your friends list in 10 minutes. Unless you pay.",
  'you have 15 mins. 200 on cashapp. or this ends up on your school instagram',
  "Nobody has to know about this. Just send me 400 and it's gone forever.",
  "I'll share the recording with your wife and your employer if the money isn't in my account by Friday",
  "do what i tell you or these pics go to your parents' emails",
  'you think blocking me helps? i already messaged your brother. pay or i send him the vid',
  'how about you pay me 100 and i keep my mouth shut about the pics',
  "I'll post everything on your wall tonight, every single photo, unless you send 50 more",
  'your nudes + your name + your school = viral. 300 and it never happens',
  "I'm not deleting anything until I get paid",
  "everyone in your contacts will see how you look naked if you don't send 200 now",
  "I'll make sure your coach and your teammates see this video. Send the money.",
  'if you dont want ur life ruined send 100 dollars in the next 20 mins',
  "pay now or i'm uploading the video to every porn site i know",
  "i screenshotted your followers and your pics. you'll pay or they'll all see",
  // English e-mail fragments
  'I gained access to your email and installed spyware on your laptop. I have recorded you through your webcam. Transfer 1500 USD in bitcoin in 2 days or the recording goes to all your contacts.',
  'Your system has been compromised by my malware. I have your browsing history and a video of you. Pay $800 via BTC to keep it private.',
  'I know your password. I also have a video of you doing things you would not want your family to see. I want $1000 in bitcoin.',
  "Don't try to contact the police. I will know. You have 48 hours to send 0.08 BTC, otherwise your intimate video will be sent to every contact in your phone.",
  'My spyware has been running on your phone for weeks. I have your pictures, your chats and your contacts. Pay 900 EUR in crypto or everything becomes public.',
  "I have a split-screen video of you and the site you were watching. If I don't receive payment, it will be sent to all your friends.",
  // Spanish
  'tienes 30 minutos para pagar 200 o tus fotos van para todos tus amigos',
  'si no me mandas 100 por transferencia, tu familia va a recibir el video hoy',
  'ya te grabé. o me pagas o lo subo a todas tus redes',
  'págame 300 o mando tus fotos desnuda a tus compañeros del cole',
  'te doy hasta mañana para pagar, si no todos van a ver tu video',
  'tengo tus fotos y los números de tu familia. 500 pesos o las mando',
  'si no depositas, voy a compartir tus fotos con todos tus seguidores',
  'nadie se tiene que enterar. dame 200 y borro los videos',
  'Hemos hackeado su teléfono y tenemos sus fotos privadas. Pague 700 dólares en bitcoin o serán publicadas.',
  'Conozco su contraseña y grabé un video suyo mientras veía pornografía. Envíe 900 euros en bitcoin en 48 horas o se lo enviaré a su familia.',
  'si no me pagas subo el video y etiqueto a tu novia',
  'mándame más fotos o le paso las que tengo a tu papá',
  'o me das 100 dólares o todos tus contactos reciben tus fotos',
  'tu novio va a ver todo si no me mandas la plata hoy',
];

export const PROBE3_NEGATIVES: Probe[] = [
  // discussion, advice, news
  'The scammer said she had 2 hours to pay 500 dollars or the video would go to her friends.',
  "Experts warn that criminals threaten to post the images online unless the victim pays. Don't pay.",
  'My daughter received a message: pay or we share your photos. We went to the police.',
  'Sextortion victims are often told they have minutes to pay before the images are sent to their family.',
  "If you get an email saying they recorded you through your webcam, it's a scam. Don't reply.",
  'The defendant admitted threatening to send the pictures to her employer unless she paid him.',
  // friends, family, jokes
  "bro if you don't pay me back the 20 i'm posting your baby pics lol jk",
  'mum can you send the photos of the dog to grandma please',
  'send me the video of your goal, I want to show your grandad!',
  "I'm sending the pics from your party to your mum, she asked for them",
  'lmao i still have the video of you falling off the bike, it goes in the wedding speech',
  'If you eat my leftovers again I will tell the whole house',
  'Dad: send me a picture of the receipt before midnight please',
  "don't worry, nobody will see the photos, I deleted them",
  'we will share the pictures from the trip with all the families on the class group',
  'if you want the photos from the shoot, the fee is 150 euros, payable by Friday',
  // debt, bills, IT, work
  'Your account is 30 days overdue. Pay 85 dollars today to avoid late fees and collections.',
  'Action required: verify your email within 48 hours or your account will be suspended.',
  'Security alert: someone signed in to your account from a new device. If this was you, ignore this email.',
  'Please transfer the deposit of 500 euros by Monday or we will give the apartment to the next applicant.',
  'The tax office says I owe 300 and must pay within 30 days.',
  'Your payment of 49.99 USD to Netflix was successful.',
  'IT will wipe all devices that are not updated by Friday.',
  // gaming, flirting, couples
  'pay 300 gems or no loot for you this raid',
  'send me a pic of you in that dress tonight 😍 i miss you',
  "delete that video of us please, I don't want my parents to ever see it",
  "I'll send the clip of your 360 no-scope to the whole server lmao",
  "you're so dead in the next match, I'm exposing your K/D to the squad",
  // Spanish
  'La estafadora le exigió 300 euros y amenazó con enviar las fotos a su familia.',
  'Si recibes un correo diciendo que te grabaron por la webcam, es una estafa.',
  'jajaja págame el café o le enseño a todos la foto del karaoke',
  'Mamá, ¿me mandas la foto del libro de mates?',
  'Te paso las fotos de la excursión para que se las enseñes a tus padres',
  'Su pago de 30 euros está pendiente. Pague antes del lunes para evitar recargos.',
  'Tienes hasta el viernes para pagar la cuota del gimnasio.',
  'Borra ese video, que no lo vea tu madre jaja',
  'Le enviaremos el vídeo de la boda a toda la familia esta semana.',
  'El banco me dice que si no pago en 10 días me cobran intereses.',
  'No pagues nunca a un extorsionador y guarda las pruebas.',
  'Su cuenta será suspendida si no verifica su correo en 24 horas.',
  'Si quieres las fotos de la sesión, son 100 euros.',
];

/**
 * The first run of this file (19:49 UTC, the engine after pass 3 and retraining): 27 of 40 and 2 of
 * 41; the engine of `main` before the round: 23 of 40 and 2 of 41.
 */
const MIN_POSITIVES_ALERTED = 27;
const MAX_NEGATIVES_ALERTED = 2;

describeProbeSet(
  'third probe set: held out from every rule of the round',
  'probe3',
  PROBE3_POSITIVES,
  PROBE3_NEGATIVES,
  {
    minAlerted: MIN_POSITIVES_ALERTED,
    maxFalseAlerts: MAX_NEGATIVES_ALERTED,
  },
);
