// The fresh sets of 2026-12-06 night and 2026-12-07 (data/detect/fresh, README there): e-mails, chats, lines and stories
// typed into the Help page that helpers wrote from a brief alone, each in a `seen` half that rules were written from and a
// `held-out` half only counted. Floors:
// a change that loses ground fails. The `seen` floors measure nothing held out; the `held-out` ones do, as long as
// nobody writes a rule from their text.
import { describe, it } from 'node:test';
import assert from '../../../test/assert.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeConversation } from './index.ts';
import type { Message } from './types.ts';
import { assertExplainedBySpans, parseProbe } from '../../../test/detect-probes.ts';

const DIR = join(import.meta.dirname, '../../../data/detect/fresh');

/** An item: `MAIL` and one e-mail (one message), or `Name: message` lines (read as the probe sets' are). */
function parseFreshItem(item: string): Message[] {
  return item.startsWith('MAIL\n') ? [{ sender: 'them', text: item.slice(5) }] : parseProbe(item).messages;
}

const readItems = (file: string): string[] =>
  readFileSync(join(DIR, file), 'utf8')
    .split(/\n---\n/)
    .map((item) => item.trim())
    .filter((item) => item);

const readSet = (file: string): Message[][] => readItems(file).map(parseFreshItem);

/** A story set's items: after a line `STORY`, the text as typed into the Help page's box (read as it reads it). */
function readStories(file: string): string[] {
  return readItems(file).map((item) => {
    assert.ok(item.startsWith('STORY\n'), `${file}: an item without STORY`);
    return item.slice(6);
  });
}

/**
 * Whether the answer to a story is the right one: a teen's own ('self') is told as theirs, or alerts as a chat would
 * (not as someone close's); a parent's, teacher's or friend's ('other') is told as someone close's; a look-alike (null)
 * neither alerts nor is told as anyone's.
 */
function answersStory(text: string, kind: 'self' | 'other' | 'asked' | null): boolean {
  const result = analyzeConversation(text);
  if (kind === 'self') return result.toldAbout === 'self' || (result.alert && result.toldAbout !== 'other');
  // a threat told as someone close's: not the answer for someone close pushed before any threat (`pushed`)
  if (kind === 'other') return result.toldAbout === 'other' && !result.pushed;
  if (kind === 'asked') return result.toldAbout === null && (result.askedAt !== null || result.alert);
  return !result.alert && result.toldAbout === null && result.askedAt === null;
}

