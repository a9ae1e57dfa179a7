// Rules added after the real corpus of 2026-11-30 (its train/dev misses and false alerts). The
// examples are written for these tests, not taken from the corpus.
import { describe, it } from 'node:test';
import assert from '../../../test/assert.ts';
import { analyzeConversation, analyzeMessage } from './analyzer.ts';
import { assertAlerts, assertQuiet } from '../../../test/detect-probes.ts';

const one = (text: string) => analyzeConversation([{ sender: 'them', text }]);

describe('acts: mass-mail wording and third-person reports', () => {
  it('the "secret from your wife" mail: the shame she will feel when her family finds out is the threat', () => {
    const text =
      'I know about the secret you are hiding from your wife. Think of the humiliation she would feel once her parents and friends found out.';
    const result = one(text);
    assert.equal(result.level, 'urgent', result.stages.join(','));
    assert.ok(result.stages.includes('threat'));
    // the same words about a driving test, or said to the reader, are no threat
    assert.ok(
      !one('lol the shame she will feel when her friends find out she failed the driving test').alert,
    );
    assert.ok(
      !one('think of the embarrassment you will feel when your parents find out you failed maths lol').alert,
    );
  });

  it('"$" before an amount is the currency word: "transfer $800" is a demand', () => {
    const demandOf = (text: string) =>
      analyzeMessage(text)
        .filter((c) => c.stage === 'demand' && c.text.includes('800'))
        .map((c) => c.cue);
    assert.ok(demandOf('transfer $800 to this wallet').includes('act.demand'), 'transfer $800');
    assert.ok(demandOf('transfer 800 dollars to this wallet').length > 0, 'transfer 800 dollars');
  });

  it('"you don\'t know me, but I know everything about you" with a menace alerts', () => {
    const text =
      "You do not know me, but I know everything about you. Don't even try to escape, you have no idea what I can do.";
    const result = one(text);
    assert.ok(result.alert, `${result.level} ${result.stages.join(',')}`);
    assert.ok(
      result.evidence.every((c) => text.slice(c.start, c.end).startsWith(c.text)),
      'every cue points at its words',
    );
    // the claim alone, from someone fond of the reader, is not an alert
    assert.ok(!one('honestly I feel like I know everything about you already').alert, 'a fond remark');
  });

  it('"I sent you this message from your own account" is a claim of intrusion', () => {
    const cues = analyzeMessage('Hello pervert. I sent you this email from your own account.');
    assert.ok(
      cues.some((c) => c.cue === 'act.device'),
      'a claim of intrusion',
    );
    assert.ok(
      cues.some((c) => c.cue === 'act.menace'),
      'a menacing greeting',
    );
    assert.ok(one('Hello pervert. I sent you this email from your own account. Act wisely.').alert, 'alert');
  });

  it('"I have evidence of your affair ... either ignore this or pay me" alerts', () => {
    const result = one('I have evidence of your affair. Either ignore this letter or pay me 3000 dollars.');
    assert.ok(result.alert, `${result.level} ${result.stages.join(',')}`);
  });

  it('"don\'t pay attention to my spelling" is not advice that discounts the rest', () => {
    const text =
      "Don't pay attention to my spelling. I recorded you. Pay me 300 dollars in bitcoin within 24 hours.";
    const result = one(text);
    assert.ok(result.alert, `${result.level} ${result.stages.join(',')}`);
    assert.ok(
      result.evidence.every((c) => c.context !== 'discussion'),
      'nothing discounted as discussion',
    );
  });

  it('"don\'t pay the ransom" is still advice', () => {
    assert.ok(
      analyzeMessage("Don't pay the ransom: they claim to have recorded you, pay 500 dollars or else.").every(
        (c) => c.context === 'discussion',
      ),
      'every cue discounted as discussion',
    );
  });

  const reports = [
    'They demand money in bitcoin and say none of your contacts will ever see the videos once they get it.',
    'It uses a claim that malware recorded you and a threat to send a video to your contacts unless you pay.',
    'If the victim does not pay, they are told that the video will be sent to family and friends.',
  ];
  for (const text of reports) {
    it(`a report in the third person stays quiet: ${text}`, () => {
      assert.equal(one(text).alert, false, one(text).level);
    });
  }
});

describe('acts: chat threats quoted by courts and news (examples written for the tests)', () => {
  it('"show me or I\'ll show them" is a threat', () => {
    const result = one('show me the video again or ill show your brother');
    assert.ok(result.alert, `${result.level} ${result.stages.join(',')}`);
  });

  it('"how bad would it be if these got sent to your teammates?" is a threat', () => {
    const result = one(
      'how bad would it be if these got sent to your teammates? what would they think of you',
    );
    assert.ok(result.alert, `${result.level} ${result.stages.join(',')}`);
  });

  it('"I still have your pic" with "watch my next move" alerts, the possession alone does not', () => {
    const result = analyzeConversation([
      { sender: 'x', text: 'you dare block me? watch my next move' },
      { sender: 'x', text: 'i still have your pic' },
    ]);
    assert.ok(result.alert, `${result.level} ${result.stages.join(',')}`);
    assert.ok(!one('i still have your pic from the party haha').alert, 'a friend keeping a photo');
  });

  it('everyday "show me" and "how bad would it be" stay quiet', () => {
    for (const text of [
      'show me your new haircut or i will come round and see it myself',
      'how bad would it be if we skipped the party and watched a film',
    ])
      assert.equal(one(text).alert, false, text);
  });
});

// Fresh-test-split round (2026-11-30, 16:15 UTC): structures written from the dev misses, with
// examples written for these tests.
describe('acts: mass-mail openings without a threat', () => {
  const alerts = [
    // a password claim and a claim of being paid to watch: two claims, one of them an intrusion
    'I know that hunter22 is your passphrase. Nobody hired me to spy on you, this is personal.',
    // breaking in, then what it gives: two distinct intrusion claims
    'Some time ago I cracked your laptop. Now I have complete control over your device.',
    // "one of your passwords is X" with a payment
    'One of your old passwords is sunflower. Send me 900 dollars in bitcoin.',
    // notified on opening, and a deadline to pay
    'I will get notified once you open this letter, then you have 24 hours to send the money.',
    // tracking the reader's activity after gaining access
    'I got access to your phone last spring and have been monitoring your online activity.',
    // what they will do is left unsaid
    'If you wish to stop this, transfer 500 dollars to my bitcoin wallet.',
  ];
  for (const text of alerts) {
    it(`alerts: ${text}`, () => {
      const result = one(text);
      assert.ok(result.alert, `${result.level} ${result.stages.join(',')}`);
    });
  }
  const quiet = [
    // a helpful stranger, a parent, IT support, a colleague
    'hey you dont know me but your account got hacked, it is sending spam links',
    'the wifi password is on the fridge, your dad set it up',
    'If you want to avoid the late fee, pay the 40 dollars by Friday',
    'I installed the app on your phone so you can see the bus times',
    "IT here: I'll connect to your laptop remotely at 3 to fix the printer",
    'no one asked me to check on you, I just care about you',
  ];
  for (const text of quiet) {
    it(`stays quiet: ${text}`, () => {
      const result = one(text);
      assert.ok(!result.alert, `unexpected ${result.level}: ${result.reasons.join('; ')}`);
    });
  }
  it('a negator in an earlier clause does not cancel a claim', () => {
    const cues = analyzeMessage(
      'Contacting me is not possible, I sent you this email from your hacked account.',
    );
    assert.ok(
      cues.some((c) => c.cue === 'act.device'),
      cues.map((c) => c.cue).join(','),
    );
    // in the same clause it still does: "don't pay them" is advice, "don't panic, pay me" a demand
    const demands = (text: string) => analyzeMessage(text).filter((c) => c.stage === 'demand').length;
    assert.equal(demands("don't pay them 500 dollars"), 0);
    assert.ok(demands("don't panic, pay me 500 dollars") > 0);
  });
  it('Spanish: malware placed on a porn site, and a video spread among acquaintances', () => {
    assert.ok(
      one('No me conoces. Puse un troyano en una web porno y tú la visitaste.').alert,
      'malware + porn site',
    );
    assert.ok(one('Págame 300 euros o difundiré tu video entre tus conocidos.').alert, 'entre tus conocidos');
  });
});

