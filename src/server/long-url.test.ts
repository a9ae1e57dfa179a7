// GET /m/raw_lookup?signal_type=vpdq&signal=... with a 60-minute vPDQ (one hash a second), as HMA
// clients send it, over a real socket (inject() skips Node's HTTP parser, whose limit this is about).
import { after, before, it } from 'node:test';
import assert from '../../test/assert.ts';
import { randomBytes } from 'node:crypto';
import type { Store } from '../store/index.ts';
import { testStoreKinds } from '../store/testing.ts';
import { MAX_URL_AND_HEADER_BYTES } from './client-errors.ts';
import { createTestApp, type TestApp } from './testing.ts';

const [pglite] = testStoreKinds();
let store: Store;
let t: TestApp;
let origin: string;

/** A vPDQ of `minutes` at one hash a second (29.97 fps: frames 29 apart), random frames. */
function vpdqOf(minutes: number): string {
  const lines: string[] = [];
  for (let s = 0; s < minutes * 60; s++) {
    lines.push(`${s * 29},100,${randomBytes(32).toString('hex')},${((s * 29) / 29.97).toFixed(3)}`);
  }
  return lines.join('\n') + '\n';
}

before(async () => {
  store = await pglite.open();
  t = await createTestApp(store);
  origin = await t.app.listen({ port: 0, host: '127.0.0.1' });
});

after(async () => {
  await t?.app.close();
  await store?.close();
});

it('a 60-minute vPDQ fits in the GET /m/raw_lookup address', async () => {
  const signal = vpdqOf(60);
  const url = `${origin}/m/raw_lookup?signal_type=vpdq&signal=${encodeURIComponent(signal)}`;
  assert.ok(url.length > 16 * 1024 * 10, `the address is ${url.length} bytes, far over Node's default 16 KB`);
  const res = await fetch(url, { headers: t.auth('match') });
  assert.equal(res.status, 200, await res.clone().text());
  assert.deepEqual(await res.json(), { matches: [] });
});

it('an address over the limit gets a 431 with a clear JSON error, and the server keeps serving', async () => {
  const signal = vpdqOf(100);
  const url = `${origin}/m/raw_lookup?signal_type=vpdq&signal=${encodeURIComponent(signal)}`;
  assert.ok(url.length > MAX_URL_AND_HEADER_BYTES);
  const res = await fetch(url, { headers: t.auth('match') });
  assert.equal(res.status, 431);
  const body = (await res.json()) as { error: { code: string; message: string } };
  assert.equal(body.error.code, 'request_too_large');
  assert.match(body.error.message, /POST \/v1\/lookup/);
  const small = await fetch(
    `${origin}/m/raw_lookup?signal_type=vpdq&signal=${encodeURIComponent(vpdqOf(1))}`,
    {
      headers: t.auth('match'),
    },
  );
  assert.equal(small.status, 200);
});
