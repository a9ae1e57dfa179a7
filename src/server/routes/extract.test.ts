import { after, describe, it } from 'node:test';
import assert from '../../../test/assert.ts';
import { errorCode, useTestApp } from '../testing.ts';
import { terminateOcr } from '../../node/ocr/index.ts';
import { PLANTED_CHAT, renderChatScreenshot } from '../../node/ocr/render-chat.ts';

describe('POST /v1/extract', () => {
  const t = useTestApp();
  after(() => terminateOcr());

  it('finds indicators in JSON text, with a region for phones', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/v1/extract',
      headers: t.auth('match'),
      payload: { text: 'snap: jo_99, text 07911 123456, pay $CashMe1', region: 'GB' },
    });
    assert.equal(res.statusCode, 200);
    const body = res.json();
    assert.equal(body.source, 'text');
    assert.deepEqual(
      body.indicators.map((i: { normalized: string }) => i.normalized),
      ['snapchat:jo_99', '+447911123456', 'cashapp:cashme1'],
    );
  });

  it('needs a match key and rejects bad bodies with clear errors', async () => {
    const anon = await t.app.inject({ method: 'POST', url: '/v1/extract', payload: { text: 'x' } });
    assert.equal(anon.statusCode, 401);
    const bad = await t.app.inject({
      method: 'POST',
      url: '/v1/extract',
      headers: t.auth('match'),
      payload: { txt: 1 },
    });
    assert.equal(bad.statusCode, 400);
    assert.equal(errorCode(bad), 'invalid_body');
    const garbage = await t.app.inject({
      method: 'POST',
      url: '/v1/extract',
      headers: { ...t.auth('match'), 'content-type': 'application/octet-stream' },
      payload: Buffer.from('definitely not an image, just bytes'),
    });
    assert.equal(garbage.statusCode, 415);
    assert.equal(errorCode(garbage), 'not_an_image');
  });

  it('reads a screenshot sent as the raw body', async () => {
    const png = await renderChatScreenshot(PLANTED_CHAT, { width: 720, height: 1560, dark: true });
    const res = await t.app.inject({
      method: 'POST',
      url: '/v1/extract',
      headers: { ...t.auth('match'), 'content-type': 'image/png' },
      payload: png,
    });
    assert.equal(res.statusCode, 200);
    const body = res.json();
    assert.equal(body.source, 'ocr');
    assert.ok(body.indicators.some((i: { normalized: string }) => i.normalized === 'snapchat:alex_rivers22'));
  });
});