describe('scam mails described in the third person are discussion', () => {
  const described = [
    'The email demands 800 dollars in bitcoin within 24 hours or the video of you will be sent to all your friends.',
    'These messages falsely claim your phone is infected and demand payment in bitcoin.',
    'The message claims the sender has hacked your webcam and will send the recording to your contacts unless you pay.',
    'It goes on to say your computer has been infected and asks you to pay a ransom in bitcoin.',
    'Example pattern: I hacked your camera and recorded you, pay 500 dollars or your family sees it. A fictional example.',
    'my cousin got one of these last year, it said to pay in bitcoin or they would leak her nudes on the internet',
    'El correo sigue amenazando a la víctima con enviar el vídeo a sus contactos si no paga en bitcoins.',
  ];
  for (const text of described) {
    it(text, () => {
      const result = one(text);
      assert.ok(!result.alert, `unexpected ${result.level}: ${result.reasons.join('; ')}`);
    });
  }
  it('the same threat said to the reader still alerts', () => {
    assert.ok(one('I hacked your webcam and will send the recording to your contacts unless you pay.').alert);
    assert.ok(one('pay in bitcoin or I leak your nudes on the internet').alert);
  });
});

describe('folding', () => {
  it('"as" is not a flirty word (it used to fold together with "ass")', () => {
    const text = 'as soon as you can, as usual, as long as it works';
    assert.deepEqual(
      analyzeMessage(text).filter((c) => c.stage === 'sexualisation'),
      [],
    );
  });
});

describe('acts: what the mass mail claims to know, and threats asked as questions', () => {
  it('a known password and a known secret are two claims', () => {
    const result = one("I'm aware that letmein77 is your password. I'm also aware of your little secret.");
    assert.ok(result.alert, `${result.level} ${result.stages.join(',')}`);
    assert.ok(!one('i know your secret lol, tell me everything at lunch').alert, 'a friend teasing');
  });
  it('"do you want me to send this to your family?" counts next to a demand, not alone', () => {
    assert.ok(
      one('Send 200 dollars now. Do you want me to send this to your family?').alert,
      'with a demand',
    );
    assert.ok(
      !one('do you want me to send this to your family? grandma loved the photo').alert,
      'a grandparent',
    );
  });
  it('"ruin you" is a harm, "wreck you" in a game is not', () => {
    const pressure = (text: string) => analyzeMessage(text).filter((c) => c.stage === 'pressure').length;
    assert.ok(pressure('I have everything I need to ruin you') > 0);
    assert.equal(pressure('ill wreck you in fortnite tonight'), 0);
  });
  it('watching for months and a passive infection are claims', () => {
    const claims = (text: string) =>
      analyzeMessage(text)
        .filter((c) => c.stage === 'compromise_claim')
        .map((c) => c.cue);
    assert.ok(claims('I have been watching you for months through your camera').includes('act.watching'));
    assert.ok(
      claims('You were infected with malware when you visited that site').includes('compromise.hacked'),
    );
  });
});

describe('discussion markers reach about two sentences', () => {
  // a long mass mail with an incidental marker far from its threat (written for this test)
  const filler =
    'I spent a long time reading your messages and looking at your pictures and the places you visit every week. ';
  const mail =
    'Subject: fraudsters have your old passwords. ' +
    filler.repeat(4) +
    'I recorded you through your webcam. Pay 900 dollars in bitcoin within 48 hours, ' +
    'otherwise I will send the video to all your friends and family.';
  it('a marker in the subject line does not discount a threat four sentences later', () => {
    const result = one(mail);
    assert.ok(result.alert, `${result.level} ${result.stages.join(',')}`);
  });
  it('the same threat right after the marker is still discussion', () => {
    const advice =
      'Fraudsters write things like: I recorded you through your webcam, pay 900 dollars in bitcoin or I will send the video to all your friends.';
    assert.ok(!one(advice).alert);
  });
});

describe("a scam mail's own asides are no discussion (tried as a user, 12-05)", () => {
  // written for this test: one stray word about scammers or victims, in the mail's own voice
  const threat =
    'I filmed you through the laptop camera. Pay 700 dollars in bitcoin or your contacts get the clip.';
  for (const aside of [
    'I am not a scammer.',
    'Plenty of victims who ignored me saw their clip online.',
    'Unlike the spammers you read about, I never bluff.',
    'If you need help, for example search how to buy bitcoin.',
    'Pay at an exchange such as Kraken.',
    'This letter tells me when you open it.',
    'A careful man such as yourself understands.',
    'The amount is in bitcoin according to the exchange rate today.',
    'No soy un estafador.',
    // the topic named in the mail's own voice
    "Don't even think about going to the FBI.",
    'If anyone at your work hears of this letter, I release it at once.',
    'You face years in prison for what I saw.',
    'Tomorrow the headline could be about you.',
    // a plain marker inside the mail's own words
    'You have become the victim of my spyware.',
    "I don't threaten people, I act.",
  ])
    it(aside, () => assertAlerts([`${aside} ${threat}`]));
  it('pages about the scam still are: two asides, or its actors doing the telling', () => {
    for (const page of [
      'Scammers send messages such as: I filmed you, pay 700 dollars in bitcoin or your contacts get the clip.',
      'Hackers often write that they filmed you, and say you must pay 700 dollars in bitcoin or your contacts get the clip.',
      'Victims are told to pay 700 dollars in bitcoin or their contacts get the clip.',
      'Los estafadores dicen que te grabaron y que pagues 700 dólares en bitcoin o tus contactos reciben el video.',
    ])
      assertQuiet([page]);
  });
  it("the sentence model's reading of a sentence in the writer's voice is not discounted by a lone aside either", () => {
    // the aside's own sentence (third person) is discounted; the threat read by the sentence model is not
    const cues = analyzeMessage(
      "Plenty of victims, they pay me 500 dollars too late. Your little secret will be everyone's business by tomorrow, I promise you.",
    );
    const threat = cues.find((c) => c.cue === 'model.threat');
    assert.ok(threat && !threat.context, JSON.stringify(cues));
    assert.equal(cues.find((c) => c.cue === 'demand.money')?.context, 'discussion');
  });
  it('an order or a price opening the threat speaks to the reader without a you word', () => {
    assertAlerts([
      'ok so its extortion, whatever. 250 on cashapp or ur family gets the pics',
      'This notice concerns extortion of minors. To close the case, pay a fine of 400 euros in bitcoin, otherwise the file goes to your parents.',
    ]);
  });
  it('one topic word still discounts a sentence that tells of someone else, or speaks to no one', () => {
    for (const text of [
      'Sextortion works like this: they filmed you, and they want 700 dollars in bitcoin or your contacts get the clip.',
      'This is extortion. He says if I do not pay 700 dollars in bitcoin my contacts get the clip.',
      'An extortion wave: pay 700 dollars in bitcoin or the contacts get the clip, the mails say.',
      // an advice page in the first person (tried as a user, 12-05)
      'I volunteer with the FBI. Each week we see a teen being told pay 350 or your nudes go to all your followers.',
    ])
      assertQuiet([text]);
    // the same topic word beside the writer's own threat to the reader does not
    assertAlerts([
      'This is extortion, yes. I filmed you. Pay 700 dollars in bitcoin or your contacts get the clip.',
    ]);
  });
});

