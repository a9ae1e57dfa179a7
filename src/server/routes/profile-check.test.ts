import { after, before, describe, it } from 'node:test';
import assert from '../../../test/assert.ts';
import { openStore, type Store } from '../../store/index.ts';
import { hammingDistance } from '../../core/pdq/index.ts';
import { captureLogs, createTestApp, errorCode, type TestApp } from '../testing.ts';
import { mulberry32 } from '../../../test/random.ts';

const SCAM = 'd8f8f0cee0f4a84f0637022a078f67f0b36e2ed596621e1d33e6339c4e9c9b22';
const VICTIM = '6b1b5e1dc8c25e4e4ce1a4b4b52c3e1a0f3a47a30c6e0b2f4e9d1a7c3b5d2e8f';

/** `hex` with its lowest `bits` bits flipped (Hamming distance `bits`). */
function flipBits(hex: string, bits: number): string {
  const chars = hex.split('');
  for (let i = 0; i < bits; i++) {
    const at = chars.length - 1 - Math.floor(i / 4);
    chars[at] = (parseInt(chars[at], 16) ^ (1 << (i % 4))).toString(16);
  }
  return chars.join('');
}

/** A hash far (128 bits) from SCAM and VICTIM: every bit of the second half flipped. */
const FAR = flipBits(SCAM, 128);

describe('POST /v1/profile-check', () => {
  let store: Store;
  let t: TestApp;
  let address = 0;

  before(async () => {
    store = await openStore({ dataDir: 'memory://' });
    t = await createTestApp(store, { config: { profileCheckRateLimitPerMinute: 5 } });
    const add = (bank: string, pdq: string) =>
      t.app.inject({
        method: 'POST',
        url: `/v1/banks/${bank}/content`,
        headers: t.auth('curate'),
        payload: { signals: { pdq }, metadata: { note: 'seen on a fake account' } },
      });
    assert.equal((await add('SCAM_PROFILE_PHOTOS', SCAM)).statusCode, 201);
    assert.equal((await add('VICTIM_CASES', VICTIM)).statusCode, 201);
    await t.app.matcher.syncNow();
  });
  after(async () => {
    await t.app.close();
    await store.close();
  });

  /** Each call comes from its own address, so only the rate-limit test meets the limit. */
  const check = (payload: unknown, headers: Record<string, string> = {}) =>
    t.app.inject({
      method: 'POST',
      url: '/v1/profile-check',
      payload: payload as object,
      headers,
      remoteAddress: `10.0.0.${++address}`,
    });

  it('answers yes for a photo in the bank, with no key and nothing about the bank', async () => {
    const res = await check({ pdq: flipBits(SCAM, 10).toUpperCase(), quality: 100 });
    assert.equal(res.statusCode, 200, res.body);
    assert.deepEqual(res.json(), { checked: true, match: true });
  });

  it('answers no for a photo that is not in the bank', async () => {
    const res = await check({ pdq: FAR, quality: 100 });
    assert.equal(res.statusCode, 200, res.body);
    assert.deepEqual(res.json(), { checked: true, match: false });
    assert.deepEqual((await check({ pdq: flipBits(SCAM, 32) })).json(), { checked: true, match: false });
  });

  it('matches only the scam-profile-photo bank, not victims’ cases', async () => {
    assert.deepEqual((await check({ pdq: VICTIM, quality: 100 })).json(), { checked: true, match: false });
    const lookup = await t.app.inject({
      method: 'POST',
      url: '/v1/lookup',
      headers: t.auth('match'),
      payload: { signals: { pdq: VICTIM } },
    });
    assert.equal(lookup.json().matches.length, 1, 'the victim hash is in the index');
  });

  it('matches when one of the rotated or mirrored variants is in the bank', async () => {
    const res = await check({ pdq: FAR, variants: [flipBits(FAR, 3), flipBits(SCAM, 5)], quality: 90 });
    assert.deepEqual(res.json(), { checked: true, match: true });
    const none = await check({ pdq: FAR, variants: [flipBits(FAR, 3)], quality: 90 });
    assert.deepEqual(none.json(), { checked: true, match: false });
  });

  it('does not check a photo that is too plain (low quality)', async () => {
    const res = await check({ pdq: SCAM, quality: 20 });
    assert.equal(res.statusCode, 200, res.body);
    assert.deepEqual(res.json(), { checked: false, match: false, reason: 'low_quality' });
  });

  it('refuses bad bodies with a clear 400', async () => {
    const bad: unknown[] = [
      {},
      { pdq: 'abc' },
      { pdq: SCAM, quality: 101 },
      { pdq: SCAM, threshold: 128 },
      { pdq: SCAM, banks: ['VICTIM_CASES'] },
      { pdq: SCAM, variants: Array.from({ length: 8 }, () => FAR) },
      { pdq: SCAM, variants: ['xyz'] },
      { md5: 'e'.repeat(32) },
    ];
    for (const body of bad) {
      const res = await check(body);
      assert.equal(res.statusCode, 400, JSON.stringify(body));
      assert.equal(errorCode(res), 'invalid_request', JSON.stringify(body));
    }
  });

  it('refuses image data, as JSON or as a raw body', async () => {
    const jpegBase64 = '/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEx';
    for (const body of [
      { pdq: SCAM, image: jpegBase64 },
      { pdq: `data:image/png;base64,${'A'.repeat(60)}` },
      { pdq: SCAM, photo: 'x'.repeat(300) },
    ]) {
      const res = await check(body);
      assert.equal(res.statusCode, 400, JSON.stringify(body).slice(0, 40));
      assert.equal(errorCode(res), 'image_data_not_accepted');
    }
    const raw = await check(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]), { 'content-type': 'image/jpeg' });
    assert.equal(raw.statusCode, 415);
    assert.equal(errorCode(raw), 'image_data_not_accepted');
  });

  it('limits each address (429 with a clear message)', async () => {
    const from = (remoteAddress: string) =>
      t.app.inject({ method: 'POST', url: '/v1/profile-check', payload: { pdq: FAR }, remoteAddress });
    for (let i = 0; i < 5; i++) assert.equal((await from('10.9.9.9')).statusCode, 200);
    const limited = await from('10.9.9.9');
    assert.equal(limited.statusCode, 429);
    assert.equal(errorCode(limited), 'rate_limited');
    assert.match(limited.json().error.message, /wait a minute/);
    assert.equal((await from('10.9.9.10')).statusCode, 200, 'other addresses are not limited');
  });

  it('is in the OpenAPI document as a public route', async () => {
    const doc = (await t.app.inject('/docs/json')).json();
    const route = doc.paths['/v1/profile-check']?.post;
    assert.ok(route, 'documented');
    assert.deepEqual(route.security, []);
    assert.ok(route.requestBody.content['application/json'].schema.properties.pdq);
  });
});

