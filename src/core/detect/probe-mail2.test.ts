// Second probe set of webcam / password e-mail sentences (issue 10), written for Backstop on
// 2026-12-01 (CC0-1.0) after the rules of `probe-mail.test.ts` and never used to write a rule: it
// measures how those rules carry to wording nobody tuned on. First run: 8 of 36 two-sentence
// fragments alerted (`main` before the round, 5ce425e: 7 of 36), 0 of 15 hard negatives. The
// broadened acts written next from its misses brought it to 15 (so it is held out no longer); the evening's stronger sentence-model threat
// (2026-12-01) to 17, the sentence model's 965 more training sentences (night) to 18. Writing
// acts from misses carries little to new wording; docs/detect.md ("Known limits") says so. The
// floors record where the engine stands, they are not a target.
import { describeProbeSet, pairs, type Probe } from '../../../test/detect-probes.ts';

const SENTENCES = [
  'Hello pervert, I have some bad news for you.',
  'Some months ago I got access to the devices you use for browsing.',
  'Through a vulnerability in your router I was able to install my spy program.',
  'While you were enjoying those videos, your camera was switched on by my software.',
  'I now have a recording where your face and what you were doing are clearly visible.',
  'I also downloaded your contact list, including family and co-workers.',
  'With one click I can forward this recording to every person you know.',
  'You are probably wondering why your antivirus did not detect anything.',
  'My code updates its signature every few hours, so it stays invisible.',
  'To stop me, transfer 950 dollars to my wallet in Bitcoin.',
  "If you don't know how to buy Bitcoin, just search on Google.",
  'The payment must arrive within two days of opening this message.',
  'As soon as the transfer is confirmed, the recording will be wiped and you will never hear from me.',
  'If I see that you shared this email with someone, I will publish the video straight away.',
  'Sending a reply is pointless, the address belongs to someone else.',
  'I am not interested in ruining your life, I only want the money.',
  'Your wife will be very interested in what I found.',
  'Everyone on your list will receive a link to the video.',
  'I hold compromising footage of you.',
  'I have collected enough material to destroy your reputation.',
  'Your most intimate moments are saved on my hard drive.',
  'I used the Pegasus spyware to take over your phone.',
  'I have been inside your system since the day you clicked that link.',
  'I am aware of what you were doing last night.',
  'You will lose your job and your family will turn away from you.',
  'Consider this a business proposal, nothing personal.',
  'This is your final chance to settle this quietly.',
  'I will keep everything to myself if you cooperate.',
  'Nobody will ever see it, provided you follow my instructions.',
  'Failure to comply will have consequences.',
];
const SENTENCES_ES = [
  'Acced\u00ed a tu dispositivo a trav\u00e9s de un enlace que abriste.',
  'Tengo grabaciones tuyas viendo videos para adultos.',
  'Si no pagas, todos tus amigos ver\u00e1n el video.',
  'Tienes dos d\u00edas para transferir 300 d\u00f3lares.',
  'Cuando reciba el dinero borrar\u00e9 todo.',
  'Nadie sabr\u00e1 nada si haces lo que te digo.',
];

export const PROBE_MAIL2_POSITIVES: Probe[] = [...pairs(SENTENCES), ...pairs(SENTENCES_ES)];

export const PROBE_MAIL2_NEGATIVES: Probe[] = [
  "The message claims the hacker has access to the victim's webcam and demands bitcoin.",
  'Experts say you should never pay, and report the email to the authorities.',
  'I have collected enough data for the report, see attached.',
  'Your most recent backup is saved on the external hard drive.',
  'Consider this a business proposal: we would like to partner with your company.',
  'This is your final chance to register for the conference at the early bird price.',
  'Please transfer the deposit of 300 dollars within two days to secure the booking.',
  "The recording of yesterday's webinar is now available to everyone on the list.",
  'Failure to submit the form will delay your application.',
  'Someone accessed your account from a new device. If this was you, ignore this message.',
  'Your antivirus detected and removed a threat.',
  'The school will publish the photos from the trip on its website.',
  'Our app notifies you as soon as your order is shipped.',
  'Nobody will ever see your password, it is encrypted.',
  'My wife will be very interested in the new restaurant.',
];

describeProbeSet(
  'probe set 2: e-mail fragments (held out)',
  'e-mail fragments 2',
  PROBE_MAIL2_POSITIVES,
  PROBE_MAIL2_NEGATIVES,
  { minAlerted: 18, maxFalseAlerts: 0 },
);
