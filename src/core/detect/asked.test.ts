// A young person telling of someone pushing them for pictures or secrecy, before any threat (`askedAt`): the engine
// tells the story back as said to them and finds the script's first steps asked of them. Examples written for these
// tests (2026-12-07 night), not taken from any corpus or fresh set.
import { describe, it } from 'node:test';
import assert from '../../../test/assert.ts';
import { analyzeConversation } from './analyzer.ts';
import { REPORT_STEP } from './explain.ts';
import type { ConversationResult } from './types.ts';

const story = (text: string): ConversationResult => analyzeConversation([{ text }]);

const ASKED = [
  'a guy i met on insta keeps asking me for pics and says i should delete our chats so my parents dont see',
  'this guy on snap wants me to send him nudes and says he will buy me robux if i do. should i?',
  'he keeps begging me to send pics of me in my underwear and says its normal',
  'he keeps asking me to send nudes and idk what to do',
  'a girl i met on discord wants to move to telegram and keeps asking if im alone',
  'an older guy from fortnite keeps telling me to send him pictures without my shirt',
  'i met someone on omegle and now they keep messaging me asking me to show them my body on facetime',
  // no "me" a telling could turn, or the push in the teller's own words (the lexicon's `pushed` list)
  'this boy from snap keeps asking for nudes and i dont know what to do',
  'some guy on tiktok keeps asking me for feet pics and offering me money for them',
  'a guy on discord is asking me for nudes and im 13',
  'she keeps asking for pics of me without a shirt',
  'he says if i really loved him i would send nudes',
  'my online bf keeps asking me to send him pics with no top on',
  'un señor en free fire me pide fotos sin ropa y que no le diga a nadie',
  'un chavo de tiktok me pide packs todos los dias',
  'someone in my fortnite squad keeps asking for body pics',
  'this man online wants a video of me getting changed',
  'he asks for pics in a bikini every night and im only 14',
  // a plain request for pictures beside an early step in the same message (`pushedPlain`, 2026-12-08)
  'this lad from roblox keeps begging me for photos and told me to keep our chats secret',
  'someone i met gaming keeps asking me for pictures and wants us to talk on telegram instead',
  'he is always asking me for selfies and says not to tell my mum about him',
  'she keeps asking me to send pics and says everybody sends them',
  'un chico de roblox me pide fotos y dice que no le cuente nada a mis papás',
  'me pide fotos todos los días y quiere que me pase a telegram',
  // the pusher named by whose they are: the one named first is no one close told about (2026-12-08)
  "my best friend's stepdad keeps asking me for nudes",
  'my cousins mate from college keeps dming me for nudes',
  // a fake modelling scout's "test pics" (2026-12-08)
  'a scout from a model agency says they need test polaroids in swimwear before signing me and im 14',
];

const NOT_ASKED = [
  // someone the teller knows asking for pictures of things, or for a game
  'my mum keeps asking me to send pics of my room',
  'my friend keeps asking me to send her the pics from the sleepover',
  'he asked me to send him the homework',
  'she wants me to move to discord so we can play together',
  'my coach asked me to send a video of my swing',
  'my bf asked me for a pic of my new haircut',
  'he keeps asking me if im alone at home so he can come over and play xbox',
  'my teacher told us not to tell anyone about the surprise party',
  'my grandma keeps asking for photos from the trip',
  'my sister keeps asking me for pics of the puppy',
  'a client offered me money for pics of my paintings',
  'mi abuela me pide fotos del viaje',
  'my mum wants pics of the dog in his new coat',
  // the one pushing, in their own words, says nothing of being pushed
  'i want nudes tonight',
  'if i loved him i would send him a card for his birthday',
  // the story's own words hold the request: no step asked of the teller
  'my ex and i agreed to delete any private photos we had of each other when we split up',
  // a plain request beside haste, or alone (`pushedPlain` needs an early step of the script)
  'my art teacher keeps asking me for photos of my sketchbook, hurry up she says',
  'my cousin keeps asking me for pics of the new puppy lol',
  'la profe me pide fotos de la maqueta para mañana',
  "my son's friend keeps asking me for pics of our puppy",
  'the agency sent over the test shots from my first catalogue job',
];