describe('POST /v1/profile-check, other configurations', () => {
  it('does not exist when the public profile check is turned off', async () => {
    const store = await openStore({ dataDir: 'memory://' });
    const t = await createTestApp(store, { config: { publicProfileCheck: false } });
    try {
      const res = await t.app.inject({ method: 'POST', url: '/v1/profile-check', payload: { pdq: SCAM } });
      assert.equal(res.statusCode, 404);
      assert.equal(errorCode(res), 'not_found');
      assert.equal((await t.app.inject('/docs/json')).json().paths['/v1/profile-check'], undefined);
    } finally {
      await t.app.close();
      await store.close();
    }
  });

  it('answers 503 while the index is loading', async () => {
    const store = await openStore({ dataDir: 'memory://' });
    // Loaded "in the background" on listen, which never happens here: the index stays not ready.
    const t = await createTestApp(store, { loadIndexInBackground: true });
    try {
      const res = await t.app.inject({ method: 'POST', url: '/v1/profile-check', payload: { pdq: SCAM } });
      assert.equal(res.statusCode, 503);
      assert.equal(errorCode(res), 'not_ready');
    } finally {
      await t.app.close();
      await store.close();
    }
  });

  it('logs no hashes', async () => {
    const { stream, text } = captureLogs();
    const store = await openStore({ dataDir: 'memory://' });
    const t = await createTestApp(store, { logger: { level: 'debug', stream } });
    try {
      const variant = flipBits(SCAM, 64);
      for (const quality of [100, 10]) {
        const res = await t.app.inject({
          method: 'POST',
          url: '/v1/profile-check',
          payload: { pdq: SCAM, variants: [variant], quality },
        });
        assert.equal(res.statusCode, 200);
      }
      await t.app.inject({ method: 'POST', url: '/v1/profile-check', payload: { pdq: SCAM.slice(1) } });
      const logs = text();
      assert.ok(logs.includes('profile photo checked'), 'checks are logged');
      for (const hash of [SCAM, variant, SCAM.slice(1)]) {
        assert.ok(!logs.toLowerCase().includes(hash), `logs contain ${hash.slice(0, 8)}`);
      }
    } finally {
      await t.app.close();
      await store.close();
    }
  });
});

/** `hex` with the given bit positions (0..255) flipped. */
function flipAt(hex: string, positions: Iterable<number>): string {
  const bytes = Buffer.from(hex, 'hex');
  for (const p of positions) bytes[p >> 3] ^= 1 << (p & 7);
  return bytes.toString('hex');
}

/**
 * The walk from issue 15: from a hash that matches (20 bits from the banked one), flip bits until
 * the answer turns to no (then the previous point is exactly at the threshold), then flip each
 * bit of that point once: yes means the bit differed from the banked hash. `ask` answers
 * true/false, or undefined when refused (the walk stops). Returns the recovered hash (if it got
 * that far) and how many questions were answered.
 */
