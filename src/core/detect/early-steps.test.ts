// Steps of the early script read since 2026-12-01 evening (probe-early6's development set): each
// test fails without the change it names.
import { describe, it, test } from 'node:test';
import assert from '../../../test/assert.ts';
import { analyzeConversation, analyzeMessage } from './index.ts';
import { explain } from './explain.ts';
import { parseProbe } from '../../../test/detect-probes.ts';

const firstAlert = (text: string) => analyzeConversation(parseProbe(text).messages).firstAlertAt;
/** The stages and the cue ids of one message's cues. */
const stagesOf = (text: string) => analyzeMessage(text).map((c) => c.stage);
const cueIds = (text: string) => analyzeMessage(text).map((c) => c.cue);

test('a picture marked as a pasted chat marks it ("[photo]", "<video>") is a picture sent', () => {
  for (const text of ['[photo]', ' <video> ', '[pic]', '[foto]', '<Multimedia omitido>']) {
    const cues = analyzeMessage(text);
    assert.deepEqual(
      cues.map((c) => [c.cue, c.text]),
      [['sent_first.media', text.trim()]],
      text,
    );
  }
  for (const text of ['photo', '[photo] of the dog', '[sticker]']) {
    assert.ok(!analyzeMessage(text).some((c) => c.cue === 'sent_first.media'), text);
  }
});

test('a brief age question ("15?") answered with a child\'s age ties a picture swap to an adult who knows it', () => {
  const script = (question: string) =>
    `A: hey\nA: ur cute\nA: ${question}\nB: 15\nA: [photo]\nA: thats me\nA: ur turn. dont tell anyone\nB: [photo]\n!A: pay $100 or ur school sees it`;
  assert.equal(firstAlert(script('16?')), 6);
  // the same number said, not asked, is no question
  assert.equal(firstAlert(script('16 here')), 8);
});

test('"home alone?" just before their own picture counts as the secrecy step of the swap', () => {
  const text =
    'A: heyyy\nA: wait r u 16?\nB: 17 lol\nA: send me a pic of u\nB: [photo]\nA: u home alone?\nB: ya\nA: lets swap. ill go first\nA: [image omitted]\nB: [image omitted]\n!A: $500 or i send it to all ur followers';
  const at = firstAlert(text);
  assert.ok(at !== null && at <= 7, `first alert at ${at}`);
});

test('the explanation says so when "are you alone?" counted as the secrecy step, and only then', () => {
  const said = /asked if you were alone just before pictures came up/;
  const swap = (between: string) =>
    analyzeConversation(
      parseProbe(
        `A: heyyy\nA: wait r u 16?\nB: 15 lol\nA: u home alone?\nB: ya\n${between}A: lets swap. ill go first`,
      ).messages,
    ).explanation;
  assert.match(swap(''), said);
  // asked long before the pictures, it was no step of the swap
  assert.doesNotMatch(swap('A: cool\nB: ya\nA: what u doing\nB: nothing\n'), said);
  // strong secrecy is a stage of its own, named in the stage's line instead
  const strong = analyzeConversation(
    parseProbe(
      'A: heyyy\nA: wait r u 16?\nB: 15\nA: dont tell anyone about me ok? delete our chats\nA: lets swap. ill go first',
    ).messages,
  );
  assert.ok(strong.stages.includes('secrecy'), strong.stages.join());
  assert.doesNotMatch(strong.explanation, said);
});

test('the reader\'s "who this" makes the sender a stranger, and "a private one" asks for more', () => {
  const text =
    'A: u up?\nB: yeah who this\nA: friend of ur friend. send me a pic i wanna see u\nB: [image omitted]\nA: a private one silly\nB: [image omitted]\n!A: thanks. $250 or ur followers get it';
  assert.equal(firstAlert(text), 4);
});

test('advice not to pay ("please don\'t send any money") is no plea against the person the reader answers', () => {
  const text =
    "Anon: someone i met online has a pic of me and wants money\nHelpline: Thank you for telling us. Please don't send any money, it usually leads to more demands.\nAnon: ok";
  assert.equal(analyzeConversation(parseProbe(text).messages).alert, false);
});