describe('acts: letters about a secret, fake police summons, Spanish chat claims', () => {
  it('a secret and evidence of it alert; either alone does not', () => {
    const letter =
      'I know about the secret you are keeping from your husband. I have evidence of what you have been hiding.';
    assert.ok(one(letter).alert, one(letter).level);
    assert.ok(!one('I know about the secret you are keeping from your mum, the party was fun').alert);
    assert.ok(!one('I have evidence that the cat ate the cake').alert);
  });
  it('"1000 USD is a reasonable amount" and "make the payment by bitcoin" are demands', () => {
    const demand = (text: string) => analyzeMessage(text).some((c) => c.cue === 'act.demand');
    assert.ok(demand('I think 700 USD is a fair price for my silence'));
    assert.ok(demand('You will make the payment via bitcoin'));
  });
  it('a fake police summons: cyber-infiltration and arrest', () => {
    const summons =
      'Following a computer seizure by cyber-infiltration, you are subject to criminal proceedings. Reply within a strict deadline of 48 hours.';
    assert.ok(one(summons).alert, one(summons).level);
    // "cyber" alone is no claim
    assert.equal(
      analyzeMessage('the cyber police visited our school today').filter(
        (c) => c.stage === 'compromise_claim',
      ).length,
      0,
    );
  });
  it('Spanish: "tengo este video" and "ya vi quiénes son tus familiares"', () => {
    assert.ok(one('tengo este video y ya sé quiénes son tus amigos').alert);
    assert.ok(
      !one('ya sé quiénes son tus amigos, me los presentaste ayer').alert,
      'the contacts claim alone',
    );
  });
  it('Spanish: a collage with their face is a fake-nude threat; "una de tus contraseñas"', () => {
    assert.ok(one('voy a hacer un montaje con tu cara y lo mando').alert);
    assert.ok(
      analyzeMessage('Sé que hunter2 es una de tus contraseñas').some((c) => c.cue === 'es.act.password'),
    );
  });
});

describe('notices and first-person retellings stay quiet', () => {
  for (const text of [
    // an IT notice: "your account was compromised" alone is not a claim
    'Notice from IT: your account was compromised. Please change your password within 24 hours or access will be suspended.',
    // a person retelling the mail they got
    'Got one of those emails this morning. It said I have 48 hours to pay or the video goes to all my contacts.',
    'I received an email claiming they recorded me and that I have two days to pay 900 dollars in bitcoin',
  ]) {
    it(text, () => {
      const result = one(text);
      assert.ok(!result.alert, `unexpected ${result.level}: ${result.reasons.join('; ')}`);
    });
  }
  it('the passive claim still counts next to a first-person one', () => {
    assert.ok(one('Your account was infected! I sent you this message from your own account.').alert);
  });
});

describe('acts: more mass-mail claims, each its own claim', () => {
  const alerts = [
    'Attention! I hacked your email and I have your personal data.',
    'I hacked your device. Now I have access to all your accounts and your browsing history.',
    'My virus infected your machine and turned on your webcam while you watched those videos.',
    'Wallet: bc1q000. Amount: 900 USD. After payment I will delete the video. You have 2 days.',
    'I get a notification once you open this letter. The trojan gives me whole access and power over your pc.',
  ];
  for (const text of alerts)
    it(`alerts: ${text}`, () => {
      const result = one(text);
      assert.ok(result.alert, `${result.level} ${result.stages.join(',')}`);
    });
  const quiet = [
    'turn on ur cam bro, the stream is lagging',
    'i have access to your netflix lol',
    'mum: i have your data plan details, turn on your camera for the zoom call later',
  ];
  for (const text of quiet)
    it(`stays quiet: ${text}`, () => {
      const result = one(text);
      assert.ok(!result.alert, `unexpected ${result.level}: ${result.reasons.join('; ')}`);
    });
});

describe('parents and debts stay quiet', () => {
  for (const text of [
    'I installed the parental control software on your phone. You have 2 hours of screen time a day now',
    "I'll delete the pics after you pay me back the 20 bucks for the prints lol",
  ])
    it(text, () => {
      const result = one(text);
      assert.ok(!result.alert, `unexpected ${result.level}: ${result.reasons.join('; ')}`);
    });
  it('malware planted in the device, or "my spy software", is still a claim', () => {
    assert.ok(one('I implanted a small application into your device. You have 48 hours to pay.').alert);
    assert.ok(one('I installed my spy software on your computer. Pay 500 dollars.').alert);
    assert.ok(one("I'm in control of your computers. Send 300 dollars in bitcoin.").alert);
  });
});

describe('acts: a mail in look-alike letters, and Spanish delete-for-a-price', () => {
  it('look-alike letters do not hide the claims', () => {
    const text =
      'Yоu rɑn mу ѕpеϲiɑl ϲоdе. І ϲɑո ѕее еvеrуthiոԍ hɑppеոiոԍ in frоnt оf уоur ѕϲrееn. Pɑу 900 dоllɑrѕ.';
    const result = one(text);
    assert.ok(result.alert, `${result.level} ${result.stages.join(',')}`);
  });
  it('"si quieres que lo borre, todo tiene un precio" / "voy a acabar contigo"', () => {
    const result = analyzeConversation([
      { sender: 'ex', text: 'Si quieres que lo borre, todo tiene un precio' },
      { sender: 'ex', text: 'Voy a acabar contigo' },
    ]);
    assert.ok(result.alert, result.level);
    assert.ok(!one('si quieres que lo borre me dices, era una foto fea').alert, 'deleting a bad photo');
  });
});

describe('a phrase does not run over the end of a sentence', () => {
  it('"send them a picture of yourself. If your friends …" is not a threat', () => {
    const text =
      'State your goal and send them an embarrassing picture of yourself. If your friends agree you made it, nothing gets posted.';
    // the lexicon's phrases (the sentence model reads one sentence at a time by construction)
    const phrases = analyzeMessage(text, { sentenceModel: null });
    assert.ok(!phrases.some((c) => c.stage === 'threat'), 'no threat across the full stop');
  });
  it('a threat within one sentence, or over two messages, still counts', () => {
    assert.ok(one('Pay 300 dollars. Or I send the video to your family.').alert);
    const split = analyzeConversation([
      { sender: 'x', text: 'I have your pics.' },
      { sender: 'x', text: 'your family will see' },
    ]);
    assert.ok(split.alert, split.level);
  });
});

describe("the scam mail's own voice is not discussion", () => {
  const alerts = (text: string) => analyzeConversation([{ sender: 'mail', text }]).alert;
  for (const text of [
    "Hi, I'm the hacker who infected your computer and filmed you through the webcam. Send 1500 dollars in bitcoin within 2 days or your video will be sent to everyone.",
    'This is not spam or a chain letter: I filmed you with your front camera. Send 650 pounds in bitcoin in 3 days or the clip goes to your family.',
    'Buy Bitcoin on any exchange such as Coinbase and send exactly $1,250 within 48 hours, or your family and colleagues will receive the video I made of you.',
  ])
    it(text, () => assert.ok(alerts(text)));

  it('still discounts a report about such mails', () => {
    assert.ok(
      !alerts('Scammers send mails saying "I am the hacker who infected your computer"; never pay them.'),
    );
  });
});