// 2026-12-07 (day): stories typed into the Help page, by teens about themselves and by parents, teachers and friends
// about someone close, and look-alikes (data/detect/fresh/README.md): at least `min` answered as `kind` (`answersStory`).
// Counts: before the first round (9a60cc9) -> at 92fe102 (after the first round; the `told2-*` sets, written after it,
// measured it there out of sample) -> after the second and third rounds (55373b2) -> after the fourth (468a12e) -> after
// the fifth -> after the sixth (a teller who looks after young people; only the `other` sets moved) -> after the seventh
// (`told6-*-seen` and the look-alikes; of the earlier sets only `told-other-seen` and look-alikes moved). The `told3-*` sets
// were written after the second round: their middle count is at a3c7814, before the third.
const STORY_SETS: { file: string; kind: 'self' | 'other' | 'asked' | null; items: number; min: number }[] = [
  { file: 'told-self-seen.txt', kind: 'self', items: 40, min: 38 }, // 29 -> 34 -> 35; eighth round -> 37; paid then asked -> 38
  { file: 'told-self-held-out.txt', kind: 'self', items: 40, min: 30 }, // 24 -> 28 -> 28 -> 28 -> 29; tenth round -> 30
  { file: 'told-other-seen.txt', kind: 'other', items: 25, min: 25 }, // 12 -> 19 -> 20 -> 21 -> 23 -> 25
  { file: 'told-other-held-out.txt', kind: 'other', items: 25, min: 20 }, // 13 -> 19 -> 19 -> 19 -> 20
  // misread: a spam mail of years ago as happening now, a sister's joke over an ugly selfie, a school story assignment
  // (a story of years ago is no story since the seventh round: `ended`)
  { file: 'told-lookalikes.txt', kind: null, items: 50, min: 47 }, // 45 -> 46 -> 46 -> 47
  { file: 'told2-self-seen.txt', kind: 'self', items: 40, min: 34 }, // 19 -> 22 -> 24 -> 26; eighth round -> 32; paid then asked -> 34
  { file: 'told2-self-held-out.txt', kind: 'self', items: 40, min: 29 }, // 19 -> 26 -> 27 -> 28; eleventh round -> 29
  { file: 'told2-other-seen.txt', kind: 'other', items: 25, min: 22 }, // 11 -> 14 -> 18 -> 21; Spanish 'mis papás' -> 22
  { file: 'told2-other-held-out.txt', kind: 'other', items: 25, min: 18 }, // 7 -> 11 -> 13 -> 15 -> 16 -> 18
  // misread: three jokes ("siblings are the worst", "lol", "fine i'm coming"); a story of three years ago is no story
  // since the seventh round (`ended`)
  { file: 'told2-lookalikes.txt', kind: null, items: 50, min: 47 }, // 46 -> 46 -> 46 -> 47
  { file: 'told3-self-seen.txt', kind: 'self', items: 30, min: 29 }, // 24 -> 24 -> 27; eighth round -> 28; paid then asked -> 29
  { file: 'told3-self-held-out.txt', kind: 'self', items: 30, min: 27 }, // 22 -> 24 -> 24; tenth round -> 25; fourteenth -> 26; paid then asked -> 27
  { file: 'told3-other-seen.txt', kind: 'other', items: 20, min: 17 }, // 10 -> 13 -> 14 -> 16; Spanish 'mis papás' -> 17
  { file: 'told3-other-held-out.txt', kind: 'other', items: 20, min: 15 }, // 11 -> 13 -> 13 -> 15
  // misread since the first round: a grandad's mass mail "we deleted" (the teller's "got an email saying" is no longer
  // discussion); before it too: a Depop scammer's threat, a brother's over a game chat (a buyer's "he'll post my address"
  // is no story since the seventh round: a selfReport phrase's "my" only before the pictures)
  { file: 'told3-lookalikes.txt', kind: null, items: 40, min: 37 }, // 37 -> 36 -> 36 -> 37
  // written after the third round: both halves measured it out of sample (55373b2), then the fourth round was written
  // from `told4-*-seen` only
  { file: 'told4-self-seen.txt', kind: 'self', items: 30, min: 27 }, // 22 -> 25; eighth round -> 27
  { file: 'told4-self-held-out.txt', kind: 'self', items: 30, min: 21 }, // 19 -> 20; eleventh round -> 21
  { file: 'told4-other-seen.txt', kind: 'other', items: 20, min: 17 }, // 7 -> 11 -> 16; fourteenth round -> 17
  { file: 'told4-other-held-out.txt', kind: 'other', items: 20, min: 17 }, // 10 -> 13 -> 17
  // misread: a parent's story of a son who bought gift cards for a streamer, told as someone close's (level none)
  { file: 'told4-lookalikes.txt', kind: null, items: 40, min: 39 }, // 39 -> 39
  // written after the fourth round: both halves measured it out of sample (468a12e, the same counts as at 55373b2), then
  // the fifth round was written from `told5-*-seen` only
  { file: 'told5-self-seen.txt', kind: 'self', items: 25, min: 24 }, // 20 -> 23; tenth round -> 24
  { file: 'told5-self-held-out.txt', kind: 'self', items: 25, min: 24 }, // 20 -> 21; ninth round -> 22; tenth -> 23; twelfth -> 24
  { file: 'told5-other-seen.txt', kind: 'other', items: 15, min: 14 }, // 8 -> 11 -> 13; Spanish 'mis papás' -> 14
  { file: 'told5-other-held-out.txt', kind: 'other', items: 15, min: 9 }, // 7 -> 8 -> 9
  // someone telling of a blackmail years ago that ended was read as their own story until the seventh round (`ended`)
  { file: 'told5-lookalikes.txt', kind: null, items: 40, min: 40 }, // 39 -> 39 -> 40
  // written after the sixth round (a teller who looks after young people), from a brief that asked for many such tellers:
  // both halves measured it out of sample (ab6b9cc -> da0625a), then the seventh round was written from `told6-*-seen`
  // only (-> after it)
  { file: 'told6-self-seen.txt', kind: 'self', items: 25, min: 25 }, // 22 -> 22 -> 23; twelfth round -> 24; paid then asked -> 25
  { file: 'told6-self-held-out.txt', kind: 'self', items: 25, min: 17 }, // 16 -> 16 -> 16; twelfth round -> 17
  { file: 'told6-other-seen.txt', kind: 'other', items: 20, min: 18 }, // 13 -> 15 -> 18
  { file: 'told6-other-held-out.txt', kind: 'other', items: 20, min: 15 }, // 12 -> 15 -> 15
  // misread: a Fortnite account held for 20 quid, a mass mail the teller ignored (each the teller's own story, at
  // none); a sextortion at 16 told at 24 is no story since the seventh round (`ended`)
  { file: 'told6-lookalikes.txt', kind: null, items: 40, min: 38 }, // 36 -> 36 -> 38
  // written after the seventh round, before the eighth (teens' own stories, from the seen halves of the sets above: "says
  // i …", the reader's people written to, Spanish "las va a subir …", Pidgin): both halves measured
  // the eighth round out of sample (b967e7d -> after it); the ninth was written from `told7-*-seen` only (-> after it)
  { file: 'told7-self-seen.txt', kind: 'self', items: 30, min: 25 }, // 21 -> 22; ninth round -> 25
  { file: 'told7-self-held-out.txt', kind: 'self', items: 30, min: 25 }, // 23 -> 23; tenth round -> 24; paid then asked -> 25
  { file: 'told7-other-seen.txt', kind: 'other', items: 15, min: 10 }, // 8 -> 8; ninth round -> 10
  { file: 'told7-other-held-out.txt', kind: 'other', items: 15, min: 9 }, // 8 -> 8; fourteenth round -> 9
  { file: 'told7-lookalikes.txt', kind: null, items: 40, min: 37 }, // 37 -> 37
  // written after the ninth round (31e47ee): both halves measured the eighth and ninth out of sample (b967e7d -> 31e47ee,
  // nothing moved) and the private photos and porn-video fakes tried as a user after them (-> after them, nothing moved);
  // then the tenth and eleventh rounds were written from `told8-*-seen` only (-> after each)
  { file: 'told8-self-seen.txt', kind: 'self', items: 30, min: 23 }, // 16 -> 16 -> 16; tenth round -> 21; paid then asked -> 23
  { file: 'told8-self-held-out.txt', kind: 'self', items: 30, min: 23 }, // 22 -> 22 -> 22; tenth round -> 23
  { file: 'told8-other-seen.txt', kind: 'other', items: 15, min: 7 }, // 5 -> 5 -> 5; eleventh round -> 7
  { file: 'told8-other-held-out.txt', kind: 'other', items: 15, min: 8 }, // 8 -> 8 -> 8
  { file: 'told8-lookalikes.txt', kind: null, items: 40, min: 37 }, // 37 -> 37 -> 37
  // written after the eleventh round (4a76f49): both halves measured the private-photos exception out of sample (-> b365a04,
  // nothing moved); then the twelfth and thirteenth rounds were written from `told9-*-seen` only (-> after each)
  { file: 'told9-self-seen.txt', kind: 'self', items: 30, min: 27 }, // 19 -> 19; twelfth round -> 25 -> 25; paid then asked -> 27
  { file: 'told9-self-held-out.txt', kind: 'self', items: 30, min: 24 }, // 24 -> 24 -> 24 -> 24
  { file: 'told9-other-seen.txt', kind: 'other', items: 15, min: 12 }, // 11 -> 11 -> 11; thirteenth round -> 12
  { file: 'told9-other-held-out.txt', kind: 'other', items: 15, min: 12 }, // 11 -> 11 -> 11 -> 11; paid then asked -> 12
  // misread: a hacked Instagram held for $100 ("no pics or anything"), read as the teller's own at none
  { file: 'told9-lookalikes.txt', kind: null, items: 40, min: 39 }, // 36 -> 36; twelfth round -> 39
  // written after the thirteenth round (04f9b8b), from a brief alone: both halves measure every earlier round out of
  // sample there; the fourteenth round was written from `told10-*-seen` only (-> after it)
  { file: 'told10-self-seen.txt', kind: 'self', items: 30, min: 27 }, // 22 -> 27
  { file: 'told10-self-held-out.txt', kind: 'self', items: 30, min: 25 }, // 25 -> 25
  { file: 'told10-other-seen.txt', kind: 'other', items: 15, min: 10 }, // 9 -> 10
  { file: 'told10-other-held-out.txt', kind: 'other', items: 15, min: 11 }, // 11 -> 11
  { file: 'told10-lookalikes.txt', kind: null, items: 40, min: 40 }, // 39 -> 40
  // 2026-12-07 late: a teen pushed for pictures before any threat (`askedAt`, or an alert on the story's own words), and
  // look-alikes (the same words asking nothing of a young person now, answered with no `askedAt` either). Written after
  // the lexicon's `pushed` list: before it (8d822a6) -> with it as first written -> after the seen half's misses
  { file: 'pushed-self-seen.txt', kind: 'asked', items: 25, min: 24 }, // 7 -> 16 -> 22; 12-08 `pushedPlain` -> 24
  { file: 'pushed-self-held-out.txt', kind: 'asked', items: 25, min: 16 }, // 11 -> 15 -> 15; pushed2's rules -> 16
  { file: 'pushed-lookalikes.txt', kind: null, items: 30, min: 30 }, // 30 -> 30 -> 30
  // a second such set, written after those rules: before the list (8d822a6) -> after the first set's rules (80d8830,
  // out of sample) -> after rules written from its seen half's misses
  { file: 'pushed2-self-seen.txt', kind: 'asked', items: 20, min: 17 }, // 7 -> 9 -> 15; 12-08 `ownsActor` -> 16, scout -> 17
  { file: 'pushed2-self-held-out.txt', kind: 'asked', items: 20, min: 15 }, // 11 -> 14 -> 14; 12-08 -> 15
  { file: 'pushed2-lookalikes.txt', kind: null, items: 25, min: 25 }, // 25 -> 25 -> 25
];

