// A victim's case can carry the vPDQ of a long video (the Help app allows 60 minutes): the body
// limit of POST /v1/cases fits it, and still refuses bodies far over it.
import { after, before, test } from 'node:test';
import assert from './assert.ts';
import { startServer, type RunningServer } from './e2e/harness.ts';

let server: RunningServer;
before(async () => {
  server = await startServer();
});
after(async () => {
  await server?.stop();
});

/** The vPDQ text of a video of `seconds` seconds at one hash per second (made-up hashes). */
function vpdqOf(seconds: number): string {
  let text = '';
  for (let s = 0; s < seconds; s++) {
    const pdq = ((s * 2654435761) >>> 0).toString(16).padStart(8, '0').repeat(8);
    text += `${s * 30},100,${pdq},${s}.000\n`;
  }
  return text;
}

const post = (body: unknown) =>
  fetch(`${server.origin}/v1/cases`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });

test('a case takes the vPDQ of a 60-minute video (over the old 64 KiB body limit)', async () => {
  const vpdq = vpdqOf(60 * 60);
  assert.ok(vpdq.length > 64 * 1024);
  const response = await post({ contentType: 'video', fingerprints: [{ vpdq, md5: 'a'.repeat(32) }] });
  assert.equal(response.status, 201, await response.clone().text());
  assert.equal(((await response.json()) as { fingerprints: number }).fingerprints, 2);
});

test('a case body over 1 MiB is refused with 413', async () => {
  const vpdq = vpdqOf(60 * 60);
  const response = await post({
    contentType: 'video',
    fingerprints: Array.from({ length: 5 }, () => ({ vpdq })),
  });
  assert.equal(response.status, 413);
});
