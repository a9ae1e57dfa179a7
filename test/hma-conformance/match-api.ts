// HMA's tests/test_match_api.py, written again against Backstop (see differences.ts);
// run by conformance.test.ts.
import assert from '../assert.ts';
import { hmaFile, type HmaContext } from './harness.ts';
import { PDQ_EXAMPLES, VIDEO_MD5_EXAMPLES } from './samples.ts';

const EXAMPLES: Record<string, string[]> = { pdq: PDQ_EXAMPLES, video_md5: VIDEO_MD5_EXAMPLES };

/**
 * HMA's client_with_sample_data: a SAMPLE exchange fetched once, then the index built. exchange_types:
 * a `file` exchange of the sample list where HMA's is of type `sample`, fetched through Backstop's
 * POST /c/exchange/<name>/fetch (HMA's test calls its fetcher), and the index synced as HMA's builds it.
 */
async function clientWithSampleData(ctx: HmaContext) {
  await ctx.createSampleExchange('SAMPLE');
  const fetched = await ctx.client.post('/c/exchange/SAMPLE/fetch');
  assert.equal(fetched.status, 200, fetched.text);
  assert.equal(fetched.json.last_fetch_succeeded, true, fetched.text);
  assert.equal(fetched.json.fetched_items, PDQ_EXAMPLES.length + VIDEO_MD5_EXAMPLES.length);
  await ctx.app.matcher.syncNow();
  assert.equal((await ctx.client.get('/status')).status, 200);
  return ctx.client;
}

/** HMA's client_with_multi_bank_data: three banks holding the same PDQ hash. */
async function clientWithMultiBankData(ctx: HmaContext) {
  for (const bank of ['BANK_A', 'BANK_B', 'BANK_C']) {
    await ctx.createBank(bank);
    const res = await ctx.client.post(`/c/bank/${bank}/signal`, { json: { pdq: PDQ_EXAMPLES[0] } });
    assert.equal(res.status, 200, res.text);
  }
  assert.equal((await ctx.client.get('/status')).status, 200);
  return ctx.client;
}

/** HMA's signal type configs, less extra_signal_type (sha256, vpdq). */
async function signalTypes(ctx: HmaContext): Promise<{ name: string; enabled_ratio: number }[]> {
  const res = await ctx.client.get('/c/signal_type');
  assert.equal(res.status, 200);
  return (res.json as { name: string; enabled_ratio: number }[]).filter(
    (t) => t.name !== 'sha256' && t.name !== 'vpdq',
  );
}

export const testMatchApi = hmaFile('test_match_api', (ctx, hmaTest) => {
  hmaTest('test_raw_lookups', async () => {
    const client = await clientWithSampleData(ctx);
    const configs = await signalTypes(ctx);
    assert.deepEqual(new Set(configs.map((c) => c.name)), new Set(['pdq', 'video_md5']));
    for (const cfg of configs) {
      assert.ok(cfg.enabled_ratio > 0);
      const query: Record<string, string | boolean> = {
        signal: EXAMPLES[cfg.name][0],
        signal_type: cfg.name,
      };
      let resp = await client.get('/m/raw_lookup', query);
      assert.equal(resp.status, 200, resp.text);
      const matchCount = resp.json.matches.length;
      assert.ok(matchCount >= 1);

      query.include_distance = true;
      resp = await client.get('/m/raw_lookup', query);
      assert.equal(resp.status, 200, resp.text);
      assert.equal(resp.json.matches.length, matchCount);
      for (const match of resp.json.matches) {
        assert.ok('bank_content_id' in match);
        assert.ok('distance' in match);
      }
    }
  });

  hmaTest('test_lookups', async () => {
    const client = await clientWithSampleData(ctx);
    const configs = await signalTypes(ctx);
    assert.deepEqual(new Set(configs.map((c) => c.name)), new Set(['pdq', 'video_md5']));
    for (const cfg of configs) {
      assert.ok(cfg.enabled_ratio > 0);
      const resp = await client.get('/m/lookup', { signal: EXAMPLES[cfg.name][0], signal_type: cfg.name });
      assert.equal(resp.status, 200, resp.text);
      assert.equal(Object.keys(resp.json).length, 1);
      assert.ok('SAMPLE' in resp.json);
      assert.ok(resp.json.SAMPLE.length > 0);
      for (const match of resp.json.SAMPLE) {
        assert.ok('bank_content_id' in match);
        assert.ok('distance' in match);
      }
    }
  });

  hmaTest('test_raw_lookup_with_bank_filter', async () => {
    const client = await clientWithMultiBankData(ctx);
    const query: Record<string, string> = { signal: PDQ_EXAMPLES[0], signal_type: 'pdq' };
    let resp = await client.get('/m/raw_lookup', query);
    assert.equal(resp.status, 200);
    assert.equal(resp.json.matches.length, 3);

    query.banks = 'BANK_A';
    resp = await client.get('/m/raw_lookup', query);
    assert.equal(resp.status, 200);
    assert.equal(resp.json.matches.length, 1);

    query.banks = 'BANK_A,BANK_B';
    resp = await client.get('/m/raw_lookup', query);
    assert.equal(resp.status, 200);
    assert.equal(resp.json.matches.length, 2);

    query.banks = 'NON_EXISTENT_BANK';
    resp = await client.get('/m/raw_lookup', query);
    assert.equal(resp.status, 200);
    assert.equal(resp.json.matches.length, 0);
  });

  hmaTest('test_raw_lookup_with_distance_and_bank_filter', async () => {
    const client = await clientWithMultiBankData(ctx);
    const resp = await client.get('/m/raw_lookup', {
      signal: PDQ_EXAMPLES[0],
      signal_type: 'pdq',
      include_distance: true,
      banks: 'BANK_A,BANK_B',
    });
    assert.equal(resp.status, 200);
    assert.equal(resp.json.matches.length, 2);
    for (const match of resp.json.matches) {
      assert.ok('bank_content_id' in match);
      assert.ok('distance' in match);
    }
  });

  hmaTest('test_lookup_with_bank_filter', async () => {
    const client = await clientWithMultiBankData(ctx);
    const query: Record<string, string> = { signal: PDQ_EXAMPLES[0], signal_type: 'pdq' };
    let resp = await client.get('/m/lookup', query);
    assert.equal(resp.status, 200);
    assert.equal(Object.keys(resp.json).length, 3);
    for (const bank of ['BANK_A', 'BANK_B', 'BANK_C']) assert.ok(bank in resp.json);

    query.banks = 'BANK_A';
    resp = await client.get('/m/lookup', query);
    assert.equal(resp.status, 200);
    assert.equal(Object.keys(resp.json).length, 1);
    assert.ok(resp.json.BANK_A.length > 0);

    query.banks = 'BANK_A,BANK_C';
    resp = await client.get('/m/lookup', query);
    assert.equal(resp.status, 200);
    assert.equal(Object.keys(resp.json).length, 2);
    assert.ok('BANK_A' in resp.json && 'BANK_C' in resp.json && !('BANK_B' in resp.json));

    query.banks = 'NON_EXISTENT_BANK';
    resp = await client.get('/m/lookup', query);
    assert.equal(resp.status, 200);
    assert.equal(Object.keys(resp.json).length, 0);
  });
});
