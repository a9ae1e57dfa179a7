// The acts of the script (issue 10, "acts, not phrases"): wording nobody wrote as a phrase must be
// recognised from its structure, explained by cues with spans, and everyday look-alikes stay quiet.
import { describe, it } from 'node:test';
import assert from '../../../test/assert.ts';
import { analyzeConversation, analyzeMessage } from './analyzer.ts';
import { analyseProbe, assertAlerts, assertQuiet, parseProbe } from '../../../test/detect-probes.ts';
import type { ConversationResult, Stage } from './types.ts';

type Line = [sender: string, text: string];
const run = (lines: Line[]): ConversationResult =>
  analyzeConversation(lines.map(([sender, text]) => ({ sender, text })));
const one = (text: string) => run([['them', text]]);
/** The stages of one message's cues. */
const stages = (text: string) => analyzeMessage(text).map((c) => c.stage);
/** The cue ids of one message's cues. */
const cueIds = (text: string) => analyzeMessage(text).map((c) => c.cue);

/** Every cue's span points at the words it names in the original text. */
function assertExplained(result: ConversationResult, lines: Line[]) {
  assert.ok(result.evidence.length > 0, 'an alert lists its cues');
  for (const cue of result.evidence) {
    const text = lines[cue.message][1];
    assert.equal(text.slice(cue.start, cue.end).slice(0, cue.text.length), cue.text);
  }
  assert.ok(result.reasons.length > 0);
}

describe('acts: the kinds of wording issue 10 lists raise an alert', () => {
  // self-contained lines: each alerts on its own
  const alone = [
    'transfer 300 now, otherwise every contact you have gets the clip',
    'I want the money by 9 or your whole school sees it',
    "pay us or we'll ruin your life with this photo, your family will get it first",
    'this goes up on every site unless you pay',
    "once you pay I'll delete it",
    "I still have your picture, don't test me",
    // variants of the same acts: inflections, we/I, words between the parts
    'we recorded a video of you and we are sending it to all your followers',
    'Your nudes go to your whole family tonight unless we get 200 dollars',
    'we already screenshotted your pics. posting them to every porn site if you dont transfer the money',
    'I have your videos saved. Give me 150 euros or they get posted everywhere',
    'either you send the money or I upload the clip to your school group',
  ];
  for (const text of alone) {
    it(text, () => {
      const result = one(text);
      assert.ok(result.alert, `${result.level} ${result.stages.join(',')}`);
      assertExplained(result, [['them', text]]);
      assert.equal(result.primary, 'them');
    });
  }

  // lines that are unmistakable in a chat or an e-mail: the same sender's other line alone stays
  // below an alert, and the line tips it
  const inContext: { line: string; context: string }[] = [
    { line: 'you have half an hour', context: 'i saved all your pics' },
    { line: 'I know hunter2 is your password', context: 'Pay in bitcoin within 48 hours.' },
    {
      line: 'Your browser was running my software with a keylogger.',
      context: 'Pay in bitcoin within 48 hours.',
    },
    { line: 'I made a split-screen video.', context: 'Pay in bitcoin within 48 hours.' },
    { line: "I'll know when you have read this.", context: 'Pay in bitcoin within 48 hours.' },
    { line: 'pay in bitcoin within 48 hours', context: 'I know hunter2 is your password.' },
  ];
  for (const { line, context } of inContext) {
    it(`${line} (after "${context}")`, () => {
      const before = one(context);
      assert.ok(!before.alert, `the context alone is ${before.level}`);
      const lines: Line[] = [
        ['them', context],
        ['them', line],
      ];
      const result = run(lines);
      assert.ok(result.alert, `${result.level} ${result.stages.join(',')}`);
      assertExplained(result, lines);
      assert.ok(
        result.evidence.some((c) => c.message === 1),
        'the new line is part of the explanation',
      );
    });
  }

  it('names each act in the cues of a message, with its span', () => {
    const text = 'once you pay I will delete it. you have half an hour';
    const cues = analyzeMessage(text);
    const ids = cues.map((c) => c.cue);
    assert.ok(ids.includes('act.delete_after_pay'), ids.join());
    assert.ok(ids.includes('act.conditional_pay'), ids.join());
    assert.ok(ids.includes('act.deadline'), ids.join());
    const deadline = cues.find((c) => c.cue === 'act.deadline');
    assert.equal(text.slice(deadline?.start, deadline?.end), 'you have half an hour');
  });

  it('keeps an e-mail built from these templates urgent', () => {
    const mail =
      'I know hunter2 is your password. Your browser was running my software with a keylogger and I made a split-screen video. ' +
      "I'll know when you have read this. Pay 900 USD in bitcoin within 48 hours or the video goes to all your contacts.";
    const result = one(mail);
    assert.equal(result.level, 'urgent');
  });
});

describe('acts in Spanish', () => {
  for (const text of [
    'paga 200 euros o mando tus fotos a todos tus contactos',
    'tengo tus fotos. si no me pagas se las mando a tu familia',
    'cuando me pagues borro todo. tienes media hora',
    'las fotos van a internet si no pagas hoy',
  ]) {
    it(`alerts: ${text}`, () => assert.ok(one(text).alert, one(text).level));
  }
  // the Rioplatense and Mexican "pasar" plata, and vos forms ("pasás", "transferí")
  for (const text of ['si no me pasás 200 dólares hoy', 'transferí 300 pesos ya', 'pasame la plata']) {
    it(`reads a demand: ${text}`, () =>
      assert.ok(one(text).stages.includes('demand'), one(text).stages.join()));
  }
  it('a mother asking for the shopping money back is no alert', () =>
    assert.ok(!one('pasame la plata del super que te debo').alert));
  for (const text of [
    'te mando las fotos de la excursion mañana',
    'mamá, ¿me pasas las fotos del cumple a mi correo?',
    'voy a subir el video del partido a instagram',
  ]) {
    it(`stays quiet: ${text}`, () => assert.ok(!one(text).alert, one(text).level));
  }
});

describe('acts: a claimed intrusion', () => {
  it('warns on a webcam e-mail cut before its demand (an intrusion and a recording claimed)', () => {
    const opening =
      "I'm a hacker who cracked your devices a few months ago. I created a double-screen video.";
    assert.equal(one(opening).level, 'warning');
  });

  it('does not warn on one claim alone, even matched by two cues', () => {
    assert.ok(!one('I know hunter2 is your password.').alert);
    assert.ok(!one('lol I hacked your account, change your password').alert);
  });
});

describe('acts: look-alikes stay quiet (no alert)', () => {
  const quiet: Line[][] = [
    [['mum', 'send me a pic of the new trainers']],
    [['amy', 'saw you on insta yesterday, love the dress']],
    [['sam', "send this to everyone you know or you'll have bad luck"]],
    [['sam', 'pay me back the 20 quid or else lol']],
    [['sam', 'haha I still have that pic of you from year 7']],
    [['landlord', 'you have 2 days to pay the invoice']],
    [['coach', 'we will post the video of the match on the team page']],
    [['dad', "I'll send it to your mum or dad, whoever is home"]],
    [['shop', "once you pay I'll send the tickets"]],
    [['auction', 'you can pay in bitcoin within 48 hours of the auction closing']],
    [['gamer', "don't test me, I will win this round"]],
    [['friend', 'we recorded you singing at the party lol']],
    [['it', 'I know your password is on a sticky note, change it']],
    [['app', "if you don't pay the subscription your videos go offline"]],
    [['friend', "I'll know when you have read this because of the blue ticks"]],
    [['streamer', 'the clip is going on my channel, everyone will see that goal']],
    [['streamer', 'this goes up on youtube tomorrow, subscribe!']],
    [['aunt', "i'll put up the video of the recital on the family whatsapp"]],
    [['it', 'the scam mail is spoofed so that it looks as if it was sent from your own email account']],
    [
      ['teacher', 'Scammers write things like "pay us or we will send your photo to your family".'],
      ['teacher', 'If someone says that to you, do not pay and tell an adult.'],
    ],
  ];
  for (const lines of quiet) {
    it(lines.map(([, t]) => t).join(' / '), () => {
      const result = run(lines);
      assert.ok(!result.alert, `${result.level} ${result.stages.join(',')}`);
    });
  }

  it('"saw you on insta" is not a move to another app', () => {
    assert.ok(!analyzeMessage('saw you on insta yesterday').some((c) => c.stage === 'move_platform'));
    assert.ok(analyzeMessage('are you on insta?').some((c) => c.stage === 'move_platform'));
  });

  it('"send me a pic of the new trainers" is not a request for a picture of the reader', () => {
    assert.ok(!analyzeMessage('send me a pic of the new trainers').some((c) => c.stage === 'image_request'));
    assert.ok(analyzeMessage('send me a pic of you').some((c) => c.stage === 'image_request'));
  });
});

describe('acts: fixed slips', () => {
  it('"videos" is a medium like "video" (inflection of a noun in -o)', () => {
    assert.ok(one('i will leak your videos').alert);
  });

  it('"your mum will love them" after "I have your pics from the wedding" is no threat', () => {
    const result = run([
      ['mia', 'I have your pics from the wedding'],
      ['mia', 'your mum will love them'],
    ]);
    assert.equal(result.alert, false, result.level);
  });
});

// Fresh-test-split round (2026-11-30): chat acts written as structures, examples written here.
describe('acts: chat threats without the usual words', () => {
  const run = (text: string) => analyzeConversation([{ sender: 'x', text }]);
  const alerts = [
    'send me 200 dollars on cashapp and I will delete everything',
    'i will make you famous on the internet with these pics',
    'you pay 400 dollars and nobody sees this',
    'Everyone at your school is gonna see what you sent me',
    'I made a group chat with your family and friends, pay or I add the video',
    'If you block me I will post everything. Send 100 dollars',
  ];
  for (const text of alerts)
    it(`alerts: ${text}`, () =>
      assert.ok(run(text).alert, `${run(text).level} ${run(text).stages.join(',')}`));
  const quiet = [
    'if you block me i will post the pics of the dog anyway lol',
    "i made a group chat with your family for grandma's birthday, pay me back for the cake or i add you to the committee",
    'everyone is gonna see what you did in the match lmao',
    'pay and nobody gets hurt lol',
  ];
  for (const text of quiet)
    it(`stays quiet: ${text}`, () =>
      assert.ok(!run(text).alert, `${run(text).level} ${run(text).reasons.join('; ')}`));
});

describe('acts (Spanish): mass-mail claims and threats', () => {
  const run = (text: string) => analyzeConversation([{ sender: 'x', text }]);
  const alerts = [
    'Tengo acceso completo a tu correo y a todos tus contactos.',
    'He hackeado su ordenador y tengo control total de su dispositivo.',
    'Sus archivos ya están en mi servidor. Le doy 3 días para pagar 800 euros en bitcoin.',
    'Transfiera 900 euros a mi billetera de bitcoin o publicaré el vídeo en redes sociales.',
  ];
  for (const text of alerts)
    it(`alerts: ${text}`, () =>
      assert.ok(run(text).alert, `${run(text).level} ${run(text).stages.join(',')}`));
  const quiet = [
    'tengo acceso a tu cuenta de netflix jaja',
    'o subo las fotos del viaje a instagram o no las ve nadie',
    'te mando las fotos del cumple a todos tus amigos',
  ];
  for (const text of quiet)
    it(`stays quiet: ${text}`, () =>
      assert.ok(!run(text).alert, `${run(text).level} ${run(text).reasons.join('; ')}`));
});

describe('acts (Spanish): the mass mail in the formal voice and chat threats in the present (2026-12-07, written for the tests)', () => {
  const run = (text: string) => analyzeConversation([{ sender: 'x', text }]);
  const threats = [
    'Si no me pagas hoy, mando tus fotos al grupo de la clase.',
    'si no me yapeas 200 soles se las mando, tu decides',
    'pagas hoy o la primera se va al grupo del salon',
    'Si no recibo el pago, el material será enviado automáticamente a sus familiares y compañeros.',
    'Si no paga la multa se informará a su familia y a su empleador.',
    'Si quiere que estas imágenes no lleguen a su esposa, transfiera 900 euros en bitcoin.',
  ];
  for (const text of threats)
    it(`reads the threat and alerts: ${text}`, () => {
      assert.ok(cueIds(text).includes('es.threat.share_images'), cueIds(text).join(' '));
      assert.ok(run(text).alert, `${run(text).level} ${run(text).stages.join(',')}`);
    });
  const quiet = [
    'mañana te quemo en el grupo del equipo con lo del karaoke jajaja',
    'si no vienes a la cena mando las fotos del viaje al grupo de la familia',
    'Procederemos a enviar la factura a su correo electrónico.',
  ];
  for (const text of quiet)
    it(`stays quiet: ${text}`, () =>
      assert.ok(!run(text).alert, `${run(text).level} ${run(text).reasons.join('; ')}`));
});

describe('acts: single lines of the fresh sets (2026-12-07, written for the tests)', () => {
  it('"pay or everyone sees" is the exposure, paying its condition; "pay attention or ..." is not', () => {
    assert.ok(cueIds('you pay now or everybody sees').includes('act.expose'));
    assert.ok(one('just pay or every1 sees').alert);
    assert.ok(!one('pay attention or everyone sees you trip on stage lol').alert);
  });
  it('a threat quoted by its reader, who says "i" after it, is their own story', () => {
    assert.equal(
      run([['me', 'he keeps texting "pay or every1 sees" and im so scared rn']]).toldAbout,
      'self',
    );
    assert.equal(
      run([['me', 'i read that these scammers write "pay or everyone sees" to scare people']]).toldAbout,
      null,
    );
    assert.equal(
      run([['me', 'my coach said "run faster or everyone sees you lose" i was like ok']]).toldAbout,
      null,
    );
  });
  it('"cash or the pics go out" and "pay up or tomorrow everyone has them" are the exposure; a photographer\'s deposit is not', () => {
    assert.ok(one('cash or the pics go out').alert);
    assert.ok(cueIds('pay up or tomorrow everyone has them').includes('act.expose'));
    assert.ok(!one('pay the deposit or the photos go out late, sorry').alert);
  });
  it('"give me 150 and this stays between us" sets the terms of silence; a hug does not', () => {
    assert.ok(cueIds('send me 150 and everything stays between us').includes('act.release_terms'));
    assert.ok(!cueIds('give me a hug and this stays between us').includes('act.release_terms'));
  });
});

describe('acts: silence for money, and menaces as questions', () => {
  const run = (text: string) => analyzeConversation([{ sender: 'x', text }]);
  it('"how much will you pay to keep this private" alerts; a price question does not', () => {
    assert.ok(run('how much are you willing to pay to keep this private').alert);
    assert.ok(!run('how much are you willing to pay for the bike').alert);
  });
  it('"send the money or I post" alerts', () => {
    assert.ok(run('you have 10 minutes to send the money or i post').alert);
  });
  it('"do you want your family to see this?" and "something you don\'t want your parents to see" need more', () => {
    assert.ok(!run('do you want your mum to see this? she will laugh at your haircut').alert);
    assert.ok(!run("I have something you don't want to see, your exam results lol").alert);
    assert.ok(run("I have something you don't want your parents to see. Send 50 dollars.").alert);
    assert.ok(run('Pay me 100 dollars. Do you want your family to see this?').alert);
  });
});

describe('acts (Spanish): pictures found and already posted', () => {
  it('"encontré tus fotos" with "ya las subí" and "todo el mundo va a saber" alerts', () => {
    const result = analyzeConversation([
      { sender: 'x', text: 'Encontré tus fotos. Todo el mundo va a saber quién eres' },
      { sender: 'x', text: 'Tus fotos ya las subí' },
    ]);
    assert.ok(result.alert, result.level);
  });
  it('a friend who uploaded the photos to the drive stays quiet', () => {
    const result = analyzeConversation([
      { sender: 'a', text: 'tus fotos ya las subí al drive, todo el mundo va a ver lo bien que salimos' },
    ]);
    assert.ok(!result.alert, result.level);
  });
});

describe('acts: exposure after a condition, in chat words', () => {
  const run = (text: string) => analyzeConversation([{ sender: 'x', text }]);
  it('"pay or your nudes go public" and "send more pics or I post the ones I have" alert', () => {
    assert.ok(run('Your choice: pay or your nudes go public').alert);
    assert.ok(run('send more pics or I post the ones I have').alert);
    assert.ok(!run('back up your phone or your photos will be deleted').alert, 'a storage notice');
  });
  it('"I\'ll leak it if you don\'t answer" counts next to a claim, not alone', () => {
    assert.ok(!run('ill leak it if you dont tell me who you like lol').alert, 'friends teasing');
    assert.ok(run("I have your pics. I'll leak it if you don't answer").alert);
  });
});

