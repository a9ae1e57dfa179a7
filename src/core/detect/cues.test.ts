import { describe, it } from 'node:test';
import assert from '../../../test/assert.ts';
import { analyzeMessage } from './analyzer.ts';
import type { Stage } from './types.ts';

// The lexicon's cue families: the rules alone (the sentence model has its own tests, and its cues
// below a stage's weight are no finding on their own).
const stagesOf = (text: string) =>
  new Set(
    analyzeMessage(text, { sentenceModel: null })
      .filter((c) => !c.context)
      .map((c) => c.stage),
  );

/** Each stage: messages that must show it, and look-alike messages that must not. */
const FAMILIES: Record<Stage, { yes: string[]; no: string[] }> = {
  persona: {
    yes: [
      'hey u dont know me but i saw ur profile',
      'im 15 too lol',
      'this is my new account, lost my old one',
      'you seem so mature for your age',
      'sorry random but you came up in my suggestions',
      'ill gift u 5000 vbucks',
    ],
    no: ['see you at school tomorrow', 'how was practice', 'how old is your new friend?'],
  },
  secrecy: {
    yes: [
      'keep this between us ok',
      'can u keep a secret?',
      "don't tell your parents we talk",
      'delete our chat after',
      'do your parents check your phone?',
      'no one else will see it i swear',
      'ill delete it right after, promise',
    ],
    no: [
      "don't tell mum about the cake, it's a surprise",
      'delete that photo of me lol',
      // a price for deleting, not a promise of disappearing pictures
      'Only I can delete it, and only after payment',
      'are you coming to the party?',
    ],
  },
  move_platform: {
    yes: [
      'add me on snap',
      'whats ur sc',
      'lets talk on telegram, more private',
      'my whatsapp is 07700900123',
      'this app is so glitchy, u got kik?',
    ],
    no: ['i snapped my pencil', 'the app store is down'],
  },
  sexualisation: {
    yes: ['ur so horny', 'what are you wearing rn', 'are u a virgin', 'send me something naughty'],
    no: ['the weather is nice', 'my virgin media bill'],
  },
  image_request: {
    yes: [
      'send me a pic',
      's3nd n00dz',
      'pic for pic?',
      'turn on ur cam',
      'show me ur body',
      'can i see a pic of u in ur bra',
      'will you send me a pic',
      'im gonna send u mine then u send me one',
    ],
    // the writer's own sending is a threat or an offer, not a request
    no: [
      'i sent the homework',
      'nice picnic today',
      "I'll share the video with your family",
      'im gonna send the pics to ur mom',
      'i can send you a pic',
      'or I will share the video on social media',
    ],
  },
  image_sent_first: {
    yes: ['i sent you mine now send yours', 'i showed u mine'],
    no: ['i sent the email', 'mine is the blue one'],
  },
  compromise_claim: {
    yes: [
      'i have your nudes',
      'I recorded you through your webcam',
      'i hacked your phone',
      'I have access to your camera and contacts',
      'I know your password',
    ],
    no: ['i have your charger', 'your phone is ringing'],
  },
  threat: {
    yes: [
      'ill send your nudes to your family',
      'i will post the video on your school page',
      'your pics go to every follower you have',
      'i have screenshots of your followers',
      'ur followers see them',
    ],
    no: ['i will send the photos to the class folder', 'i posted the video on my channel'],
  },
  demand: {
    yes: [
      'send $500 on cash app',
      'pay me 200 or else',
      'buy a steam gift card and send the code',
      'send 3 more videos',
      'transfer 0.01 btc',
    ],
    no: ['pay attention in class', 'more homework today'],
  },
  pressure: {
    yes: [
      'you have 24 hours',
      'tick tock ⏰',
      'i will ruin your life',
      'why arent you answering',
      'last chance',
    ],
    no: ['the clock in class is slow', 'i had a great life lesson'],
  },
  deepfake_threat: {
    yes: [
      'im gonna make fake nudes of you',
      'I can photoshop your face on a naked body',
      'i will make ai nudes of u from your pics',
    ],
    no: ['i edited your face into the meme', 'make a fake account for the game'],
  },
};

describe('cue families', () => {
  for (const [stage, { yes, no }] of Object.entries(FAMILIES)) {
    it(`${stage}: finds it in real phrasings and not in look-alikes`, () => {
      for (const text of yes) assert.ok(stagesOf(text).has(stage as Stage), `"${text}" should show ${stage}`);
      for (const text of no)
        assert.ok(!stagesOf(text).has(stage as Stage), `"${text}" should not show ${stage}`);
    });
  }

  it('gives spans into the original text', () => {
    const text = 'Hey!! S.E.N.D   me   𝐧𝐮𝐝𝐞𝐬 pls';
    const cue = analyzeMessage(text).find((c) => c.stage === 'image_request');
    assert.ok(cue);
    assert.equal(text.slice(cue.start, cue.end), cue.text);
    assert.ok(cue.text.startsWith('S.E.N.D') && cue.text.endsWith('𝐧𝐮𝐝𝐞𝐬'));
  });

  it('drops negated cues but keeps conditional ones', () => {
    assert.ok(!stagesOf('never send nudes to strangers').has('image_request'));
    assert.ok(!stagesOf("don't pay them anything").has('demand'));
    assert.ok(stagesOf("if you don't pay me 200 dollars").has('demand'));
    assert.ok(stagesOf("i won't send your nudes to your family if you pay").has('threat'));
  });

  it('discounts cues in quotation marks and in messages discussing sextortion', () => {
    const quoted = analyzeMessage(
      'Watch out for messages like "I have your pics, pay me or I post them to your followers"',
    );
    assert.ok(quoted.length && quoted.every((c) => c.context === 'quoted' && c.weight < 0.5));
    const advice = analyzeMessage(
      'Sextortion advice: if someone threatens to share your nudes with your family, never pay.',
    );
    assert.ok(advice.length && advice.every((c) => c.context === 'discussion' && c.weight < 0.5));
    const threat = analyzeMessage("if you don't pay i will send your nudes to your family");
    assert.ok(threat.some((c) => c.stage === 'threat' && !c.context));
  });

  it('reads the Spanish lexicon', () => {
    assert.ok(stagesOf('tengo tus fotos').has('compromise_claim'));
    assert.ok(stagesOf('si no me pagas 200 euros se las mando a toda tu familia').has('threat'));
    assert.ok(stagesOf('pásame tu snap').has('move_platform'));
    assert.ok(stagesOf('mándame una foto sin ropa').has('image_request'));
  });
});
