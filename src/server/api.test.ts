import { after, before, describe, it } from 'node:test';
import assert from '../../test/assert.ts';
import type { FastifyInstance } from 'fastify';
import { postgresReachable, SKIP_POSTGRES_MESSAGE, testStoreKinds } from '../store/testing.ts';
import type { Store } from '../store/index.ts';
import { captureLogs, createTestApp, errorCode, type TestApp } from './testing.ts';

const PDQ = 'f8f8f0cee0f4a84f06370a22038f63f0b36e2ed596621e1d33e6b39c4e9c9b22';
/** PDQ at distance 4 from PDQ (last nibble 2 → d flips 4 bits... computed in the test). */
const MD5 = '0123456789abcdef0123456789abcdef';
const SHA = 'a'.repeat(64);

function flipBits(hex: string, bits: number): string {
  const chars = hex.split('');
  for (let i = 0; i < bits; i++) {
    const at = chars.length - 1 - Math.floor(i / 4);
    chars[at] = (parseInt(chars[at], 16) ^ (1 << (i % 4))).toString(16);
  }
  return chars.join('');
}

for (const kind of testStoreKinds()) {
  describe(`HTTP API on ${kind.name}`, async () => {
    const skip = kind.name === 'postgres' && !(await postgresReachable()) ? SKIP_POSTGRES_MESSAGE : false;
    let store: Store;
    let t: TestApp;
    let app: FastifyInstance;
    before(async () => {
      if (skip) return;
      store = await kind.open();
      t = await createTestApp(store);
      app = t.app;
    });
    after(async () => {
      if (skip) return;
      await app.close();
      await store.close();
      await kind.cleanup();
    });

    const json = (method: string, url: string, body: unknown, headers: Record<string, string> = {}) =>
      app.inject({ method: method as 'POST', url, payload: body as object, headers });

    it('answers health checks and serves the OpenAPI document and /docs locally', { skip }, async () => {
      assert.equal((await app.inject('/healthz')).statusCode, 200);
      const ready = await app.inject('/readyz');
      assert.equal(ready.statusCode, 200);
      const doc = (await app.inject('/docs/json')).json();
      assert.ok(doc.paths['/v1/lookup']);
      assert.ok(doc.paths['/v1/cases']);
      const ui = await app.inject('/docs/');
      assert.equal(ui.statusCode, 200);
      assert.ok(!/https?:\/\/(cdn|unpkg|jsdelivr)/.test(ui.body), 'no CDN in the docs page');
    });

    it('requires a key with the right scope', { skip }, async () => {
      assert.equal(errorCode(await app.inject('/v1/banks')), 'unauthorized');
      const bad = await app.inject({ url: '/v1/banks', headers: { authorization: 'Bearer bsk_nope' } });
      assert.equal(bad.statusCode, 401);
      const ok = await app.inject({ url: '/v1/banks', headers: t.auth('match') });
      assert.equal(ok.statusCode, 200);
      assert.deepEqual(
        ok.json().banks.map((b: { name: string }) => b.name),
        ['SCAM_PROFILE_PHOTOS', 'VICTIM_CASES'],
      );
      const forbidden = await json('POST', '/v1/banks', { name: 'X_BANK' }, t.auth('match'));
      assert.equal(forbidden.statusCode, 403);
      assert.equal(errorCode(forbidden), 'forbidden');
      const curateDelete = await app.inject({
        method: 'DELETE',
        url: '/v1/banks/X',
        headers: t.auth('curate'),
      });
      assert.equal(curateDelete.statusCode, 403);
    });

    it('manages banks: create, rename, disable, delete, protected built-ins', { skip }, async () => {
      const created = await json(
        'POST',
        '/v1/banks',
        { name: 'API_BANK', description: 'd' },
        t.auth('curate'),
      );
      assert.equal(created.statusCode, 201);
      assert.equal(created.json().name, 'API_BANK');
      assert.equal((await json('POST', '/v1/banks', { name: 'API_BANK' }, t.auth('curate'))).statusCode, 409);
      assert.equal(
        errorCode(await json('POST', '/v1/banks', { name: 'bad name' }, t.auth('curate'))),
        'invalid_bank_name',
      );
      const renamed = await json(
        'PATCH',
        '/v1/banks/API_BANK',
        { name: 'API_BANK_2', enabled: false },
        t.auth('curate'),
      );
      assert.equal(renamed.statusCode, 200);
      assert.deepEqual([renamed.json().name, renamed.json().enabled], ['API_BANK_2', false]);
      assert.equal(
        (await app.inject({ url: '/v1/banks/API_BANK', headers: t.auth('match') })).statusCode,
        404,
      );
      assert.equal(
        errorCode(await json('PATCH', '/v1/banks/VICTIM_CASES', { name: 'OTHER' }, t.auth('admin'))),
        'protected_bank',
      );
      const del = await app.inject({
        method: 'DELETE',
        url: '/v1/banks/API_BANK_2',
        headers: t.auth('admin'),
      });
      assert.equal(del.statusCode, 200);
      const again = await app.inject({
        method: 'DELETE',
        url: '/v1/banks/API_BANK_2',
        headers: t.auth('admin'),
      });
      assert.equal(errorCode(again), 'bank_not_found');
    });

    it(
      'adds content and matches it by pdq distance and exact md5/sha256; removal stops matches',
      { skip },
      async () => {
        await json('POST', '/v1/banks', { name: 'MATCH_BANK' }, t.auth('curate'));
        const added = await json(
          'POST',
          '/v1/banks/MATCH_BANK/content',
          {
            signals: { pdq: PDQ.toUpperCase(), md5: MD5 },
            metadata: { source: 'test', note: 'n', contentType: 'photo' },
          },
          t.auth('curate'),
        );
        assert.equal(added.statusCode, 201, added.body);
        const id = added.json().id;
        assert.equal(added.json().signals.pdq, PDQ);
        const lookup = (body: object) => json('POST', '/v1/lookup', body, t.auth('match'));

        const near = await lookup({ signals: { pdq: flipBits(PDQ, 31) }, banks: ['MATCH_BANK'] });
        assert.deepEqual(near.json().matches, [
          { contentId: id, bank: 'MATCH_BANK', signalType: 'pdq', distance: 31 },
        ]);
        const far = await lookup({ signals: { pdq: flipBits(PDQ, 32) }, banks: ['MATCH_BANK'] });
        assert.deepEqual(far.json().matches, []);
        const tight = await lookup({
          signals: { pdq: flipBits(PDQ, 10) },
          threshold: 8,
          banks: ['MATCH_BANK'],
        });
        assert.deepEqual(tight.json().matches, []);
        const exact = await lookup({ signals: { md5: MD5.toUpperCase() } });
        assert.equal(exact.json().matches[0].contentId, id);
        assert.deepEqual((await lookup({ signals: { sha256: SHA } })).json().matches, []);

        const low = await lookup({ signals: { pdq: PDQ }, quality: 30 });
        assert.deepEqual(low.json().matches, []);
        assert.equal(low.json().skipped[0].reason, 'low_quality');
        const lowIncluded = await lookup({ signals: { pdq: PDQ }, quality: 30, includeLowQuality: true });
        assert.equal(lowIncluded.json().matches[0].contentId, id);

        const batch = await json(
          'POST',
          '/v1/lookup/batch',
          {
            items: [
              { id: 'a', signals: { md5: MD5 } },
              { id: 'b', signals: { pdq: 'nothex' } },
              { signals: { sha256: SHA } },
            ],
          },
          t.auth('match'),
        );
        assert.equal(batch.statusCode, 200);
        const results = batch.json().results;
        assert.equal(results[0].matches[0].contentId, id);
        assert.equal(results[1].error.code, 'invalid_signal');
        assert.deepEqual(results[2].matches, []);

        // Disabled content, then a disabled bank, never match.
        await json('PATCH', `/v1/banks/MATCH_BANK/content/${id}`, { enabled: false }, t.auth('curate'));
        assert.deepEqual((await lookup({ signals: { md5: MD5 } })).json().matches, []);
        await json('PATCH', `/v1/banks/MATCH_BANK/content/${id}`, { enabled: true }, t.auth('curate'));
        assert.equal((await lookup({ signals: { md5: MD5 } })).json().matches.length, 1);
        await json('PATCH', '/v1/banks/MATCH_BANK', { enabled: false }, t.auth('curate'));
        assert.deepEqual((await lookup({ signals: { md5: MD5 } })).json().matches, []);
        await json('PATCH', '/v1/banks/MATCH_BANK', { enabled: true }, t.auth('curate'));

        const got = await app.inject({
          url: `/v1/banks/MATCH_BANK/content/${id}`,
          headers: t.auth('curate'),
        });
        assert.equal(got.json().metadata.note, 'n');
        const list = await app.inject({
          url: '/v1/banks/MATCH_BANK/content?limit=10',
          headers: t.auth('curate'),
        });
        assert.equal(list.json().items.length, 1);
        const del = await app.inject({
          method: 'DELETE',
          url: `/v1/banks/MATCH_BANK/content/${id}`,
          headers: t.auth('curate'),
        });
        assert.deepEqual(del.json(), { deleted: 1 });
        assert.deepEqual((await lookup({ signals: { md5: MD5 } })).json().matches, []);
        const gone = await app.inject({
          url: `/v1/banks/MATCH_BANK/content/${id}`,
          headers: t.auth('curate'),
        });
        assert.equal(errorCode(gone), 'content_not_found');
      },
    );

    it('adds a batch of content all or nothing', { skip }, async () => {
      await json('POST', '/v1/banks', { name: 'BATCH_BANK' }, t.auth('curate'));
      const bad = await json(
        'POST',
        '/v1/banks/BATCH_BANK/content/batch',
        { items: [{ signals: { md5: MD5 } }, { signals: { md5: 'short' } }] },
        t.auth('curate'),
      );
      assert.equal(errorCode(bad), 'invalid_signal');
      assert.match(bad.json().error.message, /^Item 1:/);
      const bank = await app.inject({ url: '/v1/banks/BATCH_BANK', headers: t.auth('match') });
      assert.equal(bank.json().contentCount, 0);
      const ok = await json(
        'POST',
        '/v1/banks/BATCH_BANK/content/batch',
        { items: [{ signals: { md5: MD5 } }, { signals: { sha256: SHA } }] },
        t.auth('curate'),
      );
      assert.equal(ok.json().ids.length, 2);
    });

    it('rejects bad input with a clear JSON error and no stack trace', { skip }, async () => {
      const h = { ...t.auth('match'), 'content-type': 'application/json' };
      const cases: [
        string,
        { method?: string; url: string; payload?: string; headers?: Record<string, string> },
        number,
        string,
      ][] = [
        ['malformed json', { url: '/v1/lookup', payload: '{"signals": {', headers: h }, 400, 'invalid_json'],
        ['empty json', { url: '/v1/lookup', payload: '', headers: h }, 400, 'invalid_json'],
        [
          'wrong length',
          { url: '/v1/lookup', payload: JSON.stringify({ signals: { pdq: 'ab' } }), headers: h },
          400,
          'invalid_signal',
        ],
        [
          'non-hex',
          { url: '/v1/lookup', payload: JSON.stringify({ signals: { md5: 'g'.repeat(32) } }), headers: h },
          400,
          'invalid_signal',
        ],
        [
          'unknown type',
          { url: '/v1/lookup', payload: JSON.stringify({ signals: { tmk: 'ab' } }), headers: h },
          400,
          'unknown_signal_type',
        ],
        [
          'no signals',
          { url: '/v1/lookup', payload: JSON.stringify({ signals: {} }), headers: h },
          400,
          'no_signals',
        ],
        [
          'unknown field',
          { url: '/v1/lookup', payload: JSON.stringify({ signals: { md5: MD5 }, x: 1 }), headers: h },
          400,
          'invalid_request',
        ],
        [
          'bad threshold',
          {
            url: '/v1/lookup',
            payload: JSON.stringify({ signals: { md5: MD5 }, threshold: -1 }),
            headers: h,
          },
          400,
          'invalid_request',
        ],
        [
          'unknown bank',
          {
            url: '/v1/lookup',
            payload: JSON.stringify({ signals: { md5: MD5 }, banks: ['NOPE'] }),
            headers: h,
          },
          404,
          'bank_not_found',
        ],
        [
          'unknown bank content',
          { method: 'GET', url: '/v1/banks/NOPE/content/1', headers: t.auth('curate') },
          404,
          'bank_not_found',
        ],
        [
          'bad id',
          { method: 'GET', url: '/v1/banks/VICTIM_CASES/content/abc', headers: t.auth('curate') },
          400,
          'invalid_request',
        ],
        [
          'huge body',
          {
            url: '/v1/lookup',
            payload: JSON.stringify({ signals: { md5: 'a'.repeat(2_000_000) } }),
            headers: h,
          },
          413,
          'payload_too_large',
        ],
        ['unknown route', { method: 'GET', url: '/v1/nothing', headers: h }, 404, 'not_found'],
        ['upload without file', { url: '/v1/lookup/image', payload: '{}', headers: h }, 415, 'no_file'],
        [
          'empty upload',
          {
            url: '/v1/lookup/image',
            payload: '',
            headers: { ...t.auth('match'), 'content-type': 'image/png' },
          },
          400,
          'empty_upload',
        ],
      ];
      for (const [name, req, status, code] of cases) {
        const res = await app.inject({
          method: (req.method ?? 'POST') as 'POST',
          url: req.url,
          payload: req.payload,
          headers: req.headers,
        });
        assert.equal(res.statusCode, status, `${name}: ${res.body}`);
        assert.equal(errorCode(res), code, name);
      }
    });

    it('refuses uploads over the size limit with 413', { skip }, async () => {
      const small = await createTestApp(store, { config: { maxUploadBytes: 1024 } });
      try {
        const raw = await small.app.inject({
          method: 'POST',
          url: '/v1/lookup/image',
          payload: Buffer.alloc(4096, 1),
          headers: { ...small.auth('match'), 'content-type': 'image/jpeg' },
        });
        assert.equal(raw.statusCode, 413);
        assert.equal(errorCode(raw), 'payload_too_large');
        const boundary = 'XyZ';
        const body = Buffer.concat([
          Buffer.from(
            `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="a.jpg"\r\nContent-Type: image/jpeg\r\n\r\n`,
          ),
          Buffer.alloc(4096, 1),
          Buffer.from(`\r\n--${boundary}--\r\n`),
        ]);
        const multi = await small.app.inject({
          method: 'POST',
          url: '/v1/lookup/image',
          payload: body,
          headers: { ...small.auth('match'), 'content-type': `multipart/form-data; boundary=${boundary}` },
        });
        assert.equal(multi.statusCode, 413, multi.body);
        assert.equal(errorCode(multi), 'payload_too_large');
      } finally {
        await small.app.close();
      }
    });

    it(
      'runs a victim case: create with fingerprints only, status with PIN, withdraw removes the fingerprints',
      { skip },
      async () => {
        const pdq = flipBits(PDQ, 3).replace(/^f/, '0');
        const created = await json('POST', '/v1/cases', {
          fingerprints: [{ pdq, md5: 'f'.repeat(32) }],
          contentType: 'photo',
        });
        assert.equal(created.statusCode, 201, created.body);
        const { caseNumber, pin, fingerprints } = created.json();
        assert.equal(fingerprints, 2);
        const match = await json(
          'POST',
          '/v1/lookup',
          { signals: { pdq }, banks: ['VICTIM_CASES'] },
          t.auth('match'),
        );
        assert.equal(match.json().matches.length, 1);

        const status = await app.inject({ url: `/v1/cases/${caseNumber}`, headers: { 'x-case-pin': pin } });
        assert.equal(status.json().status, 'active');
        assert.equal(status.json().pin, undefined, 'the PIN is shown only once');
        const viaBody = await json('POST', '/v1/cases/status', { caseNumber, pin });
        assert.equal(viaBody.statusCode, 200);
        assert.equal(errorCode(await app.inject({ url: `/v1/cases/${caseNumber}` })), 'pin_required');
        const wrong = await json('POST', '/v1/cases/status', {
          caseNumber,
          pin: pin === '12345678' ? '87654321' : '12345678',
        });
        assert.equal(errorCode(wrong), 'case_not_found');

        const withdrawn = await json('POST', '/v1/cases/withdraw', { caseNumber, pin });
        assert.equal(withdrawn.json().status, 'withdrawn');
        const after = await json(
          'POST',
          '/v1/lookup',
          { signals: { pdq }, banks: ['VICTIM_CASES'] },
          t.auth('match'),
        );
        assert.deepEqual(after.json().matches, []);
      },
    );

    it('refuses image bytes and malformed fingerprints on the public case route', { skip }, async () => {
      const jpegBase64 = Buffer.concat([
        Buffer.from([0xff, 0xd8, 0xff, 0xe0]),
        Buffer.alloc(300, 7),
      ]).toString('base64');
      const refusals: [unknown, string][] = [
        [{ fingerprints: [{ pdq: jpegBase64 }] }, 'image_data_not_accepted'],
        [
          { fingerprints: [{ pdq: PDQ }], image: 'data:image/png;base64,iVBORw0KGgo=' },
          'image_data_not_accepted',
        ],
        [{ fingerprints: [{ pdq: 'abc' }] }, 'invalid_request'],
        [{ fingerprints: [] }, 'invalid_request'],
        [{ fingerprints: [{ quality: 80 }] }, 'invalid_request'],
      ];
      for (const [body, code] of refusals) {
        const res = await json('POST', '/v1/cases', body);
        assert.equal(res.statusCode, 400, res.body);
        assert.equal(errorCode(res), code);
      }
      const raw = await app.inject({
        method: 'POST',
        url: '/v1/cases',
        payload: Buffer.alloc(100),
        headers: { 'content-type': 'image/jpeg' },
      });
      assert.equal(raw.statusCode, 415);
      assert.equal(errorCode(raw), 'image_data_not_accepted');
    });

    it('limits PIN guessing per client and number, and the owner still gets in', { skip }, async () => {
      const { caseNumber, pin } = (
        await json('POST', '/v1/cases', { fingerprints: [{ md5: 'e'.repeat(32) }] })
      ).json();
      const wrong = pin === '00000000' ? '00000001' : '00000000';
      const codes: string[] = [];
      for (let i = 0; i < 12; i++) {
        const res = await app.inject({
          url: `/v1/cases/${caseNumber}`,
          headers: { 'x-case-pin': wrong },
          remoteAddress: '10.9.9.9',
        });
        codes.push(errorCode(res));
      }
      assert.deepEqual(codes.slice(0, 5), Array(5).fill('case_not_found'));
      assert.ok(
        codes.slice(5).every((c) => c === 'too_many_attempts' || c === 'rate_limited'),
        String(codes),
      );
      // The right PIN from another address is accepted: a stranger cannot lock the owner out.
      const owner = await app.inject({
        url: `/v1/cases/${caseNumber}`,
        headers: { 'x-case-pin': pin },
        remoteAddress: '10.1.1.1',
      });
      assert.equal(owner.statusCode, 200, owner.body);
    });
  });
}