describe('someone pushing the teller for pictures or secrecy, before any threat (askedAt)', () => {
  for (const text of ASKED) {
    it(text, () => {
      const result = story(text);
      assert.equal(result.askedAt, 0, `${result.level} ${result.stages.join(',')}`);
      assert.equal(result.toldAbout, null);
      assert.equal(result.alert, false, 'a story changes no level');
      assert.equal(result.pushed, true, 'the answer is for someone being pushed');
      assert.match(
        result.explanation,
        /^It sounds like someone is pushing you to send pictures or to keep secrets\./,
      );
      assert.ok(result.nextSteps[0].startsWith("You don't have to send any picture"), result.nextSteps[0]);
      assert.ok(result.nextSteps.includes(REPORT_STEP), 'where a young person can report it');
    });
  }
  for (const text of NOT_ASKED) {
    it(`not: ${text}`, () => {
      const result = story(text);
      assert.equal(result.askedAt, null, result.stages.join(','));
      assert.equal(result.pushed, false);
      assert.doesNotMatch(result.explanation, /pushing you/);
    });
  }
  it('a threat told is a threat story, not an asked one', () => {
    const result = story('he has my nudes and says he will send them to my family unless i pay');
    assert.equal(result.toldAbout, 'self');
    assert.equal(result.askedAt, null);
    assert.equal(result.pushed, false);
  });
  it('the story followed by a pasted chat that alerts: askedAt stays, the answer is for the chat (pushed false)', () => {
    const result = analyzeConversation([
      { sender: 'me', text: 'this guy keeps asking me for nudes, this is what he sent now' },
      { sender: 'him', text: 'send 200 dollars tonight or your pics go to your whole school' },
    ]);
    assert.equal(result.askedAt, 0);
    assert.ok(result.alert, result.level);
    assert.equal(result.pushed, false);
    assert.doesNotMatch(result.explanation, /pushing you/);
  });
  it('an offer of money for pictures, told back ("i will pay you …"), is no threat story', () => {
    for (const text of [
      'he says he will pay me for pics',
      'this man keeps asking me for nudes and says he will pay me',
    ]) {
      const result = story(text);
      assert.equal(result.toldAbout, null, text);
      assert.doesNotMatch(result.explanation, /threatening you/, text);
    }
    // money promised for pictures is a push (the lexicon's `pushed`), told as such
    assert.equal(story('this man keeps asking me for nudes and says he will pay me').askedAt, 0);
    assert.equal(story('he says he will pay me for pics').askedAt, 0);
    assert.equal(story('a guy on insta said he would give me robux for pics').askedAt, 0);
    assert.equal(story('my uncle will pay me for pics of his wedding').askedAt, null);
    const threat = story('he says he will pay me for more pics or he will post the ones i sent');
    assert.equal(threat.toldAbout, 'self', 'a threat beside the offer is still told');
  });
  it('a chat that alerts keeps its own explanation, and the crisis lines still lead', () => {
    const chat = analyzeConversation([
      { sender: 'Jay', text: 'send me some pics' },
      { sender: 'Jay', text: 'delete our chats so your parents dont see' },
      { sender: 'Jay', text: 'dont tell anyone about me ok' },
    ]);
    assert.equal(chat.askedAt, null);
    assert.ok(chat.alert, chat.level);
    const told = story('he keeps asking me to send nudes and i want to die');
    assert.equal(told.askedAt, 0);
    assert.ok(told.explanation.includes('suicide or self-harm'), told.explanation);
    assert.ok(told.nextSteps[0].includes('988'), told.nextSteps[0]);
  });
  it('streams: the story found at its message, later messages keep it', () => {
    const result = analyzeConversation([
      { text: 'hi i need advice' },
      {
        text: 'a guy i met on insta keeps asking me for pics and says i should delete our chats so my parents dont see',
      },
      { text: 'what should i do' },
    ]);
    assert.equal(result.askedAt, 1);
  });
});

// written for these tests (2026-12-08): the one helping tells of a young person close to them being pushed
const ASKED_OTHER = [
  'someone keeps asking my daughter for nudes and told her to delete their chats',
  'a man on a gaming site keeps messaging my 11 year old son asking him for pics and told him not to tell us',
  'i am worried my niece is being groomed by someone she met online',
  'un tipo le pide packs a mi hijo por discord',
];

const NOT_ASKED_OTHER = [
  'my mum keeps asking my brother for photos of his new flat',
  "my son's teacher asked him for a photo of his science project",
  'my daughter keeps asking her dad for pictures of the puppy',
];

describe('someone close pushed for pictures or secrecy, told by the one helping (askedAt, toldAbout other)', () => {
  for (const text of ASKED_OTHER) {
    it(text, () => {
      const result = story(text);
      assert.equal(result.askedAt, 0, `${result.level} ${result.stages.join(',')}`);
      assert.equal(result.toldAbout, 'other');
      assert.equal(result.pushed, true);
      assert.equal(result.selfReportAt, null, 'no threat was told');
      assert.equal(result.alert, false, 'a story changes no level');
      assert.match(result.explanation, /^It sounds like someone is pushing a young person you care about/);
      assert.ok(result.nextSteps[0].startsWith('Stay calm and listen'), result.nextSteps[0]);
      assert.ok(result.nextSteps.includes(REPORT_STEP));
    });
  }
  for (const text of NOT_ASKED_OTHER) {
    it(`not: ${text}`, () => {
      const result = story(text);
      assert.equal(result.askedAt, null, result.stages.join(','));
      assert.equal(result.pushed, false);
      assert.doesNotMatch(result.explanation, /pushing/);
    });
  }
  it('a threat told about someone close stays a threat story, and a chat that alerts keeps its own answer', () => {
    const threat = story(
      'a man has nudes of my daughter and says he will send them to her school unless she pays',
    );
    assert.equal(threat.toldAbout, 'other');
    assert.equal(threat.selfReportAt, 0);
    assert.equal(threat.pushed, false);
    const chat = analyzeConversation([
      { sender: 'me', text: 'a man keeps asking my son for nudes, this is what he sent him tonight' },
      { sender: 'man', text: 'send 300 dollars now or your pics go to your whole school' },
    ]);
    assert.equal(chat.askedAt, 0);
    assert.ok(chat.alert, chat.level);
    assert.equal(chat.pushed, false);
    assert.doesNotMatch(chat.explanation, /pushing/);
  });
});
