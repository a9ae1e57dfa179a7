// A probe set of webcam / password e-mail sentences (issue 10), written for Backstop on 2026-12-01
// (CC0-1.0) before the rules it now checks: its first run alerted on 15 of the 34 two-sentence
// fragments (the way news pages quote these e-mails), 0 of 20 hard negatives. The acts written from
// its misses ("a montage of you", "your contacts are now in my hands", "copied to my servers", "it
// would be a shame if your colleagues saw this", "once I receive the payment I will erase ...")
// brought it to 28; so it no longer measures anything held out: `probe-mail2.test.ts`, written after
// those rules, does. The floors record where the engine stands.
import { describeProbeSet, pairs, type Probe } from '../../../test/detect-probes.ts';

/** One sentence each, from the families of the mass mail: intrusion, recording, demand, deadline, menace. */
const SENTENCES = [
  'I have been watching you for a few months now.',
  'The malware gave me full access to your camera and microphone.',
  'I recorded you while you were watching those videos.',
  'Your device was infected with my trojan when you visited an adult website.',
  'I have a video of you doing nasty things in front of your screen.',
  "If I don't receive the bitcoins, I will send your video to all your contacts.",
  'You have 48 hours to make the payment.',
  'The amount is 1500 USD in Bitcoin.',
  'Copy my BTC address and send exactly 0.08 BTC.',
  'Once I receive the payment, I will erase the video permanently.',
  "Don't try to reply, this address was generated just for you.",
  'I know that your password is qwerty123.',
  'I hacked your router and have been monitoring your traffic.',
  'Your social media accounts and e-mail contacts are now in my hands.',
  'I made a montage of you pleasuring yourself next to the clip you were watching.',
  'It would be a shame if your colleagues saw this.',
  'Think about what your family would say.',
  'Your reputation will be destroyed in a single click.',
  'Paying is the only way to keep this private.',
  'I am a professional hacker and I have access to your operating system.',
  'All your messages, photos and browsing history have been copied to my servers.',
  'I will give you 2 days to pay, after that everything goes public.',
  "Don't go to the police, they can't help you and I will know.",
  'My software notifies me as soon as you open this letter.',
  'The timer started the moment you read this email.',
  'If you share this message with anyone, the video will be released immediately.',
  'You probably think this is a joke. It is not.',
  'I can see you are a big fan of adult sites.',
  "Send the money and you'll never hear from me again.",
  'Your webcam captured everything, including your face.',
];
const SENTENCES_ES = [
  'Tengo acceso a tu c\u00e1mara web desde hace meses.',
  'Grab\u00e9 un video tuyo mientras mirabas p\u00e1ginas para adultos.',
  'Si no recibo el pago en 48 horas, enviar\u00e9 el video a todos tus contactos.',
  'Tu contrase\u00f1a es 123456, c\u00e1mbiala si quieres, ya es tarde.',
  'Env\u00eda 500 euros en bitcoin a la siguiente direcci\u00f3n.',
];

export const PROBE_MAIL_POSITIVES: Probe[] = [...pairs(SENTENCES), ...pairs(SENTENCES_ES)];

export const PROBE_MAIL_NEGATIVES: Probe[] = [
  'Police say the scammers claim to have recorded victims through their webcam and demand payment in bitcoin.',
  'The email claims the sender has a video of the recipient and threatens to send it to their contacts.',
  'Do not pay: these messages are a bluff sent to thousands of people.',
  'If you receive an email saying someone has your password, change it and enable two-factor authentication.',
  "Your password was changed successfully. If this wasn't you, contact support.",
  'We detected a new sign-in to your account from a new device.',
  'Your invoice of 1500 USD is due in 48 hours.',
  'Please send the payment to the account below by Friday.',
  'Our security team has blocked a suspicious login attempt.',
  'Scammers often say they will release the video unless you pay within 24 hours.',
  'The FBI warns about sextortion emails that include an old password of the victim.',
  'Your subscription has been renewed. The amount of 12.99 USD will be charged.',
  'I recorded the meeting so you can watch it later.',
  'I have access to the shared drive now, thanks!',
  'The webcam on my laptop stopped working after the update.',
  'Send me the money for the concert tickets when you can.',
  'You have 48 hours to return the item for a full refund.',
  'My mum saw the video of my recital and cried.',
  'I can see you are a big fan of football.',
  "Don't go to the party, it will be boring.",
];

describeProbeSet(
  'probe set: e-mail fragments',
  'e-mail fragments',
  PROBE_MAIL_POSITIVES,
  PROBE_MAIL_NEGATIVES,
  {
    minAlerted: 29,
    maxFalseAlerts: 0,
  },
);