describe('a stage read twice over the same words counts once', () => {
  it('a sly question to a colleague about a spreadsheet stays quiet', () => {
    const text = 'think your boss wants to see this spreadsheet? he asked for it by friday';
    const cues = analyzeMessage(text).filter((c) => c.stage === 'threat');
    assert.ok(cues.length >= 2, 'two phrases read the same words');
    assert.equal(analyzeConversation([{ sender: 'colleague', text }]).alert, false);
  });
  it('reads the e-mail acts of the late round: a split-screen video, payment then deletion, a fake police fine', () => {
    // examples written for this test
    assertAlerts([
      'I set up a split screen recording: one half is your screen, the other half is you on camera. I also made a video of you.',
      'Buy 0.02 BTC and send it. Once confirmed I will wipe the footage and you never hear from me.',
      'Send 0.03 BTC to the wallet below. Upon confirmation of the transfer, the recording is deleted for good.',
      'Your IP address was logged while viewing child pornography material. To close the case you may pay a fine of 2500 EUR.',
      'Removing my program sets off the automatic sending of the recording to all your contacts.',
      'Una vez recibido, se borran los archivos de mi servidor. Paga y nadie se entera.',
    ]);
    // the same words in notices and reports
    assertQuiet([
      'Tip: use split screen mode to watch the match and chat with your team at the same time.',
      'Police warn of fake e-mails accusing people of viewing child pornography and asking them to pay a fine.',
      'Once confirmed, your order is shipped and the receipt is sent by e-mail.',
    ]);
  });
});

describe('acts of the 2026-12-02 round (development sets and the train/dev items of emails9.txt)', () => {
  it("a break-in claimed in the writer's own voice, in an e-mail-length paragraph, is the webcam e-mail", () => {
    // examples written for this test
    assertAlerts([
      'Good day. A while ago I gained access to your device through a hole in your router, and since then every website you open passes through my hands.',
      'Let me introduce myself: I have full control of your computer and I can switch on your camera whenever I like, without the light coming on.',
      'Hace unos meses accedí a tu sistema por un fallo de tu router y desde entonces puedo ver todo lo que haces en internet, incluida tu cámara.',
      // the Spanish perfect puts "he" before the cue's words
      'Te escribo para avisarte: he hackeado tu ordenador por completo y desde hace semanas veo cada página que abres y cada mensaje que envías.',
      // and before an irregular participle, which is still the writer speaking, not English "he"
      'He puesto un programa espía en tu dispositivo y he visto todo lo que haces frente a la cámara.',
    ]);
    assertQuiet([
      // security notices say "we"; a friend's tease is short
      'We noticed unusual access to your account from a new device in Madrid. Review the activity on your security page within the next seven days.',
      'i hacked ur phone lol',
      'Nuestro equipo informa que alguien ha hackeado tu dispositivo; cambia la contraseña y revisa la actividad de la cuenta hoy mismo.',
      'We have received your request for access to your data and will respond within one month. Please reply with a copy of an ID.',
    ]);
  });
  it("reads a fake parent's \"pay and you won't be charged\", but not a bill's late fee", () => {
    assertAlerts([
      'wire me 800 for her counselling and you wont be charged',
      'if you send the money order today I will not press charges',
    ]);
    assertQuiet([
      "Pay before the 5th and you won't be charged a late fee",
      'pay online and you wont be charged for delivery',
    ]);
  });
  it("reads a threat to put the reader's or their family's faces into porn, in English and Spanish", () => {
    assertAlerts([
      "send 300 or I put your brother's face in porn videos",
      'manda 5 mil o pongo la cara de tu hermana en videos porno',
      'si no pagas subo tus videos a páginas para adultos',
    ]);
    assertQuiet(['lol i put your face on the meme', 'subí fotos de mi viaje a instagram']);
  });
  it('a debt is not a secret: "lo que me debes o tu mamá se entera"', () => {
    assertQuiet([
      'o me pagas lo que me debes o tu mamá se entera',
      'pasame lo que me debes o tu papá se entera',
    ]);
    assertAlerts(['pásame 300 o tu mamá ve tus fotos']);
  });
  it('an image of someone in the mind is no picture held', () => {
    assertQuiet([
      'Last night was so hot. I have an image of you in my head that wont go away and it makes me so horny',
    ]);
  });
  it('reads a break-in told with the object first, and "I used it to get into your network"', () => {
    // examples written for this test
    assertAlerts([
      'This letter comes from your own mailbox, which I have broken into, so changing the password now is far too late for you.',
      'Your wifi had an old firmware and I used that hole to get inside every device on it, the phone in your bedroom included.',
    ]);
  });
  it("reads the fake police letter's threat to send the file to the media or the sex offenders register", () => {
    assertAlerts([
      'Without your justification within 72 hours we will forward your case file to the media and to the register of sex offenders.',
      'Sin respuesta en 48 horas, su expediente será remitido a la prensa y a su empleador.',
    ]);
    assertQuiet([
      'please send your file to the press office by friday',
      'Your name will be published in the list of winners next week',
      'Actualiza tus datos para recibir la prensa del domingo',
    ]);
  });
  it('"or the video goes to all of them", after the contacts were named, is the threat', () => {
    // example written for this test (found on the Help page after the night's look at test)
    assertAlerts([
      'I have the list of all your contacts. Transfer $600 in bitcoin by tomorrow or the recording goes to all of them.',
    ]);
  });
  it('"telling the police is useless" is pressure: beside a claim it alerts, as advice it does not', () => {
    assertAlerts(['Going to the police is pointless. I will know instantly if you do.']);
    assertQuiet([
      'If your bike is stolen, do not bother calling the police, they will not come for a bike',
      'No sirve de nada llamar a la policía por una bici robada, mejor revisa las cámaras del barrio',
    ]);
  });
  it('reads a fake police letter: a sex-crime accusation with legal action threatened', () => {
    // examples written for this test
    assertAlerts([
      'Following a computer seizure we are bringing criminal proceedings against you for child pornography and exhibitionism.',
    ]);
    assertQuiet([
      'The club is taking legal action against the builder for the leaking roof, see the minutes',
    ]);
  });
  it('reads a Spanish follow-up: "cuando reciba la cantidad te dejaré ir" beside a demand', () => {
    assertAlerts([
      'Envía exactamente 0.05 bitcoin a la nueva billetera. Cuando reciba la cantidad exacta te dejaré ir para siempre.',
    ]);
  });
  it('an investment advert\'s "if you bought $5 of Bitcoin" and its "To your success" sign-off are no demand or threat', () => {
    assertQuiet([
      'If you bought $5 of Bitcoin 7 years ago you would be rich now!\nTo your success\nNews Finance\nMake sure you get in while you can',
    ]);
  });
});

describe('exceptions veto the sentence model too', () => {
  it('a parent\'s "I installed parental control software on your tablet" is no claim, by phrases or model', () => {
    // example written for this test; without the veto the sentence model reads it as a claim
    const cues = analyzeMessage('I installed parental control software on your tablet today.');
    assert.deepEqual(
      cues.filter((c) => c.stage === 'compromise_claim').map((c) => c.cue),
      [],
    );
  });
});

