// HMA's tests/test_api.py, written again against Backstop (see differences.ts);
// run by conformance.test.ts.
import assert from '../assert.ts';
import { createTestApp } from '../../src/server/testing.ts';
import { hmaFile, HmaClient, IMAGE_1, type HmaContext } from './harness.ts';

/** index_state_real: an app on the same store whose index has not loaded yet (it loads on listen). */
async function withLoadingApp(ctx: HmaContext, fn: (client: HmaClient) => Promise<void>): Promise<void> {
  const loading = await createTestApp(ctx.store, { loadIndexInBackground: true });
  try {
    assert.equal(loading.app.matcher.ready, false);
    await fn(new HmaClient(loading.app, loading.auth('admin').authorization));
  } finally {
    await loading.app.close();
  }
}

/** index_state_real: an index last refreshed long ago (HMA's `last_check_ts = 1`). */
const STALE = 1;

export const testApi = hmaFile('test_api', (ctx, hmaTest) => {
  hmaTest('test_status_response', async () => {
    let response = await ctx.client.get('/status');
    assert.equal(response.status, 200);
    assert.equal(response.text, 'I-AM-ALIVE');

    await withLoadingApp(ctx, async (client) => {
      response = await client.get('/status');
      assert.equal(response.status, 503);
      assert.equal(response.text, 'INDEX-NOT-LOADED');
    });

    // An old index on a server that does not refresh it (HMA: sec_old_before_stale = 0) is fine.
    const noSync = await createTestApp(ctx.store, { config: { syncIntervalMs: 0 } });
    try {
      noSync.app.matcher.syncedAt = STALE;
      response = await new HmaClient(noSync.app, undefined).get('/status');
      assert.equal(response.status, 200);
      assert.equal(response.text, 'I-AM-ALIVE');
    } finally {
      await noSync.app.close();
    }

    // But if it should refresh, an old index is stale.
    ctx.app.matcher.syncedAt = STALE;
    response = await ctx.client.get('/status');
    assert.equal(response.status, 503);
    assert.equal(response.text, 'INDEX-STALE');

    await ctx.app.matcher.syncNow();
    response = await ctx.client.get('/status');
    assert.equal(response.status, 200);
    assert.equal(response.text, 'I-AM-ALIVE');
  });

  hmaTest('test_status_live_always_alive', async () => {
    let response = await ctx.client.get('/status/live');
    assert.equal(response.status, 200);
    assert.equal(response.text, 'I-AM-ALIVE');

    // Index not loaded - /status/live still alive
    await withLoadingApp(ctx, async (client) => {
      response = await client.get('/status/live');
      assert.equal(response.status, 200);
      assert.equal(response.text, 'I-AM-ALIVE');
    });

    // Index stale - /status/live still alive
    ctx.app.matcher.syncedAt = STALE;
    assert.equal((await ctx.client.get('/status')).text, 'INDEX-STALE');
    response = await ctx.client.get('/status/live');
    assert.equal(response.status, 200);
    assert.equal(response.text, 'I-AM-ALIVE');
    await ctx.app.matcher.syncNow();
  });

  hmaTest('test_openapi_documentation_available', async () => {
    const response = await ctx.client.get('/openapi/openapi.json');
    assert.equal(response.status, 200);
    assert.equal(typeof response.json, 'object');
    assert.equal(response.json.info?.title, 'Backstop matching service'); // openapi_title
    assert.ok(response.json.paths['/m/lookup'] && response.json.paths['/c/bank/{bank_name}/content']);
  });

  hmaTest('test_lookup_success', async () => {
    // url_off: the url form is refused unless hosts are allow-listed...
    const getResp = await ctx.client.get(
      `/m/lookup?url=${encodeURIComponent('https://example.com/image1.jpg')}`,
    );
    assert.equal(getResp.status, 403, getResp.text);
    // ...so the same image is uploaded.
    const file = { filename: 'image1.jpg', bytes: ctx.images[IMAGE_1].bytes, type: 'image/jpeg' };
    let resp = await ctx.client.postForm('/m/lookup', [{ field: 'photo', ...file }]);
    assert.equal(resp.status, 200, resp.text);
    // It's not really a video, but MD5 is simple that we can fake it
    resp = await ctx.client.postForm('/m/lookup', [{ field: 'video', ...file }]);
    assert.equal(resp.status, 200, resp.text);
  });

  hmaTest('test_lookup_without_role', async () => {
    // roles_are_scopes: no key that may look up (Backstop has no hasher role to switch off).
    const anonymous = new HmaClient(ctx.app, 'Bearer bsk_not_a_key');
    const getResp = await anonymous.get(
      `/m/lookup?url=${encodeURIComponent('https://example.com/image1.jpg')}`,
    );
    assert.equal(getResp.status, 401);
    // A minimal valid JPEG file header
    const bytes = Uint8Array.from([
      0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00,
      0x01, 0x00, 0x00, 0xff, 0xd9,
    ]);
    const resp = await anonymous.postForm('/m/lookup', [
      { field: 'file', filename: 'x.jpg', bytes, type: 'image/jpeg' },
    ]);
    assert.equal(resp.status, 401);
  });

  hmaTest('test_exchange_api_set_auth', async () => {
    // exchange_types: Backstop's types, `file` where HMA installs `sample` (no credentials) and
    // `ncmec` where it installs `fb_threatexchange` (takes credentials).
    const { client } = ctx;
    let resp = await client.get('/c/exchanges/apis');
    assert.equal(resp.status, 200);
    assert.deepEqual(new Set(resp.json), new Set(['backstop', 'file', 'stop_ncii', 'ncmec']));

    resp = await client.get('/c/exchanges/api/file');
    assert.equal(resp.status, 200);
    assert.deepEqual(resp.json, { supports_authentification: false, has_set_authentification: false });

    resp = await client.get('/c/exchanges/api/ncmec');
    assert.equal(resp.status, 200);
    assert.deepEqual(resp.json, { supports_authentification: true, has_set_authentification: false });

    // credentials_from_config: setting credentials through the API is refused, and sets nothing...
    resp = await client.post('/c/exchanges/api/ncmec', {
      json: { credential_json: { username: '12345789', password: '000000000000' } },
    });
    assert.equal(resp.status, 400);
    assert.equal(resp.json.error.code, 'credentials_in_configuration');
    resp = await client.get('/c/exchanges/api/ncmec');
    assert.deepEqual(resp.json, { supports_authentification: true, has_set_authentification: false });

    // ...the server's configuration sets them...
    const configured = await createTestApp(ctx.store, {
      config: { exchangeCredentials: { ncmec: { username: '12345789', password: '000000000000' } } },
    });
    try {
      const withCredentials = new HmaClient(configured.app, configured.auth('curate').authorization);
      resp = await withCredentials.get('/c/exchanges/api/ncmec');
      assert.equal(resp.status, 200);
      assert.deepEqual(resp.json, { supports_authentification: true, has_set_authentification: true });
      assert.ok(!resp.text.includes('000000000000'));

      // ...and only it unsets them: an empty credential_json is refused too.
      resp = await withCredentials.post('/c/exchanges/api/ncmec', { json: { credential_json: {} } });
      assert.equal(resp.status, 400);
      resp = await withCredentials.post('/c/exchanges/api/ncmec', { json: {} });
      assert.equal(resp.status, 200);
      assert.deepEqual(resp.json, { supports_authentification: true, has_set_authentification: true });
    } finally {
      await configured.app.close();
    }
  });

  hmaTest('test_exchange_api_schema', async () => {
    // exchange_types: `file` for `sample`: type-specific config fields and no credentials.
    let resp = await ctx.client.get('/c/exchanges/api/file/schema');
    assert.equal(resp.status, 200);
    assert.equal(typeof resp.json, 'object');
    assert.ok('config_schema' in resp.json);
    assert.ok('fields' in resp.json.config_schema);
    assert.equal(resp.json.credentials_schema, null);

    // `ncmec` for `fb_threatexchange`: a required config field and credentials.
    resp = await ctx.client.get('/c/exchanges/api/ncmec/schema');
    assert.equal(resp.status, 200);
    const fields = Object.fromEntries(
      resp.json.config_schema.fields.map((f: { name: string }) => [f.name, f]),
    );
    assert.ok('environment' in fields);
    assert.equal(fields.environment.type, 'enum');
    assert.equal(fields.environment.required, true);
    assert.ok(fields.environment.choices.includes('Industry'));
    assert.equal(fields.only_esp_ids.type, 'set_of_number');
    assert.equal(fields.only_esp_ids.required, false);
    const credentialsSchema = resp.json.credentials_schema;
    assert.notEqual(credentialsSchema, null);
    const credentials = Object.fromEntries(
      credentialsSchema.fields.map((f: { name: string }) => [f.name, f]),
    );
    assert.ok('password' in credentials);
    assert.equal(credentials.password.type, 'string');
  });

  hmaTest('test_compare_hashes', async () => {
    const specimen1 = 'facd8bcb2a49bcebdec1985298d5fe84bcd006c187c598c720c3c087b3fdb318';
    const specimen2 = 'facd8bcb2a49bcebdec1985228d5ae84bcd006c187c598c720c2b087b3fdb318';
    const resp = await ctx.client.post('/m/compare', { json: { pdq: [specimen1, specimen2] } });
    assert.deepEqual(resp.json, { pdq: [true, { distance: 9 }] });
    const badInputs = [
      ['banana'],
      { pdq: 'banana' },
      { pdq: [] },
      { pdq: ['banana', 'banana'] },
      { pdq: [specimen1, specimen2, specimen1] },
    ];
    for (const bad of badInputs) {
      const res = await ctx.client.post('/m/compare', { json: bad });
      assert.equal(res.status, 400, JSON.stringify(bad));
    }
  });

  hmaTest('test_exchange_delete', async () => {
    let resp = await ctx.client.delete('/c/exchange/TEST_EXCHANGE');
    // deleting an exchange that doesn't exist returns 200
    assert.equal(resp.status, 200);

    await ctx.createSampleExchange('FOO_EXCHANGE'); // exchange_types: `file` for `sample`

    resp = await ctx.client.delete('/c/exchange/FOO_EXCHANGE');
    assert.equal(resp.status, 200);
    assert.equal(resp.json.message, 'Exchange deleted');
  });

  hmaTest('test_exchange_get_fetch_status', async () => {
    let resp = await ctx.client.get('/c/exchange/NONEXISTENT_EXCHANGE/status');
    assert.equal(resp.status, 404);

    await ctx.createSampleExchange('BAR_EXCHANGE'); // exchange_types: `file` for `sample`

    resp = await ctx.client.get('/c/exchange/BAR_EXCHANGE/status');
    assert.equal(resp.status, 200);
    assert.equal(typeof resp.json, 'object');
    for (const field of [
      'checkpoint_ts',
      'running_fetch_start_ts',
      'last_fetch_complete_ts',
      'last_fetch_succeeded',
      'up_to_date',
      'fetched_items',
    ]) {
      assert.ok(field in resp.json, field);
    }
  });
});
