import { describe, it } from 'node:test';
import assert from '../../../test/assert.ts';
import { errorCode, useTestApp } from '../testing.ts';

describe('POST /v1/scan', () => {
  const t = useTestApp();

  const scan = (payload: object, scope: 'match' | 'curate' = 'match') =>
    t.app.inject({ method: 'POST', url: '/v1/scan', headers: t.auth(scope), payload });

  it('scores messages and returns the result object', async () => {
    const res = await scan({
      messages: [
        { sender: 'x', text: 'I have your nudes' },
        { sender: 'x', text: 'send $300 on cashapp or i post them to all your followers', time: 5 },
      ],
    });
    assert.equal(res.statusCode, 200, res.body);
    const body = res.json();
    assert.equal(body.level, 'urgent');
    assert.equal(body.alert, true);
    assert.ok(body.stages.includes('threat'));
    // one label per stage, the threat's the usual one
    assert.equal(body.stageLabels.length, body.stages.length);
    assert.equal(body.stageLabels[body.stages.indexOf('threat')], 'threatening to share pictures');
    assert.ok(body.nextSteps.length > 0);
    assert.equal(body.primary, 'x');
    assert.equal(body.selfHarmAt, null);
  });

  it('returns where the chat talks of suicide, with the crisis lines as the first step', async () => {
    const res = await scan({
      messages: [
        { sender: 'x', text: 'send more or kys' },
        { sender: 'y', text: 'leave me alone' },
      ],
    });
    assert.equal(res.statusCode, 200, res.body);
    assert.equal(res.json().selfHarmAt, 0);
    assert.match(res.json().nextSteps[0], /thinking about hurting yourself/);
  });

  it('returns where someone says it is happening to them, with the steps for a threat', async () => {
    const res = await scan({ messages: [{ sender: 'me', text: 'someone is blackmailing me with a video' }] });
    assert.equal(res.statusCode, 200, res.body);
    assert.equal(res.json().selfReportAt, 0);
    assert.match(res.json().explanation, /^It sounds like someone is threatening you/);
    assert.equal(res.json().toldAbout, 'self');
    const plain = await scan({ messages: [{ sender: 'me', text: 'see you at practice' }] });
    assert.equal(plain.json().selfReportAt, null);
    assert.equal(plain.json().toldAbout, null);
  });

  it('returns where someone tells of being pushed for pictures before any threat, with the early steps', async () => {
    const res = await scan({
      messages: [
        { text: 'this guy on snap wants me to send him nudes and says he will buy me robux if i do' },
      ],
    });
    assert.equal(res.statusCode, 200, res.body);
    assert.equal(res.json().askedAt, 0);
    assert.equal(res.json().pushed, true);
    assert.equal(res.json().toldAbout, null);
    assert.match(res.json().explanation, /^It sounds like someone is pushing you to send pictures/);
    assert.match(res.json().nextSteps[0], /^You don't have to send any picture/);
    const plain = await scan({ messages: [{ sender: 'me', text: 'see you at practice' }] });
    assert.equal(plain.json().askedAt, null);
    assert.equal(plain.json().pushed, false);
    const helping = await scan({
      messages: [{ text: 'a stranger on snapchat keeps asking my son for nudes' }],
    });
    assert.equal(helping.json().askedAt, 0);
    assert.equal(helping.json().pushed, true);
    assert.equal(helping.json().toldAbout, 'other');
    assert.match(
      helping.json().explanation,
      /^It sounds like someone is pushing a young person you care about/,
    );
  });

  it('says when someone tells what is happening to someone close to them, with the steps for the one helping', async () => {
    const res = await scan({
      messages: [
        {
          sender: 'me',
          text: 'a stranger is blackmailing my son, he wants gift cards or he will share the video',
        },
      ],
    });
    assert.equal(res.statusCode, 200, res.body);
    assert.equal(res.json().selfReportAt, 0);
    assert.equal(res.json().toldAbout, 'other');
    assert.match(res.json().explanation, /^It sounds like someone is threatening a person you care about/);
    assert.match(res.json().nextSteps[0], /^Stay calm and listen/);
  });

  it('reads with the rules alone when asked for engine "rules", and refuses an unknown engine', async () => {
    const messages = [
      { sender: 'x', text: 'The lens of your laptop caught you while you watched, thanks to my software.' },
    ];
    const cues = async (engine?: string) =>
      ((await scan({ messages, ...(engine ? { engine } : {}) })).json().evidence as { cue: string }[]).map(
        (e) => e.cue,
      );
    assert.ok((await cues()).includes('model.compromise_claim'));
    assert.ok((await cues('full')).includes('model.compromise_claim'));
    assert.deepEqual(await cues('rules'), []);
    const bad = await scan({ messages, engine: 'fast' });
    assert.equal(bad.statusCode, 400);
  });

  it("returns the pieces of a threat split over one sender's messages (evidence parts)", async () => {
    const res = await scan({
      messages: [
        { sender: 'x', text: 'ok im leaking' },
        { sender: 'me', text: 'what' },
        { sender: 'x', text: 'your nudes' },
      ],
    });
    assert.equal(res.statusCode, 200, res.body);
    const cue = res.json().evidence.find((e: { parts?: unknown[] }) => e.parts);
    assert.ok(cue, res.body);
    assert.deepEqual(cue.parts, [
      { message: 0, start: 3, end: 13, text: 'im leaking' },
      { message: 2, start: 0, end: 10, text: 'your nudes' },
    ]);
  });

  it('parses text in a given or detected format', async () => {
    const whatsapp = '12/31/23, 9:41 PM - Jess: hey\n12/31/23, 9:42 PM - Jess: see you at practice';
    const res = await scan({ text: whatsapp });
    assert.equal(res.statusCode, 200);
    assert.equal(res.json().format, 'whatsapp');
    assert.equal(res.json().level, 'none');
  });

  it('answers malformed exports and bad bodies with a clear 400', async () => {
    const bad = await scan({ text: 'not a dated line\n12/31/23, 9:41 PM - Jess: hey', format: 'whatsapp' });
    assert.equal(bad.statusCode, 400);
    assert.equal(errorCode(bad), 'malformed_export');
    assert.match(bad.json().error.message, /line 1/);
    assert.equal((await scan({})).statusCode, 400);
    assert.equal((await scan({ text: 'a', messages: [] })).statusCode, 400);
    assert.equal((await scan({ messages: [{ sender: 'x' }] })).statusCode, 400);
  });

  it('requires a key (match scope, or curate/admin which include it)', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/v1/scan', payload: { text: 'hi' } });
    assert.equal(res.statusCode, 401);
    const wrong = await t.app.inject({
      method: 'POST',
      url: '/v1/scan',
      headers: { authorization: 'Bearer bsk_nope' },
      payload: { text: 'hi' },
    });
    assert.equal(wrong.statusCode, 401);
    assert.equal((await scan({ text: 'hi' }, 'curate')).statusCode, 200);
  });
});