async function walk(start: string, ask: (pdq: string) => Promise<boolean | undefined>) {
  let answered = 0;
  const q = async (pdq: string) => {
    const answer = await ask(pdq);
    if (answer !== undefined) answered += 1;
    return answer;
  };
  let edge = start;
  for (let bit = 0; ; bit++) {
    const further = flipAt(edge, [bit]);
    const answer = await q(further);
    if (answer === undefined) return { recovered: undefined, answered };
    if (!answer) break;
    edge = further;
  }
  const differs: number[] = [];
  for (let bit = 0; bit < 256; bit++) {
    const answer = await q(flipAt(edge, [bit]));
    if (answer === undefined) return { recovered: undefined, answered };
    if (answer) differs.push(bit);
  }
  return { recovered: flipAt(edge, differs), answered };
}

describe('POST /v1/profile-check against walks', () => {
  let store: Store;
  let t: TestApp;
  const next = mulberry32(1503);
  const randomPdq = () => Array.from({ length: 8 }, () => next().toString(16).padStart(8, '0')).join('');
  const start = flipAt(
    SCAM,
    Array.from({ length: 20 }, (_, i) => i * 12 + 3),
  );

  /** A fresh app (walks leave their neighbourhood slowed, so each test starts clean). */
  const fresh = async () => {
    await t?.app.close();
    await store?.close();
    store = await openStore({ dataDir: 'memory://' });
    t = await createTestApp(store, { config: { profileCheckRateLimitPerMinute: 100_000 } });
    const added = await t.app.inject({
      method: 'POST',
      url: '/v1/banks/SCAM_PROFILE_PHOTOS/content',
      headers: t.auth('curate'),
      payload: { signals: { pdq: SCAM } },
    });
    assert.equal(added.statusCode, 201);
    await t.app.matcher.syncNow();
  };
  after(async () => {
    await t?.app.close();
    await store?.close();
  });

  const ask = (remoteAddress: string) => async (pdq: string) => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/v1/profile-check',
      payload: { pdq },
      remoteAddress,
    });
    if (res.statusCode === 429) {
      assert.equal(errorCode(res), 'too_many_similar_checks');
      assert.ok(Number(res.headers['retry-after']) >= 1);
      return undefined;
    }
    assert.equal(res.statusCode, 200, res.body);
    return (res.json() as { match: boolean }).match;
  };

  it('the walk recovers the banked hash from a plain yes/no oracle (what the guard must stop)', async () => {
    const oracle = async (pdq: string) => hammingDistance(pdq, SCAM) <= 31;
    const { recovered, answered } = await walk(start, oracle);
    assert.equal(recovered, SCAM);
    assert.ok(answered > 250 && answered < 300, `${answered} questions`);
  });

  it('stops a walk from one address after a few questions', async () => {
    await fresh();
    const { recovered, answered } = await walk(start, ask('10.20.0.1'));
    assert.equal(recovered, undefined);
    assert.ok(answered <= 10, `${answered} answered`);
  });

  it('slows a walk spread over many addresses well before it recovers anything', async () => {
    await fresh();
    let n = 0;
    const rotating = async (pdq: string) => ask(`10.21.${++n >> 8}.${n & 255}`)(pdq);
    const { recovered, answered } = await walk(flipAt(start, [200]), rotating);
    assert.equal(recovered, undefined);
    assert.ok(answered <= 60, `${answered} answered`);
  });

  it('leaves ordinary use alone: many people, unrelated photos, a scam photo checked by many', async () => {
    await fresh();
    const answers: number[] = [];
    for (let person = 0; person < 100; person++) {
      const from = `10.30.${person >> 8}.${person & 255}`;
      // Three unrelated photos each, the first checked twice (as seen, then with its variants).
      const photos = [randomPdq(), randomPdq(), randomPdq()];
      const payloads: object[] = [
        { pdq: photos[0] },
        { pdq: photos[0], variants: [randomPdq(), randomPdq()] },
        { pdq: photos[1] },
        { pdq: photos[2] },
      ];
      // A third of them also check a screenshot of the same scam profile photo (a few bits off).
      if (person % 3 === 0) payloads.push({ pdq: flipAt(SCAM, [next() & 255, next() & 255, next() & 255]) });
      for (const payload of payloads) {
        const res = await t.app.inject({
          method: 'POST',
          url: '/v1/profile-check',
          payload,
          remoteAddress: from,
        });
        answers.push(res.statusCode);
        if (
          payload !== payloads[0] &&
          'pdq' in payload &&
          hammingDistance((payload as { pdq: string }).pdq, SCAM) < 8
        )
          assert.equal(res.json().match, true);
      }
    }
    assert.deepEqual([...new Set(answers)], [200]);
  });
});