describe('threats without an audience or a picture word, and intimate recordings (2026-12-02 morning)', () => {
  // examples written for these tests
  it('reads "or it goes out" after a payment, "or they all see it" and "you no pay, we post"', () => {
    assertAlerts([
      'venmo me 150 by noon or its going out',
      'Wire the money. Otherwise it goes live.',
      'pay the 300 or they all see it',
      'You send, we forget. You no pay, we post.',
    ]);
    assertQuiet([
      'pay the electric bill or the lights go out',
      'send the invite or they all miss it',
      'we post the match results every sunday',
    ]);
  });
  it('reads the writer readying the sending: "ready to send the video to your contact list", a drafted mail with the video attached', () => {
    assertAlerts([
      'We are ready to send the recording to 842 people in your contact list.',
      'A message to all your contacts is drafted with the clip attached, one click and it is gone.',
      'Your video will be uploaded to your Instagram and sent to your colleagues.',
    ]);
    assertQuiet([
      'The video of the school play will be uploaded to the parents page on Friday.',
      'I am ready to send the slides to everyone on the list, any last changes?',
    ]);
  });
  it('reads "if you block me I send it to all of them", "I will make you famous", "I will tag your school in it"', () => {
    assertAlerts([
      'block me and i forward it to all of them same second',
      'if you dont pay i will make you famous on every site',
      'we will tag your mother in it, then your teachers',
    ]);
    assertQuiet([
      'if you win the final we will make you famous lol',
      'tag ur bestie in the comments for a free drink',
    ]);
  });
  it("a dare to call the bluff is the mail's own voice, not a discussion of scams", () => {
    assertAlerts([
      'If you think I am bluffing, reply and I will send 3 of your contacts a piece of the video.',
    ]);
  });
  it('adult sites and a recording of the reader in one mail are a claim over intimate material', () => {
    assertAlerts([
      'You enjoy visiting adult websites, I know. My software recorded you through the camera while you did.',
    ]);
    assertQuiet([
      'Security tip: malware on adult websites can record you through the camera. Cover your webcam and update your browser.',
    ]);
  });
  it('reads Spanish "o lo publico", "o subo las que ya tengo" and "se publicará ... a toda tu lista de contactos"', () => {
    assertAlerts([
      'págame hoy o lo publico',
      'mándame dos más o subo las que ya tengo',
      'El video se enviará a toda tu lista de contactos mañana a primera hora.',
    ]);
    assertQuiet([
      'termina la tarea o lo publico yo, jaja',
      'o subo las fotos de la excursión o nadie las ve',
    ]);
  });
  it("the writer's own sending is no request for pictures, so a lone threat is not explained as one", () => {
    const stages = one("I'll send the video to your dad tonight").stages;
    assert.ok(stages.includes('threat'));
    assert.ok(!stages.includes('image_request'));
  });
});

describe("a break-in claimed in the writer's own voice, quoted short (2026-12-02 morning)", () => {
  // examples written for these tests
  it("alerts on a news page's one-sentence quotation of the opening", () => {
    assertAlerts([
      'I planted a trojan on a porn site you opened and it got me into your laptop.',
      'I made a split-screen clip, you on one half and the film on the other.',
    ]);
  });
  it("someone else's break-in, the writer's own webcam, IT's remote session and short lines stay quiet", () => {
    assertQuiet([
      'my cousin said someone hacked my webcam last year so I put tape over it',
      'I think they hacked my phone, it keeps restarting by itself every night',
      'i hacked ur phone lol jk',
    ]);
  });
  it('an advance-fee mail\'s "I have succeeded" is no break-in, though the sentence model reads a claim', () => {
    assertQuiet([
      'Thank you for your patience, I know your hands were tied, but I have succeeded and the funds are ready for you now.',
    ]);
  });
});

describe('fake police letters and webcam claims in other words (2026-12-02 morning)', () => {
  // examples written for these tests
  it('an accusation of viewing illegal material beside a fine is the fake police letter, in English and Spanish', () => {
    assertAlerts([
      'Cyber Police notice: your computer was detected downloading prohibited sexual images. A penalty of 800 USD must be paid within 48 hours.',
      'Su ordenador ha sido registrado accediendo a contenido ilegal. La multa de 450 euros debe ser abonada hoy.',
    ]);
    assertQuiet([
      'Reminder: the parking penalty of 60 EUR must be paid within 14 days of the notice.',
      'Schools block illegal content on the network; report any site that gets through to the IT office.',
    ]);
  });
  it('reads "my malware watched you through the camera", "I used it to get into your accounts", "I installed code on the porn site"', () => {
    assertAlerts([
      'My malware filmed you through your laptop camera, and I have the whole recording here.',
      'Remember your old password? I used it to log into your mailbox and everything else.',
      'I planted some code on an adult site last spring, and you were one of its visitors.',
    ]);
    assertQuiet(['my camera filmed the whole recital, I have the entire video if you want it']);
  });
  it('reads a Spanish mail sent "desde tu propia cuenta" in the writer\'s voice', () => {
    assertAlerts(['Te escribo desde tu propia cuenta de correo, mira el remitente y lo comprobarás.']);
  });
  it('"split-screen" alone is no claim to alarm on; a split-screen video the writer made is', () => {
    assertAlerts(['I put together a split-screen video of you and of what was on your screen.']);
    assertQuiet([
      'Here is the split-screen of the two drone shots, tell me which one you prefer for the ad.',
    ]);
  });
});

describe('a first piece already sent, deletion for payment (2026-12-02 morning)', () => {
  // examples written for these tests
  it('reads "already sent a piece to your friend" and "sent one to your sister as a warning"', () => {
    assertAlerts([
      'already forwarded a snippet to ur teammate, everyone else is next',
      'i already sent one to your sister as a warning',
    ]);
    assertQuiet(['already sent a sample to your teacher for the art show']);
  });
  it('reads "pay and they are gone" beside a demand, and Spanish "va a recibir todo en 3, 2, 1"', () => {
    assertAlerts([
      'i want the cash, not your photos. pay and they are deleted',
      'tu hermano va a recibir todo en 3, 2, 1',
    ]);
    assertQuiet(['pay the fee and the late marks are removed from your record']);
  });
});

describe('more of the mail in other words (2026-12-02 morning, dev mail-2)', () => {
  // examples written for these tests
  it('reads "if you go to the police I publish", "in my hands", "what I saw on your camera", "through your TV camera"', () => {
    assertAlerts([
      'If you contact the police, I will publish the video the same minute.',
      'Your dirty secret is in my hands now. The clock is ticking.',
      'Pay me 900 dollars and I forget what I saw through your webcam.',
      'I recorded you in your living room through your laptop camera and I kept the file.',
    ]);
    assertQuiet([
      'If you go to the police, bring the receipt and the photos of the damage.',
      'The final decision is in my hands now, I will tell you on Monday.',
      'I recorded the whole lecture with your camera, thanks for lending it!',
    ]);
  });
  it('a Spanish court summons that speaks to its reader is no news report', () => {
    assertAlerts([
      'Se le notifica que ha sido detectado en una investigación por descarga de pornografía infantil. Tiene 48 horas para responder.',
    ]);
  });
});

