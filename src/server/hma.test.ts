import { describe, it } from 'node:test';
import assert from '../../test/assert.ts';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { coinflip } from './hma/coinflip.ts';
import { createTestApp, errorCode, useTestApp } from './testing.ts';

const PDQ = 'f8f8f0cee0f4a84f06370a22038f63f0b36e2ed596621e1d33e6b39c4e9c9b22';
const NEAR = 'f8f8f0cee0f4a84f06370a22038f63f0b36e2ed596621e1d33e6b39c4e9c9b25'; // 3 bits away
const MD5 = '0123456789abcdef0123456789abcdef';
const SHA = 'ab'.repeat(32);

describe('HMA-compatible routes', () => {
  const t = useTestApp({ config: { fetchAllowHosts: ['localhost', '127.0.0.1'] } });
  const req = (
    method: string,
    url: string,
    payload?: unknown,
    scope: 'admin' | 'curate' | 'match' = 'curate',
  ) => t.app.inject({ method: method as 'GET', url, payload: payload as object, headers: t.auth(scope) });

  it('curates banks with HMA shapes and status codes', async () => {
    const created = await req('POST', '/c/banks', { name: 'HMA_BANK', enabled: true });
    assert.equal(created.statusCode, 201);
    assert.deepEqual(created.json(), { name: 'HMA_BANK', matching_enabled_ratio: 1 });
    const dup = await req('POST', '/c/banks', { name: 'HMA_BANK' });
    assert.equal(dup.statusCode, 403);
    assert.equal(dup.json().message, 'Bank already exists');
    assert.equal(errorCode(dup), 'bank_exists');
    const list = await req('GET', '/c/banks');
    assert.ok(list.json().some((b: { name: string }) => b.name === 'HMA_BANK'));
    assert.deepEqual((await req('GET', '/c/bank/HMA_BANK')).json(), {
      name: 'HMA_BANK',
      matching_enabled_ratio: 1,
    });
    assert.equal((await req('GET', '/c/bank/NOPE')).statusCode, 404);
    const disabled = await req('PUT', '/c/bank/HMA_BANK', { enabled_ratio: 0 });
    assert.deepEqual(disabled.json(), { name: 'HMA_BANK', matching_enabled_ratio: 0 });
    const renamed = await req('PUT', '/c/bank/HMA_BANK', { name: 'HMA_BANK_2', enabled: true });
    assert.deepEqual(renamed.json(), { name: 'HMA_BANK_2', matching_enabled_ratio: 1 });
    assert.equal((await req('DELETE', '/c/bank/HMA_BANK_2')).statusCode, 403, 'curate cannot delete banks');
    assert.deepEqual((await req('DELETE', '/c/bank/HMA_BANK_2', undefined, 'admin')).json(), {
      message: 'Done',
    });
  });

  it('answers the exchange routes for unknown names as HMA does (exchanges themselves: exchanges.test.ts)', async () => {
    assert.deepEqual((await req('GET', '/c/exchanges/apis')).json(), [
      'backstop',
      'file',
      'stop_ncii',
      'ncmec',
    ]);
    assert.deepEqual((await req('GET', '/c/exchanges')).json(), []);
    const api = await req('GET', '/c/exchanges/api/fb_threatexchange');
    assert.equal(api.statusCode, 400);
    assert.equal(api.json().message, "no such Exchange API 'fb_threatexchange'");
    const create = await req('POST', '/c/exchanges', {
      bank: 'TX_COPY',
      api: 'fb_threatexchange',
      api_json: {},
    });
    assert.equal(create.statusCode, 400);
    assert.equal(create.json().message, "No such exchange type 'fb_threatexchange'");
    for (const [method, url] of [
      ['GET', '/c/exchange/NCMEC_COPY'],
      ['PUT', '/c/exchange/NCMEC_COPY'],
      ['GET', '/c/exchange/NCMEC_COPY/status'],
      ['POST', '/c/exchange/NCMEC_COPY/fetch'],
    ]) {
      const res = await req(method, url, method === 'PUT' ? { enabled: false } : undefined);
      assert.equal(res.statusCode, 404, `${method} ${url}`);
      assert.equal(res.json().message, "Exchange 'NCMEC_COPY' not found");
    }
    const deleted = await req('DELETE', '/c/exchange/NCMEC_COPY');
    assert.equal(deleted.statusCode, 200, 'HMA: deleting an unknown exchange succeeds');
    assert.deepEqual(deleted.json(), { message: 'Exchange deleted' });
    for (const payload of [[], undefined]) {
      const res = await req('POST', '/c/exchanges/api/file', payload);
      assert.equal(res.statusCode, 400, `POST ${JSON.stringify(payload)}`);
    }
    const noCredentials = await req('POST', '/c/exchanges/api/file', { credential_json: null });
    assert.deepEqual(noCredentials.json(), {
      supports_authentification: false,
      has_set_authentification: false,
    });
    const schema = await req('GET', '/c/exchanges/api/fb_threatexchange/schema');
    assert.equal(schema.statusCode, 404, 'HMA: an unknown type has no schema');
    assert.equal(schema.json().message, "Exchange API 'fb_threatexchange' not found");
    assert.equal((await req('GET', '/c/exchanges', undefined, 'match')).statusCode, 403, 'curate scope');
  });

  it('adds signals, looks them up, compares, reports index status', async () => {
    await req('POST', '/c/banks', { name: 'HMA_MATCH' });
    const added = await req('POST', '/c/bank/HMA_MATCH/signal', { pdq: PDQ, md5: MD5 });
    assert.equal(added.statusCode, 200, added.body);
    const { id, signals } = added.json();
    assert.deepEqual(signals, { pdq: PDQ, video_md5: MD5 }, "md5 is HMA's video_md5");

    const lookup = await req('GET', `/m/lookup?signal_type=pdq&signal=${NEAR}`, undefined, 'match');
    assert.deepEqual(lookup.json(), { HMA_MATCH: [{ bank_content_id: id, distance: '3' }] });
    const md5Lookup = await req('GET', `/m/lookup?signal_type=video_md5&signal=${MD5}`, undefined, 'match');
    assert.deepEqual(md5Lookup.json(), { HMA_MATCH: [{ bank_content_id: id, distance: '-' }] });
    const raw = await req('GET', `/m/raw_lookup?signal_type=video_md5&signal=${MD5}`, undefined, 'match');
    assert.deepEqual(raw.json(), { matches: [id] });
    const rawDist = await req(
      'GET',
      `/m/raw_lookup?signal_type=pdq&signal=${NEAR}&include_distance=true`,
      undefined,
      'match',
    );
    assert.deepEqual(rawDist.json(), { matches: [{ bank_content_id: id, distance: '3' }] });
    const other = await req(
      'GET',
      `/m/lookup?signal_type=pdq&signal=${NEAR}&banks=VICTIM_CASES`,
      undefined,
      'match',
    );
    assert.deepEqual(other.json(), {});

    const status = (await req('GET', '/m/index/status', undefined, 'match')).json();
    assert.equal(status.pdq.present, true);
    assert.ok(status.pdq.size >= 1 && status.video_md5.size >= 1);
    assert.equal(status.md5, undefined);
    const md5Status = await req('GET', '/m/index/status?signal_type=video_md5', undefined, 'match');
    assert.deepEqual(Object.keys(md5Status.json()), ['video_md5']);
    assert.equal(
      errorCode(await req('GET', '/m/index/status?signal_type=tmk', undefined, 'match')),
      'unknown_signal_type',
    );

    const compared = await req('POST', '/m/compare', { pdq: [PDQ, NEAR], md5: [MD5, MD5] }, 'match');
    assert.deepEqual(compared.json(), { pdq: [true, { distance: 3 }], md5: [true, { distance: 0 }] });
    assert.equal((await req('POST', '/m/compare', { pdq: [PDQ] }, 'match')).statusCode, 400);

    const content = await req('GET', `/c/bank/HMA_MATCH/content/${id}?include_signals=true`);
    assert.equal(content.json().id, id);
    assert.deepEqual(content.json().signals, { pdq: PDQ, video_md5: MD5 });
    assert.equal(content.json().disable_until_ts, 1, 'HMA: 1 is enabled');
    const future = Math.floor(Date.now() / 1000) + 3600;
    const put = await req('PUT', `/c/bank/HMA_MATCH/content/${id}`, { disable_until_ts: future });
    assert.equal(put.json().disable_until_ts, future, 'disabled until that time, then enabled again');
    assert.equal((await req('GET', `/c/bank/HMA_MATCH/content/${id}`)).json().disable_until_ts, future);
    const lookupMd5 = `/m/lookup?signal_type=video_md5&signal=${MD5}`;
    assert.deepEqual((await req('GET', lookupMd5, undefined, 'match')).json(), {});
    assert.deepEqual(
      (await req('GET', `/m/raw_lookup?signal_type=video_md5&signal=${MD5}`, undefined, 'match')).json(),
      { matches: [id] },
      'raw_lookup does not check enabled (HMA)',
    );
    const off = await req('PUT', `/c/bank/HMA_MATCH/content/${id}`, { disable_until_ts: 0 });
    assert.equal(off.json().disable_until_ts, 0, 'HMA: 0 is disabled');
    assert.deepEqual((await req('GET', lookupMd5, undefined, 'match')).json(), {});
    const tooFar = Math.floor(Date.now() / 1000) + 5 * 366 * 86400;
    assert.equal(
      (await req('PUT', `/c/bank/HMA_MATCH/content/${id}`, { disable_until_ts: tooFar })).statusCode,
      400,
    );
    assert.equal(
      (await req('PUT', `/c/bank/HMA_MATCH/content/${id}`, { disable_until_ts: -1 })).statusCode,
      400,
    );
    await req('PUT', `/c/bank/HMA_MATCH/content/${id}`, { disable_until_ts: 1 });
    assert.deepEqual((await req('GET', lookupMd5, undefined, 'match')).json(), {
      HMA_MATCH: [{ bank_content_id: id, distance: '-' }],
    });
    assert.deepEqual((await req('DELETE', `/c/bank/HMA_MATCH/content/${id}`)).json(), { deleted: 1 });
    assert.deepEqual((await req('DELETE', `/c/bank/HMA_MATCH/content/${id}`)).json(), { deleted: 0 });
    assert.equal((await req('GET', `/c/bank/HMA_MATCH/content/${id}`)).statusCode, 404);
  });

  it("keeps bank ratios and applies HMA's seeded coin flip on /m/lookup only", async () => {
    // CPython 3: random.Random('42').random() == 0.473659421919327, random.Random('abc').random() == 0.7720246314157545
    assert.equal(coinflip('42'), 0.473659421919327);
    assert.equal(coinflip('abc'), 0.7720246314157545);
    const half = await req('POST', '/c/banks', { name: 'HMA_HALF', enabled_ratio: 0.5 });
    assert.deepEqual(half.json(), { name: 'HMA_HALF', matching_enabled_ratio: 0.5 });
    const { id } = (await req('POST', '/c/bank/HMA_HALF/signal', { sha256: SHA })).json();
    const lookup = (query: string) =>
      req('GET', `/m/lookup?signal_type=sha256&signal=${SHA}${query}`, undefined, 'match');
    const hit = { HMA_HALF: [{ bank_content_id: id, distance: '-' }] };
    assert.deepEqual((await lookup('&seed=42')).json(), hit, 'flip 0.47 <= ratio 0.5');
    assert.deepEqual((await lookup('&seed=abc')).json(), {}, 'flip 0.77 > ratio 0.5');
    assert.deepEqual((await lookup('&seed=abc&bypass_coinflip=true')).json(), hit);
    const v1 = await req('POST', '/v1/lookup', { signals: { sha256: SHA } }, 'match');
    assert.deepEqual(
      v1.json().matches.map((m: { contentId: number }) => m.contentId),
      [id],
      '/v1 matches enabled banks in full',
    );
    await req('PUT', '/c/bank/HMA_HALF', { enabled_ratio: 0 });
    assert.deepEqual((await lookup('&bypass_coinflip=true')).json(), {}, 'a disabled bank never matches');
    assert.deepEqual((await req('GET', '/c/bank/HMA_HALF')).json().matching_enabled_ratio, 0);
    await req('PUT', '/c/bank/HMA_HALF', { enabled: true });
    assert.deepEqual((await req('GET', '/c/bank/HMA_HALF')).json().matching_enabled_ratio, 1);
    assert.equal((await req('PUT', '/c/bank/HMA_HALF', { enabled_ratio: 1.5 })).statusCode, 400);
  });

  it('refuses to bank a photo too plain to hash, and gives a file no decoder reads as video its video_md5', async () => {
    await req('POST', '/c/banks', { name: 'HMA_QUALITY' });
    const plain = readFileSync(
      new URL('../../test/fixtures/pdq/images/misc-images/small.jpg', import.meta.url),
    );
    const upload = (url: string, field: string, bytes: Buffer, scope: 'curate' | 'match' = 'curate') => {
      const form = new FormData();
      form.append(field, new Blob([new Uint8Array(bytes)], { type: 'image/jpeg' }), 'x.jpg');
      const encoded = new Request('http://localhost/', { method: 'POST', body: form });
      return encoded.arrayBuffer().then((body) =>
        t.app.inject({
          method: 'POST',
          url,
          payload: Buffer.from(body),
          headers: { ...t.auth(scope), 'content-type': encoded.headers.get('content-type')! },
        }),
      );
    };
    const refused = await upload('/c/bank/HMA_QUALITY/content', 'photo', plain);
    assert.equal(refused.statusCode, 400, refused.body);
    assert.equal(errorCode(refused), 'low_quality');
    assert.deepEqual((await upload('/h/hash', 'photo', plain, 'match')).json(), { pdq: '' });
    const lookup = await upload('/m/lookup', 'photo', plain, 'match');
    assert.deepEqual(lookup.json(), { pdq: {} });
    // A file no decoder reads as a video still gets HMA's video_md5 (the MD5 of any bytes)...
    const video = await upload('/h/hash', 'video', plain, 'match');
    assert.deepEqual(video.json(), { video_md5: createHash('md5').update(plain).digest('hex') });
    // ...but asking for its vPDQ by name is a clear refusal.
    const vpdq = await upload('/h/hash?types=vpdq', 'video', plain, 'match');
    assert.equal(vpdq.statusCode, 415, vpdq.body);
    assert.equal(errorCode(vpdq), 'unsupported_format');
    const banked = await upload('/c/bank/HMA_QUALITY/content', 'video', plain);
    assert.equal(banked.statusCode, 200, banked.body);
    const lookupVideo = await upload('/m/lookup', 'video', plain, 'match');
    assert.deepEqual(lookupVideo.json(), {
      video_md5: { HMA_QUALITY: [{ bank_content_id: banked.json().id, distance: '-' }] },
    });
  });

  it('validates metadata and notes as HMA does and returns them', async () => {
    await req('POST', '/c/banks', { name: 'HMA_META' });
    const note = (value: unknown) => req('POST', '/c/bank/HMA_META/signal', { md5: MD5, note: value });
    assert.equal((await note(5)).statusCode, 400);
    assert.equal((await note('é'.repeat(256))).statusCode, 400);
    const ok = await note('é'.repeat(255));
    assert.equal(ok.statusCode, 200, ok.body);
    const id = ok.json().id;
    const put = await req('PUT', `/c/bank/HMA_META/content/${id}`, { note: 'checked', disable_until_ts: 0 });
    assert.deepEqual(put.json(), {
      id,
      disable_until_ts: 0,
      collab_metadata: {},
      original_media_uri: null,
      bank: { name: 'HMA_META', matching_enabled_ratio: 1 },
      user_metadata: null,
      note: 'checked',
    });
    assert.equal((await req('PUT', `/c/bank/HMA_META/content/${id}`, { note: ['x'] })).statusCode, 400);
    assert.equal(
      (await req('PUT', `/c/bank/HMA_META/content/${id}`, { disable_until_ts: 'soon' })).statusCode,
      400,
    );
    const v1 = await req('PATCH', `/v1/banks/HMA_META/content/${id}`, {
      metadata: { externalId: 'ext-1', extra: { a: 1 } },
    });
    assert.equal(v1.statusCode, 200, v1.body);
    const got = (await req('GET', `/c/bank/HMA_META/content/${id}`)).json();
    assert.deepEqual(got.metadata, { content_id: 'ext-1', content_uri: null, json: { a: 1 }, collab: null });
    assert.equal(got.note, 'checked');
  });

  it('serves HMA configuration and site-map routes', async () => {
    const siteMap = (await t.app.inject('/site-map')).json();
    for (const path of ['/status', '/status/live', '/c/bank/<bank_name>/content/<content_id>', '/m/lookup']) {
      assert.ok(siteMap.includes(path), path);
    }
    assert.deepEqual(siteMap, [...siteMap].sort());
    assert.deepEqual((await req('GET', '/c/content_type')).json(), [
      { name: 'photo', enabled: true },
      { name: 'video', enabled: true },
    ]);
    assert.deepEqual(
      (await req('GET', '/c/signal_type')).json().map((s: { name: string }) => s.name),
      ['pdq', 'video_md5', 'sha256', 'vpdq'],
    );
    await req('POST', '/c/banks', { name: 'HMA_CONFIG' });
    await req('POST', '/c/bank/HMA_CONFIG/signal', { pdq: PDQ });
    const index = (await req('GET', '/c/signal_type/index?signal_type=pdq')).json();
    assert.deepEqual(Object.keys(index), ['pdq']);
    assert.ok(index.pdq.db_size >= 1);
    assert.equal(index.pdq.index_size, index.pdq.db_size);
    assert.equal(index.pdq.index_out_of_date, false);
    assert.equal((await req('GET', '/c/signal_type/index?signal_type=tmk')).statusCode, 400);
    assert.equal((await req('PUT', '/c/signal_type/pdq', { enabled_ratio: 0 })).statusCode, 501);
    assert.equal((await req('GET', '/c/signal_type', undefined, 'match')).statusCode, 403);
  });

  it('answers bad input with 4xx and a message', async () => {
    const bad: [string, string, unknown, number][] = [
      ['GET', '/m/lookup?signal_type=pdq&signal=abc', undefined, 400],
      ['GET', '/m/lookup?signal_type=nope&signal=abc', undefined, 400],
      ['GET', '/m/lookup', undefined, 400],
      ['GET', '/m/raw_lookup?signal_type=pdq', undefined, 400],
      ['POST', '/c/bank/NOPE/signal', { pdq: PDQ }, 404],
      ['POST', '/c/bank/VICTIM_CASES/signal', { pdq: 'xyz' }, 400],
      ['POST', '/c/bank/VICTIM_CASES/signal', {}, 400],
      ['POST', '/c/banks', { name: 'lower' }, 400],
      ['POST', '/c/bank/VICTIM_CASES/content', {}, 400],
      ['GET', '/h/hash', undefined, 400],
    ];
    for (const [method, url, payload, status] of bad) {
      const res = await req(method, url, payload, 'admin');
      assert.equal(res.statusCode, status, `${method} ${url}: ${res.body}`);
      assert.equal(typeof res.json().message, 'string');
      errorCode(res);
    }
  });

  it('never fetches internal addresses, even when allow-listed', async () => {
    for (const url of ['http://localhost:1/x.jpg', 'http://127.0.0.1:1/x.jpg']) {
      const res = await req('GET', `/h/hash?url=${encodeURIComponent(url)}`, undefined, 'match');
      assert.equal(res.statusCode, 403, res.body);
      assert.equal(errorCode(res), 'url_not_allowed');
    }
    const notListed = await req(
      'GET',
      `/h/hash?url=${encodeURIComponent('https://example.org/a.jpg')}`,
      undefined,
      'match',
    );
    assert.equal(notListed.statusCode, 403);
    const ftp = await req(
      'GET',
      `/m/lookup?url=${encodeURIComponent('ftp://localhost/a.jpg')}`,
      undefined,
      'match',
    );
    assert.equal(ftp.statusCode, 400);
  });

  it('refuses the url parameter entirely without an allow-list', async () => {
    const plain = await createTestApp(t.store);
    try {
      const res = await plain.app.inject({
        url: `/h/hash?url=${encodeURIComponent('https://example.org/a.jpg')}`,
        headers: plain.auth('match'),
      });
      assert.equal(res.statusCode, 403);
      assert.match(res.json().message, /turned off/);
    } finally {
      await plain.app.close();
    }
  });

  it('serves the built web app at / with an SPA fallback, and a hint page without a build', async () => {
    const { mkdtempSync, mkdirSync, writeFileSync, rmSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(join(tmpdir(), 'backstop-web-'));
    mkdirSync(join(dir, 'assets'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Help</title>');
    writeFileSync(join(dir, 'assets', 'app.js'), 'console.log(1)');
    const web = await createTestApp(t.store, { config: { webDir: dir } });
    const none = await createTestApp(t.store, { config: { webDir: join(dir, 'missing') } });
    try {
      for (const path of ['/', '/help/right-now', '/index.html']) {
        const res = await web.app.inject(path);
        assert.equal(res.statusCode, 200, path);
        assert.match(res.body, /<title>Help<\/title>/, path);
      }
      assert.equal((await web.app.inject('/assets/app.js')).body, 'console.log(1)');
      // the build's compressed copies, to a browser that accepts them (scripts/compress-web.mjs); the file otherwise.
      // app.js is served by the static routes made at start, late.js (written after) by the fallback's sendFile
      for (const name of ['app.js', 'late.js']) {
        writeFileSync(join(dir, 'assets', name), 'console.log(1)');
        writeFileSync(join(dir, 'assets', `${name}.br`), brotliCompressSync('console.log(1)'));
        writeFileSync(join(dir, 'assets', `${name}.gz`), gzipSync('console.log(1)'));
      }
      for (const [accept, encoding] of [
        ['gzip, deflate, br', 'br'],
        ['gzip', 'gzip'],
        ['identity', undefined],
      ] as const) {
        for (const url of ['/assets/app.js', '/assets/late.js']) {
          const res = await web.app.inject({ url, headers: { 'accept-encoding': accept } });
          assert.equal(res.statusCode, 200, `${url} ${accept}`);
          assert.equal(res.headers['content-encoding'], encoding, `${url} ${accept}`);
          const body = res.rawPayload;
          const plain =
            encoding === 'br' ? brotliDecompressSync(body) : encoding === 'gzip' ? gunzipSync(body) : body;
          assert.equal(plain.toString(), 'console.log(1)', `${url} ${accept}`);
        }
      }
      const api = await web.app.inject('/v1/nothing-here');
      assert.equal(api.statusCode, 404);
      assert.equal(errorCode(api), 'not_found');
      assert.equal((await web.app.inject('/healthz')).json().status, 'ok');
      const hint = await none.app.inject('/');
      assert.equal(hint.statusCode, 200);
      assert.match(hint.body, /npm run build:web/);
    } finally {
      await web.app.close();
      await none.app.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
