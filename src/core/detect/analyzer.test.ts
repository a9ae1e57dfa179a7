import { describe, it } from 'node:test';
import assert from '../../../test/assert.ts';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import {
  analyzeConversation,
  createConversationAnalyzer,
  EVIDENCE_PER_STAGE,
  MAX_PARTICIPANTS,
  replyVariants,
} from './analyzer.ts';
import { parseCorpus } from './corpus.ts';
import { defaultLexicons } from './lexicons.ts';
import type { Message } from './types.ts';

const ROOT = resolve(import.meta.dirname, '../../..');
const CORPUS_DIR = join(ROOT, 'data/detect/corpus');
const corpus = readdirSync(CORPUS_DIR)
  .filter((f) => f.endsWith('.txt'))
  .flatMap((f) => parseCorpus(readFileSync(join(CORPUS_DIR, f), 'utf8'), f));

const SCRIPT: Message[] = [
  { sender: 'jess', text: 'hey u dont know me but i saw ur profile, ur so cute' },
  { sender: 'jess', text: 'im 15 too' },
  { sender: 'jess', text: 'whats ur snap? this app is dead' },
  { sender: 'sam', text: 'sam.k04' },
  { sender: 'jess', text: 'send me a pic ;) i sent you mine' },
  { sender: 'sam', text: 'ok' },
  { sender: 'jess', text: 'I have your pics. send $300 on cashapp or I post them to all your followers' },
  { sender: 'jess', text: 'you have 1 hour ⏰' },
];