describe('chat threats in other words (2026-12-02 morning, dev chat-1)', () => {
  // examples written for these tests
  it('reads "he\'ll see it anyway if I don\'t get paid", "before your pics land in every inbox", "ready for everyone to see"', () => {
    assertAlerts([
      "tell ur teacher if u want, he'll see it anyway if i don't get paid",
      '15 minutes before ur videos hit every inbox u have',
      'ok block me then. hope ur ready for all ur followers to watch',
      'pay up, otherwise ur story is about to get very popular',
    ]);
    assertQuiet([
      "she'll see it anyway when the photos come back from the printer",
      'hope ur ready for the whole class to see ur science project, its amazing',
    ]);
  });
  it('a weaker threat ("you don\'t want your mom to see this") counts beside a demand', () => {
    assertAlerts(['i know u dont want ur mom to see this so just cashapp me 60']);
    assertQuiet(['u dont want ur mom to see this mess, clean ur room before she gets home']);
  });
  it('reads Spanish "solo falta que le dé a enviar", "me encargo de que todo el barrio te conozca"', () => {
    assertAlerts([
      'el grupo con tus primos ya está hecho, solo falta que le dé a enviar',
      'o pagas o me encargo de que toda la escuela te vea',
    ]);
    assertQuiet(['el grupo de la fiesta ya está, solo falta que le dé a enviar a las invitaciones']);
  });
});

describe('chat threats in other words (2026-12-02 morning, dev chat-6)', () => {
  // examples written for these tests
  it('reads the next picture already on its way to someone named, and "if no I start sending"', () => {
    assertAlerts([
      'ur aunt is getting the first pic in 5 min',
      'fine. next video going to ur coach',
      'posting it to ur brothers insta now',
      'yes or no? if no i start posting',
      'every girl who follows u gets this tonight',
    ]);
    assertQuiet([
      'ur aunt is getting the first slice of cake, she earned it',
      'next video going to the channel is the bake-off, subscribe!',
      'if no one answers i start posting the minutes myself',
    ]);
  });
  it('reads a fake officer: avoid charges by paying, a fine in gift cards, a father who offers the police or a settlement', () => {
    assertAlerts([
      'Detective Moore, Cyber Unit. To avoid arrest you must pay her family 900 in gift cards today.',
      'i am her dad. u want me to go to the police or we settle this? 1500',
    ]);
    assertQuiet(['To avoid charges at the border you must declare the cash you carry.']);
  });
  it('reads Spanish "mañana tu colegio amanece con tus fotos" and a formal "se lo mando a su esposa"', () => {
    assertAlerts([
      'mañana tu familia amanece con tus fotos si no pagas',
      'Si no paga hoy se lo mando a su esposa y a su jefe.',
    ]);
  });
});

describe('mail passages in other words (2026-12-02 morning, dev mail-4)', () => {
  // examples written for these tests
  it('reads the sending told as the clock or the button: "before your boss receives the video", "one click and they go out"', () => {
    assertAlerts([
      'You have until Sunday before your in-laws receive the recording.',
      'The messages are written. One click and they are sent, each with the clip inside.',
      'Should the money not arrive, the footage is published automatically on adult websites under your name.',
      'Failure to pay leads to the distribution of the material to your work contacts.',
      'Be aware the recording is sent to your whole phonebook at midnight.',
    ]);
    assertQuiet([
      'Your photos are uploaded automatically to your cloud account every night.',
      'You have until Friday before your parents receive the school report.',
      'Failure to pay the invoice leads to the suspension of the service.',
    ]);
  });
  it('reads "sent from your own mailbox which I control", bought credentials, a double video, a secret that stays secret for a price', () => {
    assertAlerts([
      'This mail comes from your own account, which I control. 1100 USD in bitcoin and it ends.',
      'I recorded your screen and your webcam together, so I have a double video of you. Pay or your friends see it.',
      '0.02 BTC and your dirty secret stays secret.',
    ]);
  });
  it('reads Spanish "el vídeo llegará a todos sus contactos", "su familia recibirá las grabaciones", a fake Guardia Civil', () => {
    assertAlerts([
      'Si no paga antes del lunes, el vídeo llegará a todos sus contactos.',
      'Mañana tu pareja recibirá las grabaciones si no veo el dinero.',
      'La Policía ha detectado contenido ilegal en su ordenador relacionado con menores. Debe abonar una multa de 900 euros.',
    ]);
    assertQuiet(['Mañana tu familia recibirá las fotos de la boda por correo.']);
  });
});

describe('more of dev chat-6 and mail-4 (2026-12-02 morning)', () => {
  // examples written for these tests
  it('reads "send the money so I can delete the video" and "u want this to go away?" beside a demand', () => {
    assertAlerts(['send the $300 so i can delete the clip', 'u want this to go away? 80 in steam cards']);
    assertQuiet([
      'send me the file so i can delete the old version',
      'u want this headache to go away? drink water',
    ]);
  });
  it('a mail that points at its own sender line is not discussing scams', () => {
    assertAlerts(['Check the sender address: I am writing to you from your own account, which I control.']);
  });
  it('reads Spanish "quiero 300 en cripto" after a weaker threat, "si me das 100 dólares borro todo"', () => {
    assertAlerts([
      'no quieres que tu novio vea esto. quiero 250 en cripto',
      'si me das 100 dólares por paypal borro todo, lo juro. si no, se lo mando a tu familia',
    ]);
  });
});

describe('very short chat threats (2026-12-02 morning, dev chat-4)', () => {
  // examples written for these tests
  it('reads "pay or it goes up", "posting it in 3 2 1", "who gets this first" beside a demand, "one word from me and its in every group chat"', () => {
    assertAlerts([
      'send it or it goes up',
      'fine. uploading it in 3 2 1',
      'who gets this first, ur coach or ur sister? 150 in gift cards and neither does',
      'one text from me and its in every chat at ur school',
      'first pic just went to ur neighbor',
      'til u pay ur gf gets a little preview 😈',
    ]);
    assertQuiet([
      'the tent goes up at 6, bring pegs',
      'whoever opens the report card first, ur mom or ur dad, has to sign it',
      'posting in 3 2 1 — new album out at midnight!!',
    ]);
  });
  it('reads Spanish "mándame otra o la primera va pa tu grupo" and "o lo ve todo el barrio"', () => {
    assertAlerts([
      'paga o la primera va pa tu grupo de la escuela',
      'ni se te ocurra contarlo o lo ve todo el pueblo',
    ]);
  });
});

describe('audiences the lexicon has no word for (2026-12-02 morning, dev chat-7)', () => {
  // examples written for these tests
  it('reads "or the whole chess club sees what u sent", "after that the swim team chat gets the video"', () => {
    assertAlerts([
      'cashapp 80 or the whole chess club sees what u sent',
      'after that the swim team chat gets the video',
      'im about to hit send to 45 of your instagram followers',
      'the moment u go offline i post it',
      '40 quid or they end up in the year 9 gc',
    ]);
    assertQuiet([
      'after that the swim team gets the trophy photos',
      'after that the winner gets the whole thing, cake included',
    ]);
  });
  it('reads Spanish "o les llega a todos", "o mañana eres tendencia", "tengo todo listo para mandárselo a tus compañeros"', () => {
    assertAlerts([
      'manda 50 dólares o les llega a todos',
      'paga o mañana eres tendencia en el colegio',
      'ya tengo todo listo para mandárselo a tu familia. paga',
    ]);
  });
});

describe('mail threats told as procedure (2026-12-02 morning, dev mail-5)', () => {
  // examples written for these tests
  it('reads "will result in immediate publication", "the system sends the footage automatically if", "without any warning"', () => {
    assertAlerts([
      'Reporting this address will result in immediate publication of everything.',
      'My program posts the recording automatically if the transfer does not arrive.',
      'Three days of silence. After that I send it without any warning.',
      'No payment = footage to all your friends.',
    ]);
    assertQuiet([
      'Late filing will result in immediate suspension of your licence.',
      'The app uploads your photos automatically when you connect to wifi.',
    ]);
  });
  it('reads a fake register of sex offenders in English and Spanish, and "los videos serán enviados a su pareja"', () => {
    assertAlerts([
      'Pay the fine to prevent the publication of your name in the national register of sex offenders.',
      'Si no paga, su nombre aparecerá en el registro de delincuentes sexuales.',
      'Las grabaciones serán enviadas a su pareja si no recibimos el pago.',
    ]);
  });
});