// Before the rules written from the seen halves -> after: at least `min` of the items alert (warning or urgent); of
// the look-alikes, at most `max`.
const SETS = [
  // the night of 2026-12-06 (f038405 -> after the night's rules)
  { file: 'plain-mail-seen.txt', items: 30, min: 29 }, // 28 -> 29
  { file: 'plain-mail-held-out.txt', items: 30, min: 29 }, // 29 -> 29
  { file: 'plain-chat-seen.txt', items: 25, min: 24 }, // 24 -> 24
  { file: 'plain-chat-held-out.txt', items: 25, min: 24 }, // 24 -> 24
  { file: 'messy-mail-seen.txt', items: 30, min: 30 }, // 28 -> 30
  { file: 'messy-mail-held-out.txt', items: 30, min: 29 }, // 29 -> 29
  { file: 'messy-chat-seen.txt', items: 25, min: 23 }, // 21 -> 23
  { file: 'messy-chat-held-out.txt', items: 25, min: 19 }, // 19 -> 19
  { file: 'early-seen.txt', items: 25, min: 25 }, // 23 -> 25
  { file: 'early-held-out.txt', items: 25, min: 23 }, // 23 -> 23
  // single offender messages, as courts and news quote them (many say too little alone to alert: "Last chance.")
  { file: 'lines-seen.txt', items: 60, min: 29 }, // 24 -> 26; 2026-12-07 -> 28 -> 29 ("one more payment … i'll delete it")
  { file: 'lines-held-out.txt', items: 60, min: 22 }, // 22 -> 22
  // 2026-12-07: quotations of mass-mail e-mails as news pages quote them, one to three sentences (many hold one act
  // alone, a payment instruction or a deadline, which is below an alert by design), and Spanish e-mails and chats.
  // Before the day's rules (668b5ac) -> after.
  { file: 'quotes-seen.txt', items: 50, min: 33 }, // 26 -> 33
  { file: 'quotes-held-out.txt', items: 50, min: 17 }, // 17 -> 17
  { file: 'es-mail-seen.txt', items: 30, min: 29 }, // 25 -> 29
  { file: 'es-mail-held-out.txt', items: 30, min: 25 }, // 25 -> 25
  { file: 'es-chat-seen.txt', items: 25, min: 25 }, // 21 -> 25
  { file: 'es-chat-held-out.txt', items: 25, min: 24 }, // 24 -> 24
  // 2026-12-07 afternoon: a second set of quotations and of single lines, written as the first; before the afternoon's
  // rules (c1ef94f) -> after
  { file: 'quotes2-seen.txt', items: 50, min: 24 }, // 19 -> 24
  { file: 'quotes2-held-out.txt', items: 50, min: 13 }, // 13 -> 13
  { file: 'lines2-seen.txt', items: 50, min: 14 }, // 11 -> 14
  { file: 'lines2-held-out.txt', items: 50, min: 18 }, // 18 -> 18
];
const LOOKALIKES = [
  { file: 'plain-mail-lookalikes.txt', items: 30, max: 0 },
  { file: 'plain-chat-lookalikes.txt', items: 25, max: 0 },
  { file: 'early-lookalikes.txt', items: 25, max: 0 },
  // a friend's joke in the words of the threat ("pay me 5 or the pic goes in the gc 😂"); the victim's words quoting the
  // threat were read as a threat until 2026-12-07, and are now the reader's own story ("i" after the quotation)
  { file: 'lines-lookalikes.txt', items: 60, max: 1 }, // 2 -> 2; 2026-12-07 -> 1
  // a relative's wedding video sent to the family alerted before the day's rules (1 -> 0)
  { file: 'quotes-lookalikes.txt', items: 50, max: 0 },
  { file: 'es-lookalikes.txt', items: 40, max: 0 }, // 0 -> 0
  { file: 'quotes2-lookalikes.txt', items: 50, max: 0 }, // 0 -> 0
  { file: 'lines2-lookalikes.txt', items: 50, max: 0 }, // 0 -> 0
];