describe('acts: discussion markers that are not, proposals that are not negations', () => {
  const run = (text: string) => analyzeConversation([{ sender: 'x', text }]);
  it('a fake police letter quoting the Penal Code is not a news report', () => {
    const letter =
      'following a computer seizure via cyber-infiltration we inform you that you are subject to ' +
      'several legal proceedings according to the Penal Code';
    assert.ok(run(letter).alert);
    const cue = analyzeMessage(letter).find((c) => c.cue === 'act.legal');
    assert.ok(cue && !cue.context, 'the legal threat is not discounted');
    // a news report with "according to police" still is
    const news = analyzeMessage(
      'According to police, the man said you are subject to legal proceedings after a computer seizure',
    ).find((c) => c.cue === 'act.legal');
    assert.equal(news?.context, 'discussion');
  });
  it('"why don\'t we settle this another way" keeps its cue; "we don\'t" does not', () => {
    assert.ok(run('por qué no arreglamos de otra forma, entonces nadie ve tus videos').alert);
    const deal = (text: string) => analyzeMessage(text).some((c) => c.cue === 'es.act.deal');
    assert.ok(deal('¿por qué no arreglamos de otra forma y nadie ve tus videos?'));
    assert.ok(!deal('no arreglamos de otra forma y nadie ve tus videos'), 'a plain negation');
  });
  it('release on compliance over short messages is explained message by message', () => {
    const lines = ['Just like show', 'and it will be fast', 'and I will delete everything'];
    const result = analyzeConversation(lines.map((text) => ({ sender: 'x', text })));
    assert.ok(result.alert, result.level);
    const cue = result.evidence.find((c) => c.cue === 'act.release');
    assert.ok(cue?.parts && cue.parts.length >= 2, 'the cue names its part in each message');
    for (const part of cue.parts ?? [])
      assert.equal(lines[part.message].slice(part.start, part.end), part.text);
  });
  it("pictures of an event or a game are not the reader's", () => {
    assert.ok(!run("I'll send the photos from the wedding to your family tonight").alert);
    assert.ok(!run("i'm leaking your gameplay clip, that fail was hilarious").alert);
    assert.ok(run("I'll send your photos to your family tonight unless you pay").alert);
  });
  it('finds the second act in a sum with a deadline, a price of silence or a bare condition', () => {
    // examples written for this test; each line holds one threat and one demand or promise
    assertAlerts([
      'ur sister would be sad if she got the clip lol. $300 and she never does',
      'your cousins get the video tonight. $200 before noon',
      '$150 keeps it private. think fast',
      "he's getting the file at 6 unless you answer me",
      'you dont pay, i post. simple',
      'mándame 100 o lo subo al grupo de tu salón',
    ]);
    // the same words without a threat beside them
    assertQuiet([
      '$40 by friday for the concert tickets pls',
      'rent is 500 euros before monday, thanks',
      'it would be sad if grandma got sick before christmas',
      '200 or ur sister gets my old jacket back lol',
      'uploading 40 pics from the trip now',
    ]);
  });
  it('a countdown to the exposure is a threat; a countdown to anything else is not', () => {
    // examples written for this test
    assertAlerts([
      'ok 20 mins then ur pics are posted',
      'by midnight your whole team sees it',
      'sending it to your dad in 5... 4... 3...',
    ]);
    assertQuiet([
      "the premiere is in 10 mins then it's live!",
      "give me 10 mins then it's up on insta",
      'by tonight your mum knows i got an A',
      'posting in 3 2 1 lol the group selfie',
      "the shop opens in 10 mins, then it's everyone's turn",
      'sending to ur nan in 3... 2... (the photos from the wedding)',
    ]);
  });
  it('embarrassing but not intimate pictures of the reader are not the threat (friends joke)', () => {
    // examples written for this test
    assertQuiet([
      "hand over the chips or i'm sending ur baby pictures to the whole class 😂",
      'be nice or i post your 6th grade haircut on my story lol',
      "i'll send the vid of you dancing at the party to your crush unless you buy me lunch",
    ]);
    assertAlerts([
      "i'll send your pictures to your whole class unless you pay me 100",
      'i have your video from the shower, $200 or it goes to your family',
      // a longer description of the picture between the act and the audience
      "i'll send the video of you dancing naked to your friends unless you pay",
    ]);
  });
  it('a threat naming no picture points back at the innocent picture named before it', () => {
    // examples written for this test: in one message, and over the same sender's next messages
    assertQuiet([
      'got the vid of u snoring in the bus lmao, buy me fries or it goes in the team chat',
      'the pic of you crying at the dentist 😭 be nice or i show ur sister',
    ]);
    for (const messages of [
      ['i filmed u sneezing in class loool', 'gimme ur pudding or it goes to the whole grade'],
      ['we recorded that goal you missed 😂', 'it goes on the team story tonight unless u buy pizza'],
    ])
      assert.ok(!analyseProbe(messages).alert, messages.join(' / '));
    // Spanish (2026-12-02): "el video de ti cantando", "te grabé roncando"
    assertQuiet([
      'tengo la foto de ti llorando en el cine jaja, cómprame unas papas o va al grupo del curso',
    ]);
    assert.ok(
      !analyseProbe(['te pillé estornudando en clase jajaja', 'dame tu postre o lo subo al grupo']).alert,
    );
    assertAlerts(['tengo tus fotos desnuda, pásame 500 o van al grupo de la familia']);
    // another picture named in between, or in the same message, keeps the threat
    for (const messages of [
      ['the baby pic your mum sent me lol', 'anyway i have ur nudes', 'pay 200 or i send them to ur dad'],
      ['I have your nudes and the video of you singing. Pay or I send it to your mom'],
    ])
      assert.ok(analyseProbe(messages).alert, messages.join(' / '));
  });
  it('Spanish: an audience under a condition, "y nadie se entera", obedience as the price', () => {
    // examples written for this test
    assertAlerts([
      'mándame 200 por paypal y nadie se entera, si no, todo tu colegio lo va a ver',
      'vas a ser la burla de todo el salón, a menos que hagas lo que te digo',
      'transfiere hoy o tu jefe recibe un correo con tu video',
    ]);
    assertQuiet([
      'mi mamá dice que si no limpias tu cuarto lo ve tu papá',
      'Guardé las fotos de la graduación de tu hermana, te las subo al drive hoy',
      'a menos que hagas lo que te digo con la receta, el pastel no sube',
    ]);
  });
});

describe('acts from the fresh sets chat-12 and mail-9 (2026-12-03)', () => {
  // examples written for this test, variants of the dev lines' structures (not copies of them)
  it('the material as the subject under a condition, and "pay or its out"', () => {
    assertAlerts([
      'cash app me 80 or its posted',
      '$200 or its posted',
      'send the money or its in the family group chat',
      'if i dont get it by tonight your videos go public',
      'the second i notice you talking to anyone i release everything',
      'if u tell anyone its uploaded automatically',
      'send it before midnight or the link goes public',
      'pay by friday. if u dont its on a site with your full name',
      'my partner will upload it tonight if the payment is not received',
    ]);
    assertQuiet([
      'pay me back for the pizza or its coming out of your birthday money lol',
      '3 hours till the vid goes live on my channel!! set a reminder',
      'if you forget to back up, your files will be uploaded next time you connect',
      'the album will be shared with your family once you tap share',
      // a precision review of this round's phrases (2026-12-03): sellers, schools, clouds, creators
      "if it's sent before 5pm it arrives tomorrow",
      'if your photos are uploaded automatically, you can free up space on your phone',
      'if the photos are published in the yearbook we need a signed form',
      'if the video is released on friday we should watch it together',
      'as soon as i see the pics i will post them on the group',
      'pay by monday or its out of my hands',
      'buy before 5 or the link goes out of date',
      'check my store, if not its on the website',
      'My partner will post it if the payment goes through today',
      "i'll send it if the money arrives by friday",
    ]);
  });
  it("harm in the writer's voice counts as a threat only beside a demand or a claim", () => {
    assert.ok(analyseProbe(['send me 150 bucks', 'dont make me ruin ur life']).alert);
    assert.ok(analyseProbe(['i have your pics', 'i will ruin your reputation']).alert);
    assertQuiet([
      'dont make me ruin ur life by telling you the ending of the show',
      'bro dont make me ruin your life with this spreadsheet homework lol',
    ]);
  });
  it('the price of silence, and deletion once paid', () => {
    assertAlerts([
      'you want these private? privacy costs 300',
      'once you pay the pics get deleted, simple',
      'As soon as the payment arrives, all the footage is permanently erased.',
    ]);
    assertQuiet([
      'once you pay the invoice your account gets upgraded',
      'After payment, your order is removed from the queue and shipped.',
      'you want this quiet? then turn the music down',
    ]);
  });
  it('notices and scores are no device claims', () => {
    for (const text of [
      'our system logged you out for your security',
      'the software recorded your score, well done',
      'every click is logged for analytics as described in our privacy policy',
    ])
      assert.ok(!analyzeMessage(text).some((c) => c.stage === 'compromise_claim'), text);
  });
  it('passive device claims name the intrusion, and need a demand to alert', () => {
    const claims = [
      'Every keystroke you typed since June has been logged.',
      'My team has been recording your laptop screen for weeks.',
      'The group behind this letter has had access to your devices since spring.',
    ];
    for (const text of claims)
      assert.ok(
        analyzeMessage(text).some((c) => c.stage === 'compromise_claim'),
        `${text} names the intrusion`,
      );
    assert.ok(analyseProbe([`${claims[1]} Send 900 dollars in bitcoin.`]).alert);
    assertQuiet([
      'Apps that have access to your camera are listed in Settings.',
      'Every keystroke in this typing test is logged so you can see your speed.',
      "Hackers gained access to the retailer's systems; change your password if you shopped there.",
    ]);
  });
});

describe('"dont make me post them" and publishing their pictures (2026-12-03)', () => {
  // examples written for this test
  it('a coercion is no negation: "dont make me ..." / "no me obligues a ..." keep the threat', () => {
    assert.ok(analyzeMessage('dont make me send ur nudes').some((c) => c.stage === 'threat'));
    assert.ok(analyzeMessage('no me hagas mandarle el video a tu mamá').some((c) => c.stage === 'threat'));
    assert.ok(analyseProbe(['u owe me 100 by tonight', 'dont make me post ur pics']).alert);
    // a negation still is one
    assertQuiet(['i would never post your nudes', 'please dont post my pics', 'i will never post your pics']);
  });
  it('"i will post ur nudes" is a threat; "im gonna post ur pics" counts beside a demand', () => {
    assertAlerts(['i will post ur nudes', 'ima post all ur pics. 200 on cashapp or else']);
    const ids = (text: string) => analyzeMessage(text).map((c) => c.cue);
    assert.ok(ids('i will post ur nudes').includes('act.expose'));
    assert.ok(ids('im gonna post ur pics').includes('act.publish'));
    assertQuiet(['im gonna post ur pics from the party lol', "i'll post your pics from the game tonight"]);
  });
});

describe('acts from the fresh set chat-13, and look-alikes read as threats before (2026-12-03 pm)', () => {
  // examples written for this test
  it('the material going out or up under a condition; Spanish "o lo publico"', () => {
    assertAlerts([
      'do it tonight or ur pics are out',
      'half now. otherwise your videos go up',
      'the rest by 9 or everything goes out',
      '5 mins is all u got before ur pics go out',
      'i will upload you on facebook if you dont pay',
      'if you block me i will post it to everyone',
      'tienes una hora para mandarme la plata o lo subo',
      'pásame el bizum y borro todo, si no lo publico',
    ]);
    assertQuiet([
      'make your account private or your pics are out there for anyone',
      'edit it tonight or the video goes up unedited',
      'order by friday or your photos are out of stock',
      'súbelo tú o lo subo yo, me da igual',
    ]);
  });
  it("a shop's, a school's, a price's and a game's words are no threats", () => {
    assertQuiet([
      'if you order today, the photos are sent immediately to your inbox',
      'otherwise the photos will be handed to your child at school',
      'pay now or its going up to 50 next week',
      'we have had access to your account for the family plan',
      'i will ruin your life in fortnite tonight',
      'pay me 5 bucks or i show mum the pic of u sleeping',
      'that 1v3 clip is going viral lol',
    ]);
    // the same words about the reader's pictures still are
    assertAlerts([
      'if you dont pay, the photos are sent immediately to your family',
      'i will ruin your life',
    ]);
  });
});

describe('a payment confirmation is no demand (2026-12-03 pm)', () => {
  // examples written for this test
  it('"ok sending now" / "Payment sent ✓" from a friend who lends money raises nothing', () => {
    const result = analyzeConversation([
      { sender: 'sam', text: 'can u lend me 20 for the concert ticket' },
      { sender: 'jo', text: 'ok sending now' },
      { sender: 'jo', text: 'Payment sent ✓' },
      { sender: 'sam', text: 'omg ty ill pay u back friday' },
    ]);
    assert.ok(!result.stages.includes('demand'), result.reasons.join('; '));
    // a demand beside a confirmation still is one
    assertAlerts([
      'payment not received yet. send the 200 now or i post ur pics',
      'money received. now send another 300 or everyone sees it',
    ]);
  });

  it("a share of a shared cost is no demand: a friend's joke about last night's pics, then the pizza money", () => {
    const result = analyzeConversation([
      { sender: 'mo', text: 'imagine ur mom seeing the pics from last night 😂' },
      { sender: 'mo', text: 'send me 5 bucks for the pizza' },
    ]);
    assert.ok(!result.alert, result.reasons.join('; '));
    assert.ok(!analyseProbe('send me 20 for my half of the uber').stages.includes('demand'));
    // a price for the pictures still is a demand
    assertAlerts(['got ur pics. $50 for the pizza tonight or ur mom sees them']);
  });
});

describe('acts from dev-quoted chat-15 (2026-12-03 evening)', () => {
  // examples written for this test
  it("the reader's defence as the condition, the material named by a pronoun, in English and Spanish", () => {
    assertAlerts([
      "don't block me or I'll post them",
      'if you report me i upload it all',
      'if u go out with her im posting ur pics',
      'last warning, otherwise i begin with your dad',
      'si me denuncias lo subo a todas partes',
      'no me ignores o lo mando ya',
    ]);
    assertQuiet([
      'if you block me i will unblock you lol',
      'dont block me or i post that meme of you',
      'si te gusta, mañana la cuelgo en el blog del club',
    ]);
  });

  it('Spanish: burning them in the neighbourhood or the school, and "making them famous" beside a demand', () => {
    assertAlerts(['págame por Nequi o te quemo en todo el colegio', 'paga o te hago famosa']);
    assertQuiet(['con estas fotos te hago famosa, ya verás 📸', 'te quemo en el fifa esta noche']);
  });
});

describe('a price for deleting what they hold (2026-12-03 evening)', () => {
  // examples written for this test
  it("is a claim and a demand in one; an app's fee to remove ads or an account is not", () => {
    assertAlerts([
      'send 100 for the deletion',
      '$100 to delete it',
      '150 for deleting everything',
      'deletion costs 150',
      'deleting them costs 200',
    ]);
    assertQuiet([
      'pay 2.99 to remove ads',
      'it costs $5 to delete your account',
      'i paid 20 for the removal of the old shed',
      // a news report in the third person (a real dev item read as a demand before this was narrowed)
      'Police said the caller demanded 20,000 rupees for deleting the clip.',
    ]);
    const result = analyzeConversation([
      { sender: 'x', text: 'i still have those vids' },
      { sender: 'x', text: 'send 100 for the deletion or they go to ur whole class' },
    ]);
    assert.equal(result.level, 'urgent');
  });
});

describe('acts from chat-14 (offenders quoted by news) and early-14 (2026-12-03 pm)', () => {
  // examples written for this test
  it('a condition on leaving or replying, and "or you know what happens" beside a demand', () => {
    assertAlerts([
      'If you leave me, everyone gets the video.',
      'Last chance to answer me, otherwise they’re leaked.',
      'send $250 on cashapp or you know what happens',
      'Voy a subir tus fotos al grupo de la clase.',
      'Paga ya o te quemo en todas las redes.',
      'Mándame otra foto o subo la primera.',
    ]);
    assertQuiet([
      'pay me back the 20 quid or else lol',
      'pay me the 10 you owe or you know what happens 😂',
      'send the money tonight or I sell them to someone else',
      'Your family will see everything at the recital on Saturday',
      'I will ruin your life at Monopoly tonight',
      'i found your old pics lol send me $5 or everyone sees ur emo phase 😂',
    ]);
  });
  it('early steps: an intimate request by its clothes, a picture offered back, age probes', () => {
    assert.ok(stages('you first this time, shirt off').includes('image_request'));
    assert.ok(stages('like a bra pic, i’ll send mine').includes('image_sent_first'));
    assert.ok(stages('dm me here instead, the server is full of boys').includes('move_platform'));
    assert.ok(stages('your bio says 19, you look younger tbh').includes('persona'));
    for (const text of ['take your shoes off before you come in', 'get your shirt off the floor'])
      assert.ok(!stages(text).includes('image_request'), text);
    const script = analyzeConversation([
      { sender: 'kat', text: 'can i tell u a secret? do u ever send pics?' },
      { sender: 'rosie', text: 'no never' },
      { sender: 'kat', text: 'dm me here instead. like a bra pic, i’ll send mine' },
      { sender: 'rosie', text: 'no thats weird sorry' },
      { sender: 'kat', text: 'don’t be like that, i thought we were friends' },
    ]);
    assert.equal(script.level, 'warning');
  });
});