describe('look-alikes of the morning round (2026-12-02)', () => {
  // examples written for these tests
  it('innocent pictures named another way: "your dance video", "the pic of you with the blue hair", "the screenshot of you admitting it"', () => {
    assertQuiet([
      'if u post my bad selfie im posting ur dance video 😤',
      'sending ur dad the pic of u with the new haircut so he sees it lol',
      'gonna send ur brother the screenshot of u admitting i won the bet 😂',
      'tengo una foto tuya dormida en el tren, si no me pagas el café la mando al grupo 😂',
    ]);
  });
  it('a breach notice\'s "no evidence that" is no claim, and a giveaway\'s screenshot of followers is no threat', () => {
    assertQuiet([
      'We found that an unknown party accessed a server holding email addresses. We have no evidence that passwords were taken.',
      'hice captura de tus seguidores para la rifa, mañana anuncio quién gana',
    ]);
  });
});

describe('acts of the 2026-12-02 midday round (the train items of negatives8.txt)', () => {
  it('reads advice that tells what the extortionist will do, in the third person, as discussion', () => {
    // examples written for this test
    assertQuiet([
      'Si un desconocido te pide fotos íntimas, ten cuidado. Cuando se las mandes, te amenazará con difundirlas entre tus amigos y familiares para sacarte dinero.',
      'El estafador amenaza con mandar el vídeo a tus contactos y después te exigirá más dinero.',
    ]);
    assertAlerts([
      'Si no me pagas hoy difundo tus fotos entre tus amigos y familiares.',
      'Te amenazo en serio: mándame 200 euros o tus fotos llegan a todos tus contactos.',
    ]);
  });
});

describe('e-mail elements from the misses of mail-9 (2026-12-03, examples written for the tests)', () => {
  const stagesOf = (text: string) => analyzeMessage(text).map((c) => c.stage);
  it('each names its act, and two of them make an alert', () => {
    const claims = [
      'I will erase the recordings once I receive the payment.',
      'After you have paid, send me the hash and I will begin the deletion.',
      'I know you opened those videos twice on Sunday.',
      'Enclosed is a picture of your front door.',
      'The spyware we planted updates itself daily.',
      'Te envío una foto de tu portal para que sepas que no bromeo.',
      'Mi programa lleva meses espiando tu celular.',
    ];
    for (const text of claims) assert.ok(stagesOf(text).includes('compromise_claim'), text);
    assert.ok(stagesOf('A penalty of 300 EUR is due within 48 hours.').includes('demand'));
    assert.ok(stagesOf('El cronómetro ya corre.').includes('pressure'));
    assertAlerts([
      'The spyware we planted updates itself daily. Send 1200 dollars in bitcoin to the wallet below.',
      'Si se lo enseñas a alguien, los videos se enviarán a tu familia.',
    ]);
  });
  it('their look-alikes stay quiet', () => {
    assertQuiet([
      'Enclosed is a picture of your front door with the new paint colour, invoice of 300 dollars attached.',
      'I know you watched those videos for the course, the quiz is due friday.',
      'Once we receive the payment, your order ships within two days.',
      'After payment, the subscription renews and your invoice is emailed to you.',
    ]);
  });
});

describe('fake police and e-mail acts from the misses of mail-10 (2026-12-03 pm, examples written for the tests)', () => {
  const claims = (text: string) => analyzeMessage(text).filter((c) => c.stage === 'compromise_claim');
  it('names fake police accusations in English and Spanish, and warns beside a deadline or a fine', () => {
    assertAlerts([
      'Your computer has been blocked for viewing child sexual abuse material. Pay the penalty of 300 EUR within 12 hours.',
      'This is a summons. You are accused of sharing explicit images with a minor. Reply within 24 hours or you will be arrested and your details will be shared with the press.',
      'Su ordenador ha sido bloqueado por visualizar contenido ilegal con menores. Pague la multa de 400 euros en 24 horas.',
      'Usted consultó material pedopornográfico. Tiene 48 horas para responder a esta citación.',
    ]);
    for (const text of [
      'an investigation has been opened against you for possession of paedophile images',
      'usted es objeto de procedimientos judiciales por exhibicionismo',
    ])
      assert.ok(
        claims(text).some((c) => /accusation/.test(c.cue)),
        `${text}: an accusation`,
      );
    assertQuiet([
      'Our filter blocked the page for showing adult content; ask IT if you need it for work.',
      'The teacher was accused of sending explicit messages to a minor and was arrested on Monday.',
      'Your name will be published in the local press as a winner of the raffle.',
    ]);
  });
  it('names the bare condition, the price of silence and a passive recording', () => {
    assertAlerts([
      "You don't pay, the video goes to all your contacts.",
      'I hacked your laptop. I want money for my silence.',
      'Your webcam has been hacked and everything you did in your room was recorded.',
      'If you decide to go to the police, I will immediately release the recordings.',
      'Grabé un video con tu cámara. Se lo enviaré a tu jefe si no pagas.',
      'My letter contains a tracking pixel, so I will know when you open it. You have 50 hours.',
      'Your laptop was infected with my spyware. I can turn on your webcam and listen to your calls.',
      'Tu móvil fue infectado con un programa espía. Puedo encender tu cámara y escuchar tus llamadas.',
      'Tengo una foto de tu casa. No querrás que tus vecinos se enteren de lo que haces.',
    ]);
    assertQuiet([
      "Don't pay the ransom, the police say: the video they claim to have does not exist.",
      'I recorded the team meeting, including the demo. It is in the shared folder.',
      'I recorded the school play and I will send it to all the grandparents.',
      'Te lo enviaré mañana si no pagas el envío ahora, el precio sube.',
      'The email contains a tracking pixel, so the scammer knows when you read it. Do not pay.',
      'I can see your camera is off, turn it on for the meeting',
      'tengo una foto de tu casa nueva, qué bonita! sé dónde vives ahora jaja',
    ]);
  });
});