describe('fresh sets of 2026-12-06 night and 2026-12-07', () => {
  for (const set of SETS) {
    it(`${set.file}: at least ${set.min} of ${set.items} alert, each explained by cues with spans into its text`, () => {
      const items = readSet(set.file);
      assert.equal(items.length, set.items);
      let alerted = 0;
      for (const messages of items) {
        assert.ok(messages.length > 0, 'an item without messages');
        const result = analyzeConversation(messages);
        if (!result.alert) continue;
        alerted++;
        assertExplainedBySpans(
          result,
          messages.map((m) => m.text),
        );
      }
      console.log(`fresh ${set.file}: ${alerted}/${items.length} alerted`);
      assert.ok(alerted >= set.min, `${alerted} alerted`);
    });
  }
  for (const set of LOOKALIKES) {
    it(`${set.file}: at most ${set.max} of ${set.items} look-alikes alert`, () => {
      const items = readSet(set.file);
      assert.equal(items.length, set.items);
      const alerted = items.filter((messages) => analyzeConversation(messages).alert).length;
      console.log(`fresh ${set.file}: ${alerted}/${items.length} look-alikes alerted`);
      assert.ok(alerted <= set.max, `${alerted} alerted`);
    });
  }
  for (const set of STORY_SETS) {
    it(`${set.file}: at least ${set.min} of ${set.items} stories answered as ${set.kind ?? 'no story'}`, () => {
      const stories = readStories(set.file);
      assert.equal(stories.length, set.items);
      const answered = stories.filter((text) => answersStory(text, set.kind)).length;
      console.log(`fresh ${set.file}: ${answered}/${stories.length} answered as ${set.kind ?? 'no story'}`);
      assert.ok(answered >= set.min, `${answered} answered`);
    });
  }
  it('reads a chat line as its sender and text, and an e-mail as one message', () => {
    assert.deepEqual(parseFreshItem('Jay: u up?\nme: yes: why'), [
      { sender: 'Jay', text: 'u up?' },
      { sender: 'me', text: 'yes: why' },
    ]);
    assert.deepEqual(parseFreshItem('MAIL\nHello.\nPay: now'), [
      { sender: 'them', text: 'Hello.\nPay: now' },
    ]);
  });
});