describe('analyzeConversation', () => {
  it('raises urgent on image request + threat + demand, attributed to the sender', () => {
    const result = analyzeConversation(SCRIPT);
    assert.equal(result.level, 'urgent');
    assert.equal(result.alert, true);
    assert.ok(result.risk >= 0.8 && result.risk <= 1);
    assert.equal(result.primary, 'jess');
    for (const stage of [
      'persona',
      'move_platform',
      'image_request',
      'threat',
      'demand',
      'pressure',
    ] as const) {
      assert.ok(result.stages.includes(stage), stage);
    }
    const sam = result.participants.find((p) => p.id === 'sam');
    assert.equal(sam?.level ?? 'none', 'none');
    assert.match(result.explanation, /not your fault/);
    assert.ok(result.nextSteps.some((s) => /don't pay/i.test(s)));
    assert.ok(result.nextSteps.some((s) => /Take It Down|StopNCII|Report Remove/.test(s)));
    assert.ok(result.reasons.length >= 5);
  });

  it("counts a weaker threat beside pressure from the same sender, not beside someone else's or alone", () => {
    // dev-quoted chat-23: "at zero ur dad gets a message" says who will get something, not what
    const timed = analyzeConversation([
      { sender: 'x', text: "i'm counting down from 60. at zero ur dad gets a message with a link" },
    ]);
    assert.equal(timed.alert, true);
    assert.ok(timed.stages.includes('threat') && timed.stages.includes('pressure'));
    assert.ok(timed.evidence.some((c) => c.cue === 'act.audience'));
    const alone = analyzeConversation([{ sender: 'x', text: 'at zero ur dad gets a message with a link' }]);
    // alone it is named as a possible threat, worth a second look (score.ts `hinted`), and raises no alert
    assert.equal(alone.alert, false);
    assert.equal(alone.level, 'watch');
    // a menace or hounding presses as a deadline does
    for (const text of [
      'dont test me. at zero ur dad gets a message with a link',
      'stop ignoring me. ur whole class is getting a message with a link',
    ])
      assert.equal(analyzeConversation([{ sender: 'x', text }]).alert, true, text);
    const apart = analyzeConversation([
      { sender: 'coach', text: 'you have 2 hours to hand in the forms' },
      { sender: 'x', text: 'at zero ur dad gets a message with a link' },
    ]);
    assert.equal(apart.alert, false);
  });

  it("counts a weaker threat in the sender's own words beside their sexual talk, not the reader's plea beside it", () => {
    const flirt = { sender: 'x', text: 'ur so sexy in bed 😈' };
    const backed = analyzeConversation([
      flirt,
      { sender: 'me', text: 'lol stop' },
      { sender: 'x', text: 'imagine if your coach saw this' },
    ]);
    assert.equal(backed.alert, true);
    assert.ok(backed.stages.includes('threat') && backed.stages.includes('sexualisation'));
    assert.equal(analyzeConversation([{ sender: 'x', text: 'imagine if your coach saw this' }]).alert, false);
    // the sexual talk was the reader's: it backs nothing of the other sender's
    const reader = analyzeConversation([
      { sender: 'me', text: 'ur so sexy in bed 😈' },
      { sender: 'x', text: 'imagine if your coach saw this' },
    ]);
    assert.equal(reader.alert, false);
    // a partner begging "dont show it to anyone" is no threat the flirt made
    const plea = analyzeConversation([flirt, { sender: 'me', text: 'dont show it to anyone' }]);
    assert.equal(plea.alert, false);
    assert.ok(!plea.stages.includes('threat'));
    assert.equal(plea.level, 'none');
  });

  it('reads what the reader did on a call as sexual talk beside a threat to show it', () => {
    const text = 'bet ur dad would love to see what u did on cam last night';
    const result = analyzeConversation([{ sender: 'x', text }]);
    assert.equal(result.alert, true);
    assert.ok(result.evidence.some((c) => c.stage === 'sexualisation' && /did on cam/.test(c.text)));
  });

  it('names a lone weaker threat of the sender as worth a second look, not between people who know each other', () => {
    const lone = analyzeConversation([{ sender: 'x', text: 'imagine if your coach saw this' }]);
    assert.equal(lone.level, 'watch');
    assert.equal(lone.alert, false);
    assert.deepEqual(lone.stages, ['threat']);
    assert.match(lone.explanation, /could be a threat/);
    assert.ok(lone.evidence.some((c) => c.stage === 'threat' && c.message === 0));
    const friends = analyzeConversation([
      { sender: 'x', text: 'see you at dinner' },
      { sender: 'me', text: 'ok' },
      { sender: 'x', text: 'last night was fun' },
      { sender: 'x', text: 'imagine if your coach saw this' },
    ]);
    assert.equal(friends.level, 'none');
    assert.ok(!friends.stages.includes('threat'));
    // the reader's plea is no threat of the person they answer until something else backs it
    const plea = analyzeConversation([
      { sender: 'x', text: 'hey' },
      { sender: 'me', text: 'dont show it to anyone' },
    ]);
    assert.equal(plea.level, 'none');
    assert.ok(!plea.stages.includes('threat'));
  });

  it('warns of a weaker threat from someone the reader asked "who is this", unless they named themselves', () => {
    // x greets, the reader asks, x answers, then x's veiled threat
    const chat = (
      answer: string,
      question = 'who is this?',
      threat = 'imagine if your coach saw this',
      greeting = 'hey',
    ) =>
      analyzeConversation([
        { sender: 'x', text: greeting },
        { sender: 'me', text: question },
        { sender: 'x', text: answer },
        { sender: 'x', text: threat },
      ]);
    const dodged = chat("doesn't matter");
    assert.equal(dodged.level, 'warning');
    assert.deepEqual(dodged.stages, ['threat']);
    for (const answer of [
      'lol its maya, new phone',
      'ur brother obviously',
      'its ravi from bio',
      'tess!! your cousin',
    ]) {
      const named = chat(answer);
      assert.equal(named.alert, false, answer);
      assert.equal(named.level, 'watch', answer);
    }
    // an impostor's answer names nobody; an audience further on is no answer; the dodge is no introduction
    for (const answer of [
      "it's me, new number",
      "not important. your mum's on facebook right",
      'someone from your school',
      'your mum follows you right?',
      "your coach follows you right? wonder what he'd think if he saw it",
    ])
      assert.equal(chat(answer).level, 'warning', answer);
    // a self-introduction after the threat takes back the warning the question raised
    const late = analyzeConversation([
      { sender: 'x', text: 'imagine if your coach saw this 😂' },
      { sender: 'me', text: 'who is this' },
      { sender: 'x', text: 'its marcus lol, alt account' },
    ]);
    assert.equal(late.level, 'watch');
    // in Spanish too: the veiled threat is a cue pressure and strangers back (es.act.audience, not es.act.publish)
    const spanish = chat(
      'ya lo sabrás',
      'quien eres? no te conozco',
      'me pregunto qué pensaría tu entrenadora si viera lo que me mandaste',
      'ey',
    );
    assert.equal(spanish.level, 'warning');
    // "is this really you?" is doubt of a friend's account: "yes its me, new phone" is what an impostor says
    assert.equal(chat('yes lol new phone', 'is this really you?').level, 'warning');
  });

  it("reads a hint at the reader's people as a weaker threat only from a stranger or someone holding something", () => {
    const hint = "your nan's on facebook isn't she? 🙂";
    // alone, or between people who know each other, it is small talk
    assert.equal(analyzeConversation([{ sender: 'x', text: hint }]).level, 'none');
    const named = analyzeConversation([
      { sender: 'x', text: 'hey' },
      { sender: 'me', text: 'who is this?' },
      { sender: 'x', text: 'its ravi from bio, new phone' },
      { sender: 'x', text: hint },
    ]);
    assert.equal(named.level, 'none');
    // from someone who would not say who they are, a warning
    const stranger = analyzeConversation([
      { sender: 'x', text: 'hey' },
      { sender: 'me', text: 'who is this?' },
      { sender: 'x', text: "doesn't matter" },
      { sender: 'x', text: hint },
    ]);
    assert.equal(stranger.level, 'warning');
    assert.deepEqual(stranger.stages, ['threat']);
    // its step is named as what was said, not as the threat stage's "threatening to share pictures"
    assert.deepEqual(stranger.stageLabels, ['hinting at the people in your life']);
    // after a claim to hold the reader's picture, it is the threat the claim was for
    const claimed = analyzeConversation([
      { sender: 'x', text: 'i kept the pic btw' },
      { sender: 'x', text: 'ur grandad comments on all ur posts lol' },
    ]);
    assert.equal(claimed.alert, true);
    assert.ok(claimed.stages.includes('threat'));
    // after their sexual talk, too
    const sexual = analyzeConversation([
      { sender: 'x', text: 'ur so sexy, wish i could see u naked' },
      { sender: 'x', text: "your mum's on facebook right? 🙂" },
    ]);
    assert.equal(sexual.alert, true);
    assert.ok(sexual.stages.includes('threat'));
    // said before the claim, it is not read back
    assert.equal(
      analyzeConversation([
        { sender: 'x', text: 'people talk' },
        { sender: 'me', text: 'ok?' },
      ]).level,
      'none',
    );
    const spanish = analyzeConversation([
      { sender: 'x', text: 'ey' },
      { sender: 'me', text: 'quien eres?' },
      { sender: 'x', text: 'da igual' },
      { sender: 'x', text: 'tu madre tiene como 500 amigos en facebook' },
    ]);
    assert.equal(spanish.level, 'warning');
  });

  it('reads where a picture came from as a claim, which backs a hint in the same message', () => {
    // someone who named themselves, so the hint alone would be dropped: the claim is what backs it
    const named = (text: string) =>
      analyzeConversation([
        { sender: 'x', text: 'yo its kez from maths, new sim' },
        { sender: 'me', text: 'oh hey' },
        { sender: 'x', text },
      ]);
    const provenance = named(
      'the clip from ur facetime with jordan is still on my laptop. your uncle has whatsapp doesnt he',
    );
    assert.equal(provenance.alert, true);
    assert.deepEqual(provenance.stages, ['compromise_claim', 'threat']);
    assert.deepEqual(provenance.stageLabels, [
      'claiming to have your pictures or to have hacked you',
      'hinting at the people in your life',
    ]);
    assert.equal(
      named('the pics off your old account. your auntie would think about it differently').alert,
      true,
    );
    assert.equal(named('tengo la grabación de tu videollamada, a tu tío le encantaría verla').alert, true);
    // the same shapes about an innocent moment, an event, or the number itself
    assert.equal(
      named('i filmed our facetime while u sneezed into the noodles, your uncle has whatsapp doesnt he')
        .alert,
      false,
    );
    assert.equal(
      named('we have the photos from the choir performance, your dad would love them').alert,
      false,
    );
    assert.equal(
      analyzeConversation([
        { sender: 'x', text: 'this is the front desk at Hollis gym, about your booking' },
        { sender: 'me', text: 'how did you get my number' },
      ]).stages.length,
      0,
    );
    // a copyright notice's "your website" is no provenance of the reader's pictures
    assert.equal(
      analyzeConversation([
        {
          sender: 'x',
          text: 'Our photographs are shown on your website without a licence, please take them down.',
        },
      ]).stages.includes('compromise_claim'),
      false,
    );
  });

  it('reads a hold without "i have", a question tagged on the reader\'s people and a busy group, from a stranger', () => {
    const stranger = (...texts: string[]) =>
      analyzeConversation([
        { sender: 'x', text: 'hiya' },
        { sender: 'me', text: 'who are you?' },
        { sender: 'x', text: 'not important' },
        ...texts.map((text) => ({ sender: 'x', text })),
      ]);
    // a hold, then a hint
    assert.equal(
      stranger('marco showed me everything you sent him', 'your nan is on that church page, isnt she').alert,
      true,
    );
    assert.equal(
      stranger('got a whole album from the sleepover', 'your cousins group is really active').alert,
      true,
    );
    assert.equal(
      stranger('a screenshot of your chat with leo. interesting', 'ur stepmum is sandra right').alert,
      true,
    );
    // a stranger's hint alone is a warning already; alone, from anyone, none of it shows
    assert.equal(stranger('your dads rugby club has like 90 members').level, 'warning');
    for (const text of [
      'your nan is on that church page, isnt she',
      'small world eh',
      'the gc is really active',
    ])
      assert.equal(analyzeConversation([{ sender: 'x', text }]).level, 'none', text);
    // a friend who names themselves, teasing about a described innocent picture: no alert
    const friend = analyzeConversation([
      { sender: 'x', text: 'heyy' },
      { sender: 'me', text: 'who is this?' },
      { sender: 'x', text: 'its dani from art, new number' },
      { sender: 'x', text: 'got the pic from sports day, the one where you tripped over the hurdle' },
      { sender: 'x', text: 'your mum would love it right' },
    ]);
    assert.equal(friend.alert, false);
  });

  it('reads a kept picture as a claim: a warning from someone the reader asked "who is this"', () => {
    const kept = analyzeConversation([
      { sender: 'x', text: 'hi' },
      { sender: 'me', text: 'do i know u?' },
      { sender: 'x', text: 'you deleted the pic but i already had it' },
    ]);
    assert.equal(kept.level, 'warning');
    assert.deepEqual(kept.stages, ['compromise_claim']);
    assert.equal(analyzeConversation([{ sender: 'x', text: 'i kept the pic btw' }]).level, 'watch');
    assert.equal(
      analyzeConversation([{ sender: 'x', text: 'i kept the pics from the party' }]).level,
      'none',
    );
  });

  it('does not count publishing with no audience beside pressure (an upload in progress, a gamer)', () => {
    for (const text of [
      'Uploading... 40% ⏳ the vlog is almost up guys, thanks for waiting',
      'im exposing ur stats in the group chat, 2 kills in 40 min is criminal',
    ]) {
      const result = analyzeConversation([{ sender: 'x', text }]);
      assert.equal(result.alert, false, text);
      assert.ok(
        result.evidence.some((c) => c.stage === 'pressure'),
        text,
      );
    }
  });

  it('names what a threat was about in its reason and explanation, not always pictures', () => {
    const ruin = analyzeConversation([
      { sender: 'jay', text: 'send me 150 bucks on cashapp tonight' },
      { sender: 'me', text: 'please i dont have it' },
      { sender: 'jay', text: 'dont make me ruin ur life' },
    ]);
    assert.ok(ruin.stages.includes('threat'));
    const reason = ruin.reasons.find((r) => r.includes('ruin ur life')) ?? '';
    assert.match(reason, /^threatening to ruin your life: /);
    assert.doesNotMatch(ruin.explanation, /share pictures or videos of you/);
    // once a threat to share pictures is seen too, the explanation says so
    const both = analyzeConversation([
      ...SCRIPT.slice(0, 2),
      { sender: 'jay', text: 'dont make me ruin ur life' },
      { sender: 'jay', text: 'pay 200 tonight or the video goes to every contact u have' },
    ]);
    assert.match(both.explanation, /threatened to share pictures or videos of you/);
    assert.ok(both.reasons.some((r) => r.startsWith('threatening to share pictures: ')));
    const police = analyzeConversation([
      {
        text: 'This is the cyber crime unit. You will be charged and your name will be published to the media as a sex offender unless you pay the fine of 3,000 euros within 48 hours.',
      },
    ]);
    assert.equal(police.level, 'urgent');
    assert.match(police.explanation, /Real police never ask for money/);
    assert.ok(
      police.reasons.some((r) => r.startsWith('threatening to report you or make your name public: ')),
    );
    assert.doesNotMatch(police.explanation, /share pictures or videos of you/);
    // "dm me here instead" is a private chat on the same app, not another app
    const dm = analyzeConversation([
      { sender: 'ace', text: 'the server chat is so loud. dm me here instead' },
      { sender: 'ace', text: 'ur so cute fr' },
      { sender: 'ace', text: 'how old r u' },
      { sender: 'me', text: '13' },
      { sender: 'ace', text: 'send me a pic' },
    ]);
    assert.equal(dm.level, 'warning');
    assert.ok(
      dm.reasons.some((r) => r.startsWith('asking to talk in private: ')),
      dm.reasons.join('; '),
    );
    assert.match(dm.explanation, /talk in private messages/);
    assert.doesNotMatch(dm.explanation, /another app/);
  });

  it('warns on the early script before any threat', () => {
    const result = analyzeConversation(SCRIPT.slice(0, 5));
    assert.equal(result.level, 'warning');
    assert.ok(!result.stages.includes('threat'));
    assert.equal(result.firstAlertAt, 4);
    assert.ok(result.nextSteps.some((s) => /don't have to send/.test(s)));
  });

  it('does not add up stages shown by different people (friends joking)', () => {
    const result = analyzeConversation([
      { sender: 'a', text: 'send me the pics from the party' },
      { sender: 'b', text: 'pay up, you owe me 5 bucks' },
      { sender: 'a', text: 'you have 10 minutes or im eating your fries' },
    ]);
    assert.ok(!result.alert, result.level);
  });

  it('stays quiet on hard negatives: advice, news, flirting, payments, gaming', () => {
    const texts = [
      'If someone threatens to share your nudes with your followers, do not pay. Save the evidence and report it.',
      'Police said the man posed as a teenager and threatened to send the images to their families unless they paid.',
      'Dan: you looked so hot tonight\nClaire: stop it 😏\nDan: send me a pic',
      'Jamie: dinner was 84, 21 each\nJamie: send it to my paypal\nChris: done',
      'xX: ill destroy u\nnoob: pay up noob, u owe me 500 vbucks\nxX: kys lol',
    ];
    for (const text of texts) assert.equal(analyzeConversation(text).alert, false, text);
  });

  it('reads a single e-mail body', () => {
    const result = analyzeConversation(
      'I recorded you through your webcam while you watched adult websites. Send 900 USD in bitcoin within 48 hours or the video goes to all your contacts.',
    );
    assert.equal(result.level, 'urgent');
    assert.ok(result.stages.includes('compromise_claim'));
  });

  it('reads text in any export format it can detect', () => {
    const whatsapp =
      '12/31/23, 9:41 PM - Jess: I have your nudes\n12/31/23, 9:42 PM - Jess: pay 200 or I post them to all your followers';
    const result = analyzeConversation(whatsapp);
    assert.equal(result.primary, 'Jess');
    assert.equal(result.level, 'urgent');
  });

  it('says nothing is wrong when nothing is', () => {
    const result = analyzeConversation([{ sender: 'a', text: 'see you at practice' }]);
    assert.equal(result.level, 'none');
    assert.equal(result.risk, 0);
    assert.deepEqual(result.nextSteps, []);
    assert.equal(result.primary, null);
    assert.equal(result.selfHarmAt, null);
  });
});

describe('talk of suicide or self-harm', () => {
  const THREAT_CHAT: Message[] = [
    { sender: 'kai', text: 'i have your pics' },
    { sender: 'kai', text: 'pay 200 or i send them to your family' },
  ];

  it('marks the first message that tells someone to hurt themselves or says they want to die', () => {
    const told = [
      'pay or kys',
      'honestly just kill yourself',
      'go kill urself nobody will miss you',
      'you might as well end your life',
      'mátate',
      'quítate la vida',
    ];
    const said = [
      'i just want to die',
      "i'm gonna kill myself if this gets out",
      'please dont, i will end my life',
      'i dont want to live anymore',
      'i feel suicidal',
      'me quiero morir',
      'voy a matarme si lo publicas',
    ];
    for (const text of [...told, ...said]) {
      const result = analyzeConversation([
        { sender: 'a', text: 'hey' },
        { sender: 'b', text },
      ]);
      assert.equal(result.selfHarmAt, 1, text);
    }
  });

  it('leaves everyday words alone: a film, a news story in the third person, living somewhere', () => {
    for (const text of [
      'we watched suicide squad last night',
      'i dont want to live in london anymore',
      'the boy took his own life after the threats, police said',
      'this level is killing me',
      'i could die for a pizza rn',
    ])
      assert.equal(analyzeConversation([{ sender: 'a', text }]).selfHarmAt, null, text);
  });

  it('marks the warning signs said in words that name no death, as suicide-prevention pages list them', () => {
    const said = [
      'i dont want to be here anymore',
      "i don't want to be here any more",
      'everyone would be better off without me',
      'nobody would care if i died',
      'no one would miss me',
      "i can't keep living like this",
      'im so tired of life',
      'i dont want to wake up tomorrow',
      'life isnt worth living',
      "what's the point of living",
      'i keep thinking about ending it',
      'i cut myself last night',
      'i wish i was never born',
      "i won't be around much longer",
      'he sent my pics to my cousin. i paid twice. i just want it all to stop. i dont want to be here anymore',
      'ya no quiero estar aquí',
      'todos estarían mejor sin mí',
      'a nadie le importaría si me muero',
      'me corto los brazos',
    ];
    for (const text of said) assert.equal(analyzeConversation(text).selfHarmAt, 0, text);
    for (const text of [
      'im tired of living in this town',
      'life is worth living',
      'the team is better off without messi',
      "what's the point of the meeting",
      'dont want to be here for the maths test',
      'the point of living in london is the jobs',
      'i cut my finger on the can',
      'el equipo juega mejor sin mi hermano',
    ])
      assert.equal(analyzeConversation(text).selfHarmAt, null, text);
  });

  it('changes no level, and puts the crisis lines first whatever the level', () => {
    const plain = analyzeConversation(THREAT_CHAT);
    const withPlea = analyzeConversation([
      ...THREAT_CHAT,
      { sender: 'me', text: "please don't, i'll kill myself" },
    ]);
    assert.equal(plain.selfHarmAt, null);
    assert.equal(withPlea.selfHarmAt, 2);
    assert.equal(withPlea.level, plain.level);
    assert.deepEqual(withPlea.stages, plain.stages);
    assert.match(withPlea.nextSteps[0], /thinking about hurting yourself/);
    assert.match(withPlea.explanation.split('\n')[1], /talked about suicide or self-harm/);
    assert.ok(!plain.nextSteps.some((s) => /hurting yourself/.test(s)));
    const alone = analyzeConversation([{ sender: 'a', text: 'i want to die' }]);
    assert.equal(alone.level, 'none');
    assert.match(alone.nextSteps[0], /988/);
  });

  it('gives the same answer streaming as in one batch, and keeps the first such message', () => {
    const messages: Message[] = [
      { sender: 'kai', text: 'send more or kys' },
      ...THREAT_CHAT,
      { sender: 'me', text: 'i want to die' },
    ];
    const analyzer = createConversationAnalyzer();
    const seen = messages.map((m) => analyzer.push(m).selfHarmAt);
    assert.deepEqual(seen, [0, 0, 0, 0]);
    assert.equal(analyzeConversation(messages).selfHarmAt, 0);
  });
});

/** Chats that end just before a threat would come: each must warn, and before its last message. */
const EARLY_SCRIPTS: Record<string, string> = {
  'age, another app, secrecy, then a picture request': [
    'Alex: hey! love ur art on here',
    'Alex: how old are u? u seem older',
    'Maya: 13',
    'Alex: do ur parents check ur phone?',
    'Alex: we should talk on kik, more private',
    'Alex: send a photo of u in ur bed',
  ].join('\n'),
  'an unsolicited picture, then "your turn"': [
    'Luna: [image omitted]',
    'Luna: oops wrong person 🙈 or maybe not, ur kinda cute',
    'Ravi: haha who is this',
    'Luna: send me one back 😏',
  ].join('\n'),
  'a "new number" friend who rushes a request': [
    'Jade: heyyy its jade, lost my phone so this is my new number',
    'Jade: can u send me a selfie for a contest',
    'Jade: now one in ur pjs. hurry pls the entries close in 10 mins',
  ].join('\n'),
  'flattery, secrecy and a camera request at night': [
    'Sam: ur honestly the prettiest girl on here',
    'Sam: can u keep a secret?',
    'Sam: dont tell anyone about us',
    'Sam: video call me tonight when ur parents r asleep',
  ].join('\n'),
  'age, another app, secrecy and sexual talk, no request yet': [
    'Rob: how old are you? you look older',
    'Rob: we can talk on whatsapp if you like',
    'Rob: our little secret 🙂',
    'Rob: what are you wearing right now?',
  ].join('\n'),
};

/** Everyday chats that share some early steps (secrets, "are you alone", a photo, "quick"). */
const EVERYDAY: Record<string, string> = {
  'a parent checking in':
    'Mum: are you home alone?\nKid: yes\nMum: send me a photo of the fridge please\nMum: quick please',
  'a couple flirting':
    'Alex: are you home alone tonight 😏\nSam: maybe\nAlex: what are you wearing\nAlex: send a pic',
  'a surprise party': [
    'Sis: dont tell mum about the cake, its a surprise',
    'Sis: keep it between us',
    'Sis: send me a pic of the card',
    'Sis: quick she is coming back',
  ].join('\n'),
  'a friend with a secret': [
    'Liv: can u keep a secret',
    'Liv: i kissed jake, dont tell anyone about this',
    'Liv: send me the pic from the party',
  ].join('\n'),
  gamers:
    'Rook: how old r u\nBish: 13\nRook: add me on discord\nRook: turn on ur cam for the stream\nRook: dont be shy',
  'a tutor': [
    'Tutor: please keep your camera on for the lesson',
    'Tutor: how old are you, for the register?',
    'Tutor: send a photo of your answers',
  ].join('\n'),
  'a couple who know each other': [
    'Sara: last night was amazing',
    'Sara: ur so gorgeous, u looked so fit in that shirt',
    'Sara: delete this chat after lol my sister reads my phone',
    'Sara: what are you wearing? send me a pic',
    'Sara: see you saturday',
  ].join('\n'),
  'a news story about the early script': [
    'Police warn parents: offenders ask a child how old they are and whether they are alone, move the chat',
    'to Snapchat, send a picture first and say "your turn", and ask the child to keep it secret.',
  ].join(' '),
};

describe('early warning', () => {
  for (const [name, text] of Object.entries(EARLY_SCRIPTS)) {
    it(`warns on ${name}`, () => {
      const result = analyzeConversation(text);
      assert.equal(result.level, 'warning', result.stages.join(','));
      assert.ok(!result.stages.includes('threat'));
      assert.ok(result.firstAlertAt !== null && result.firstAlertAt <= text.split('\n').length - 1);
      // gentle steps for the early script: nothing about paying, a reminder they can stop
      assert.match(result.explanation, /haven't done anything wrong/);
      assert.ok(result.nextSteps.some((s) => /don't have to send/.test(s)));
      assert.ok(!result.nextSteps.some((s) => /pay/i.test(s)));
    });
  }

  for (const [name, text] of Object.entries(EVERYDAY)) {
    it(`does not alert on ${name}`, () => {
      const result = analyzeConversation(text);
      assert.equal(result.alert, false, `${result.level}: ${result.stages.join(',')}`);
    });
  }

  it('alerts before the threat message on the whole script', () => {
    const script = [
      'Kayla: sorry random but you came up in my suggestions and ur kinda cute',
      'Kayla: how old r u',
      'Tyler: 16',
      'Kayla: same!! do u have snap? i hardly use insta',
      'Kayla: are u home alone rn? ill send u something first',
      'Kayla: [image omitted]',
      'Kayla: ur turn. make sure ur face is in it',
      'Tyler: [image omitted]',
      'Kayla: I have your pic and all ur followers. Pay me $500 or i send it to everyone',
    ];
    const result = analyzeConversation(script.join('\n'));
    assert.equal(result.level, 'urgent');
    assert.ok(
      result.firstAlertAt !== null && result.firstAlertAt < script.length - 1,
      String(result.firstAlertAt),
    );
  });

  it('lists the stages in the order they first appeared', () => {
    const result = analyzeConversation(
      [
        'jess: hey u dont know me but i saw ur profile',
        'jess: whats ur snap',
        'jess: keep this between us ok',
        'jess: send me a pic',
        'jess: I have your pics. send 300 dollars or I post them to all your followers',
        'jess: you have 1 hour',
      ].join('\n'),
    );
    assert.deepEqual(result.stages.slice(0, 4), ['persona', 'move_platform', 'secrecy', 'image_request']);
    const at = (s: (typeof result.stages)[number]) => result.stages.indexOf(s);
    assert.ok(at('image_request') < at('threat') && at('threat') < at('pressure'));
  });
});

describe('payment details (indicators)', () => {
  it('reads a wallet or cashtag after a claim as a demand, before the threat', () => {
    const messages = [
      { sender: 'Anon', text: 'i got ur pics from ur ex' },
      { sender: 'Anon', text: 'bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq' },
      { sender: 'Anon', text: 'or every follower u have sees them' },
    ];
    const result = analyzeConversation(messages);
    const cue = result.evidence.find((e) => e.cue === 'demand.payment_detail');
    assert.ok(cue, 'payment detail cue');
    assert.equal(cue.message, 1);
    assert.equal(messages[1].text.slice(cue.start, cue.end), cue.text);
    assert.equal(result.firstAlertAt, 1);
    // without the wallet the claim alone waits for the threat
    assert.equal(analyzeConversation([messages[0], messages[2]]).firstAlertAt, 1);
    assert.equal(analyzeConversation(messages.slice(0, 1)).alert, false);
  });

  it('leaves payment links alone when nobody demands or threatens', () => {
    const result = analyzeConversation(
      'Seller: yes! 80 pounds\nSeller: pay by paypal, paypal.me/bikesale22\nBuyer: sending now',
    );
    assert.ok(!result.evidence.some((e) => e.cue === 'demand.payment_detail'));
    assert.equal(result.alert, false);
  });

  it('discounts payment details in a message that discusses sextortion', () => {
    const result = analyzeConversation(
      'Police said the scammer wrote "I have your pics" and demanded 500 dollars to the cash app account $quickpay771. Victims should report it.',
    );
    const cue = result.evidence.find((e) => e.cue === 'demand.payment_detail');
    assert.ok(!cue || cue.context === 'discussion');
    assert.equal(result.alert, false);
  });
});

describe('streaming analyzer', () => {
  it('gives after every message the same result as batch analysis of that prefix', () => {
    for (const messages of [SCRIPT, ...corpus.slice(0, 60).map((item) => item.messages)]) {
      const analyzer = createConversationAnalyzer();
      messages.forEach((message, i) => {
        const streamed = analyzer.push(message);
        assert.deepEqual(streamed, analyzeConversation(messages.slice(0, i + 1)));
      });
    }
  });

  it('never changes a result it gave when later messages change the participants', () => {
    const analyzer = createConversationAnalyzer();
    const given = SCRIPT.map((message) => {
      const result = analyzer.push(message);
      return { result, copy: structuredClone(result) };
    });
    for (const { result, copy } of given) assert.deepEqual(result, copy);
  });

  it('keeps bounded state: participants and evidence are capped', () => {
    const analyzer = createConversationAnalyzer();
    for (let i = 0; i < 500; i++) {
      analyzer.push({
        sender: `user${i}`,
        text: i % 2 ? 'send me a pic' : 'i have your nudes, pay 200 dollars',
      });
    }
    const result = analyzer.result();
    assert.equal(result.messages, 500);
    assert.ok(result.participants.length <= MAX_PARTICIPANTS);
    assert.ok(result.evidence.length <= EVIDENCE_PER_STAGE * 10);
    assert.ok(result.participants.some((p) => p.id === '(other participants)'));
  });

  it("reads a victim's story of the scam e-mail as a story, even where the sentence model reads a claim", () => {
    // far from the story's discussion markers, the writer's own denial reads to the sentence model as a claim
    const story =
      'Have you ever been the victim of an internet scam? It happened to me last month. Anybody who knows me ' +
      'knows that I worry about everything, all the time, but not that day. Here is how it went. An email ' +
      'arrived with an old password of mine in the subject line, which was scary enough on its own. Then ' +
      'came a long story about a camera and a video and some websites. Websites? A camera? I have never ' +
      'visited a porn site and if I have a webcam, I am not aware of it. So I deleted the email and forgot about it.';
    const result = analyzeConversation([{ sender: 'Sam', text: story }]);
    assert.ok(result.evidence.some((e) => e.cue === 'model.compromise_claim' && !e.context));
    assert.equal(result.alert, false, result.level);
  });

  it('ignores messages without text instead of failing', () => {
    const analyzer = createConversationAnalyzer();
    const result = analyzer.push({ sender: 'x', text: undefined as unknown as string });
    assert.equal(result.messages, 1);
    assert.equal(result.level, 'none');
  });
});

describe('evaluation corpus', () => {
  it('has provenance and a licence on every item, and every stage and variant the issue lists', () => {
    assert.ok(corpus.length >= 150);
    for (const item of corpus) {
      assert.ok(item.provenance && item.licence, item.id);
      assert.ok(item.messages.length > 0, item.id);
    }
    const ids = new Set(corpus.map((i) => i.id));
    assert.equal(ids.size, corpus.length, 'ids are unique');
    const negatives = corpus.filter((i) => i.label === 'benign').length;
    assert.ok(negatives >= corpus.length - negatives, 'at least as many negatives as positives');
    const variants = new Set(corpus.map((i) => i.variant));
    for (const v of [
      'hacked_friend',
      'deepfake',
      'webcam_email',
      'gift_card',
      'crypto',
      'countdown',
      'followers_list',
    ]) {
      assert.ok(variants.has(v), v);
    }
    assert.ok(corpus.some((i) => i.lang === 'es'));
  });

  it('keeps precision on the held-out test split (regression guard, figures in docs/detect.md)', () => {
    const test = corpus.filter((i) => i.split === 'test');
    const results = test.map((i) => ({ item: i, alert: analyzeConversation(i.messages).alert }));
    const hard = results.filter((r) => r.item.hard);
    const falseAlerts = hard.filter((r) => r.alert).length;
    const positives = results.filter((r) => r.item.label !== 'benign');
    const found = positives.filter((r) => r.alert).length;
    assert.ok(
      falseAlerts / hard.length <= 0.1,
      `false alerts on hard negatives: ${falseAlerts}/${hard.length}`,
    );
    assert.ok(found / positives.length >= 0.6, `recall ${found}/${positives.length}`);
  });
});

describe('someone telling their own story ("he is blackmailing me"): selfReportAt', () => {
  /** The text, sent alone, is a self-report at message 0 whose explanation speaks to the one it happens to. */
  const assertTold = (text: string) => {
    const result = analyzeConversation([{ sender: 'me', text }]);
    assert.equal(result.selfReportAt, 0, text);
    assert.match(result.explanation, /^It sounds like someone is threatening you/, text);
    return result;
  };
  // examples written for this test
  it('marks a first-person account, in English and Spanish, and changes no level', () => {
    for (const text of [
      'help, a guy from snap is blackmailing me',
      'i think i was sextorted, what do i do',
      'shes threatening to post my pics if i dont pay',
      'he said he will send my nudes to my dad',
      'someone has my nudes and wants 200',
      'a random account has my pics and wants money now',
      'she wants 300 or theyll post my videos',
      'i said no more pics so she is saying shell send them to everyone',
      'un tipo me está extorsionando con un video',
      'amenaza con subir mis fotos si no le pago',
      'if i dont pay he sends my pics to my whole school',
      'i need 300 by tonight or they post my video',
      // an amount between the words (tried as a user, 12-05 afternoon)
      'this is extortion right? if i dont pay 400 they send my pics to my whole grade',
      'if i dont pay him $150 he posts my video',
      'if i dont pay 90 pounds by friday he shows my pics to everyone',
      'si no le pago 250 dólares publica mis fotos',
      'quiere 100 o suben mis videos a todos lados',
      // what happened, in a teen's own words (tried as a user on the Help page, 12-05 afternoon)
      'i sent a few pics to this account and now theyre threatening me',
      'he screenshotted my pics and is asking for itunes cards',
      'this person says they will ruin my life if i dont send more',
      'he keeps dming me saying pay or else',
      'i already paid 60 but he wants more',
      'some guy got me to send pics and now he wants 250',
      'he has my nudes and wants 200 in gift cards',
      'they have a vid of me and want bitcoin',
      'im being blackmailed with my own photos',
      'he said hes going to expose me to my whole class',
      'me estan pidiendo dinero por unas fotos',
      'un tipo tiene videos mios y pide dinero',
      // paid, then asked for more in other words (tried as a user, 12-08)
      'i paid but they still want more and i have nothing left',
    ])
      assert.ok(
        assertTold(text).nextSteps.some((s) => /Don't pay/.test(s)),
        text,
      );
    // the same engine without the lexicons' selfReport phrases and retelling words gives the same level and stages
    const unread = defaultLexicons.map((lexicon) => ({
      ...lexicon,
      selfReport: [],
      otherReport: [],
      retelling: undefined,
    }));
    for (const text of ['he said he will send my nudes to my dad unless i pay', 'someone has my nudes']) {
      const withReport = analyzeConversation([{ sender: 'me', text }]);
      const without = createConversationAnalyzer({ lexicons: unread });
      without.push({ sender: 'me', text });
      assert.equal(without.result().selfReportAt, null);
      assert.equal(withReport.level, without.result().level, text);
      assert.deepEqual(withReport.stages, without.result().stages, text);
    }
  });
  it('leaves the third person, news and everyday words alone', () => {
    for (const text of [
      'the news said a boy was sextorted and the police caught the man',
      'she will send my homework to the group',
      'he said he will send my notes tonight',
      'finish your lap or hell post the results without you',
      'maya has my pics and wants more for the yearbook',
      "pay the invoice or they'll send the case to collections",
      "i cant pay for the trip or they'll give my place to someone else",
      'if i dont pay they send my parcel back',
      'if i dont pay 40 by friday they send my parcel back',
      'pay 15 today they post my order',
      'my dad says hell ruin my life if i dont tidy my room',
      'the office said they will send it to my parents by post',
      'the game says pay or else you lose the streak',
      'my friend has my photos from the trip and keeps asking to post them',
      'i paid the deposit and he wants more for delivery',
      'my brother dented my bike and now he wants money to fix it',
      'she has my photos and wants more for the album',
      'expose me to the sun and i burn',
      'i sent the video and now he is happy',
      'i sent photos and now they want to meet',
      'my brother is being threatened with detention',
      'my sister is being threatened by a teacher with extra homework',
      'mi abuela tiene fotos mias de bebe',
    ])
      assert.equal(analyzeConversation([{ sender: 'a', text }]).selfReportAt, null, text);
  });
  it('marks a story told in other words, its threat read by the acts when told back (2026-12-06)', () => {
    for (const text of [
      'this guy has my pics and says he will send them to my whole school unless i pay. what do i do',
      'im scared, she said she’d expose me to all my followers',
      'a hacker emailed me saying he recorded me on my webcam and wants bitcoin',
      'he told me he would upload my video to every site unless i send another one',
      // a threat weak in its own words beside a claim, a fake nude, the one told about named
      'im so scared he has a video of me on call and he’s sending it to my family',
      'someone made a fake nude of me and says they will share it',
      'a guy on discord has screenshots of my nudes and wants steam gift cards',
      'they’re saying they’ll upload my video to porn sites',
      // Spanish, its verbs turned too ("tiene" → "tengo", "quiere" → "quiero")
      'tiene un video mío y quiere 200 euros',
      'un tipo de tiktok tiene mis fotos y quiere que le pague',
      // "the" before pictures theirs by their kind, or with a condition or an audience after them
      "he says he'll post the pics if i dont pay",
      "she said she'll send the video to everyone",
      'they said theyll post the screenshots',
      "this guy says he'll leak the video unless i send 100",
      // a teen's own words, a third round (12-06 afternoon)
      'someone is trying to blackmail me',
      "help he wont stop texting me saying he'll expose me",
      'my nudes got leaked and i want to die',
      'this person says if i dont send more pics they will post the ones i sent',
      'she said pay her 100 dollars or she ruins my life',
      'he has a screen recording of me and keeps asking for money',
      'i paid him already and hes still threatening me',
      'a scammer got my pics',
      'a girl i met on insta recorded our video call and wants $200',
      // the same in Spanish
      'alguien está intentando chantajearme',
      'filtraron mis fotos y no sé qué hacer',
      'una chica grabó nuestra videollamada y ahora me pide dinero',
      'dice que si no le mando más fotos va a publicar las que le mandé',
      'me dijo que si no le pago me arruina la vida',
      'tiene una grabación mía y no para de pedirme dinero',
      'mandé fotos a un chico y ahora me amenaza',
      // a Spanish story the acts read as a threat in its own words (its level unchanged)
      'un chico de insta dice que va a mandar mis fotos a mi familia si no le pago',
      // a fourth round (12-06 evening): a threat told as reported ("threatened to"), the teller as "if i" / "unless i"
      'they threatened to send the nudes to all my followers',
      'she says if i dont send 300 she will send the video to everyone i know',
      'he said if i block him he posts everything',
      'im scared, someone says they will share the video i sent unless i send more',
      'they made a group chat with my family and said they will send it',
      'some account is threatening to expose me',
      'i paid once but they keep asking for more',
      'ya le pagué pero sigue pidiendo más',
      'amenaza con publicar el video si lo bloqueo',
      // a fifth round (12-06 evening)
      'this girl i was talking to turned out to be a scam and theyre asking for $500',
      'he screenshotted our call and said pay or else',
      'they said they would expose me if i didnt give them money',
    ])
      assertTold(text);
    // stories whose words told back threaten nothing, or only a life ruined with no demand, or a seller's parcel
    for (const text of [
      'he said he will ruin my life if i beat him at fifa again lol',
      'my mum said she’ll take my phone unless i do my homework',
      'she says she’ll tell everyone at school i like him unless i give her my chips',
      'if i dont pay by friday they send my parcel back',
      'he told me he has my address and will come round with my jumper',
      'mi madre dice que va a subir mis fotos de bebé a facebook jaja',
      'mi profe dice que si no le mando la tarea me pone un cero',
      'mi hermana dice que va a mandar mis fotos de bebé a mi familia jaja',
      'my friend has a photo of me and my dog on her wall',
      'my pics got posted on the school website for the art show',
      'my video got shared by the school for the talent show',
      'if i dont send the homework they will post my grade',
      'pay her back or she ruins my birthday lol',
      'the teacher is still threatening me with detention',
      'mi abuela grabó nuestra videollamada y ahora me pide que la llame más',
      'subieron mis fotos del viaje al grupo de la familia',
      'mandé fotos a un chico de clase y ahora me pide más para el proyecto',
      'my brother threatened to tell mum i broke the vase',
      'if i dont finish my homework my dad says he will take my phone',
      'they threatened to send me home if i dont wear the uniform',
      'she said if i dont come to her party she will never talk to me again',
      'unless i pay for the ticket they will give my seat to someone else',
      'my sister keeps threatening to show mum my messages lol',
      'he threatened to post the video of me falling over on his story',
      'if i win he will post the clip of my goal',
      'mi profe amenazó con llamar a mis padres si no entrego la tarea',
      'le pagué la entrada pero sigue pidiendo más para la cena',
      'he said he would expose me if i skipped practice lol',
      'i recorded our call and said pay attention next time',
      'the game was a scam and they want money for the skins',
      'my mum saved my pics and said more photos for the album',
    ])
      assert.equal(analyzeConversation([{ sender: 'me', text }]).selfReportAt, null, text);
  });
  it('marks a parent, teacher or friend telling what is happening to someone close to them (2026-12-06)', () => {
    const assertToldAboutOther = (text: string) => {
      const result = analyzeConversation([{ sender: 'me', text }]);
      assert.equal(result.selfReportAt, 0, text);
      assert.equal(result.toldAbout, 'other', text);
      assert.match(
        result.explanation,
        /^It sounds like someone is threatening a person you care about/,
        text,
      );
      assert.match(result.nextSteps[0], /^Stay calm and listen/, text);
    };
    for (const text of [
      // the lexicons' phrases
      'our son is being sextorted, what should we do',
      'my sister is getting blackmailed with her photos',
      'someone online is threatening my daughter with her pictures',
      'my son is being threatened by someone who has his photos',
      'we found out someone is extorting our son with a video',
      'my student told me someone has her nudes and is demanding money',
      'a man online has pictures of my daughter and is asking her for money',
      'my friend sent pics to a girl on insta and now she’s threatening to send them to his family',
      'mi hija esta siendo chantajeada con unas fotos',
      'están chantajeando a mi hija con unas fotos',
      'un hombre tiene fotos de mi hija y le pide dinero',
      // the writer's own words ("now they want money") with nothing of their own but the one named
      'my daughter sent photos to someone and now they want money',
      'our son sent pictures to a girl online and now shes asking for money',
      // a story told back to the one named: "i will send them to all your friends unless i pays"
      'someone has nude photos of my son and says he will send them to all his friends unless he pays',
      'my daughter sent a photo to a boy she met on snapchat and now he wants $500 or he’ll send it to her school',
      'a stranger is blackmailing my son, he wants gift cards or he will share the video with his followers',
      "my daughter's ex says he will put her pics on the internet if she doesn't get back with him",
      "help, someone is threatening to leak my sister's nudes unless she pays",
      // a story whose own words threaten, speaking to no one: read all the same, its level unchanged
      'my son is 15 and some account on snapchat says it has his nudes and will send them to everyone he knows',
      'mi hijo tiene 14 años y un tipo dice que va a mandar sus fotos a todos sus amigos si no le paga',
    ])
      assertToldAboutOther(text);
    assert.equal(
      analyzeConversation([
        { sender: 'me', text: 'my son is 15 and some account says it will send his nudes to everyone' },
      ]).level,
      analyzeConversation([{ sender: 'me', text: 'some account says it will send his nudes to everyone' }])
        .level,
    );
    // a teacher or a friend telling it
    for (const text of [
      'a pupil in my class is being blackmailed by someone on snapchat',
      'one of our students has been targeted by a sextortion scam',
      'my boyfriend is being blackmailed by a fake girl on insta, they want 500',
      // a fourth round (12-06 evening): words between "my" and the one named, "now theyre blackmailing her"
      'my 14 year old daughter sent pictures to a boy online who now says he’ll post them',
      'my best friend sent nudes to someone and now theyre blackmailing her',
    ])
      assertToldAboutOther(text);
    assert.equal(
      analyzeConversation([{ sender: 'me', text: 'omg in the show hes blackmailing her with the letters' }])
        .toldAbout,
      null,
    );
    // the one named who speaks or acts is the one threatening the writer, whose story it is
    for (const text of [
      "my friend says she'll post them if i dont pay her back",
      "my bf says he'll post them if i break up with him",
      "my friends are saying they'll post it everywhere",
    ])
      assert.equal(analyzeConversation([{ sender: 'me', text }]).toldAbout, 'self', text);
    // a parent or teacher pasting what the child got: spoken to as the one helping once the chat alerts
    for (const note of [
      'this is what my son got on instagram last night',
      'my daughter received these messages, is this sextortion?',
      'mi hija recibió estos mensajes',
    ]) {
      const pasted = analyzeConversation([
        { sender: 'me', text: note },
        { sender: 'x', text: 'i have your nudes. pay 300 or i send them to your family' },
      ]);
      assert.equal(pasted.level, 'urgent', note);
      assert.equal(pasted.selfReportAt, null, note);
      assert.equal(pasted.toldAbout, 'other', note);
      assert.match(
        pasted.explanation,
        /^It sounds like someone is threatening a person you care about/,
        note,
      );
      assert.match(pasted.nextSteps[0], /^Stay calm and listen/, note);
      // what was seen is said of them, the one it is happening to
      assert.ok(
        pasted.stageLabels.some((l) => /their pictures/.test(l)),
        pasted.stageLabels.join(' / '),
      );
      for (const label of pasted.stageLabels) assert.doesNotMatch(label, /\b(you|your)\b/, label);
    }
    for (const lines of [
      ['my son got these messages from his coach about practice', 'practice at 6, bring your kit'],
      ['this is what my son got for christmas', 'a new bike!'],
    ]) {
      const result = analyzeConversation(lines.map((text, k) => ({ sender: k ? 'x' : 'me', text })));
      assert.equal(result.toldAbout, null, lines[0]);
      assert.match(result.explanation, /^No usual warning signs|^We didn/, lines[0]);
    }
    // an offender's words name their own people and speak to the reader: never a story about someone close
    for (const text of [
      'my brother has your nudes and he will post them unless you pay',
      'i have your sons nudes and i will send them to his school',
    ])
      assert.notEqual(analyzeConversation([{ sender: 'x', text }]).toldAbout, 'other', text);
    // the writer's own pictures make it theirs, whoever else is named; everyday family news is no story of a threat
    for (const text of [
      'someone has my pics and says he will send them to my brother unless i pay',
      'she’s threatening to send them to my family',
    ])
      assert.equal(analyzeConversation([{ sender: 'me', text }]).toldAbout, 'self', text);
    for (const text of [
      'my dad says he’ll share the holiday photos with the whole family',
      'he said he’ll send the video of my goal to the whole team',
      'my friend said she’ll post the pics from my party on her story',
      'my daughter said she’ll send the photos of the puppy to grandma',
      'my son has his friends over and they want pizza money',
      "my daughter's friend has her photos from the trip and will send them to her tonight",
      'our son is threatening to post his gaming clips on youtube lol',
      'my students are being threatened with detention if they dont hand in homework',
      'my sister has her wedding photos and is asking for money to print them',
      'my son said he’ll send the photos of the match to his coach',
      'a man at the park took pictures of my son and i asked him to delete them',
      'my grandson wants money for his birthday and he says he will post his new bike pics',
      'mi hija dice que su amiga va a subir las fotos de la fiesta a instagram',
      'mi hijo amenaza con contarle todo a su padre jaja',
    ]) {
      const result = analyzeConversation([{ sender: 'me', text }]);
      assert.equal(result.selfReportAt, null, text);
      assert.equal(result.toldAbout, null, text);
    }
  });
  it('reply lists read "a_b" as two words and "a|b?" as a step that may be left out', () => {
    const words = (phrase: string) =>
      replyVariants(phrase).map((v) => v.map((step) => [...step].join('|')).join(' '));
    assert.deepEqual(words('if i dont|do_not pay'), ['if i dont pay', 'if i do not pay']);
    assert.deepEqual(words('asking for? money'), ['asking for money', 'asking money']);
    assert.deepEqual(words('hes|she_is about_to|going_to? post'), [
      'hes about to post',
      'hes going to post',
      'hes post',
      'she is about to post',
      'she is going to post',
      'she is post',
    ]);
    // a phrase of optional steps only never matches nothing
    assert.deepEqual(words('oh? no?'), ['oh no', 'oh', 'no']);
    // before 12-06 night "he_will" read as "he" and "for?" as a step that must be there
    for (const text of [
      'she said she will leak it if i block her',
      'this guy is trying to blackmail me',
      'someone online tryna blackmail me what do i do',
      'my nudes have been posted on some site',
      'if i refuse to send more they will leak them',
      'i paid but they keep asking for more',
    ])
      assert.equal(analyzeConversation([{ sender: 'me', text }]).toldAbout, 'self', text);
    for (const text of [
      'he said he will send it tomorrow morning',
      'mum said she will send them the address',
      'she said she will show it to me after class',
      'the coach said he will post the team photos tonight',
      'my nudes have been deleted, he showed me',
    ])
      assert.equal(analyzeConversation([{ sender: 'me', text }]).toldAbout, null, text);
  });
  it('marks a sixth round of a teen’s own story as theirs, and the same words in everyday news as no story', () => {
    for (const text of [
      'i sent this boy pics and now hes saying he will send them to my parents',
      'she has screenshots and says she will expose me if i block her',
      'the account was a catfish and now they want money for the nudes',
      'i was pressured into sending nudes',
      'someone made a group chat with my classmates and says the pics go in tonight',
      'my ex keeps threatening to share our private pics',
    ])
      assert.equal(analyzeConversation([{ sender: 'me', text }]).toldAbout, 'self', text);
    for (const text of [
      'now she says she will send it to my email instead',
      'the shop was fake and now they want money for the refund',
      'we made a group with my class and said the trip is on monday',
      'she will destroy me at tennis if i tell her my tactics',
      'my sister is threatening to post our private dance practice videos lol',
    ])
      assert.equal(analyzeConversation([{ sender: 'me', text }]).toldAbout, null, text);
  });
  /** Whether one message from someone else alerts. */
  const alertsFromThem = (text: string) => analyzeConversation([{ sender: 'them', text }]).alert;
  /** Each of `texts`, as one message from someone else, alerts (or, with `alert` false, does not). */
  function assertAlerts(texts: readonly string[], alert = true): void {
    for (const text of texts) assert.equal(alertsFromThem(text), alert, text);
  }
  /** The result of one message typed into the Help page's box. */
  const story = (text: string) => analyzeConversation([{ sender: 'me', text }]);
  /** Each story of `self` is told as the teller's own, of `other` as someone close's; of `none`, as no one's, without alert. */
  function assertStories(stories: { self?: string[]; other?: string[]; none?: string[] }): void {
    for (const text of stories.self ?? []) assert.equal(story(text).toldAbout, 'self', text);
    for (const text of stories.other ?? []) assert.equal(story(text).toldAbout, 'other', text);
    for (const text of stories.none ?? []) {
      assert.equal(story(text).toldAbout, null, text);
      assert.equal(story(text).alert, false, text);
    }
  }
  it('marks a seventh round of stories as the teller’s or someone close’s (a set of stories, 2026-12-07)', () => {
    assertStories({
      self: [
        // a reported threat said as the threat, without the words around it ("started threatening to" → "will")
        'he started threatening to post the first one on my story',
        // the teller's "got a text saying …" is how they tell it, no discussion
        'got a text saying they have a video of me, they want $500 by tonight',
        // the pictures beside a parent's account: a hint of the threat
        'they have my pics and my dads number',
        // in wording no phrase holds: the sentence model reads the told-back claim beside a demand
        'some hacker got into my icloud and he wants bitcoin for the photos',
      ],
      other: [
        // the one named after a possessive of someone else, as the quoted words are said to them
        'my boyfriends little brother is 14 and an account keeps texting him "pay 100 or your pics go to your whole class"',
        // a child named by age, a pupil by the teacher's class
        "our 13 yr old got tricked into sending pics and now someone wants $300 or he'll post them",
        "a student in my class got tricked and the person says they'll post her pics unless she sends more",
        'one boy from our team got sent a message saying pay 50 or his pics go to the group chat',
        // "my card" is the parent's, not the pictures: the story is still the son's
        'my son is 15 and he paid someone $200 from my card after they said they would send his pics to his friends',
        // those who extort, in the plural
        'a mi sobrina le piden 500 pesos o suben sus fotos a facebook',
        // sending messages to her is no audience: she is still the one it is about
        'someone keeps sending messages to my daughter saying he has her pics and will post them unless she pays',
      ],
      none: [
        // a picture innocent by its kind
        "my little brother says he'll post my baby photo on his story if i don't lend him my charger",
        'if i dont finish my homework my dad says he will take my phone',
        'my brother recorded me singing and wants 5 dollars lol',
        // a business letter's "our" and "we" are no teller
        'unless we have your payment within 7 days our lawyers will commence legal action against you',
      ],
    });
    // the teller's friends as the audience are no one told about: the threat in the teller's words is read as it is
    const call = story('i was on a video call and she recorded it and now says pay 200 or my friends see it');
    assert.notEqual(call.toldAbout, 'other');
    assert.equal(call.alert, true);
  });
  it('marks an eighth round of stories as the teller’s or someone close’s (the next set of stories, 2026-12-07)', () => {
    assertStories({
      self: [
        // a claim told back beside the teller's distress is the story on its own
        'this guy has my pics and im so scared pls help',
        // the one told about, described where they are named: the verb is read next to them
        'a guy from a game has my pics and im so scared pls help',
        // Spanish verbs of exposing and paying, turned ("me escracha" → "te escracho", "le paso" → "me pasas")
        'un chico de roblox me pidio fotos y ahora dice que si no le paso plata me escracha en insta',
        // a threat of another kind beside a heavy demand
        "they're saying they'll report me to the police unless i send 300 in gift cards",
      ],
      other: [
        // one of a group, after "of the"; a child named as the eldest; an age noun in the plural; a Spanish diminutive
        'one of the boys on my team got a message saying pay 100 or his pics go to everyone',
        'our eldest is 16 and someone has pics of him and wants $400 or they go to his school',
        'mi hermanito tiene 13 y un tipo le pide dinero o sube sus fotos',
      ],
      none: [
        "my mum has my baby pics and im scared she'll show them at my party help",
        'one of the boys on my team scored twice and his dad wants to post the video to everyone',
      ],
    });
    // a Spanish threat with the pictures as a pronoun ("las voy a publicar")
    assert.equal(
      analyzeConversation([{ sender: 'x', text: 'las voy a publicar si no me mandas mas' }]).alert,
      true,
    );
  });
  it('marks a ninth round of stories (a third set of stories, 2026-12-07)', () => {
    assertStories({
      self: [
        // the teller's "i" giving their age tells the story
        "im 15 and she wants more pics or she'll post the ones she has",
        'sextortion. 15. what do i do',
        // Spanish, the picture as "la", the reader paying with "pasas"
        'alguien hizo una foto falsa mia y dice que la va a publicar si no le paso mas fotos',
      ],
      none: [
        'im 15 and my mum says she will post my baby photos at my party if i dont tidy my room',
        'what is sextortion? we are doing it in class',
      ],
    });
    // a chat pasted for a friend, with the teller's words before it
    const pasted = analyzeConversation([
      {
        sender: 'me',
        text: "this is the msg my friend keeps getting (she's 15):\ni know ur school. send more or i post",
      },
    ]);
    assert.equal(pasted.alert, true);
    assert.equal(pasted.toldAbout, 'other');
  });
  it('marks a tenth round of stories (a fourth set of stories, written after the rules, 2026-12-07)', () => {
    assertStories({
      self: [
        // "class has pics" is no class photo: the word between is a keeper's verb
        "a boy from my class has pics of me and says he'll post them unless i pay",
        // the teller's "decía que" discounts nothing told back
        'conocí a un chico en insta, decía que tenía 16. ahora dice que si no le paso 2000 pesos manda mis fotos a mis papás',
        // the teller as who sent the video, beside someone close named as a target
        'he said "pay or i post it" and then named my little brother. i sent one video to a girl i thought was real',
      ],
      other: [
        // the one told about by their pronouns: "she" is the friend, "he" the one who threatens
        "my best mate showed me her dms, this guy she met on insta has her pics and says if she doesnt send more he'll post them",
        // a student, a pupil: someone in the teller's care without "my"
        'a student disclosed that he sent images to someone who now says they will share them with his whole friends list unless he pays',
        'un alumno de 14 años me contó que un hombre tiene fotos suyas y le dice que si no paga las sube a internet',
        // "the last message said" just before the words quoted is how the story is told, not a discussion of it
        'my son is 15 and someone online has a video of him. the last message said "pay 200 or i send it to everyone you know"',
      ],
      none: [
        "the class trip photos are up, i'll send them to your mum",
        'a student asked me how to report a scam email that says it has pictures of him',
        "my daughter sent her pics from the school trip to her grandma and she said she'll print them",
        'the news article said "pay or everyone sees it" is the line these scammers use',
        'my mum read the message out: "your parcel is waiting, pay the fee or it goes back"',
      ],
    });
    // someone close named where the picture was sent is no one told about: the teller's own alert
    const sent = analyzeConversation([
      {
        sender: 'me',
        text: 'he forwarded one of the photos to my best friend to prove it, now he wants 300 by tonight or my whole school gets them',
      },
    ]);
    assert.equal(sent.alert, true);
    assert.notEqual(sent.toldAbout, 'other');
  });
  it('marks an eleventh round of stories (a fifth set, written after the tenth round, 2026-12-07)', () => {
    assertStories({
      self: [
        // "me amenazan con subirla", told back "te amenazo con subirla"
        'me hicieron captura de una videollamada y ahora me amenazan con subirla a instagram si no les pago',
        // "la que tiene": the picture the one who threatens holds
        'un chico de insta dice que le tengo que mandar más o publica la que tiene y se la pasa a todo mi salón. tengo 14',
        // a member of the teller's year who acts on the pictures is the one who threatens, not someone close
        'a girl in my year found screenshots of stuff me and my boyfriend sent each other, she says shes going to tell everyone unless i give her money every week',
      ],
      other: [
        'mi sobrina de 15 conoció a un tipo por instagram que tiene fotos suyas y la amenaza con publicarlas si no le paga',
        // a brother as "bro", someone close as a flatmate
        'my little bro (13) keeps getting messages from some account saying "send 50 or your dad sees the video"',
        'my flatmate is 19 and a guy she met on hinge has her pics, he keeps saying "pay 300 or your course sees these"',
      ],
      none: [
        'el delincuente amenazó con publicar las fotos si la víctima no pagaba, informó la policía',
        'mi hermano me amenazó con enseñarle a mamá la foto de mi cuarto desordenado jaja',
        'si no vienes a la fiesta publico la que tengo de ti bailando jaja',
        "my bro says he'll show mum the video of me falling off the trampoline if i dont give him my chips lol",
      ],
    });
    const recorded = analyzeConversation([
      {
        sender: 'me',
        text: 'a lad in my class recorded our call and now he says everyone sees it unless i send him 40 quid',
      },
    ]);
    assert.equal(recorded.alert, true);
    assert.notEqual(recorded.toldAbout, 'other');
    // a teacher's story of a student in their class is still someone close's
    assertStories({
      other: [
        'one of the students in my class has been targeted, someone has his pics and says he will send them to his parents unless he pays',
      ],
    });
  });
  it('marks a twelfth round of stories: someone who looks after young people telling one of theirs (2026-12-07)', () => {
    assertStories({
      other: [
        // a role said as the teller's own ("as a", "I'm a", "here"), a ward named by a plain noun
        'As a netball coach I look after a Year 10 girl. Someone on TikTok has intimate photos of her and says they will post them to her followers unless she pays £80.',
        'Learning mentor here. A 14 year old boy told me a person on Discord has a video of him and will send it to his whole class if he does not buy them gift cards.',
        'I foster a 13 year old girl. An account on Snapchat is demanding she send more pictures or it will share the ones it has with her school.',
        // to such a teller, the young person who speaks tells them ("told me"), and the teller may ask the reader
        "I'm a youth leader. One of the boys told me someone has his nudes and says they will send them to his parents unless he pays. Could you advise?",
        // "here" four words after the role (found as a user on the Help page of a clean checkout)
        'Head of Year 10 here. A pupil told me someone on Snapchat has intimate photos of him and says they will send them to his whole year group unless he pays £100. How should I help?',
        // "demanding further images", "the existing ones", told back
        'School counsellor here. A pupil says a stranger obtained intimate images of her and is demanding further images or the existing ones will be shared in the form group chat.',
      ],
      self: [
        // the one named is someone the teller met, not one they look after
        "I'm a teacher. A girl I met online has pics I sent and says she'll send them to the school unless I pay.",
        'im a babysitter and a boy i met on snap has a video i sent him, he says he will post it unless i send more',
      ],
      none: [
        "I'm a foster carer planning a session on online safety for the kids I look after. What should I cover about sextortion?",
        'As a coach I have to collect £20 from every player for the team photos, or they will not be in the photo posted on the club page.',
        'School counsellor here. A pupil told me her friend keeps threatening to post an embarrassing video of her dancing at the party as a joke.',
      ],
    });
  });
  it('marks a thirteenth round of stories (the sixth set, seen half, 2026-12-07)', () => {
    assertStories({
      other: [
        // "is asking for money" beside the pictures held, told back
        'My son is 13. A man on Roblox has photos of him and is asking for money.',
        // "a 12yo": a number and "yo" name a child
        "I'm a childminder and I look after a 12yo. A man in a game has a picture of him and says he'll send it to his mum unless he sends more.",
        // the one who acts, then how the young person knows them, then the threat ("… is threatening to send …")
        "I'm a youth leader. A girl in our group told me someone she met on Instagram is threatening to send intimate photos to her parents unless she pays.",
      ],
      // text speak: "sum1" and "thay" are the one who acts
      self: ['sum1 has my nudez n thay said thay gona send them 2 my mum if i dont pay 2nite'],
      none: [
        'my brother keeps asking me for money for his school trip',
        'the pics from the trip will go to the whole class unless someone objects',
      ],
    });
    // the whole year group or class as the audience, and "it'll" as the pictures
    assertAlerts([
      "it'll go to the whole year group unless u send 40 on paypal",
      "they'll go to the whole class unless you send more",
    ]);
  });
  it("reads 'he said he'll post my …' as a story only of the pictures (the sixth set's look-alikes, 2026-12-07)", () => {
    assertStories({
      self: ["he said he'll post my pics unless i pay", 'she says shell send my nudes to my mum'],
      none: [
        "the buyer said he'll post my address unless i refund him",
        "my landlord said he'll post my name in the tenants group if i complain again",
      ],
    });
  });
  it("reads a story told as over as no story of a threat now (the story sets' look-alikes, 2026-12-07)", () => {
    assertStories({
      none: [
        "Two years ago when I was 15 a guy got pics of me and demanded money. I blocked him and nothing happened. I'm 17 now and doing fine.",
        "I was blackmailed at 14 over a video. It's been years and I want to help others, can I volunteer?",
      ],
      // the same past, with the threat going on now
      self: [
        "years ago i sent pics to my ex and now he says he'll post them unless i pay",
        "someone has pics from when i was 15 and says they'll send them to my uni unless i pay",
        'back in school a girl got my nudes and tonight she messaged me again demanding 200',
      ],
    });
  });
  it('reads Instagram as the public, "if you don\'t mind" as asking, one last payment to delete, a collage (2026-12-07)', () => {
    assert.equal(alertsFromThem('i will post them on instagram if you do not pay'), true);
    assert.equal(alertsFromThem('i will post them on facebook if you dont mind'), false);
    assert.equal(alertsFromThem('ill post the pics from the match on insta if u dont mind'), false);
    // one last payment for the pictures to be deleted, not for a car
    assert.equal(alertsFromThem("one last payment and that's it, i promise i'll delete everything"), true);
    assert.equal(alertsFromThem('one more payment for the car and ill delete the spreadsheet'), false);
    // a collage of the pictures beside the reader's followers or friends: who they will be sent to
    assert.equal(
      alertsFromThem('here is a collage of your pics with all your friends names. 300 by tonight'),
      true,
    );
    assert.equal(
      alertsFromThem('mum made a collage of your baby photos with your school friends for the party'),
      false,
    );
    // "morphed photos": Indian English for edited fakes
    assert.equal(alertsFromThem('i will make morphed photos of you and send to your family'), true);
    assert.equal(alertsFromThem('the app made a morphed photo of my face and my dog lol'), false);
    assertStories({
      other: [
        "Our son is 14. Someone wants 200 dollars from him and has sent him a collage of his photos next to his friends' names.",
      ],
    });
  });
  it("marks a fourteenth round of stories: teens' own (the seen halves, 2026-12-07 noon)", () => {
    assertStories({
      self: [
        // the reader's people already written to, with a claim of "stuff on me"
        'some guy got me to send more and now hes messaging my brother on snap saying he has stuff on me',
        // "says i …": the teller as the one who must pay; the showing to everybody as the threat
        'she keeps saying i need to pay again or she shows everybody',
        // "it? he told me he was 16" quotes no message: the story is not talk about sextortion
        'will i get arrested for sending it? he told me he was 16 and now hes saying hell report me to the police unless i send 300 in gift cards',
        // telling the reader's people unless more is sent
        'a boy from fortnite says he will tell my dad and my coach if i dont send more',
        // Spanish: the pictures named before ("las"), under a condition
        'mi exnovia tiene fotos mías y dice que las va a subir al grupo del cole si no vuelvo con ella',
        // Nigerian Pidgin: "wey" opens a description, "don get" is "has got"; "abeg" asks for help
        'one girl wey i meet for tiktok don get my nudes. abeg help',
      ],
      none: [
        'my brother filmed our band practice and is threatening to post it lol',
        'our teacher said we have to send the forms or she tells everybodys parents',
        'las fotos del viaje las voy a subir al grupo de la clase mañana',
      ],
    });
    // the same acts as an offender's own lines
    assertAlerts([
      'send me more too or i show everybody',
      'everyone else is next unless you pay',
      'im sending your pics to people who follow you',
      'im gonna tell everyone what you did on the call',
      'ill tell your mum and your coach unless you send more',
      'las voy a pasar por el grupo de tu clase si no me contestas',
    ]);
  });
  it('marks a fifteenth round of stories (the seventh set, seen halves, 2026-12-07 noon)', () => {
    assertStories({
      self: [
        // "an individual" is the one who acts, in formal English
        'An individual I met on a dating site has threatened to distribute the images to my colleagues unless I pay',
        // no subject: "(they are) asking … or (they) will send …"
        'this girl on insta did a video call. now asking 10k on paytm or will send to my whole family group',
        // "the stuff i sent" kept, beside a demand
        'the guy has the stuff i sent and keeps saying he wants 100 on paypal by tonight. my life is over',
      ],
      other: [
        // "our mum" is the one told about's too
        'my brother (14) told me a guy on snap says hell send his pics to our mum unless he pays',
        // the pictures put on a website, under a condition
        "my cousin is 16 and her ex says he'll put her pics on a website unless she takes him back",
      ],
      none: ['ill put the photos on the club website unless anyone objects'],
    });
    assertAlerts(['i will put them on a website unless you pay']);
    assertAlerts(['we will put the photos on a website unless someone objects'], false);
  });
  it('reads private photos as intimate, and a face made into a porn video as a fake (tried as a user, 2026-12-07 noon)', () => {
    assertStories({
      self: [
        'a stranger is threatening to share my private videos',
        'he screenshotted my face on facetime and says hes turning it into a porn video',
      ],
    });
    assertAlerts(['i will post your private photos', 'im turning it into a porn video']);
    assertAlerts(['we are turning it into a porn parody for the sketch show'], false);
  });
  it('marks a sixteenth round of stories (the eighth set, seen halves, 2026-12-07 noon)', () => {
    assertStories({
      self: [
        // the reader's people shown, nothing named, under a condition to pay
        'a man from a game says hell show my football team unless i pay him 50',
        // someone close named only as who will be told, and the teller's own young age
        'she says shes gonna tell everyone what i did on cam and that she recorded it. shes telling my brother tomorrow. im 14',
        'he says hes gonna tell everyone what i did on facetime, he says he saved it. hes telling my sister first. im 15',
      ],
    });
    // "a pic i sent to my friend" is the teller's, not the friend's
    assert.notEqual(
      story(
        'a guy in my year has a pic i sent to my friend and says unless i send more hell airdrop it to the whole school',
      ).toldAbout,
      'other',
    );
    assertAlerts([
      'ill show your parents unless you pay',
      'everyone else gets it tonight if you dont pay',
      // a story told as notes
      'Fake profile on Instagram. Sent pics. Threat: send to all my followers. Demand: 300 dollars.',
    ]);
    assertAlerts(
      ['ill show your mum unless you clean your room', 'everyone else gets pizza unless you pay for yours'],
      false,
    );
  });
  it("marks a seventeenth round of stories (the eighth set, seen halves of someone close's, 2026-12-07 noon)", () => {
    assertStories({
      // "ex" is the one who acts (an ex as the one told about is still left out)
      self: ['my ex is threatening to leak my private videos if i dont get back with him'],
      other: [
        "my cousin's ex is threatening to post her private pics unless she gets back with him",
        // an amount asked for with no "for"
        'My daughter is 16. A stranger recorded her on a video call and is now asking 50000 rupees',
      ],
      none: ['my ex keeps posting our old holiday photos on her story'],
    });
  });
  it('marks an eighteenth round of stories (the ninth set, seen halves, 2026-12-07 afternoon)', () => {
    assertStories({
      self: [
        // the one who acts said to be a student is no student in the teller's care
        'i met a girl on facebook who said she is a student in lagos. we video called and she recorded me. now she says she will post it on my wall unless i pay. im 16',
        // the teller's people in the group are the audience: the condition is put to the teller
        'he put me in a group chat with my friends and says hell drop the pics there tonight if i dont send the money. he added my brother as well',
        // a claim in the teller's own words is no offender's
        'someone recorded my video call and now saying pay 3000 or he will send it to all my cousins on whatsapp',
        // the videos "we made", and doing what they say
        'my ex says hell put the videos we made on a website unless i pay him every month',
        'someone i trusted has my pics and says i have to do what they say or theyll show people',
        // "one" sent to the teller's friend is a picture: the friend is the audience
        'i paid him and he still sent one to my best friend. now he says the rest go out if i dont pay more',
      ],
      none: [
        'for my health class: what are the warning signs that a child is being sextorted?',
        'my nan got a call saying her grandson was arrested and needed bail money. it was a scam',
        'hace dos años alguien intentó chantajearme con unas fotos pero lo denuncié y se acabó',
      ],
    });
    assertAlerts([
      'do what i say or ill show everyone',
      'ill put the videos we made on a website unless you pay',
    ]);
    assertAlerts(['we will put the photos on a website unless someone objects'], false);
  });
  it("marks a nineteenth round of stories: a carer's role as a note's heading (the ninth set, seen halves)", () => {
    assertStories({
      other: [
        'Pastoral lead. Y10 boy reports a man on snapchat has his pics and says he will send them to his friends unless he pays',
      ],
      // a role heading the teller's own story leaves it theirs
      self: ['Coach. He says he will post my pics unless i pay'],
    });
  });
  it("reads the teller's family in a Spanish story about someone close as theirs too (the seen halves, 2026-12-07 afternoon)", () => {
    assertStories({
      other: [
        'mi hermanita tiene 13 y un tipo de tiktok tiene fotos suyas. le dice que si no paga hoy las sube. mis papás no saben nada',
      ],
      // "mis fotos" stays the teller's own
      self: ['un tipo tiene mis fotos y dice que si no le pago las sube. mis papás no saben nada'],
    });
  });
  it('marks a twentieth round of stories (the tenth set, seen halves, 2026-12-07 evening)', () => {
    assertStories({
      self: [
        // "put" with the pictures before the place, told back
        'a lad off snapchat has pics i sent him, and hes saying hell put them on twitter and tag my college unless i send more',
        // an amount more after a payment
        'i paid him already 100 on paypal and now he wants 200 more',
        'i sent 50 already but she wants 100 more',
        // pictures already sent on, as proof
        'he sent my pics to my cousin already to prove hes serious. he says my mom is next',
        // the catfish unmasked
        'sent nudes to a girl on insta, now its a guy asking for money. pls',
        // "n" for "and", "$" for dollars
        'idk what to do rn some1 has my pics n wants $$ pls help',
      ],
      other: [
        // the friend who told the teller, when the story then names her pictures
        'my best friend told me that a guy has a video of her and is threatening to post it if she doesnt send more pics. how can i help her',
        'mi mejor amiga me contó que un chico tiene un video de ella y la amenaza con publicarlo si no le manda más fotos',
      ],
      none: [
        // friends kept out of it by the one who asks are no one the story is about
        'theres this guy on instagram, he keeps asking for pics and gets mad when i say no. yesterday he said "if u actually liked me u would." he also tells me not to tell my friends about him. should i be worried',
        'this happened to me back in high school, a guy threatened to share my photos. it ended when i reported the account',
        'he ate 2 slices and now he wants 3 more',
        'she sent my pics to my gran for her birthday',
      ],
    });
    // a friend who says it of the teller's own pictures is still the teller's story
    assertStories({ self: ['my friend says he will post my pics if i dont pay'] });
    // said to the reader, "put … on twitter unless" is the threat; a table is no place to post
    assertAlerts(['ill put them on twitter unless you pay']);
    assertAlerts(['ill put them on the table unless you want them'], false);
  });
  it('reads a story of paying or sending and being asked for more as the teller’s (the seen halves, 2026-12-07 evening)', () => {
    assertStories({
      self: [
        'its the third time hes asked. i paid 50 then 100 and now he says 400',
        'i sent 50 and he said thanks now send 100. how do i make it stop',
        'the guy wants another 200. i already gave him 200',
        'they want gift cards and i already bought one but they said it wasnt enough',
        "she keeps asking for more pics. every time i say no she just says 'or else'. i've already sent like 6",
      ],
      none: [
        'i paid for the pizza and he wants more',
        'i already paid for netflix but it says not enough storage',
        'ive already sent the homework and he wants more help lol',
      ],
    });
  });
  it("a story's threat to share the teller's own pictures is no request for pictures (tried as a user, 2026-12-07)", () => {
    for (const text of [
      'someone is threatening to share my private photos',
      'this girl on snap keeps threatening to send my pics. what do i do',
    ]) {
      const result = story(text);
      assert.equal(result.toldAbout, 'self', text);
      assert.ok(!result.stages.includes('image_request'), `${text}: ${result.stages.join(', ')}`);
    }
    // asking for them is still a request
    assert.ok(
      analyzeConversation([{ sender: 'x', text: 'share your private photos with me' }]).stages.includes(
        'image_request',
      ),
    );
  });
  it('an urgent chat says what it says, with the report noted', () => {
    const result = analyzeConversation([
      { sender: 'x', text: 'i have ur nudes. pay 300 or ur family gets them' },
      { sender: 'me', text: 'please stop blackmailing me' },
    ]);
    assert.equal(result.level, 'urgent');
    assert.equal(result.selfReportAt, 1);
    assert.match(result.explanation, /^This looks like sextortion/);
  });
});
