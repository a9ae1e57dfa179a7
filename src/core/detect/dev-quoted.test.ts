// Development lines that the models are NOT trained on (data/detect/dev-quoted, README there): offenders'
// lines as news, court records and victims' posts quote them, and look-alikes quoted the same way. Rules may
// be written from their misses, so the floors measure nothing held out; they show how far rules written for
// one writer's quoted lines carry to the next writer's before any is written for them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describeProbeSet, type Probe } from '../../../test/detect-probes.ts';

const DIR = join(import.meta.dirname, '../../../data/detect/dev-quoted');
const read = (file: string): Probe[] =>
  readFileSync(join(DIR, file), 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => {
      const messages = line.split(' || ');
      return messages.length > 1 ? messages : messages[0];
    });

// first run 18/109, look-alikes 2/137 (2026-12-03, 07:05 UTC, before any rule from it; dev/chat-14 of the same
// brief had 36/124 at its first run and 47 after rules from its misses) -> after the evening round (see the README)
describeProbeSet(
  'development lines chat-15 (data/detect/dev-quoted, not trained on)',
  'dev-quoted chat-15',
  read('chat-15.positives.txt'),
  read('chat-15.negatives.txt'),
  { minAlerted: 18, maxFalseAlerts: 0 },
);

// first run 40/110, look-alikes 2/110 (2026-12-03, 09:27 UTC, before any rule from it). Rules were then written from
// the misses of its first half (lines 1-55) only: that half 21 -> 36 of 55 (look-alikes 1 -> 0), the second half,
// not read, 19 -> 19 of 55 (look-alikes 1 -> 1); with sentences mail8/mail9 trained on: 37 and 20 of 55
describeProbeSet(
  'development lines mail-16 (data/detect/dev-quoted, not trained on)',
  'dev-quoted mail-16',
  read('mail-16.positives.txt'),
  read('mail-16.negatives.txt'),
  { minAlerted: 57, maxFalseAlerts: 1 },
);

// first run 53/100, look-alikes 15/100 (2026-12-03, 13:15 UTC, committed before it; one-sentence claims quoted alone,
// and first-person look-alikes: a sibling who knows a password, IT with remote access, friends' videos). No rule was
// written from it; a claim that the sentence model also reads surely counts as a break-in (analyzer.ts,
// `claimConfirmed`): 71/100, look-alikes 16/100; exceptions for a claim's everyday reason, written from its
// look-alikes ("bc u wrote it on the fridge", "because I am your physician"): look-alikes 5/100
describeProbeSet(
  'development lines claims-17 (data/detect/dev-quoted, not trained on)',
  'dev-quoted claims-17',
  read('claims-17.positives.txt'),
  read('claims-17.negatives.txt'),
  { minAlerted: 71, maxFalseAlerts: 5 },
);

// first run 75/100, look-alikes 3/100 (2026-12-03, 14:50 UTC, committed before it; offender lines built around a demand
// for payment, and everyday look-alikes: friends splitting bills, sellers, gamers, news). Rules were written from the
// misses of its first half (lines 1-50) only: that half 35 -> 42 of 50 (look-alikes 3 -> 1); the second half, not
// read, 40 -> 40 of 50 (look-alikes 0 -> 0)
describeProbeSet(
  'development lines demands-18 (data/detect/dev-quoted, not trained on)',
  'dev-quoted demands-18',
  read('demands-18.positives.txt'),
  read('demands-18.negatives.txt'),
  { minAlerted: 82, maxFalseAlerts: 1 },
);

// first run 18/80, look-alikes 2/80 (2026-12-04, 08:59 UTC, committed before it; the acts in other words: implied
// threats, the harm, a demand with secrecy, claims of copies, deadlines). Rules were written from the misses of its odd
// lines only: those 10 -> 15 of 40; the even lines, not read, 8 -> 9 of 40 (look-alikes 0 -> 0 and 2 -> 2). A weaker
// threat beside pressure of the same sender (score.ts `stageCounts`): odd 17, even 10 (look-alikes unchanged). A weaker
// threat in the sender's own words beside their sexual talk, and what the reader did on cam as sexual talk (12-04
// midday, rules from dev chat-9 to chat-13): odd 17, even 11 (look-alikes unchanged)
describeProbeSet(
  'development lines chat-23 (data/detect/dev-quoted, not trained on)',
  'dev-quoted chat-23',
  read('chat-23.positives.txt'),
  read('chat-23.negatives.txt'),
  { minAlerted: 28, maxFalseAlerts: 2 },
);

// real public text (data/detect/dev-real, README there): first run 10/58, look-alikes 3/98 (2026-12-03, 15:37 UTC).
// Rules were written from the misses of the offenders' first half (1-29): 2 -> 4 of 29; the second half, not read,
// 8 -> 8 of 29; a fake upload's "sending #" no longer reads an amount of money (look-alikes 3 -> 2)
const readReal = (file: string): string[] =>
  readFileSync(join(import.meta.dirname, '../../../data/detect/dev-real', file), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => line.slice(line.indexOf('\t') + 1));
describeProbeSet(
  'development lines real-19 (data/detect/dev-real, real public text, not trained on)',
  'dev-real real-19',
  readReal('real-19.positives.tsv'),
  readReal('real-19.negatives.tsv'),
  { minAlerted: 12, maxFalseAlerts: 2 },
);
