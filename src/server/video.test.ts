// Videos end to end on both stores: bank a video through HMA's routes, find its re-encoded and
// trimmed copies by uploading them to /m/lookup, by vPDQ in /m/raw_lookup and /v1/lookup, and see
// the vPDQ in the change feed and the bank export. Skipped, saying why, without ffmpeg.
import { after, before, describe, it } from 'node:test';
import assert from '../../test/assert.ts';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fixtureVideo, VPDQ_FIXTURES, vpdqConformanceSets } from '../../test/fixtures/vpdq/conformance.ts';
import { formatFixed, parseVpdq } from '../core/vpdq/index.ts';
import { ffmpegMissingReason } from '../node/video/index.ts';
import { createBank, exportBank, importBank, type Store } from '../store/index.ts';
import { postgresReachable, SKIP_POSTGRES_MESSAGE, testStoreKinds } from '../store/testing.ts';
import { createTestApp, errorCode, multipart, type TestApp } from './testing.ts';

const noFfmpeg = ffmpegMissingReason();
const pgUp = await postgresReachable();

const expected1s = (name: string) =>
  readFileSync(resolve(VPDQ_FIXTURES, 'expected-1s', `${name}.txt`), 'utf8');

for (const kind of testStoreKinds()) {
  const skip = noFfmpeg
    ? `skipped: ${noFfmpeg}`
    : kind.name === 'postgres' && !pgUp
      ? SKIP_POSTGRES_MESSAGE
      : undefined;
  describe(`videos through the HMA and /v1 routes (${kind.name})`, { skip }, () => {
    let store: Store;
    let t: TestApp;
    let bankedId = 0;
    const upload = (url: string, file: string, field = 'video') => {
      const { payload, headers } = multipart(field, readFileSync(fixtureVideo(file)), file);
      return t.app.inject({ method: 'POST', url, payload, headers: { ...headers, ...t.auth('curate') } });
    };
    before(async () => {
      store = await kind.open();
      t = await createTestApp(store);
    });
    after(async () => {
      await t?.app.close();
      await store?.close();
      await kind.cleanup();
    });

    it('/h/hash gives the vPDQ (python-threatexchange JSON) and MD5 of an uploaded video', async () => {
      const res = await upload('/h/hash', 'testsrc2_320x240_25fps__trimmed2s.mp4');
      assert.equal(res.statusCode, 200, res.body);
      const body = res.json();
      assert.deepEqual(Object.keys(body).sort(), ['video_md5', 'vpdq']);
      const got = parseVpdq(body.vpdq).map((f) => [f.pdq, f.quality]);
      const want = parseVpdq(expected1s('testsrc2_320x240_25fps__trimmed2s')).map((f) => [f.pdq, f.quality]);
      assert.deepEqual(got, want);
    });

    it('banks a video and finds its trimmed and re-encoded copies by upload, not other videos', async () => {
      await t.app.inject({
        method: 'POST',
        url: '/c/banks',
        payload: { name: 'VIDEOS' },
        headers: t.auth('curate'),
      });
      const added = await upload('/c/bank/VIDEOS/content', 'testsrc2_320x240_25fps.mp4');
      assert.equal(added.statusCode, 200, added.body);
      bankedId = added.json().id;
      assert.equal(added.json().signals.vpdq, expected1s('testsrc2_320x240_25fps'));
      // Every shipped video as the query: banked or not as the reference matcher decides (query >= 80%).
      const [fixtures] = vpdqConformanceSets();
      let found = 0;
      for (const video of fixtures.videos) {
        const row = fixtures.matches.find(
          (m) => m.hashes === '1s' && m.query === video.name && m.target === 'testsrc2_320x240_25fps',
        );
        if (!row) continue;
        const res = await upload('/m/lookup', video.file, 'file');
        assert.equal(res.statusCode, 200, res.body);
        const hits = res.json().vpdq.VIDEOS ?? [];
        assert.equal(hits.length, row.matchQuery80 ? 1 : 0, `${video.file}: ${res.body}`);
        if (!row.matchQuery80) continue;
        found++;
        assert.equal(hits[0].bank_content_id, bankedId);
        assert.equal(formatFixed(hits[0].query_match_percent, 2), row.queryMatchPercent);
        assert.equal(formatFixed(hits[0].compared_match_percent, 2), row.comparedMatchPercent);
        assert.deepEqual(res.json().video_md5, {}, 'a re-encoded copy has another MD5');
      }
      assert.ok(found >= 3, 'the trimmed, re-encoded and hue-shifted copies are found');
      const same = await upload('/m/lookup', 'testsrc2_320x240_25fps.mp4');
      assert.equal(same.json().video_md5.VIDEOS[0].bank_content_id, bankedId);
    });

    it('/m/raw_lookup?signal_type=vpdq and /v1/lookup match by vPDQ text', async () => {
      const signal = expected1s('testsrc2_320x240_25fps__trimmed2s');
      const raw = await t.app.inject({
        method: 'GET',
        url: `/m/raw_lookup?signal_type=vpdq&signal=${encodeURIComponent(signal)}`,
        headers: t.auth('match'),
      });
      assert.deepEqual(raw.json(), { matches: [bankedId] }, raw.body);
      const v1 = await t.app.inject({
        method: 'POST',
        url: '/v1/lookup',
        payload: { signals: { vpdq: signal } },
        headers: t.auth('match'),
      });
      assert.equal(v1.statusCode, 200, v1.body);
      assert.deepEqual(
        v1.json().matches.map((m: { contentId: number; signalType: string }) => [m.contentId, m.signalType]),
        [[bankedId, 'vpdq']],
      );
      const bad = await t.app.inject({
        method: 'POST',
        url: '/v1/lookup',
        payload: { signals: { vpdq: '0,100,nothex,0.000' } },
        headers: t.auth('match'),
      });
      assert.equal(bad.statusCode, 400);
      assert.equal(errorCode(bad), 'invalid_signal');
    });

    it('the change feed and the bank export carry the vPDQ', async () => {
      const feed = await t.app.inject({
        method: 'GET',
        url: '/v1/banks/VIDEOS/changes',
        headers: t.auth('curate'),
      });
      assert.equal(feed.statusCode, 200, feed.body);
      const change = feed.json().changes.find((c: { id: number }) => c.id === bankedId);
      assert.equal(change.signals.vpdq, expected1s('testsrc2_320x240_25fps'));
      // Export in both formats, import into new banks: the vPDQ survives and matches again.
      for (const format of ['csv', 'ndjson'] as const) {
        const lines: string[] = [];
        for await (const line of exportBank(store, 'VIDEOS', format)) lines.push(line);
        const text = lines.join('\n');
        assert.ok(
          format === 'csv' || JSON.parse(lines[0]).signals.vpdq === expected1s('testsrc2_320x240_25fps'),
        );
        const copy = `VIDEOS_${format.toUpperCase()}`;
        await createBank(store, { name: copy });
        const progress = await importBank(
          store,
          copy,
          (async function* () {
            yield* text.split('\n');
          })(),
          { format },
        );
        assert.equal(progress.committed, 1, format);
      }
      await t.app.matcher.syncNow();
      const signal = expected1s('testsrc2_320x240_25fps__lowbitrate');
      const res = await t.app.inject({
        method: 'POST',
        url: '/v1/lookup',
        payload: { signals: { vpdq: signal } },
        headers: t.auth('match'),
      });
      assert.deepEqual(
        res
          .json()
          .matches.map((m: { bank: string }) => m.bank)
          .sort(),
        ['VIDEOS', 'VIDEOS_CSV', 'VIDEOS_NDJSON'],
      );
    });

    it('a victim opens a case with a video fingerprint; a trimmed copy is then found in VICTIM_CASES', async () => {
      const created = await t.app.inject({
        method: 'POST',
        url: '/v1/cases',
        payload: {
          contentType: 'video',
          fingerprints: [{ vpdq: expected1s('mandelbrot_640x480_30fps'), md5: 'ab'.repeat(16) }],
        },
      });
      assert.equal(created.statusCode, 201, created.body);
      await t.app.matcher.syncNow();
      const res = await t.app.inject({
        method: 'POST',
        url: '/v1/lookup',
        payload: { signals: { vpdq: expected1s('mandelbrot_640x480_30fps__trimmed2s') } },
        headers: t.auth('match'),
      });
      assert.deepEqual(
        res.json().matches.map((m: { bank: string; signalType: string }) => [m.bank, m.signalType]),
        [['VICTIM_CASES', 'vpdq']],
      );
    });

    it('an audio-only or broken upload gets a clear error', async () => {
      const bytes = readFileSync(fixtureVideo('testsrc2_320x240_25fps.mp4'));
      const { payload, headers } = multipart('video', bytes.subarray(0, bytes.length >> 1), 'cut.mp4');
      const res = await t.app.inject({
        method: 'POST',
        url: '/m/lookup',
        payload,
        headers: { ...headers, ...t.auth('match') },
      });
      assert.equal(res.statusCode, 422, res.body);
      assert.equal(errorCode(res), 'corrupt_video');
      assert.match(res.json().message, /truncated/);
    });
  });
}