describe('logs', () => {
  it('never contain PINs, fingerprints from cases or hashes sent in query strings', async () => {
    const { openStore } = await import('../store/index.ts');
    const { stream, text } = captureLogs();
    const store = await openStore({ dataDir: 'memory://' });
    const t = await createTestApp(store, { logger: { level: 'debug', stream } });
    try {
      const pdq = 'c'.repeat(64);
      const md5 = 'd'.repeat(32);
      const created = await t.app.inject({
        method: 'POST',
        url: '/v1/cases',
        payload: { fingerprints: [{ pdq, md5 }] },
      });
      const { caseNumber, pin } = created.json();
      await t.app.inject({ url: `/v1/cases/${caseNumber}`, headers: { 'x-case-pin': pin } });
      await t.app.inject({ url: `/v1/cases/${caseNumber}`, headers: { 'x-case-pin': '00000000' } });
      await t.app.inject({ url: `/m/lookup?signal_type=pdq&signal=${pdq}`, headers: t.auth('match') });
      await t.app.inject({
        method: 'POST',
        url: '/v1/lookup',
        payload: { signals: { md5 } },
        headers: t.auth('match'),
      });
      const logs = text();
      assert.ok(logs.includes('incoming request'), 'requests are logged');
      for (const secret of [pin, pdq, md5, t.keys.match, caseNumber])
        assert.ok(!logs.includes(secret), `logs contain ${secret.slice(0, 8)}`);
    } finally {
      await t.app.close();
      await store.close();
    }
  });
});