test('"or the whole <group> gets this" after a demand is a threat', () => {
  const result = analyzeConversation([
    { sender: 'A', text: 'lol now send $100 or the whole east high gets this' },
  ]);
  assert.equal(result.level, 'urgent');
  assert.ok(
    result.evidence.some((c) => c.stage === 'threat' && c.text === 'or the whole east high gets this'),
    result.reasons.join(' / '),
  );
});

test('a warning raised by the early script stays when the script goes on ("ur turn" after the swap)', () => {
  const text =
    'A: heyyy\nA: omg ur so cute\nA: wait r u 16?\nB: 15 lol\nA: [photo]\nA: thats me\nA: send me a pic of u\nB: [photo]\nA: u home alone?\nB: ya\nA: lets swap. ill go first\nA: [image omitted]\nA: ok ur turn, quick my mom is gonna be home soon';
  const result = analyzeConversation(parseProbe(text).messages);
  assert.equal(result.firstAlertAt, 10);
  assert.equal(result.level, 'warning');
});

test('signs that the people know each other offline still quiet an early warning', () => {
  const text =
    'A: heyyy\nA: omg ur so cute\nA: wait r u 16?\nB: 15 lol\nA: [photo]\nA: send me a pic of u\nB: [photo]\nA: u home alone?\nB: ya\nA: lets swap. ill go first\nB: lol ok see you at practice tomorrow\nA: love you too, see you tomorrow at school';
  const result = analyzeConversation(parseProbe(text).messages);
  assert.equal(result.firstAlertAt, 9);
  assert.notEqual(result.level, 'warning');
});