describe('demands in chat shapes (dev-quoted demands-18, first half, 2026-12-03 pm)', () => {
  // examples written for this test
  it('a demand against telling them to kill themselves, and a question or statement of paying, is a demand', () => {
    for (const text of [
      'pay up or kys',
      'kys or pay it, simple',
      'r u paying or not??',
      'so ur paying 400 tonight',
      'no cash no mercy',
    ])
      assert.ok(stages(text).includes('demand'), text);
    for (const text of [
      'kys noob',
      'are you paying for the pizza or is mike',
      'ur paying attention right?',
      'no pain no gain',
    ])
      assert.ok(!stages(text).includes('demand'), text);
  });
  it('a weaker exposure beside a demand: the reluctant poster, the video that drops or is on a server', () => {
    assertAlerts([
      'i dont want to post ur video but u gotta send 200 by tonight',
      'cashapp 150 or the clip drops in the server',
      'send 80 or ur pics are on the group chat by 6',
      'YOU ARE PAYING 300 OR IM DMING EVERYONE WHO FOLLOWS YOU',
      'you still owe me $250, dont make me send that video',
      'ur life is over unless u pay 400 tonight',
    ]);
    assertQuiet([
      'dont make me post that vid of u dancing lol',
      'the new video drops friday, dont miss it',
      'i dont want to post the pics but the coach said we have to',
      'venmo me for the pizza or ur dead lol',
    ]);
  });
  it('a deadline is not an offer of money, and a seller’s other buyer is not an audience', () => {
    assert.ok(!stages('I give you 40 hours to send the money').includes('persona'));
    assert.ok(stages('I give you 40 robux if you add me').includes('persona'));
    assertQuiet([
      'Still available for $90. I need the payment by Friday or I will sell it to someone else.',
      'There is an e-mail going around claiming somebody filmed you through your webcam and asking for bitcoin.',
    ]);
  });
});

describe('a claim given its everyday reason (dev-quoted claims-17 look-alikes, 2026-12-03 pm)', () => {
  // examples written for this test
  it('a password, a contacts list or remote access held for a reason the reader gave is no break-in', () => {
    assertQuiet([
      'i know ur spotify password cuz u told me to fix ur playlists',
      'I have your contacts because you asked me to move them to the new phone',
      'i got ur contact list for the party invitations, who else should i add',
      'As your IT technician, I have installed the security update on your laptop tonight.',
      'I keep a copy of your dental records because I am your dentist.',
      'i still have the video of u singing at the wedding, want me to send it to u?',
    ]);
  });
  it('a hacker’s reason, or the reason beside a demand and a threat, still counts', () => {
    assertAlerts([
      'I know your password because I hacked your router. Pay 400 in bitcoin or your contacts get the video.',
      'i have ur contacts bc u added me on snap, send 200 or they all see it',
      'I have every contact in your phone because my software is on it, and I have the video of you.',
    ]);
  });
});