describe('acts: the mass mail’s plain threats, its house photo and its price of silence (2026-12-03 pm)', () => {
  const cueIds = (text: string) => analyzeMessage(text).map((c) => c.cue);
  it('alerts on a threat whose audience is the subject, however it is named', () => {
    assertAlerts([
      'All your contacts, including family and colleagues, will receive the recording.',
      'Everybody you work with will receive the recording tomorrow morning.',
      'Your wife will get a copy of the video.',
      'Your partner will be the first to receive the footage.',
      'Everyone will see what you do behind closed doors.',
      'I’m uploading the video to porn sites tonight.',
      'Your reputation will be ruined with a single click.',
      'Do you want your husband to find out what you do online?',
    ]);
    assertQuiet([
      'All parents, including grandparents, will receive the recording of the school play.',
      'Your family will receive a copy of the wedding video next week.',
      'Everybody you meet will love the new haircut.',
      'Your partner will be the first to see the new kitchen.',
      'Everyone will see what a great job you did on the garden.',
      'Would you like your kids to learn how to swim this summer?',
      'I will upload the video to YouTube after the match.',
    ]);
  });
  it('reads the house-photo mail as a threat and an ordinary visit as nothing', () => {
    assertAlerts([
      'Is visiting 12 Elm Road a better way to contact you in case you don’t take action?',
      'I took the picture from Google Street View so you understand I am not joking.',
    ]);
    assertQuiet([
      'Is visiting 12 Elm Road on Saturday convenient for the viewing?',
      'Calling us or visiting our office is the most convenient way to reach us.',
    ]);
  });
  it('reads a price for "our little secret" as a demand and a paid deletion as a promise', () => {
    assert.ok(cueIds('$1900 is a fair price for our little secret.').includes('act.demand'));
    assert.ok(!cueIds('$1900 is a fair price for that car.').includes('act.demand'));
    assert.ok(
      cueIds('I will erase all the data immediately after receiving the funds.').includes(
        'act.delete_after_pay',
      ),
    );
    assert.ok(
      cueIds('Pay 1300 USD to my bitcoin address and the files will be permanently destroyed.').includes(
        'act.delete_after_pay',
      ),
    );
    assert.ok(
      !cueIds('We will erase your data within 30 days after you close your account.').includes(
        'act.delete_after_pay',
      ),
    );
  });
  it('reads the mass mail’s euphemisms for the recorded act as sexual, beside its claim', () => {
    assertAlerts([
      'I filmed you doing filthy things on the sofa.',
      'I kept a clip of you satisfying yourself, every second of it.',
      'I captured you in your most private moment.',
    ]);
    assertQuiet([
      'We shared an intimate moment at the wedding.',
      'Please yourself, I don’t mind either way.',
    ]);
  });
  it('reads Pegasus and a hacker’s access as claims, and a reader’s story of such a mail as discussion', () => {
    assert.ok(cueIds('Your phone was infected with Pegasus spyware.').includes('act.device'));
    assert.ok(cueIds('I am a hacker who has gained access to your operating system.').includes('act.device'));
    assert.ok(cueIds('i hav acces to ur camera and mic').includes('act.device'));
    assertQuiet([
      'Got one of those I-hacked-your-webcam e-mails today, it even had an old password of mine. Deleted it.',
    ]);
  });
});

describe('a claim that a phrase finds and the sentence model reads surely is a break-in (2026-12-03 pm)', () => {
  it('alerts on the mass mail’s claim quoted alone, one sentence of an e-mail’s paragraph', () => {
    assertAlerts([
      'You were visiting adult websites and I was able to film you.',
      'Your device has been under my control since the day you opened my link.',
      'I know about your secret double life and the websites you visit at night.',
      'I made a video in which you pleasure yourself while watching porn on one half of the screen.',
    ]);
  });
  it('stays quiet on a story about the writer’s own camera, a friend’s video and a short joke', () => {
    assertQuiet([
      'Someone got into my laptop camera last month. I have been watching you for weeks, the message on my screen read.',
      'I have a video of you from the party last night and you were so drunk haha, it’s hilarious.',
      'i hacked ur phone lol jk',
    ]);
  });
});

describe('a pasted e-mail after the writer’s own question (2026-12-06, written for the tests)', () => {
  it('reads the quotation as sent to the writer when the message opens by saying so', () => {
    assertAlerts([
      'Got this email this morning, should I be worried? "I hacked your device and recorded you through your webcam. Send 1000 USD in bitcoin within 48 hours or I will send the video to all your contacts."',
      'just received this, is it real?? “I have your password and a recording of you. Pay 900 dollars in btc or your family gets the video.”',
      'me llegó este correo hoy, ¿es real? «Tengo tu contraseña y un video tuyo. Paga 500 dólares en bitcoin o tu familia verá el video.»',
    ]);
  });
  it('still discounts a story’s quotation, and one that opens far after the words', () => {
    assertQuiet([
      'Police say one victim got this email last week, in which the sender, who used a fake name, wrote: "I recorded you through your webcam. Pay 1000 dollars in bitcoin or your contacts get the video."',
      'He texted me about the police, so I told him "if you report me i will post your pics" and he went quiet.',
      'mi amiga me dijo que le escribieron «paga 500 o tu familia verá el video» y está asustada',
    ]);
  });
});

describe('acts from the quote set of 2026-12-07 (seen half; examples written for the tests)', () => {
  const cueIds = (text: string) => analyzeMessage(text).map((c) => c.cue);
  it('reads deletion promised after the payment, or for a fee, as the terms of what they hold', () => {
    assert.ok(
      cueIds('After the payment, my software will automatically wipe all the recordings.').includes(
        'act.release_terms',
      ),
    );
    assert.ok(
      cueIds('For a single fee of 700 EUR I promise the complete deletion of the footage.').includes(
        'act.release_terms',
      ),
    );
    assert.ok(
      !cueIds('After payment the system will automatically delete the items in your basket.').includes(
        'act.release_terms',
      ),
    );
    assert.ok(
      !cueIds('For a fee of 15 USD we offer deletion of your old account.').includes('act.release_terms'),
    );
  });
  it('reads a tracker the writer points at, malware still running, the way in and a letter from the reader’s own mailbox as claims', () => {
    assert.ok(
      cueIds('There is a tracker inside this letter, and I already know you opened it.').includes(
        'act.surveillance',
      ),
    );
    assert.ok(cueIds('My spyware is still running on your phone, whatever you do.').includes('act.device'));
    assert.ok(cueIds('Your old password was in a leak, that is how I got in.').includes('act.device'));
    assert.ok(
      cueIds('I am writing this message from your own mailbox, look at the address.').includes('act.device'),
    );
    assertAlerts([
      'Your router firmware was years old, thats how I got in. From there your laptop was easy.',
    ]);
  });
  it('stays quiet on a question about trackers, a door left open and a message from a logged-in account', () => {
    assert.ok(
      !cueIds('Is there a tracker in this email? My friend says newsletters track you.').includes(
        'act.surveillance',
      ),
    );
    assertQuiet([
      'The back door was unlocked, that is how I got in, sorry for the scare!',
      'im sending this from your account bc you left it logged in on my laptop',
    ]);
  });
  it('reads the fake police letter’s accusation and the sex offenders register as an accusation of the reader', () => {
    assert.ok(
      cueIds('The cyber unit has flagged you as a downloader of child pornography.').includes(
        'act.accusation',
      ),
    );
    assert.ok(
      cueIds('Your name will be added to the registry of sex offenders tomorrow.').includes('act.accusation'),
    );
    assert.ok(
      !cueIds('His name will be added to the sex offenders register, the court ruled.').includes(
        'act.accusation',
      ),
    );
  });
  it('reads quoted passages of the second quotations: a video put on adult sites, released when the reader reports, and an audience reached at once beside a claim (2026-12-07 afternoon)', () => {
    assertAlerts([
      'The footage will be published on four adult portals under your real name.',
      'The clip sits on my server and will be released the moment I see you went to the police.',
      'Blocking this address will only make me post it sooner.',
      'Go on, ignore this mail and see what your wife receives tomorrow.',
      'I have collected 200 of your Facebook friends. They all get the clip at once.',
    ]);
    assertQuiet([
      'The conference video will be uploaded to the school website next week.',
      'The wedding video will be posted the moment we know the venue is happy with it.',
      'Deleting the old build will only make me release the update sooner.',
      'Ignore the noise and see what your friends get for christmas.',
      'The wedding film is ready! They all get the video at the same time on Sunday.',
    ]);
  });
  it('takes "the video" after the writer says they filmed an event as that event’s footage', () => {
    assertQuiet([
      'I filmed the whole graduation on my phone, I will send the clip to you and your grandma tonight.',
      'I recorded your piano recital, ill send it to your dad',
    ]);
    assertAlerts(['I filmed the recital. I also have your nudes, I will send the video to your parents']);
  });
});