test("the explanation says what the reader's answers showed: a child's age, a stranger, a push past a no", () => {
  const text =
    'A: hey\nB: who is this\nA: ur cute. 16?\nB: 15\nA: send me a pic\nB: idk\nA: cmon dont be shy, just one';
  const { level, explanation } = analyzeConversation(parseProbe(text).messages);
  assert.equal(level, 'warning');
  assert.match(explanation, /you said you are under 18, and they still brought up pictures/);
  assert.match(explanation, /someone you don't know/);
  assert.match(explanation, /pushing/);
  const quiet = analyzeConversation(parseProbe('A: hey\nB: hi\nA: send me a pic of the dog').messages);
  assert.doesNotMatch(quiet.explanation, /under 18|don't know|kept pushing/);
});

test('a push past a no is said once: in its own line, or in the pressure line when pressure is a stage', () => {
  const own = explain('warning', ['image_request'], ['pushed']).explanation;
  assert.match(own, /kept pushing after you hesitated/);
  const both = explain('warning', ['image_request', 'pressure'], ['pushed']).explanation;
  assert.doesNotMatch(both, /kept pushing after you hesitated/);
  assert.match(both, /keep pushing or rushing you/);
});

describe('early steps from the development conversations early-13 (2026-12-03)', () => {
  // examples written for this test
  it('a bracketed system line joins no split cue: "ya sending now" / "[payment sent]" is no demand', () => {
    const r = analyzeConversation([
      { sender: 'a', text: 'can u spot me 15 for lunch' },
      { sender: 'b', text: 'ok sending now' },
      { sender: 'b', text: '[payment sent]' },
    ]);
    assert.ok(!r.participants.find((p) => p.id === 'b')?.stages.includes('demand'));
    // a sender's own words still join across messages
    const split = analyzeConversation([
      { sender: 'x', text: 'im posting' },
      { sender: 'x', text: 'ur nudes on ur story' },
    ]);
    assert.ok(split.stages.includes('threat'));
  });
  it('pushing past a no: "everyone in my squad did it", "dont be a baby"', () => {
    for (const text of ['everyone in my squad did it', 'dont be a baby', 'everyone on the team did this'])
      assert.ok(
        analyzeMessage(text).some((c) => c.cue === 'pressure.persuade'),
        text,
      );
    assert.ok(!analyzeMessage('everyone on the team did well today').some((c) => c.stage === 'pressure'));
  });
  it('Spanish: quick-add, a shirtless picture, "yo te mando una"', () => {
    assert.ok(stagesOf('me apareciste en sugerencias jaja').includes('persona'));
    assert.ok(analyzeMessage('pásame una foto sin playera').some((c) => c.cue === 'es.request.intimate'));
    assert.ok(stagesOf('yo te mando una y tú otra').includes('image_sent_first'));
  });
});

describe('the reader paying is no demand (2026-12-03)', () => {
  it('"im sending the money now", "i already sent the money" give the reader no demand stage', () => {
    const r = analyzeConversation([
      { sender: 'x', text: 'got ur pics. 250 via zelle or ur family gets them' },
      { sender: 'me', text: 'ok ok im sending the money now' },
      { sender: 'me', text: 'i already sent the money please delete them' },
    ]);
    assert.equal(r.primary, 'x');
    assert.deepEqual(r.participants.find((p) => p.id === 'me')?.stages ?? [], []);
    // a demand that says "send" still is one
    assert.ok(analyzeMessage('send me the money now').some((c) => c.stage === 'demand'));
  });
});

describe('early steps from the development conversations early-14, second round (2026-12-03 evening)', () => {
  // examples written for this test
  it('English: parents kept out, a picture in underwear, the push after "is that normal?", "i went first"', () => {
    assert.ok(cueIds("your mum doesn't need to be told yet").includes('secrecy.secret'));
    assert.ok(cueIds('two photos, standing, in boxers only').includes('request.intimate'));
    assert.ok(cueIds('all the models did this. u want it or not?').includes('pressure.persuade'));
    assert.ok(cueIds('dont leave him hanging').includes('pressure.persuade'));
    assert.ok(cueIds('i went first tho').includes('sent_first.reciprocity'));
    assert.ok(cueIds('add my snap, its easier').includes('move.add_me'));
    assert.ok(!cueIds('my mum needs to be told first').includes('secrecy.secret'));
  });
  it('a push after "is that normal?" is a push past a no', () => {
    const text =
      'A: i scout for a club in spain. ur parents dont need to be involved yet\nA: send full body pics in ur underwear for the file\nB: is that normal?\nA: every player did it. you want this or not?';
    const r = analyzeConversation(parseProbe(text).messages);
    assert.equal(r.firstAlertAt, 3);
    // without the push, the request alone waits for the next step
    assert.equal(
      analyzeConversation(parseProbe(text.split('\n').slice(0, 3).join('\n')).messages).alert,
      false,
    );
  });
  it('Spanish: the push after a no, another app, "sácate el buzo", "quiere ver la tuya"', () => {
    assert.ok(cueIds('¿quieres el trabajo o no?').includes('es.pressure.persuade'));
    assert.ok(cueIds('no seas tímida, todas lo hicieron').includes('es.pressure.persuade'));
    assert.ok(cueIds('¿me pasas tu whatsapp?').includes('es.move.add_me'));
    assert.ok(cueIds('¿tenés insta?').includes('es.move.add_me'));
    assert.ok(cueIds('sácate la sudadera').includes('es.request.intimate'));
    assert.ok(cueIds('mi amiga quiere ver la tuya').includes('es.request.send'));
  });
  it('Spanish: "borra los mensajes" is a request to delete the chat, not a discussion of messages', () => {
    const cues = analyzeMessage('borra los mensajes cuando los leas');
    assert.deepEqual(
      cues.filter((c) => c.stage === 'secrecy').map((c) => [c.cue, c.context]),
      [['es.secrecy.delete', undefined]],
    );
    // a discussion of such messages still reads as one
    assert.ok(
      analyzeMessage('estos mensajes dicen que te grabaron').every((c) => c.context === 'discussion'),
    );
  });
  it('Spanish: "borra nuestros chats", "elimina la conversación", "que borres los mensajes" ask to delete the chat', () => {
    for (const text of ['borra nuestros chats porfa', 'elimina la conversación', 'y que borres los mensajes'])
      assert.ok(cueIds(text).includes('es.secrecy.delete'), text);
    for (const text of [
      'borré la conversación con mi ex',
      'borra esa foto que salgo fea',
      'voy a borrar los chats viejos',
    ])
      assert.ok(!cueIds(text).includes('es.secrecy.delete'), text);
  });
});

describe('early steps from the development conversations early-19, evening (2026-12-03)', () => {
  // examples written for this test
  it('"show 😏" asks for a picture; "show 😂" does not', () => {
    assert.ok(stagesOf('ok show 😏').includes('image_request'));
    assert.ok(!stagesOf('ok show 😂').includes('image_request'));
  });
  it('a stranger from quick add or a group: "quick add lol", "saw u in the gc"', () => {
    assert.ok(stagesOf('quick add lol. u seem fun').includes('persona'));
    assert.ok(stagesOf('saw u in the gc last night').includes('persona'));
    assert.ok(!stagesOf('i added u to the gc lol').includes('persona'));
  });
});

describe('early steps from the development conversations early-20, first half (2026-12-03 evening)', () => {
  // examples written for this test
  it('intimate requests without the usual words: innerwear, "face not needed", "one u wouldnt send ur mom"', () => {
    for (const text of [
      'a pic in ur innerwear',
      'just the body, face not needed',
      'send one u wouldnt send ur dad',
    ])
      assert.ok(
        analyzeMessage(text).some((c) => c.cue === 'request.intimate'),
        text,
      );
    assert.ok(!analyzeMessage('a pic of ur face for the id card').some((c) => c.cue === 'request.intimate'));
  });
  it('the trade, the push, secrecy and another app in other words', () => {
    assert.ok(stagesOf('i already sent mine').includes('image_sent_first'));
    assert.ok(stagesOf("ur turn, fair's fair").includes('image_sent_first'));
    assert.ok(stagesOf('half our class did it').includes('pressure'));
    assert.ok(stagesOf('r ur parents chill about u texting guys').includes('secrecy'));
    assert.ok(stagesOf("i'm not gonna show anyone").includes('secrecy'));
    assert.ok(stagesOf('lets use snap, easier').includes('move_platform'));
    assert.ok(!stagesOf('half our class did the reading').includes('pressure'));
  });
  it('a question only the friend could answer ("whats my dogs name") makes the writer a stranger', () => {
    const said = (reply: string) =>
      analyzeConversation(
        parseProbe(`A: its me, new acc\nA: send a pic\nB: ${reply}\nA: just one, cmon`).messages,
      ).explanation;
    assert.match(said("wait whats my dog's name"), /someone you don't know/);
    assert.doesNotMatch(said('ok'), /someone you don't know/);
  });
});

describe('early steps from the development conversations early-21, first half (2026-12-03 evening)', () => {
  // examples written for this test
  it('a picture with a caption is a picture sent: "[photo] ur turn", "ill send u something first [image]"', () => {
    const sent = (text: string) =>
      analyzeMessage(text)
        .filter((c) => c.stage === 'image_sent_first')
        .map((c) => c.text);
    assert.deepEqual(sent('ur turn [image]'), ['ur turn', '[image]']);
    assert.deepEqual(sent('(foto) te toca'), ['te toca', '(foto)']);
    assert.deepEqual(sent('[photo] of the dog at the park'), []);
    // the reader's captioned picture answers the request, so asking for more is escalation
    const text =
      'A: lets talk on snap, this app lags\nA: pic 4 pic? ill send something first [photo]\nB: [photo] ok here\nA: now one without the top';
    assert.equal(analyzeConversation(parseProbe(text).messages).firstAlertAt, 1);
  });
  it('the trade, a request for a third party, a dare, shots in swimwear, parents kept out, a borrowed phone', () => {
    assert.ok(stagesOf('sent u one of me').includes('image_sent_first'));
    assert.ok(stagesOf('she already sent hers').includes('image_sent_first'));
    assert.ok(stagesOf('my cousin thinks ur cute, she wants pics').includes('image_request'));
    assert.ok(stagesOf('dare u to show me').includes('image_request'));
    assert.ok(
      analyzeMessage('we need bikini test shots by friday').some((c) => c.cue === 'request.intimate'),
    );
    assert.ok(stagesOf('keep it confidential for now').includes('secrecy'));
    assert.ok(stagesOf('no parents needed at this stage').includes('secrecy'));
    assert.ok(!stagesOf("i'm on my phone, can't send the file").includes('persona'));
    assert.ok(stagesOf("it's me, on my cousin's phone, mine got stolen").includes('persona'));
    assert.ok(stagesOf('are you between 13 and 16?').includes('persona'));
  });
  it('"ill send you something special first" is their picture in a trade, not a gift', () => {
    assert.deepEqual(stagesOf('ill send you something special first [photo]').sort(), [
      'image_sent_first',
      'image_sent_first',
    ]);
    assert.ok(stagesOf('ill send you something special for ur birthday').includes('persona'));
  });
});

describe('early steps and look-alikes from the development conversations early-22, first half (2026-12-03 evening)', () => {
  // examples written for this test
  it('reads an age range asked, "in just your underwear", "other girls already sent theirs", Spanish parents and Skype', () => {
    assert.ok(stagesOf("you're 14-15 right?").includes('persona'));
    assert.ok(analyzeMessage('one in just ur underwear').some((c) => c.cue === 'request.intimate'));
    assert.ok(stagesOf('the other models already did it').includes('pressure'));
    assert.ok(stagesOf('así hablamos sin que tus padres se enteren').includes('secrecy'));
    assert.ok(stagesOf('te llamo por skype').includes('move_platform'));
  });
  it('a brand\'s "shot for the campaign" is no discussion of sextortion; a campaign against it still is', () => {
    assert.ok(
      analyzeMessage('a shot for the campaign, in just your underwear').every((c) => c.context === undefined),
    );
    assert.ok(
      analyzeMessage(
        'the government campaign shows the message i have your pics send 100 or your family sees them',
      ).every((c) => c.context === 'discussion'),
    );
  });
  it('couples and friends who share a bed or a first date know each other offline', () => {
    const swap = [
      'B: lets move to snap, this app is laggy',
      'B: ill go first [photo]',
      'B: now send one in ur underwear',
    ];
    const couple = [
      'A: the dog took your side of the bed',
      'B: lol. that was a lovely dinner last week',
      ...swap,
    ];
    assert.equal(analyzeConversation(parseProbe(couple.join('\n')).messages).alert, false);
    // the same swap from someone the reader has not met is the early script
    assert.equal(analyzeConversation(parseProbe(swap.join('\n')).messages).alert, true);
  });
});

describe('early steps from the development conversations early-23, first half (2026-12-04 night)', () => {
  // examples written for this test
  it('reads a private set, pictures one would never post, a verification that asks for pictures, "no human sees"', () => {
    assert.ok(analyzeMessage('the agency wants the vip set now').some((c) => c.cue === 'request.intimate'));
    assert.ok(
      analyzeMessage('the ones you would never put online').some((c) => c.cue === 'request.intimate'),
    );
    assert.ok(analyzeMessage('send a pic just for me tho').some((c) => c.cue === 'request.intimate'));
    assert.ok(stagesOf('account verification: send your age and a selfie').includes('persona'));
    assert.ok(stagesOf('relax, no human checks these').includes('secrecy'));
    assert.ok(stagesOf('the files are automatically deleted').includes('secrecy'));
    assert.ok(stagesOf('loads of lads do it for the coins').includes('pressure'));
  });
  it('a fake verification that asks for a private picture is the early script; a friend saying cheeky is not', () => {
    const verify = [
      'X: your profile was reported, we need to verify your age with a selfie',
      'Me: [photo]',
      'X: and one private photo for identity, it gets auto deleted',
    ];
    assert.equal(analyzeConversation(parseProbe(verify.join('\n')).messages).alert, true);
    assert.equal(analyzeConversation([{ sender: 'x', text: 'ur a bit cheeky today lol' }]).alert, false);
  });
});

describe('early steps from the development conversations early-24, first half (2026-12-04 night)', () => {
  // examples written for this test
  it("reads a school year only a child is in as the reader's age, after an age or school-year question", () => {
    const said = (answer: string) =>
      analyzeConversation([
        { sender: 'x', text: 'what grade are you?' },
        { sender: 'me', text: answer },
        { sender: 'x', text: 'send a pic in what you sleep in' },
      ]).explanation.includes('you said you are under 18');
    for (const answer of ['15', 'year 8', 'grade 9!', '9th', 'sophomore lol', 'primero de secundaria'])
      assert.equal(said(answer), true, answer);
    // a year no child is in is no age: "year 13" is not 13
    for (const answer of ['year 13', '12th grade', 'grade 12']) assert.equal(said(answer), false, answer);
  });
  it('reads clothes asked away in other words, a reward for answering, and "it\'s anonymised" as no example', () => {
    for (const text of [
      'one in minimal clothing',
      'now with fewer layers',
      'the bold one, wearing less',
      'una foto en pijama',
    ])
      assert.ok(stagesOf(text).includes('image_request'), text);
    assert.ok(stagesOf("there's a 30 voucher for it").includes('persona'));
    assert.ok(
      analyzeMessage("a photo in minimal clothing, it's anonymised").every((c) => c.context === undefined),
    );
    // a game's bundle is not "el pack"
    assert.deepEqual(stagesOf('ill gift u the starter pack'), []);
  });
});