describe('early steps from early-19 (2026-12-03 pm)', () => {
  // examples written for this test
  it('reads "whatcha wearing", "less top", a Spanish request without the jacket, and "ya manda"', () => {
    assert.ok(stages('hey cutie whatcha wearin tonight').includes('sexualisation'));
    assert.ok(stages('cute but less top next time').includes('image_request'));
    assert.ok(stages('mándame otra sin la sudadera').includes('image_request'));
    assert.ok(stages('ay ya mándala porfa').includes('image_request'));
    assert.ok(!stages('no salgas sin la chamarra que hace frío').includes('image_request'));
  });
  it('a reader who doubts the account is their friend makes the writer a stranger', () => {
    const said = (reply: string) =>
      analyzeConversation(
        parseProbe(
          `A: hey its mia, new acc\nB: ${reply}\nA: ur so cute. send me a pic\nB: idk\nA: cmon just one`,
        ).messages,
      ).explanation;
    for (const reply of ['wait is this really you?', 'u never call me that', '¿eres tú de verdad?'])
      assert.match(said(reply), /someone you don't know/, reply);
    assert.doesNotMatch(said('hiii'), /someone you don't know/);
  });
});

describe('wording from real public text (dev-real real-19, first half, 2026-12-03 pm)', () => {
  // examples written for this test
  it('reads a visit home under a condition, the material seen in a town, and a paid deletion', () => {
    assert.equal(one('si me bloqueas voy a tu escuela').level, 'warning');
    assert.ok(stages('tus fotos se verán en tu colegio y las verán tus padres').includes('threat'));
    assert.ok(
      stages('We will delete every file as soon as you come through with the payment').includes(
        'compromise_claim',
      ),
    );
    for (const text of [
      'si quieres vamos a tu casa a estudiar',
      'la verán tus padres en la obra del viernes',
    ])
      assert.notEqual(one(text).level, 'warning', text);
  });
  it('an amount being sent is no upload under way', () => {
    assert.ok(!stages('when you are sending £2,500 to a new payee, check it twice').includes('threat'));
    assert.ok(stages('Uploading... 60%').includes('threat'));
  });
});

describe('groups, staged uploads and Taglish (dev chat lines, 2026-12-04 late)', () => {
  // examples written for this test, not taken from any set
  it('reads any group the reader is in, named by "the whole ...", under a condition', () => {
    assertAlerts([
      'send another or the whole squad sees the one i have',
      'ur cousins are one click away from seeing ur pics. pay now',
    ]);
    // a game, homework or a group photo is not the reader's picture
    assertQuiet([
      'finish the quiz or the whole class gets detention',
      'the whole family has the photo from the wedding now',
    ]);
  });
  it('counts a staged upload or a posting time beside a demand or a claim, not alone', () => {
    assert.equal(one('i upload it tomorrow. unless you find the money').level, 'urgent');
    assert.equal(one('i have ur video. the clip is sitting in my drafts rn').level, 'urgent');
    assertQuiet([
      'the video is sitting in my drafts, posting the party edit tonight',
      'ill post it tonight, the party pics are sick',
    ]);
  });
  it('reads a Taglish age question and threat', () => {
    // the reader's "15" answers an age question in Taglish as it does one in English ("kumain ka na?": have you eaten?)
    const after = (question: string) => {
      const r = run([
        ['migs', question],
        ['paolo', '15'],
        ['migs', 'send a pic without ur shirt, the kind u wouldnt post'],
      ]);
      return [r.level, r.risk];
    };
    assert.deepEqual(after('ilang taon ka na?'), after('how old are u?'));
    assert.notDeepEqual(after('kumain ka na?'), after('how old are u?'));
    assert.equal(one('pag di ka nag send ng 2k sa gcash ikakalat ko sa gc ng section mo').level, 'urgent');
  });
});

describe("the mass mail's passive exposure and its greeting (dev mail lines, 2026-12-04 late)", () => {
  // examples written for this test, not taken from any set
  it('reads the recording sent or ready to be sent as the threat', () => {
    assert.equal(one('0.05 BTC is my last offer. Otherwise the recording is released.').level, 'urgent');
    assertAlerts(['The links are ready to be sent to all your colleagues at midnight.']);
    // a club's or a school's own video is no threat
    assertQuiet(['after that the photo is posted on the club page']);
  });
  it('counts a mailing that starts, or files that go out, beside a claim or a demand only', () => {
    assertAlerts(['I recorded you. At the deadline the mailing starts.']);
    assertQuiet(['the files go out tomorrow with the newsletter']);
    assert.ok(stages('The clip is cut and the only thing left is your payment.').includes('demand'));
  });
  it('reads the "hello pervert" greeting as sexual talk, which beside a claim is a warning', () => {
    assert.ok(stages('Hi pervert.').includes('sexualisation'));
    assertAlerts(['Hi pervert. I have recorded you.']);
    assertQuiet(['I have recorded you.']);
  });
});

describe('fake police summonses in other words (dev mail-7, mail-8, 2026-12-04 late)', () => {
  // examples written for this test, not taken from any set
  it('reads the accusation, the demand to justify oneself and the file sent to the media', () => {
    assert.equal(
      one(
        'Your IP address was linked to the possession of child pornography. Pay the fine of 900 euros within 48 hours.',
      ).alert,
      true,
    );
    assert.equal(
      one('You must justify yourself by email about the facts of paedophilia you are charged with.').alert,
      true,
    );
    assert.equal(
      one('Failing a reply, the dossier will be transmitted to the court and to the press.').alert,
      true,
    );
  });
  it('leaves news of a conviction and a real police warning alone', () => {
    assertQuiet([
      'The man was convicted on charges of child pornography, court records show.',
      'Police will never ask you to justify yourself by email or to pay a fine in bitcoin.',
    ]);
    assert.equal(one('Police will never ask you to justify yourself by email.').level, 'none');
  });
});

describe('Spanish mass mail and fake police in other words (dev mail lines, 2026-12-04 late)', () => {
  // examples written for this test, not taken from any set
  it('reads the audience that will receive the recording under a condition', () => {
    assertAlerts([
      'Si no paga antes del viernes, sus vecinos y su jefe recibirán el video.',
      'Si se niega, tus contactos verán la grabación.',
    ]);
  });
  it('reads the accusation and the fine of a fake summons', () => {
    assert.equal(
      one(
        'Usted ha sido identificado por descargar material pornográfico infantil. Abone la multa para cerrar el caso.',
      ).alert,
      true,
    );
    assert.equal(one('Si no abona la sanción hoy, su nombre será publicado en la prensa.').level, 'urgent');
    // a parking fine is not a summons
    assertQuiet(['si no pagas la multa del parking te llega una carta']);
    // the threat is to make a name public, not to share pictures, and the explanation says so
    const summons = one('Si no abona la sanción hoy, su expediente será remitido a la prensa.').explanation;
    assert.match(summons, /make your name public/);
    assert.doesNotMatch(summons, /share pictures or videos of you/);
  });
});

describe('exposure said as what everyone will see (dev chat lines, 2026-12-04 late)', () => {
  // examples written for this test, not taken from any set
  it('reads it beside a demand, or under a condition', () => {
    assert.equal(one('everybody in my class is gonna see ur video unless u send me 50').level, 'urgent');
    assertAlerts([
      'u have an hour before i start posting what u sent me',
      'so now everyone at work will see the photos you sent me',
    ]);
  });
  it('leaves praise, group photos and trips alone', () => {
    assertQuiet([
      'everyone is gonna see ur video at the talent show, its so good',
      'ur pics are on the school page from the trip!',
      'all of us get to see the pics u sent from the trip',
    ]);
  });
});

describe('silence or deletion bought with more pictures (dev chat lines, 2026-12-04 late)', () => {
  // examples written for this test, not taken from any set
  it('reads it as the threat it implies', () => {
    assert.equal(
      one('send 3 more vids this weekend, same as before, and nobody ever has to know').alert,
      true,
    );
    assert.equal(
      run([
        ['x', 'send me one more like last time and i will delete the rest'],
        ['x', 'you have 20 min'],
      ]).alert,
      true,
    );
    assertQuiet(['send more cookies and nobody has to know']);
  });
});

describe('the fake minor, impersonating accounts and obedience bought with silence (2026-12-05)', () => {
  // examples written for this test, not taken from any set
  it('reads the fake minor after a sexting chat: an accusation and a police report unless they pay', () => {
    assertAlerts([
      'you sent nude pics to a minor. send 300 or we go to the police',
      'the boy you were texting with is only 14 and his dad will report you unless you pay',
      // found trying the API: "texting" with no "to" or "with" after it
      'the girl you were texting is 14. her dad wants 800 or he goes to the police',
      'You are going to prison unless you pay us 800 dollars',
      'im going to report you for sexting a 15 year old',
    ]);
    const explanation = one('you sent nude pics to a minor. send 300 or we go to the police').explanation;
    assert.match(explanation, /report you to the police/);
  });
  it('leaves debts, warnings to back off and news of an arrest alone', () => {
    assertQuiet([
      'give me back the 40 or i go to the police',
      "you're going to jail unless you pay that speeding ticket lol",
      'the girl you were talking to is 15, leave her alone',
      'A man was arrested for sending explicit photos to a minor',
      'i reported him for messaging a minor',
    ]);
  });
  it('reads an impersonating account made for the pictures', () => {
    assertAlerts([
      'im making a fake profile with your pics and adding everyone you go to school with',
      'ur nudes are going on a fake page tonight',
    ]);
    assertQuiet([
      'somebody made a fake account with your photos, report it',
      'i made a fake account to see if he would reply lol',
    ]);
  });
  it('reads exposure of the reader to the people they know, and obedience bought with silence', () => {
    assertAlerts(['i will expose you to everybody you know', 'obey and no one ever sees them']);
    assertQuiet([
      'ill expose you to the best anime ever made',
      'cooperate and nobody gets hurt lol its a group project',
    ]);
  });
});

describe('the mass mail and the smear in other words (2026-12-05)', () => {
  // examples written for this test, not taken from any set
  it('reads a recording claim made while they watched, and the police who cannot help', () => {
    assertAlerts([
      'I was able to film you while you were enjoying those clips. Go to the police if you like, but they cannot stop me. The price is 800 USD in bitcoin.',
    ]);
    assertQuiet(['I managed to film you while you were singing at the wedding, so sweet']);
  });
  it('reads the smear as harm beside a demand, not alone', () => {
    assertAlerts(['pay 200 on cashapp or i make sure everybody thinks ur a predator']);
    assertQuiet(['everyone knows youre a noob lol', 'he said hed tell everyone i was a pedo, what do i do']);
  });
});

describe('the early script in other words (dev early-25, 2026-12-05)', () => {
  // examples written for this test, not taken from any set
  it('reads "how old" at the end of a message as the age question before a nude request', () => {
    const script = run([
      ['rec', 'our youth squad takes 13-16 only. how old'],
      ['me', '14'],
      ['rec', 'ok for the squad card we need a shirtless pic'],
    ]);
    assert.equal(script.alert, true);
    // the same request from someone told "24" stays below a warning
    const adult = run([
      ['rec', 'our squad takes anyone. how old'],
      ['me', '24'],
      ['rec', 'ok for the squad card we need a shirtless pic'],
    ]);
    assert.equal(adult.alert, false);
  });
  it('reads a push past a no: "all my boys do it, don\'t be a kid, you want the spot or not?"', () => {
    const pushed = run([
      ['coach', 'for the plan i need progress pics, shirt off'],
      ['me', 'is this really needed? feels weird'],
      ['coach', "all my boys do it, don't be a kid. you want the spot or not?"],
    ]);
    assert.equal(pushed.alert, true);
  });
  it('reads the picture going to a discord or a friends list under a condition, and a Spanish threat to tell', () => {
    assertAlerts([
      '$40 in steam cards tonight or ur pic goes in the guild discord',
      'pay or ur video gets sent to everyone on ur friends list',
      'Si le cuentas a tu mamá, las fotos de tu cuarto llegan al grupo del colegio.',
    ]);
  });
  it('reads a Spanish mentor who asks the school year, then for a picture with less on', () => {
    const script = run([
      ['mentor', 'Me pidieron ayudar a los nuevos del club. ¿En qué curso vai?'],
      ['me', 'tercero, 14 años'],
      ['mentor', 'pasémonos a telegram. ahora una con menos ropa'],
    ]);
    assert.equal(script.alert, true);
    // someone recounting what they were asked stays a discussion
    assertQuiet(['me pidieron fotos con menos ropa y no las mandé, qué hago']);
  });
  it('leaves the "or" of truth or dare alone', () => {
    const dare = run([
      ['lex', 'truth or dare ollie'],
      ['ollie', 'dare obviously'],
      ['lex', 'send the last pic in ur camera roll no cheating'],
    ]);
    assert.equal(dare.alert, false);
  });
});

describe('the early script in other words (dev early-26, 2026-12-05)', () => {
  // examples written for this test, not taken from any set
  it('reads a picture after the shower asked of a child, pushed past "thats weird"', () => {
    const script = run([
      ['plug', 'how old r u, 15?'],
      ['me', '15 ya'],
      ['plug', 'send a pic straight out of the shower, just so i know ur real'],
      ['me', 'thats weird'],
      ['plug', 'thought u were chill. everyone who trades with me does it'],
    ]);
    assert.equal(script.alert, true);
  });
  it('reads "nobody else in the house?" beside a camera call, and a chat that gets it unless', () => {
    assert.equal(
      analyzeMessage('cam on from ur bed. nobody else in the house?').some((c) => c.stage === 'secrecy'),
      true,
    );
    assertAlerts(['the whole hockey chat gets it unless u send two more tonight']);
    assertQuiet(['the whole hockey chat gets it unless u tell me the score first lol']);
  });
  it("reads a sponsor's money for a picture as an offer, not a demand", () => {
    const cues = analyzeMessage('our sponsors pay £40 for a behind the scenes pic from your room');
    assert.equal(
      cues.some((c) => c.stage === 'demand'),
      false,
    );
  });
  it('reads the Spanish threat to post the ones already held', () => {
    assertAlerts(['pues las que ya tengo van a la página de confesiones de tu cole esta noche']);
  });
});

describe('a sale between a buyer and a teen (found trying sale chats on the engine, 2026-12-05)', () => {
  // examples written for this test, not taken from any set
  it('reads more pictures of the item, the buyer paying and the address asked for delivery as no threat', () => {
    const sale = run([
      ['buyer', 'hey still got the hoodie?'],
      ['me', 'yes'],
      ['buyer', 'send more pics of it'],
      ['me', '[photo]'],
      ['buyer', "i'll send the money now, send me your address"],
    ]);
    assert.equal(sale.alert, false);
    // more of the reader's own pictures is still a demand
    assert.equal(
      analyzeMessage('send more pics or i post them').some((c) => c.cue === 'demand.more_images'),
      true,
    );
  });
});

/** The writer's opening line, the reader's reply, then the line under test from the same writer. */
const afterOpening = (opening: string, text: string, reply = 'what do you mean') =>
  run([
    ['them', opening],
    ['me', reply],
    ['them', text],
  ]);
const CLAIM = 'i saved every pic you sent me';

describe('a grammar of threat lines after a claim (2026-12-05)', () => {
  // Lines made from slots (verb × material × a group named with "the"), not phrases: every combination must read as
  // the threat once the same person claimed the reader's pictures. Examples written for this test.
  const afterClaim = (text: string) => afterOpening(CLAIM, text);
  it('reads the material going to a group named with "the", whatever the verb', () => {
    for (const verb of ['drop', 'dump', 'plaster', 'broadcast', 'pass around', 'post', 'send'])
      for (const material of ['these', 'your pics', 'what you sent'])
        for (const group of [
          'in the class gc',
          'to the lads',
          'in the year 10 group chat',
          'on the school page',
        ]) {
          const text = `ill ${verb} ${material} ${group}`;
          assert.ok(afterClaim(text).alert, text);
        }
  });
  it('reads harm, reactions and "one click" in other words', () => {
    for (const text of [
      'the girls will receive your pics',
      'your pastor would freak out over those photos',
      'your family will disown you',
      'kiss your scholarship goodbye',
      'you will never live this down',
      'nobody will ever look at you the same',
      'the whole school will know what you really are',
    ])
      assert.ok(afterClaim(text).alert, text);
    assertAlerts([
      'one message and your whole family is looking at those photos',
      'i hit send and your boss has the screenshots',
    ]);
  });
  it('a friend sharing the trip photos with the class, or teasing, is no threat', () => {
    for (const text of [
      'ill drop the pics in the class gc',
      'the lads will love these',
      'ill post these in the gc after the trip',
      'the girls will see the pics from the party tomorrow',
      'one click and the whole family can see the wedding album online',
      'your future is gone if you fail this exam lol',
      'you will never live this down haha',
    ]) {
      const result = run([
        ['a', 'omg the trip was so fun'],
        ['b', text],
      ]);
      assert.ok(!result.alert, text);
    }
    assert.ok(!stages('i will send the photos to the class folder').includes('threat'));
  });
  it('reads malware slipped or deployed, material backed up or copied, and money dropped', () => {
    for (const text of [
      'We uploaded a virus on your laptop',
      'My team deployed a malicious program on all your devices',
      'I slipped a RAT on your system',
      'we backed up what you showed me on cam',
      'i made copies of your nudes',
    ])
      assert.ok(stages(text).includes('compromise_claim'), text);
    assert.ok(stages('drop the money by tonight').includes('demand'));
    assert.ok(afterClaim('drop $200 by tonight').alert);
    for (const text of ['ill drop the money for the pizza tomorrow', 'made copies of the worksheet for you'])
      assert.deepEqual(stages(text), [], text);
  });
});

describe('a threat naming a group, said as what it is (2026-12-05)', () => {
  // examples written for this test
  const HINT = 'hinting that people you know could see something of yours';
  const THREAT = 'threatening to share pictures';
  it('is worth a second look alone, where it was quiet, and said as a possibility', () => {
    const alone = run([['them', 'ill put ur pics on the year 9 server']]);
    assert.equal(alone.level, 'watch');
    assert.deepEqual(alone.stageLabels, [HINT]);
    const reminded = afterOpening(
      'u remember the vid u sent me last week',
      'the vid goes to the lads tonight',
    );
    assert.equal(reminded.level, 'watch');
  });
  it('is named a threat once the chat alerts, whichever came first', () => {
    const claimFirst = afterOpening(CLAIM, 'ill dump those in the form group');
    assert.ok(claimFirst.alert);
    assert.equal(claimFirst.stageLabels[claimFirst.stages.indexOf('threat')], THREAT);
    assert.match(
      claimFirst.reasons.join('\n'),
      /^threatening to share pictures: "ill dump those in the form group"/m,
    );
    const threatFirst = afterOpening('ill dump those in the form group', CLAIM);
    assert.ok(threatFirst.alert);
    assert.equal(threatFirst.stageLabels[threatFirst.stages.indexOf('threat')], THREAT);
  });
  it('a hint stays a hint, and the same words between people who know each other raise no alert', () => {
    const hinted = afterOpening(CLAIM, 'bet ur coach would love to see them');
    assert.ok(hinted.alert);
    assert.notEqual(hinted.stageLabels[hinted.stages.indexOf('threat')], THREAT);
    const tease = run([
      ['a', 'lol ur mum is so funny, tell her hi from me'],
      ['b', 'haha she says hi back, love u'],
      ['a', 'love u too babe x'],
      ['b', 'ok the bday pics are done'],
      ['a', 'ill post them in the family gc later'],
    ]);
    assert.ok(!tease.alert);
  });
});

describe('found trying chats as a user would (2026-12-05)', () => {
  // examples written for this test; each was a wrong answer before
  it('Spanish: "a menos que me deposites", "por nequi o se riega el video", "tienes hasta las 9"; a price that goes up is none', () => {
    assert.ok(stages('a menos que me transfieras hoy, todos lo ven').includes('demand'));
    const cues = stages('yapeame 300 por yape o se filtran tus fotos');
    assert.ok(cues.includes('demand') && cues.includes('threat'), cues.join(','));
    assert.ok(stages('tenes hasta las 10').includes('pressure'));
    assert.ok(!stages('compralo ya o se suben los precios').includes('threat'));
    assert.ok(!run([['v', 'compralo hoy o se sube el precio, quedan pocas']]).alert);
  });
  it('pidgin and short bargaining: "if you no pay", "send the money let me delete", "want me to start posting them?"', () => {
    assert.ok(stages('i dey expose you if you no pay').includes('demand'));
    assert.ok(stages('transfer the cash let me wipe everything').includes('demand'));
    assert.ok(stages('u want me to start sharing them?').includes('threat'));
    assert.deepEqual(stages('want me to start sending the invites?'), []);
    assert.deepEqual(stages('pay me back let me delete the game lol'), []);
    // "am" and "i am going to" as the writer's own voice
    assert.ok(stages('am gonna leak ur pics to ur school').includes('threat'));
    assert.ok(stages('we are going to post ur nudes on ur class page').includes('threat'));
    assert.deepEqual(stages('i am going to send mum the pics from the wedding'), []);
  });
  it('"to avoid this recording being forwarded to your contacts" is the threat', () => {
    assert.ok(stages('To avoid the footage being shared with your family, pay 300 euros').includes('threat'));
  });
  it('"delete these msgs after", the sharing already begun, and "want me to stop sending?"', () => {
    assert.ok(stages('delete these texts once u read them').includes('secrecy'));
    assert.deepEqual(stages('can u delete the msgs from the group chat'), []);
    assert.ok(stages('2 of ur classmates already saw it').includes('threat'));
    assert.ok(stages('u want me to stop leaking?').includes('threat'));
    assert.deepEqual(stages('want me to stop by later?'), []);
  });
  it('a promise that nobody will see, or an offer to go first, is no threat when read after a request', () => {
    const promise = run([
      ['r', 'hey'],
      ['r', 'ur so pretty'],
      ['r', 'send me a pic in ur bra'],
      ['r', 'no one will see i swear'],
    ]);
    assert.ok(!promise.stages.includes('threat'), promise.reasons.join('; '));
    assert.ok(promise.stages.includes('secrecy'));
    const offer = run([
      ['r', 'wanna swap pics?'],
      ['r', 'u know what kind 😏 ill go first'],
    ]);
    assert.ok(!offer.stages.includes('threat'), offer.reasons.join('; '));
    // said under a demand, it still is one
    assert.equal(
      run([
        ['r', 'i have the video'],
        ['r', 'pay 200 and nobody will see it'],
      ]).level,
      'urgent',
    );
  });
  it('reads "everyone sees what u did on call" after a block and a deadline as the threat it is, not a memory of it', () => {
    const result = run([
      ['x', 'u blocked me so i made another acc'],
      ['x', 'u got till 9 tonight'],
      ['x', 'then everybody sees what u did on facetime'],
    ]);
    assert.equal(result.level, 'urgent');
    assert.ok(!stages('lol everybody saw what u did on facetime last night').includes('threat'));
  });
  it("a collage made of the reader's own nudes is a claim over them, not a fake picture", () => {
    const cues = stages('listen. we made a collage of your nudes next to your followers');
    assert.ok(cues.includes('compromise_claim'));
    assert.ok(!cues.includes('deepfake_threat'));
    assert.deepEqual(stages('made a collage of your photos from the holiday'), []);
  });
  it('reads a sum before "or" as a demand, and a price given loosely as none', () => {
    assert.ok(stages('300 quid or the vid goes up').includes('demand'));
    assert.ok(stages('send 80 bucks or more pics, ur choice').includes('demand'));
    for (const text of ['30 dollars or less is ok for the jacket', 'its about 15 quid or 20 i think'])
      assert.ok(!stages(text).includes('demand'), text);
  });
  it('names the fake officer\'s "or you will be arrested" a threat to report, not a hint', () => {
    const result = one(
      'this is the cyber police. pay a fine of 400 dollars in 48 hours or you will be prosecuted',
    );
    assert.ok(result.alert);
    assert.equal(
      result.stageLabels[result.stages.indexOf('threat')],
      'threatening to report you or make your name public',
    );
  });
  it("asking whether the reader still has the writer's own picture is no claim over the reader's", () => {
    assert.ok(!stages('do u still have the pic i sent u from the pool').includes('compromise_claim'));
    assert.ok(stages('i still have the pic u sent me').includes('compromise_claim'));
  });
  it('reads a private call "just us" as secrecy, and a business\'s private calls as none', () => {
    assert.ok(stages('lets have a private facetime tonight').includes('secrecy'));
    assert.ok(stages('wanna video call tonight just you and me').includes('secrecy'));
    assert.deepEqual(stages('our tutors offer private calls on weekdays'), []);
  });
  it('reads "your private content" as the material, "wanna test me?" as a menace, the reader\'s dignity priced', () => {
    assert.ok(stages('we got ur private content saved').includes('compromise_claim'));
    assert.ok(stages('do u wanna test me').includes('pressure'));
    assert.ok(stages('how much is your reputation worth to you').includes('demand'));
    assert.ok(!stages('how much is your car worth').includes('demand'));
    const result = run([
      ['x', 'we got ur private content saved'],
      ['x', 'we post everything to your followers unless you cooperate'],
    ]);
    assert.equal(result.level, 'urgent');
  });
  it('an aunt sending a document and telling the reader to pass it to their mother is no threat (Spanish)', () => {
    for (const text of [
      'te lo mando ahora, pero pásaselo a tu papá y guárdalo',
      'se la mando a tu mamá para que la firme',
    ])
      assert.ok(!stages(text).includes('threat'), text);
    assert.ok(stages('contesta o mando esta a tu hermana').includes('threat'));
    assert.ok(stages('si no pagas voy a subirlas a todos tus contactos').includes('threat'));
  });
  it('reads e-mail templates written for this test: the fake police fine, the price of silence, material reaching people', () => {
    const police = one(
      'Notice: your computer was used to access prohibited material. To avoid prosecution you are required to pay 300 GBP today.',
    );
    assert.equal(police.level, 'urgent');
    assert.equal(
      police.stageLabels[police.stages.indexOf('threat')],
      'threatening to report you or make your name public',
    );
    assert.ok(stages('1,000 dollars is a small price for my silence').includes('demand'));
    assert.ok(stages('pay now to prevent your recordings reaching your contacts').includes('threat'));
    assert.ok(stages('we gathered hours of footage from your camera').includes('compromise_claim'));
    for (const text of [
      'we collected your answers for the survey',
      'to avoid late fees please pay by friday',
    ])
      assert.deepEqual(stages(text), [], text);
  });
  it('reads going viral unless, "no choice but to show", and a sum needed by tomorrow', () => {
    const viral = run([
      ['x', 'ur going viral by midnight unless u sort me out'],
      ['x', '90 on venmo'],
    ]);
    assert.equal(viral.level, 'urgent');
    const reluctant = run([
      ['x', 'look i hate doing this'],
      ['x', 'but i want 150 by tomorrow'],
      ['x', 'otherwise i have no choice but to expose u'],
    ]);
    assert.equal(reluctant.level, 'urgent');
    assert.ok(!stages('ur gonna go viral or get banned lol').includes('demand'));
    assert.ok(!one('ur gonna go viral or get banned lol').alert);
  });
  it('"now send one ..." after the reader answered a request with a picture is more asked for, not a picture sent first', () => {
    const result = run([
      ['bo', 'send me a pic'],
      ['me', 'why'],
      ['bo', 'pls just one'],
      ['me', 'idk'],
      ['bo', 'cmon'],
      ['me', 'ok [image]'],
      ['bo', 'cute. now send one in ur bra'],
    ]);
    assert.ok(!result.stages.includes('image_sent_first'), result.stages.join());
    assert.ok(result.stages.includes('image_request'));
    const traded = run([
      ['bo', 'send me a pic'],
      ['bo', '[image] thats me'],
      ['bo', 'now send yours'],
    ]);
    assert.ok(traded.stages.includes('image_sent_first'));
  });
  it('an ex\'s "if u leave me ill send everyone those pics" alerts by itself', () => {
    const result = one('if you dump me ill send everybody those nudes');
    assert.ok(result.alert);
    assert.equal(result.stageLabels[result.stages.indexOf('threat')], 'threatening to share pictures');
    assert.ok(!one('if you want ill send everybody the pics').alert);
  });
});

describe('more pictures, Spanish and partners in other words (a grammar of the script, 2026-12-05)', () => {
  // examples written for this test
  const afterClaim = (text: string) => afterOpening('tengo todas las fotos que me mandaste', text, '??');
  it('reads more asked under a menace, by itself only where an audience is named', () => {
    assertAlerts(['keep sending or everyone sees']);
    for (const text of ['send more or else', 'you owe me more pics', 'i need a video this time'])
      assert.ok(stages(text).includes('demand'), text);
    assertQuiet(['send me more or else ill cry', 'keep sending them or ill be sad lol']);
  });
  it('reads the Spanish material going to the internet, a group or a school beside a claim', () => {
    for (const text of [
      'las subo a internet',
      'tus fotos van al grupo del colegio',
      'voy a difundir tus fotos',
    ])
      assert.ok(afterClaim(text).alert, text);
    assertQuiet([
      'Cuando el estafador consigue tus fotos, te dice que las publicará en todas las redes si no pagas',
    ]);
  });
  it('reads the mass mail’s associates as the writer’s side', () => {
    assertAlerts(['my associates will release the video to your employer if we do not receive payment']);
  });
});

describe('the exposure with no one named (a grammar of the script, 2026-12-05)', () => {
  // examples written for this test
  const lines = [
    "everyone's gonna see",
    "you'll be exposed",
    "i'll expose you",
    "it's going public",
    "they're going up tonight",
    'hope you like being famous',
    'your secret is out',
    "i've got the post ready",
  ];
  it('reads it as the threat after a claim', () => {
    for (const text of lines) assert.ok(afterOpening(CLAIM, text).alert, text);
  });
  it('leaves it to friends after anything else', () => {
    for (const text of lines)
      assert.ok(!afterOpening('my bus was late again this morning', text).alert, text);
  });
});

describe('a price in other words (a grammar of the script, 2026-12-05)', () => {
  // examples written for this test
  it('reads a fee, a buy-back, a paid deletion, a parent’s card and gift-card codes as a demand', () => {
    for (const text of [
      'my fee is 200',
      'it costs you 300 to make this go away',
      'you can buy them back for 300',
      'for 200 ill delete everything',
      'ask your parents for the money',
      'use your moms card',
      'wire it to my account',
      'scratch it off the card then snap me a photo',
      'send the code from the back',
    ])
      assert.ok(stages(text).includes('demand'), text);
  });
  it('a price alone, a tutor’s fee or a school trip raises nothing', () => {
    for (const text of [
      'the price is 50 for the jacket',
      'my fee is 20 an hour for tutoring',
      'ask your parents for the money for the trip',
    ])
      assert.equal(one(text).level, 'none', text);
  });
});

describe('hiding from a parent is secrecy, not a threat (found on the Help page, 2026-12-05)', () => {
  // examples written for this test
  it('"use vanish mode so ur mum doesnt see" asks for secrecy and names no threat', () => {
    for (const text of ['use vanish mode so ur mum doesnt see', 'delete it so your parents dont find out']) {
      assert.ok(stages(text).includes('secrecy'), text);
      assert.ok(!stages(text).includes('threat'), text);
    }
  });
  it('a price for a parent not finding out is still the threat', () => {
    for (const text of ['pay 200 so your dad doesnt find out', 'pay 200 and your dad never finds out'])
      assert.equal(one(text).level, 'urgent', text);
    assert.equal(one('send me 20 and ill get you a ticket').level, 'none');
  });
});

describe('the early script from a grammar of its lines (2026-12-05)', () => {
  // examples written for this test
  const childAsked = (question: string, answer: string) =>
    run([
      ['them', 'hey'],
      ['me', 'hi'],
      ['them', question],
      ['me', answer],
      ['them', 'send me a pic in ur bikini'],
    ]);
  it('reads the age asked in other words, so a child’s answer ties the nude request to them', () => {
    for (const question of [
      'what age r u',
      'how young are you',
      'are you in middle school',
      'you still in school?',
      'are you even 18',
      'when were you born',
      'u in 8th grade?',
      'old enough to drive?',
    ])
      assert.ok(childAsked(question, '14').alert, question);
    assert.ok(!childAsked('what did you have for lunch', '14').alert);
  });
  it('reads secrecy, another app, an offer and a mirror picture in other words', () => {
    const has = (text: string, stage: Stage) => assert.ok(stages(text).includes(stage), text);
    for (const text of [
      'use vanish mode',
      'turn on disappearing messages',
      'clear our messages after',
      'is ur door locked',
    ])
      has(text, 'secrecy');
    for (const text of ['download wickr', 'add my other account', 'lets go to dms'])
      has(text, 'move_platform');
    for (const text of ['i can get you followers', 'i can make u an influencer', 'i work for an agency'])
      has(text, 'persona');
    for (const text of ['mirror pic?', 'show me whats under the towel']) has(text, 'image_request');
    assert.ok(!stages('show me whats under the hood of ur car').includes('image_request'));
  });
});

describe('the threat and the early script in other words (tried as a user, 2026-12-05 evening)', () => {
  // examples written for this test
  it('reads the pictures "going on" a place under a condition, and the choice put plainly', () => {
    for (const text of [
      'if i dont get 50 quid by friday ur pics go on the school group chat',
      'this clip is going on pornhub and twitter tonight unless i get paid',
      'this is going online unless you send me the money',
      'send 100 or ur nudes go in the group chat',
      'u have 2 options. pay or get exposed',
    ])
      assert.ok(one(text).alert, text);
    for (const text of [
      'if you dont come to practice your photos go on the team page anyway',
      'the pics from sports day go on the school page tomorrow',
      'is it going on sale online unless they sell out',
      'or the video goes on youtube tomorrow, depends on editing',
      'the vid is going on youtube unless it rains and we cant film',
      'pay your share or you get kicked from the group',
    ])
      assert.equal(one(text).level, 'none', text);
  });
  it('reads everyone the reader knows seeing them naked, not a mum on a dress', () => {
    assert.equal(one('everybody u know is gonna see u naked. last chance').level, 'urgent');
    assert.equal(one('everybody u know is gonna see u in that dress lol').level, 'none');
    assert.ok(one('everyone you love will get them tonight').alert);
  });
  it('reads a broken-English mass mail: "will be send", "if you will not make payment"', () => {
    const mail =
      'ATTENTION: we have copy of your web camera records. All of them will be send to your friends from social networks if you will not make payment of 800 EUR.';
    assert.equal(one(mail).level, 'urgent');
    assert.ok(stages('if you will not make payment of 800 EUR').includes('demand'));
    for (const text of [
      'please make payment of 20 GBP for the school trip by friday',
      'if you will not be home, the parcel will be send to the post office',
    ])
      assert.equal(one(text).level, 'none', text);
  });
  it('reads a video claim with what it shows', () => {
    const possession = (text: string) => analyzeMessage(text).some((c) => c.cue === 'act.possession');
    assert.ok(possession('i have u on video doing sexual stuff'));
    assert.ok(!possession('i have you on speaker hold on'));
    assert.ok(!possession('lol i got you on camera doing the worm at the party'));
  });
  it('reads the opening question and a promise not to keep the picture in a chat before any threat', () => {
    const chat = run([
      ['them', 'u up?'],
      ['me', 'yeah'],
      ['them', 'cant sleep. thinking about u'],
      ['me', 'haha really?'],
      ['them', 'ye. u ever sent pics before?'],
      ['me', 'like what'],
      ['them', "u know 😉 i'll go first if u promise not to screenshot"],
    ]);
    assert.ok(chat.alert);
    assert.ok(stages('u ever sent pics before?').includes('sexualisation'));
    assert.ok(stages('promise not to screenshot').includes('secrecy'));
    for (const text of [
      'have you ever sent pics before on this app? it keeps failing for me',
      'promise not to screenshot my bad hair day lol',
    ])
      assert.equal(one(text).level, 'none', text);
  });
  it('reads "u know what kind" after a picture asked for as the kind of picture', () => {
    const chat = run([
      ['them', 'yo i play fortnite too, add me'],
      ['me', 'sure'],
      ['them', 'i can get u vbucks if u want'],
      ['them', 'just need a pic for verification lol'],
      ['them', 'u know what kind 😏'],
    ]);
    assert.ok(chat.alert);
    assert.ok(chat.stages.includes('image_request'));
    assert.equal(one('send me a pic of the shoes, you know what kind i mean').level, 'none');
  });
  it('reads "or he sees them" beside a demand, not a friend\'s "or she gets it"', () => {
    assert.equal(one('i kept all of it. send 100 or he sees them').level, 'urgent');
    assert.ok(!one('pick up the phone or she gets it, shes furious lol').alert);
  });
  it('reads pictures of an event and a joke price as no request and no demand', () => {
    assert.ok(
      !stages('can u send me the pics from saturdays game? my mum wants them').includes('image_request'),
    );
    assert.ok(stages('send me a pic in that dress from the party').includes('image_request'));
    assert.ok(!stages('ok fine but u have to pay me in cookies').includes('demand'));
    assert.ok(stages('pay me in gift cards').includes('demand'));
  });
  it('reads "no cap", "no joke" and "not gonna lie" as no negation', () => {
    for (const text of [
      'no cap ill drop ur nudes in the year 11 gc rn',
      'not gonna lie ill post ur nudes if u dont pay',
    ])
      assert.ok(one(text).alert, text);
    assert.ok(!one('no i will never post your nudes, i promise').alert);
  });
  it('reads "no big deal" and "no pressure" as no negation of the push that follows', () => {
    assert.ok(stages('no big deal everyone does it').includes('pressure'));
    assert.ok(stages('everyone in our grade does it, just send one').includes('pressure'));
    assert.ok(!stages('no i dont think everyone does it').includes('pressure'));
  });
  it('reads the slang of a threat beside a demand or a claim', () => {
    assert.ok(stages('or its over for u').includes('pressure'));
    assert.ok(stages('till then ur pics stay in my gallery').includes('compromise_claim'));
    assert.ok(stages('dont be dumb. u kno what happens if u block me').includes('threat'));
    for (const text of [
      'ur mom is gonna get a nice surprise in her inbox on her bday 🎁',
      'u know what happens if u leave the oven on',
      'hurry up or its over for u, the sale ends at 5',
    ])
      assert.equal(one(text).level, 'none', text);
    assert.ok(!stages('yo send me the homework pic').includes('image_request'));
  });
  it("reads the mass mail's price and its material in other words", () => {
    for (const text of [
      'Among the data is a video file of you in an intimate situation. For the deletion of this file we ask a small compensation of 0.08 BTC.',
      'I have in my possession intimate footage of you. The amount of 1350 USD will be enough for me to forget about you forever.',
    ])
      assert.ok(one(text).alert, text);
    for (const text of [
      'We ask a small fee of 5 EUR for the delivery',
      'The police released a video of him in a compromising situation',
      'The amount of 20 pounds is enough for the gift',
    ])
      assert.equal(one(text).level, 'none', text);
    assert.ok(
      stages('The amount of 1350 USD will be enough for me to forget about you forever.').includes('demand'),
    );
  });
  it('reads a picture of a thing of theirs as no threat', () => {
    assert.equal(
      one("if you don't call me back I'm sending mum the screenshot of your grades").level,
      'none',
    );
    assert.equal(one('if u dont pay im sending ur dad the screenshot of ur nudes').level, 'urgent');
  });
  it('reads a Spanish "your life is over unless you pay" as pressure beside the demand', () => {
    assert.ok(stages('tu vida se acabó si no pagas').includes('pressure'));
    assert.ok(!stages('mi vida se acabó jaja perdí el examen').includes('pressure'));
    assert.ok(one('si le cuentas a alguien publico todo').alert);
    assert.equal(one('si me dices que si publico todo el album de la boda mañana').level, 'none');
    assert.equal(one('si le cuentas a alguien te mando todo lo que necesitas').level, 'none');
  });
});

describe('what the explanation says, and threats in other words (tried as a user, 2026-12-05 night)', () => {
  // examples written for this test
  it('explains a threat only hinted at as a hint, as its reason line does', () => {
    const result = run([
      ['them', 'send a pic'],
      ['me', '[photo]'],
      ['them', 'now pay me 100'],
    ]);
    assert.ok(result.alert, result.level);
    assert.ok(
      result.stageLabels.includes('hinting that people you know could see something of yours'),
      result.stageLabels.join(' / '),
    );
    assert.match(result.explanation, /hinted that people you know could see something of yours/);
    assert.doesNotMatch(result.explanation, /threatened to share pictures or videos of you/);
    // said outright, the threat is explained as one
    const outright = run([
      ['them', 'i have ur pics'],
      ['them', 'pay me 100 or ur family gets them'],
    ]);
    assert.match(outright.explanation, /threatened to share pictures or videos of you/);
  });
  it('explains sexual words that name what they threaten to share as the threat, not as sexual talk', () => {
    const lone = run([['them', 'im posting ur nudes on every page u follow']]);
    assert.ok(lone.stages.includes('sexualisation'), lone.stages.join(','));
    assert.doesNotMatch(lone.explanation, /turned sexual/);
    assert.match(lone.explanation, /threatened to share pictures/);
    const talked = run([
      ['them', 'ur so hot, are u horny rn?'],
      ['them', 'im posting ur nudes on every page u follow'],
    ]);
    assert.match(talked.explanation, /turned sexual/);
  });
  it('reads a price for making it all go away, not a dentist or a stain', () => {
    for (const text of [
      'I can make all of this go away for $300',
      'we can make it all go away for just 250 usd',
    ])
      assert.ok(one(text).alert, text);
    for (const text of [
      'i can make this stain go away for 20',
      'the dentist can make it go away for 80 pounds',
      'no way, make it go away for 10 minutes and ill be back',
    ])
      assert.equal(one(text).level, 'none', text);
  });
  it('reads a last warning before they post them, not before a group photo', () => {
    assert.ok(one('final warning before i leak them').alert, 'final warning before i leak them');
    for (const text of [
      'last chance before i post the group photo, anyone want to retake?',
      'final warning before i send the report cards home',
    ])
      assert.equal(one(text).level, 'none', text);
  });
  it("reads showing the reader's people what they sent as a threat said outright", () => {
    assert.ok(
      stages('then ill have to show your parents what you already sent').includes('threat'),
      'show your parents',
    );
    assert.ok(
      !stages('i showed my mum what you sent me and she loved it').includes('threat'),
      'showed my mum',
    );
    const result = run([
      ['them', 'we pay for a test shoot, just need a few photos first, in swimwear'],
      ['me', '[photo]'],
      ['them', 'now some without the swimwear, its standard'],
      ['me', 'i dont want to'],
      ['them', 'then ill have to show your parents what you already sent'],
    ]);
    assert.equal(result.level, 'urgent');
    assert.ok(result.stageLabels.includes('threatening to share pictures'), result.stageLabels.join(' / '));
    assert.ok(stages('ok now some without the bikini top').includes('image_request'), 'bikini top');
    // a friend asking for another picture of the outfit, then teasing: a hint, no alert
    const friend = run([
      ['them', 'send me a pic of u in the new dress'],
      ['me', '[photo]'],
      ['them', 'omg now one with the jacket'],
      ['me', 'no im lazy'],
      ['them', 'lol ill show ur mum what u sent she will love it'],
    ]);
    assert.equal(friend.level, 'watch');
  });
  it('reads one click away from sending after a claim, and a life ruined over a price', () => {
    const result = run([
      ['them', 'i kept every pic u sent me'],
      ['them', 'everything is set up. all we need to do is click upload'],
    ]);
    assert.equal(result.level, 'urgent');
    assert.ok(stages('so u want ur life ruined over 200 bucks?').includes('pressure'), 'life ruined');
    assert.ok(
      !stages('do you want your future ruined by bad grades? then skip revision').includes('threat'),
      'bad grades',
    );
  });
  it('explains "i will ruin your life" as a threat of harm, and reads it in Spanish', () => {
    const english = one('im going to ruin ur life');
    assert.equal(english.level, 'urgent');
    assert.ok(english.stageLabels.includes('threatening to ruin your life'), english.stageLabels.join(' / '));
    assert.doesNotMatch(english.explanation, /threatened to share pictures/);
    assert.equal(one('te voy a arruinar la vida').level, 'urgent');
    assert.equal(one('voy a arruinar la sorpresa jaja').level, 'none');
  });
  it('reads the Spanish twins of English threats', () => {
    for (const text of [
      'tus videos van a circular por todas partes',
      'ultima advertencia antes de filtrarlas',
    ])
      assert.ok(one(text).alert, text);
    assert.ok(stages('tienes 2 horas para pasarme la plata').includes('demand'), 'pasarme la plata');
    assert.equal(one('último aviso antes de subir las notas').level, 'none');
  });
  it('reads food for the price of "or everyone sees it" as a joke, unless it names the pictures', () => {
    for (const text of [
      'gimme the last slice of pizza or mum sees it lol',
      'buy us a boba or everybody sees it',
    ])
      assert.equal(one(text).level, 'none', text);
    assert.ok(one('buy me a coffee or everyone sees ur nudes').alert, 'coffee or nudes');
    assert.ok(one('send me 50 or everyone sees it').alert, 'send me 50');
  });
  it('reads "or its on the group page" beside a demand, and as a hint alone', () => {
    assert.equal(one('u got 2 hours to send 150 or its on the riverside high group page').level, 'urgent');
    assert.equal(one('hand in the permission slip or its on the school page as missing').level, 'watch');
  });
  it('reads a picture of an innocent place that says what it shows', () => {
    assert.equal(one('pay or i send everyone the vid of ur room when u were undressing').level, 'urgent');
    assert.equal(one('or i post the video of your room where you sing lol').level, 'none');
  });
});

describe('threats and claims in other words (tried as a user, 2026-12-05 late)', () => {
  // examples written for this test; the first lines are the usual start: a request, the reader's picture
  const afterPicture = (text: string, request = 'send me a selfie, ill send one back'): ConversationResult =>
    run([
      ['them', 'hiii'],
      ['me', 'hi'],
      ['them', request],
      ['me', '[image]'],
      ['them', text],
    ]);
  it('reads showing everyone what the reader sent as a threat, and a friend sharing a funny clip as none', () => {
    assert.ok(stages('ill show everybody what u sent').includes('threat'), 'the words alone');
    const threat = afterPicture('ill show everybody what u sent');
    assert.equal(threat.level, 'urgent', threat.stages.join(','));
    const friend = run([
      ['them', 'omg watch this dog clip'],
      ['me', '[video]'],
      ['them', 'hahaha im showing everyone what u sent, its the best'],
    ]);
    assert.equal(friend.alert, false, friend.level);
  });
  it("reads a picture of the reader kept on the writer's phone as a claim, in English and Spanish", () => {
    const claim = afterPicture('there is a vid of you on my laptop now. think carefully');
    assert.ok(claim.stages.includes('compromise_claim'), claim.stages.join(','));
    assert.ok(claim.alert, claim.level);
    assert.ok(
      stages('hay unas fotos tuyas en mi movil').includes('compromise_claim'),
      'fotos tuyas en mi movil',
    );
  });
  it('reads "i recorded all of that" after a call as a claim, and asking for a parent\'s account beside it as a threat', () => {
    assert.ok(stages('lol i captured all of this').includes('compromise_claim'), 'the words alone');
    const call = run([
      ['them', 'turn ur camera on'],
      ['me', 'ok'],
      ['me', '[video call ended]'],
      ['them', 'i filmed all of that btw'],
      ['them', 'wats ur dads snapchat'],
    ]);
    assert.equal(call.level, 'urgent', call.stages.join(','));
    for (const text of [
      "what's your mum's insta? she's in the match photos",
      'whats your dads facebook, mine wants to ask about the carpool',
    ])
      assert.equal(one(text).level, 'none', text);
  });
  it("reads a mail's clip going to every address in the inbox, and footage where the reader is seen, as what they are", () => {
    assert.ok(
      cueIds('If the payment is late, this video goes to every address in your inbox.').includes(
        'threat.public',
      ),
      'every address in your inbox',
    );
    assert.ok(
      cueIds('I now own footage where you can clearly be seen pleasuring yourself.').includes(
        'act.possession',
      ),
      'footage where you can be seen',
    );
  });
  it('reads a "spicy" truth or dare as sexual talk, and the game alone as none', () => {
    for (const text of ['lets do truth or dare but make it spicy', 'spicy truth or dare?'])
      assert.ok(stages(text).includes('sexualisation'), text);
    assert.deepEqual(stages('truth or dare ollie'), []);
  });
  it('reads the Spanish twins: a picture offered back, money asked about, deletion once paid, showing everyone', () => {
    assert.ok(cueIds('pásame un selfie y te paso otra').includes('es.sent_first'), 'te paso otra');
    assert.ok(stages('y cuánta plata traes?').includes('demand'), 'cuánta plata traes');
    assert.ok(
      cueIds('lo elimino apenas me deposites').includes('es.act.delete_after_pay'),
      'apenas me deposites',
    );
    assert.ok(stages('vamos a mostrarles a todos lo que me enviaste').includes('threat'), 'a todos');
    for (const text of ['pásame tu dirección y te mando una postal', 'ya borré las fotos del viaje'])
      assert.deepEqual(stages(text), [], text);
  });
  it('reads "u thought this was a game?" as menace', () => {
    assert.ok(stages('you think this is a joke??').includes('pressure'), 'a joke');
  });
  it('reads "block me and see what happens" as menace, in English and Spanish', () => {
    for (const text of [
      'go on, block me and watch what happens',
      'si me ignoras ya verás',
      'ignórame y vas a ver',
    ])
      assert.ok(stages(text).includes('pressure'), text);
    assert.equal(one('block me and see what happens lol').alert, false);
  });
});

describe('Spanish requests, demands and secrets (tried as a user, 2026-12-05 night)', () => {
  // examples written for this test; the usual start in Spanish: a request, a picture offered back, the reader's picture
  const afterPicture = (text: string): ConversationResult =>
    run([
      ['them', 'holaa'],
      ['me', 'hola'],
      ['them', '¿me envías una foto tuya? y yo te mando otra'],
      ['me', '[imagen]'],
      ['them', text],
    ]);
  it('reads a request put as a question ("¿me mandas unas fotos?") as one, and pictures of things as none', () => {
    for (const text of ['¿me mandas unas fotitos tuyas?', 'me muestras un video porfa'])
      assert.ok(stages(text).includes('image_request'), text);
    for (const text of ['¿me pasas una foto de los apuntes?', 'me mandas los videos del campamento?'])
      assert.ok(!stages(text).includes('image_request'), text);
    const mum = run([
      ['them', '¿me pasas una foto de la tarea?'],
      ['me', '[imagen]'],
      ['them', 'gracias cariño, te queda una hora para acabarla'],
    ]);
    assert.equal(mum.level, 'none', mum.stages.join(','));
  });
  it('reads a claim after the Spanish start as a warning, as in English', () => {
    const claim = afterPicture('ahora hay unos videos tuyos en mi celular');
    assert.ok(claim.stages.includes('image_request'), claim.stages.join(','));
    assert.ok(claim.alert, claim.level);
  });
  it('reads "quiero 80 euros" as a demand, and a friend wishing for birthday money as no alert', () => {
    assert.ok(cueIds('bueno, ahora necesito 80 euros').includes('es.demand.money'), 'necesito 80 euros');
    assert.ok(cueIds('exijo el dinero hoy').includes('es.demand.money'), 'exijo el dinero');
    const demand = afterPicture('ya la tengo guardada. dame 60 dolares');
    assert.ok(demand.stages.includes('demand'), demand.stages.join(','));
    const friend = run([
      ['them', 'quiero 40 euros para las zapatillas jaja'],
      ['me', 'pídeselos a tu tía'],
    ]);
    assert.equal(friend.alert, false, friend.level);
  });
  it('reads "que quede entre tú y yo" as secrecy, and "entre tú y yo" in a comparison as none', () => {
    for (const text of ['que esto quede entre tú y yo, vale?', 'será un secreto entre vos y yo'])
      assert.ok(stages(text).includes('secrecy'), text);
    assert.deepEqual(stages('la diferencia entre tú y yo es que yo madrugo'), []);
  });
});

describe('after the reader sent the intimate picture asked for (tried as a user, 2026-12-06)', () => {
  // examples written for this test: a request for an intimate picture, then the reader's answer
  const afterAnswer = (text: string, answer = '[image]'): ConversationResult =>
    run([
      ['them', 'heyy'],
      ['me', 'hey'],
      ['them', 'can u send one in ur underwear? ill send mine too'],
      ['me', answer],
      ['them', text],
    ]);
  it('reads money demanded outright, or with a deadline, as the script: a warning, saying why', () => {
    for (const text of ['send me 150 dollars', 'get me a 50 steam card', 'you have one hour to pay']) {
      const result = afterAnswer(text);
      assert.ok(result.alert, `${text}: ${result.level}`);
      assert.match(
        result.explanation,
        /After you sent the picture they asked for, they asked for money/,
        text,
      );
      assert.match(result.nextSteps[0], /Don't pay/, text);
    }
    // the reader said no: the same demand stays a second look
    const refused = afterAnswer('send me 150 dollars', 'no way');
    assert.equal(refused.level, 'watch', refused.stages.join(','));
    // more pictures asked for is no money asked for
    const more = afterAnswer('i want more pics');
    assert.ok(more.stages.includes('demand'), more.stages.join(','));
    assert.doesNotMatch(more.explanation, /they asked for money/);
  });
  it('keeps a bill split or a bet settled after the picture below an alert', () => {
    for (const text of [
      'ok now zelle me for the concert tickets lol',
      'can u cashapp me 20 till friday?',
      'haha pay up, u lost the bet',
      'i need 50 bucks for gas can u send it',
    ]) {
      const result = afterAnswer(text);
      assert.equal(result.alert, false, `${text}: ${result.level}`);
    }
  });
  it('counts a threat after the picture, and names a hint at the family without raising it', () => {
    const threat = afterAnswer('should i tag your school in it');
    assert.equal(threat.level, 'urgent', threat.stages.join(','));
    const hint = afterAnswer('your dad will love it');
    assert.equal(hint.level, 'watch', hint.stages.join(','));
    assert.ok(hint.stages.includes('threat'), 'the hint is named');
  });
  it('reads "im giving u til 9pm" as a deadline', () => {
    const cues = analyzeMessage('im giving u til 9pm').map((c) => c.cue);
    assert.ok(cues.includes('act.deadline'), cues.join(','));
  });
});

describe("a fee to remove the reader's pictures (tried as a user, 2026-12-06)", () => {
  // examples written for this test: the fake recovery service or "cyber police" that contacts people already threatened
  it('warns about a fee to remove pictures, in English and Spanish, and says nobody real charges for it', () => {
    for (const lines of [
      [
        ['them', "hello, i'm with an online safety agency. your private photos are being shared"],
        ['them', 'we can delete them from every website for a fee of 250 dollars'],
      ],
      [['them', 'our fee to remove your pictures is 400 dollars, paid in bitcoin']],
      [['them', 'podemos borrar tus fotos de internet por una cuota de 200 euros']],
    ] as Line[][]) {
      const result = run(lines);
      assert.equal(result.level, 'warning', `${lines.at(-1)?.[1]}: ${result.level}`);
      assert.match(result.reasons.join('\n'), /asking for money to remove your pictures/);
      assert.match(result.explanation, /Take It Down, StopNCII and Report Remove are free/);
      assert.doesNotMatch(
        result.stages.join(','),
        /threat/,
        'taking pictures down is no threat to post them',
      );
    }
  });
  it('keeps removing things for a fee, and free removal, below an alert', () => {
    for (const text of [
      'we can remove the old shed for a small fee',
      'how do i remove my photos from google for free',
      'i deleted the pics from the trip, the fee for the hotel is 200 dollars',
      'borré las fotos del viaje, el pago del hotel es 200 euros',
    ])
      assert.equal(one(text).alert, false, text);
  });
});

describe('single lines in other words (tried as a user, 2026-12-06)', () => {
  it('reads knowing every password the reader used as a claim', () => {
    assert.ok(
      cueIds('Listen carefully. I know every password you have used, including this one: hunter22.').includes(
        'act.password',
      ),
    );
    assert.deepEqual(cueIds('every password you use should be unique'), []);
  });
  it('reads asking for one without the underwear as an intimate request', () => {
    for (const text of ['send another one now. without the underwear', 'one without the boxers'])
      assert.ok(cueIds(text).includes('request.intimate'), text);
  });
  it("reads a scout's rate as an offer, not a demand, and their request for pictures as the early script", () => {
    assert.deepEqual(cueIds('we pay $200 per shoot'), ['persona.reward']);
    const scout = run([
      ['them', "hey gorgeous, I'm a model scout"],
      ['them', 'we pay $200 per shoot'],
      ['them', 'just send a few pics first, swimwear is best'],
    ]);
    assert.ok(scout.alert, scout.level);
    assert.ok(!scout.stages.includes('demand'), scout.stages.join(','));
  });
  it('reads ruining the reader with one post as the threat, and a game shot as none', () => {
    for (const text of ['I can ruin you with one post', 'i can destroy you with a single upload'])
      assert.ok(one(text).stages.includes('threat') && one(text).alert, text);
    assert.deepEqual(cueIds('he can destroy you with one shot in fortnite'), []);
  });
});

describe("the reader's picture said to be saved, and lines in other words (2026-12-06 morning)", () => {
  // examples written for this test, not taken from any corpus
  const afterAnswer = (
    text: string,
    request = 'send one without ur shirt',
    answer = '[image]',
  ): ConversationResult =>
    run([
      ['them', request],
      ['me', answer],
      ['them', text],
    ]);
  it('warns when whoever asked for the intimate picture says they saved it, and says why', () => {
    for (const text of ['screenshotted 😈', 'saved it lol', "ss'd 😏", 'i kept that one']) {
      const result = afterAnswer(text);
      assert.equal(result.level, 'warning', `${text}: ${result.level}`);
      assert.match(result.explanation, /they said they saved it/, text);
    }
  });
  it('reads the same in Spanish: the picture saved, a big mistake, sending begun after a deadline to pay', () => {
    for (const last of ['ya la guardé 😈', 'cometiste un gran error']) {
      const result = run([
        ['them', 'mándame una sin la camiseta'],
        ['me', '[imagen]'],
        ['them', last],
      ]);
      assert.equal(result.level, 'warning', `${last}: ${result.level}`);
    }
    assert.ok(one('tienes hasta el viernes para pagarme, luego empiezo a subirlas').alert);
    assert.equal(
      run([
        ['them', 'mándame una foto en la playa'],
        ['me', '[imagen]'],
        ['them', 'ya la guardé, qué bonita'],
      ]).alert,
      false,
    );
  });
  it('warns when they turn on the reader right after the picture, and gives the steps for a threat', () => {
    for (const text of [
      'huge mistake bro',
      'you fell for it',
      'whats ur dads insta?',
      'which school do u go to',
      'ok now listen carefully',
      'dont even think about reporting me',
    ]) {
      const result = afterAnswer(text);
      assert.equal(result.level, 'warning', `${text}: ${result.level}`);
      assert.match(result.explanation, /they turned on you/, text);
      assert.match(result.nextSteps.join('\n'), /Get images blocked/, text);
    }
    for (const text of [
      'is that ur brothers hoodie?',
      'what school do u play for?',
      'the green one? big mistake, the black one suited you way more',
      'hurry up and answer lol',
    ])
      assert.equal(afterAnswer(text).alert, false, text);
  });
  it('keeps a saved picture below an alert when it was not asked for as an intimate one, or not kept', () => {
    const quiet: [text: string, request?: string, answer?: string][] = [
      ['dont worry i didnt screenshot'],
      ['saved as my wallpaper 😍', 'send a pic in ur new bikini babe'],
      ['saved, thanks!!', 'send me a pic of the maths homework'],
    ];
    for (const [text, request, answer] of quiet) {
      const result = afterAnswer(text, request, answer);
      assert.equal(result.alert, false, `${text} after ${request ?? 'the request'}: ${result.level}`);
    }
    // said long after, among other talk, it is no answer to the picture
    const later = run([
      ['them', 'send one without ur shirt'],
      ['me', '[image]'],
      ['them', 'wow'],
      ['me', 'haha'],
      ['them', 'what u doing later'],
      ['me', 'nothing much'],
      ['them', 'saved the song u sent yesterday btw'],
    ]);
    assert.equal(later.alert, false, later.level);
  });
  it('reads "cough up" as paying, and being made famous under a condition as the threat', () => {
    assert.ok(cueIds('cough up 100 or ur famous tmrw').includes('demand.money'));
    assert.ok(cueIds('cough up 100 or ur famous tmrw').includes('act.expose_if'));
    assert.equal(
      run([
        ['them', 'i kept it'],
        ['them', 'cough up 100 or ur famous tmrw'],
      ]).level,
      'urgent',
    );
    assert.ok(!cueIds('win this or you will never be famous').includes('act.expose_if'));
    assert.deepEqual(cueIds('he started to cough up blood'), []);
  });
  it('reads starting to send after a deadline to pay as the threat', () => {
    const text = 'you have till 10 to pay, then i start posting';
    assert.ok(cueIds(text).includes('act.countdown_expose'), cueIds(text).join(','));
    assert.ok(one(text).alert);
    assert.ok(!cueIds('after that i start posting again, new blog soon').includes('act.countdown_expose'));
  });
  it('reads a threat to report the reader for sending nudes as an accusation', () => {
    const text = 'i will report you to the cops for sending nudes unless you pay me 300';
    assert.ok(cueIds(text).includes('act.accusation'), cueIds(text).join(','));
    assert.ok(one(text).alert, one(text).level);
  });
  it('reads spyware said to be on the device, and a split video described, as claims of the webcam e-mail', () => {
    assert.ok(cueIds('A keylogger has been installed on your laptop.').includes('act.device'));
    assert.ok(cueIds('I collected your chats and your browsing history.').includes('act.device'));
    assert.ok(
      cueIds('the clip showing you masturbating is on one side of the screen').includes('act.recorded'),
    );
    assert.deepEqual(cueIds('i made a video showing you how to fix the bike'), []);
  });
  it("reads the recording reaching the reader's people, and a life watched falling apart beside a price", () => {
    assert.ok(
      run([
        ['them', 'i still have the clip'],
        ['them', 'soon the clip will reach every one of your cousins'],
      ]).alert,
    );
    assert.equal(one('have the pics reached your nan yet? she asked for the beach ones').alert, false);
    const price = one('Two choices. Do nothing and watch your career collapse, or send 900 dollars.');
    assert.equal(price.level, 'urgent', price.stages.join(','));
    assert.equal(one('my whole world is falling apart lol, three exams tomorrow').alert, false);
  });
  it('reads seeing everything typed on the device as a claim, and a project seen as none', () => {
    assert.ok(cueIds('I managed to see everything you typed for months').includes('act.surveillance'));
    assert.ok(
      !cueIds('had the chance to see everything you did for the fair, so proud').includes('act.surveillance'),
    );
  });
  it('reads pidgin, Taglish and other wording of the threat', () => {
    for (const text of [
      'you tink say i dey joke? we go share am give all your people',
      'bet ill airdrop it to every boy in ur class',
      'send me more or i will make sure your whole team sees the last one',
      'magbayad ka or ipopost ko yung pics mo',
    ])
      assert.ok(one(text).alert, `${text}: ${one(text).level}`);
    for (const text of [
      'i go post the invites tomorrow morning',
      'i will make sure everyone sees the photos from sports day',
      'pay me 5 or you will be famous for being a cheapskate lol',
      'ill report you to the admins for sharing nudes in the group, its against the rules',
    ])
      assert.equal(one(text).alert, false, text);
  });
  it('reads "how much u got" as money asked about, and a mark as none', () => {
    assert.equal(
      run([
        ['them', 'i have ur pics'],
        ['them', 'tell me how much money you have'],
      ]).level,
      'warning',
    );
    assert.deepEqual(cueIds('so how much u have on the maths quiz?'), []);
  });
  it('reads "send something hot" as an intimate request, and something hot to eat as none', () => {
    assert.ok(cueIds('send me something hot before bed').includes('request.intimate'));
    assert.ok(!cueIds('send me something hot to eat').includes('request.intimate'));
  });
});

describe('turning on the reader in Spanish, read from each lexicon (2026-12-06)', () => {
  // examples written for this test, not taken from any corpus
  const afterPicture = (text: string, request = 'mándame una sin la camiseta 😏', answer = '[imagen]') =>
    run([
      ['them', request],
      ['me', answer],
      ['them', text],
    ]);
  it("warns when whoever asked for the picture asks after the reader's people or school, in Spanish too", () => {
    for (const text of [
      '¿cómo se llama tu mamá en face?',
      '¿cuál es el insta de tu papá?',
      '¿a qué colegio vas?',
      '¿en qué insti estudias?',
    ]) {
      const result = afterPicture(text);
      assert.equal(result.level, 'warning', `${text}: ${result.level}`);
      assert.match(result.explanation, /they turned on you/, text);
    }
    assert.equal(
      afterPicture('what school u go to?', 'send one without ur shirt', '[image]').level,
      'warning',
    );
  });
  it('warns on menace or harm in Spanish right after the picture', () => {
    for (const text of ['ni se te ocurra bloquearme', 'se te acabó el juego']) {
      const result = afterPicture(text);
      assert.equal(result.level, 'warning', `${text}: ${result.level}`);
      assert.match(result.explanation, /they turned on you/, text);
    }
  });
  it('keeps other questions and long ones below an alert', () => {
    for (const text of [
      '¿tu mamá vendrá a la fiesta?',
      'qué guapa. oye ¿a qué hora sales del cole?',
      '¿a qué colegio vas a ir el año que viene con tu prima?',
      'se acabó para ti la soltería 😘',
    ])
      assert.equal(afterPicture(text).alert, false, text);
    // a statement is no question: "is" leads only at the start, or second in a question
    assert.equal(afterPicture('this is my mums fb', 'send one without ur shirt', '[image]').alert, false);
    // the same question after a picture that was not asked for as an intimate one
    assert.equal(afterPicture('¿a qué colegio vas?', 'mándame una foto del examen', '[imagen]').alert, false);
  });
});

describe('Spanish lines for the English ones of the last rounds (2026-12-06)', () => {
  // examples written for this test, not taken from any corpus
  it('reads a request for a picture in underwear, or for "something sexy", as intimate, as in English', () => {
    assert.ok(cueIds('mándame una foto en sujetador').includes('es.request.intimate'));
    assert.ok(cueIds('pásame algo sexy cuando me agregues').includes('es.request.intimate'));
    const stranger = run([
      ['them', 'hola guapa'],
      ['me', '¿quién eres?'],
      ['them', 'no importa. mándame una foto en sujetador'],
    ]);
    assert.equal(stranger.level, 'warning', stranger.level);
    for (const text of [
      'una foto en bikini en la playa de ayer',
      'el video en boxers de mi hermano jaja',
      'pásame algo picante para cenar',
    ])
      assert.ok(!cueIds(text).includes('es.request.intimate'), text);
  });
  it('reads "suelta 100 o eres famoso", "me aseguro de que todos vean" and a report for sending nudes unless paid', () => {
    assert.ok(cueIds('suelta 100 o mañana eres famoso').includes('es.demand.money'));
    assert.ok(cueIds('suelta 100 o mañana eres famoso').includes('es.act.expose_if'));
    assert.ok(one('mándame más o me aseguro de que todos vean la primera').alert);
    const accused = 'te denuncio a la policía por mandar nudes si no me pagas 200';
    assert.ok(cueIds(accused).includes('es.act.accusation'), cueIds(accused).join(','));
    assert.ok(one(accused).alert, one(accused).level);
    assert.equal(
      run([
        ['them', 'tengo tu video'],
        ['them', 'págame 300 o mira cómo se derrumba tu vida'],
      ]).level,
      'urgent',
    );
  });
  it('keeps the look-alikes quiet', () => {
    for (const text of [
      'te voy a denunciar a la policia por mandarme nudes, asqueroso',
      'paga los 20 o eres famoso por tacaño jaja',
      'gana este partido o nunca serás famoso',
      'suelta el balón ya',
      'haz la tarea o me aseguro de que todos sepan que copiaste',
    ])
      assert.equal(one(text).alert, false, text);
  });
});

describe('a seller’s reminder is no threat (2026-12-06, written for the tests)', () => {
  it('reads "if you dont pay i send your parcel back" as a payment condition, not a threat to share', () => {
    for (const text of [
      'if you dont pay i send your parcel back',
      'if you dont pay by friday ill send another reminder',
      'if u dont pay today i post the order next week',
      'if you dont pay the rent by friday i will send the notice to your guarantor',
      'if you dont renew your membership we will share your spot with someone on the waiting list',
      'si no pagas el alquiler el viernes mando el aviso a tu avalista',
    ]) {
      const result = one(text);
      assert.ok(!result.alert, text);
      assert.ok(!result.stages.includes('threat'), text);
    }
    assertAlerts(['if u dont pay i send it', 'if you dont pay i send the video to your mum']);
  });
});

describe('the whole school in Spanish (2026-12-06, written for the tests)', () => {
  it('reads "a todo el instituto" as an audience, as "todo el colegio" was', () => {
    for (const text of ['voy a enseñar tus fotos a todo el instituto', 'o mando tu video a todo el insti'])
      assert.ok(
        analyzeMessage(text).some((c) => c.cue === 'es.act.expose'),
        text,
      );
    assert.ok(!one('mañana voy a ir a todo el instituto con la bici').alert);
  });
});

describe('a partner’s reassurance is no hint at an audience (2026-12-06, written for the tests)', () => {
  it('reads "dont worry no one else will ever see it" as no threat, and a paid silence still as one', () => {
    const couple = analyzeConversation([
      { sender: 'Sam', text: 'miss u babe' },
      { sender: 'Jo', text: 'miss u more 😘' },
      { sender: 'Sam', text: 'send me a pic of u in bed' },
      { sender: 'Jo', text: '[image]' },
      { sender: 'Sam', text: 'omg ur so hot, saving this forever' },
      { sender: 'Sam', text: 'dont worry no one else will ever see it' },
    ]);
    assert.ok(!couple.alert, `${couple.level} ${couple.stages.join(',')}`);
    assert.ok(!couple.stages.includes('threat'));
    const paid = analyzeConversation([
      { sender: 'x', text: 'i have ur nudes' },
      { sender: 'x', text: 'relax, pay 200 and nobody will see them' },
    ]);
    assert.equal(paid.level, 'urgent');
  });
});

describe('a price for making it go away, a copy kept, a menace (2026-12-06 afternoon, written for the tests)', () => {
  it('alerts on the price of making it all go away and on a copy kept, in English and Spanish', () => {
    assertAlerts([
      'this can all go away for 150',
      'make this go away for 200',
      'this all goes away when you pay',
      'nobody needs to know, as long as you pay',
      'i have a copy of everything you sent. 300 and its deleted forever',
      'pay or everyone will know',
      'esto puede desaparecer por 150 euros',
      'nadie tiene que enterarse, solo paga',
      '300 y lo borro para siempre',
    ]);
    for (const lines of [
      [
        ['x', 'nobody has to find out about this'],
        ['x', 'just send the money and its over'],
      ],
      [
        ['x', 'i have your pics'],
        ['x', "don't think i won't do it"],
      ],
      [
        ['x', 'i still have the video'],
        ['x', "i'm not asking again. money now"],
      ],
      [
        ['x', 'i have your nudes'],
        ['x', 'ur whole life is about to change if u ignore me'],
      ],
      [['x', 'i have your pictures and i know who your friends are']],
    ] satisfies Line[][])
      assert.ok(run(lines).alert, lines.map(([, t]) => t).join(' / '));
  });
  it('leaves the same words about bills, chores and holiday photos alone', () => {
    assertQuiet([
      "just send the money and we're done",
      'send me the money for the tickets and its done',
      "pay the deposit and it's over, the flat is yours",
      'the headache will go away if you rest',
      'nobody has to know you ate the last cookie',
      'nobody needs to know if you just send the report tomorrow',
      'make it go away for 5 minutes and then come back',
      'dont think i wont eat your chips',
      'im not asking again, clean your room',
      'i know who your friends are, you told me yesterday lol',
      'i saved every pic you sent from the holiday, so cute',
      'pay the bill or everyone will know we skipped it lol',
      'if u dont finish the homework ill post ur grades',
      'you dont do the homework, i post your marks',
      'nadie tiene que enterarse de que te comiste la tarta',
      'no te lo voy a pedir otra vez, ordena tu cuarto',
    ]);
  });
});

describe('a Spanish partner’s reassurance, as the English one (2026-12-06 afternoon, written for the tests)', () => {
  it('reads "la guardo para siempre" and "tranquilo, nadie más la va a ver" as no claim, and a paid silence still as one', () => {
    const couple = analyzeConversation([
      { sender: 'Ana', text: 'te extraño amor' },
      { sender: 'Leo', text: 'yo más 😘' },
      { sender: 'Ana', text: 'mándame una foto tuya en la cama' },
      { sender: 'Leo', text: '[imagen]' },
      { sender: 'Ana', text: 'qué guapo, la guardo para siempre' },
      { sender: 'Ana', text: 'tranquilo, nadie más la va a ver nunca' },
    ]);
    assert.ok(!couple.alert, `${couple.level} ${couple.stages.join(',')}`);
    assert.ok(!couple.stages.includes('compromise_claim') && !couple.stages.includes('secrecy'));
    // "la que lo guardó" is still someone who kept it, its words side by side
    assert.ok(analyzeMessage('alguien que lo guardó te va a escribir').some((c) => c.cue === 'es.act.kept'));
    const paid = analyzeConversation([
      { sender: 'x', text: 'tengo tus fotos' },
      { sender: 'x', text: 'tranquila, nadie más las va a ver si me pagas 200' },
    ]);
    assert.equal(paid.level, 'urgent');
  });
});

describe('a family that will see the pictures, pidgin "make i no post am" (2026-12-06 afternoon, written for the tests)', () => {
  it('alerts on the family seeing the reader’s nudes and on a reason to pay said in pidgin', () => {
    assertAlerts([
      'let me see how your family will feel when they see your nudes',
      'make i no post am. send money',
    ]);
    assert.ok(
      analyzeMessage('I will make u regret ever chatting me').some((c) => c.cue === 'act.harm'),
      'make you regret',
    );
    assertQuiet([
      'when they see your nude painting at the gallery they will love it',
      'when grandma sees your photos from the wedding she will cry',
      'i will make you regret not coming to the party lol',
    ]);
  });
});

describe('telling their people, someone else who will post it, a price then a promise (2026-12-06 evening, written for the tests)', () => {
  it('alerts on a threat to tell the reader’s people what they sent, in English and Spanish', () => {
    assertAlerts([
      'send another or i tell everyone u sent me that pic',
      'i will tell your parents you sent me nudes',
      'i’ll tell your whole school what you sent me unless you pay',
      'o le digo a tus padres que me mandaste fotos',
      'si no pagas le cuento a toda tu clase lo que me mandaste',
    ]);
    for (const text of [
      'i will tell your parents you sent me nudes',
      'o le digo a tus padres que me mandaste fotos',
    ])
      assert.ok(
        analyzeMessage(text).some((c) => c.cue.endsWith('act.tell')),
        text,
      );
    const told = one('send another or i tell everyone u sent me that pic');
    assert.ok(
      told.reasons.some((r) => /threatening to tell people you know what you sent/.test(r)),
      told.reasons.join(' / '),
    );
    assert.match(told.explanation, /tell your family, friends or school about what you sent/);
  });
  it('alerts when someone else is the one who will post it and the reader the one who pays', () => {
    assertAlerts([
      'they will leak everything unless you send 200 tonight',
      'my cousin will share the pics if u dont pay',
    ]);
  });
  it('reads a price and a promise, and a disappearing act with its price in the next sentence', () => {
    assert.ok(analyzeMessage('cash app me 150 and i wont share it').some((c) => c.cue === 'act.avert'));
    assert.ok(one('I can make this disappear. 250 in apple gift cards').alert);
    assert.ok(one('nobody has to see this if you cooperate').alert);
  });
  it('leaves siblings, memes, forms and errands alone', () => {
    assertQuiet([
      'if you dont do the dishes i will tell mum what you did',
      'ill tell everyone you sent me that meme lol',
      'they will post it unless you send the form back',
      'my brother will share the video of the match unless you pay him back the 5 quid',
      'give me 5 and i wont post the embarrassing birthday pic',
      '20 quid and i wont tell anyone',
      'o le digo a tu madre que me mandaste el meme',
      'le voy a contar a mama que me mandaste la foto del perro',
    ]);
  });
  it('alerts on a chat with a friend’s recording and its price, a veiled claim, a school that will see "the real you"', () => {
    for (const lines of [
      ['remember our call last night?', 'my mate recorded it. he wants 300 or he uploads it'],
      ['we both know what you did on that call', 'i kept a copy', 'how fast can you get 150'],
      [
        'im gonna make u famous 😂',
        'everyone at your school about to see the real u',
        'unless u wanna make a deal',
      ],
    ]) {
      const result = run(lines.map((text): Line => ['x', text]));
      assert.ok(result.alert, `${lines.join(' / ')}: ${result.level}`);
    }
    assertQuiet([
      'he wants 300 followers or he quits the channel',
      'how fast can you get 150 likes on this',
      'how soon can you pay me back the 20',
      'on stage tonight everyone is gonna see the real you, so proud',
      'i’ll give you my old phone unless you wanna make a deal for the new one',
    ]);
  });
  it('alerts on the turn after a fake persona: the reveal, the pictures kept, obedience', () => {
    const turned = run([
      ['x', 'did you really think i was a girl lmao'],
      ['x', 'your nudes are saved'],
      ['x', 'now you work for me'],
    ]);
    assert.ok(turned.alert, turned.level);
    assertQuiet([
      'mum here, last time im asking nicely: clean your room',
      'did you really think i was a girl? its me jake lol',
      'now you work for me at the shop on saturdays',
      'ur pics r saved in the shared album from the trip',
    ]);
  });
  it('reads a price by bizum for deleting what they hold, and a debt struck off a list as none', () => {
    const held = run([
      ['x', 'mira lo que tengo'],
      ['x', '[imagen]'],
      ['x', 'tu padre tiene facebook verdad?'],
      ['x', '60 por bizum y la borro'],
    ]);
    assert.ok(held.alert, held.level);
    assertQuiet([
      '20 euros y lo borro de la lista de la compra',
      'me pasas 20 por bizum y lo borro de la lista de deudas',
      '15 por bizum y la borro del grupo de la cena',
    ]);
  });
  it('reads a picture of a body part as an intimate request, not a doctor’s or a coach’s', () => {
    const intimate = (text: string) => analyzeMessage(text).some((c) => c.cue === 'request.intimate');
    assert.ok(intimate('dare: take a pic of ur chest'));
    assert.ok(intimate('send me a selfie of your bum'));
    assert.ok(!intimate('send me a pic of your chest x-ray when you get it'));
    assert.ok(!intimate('coach: send a pic of your chest strap heart rate reading'));
    // the same round: bodies, flashing, what is under the clothes; not a quiz's answers
    for (const text of ['show me ur boobs', 'flash me', 'what u look like under that hoodie'])
      assert.ok(intimate(text), text);
    assert.ok(!intimate('flash me the answers lol'));
    assert.ok(analyzeMessage('lemme see u').some((c) => c.stage === 'image_request'));
  });
  it('reads a victim’s own "unless i send" as their story, not as a threat', () => {
    const story = one('he will leak everything unless i send 200 tonight, what do i do');
    assert.equal(story.toldAbout, 'self');
    assert.ok(!story.alert, story.level);
    // an amount read as "money" in a story: sending pictures or to people, not a parcel sent back
    assert.equal(one('he wants 200 or he sends them to my family').toldAbout, 'self');
    assert.equal(one('she wants 20 or she sends it back to the shop').toldAbout, null);
  });
  it('alerts on a group made with the reader’s people and an offer to drop their nudes there, not on family photos', () => {
    for (const text of [
      'made a gc with all ur followers already, should i post ur nudes in there',
      'i added your dad and your brother to a groupchat so do i send the nudes or not',
    ]) {
      const result = one(text);
      assert.ok(result.alert, `${text}: ${result.level}`);
      assert.ok(
        result.evidence.some((e) => e.cue === 'act.expose_if'),
        text,
      );
    }
    for (const text of [
      'i made a group chat with your aunts for the reunion, want me to send it?',
      'i made a gc with your cousins for the ski trip, should i post the pics in there',
      'i added your mum to the group chat, want me to send what you sent me earlier? the recipe',
    ])
      assert.ok(!one(text).alert, text);
    // Spanish, the same round
    for (const text of [
      'arme un grupo con todos tus amigos, subo tus nudes ahi o que',
      'ya meti a tu papa en un grupo, quieres que pase tu pack?',
    ])
      assert.ok(
        one(text).evidence.some((e) => e.cue === 'es.act.expose_if'),
        text,
      );
    for (const text of [
      'hice un grupo con tu familia para la cena de navidad, quieres que mande las fotos de la cena?',
      'agregue a tu mama al grupo del cole, mando el link?',
    ])
      assert.ok(!one(text).alert, text);
  });
  it('reads a fake agency’s shots in underwear as an intimate request, not a bar’s shots or a flu shot', () => {
    const intimate = (text: string) => analyzeMessage(text).some((c) => c.cue === 'request.intimate');
    assert.ok(intimate('for the portfolio we need a few body shots, in your swimwear is ok'));
    assert.ok(intimate('we need snaps in lingerie for the catalogue'));
    for (const text of [
      'we did tequila shots in our swimsuits at the pool party',
      'got a flu shot in just my bra lol',
      'jello shots in the bath lol',
    ])
      assert.ok(!intimate(text), text);
    // the agency's script warns at its request, before the price for not publishing them
    const agency = run([
      ['them', 'hii, love your dance videos!! i scout for a talent agency'],
      ['me', 'omg thank you'],
      ['them', 'we just need a few body shots first, in underwear is fine'],
      ['them', 'its standard, only the casting team sees them'],
      ['me', '[image]'],
      ['them', 'good. the 200 fee is due today or the casting team posts these'],
    ]);
    assert.ok(agency.firstAlertAt !== null && agency.firstAlertAt < 5, String(agency.firstAlertAt));
    // its price with the casting team as the one who posts: a threat; a school team's consent slip is none
    const threat = (text: string) => analyzeMessage(text).some((c) => c.cue === 'act.expose_if');
    assert.ok(threat('the 150 is due by 6 or the casting team uploads your pics'));
    assert.ok(!threat('hand in the consent slip or our team posts your photos anyway'));
  });
  it('reads a scout who picks the reader by their age as a persona, so asking for more after the first pictures warns', () => {
    const scout = run([
      ['them', 'saw ur highlights reel, u play for riverside u13s?'],
      ['me', 'yeah'],
      ['them', 'i scout for a pro academy, we are signing players your age this month'],
      ['me', 'wow'],
      ['them', 'for the trial i need ur measurements, shirtless pics front and side'],
      ['me', '[image]'],
      ['them', 'now without the shorts, coaches need the full build'],
    ]);
    assert.ok(scout.alert, scout.level);
    // a club's own recruiting post names no age of the reader's and asks for no picture
    assert.equal(
      one('we are recruiting players of all ages for the summer camp, sign up on the club site').level,
      'none',
    );
  });
  it('reads "now whats under it 😏" after a first picture as asking for more, and "i wont screenshot" as the promise', () => {
    assert.ok(cueIds('now whats under that 😈').includes('request.intimate'));
    assert.ok(cueIds('ill never screenshot, u can trust me').includes('secrecy.nobody_sees'));
    assert.ok(!cueIds('move the box, now whats under it?').includes('request.intimate'));
    const chat = run([
      ['them', 'omg we have the same birthday month lol. u single?'],
      ['me', 'haha ya'],
      ['them', 'outfit pic? wanna see ur style'],
      ['me', '[image]'],
      ['them', 'ok now whats under it 😏 i wont screenshot promise'],
    ]);
    assert.equal(chat.firstAlertAt, 4);
  });
});

describe('acts: a hint backed in the same message, and the threats of the 12-06 evening round', () => {
  it("counts a hint at the reader's people when the same message prices their silence or demands money", () => {
    assert.ok(one('ur teammates will love this haha. unless u wanna make a deal').alert);
    assert.ok(one('your dad has facebook right? send 150 by tonight').alert);
    // the hint alone, or beside a demand read in the same words, stays below an alert
    assert.ok(!one('your dad has facebook right?').alert);
    assert.equal(one('your grandad is on facebook now haha, he loves posting cat pics').level, 'none');
  });
  it('reads "pay or be famous" and a release on an app tagging the reader\'s school as threats', () => {
    const threat = (text: string) =>
      analyzeMessage(text).some((c) => c.stage === 'threat' && c.weight >= 0.5);
    assert.ok(threat('two choices. pay or go viral'));
    assert.ok(threat('ima publish it on snapchat and tag your whole class'));
    assert.ok(!threat('pay attention or go home'));
    assert.ok(!threat('ima publish it on snapchat, the cake came out great'));
  });
  it("reads the mass mail's material with a clause before its verb, under a payment condition", () => {
    const expose = (text: string) => analyzeMessage(text).some((c) => c.cue === 'act.expose');
    assert.ok(
      expose(
        'The footage captured by your laptop webcam last month will be sent to your family unless payment arrives.',
      ),
    );
    assert.ok(
      !expose('The footage captured by the drone at the festival will be sent to your family next week.'),
    );
    // photos of an event, sold as prints: no threat
    assert.ok(
      !one(
        'The photos from the gala will be shared with your team if payment for the prints is received by Friday.',
      ).alert,
    );
  });
  it('reads "are you ready to have your life ruined" and "it will be worse for you" as scary words', () => {
    const pressure = (text: string) => analyzeMessage(text).some((c) => c.stage === 'pressure');
    assert.ok(pressure('are u ready to have ur life destroyed'));
    assert.ok(pressure('keep ignoring me, it will get worse for you'));
    assert.ok(!pressure('are you ready to have your life changed by this album'));
  });
});

describe('acts: the second batch of the 12-06 evening round', () => {
  it('reads paying "so i dont share it" as a price for silence, beside the demand it is', () => {
    assert.ok(one('how much can u pay so i dont post them').alert);
    assert.ok(!one('how much would u pay so i dont eat the last cookie').alert);
  });
  it('reads full access "including the camera" and a device that "picked up" malware as a claim', () => {
    assert.ok(
      stages('With that I got full access, including your camera and microphone.').includes(
        'compromise_claim',
      ),
    );
    assert.ok(stages('your phone picked up a trojan from that link').includes('compromise_claim'));
    assert.ok(
      !stages('we now have full access including the gallery of the museum').includes('compromise_claim'),
    );
    assert.ok(!stages('my phone picked up a virus from that site lol').includes('compromise_claim'));
  });
  it('reads a sum as money only when a currency, or nothing, follows it', () => {
    assert.ok(!stages('ok now send 3 pics in your uniform').includes('demand'));
    assert.ok(cueIds('send 200 by tonight').includes('demand.money'));
    assert.ok(cueIds('you must pay Rs 5,000 or else').includes('demand.money'));
  });
  it("reads the reader's whole family seeing their body as a threat, not their dance", () => {
    const threat = (text: string) =>
      analyzeMessage(text).some((c) => c.stage === 'threat' && c.weight >= 0.5);
    assert.ok(threat('ur entire family will see ur boobs'));
    assert.ok(!threat('your whole family will see your dance at the wedding'));
  });
  it('reads a fake agency\'s "its all confidential, dont mention it" as secrecy, so its swimwear request warns', () => {
    assert.ok(stages('its strictly confidential, dont mention it to your parents').includes('secrecy'));
    const agency = run([
      ['them', 'hi! you were picked from our open call for new faces'],
      ['me', 'omg really'],
      ['them', 'we just need test shots, swimwear preferred'],
      ['me', 'is there an age limit'],
      ['them', '13 and up is ok. its all confidential, dont mention it to anyone until you sign'],
      ['me', 'ok'],
      ['them', 'send 4 pics in swimwear, front and back'],
    ]);
    assert.ok(agency.alert, agency.level);
  });
});

describe('acts: look-alikes of the 12-06 evening round stay below an alert', () => {
  it("reads pictures going to the reader's people after an event, after a setting, or to their own address as no threat", () => {
    assert.ok(!one('the clip will be shared with your family chat after the christening').alert);
    assert.ok(!one('Your videos will be shared with your contacts once you enable backup.').alert);
    assert.ok(!one('Your proof photos will be emailed to your registered email once payment clears.').alert);
    assert.ok(!one('ima make u viral on tiktok with that routine').alert);
    // the same words with a deadline, a block or the reader's pictures stay threats
    assert.ok(one('the clip will be shared with your family chat after the deadline').alert);
    assert.ok(one('your videos will be sent to your contacts once you block me').alert);
  });
  it('reads a chore as the condition as teasing, in English and Spanish', () => {
    assert.ok(!one('if u dont clean ur room im sending the pic to ur nan lol').alert);
    assert.ok(!one('si no haces la cama le mando la foto a tu abuela jaja').alert);
    assert.ok(one('if u dont pay im sending the pic to ur nan').alert);
    assert.ok(one('si no pagas le mando la foto a tu abuela').alert);
  });
});

describe('acts: weaker threats of the 12-06 evening round count once something backs them', () => {
  it("reads an audience named rather than possessed as a weaker threat, which the reader's answered picture backs", () => {
    const chat = run([
      ['them', 'hey gorgeous'],
      ['me', 'hi'],
      ['them', 'send a pic in ur bra'],
      ['me', '[image]'],
      ['them', 'this is going to every parent at oakfield'],
    ]);
    assert.equal(chat.level, 'urgent');
    assert.equal(chat.firstAlertAt, 4);
    // the same words alone are at most worth a second look, and a family's cake is nothing
    assert.ok(!one('this is going to every parent at oakfield').alert);
    assert.equal(one('pizza is here, mum gets it first').level, 'none');
  });
  it('reads "one message and its over for you" and "you are done, everyone is gonna see" as publishing', () => {
    assert.ok(cueIds('one click and youre finished').includes('act.publish'));
    assert.ok(stages('ur done. everybody is about to see').includes('threat'));
    assert.ok(!cueIds('one click and the form is sent').includes('act.publish'));
  });
});

describe('acts: a fake photographer who pays for test pictures (12-06 evening round)', () => {
  it('reads a shoot paid for and "a teen fashion campaign" as the persona, so the underwear request warns', () => {
    const shoot = run([
      ['them', 'hi, we are booking faces for a teen swimwear campaign'],
      ['me', 'oh nice'],
      ['them', 'ur look is perfect. interested in getting paid for a shoot?'],
      ['me', 'how much'],
      ['them', '250 for some test photos. send a few in your underwear first'],
    ]);
    assert.ok(shoot.alert, shoot.level);
    // a real shoot's booking names no teen line, no test pictures and no underwear
    assert.equal(one('we are paying for a shoot at the zoo next week, bring your camera').level, 'none');
  });
});

describe('acts: threats and look-alikes from sets written after the 12-06 evening round', () => {
  it("reads threats in the words of a set written after the round's rules", () => {
    assert.ok(one('im giving u an hour. after that ur vids go out').alert);
    assert.ok(one('pay or ur photos end up on every platform').alert);
    assert.ok(one('i can erase it all tonight if u do as i say. 100 on venmo').alert);
    assert.ok(one('if u call the cops i post it before they pick up').alert);
    const sister = run([
      ['them', 'u got a brother right? bet hed love to see what u sent me'],
      ['them', '80 bucks and i forget i ever saw it'],
    ]);
    assert.ok(sister.alert, sister.level);
  });
  it("keeps a bank's monitoring notice, a friend's secret crush and an evening plan below an alert", () => {
    assert.ok(
      !one(
        'We have been monitoring your accounts for suspicious sign-ins. Confirm it was you within 24 hours.',
      ).alert,
    );
    assert.ok(!one('i know ur secret, u still like him lol. ur mum will find out eventually').alert);
    assert.ok(!one('after that ur pics go in the album, mum wants copies').alert);
    assert.ok(!one('lol ur so cooked, every boy in ur class saw u trip at the disco').alert);
  });
});

describe('acts: the night of 12-06 (fresh sets written after the rules)', () => {
  it('reads "dont pay and …" as the condition of the threat after it, not as advice', () => {
    const mail = one(
      'i saw everything on your cam. 1500 dollars in bitcoin, you got 3 days. dont pay and the whole family gets the video.',
    );
    assert.equal(mail.level, 'urgent');
    assert.ok(mail.evidence.some((e) => e.stage === 'threat' && !e.context));
    // advice still reads as advice
    assert.ok(
      analyzeMessage("Don't pay them and don't reply. Block and report.").every((c) => c.stage !== 'threat'),
    );
    assert.ok(
      analyzeMessage('dont pay the scammer and tell an adult, they send the same message to everyone').every(
        (c) => c.context === 'discussion' || c.stage !== 'threat',
      ),
    );
  });
  it('reads "look at the sender" as the mail pointing at its own proof, not a report about a scam', () => {
    const mail = one(
      'I have access to your account. I write from your own address, look at the sender. Pay 700$ in bitcoin, after payment I delete everything, otherwise the video goes to all your contacts.',
    );
    assert.equal(mail.level, 'urgent');
    assert.ok(mail.evidence.every((e) => e.context !== 'discussion'));
  });
  it('reads verbless threats and claims as spam and hurried chats write them', () => {
    assert.ok(cueIds('your laptop was hacked, i have cam video').includes('act.possession'));
    assert.ok(cueIds('48h or video to contacts').includes('act.expose'));
    assert.ok(cueIds('pay rn or pics to ur mom').includes('act.expose'));
    assert.ok(one('ur pc is hacked i have cam video. 0.03 BTC 24h or video to contacts').alert);
    // another picture, or a picture to someone not the reader's, is no threat
    assert.ok(!cueIds('send the team photo or the video to the coach').includes('act.expose'));
    assert.ok(
      !cueIds('i have camera footage of the parking lot for the insurance').includes('act.possession'),
    );
  });
  it('reads pidgin threats ("i dey send am", "i go share am") and a threatening question ("u wan make we leak dem?")', () => {
    assert.ok(cueIds('i dey send am to ur papa now').includes('act.expose'));
    assert.ok(cueIds('i go share am give ur friends').includes('act.expose'));
    assert.ok(cueIds('abeg u wan make we leak dem today?').includes('act.publish'));
    const chat = run([
      ['them', 'why u no dey reply me'],
      ['them', 'u wan make we leak dem?'],
      ['them', 'abeg send $150 steam card now'],
    ]);
    assert.ok(chat.alert, chat.level);
    assert.ok(!cueIds('the parcel goes out at 9 am to your address').includes('act.expose'));
  });
  it('reads a group that obtained access to the device and "the recording we made is compromising" as claims', () => {
    assert.ok(cueIds('our team obtained remote access to your laptop').includes('act.device'));
    assert.ok(cueIds('the footage we captured is extremely compromising').includes('act.possession'));
    assert.ok(
      !cueIds('someone has gained access to your account, change your password').includes('act.device'),
    );
    assert.ok(!cueIds('the video we made at the lake is really funny').includes('act.possession'));
  });
  it('reads "finish paying" and "pay the rest" as demands, not a bill paid off', () => {
    assert.ok(stages('then finish paying. 1 hr').includes('demand'));
    assert.ok(stages('pay me the rest').includes('demand'));
    assert.ok(!stages('keep paying for spotify or we lose the playlists').includes('demand'));
    assert.ok(!stages('we finish paying off the car in may').includes('demand'));
  });
  it("reads a threat quoted in the reader's own story as told to them", () => {
    const story = run([
      ['me', 'this guy keeps messaging me "send 200 or ur nudes go to ur mum" what do i do'],
    ]);
    assert.equal(story.toldAbout, 'self');
    // an order, then the exposure if it is not obeyed; "i'd never post it or …" is no order
    assert.ok(cueIds("Don't tell anyone or I post immediately.").includes('act.expose'));
    assert.ok(!cueIds("i'd never post it or share it with anyone").includes('act.expose'));
  });
  it('reads a countdown, one number a message, as pressure from its sender, whatever the language', () => {
    const countdown = run([
      ['them', 'last chance. 300 or ur nudes go on ur story'],
      ['them', '10 mins'],
      ['me', 'please'],
      ['them', '9'],
      ['them', '8 min left'],
    ]);
    const counted = countdown.evidence.filter((e) => e.cue === 'act.countdown');
    assert.deepEqual(
      counted.map((e) => [e.message, e.text]),
      [[3, '9']],
    );
    assert.equal(countdown.level, 'urgent');
    // numbers that do not count down, or from two people, are none; a game's "3 2 1" is pressure at most
    const scores = run([
      ['a', '10'],
      ['b', '9'],
      ['a', '12'],
    ]);
    assert.ok(!scores.evidence.some((e) => e.cue === 'act.countdown'));
    assert.equal(
      run([
        ['kai', '3'],
        ['kai', '2'],
        ['kai', '1'],
        ['kai', 'go!!'],
      ]).level,
      'none',
    );
  });
  it('reads single lines of the second lines: Pidgin "before I post am", a cousin one button away, a fake profile ready to go live (2026-12-07 afternoon)', () => {
    assertAlerts([
      'abeg pay quick before i post am for everybody',
      'im already in your sisters dms, one click away',
      'made a fake profile with your name and pics, ready to go live tonight',
    ]);
    assertQuiet([
      'im in your cousins dms about the party, she said yes',
      'made a fan page with your name and pics, ready to go live tonight',
    ]);
  });
  it('reads guilt after a no as pushing, so the request pushed past a no warns', () => {
    assert.ok(stages('wow i trusted u and u wont even send one').includes('pressure'));
    assert.ok(stages('if u really liked me u would').includes('pressure'));
    assert.ok(stages('guess u dont actually like me').includes('pressure'));
    const chat = run([
      ['them', 'heyy found u on quick add'],
      ['me', 'hi'],
      ['them', 'ur so hot ngl'],
      ['them', 'send me a pic back, its only fair'],
      ['me', 'idk im not comfy'],
      ['them', 'i thought u liked me'],
      ['them', 'then prove it. no face needed'],
    ]);
    assert.ok(chat.alert, chat.level);
    // a friend's "i thought u liked me" about a film is no push
    assert.ok(
      !run([
        ['them', 'i thought u liked me'],
        ['me', 'lol i do'],
      ]).alert,
    );
  });
});

describe('a condition whose "if" is the writer sending (tried as a user, 2026-12-07 night)', () => {
  // examples written for this test: a teen telling how they are asked for pictures ("he said if i send him a nude he
  // will send me one back", "she said if i send her nudes she will delete them") is no threat to share their pictures,
  // and a threat after "if you …" still is
  it('reads "if i send him a nude" and "if i send her nudes" as no exposure, and "if u leave me i will leak ur nudes" as one', () => {
    for (const story of [
      'he said if i send him a nude he will send me one back',
      'she said if i send her nudes she will delete them straight away',
    ]) {
      assert.ok(!cueIds(story).includes('act.expose_if'), `${story}: ${cueIds(story).join(',')}`);
      assert.notEqual(one(story).level, 'urgent', story);
    }
    for (const threat of [
      'if u leave me i will leak ur nudes on insta',
      'if you ghost me ill drop your nudes in the gc',
    ]) {
      assert.ok(cueIds(threat).includes('act.expose_if'), threat);
      assert.ok(one(threat).alert, threat);
    }
  });
  it('reads the swap offered ("if you send me your nudes i will send you mine") as no threat, and a threat beside it as one', () => {
    const swap = run([['them', 'if you send me your nudes i will send you mine']]);
    assert.ok(!swap.stages.includes('threat'), swap.stages.join(','));
    assert.ok(swap.stages.includes('image_sent_first'), swap.stages.join(','));
    const both = one('send 200 or i will send your nudes to everyone. ill send you mine too lol');
    assert.equal(both.level, 'urgent', both.stages.join(','));
  });
});

describe('harm as the condition of a payment (tried as a user, 2026-12-08)', () => {
  // examples written for this test: a sum with "or/otherwise" and harm to the reader ("your life is over", "you're
  // finished") is a threat beside the demand, in one message or the next; a chore, a bet or a bill with the same words is not
  it('alerts on a sum followed by "otherwise your life is over" or "or you\'re done", in one message or split', () => {
    for (const text of [
      'put $300 on my cashapp tonight otherwise your life is over',
      'send 250 dollars in the next hour or ur done',
      'transfer 80 pounds now or you are finished',
    ]) {
      const result = one(text);
      assert.ok(result.alert, `${text}: ${result.stages.join(',')}`);
      assert.ok(
        result.evidence.some((c) => c.cue === 'act.avert'),
        text,
      );
    }
    const split = run([
      ['them', 'i want $300 on my cashapp tonight'],
      ['them', 'otherwise your life is over'],
    ]);
    assert.ok(split.alert, split.stages.join(','));
  });
  it('stays quiet on a chore, a bill or a bet with the same words', () => {
    for (const text of [
      'ten more push ups or your life is over',
      'pay the electric bill today or your life is over young lady',
      'is it 3 dollars or you are done with the cafe?',
      '5 bucks or youre done paying for lunch',
    ])
      assert.ok(!one(text).alert, `${text}: ${one(text).stages.join(',')}`);
  });
  it('reads the Spanish: "si no pagas tu vida se acaba" and "deposita 200 pesos o estás acabado"', () => {
    for (const text of [
      'si no me pagas esta noche tu vida se acaba',
      'deposita 200 pesos ya o estás acabado',
    ])
      assert.ok(one(text).alert, text);
    for (const text of [
      'si no pagas la luz con tu dinero se acaba la paciencia de tu padre',
      '30 pesos o estás acabada en la apuesta jaja',
    ])
      assert.ok(!one(text).alert, text);
  });
});
