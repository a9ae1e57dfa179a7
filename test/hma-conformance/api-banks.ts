// HMA's tests/test_api_banks.py, written again against Backstop (see differences.ts);
// run by conformance.test.ts.
import assert from '../assert.ts';
import { DEFAULT_BANKS } from '../../src/store/index.ts';
import { bridgePhoto, hmaFile, IMAGE_1, IMAGE_2 } from './harness.ts';

/** builtin_banks: HMA's bank list, without the two banks every Backstop has. */
const withoutBuiltIn = (banks: { name: string }[]) =>
  banks.filter((b) => !(DEFAULT_BANKS as readonly string[]).includes(b.name));

export const testApiBanks = hmaFile('test_api_banks', (ctx, hmaTest) => {
  hmaTest('test_banks_empty_index', async () => {
    const response = await ctx.client.get('/c/banks');
    assert.equal(response.status, 200);
    assert.deepEqual(withoutBuiltIn(response.json), []);
  });

  hmaTest('test_banks_create', async () => {
    const { client } = ctx;
    // Must not start with number
    let post = await client.post('/c/banks', { json: { name: '01_TEST_BANK' } });
    assert.equal(post.status, 400);
    // Cannot contain lowercase letters
    post = await client.post('/c/banks', { json: { name: 'my_test_bank' } });
    assert.equal(post.status, 400);

    post = await client.post('/c/banks', { json: { name: 'MY_TEST_BANK_01' } });
    assert.equal(post.status, 201);
    assert.deepEqual(post.json, { matching_enabled_ratio: 1.0, name: 'MY_TEST_BANK_01' });

    const response = await client.get('/c/banks');
    assert.equal(response.status, 200);
    assert.deepEqual(withoutBuiltIn(response.json), [post.json]);
  });

  hmaTest('test_banks_update', async () => {
    const { client } = ctx;
    let post = await client.post('/c/banks', { json: { name: 'MY_TEST_BANK' } });
    assert.equal(post.status, 201);

    post = await client.put('/c/bank/MY_TEST_BANK', { json: { name: '1_invalid_name' } });
    assert.equal(post.status, 400);

    post = await client.put('/c/bank/MY_TEST_BANK', { json: { name: 'MY_TEST_BANK_RENAMED' } });
    assert.equal(post.status, 200);
    assert.equal(post.json.name, 'MY_TEST_BANK_RENAMED');

    post = await client.put('/c/bank/MY_TEST_BANK_RENAMED', { json: { enabled: false } });
    assert.equal(post.status, 200);
    assert.equal(post.json.matching_enabled_ratio, 0);

    post = await client.put('/c/bank/MY_TEST_BANK_RENAMED', { json: { enabled_ratio: 0.5 } });
    assert.equal(post.status, 200);
    assert.equal(post.json.matching_enabled_ratio, 0.5);

    const get = await client.get('/c/banks');
    assert.equal(get.status, 200);
    const banks = withoutBuiltIn(get.json);
    assert.equal(banks.length, 1);
    assert.deepEqual(banks[0], { name: 'MY_TEST_BANK_RENAMED', matching_enabled_ratio: 0.5 });
  });

  hmaTest('test_banks_delete', async () => {
    const { client } = ctx;
    let post = await client.post('/c/banks', { json: { name: 'MY_TEST_BANK' } });
    assert.equal(post.status, 201);
    post = await client.delete('/c/bank/MY_TEST_BANK');
    assert.equal(post.status, 200);
    // deleting non existing bank should succeed
    post = await client.delete('/c/bank/MY_TEST_BANK');
    assert.equal(post.status, 200);
  });

  hmaTest('test_bank_get_content', async () => {
    const bank = 'TEST_BANK_GET';
    await ctx.createBank(bank);
    const add = await ctx.uploadContent(bank, ctx.images[IMAGE_1].bytes);
    assert.equal(add.status, 200, add.text);
    const contentId = add.json.id;
    const get = await ctx.client.get(`/c/bank/${bank}/content/${contentId}`);
    assert.equal(get.status, 200, get.text);
    assert.equal(get.json.id, contentId);
  });

  hmaTest('test_bank_get_content_404', async () => {
    const bank = 'TEST_BANK_GET';
    // Bank does not exist
    let get = await ctx.client.get(`/c/bank/${bank}/content/1`);
    assert.equal(get.status, 404, get.text);
    await ctx.createBank(bank);
    // Content does not exist
    get = await ctx.client.get(`/c/bank/${bank}/content/1`);
    assert.equal(get.status, 404, get.text);
  });

  hmaTest('test_banks_add_content', async () => {
    const bank = 'NEW_BANK';
    await ctx.createBank(bank);
    const post = await ctx.uploadContent(bank, ctx.images[IMAGE_1].bytes);
    assert.equal(post.status, 200, post.text);
    assert.deepEqual(post.json, { id: 1, signals: { pdq: ctx.images[IMAGE_1].pdq } });
  });

  hmaTest('test_bank_update_content', async () => {
    const bank = 'TEST_BANK_UPDATE';
    await ctx.createBank(bank);
    const add = await ctx.uploadContent(bank, ctx.images[IMAGE_1].bytes);
    assert.equal(add.status, 200, add.text);
    const newDisableTs = Math.floor(Date.now() / 1000 + 365 * 86400);
    const update = await ctx.client.put(`/c/bank/${bank}/content/${add.json.id}`, {
      json: { disable_until_ts: newDisableTs },
    });
    assert.equal(update.status, 200, update.text);
    assert.equal(update.json.disable_until_ts, newDisableTs);
  });

  hmaTest('test_bank_update_content_400', async () => {
    const bank = 'TEST_BANK_UPDATE';
    await ctx.createBank(bank);
    const add = await ctx.uploadContent(bank, ctx.images[IMAGE_1].bytes);
    assert.equal(add.status, 200, add.text);
    const update = await ctx.client.put(`/c/bank/${bank}/content/${add.json.id}`, {
      json: { disable_until_ts: 9999999999 },
    });
    assert.equal(update.status, 400, update.text);
  });

  hmaTest('test_banks_delete_content', async () => {
    const bank = 'NEW_BANK';
    await ctx.createBank(bank);
    await ctx.addHashToBank(bank, IMAGE_1, 1);
    const post = await ctx.client.delete(`/c/bank/${bank}/content/1`);
    assert.equal(post.status, 200);
    assert.deepEqual(post.json, { deleted: 1 });
  });

  hmaTest('test_banks_add_metadata', async () => {
    const bank = 'NEW_BANK';
    await ctx.createBank(bank);
    const image = ctx.images[IMAGE_1].bytes;
    let post = await ctx.uploadContent(bank, image, { metadata: JSON.stringify({ invalid_metadata: 5 }) });
    assert.equal(post.status, 400, post.text);
    post = await ctx.uploadContent(bank, image, {
      metadata: JSON.stringify({ content_id: '1197433091', json: { asdf: {} } }),
    });
    assert.equal(post.status, 200, post.text);
  });

  hmaTest('test_banks_add_hash_index', async () => {
    await ctx.createBank('NEW_BANK');
    await ctx.addHashToBank('NEW_BANK', IMAGE_1, 1);
    await ctx.createBank('NEW_BANK_2');
    await ctx.addHashToBank('NEW_BANK', IMAGE_2, 2);
    // (HMA builds its index here; Backstop's index follows every write.)
    let post = await ctx.client.get(`/m/raw_lookup?signal_type=pdq&signal=${ctx.images[IMAGE_1].pdq}`);
    assert.equal(post.status, 200);
    assert.deepEqual(post.json, { matches: [1] });
    post = await ctx.client.get(`/m/raw_lookup?signal_type=pdq&signal=${ctx.images[IMAGE_2].pdq}`);
    assert.equal(post.status, 200);
    assert.deepEqual(post.json, { matches: [2] });
  });

  hmaTest('test_bank_get_content_with_signals', async () => {
    const bank = 'TEST_BANK_GET_SIGS';
    await ctx.createBank(bank);
    const add = await ctx.uploadContent(bank, ctx.images[IMAGE_1].bytes);
    assert.equal(add.status, 200, add.text);
    const contentId = add.json.id;
    let get = await ctx.client.get(`/c/bank/${bank}/content/${contentId}`);
    assert.equal(get.status, 200, get.text);
    assert.equal(get.json.id, contentId);
    assert.ok(!('signals' in get.json));
    get = await ctx.client.get(`/c/bank/${bank}/content/${contentId}?include_signals=true`);
    assert.equal(get.status, 200, get.text);
    assert.equal(get.json.id, contentId);
    if ('signals' in get.json) {
      assert.equal(typeof get.json.signals, 'object');
      assert.ok(Object.keys(get.json.signals).length > 0);
    }
  });

  hmaTest('test_bank_get_content_returns_stored_metadata', async () => {
    const bank = 'TEST_BANK_METADATA';
    await ctx.createBank(bank);
    const metadata = {
      content_id: 'ext-id-123',
      content_uri: 'https://example.com/item/123',
      json: { source: 'test', nested: { key: 'value' } },
    };
    const add = await ctx.uploadContent(bank, bridgePhoto(), { metadata: JSON.stringify(metadata) });
    assert.equal(add.status, 200, add.text);
    const get = await ctx.client.get(`/c/bank/${bank}/content/${add.json.id}`);
    assert.equal(get.status, 200, get.text);
    assert.ok('metadata' in get.json);
    assert.equal(get.json.metadata.content_id, metadata.content_id);
    assert.equal(get.json.metadata.content_uri, metadata.content_uri);
    assert.deepEqual(get.json.metadata.json, metadata.json);
  });

  hmaTest('test_bank_get_content_include_metadata_false', async () => {
    const bank = 'TEST_BANK_NO_METADATA';
    await ctx.createBank(bank);
    const add = await ctx.uploadContent(bank, bridgePhoto(), {
      metadata: JSON.stringify({ content_id: 'id1', content_uri: 'https://example.com/1' }),
    });
    assert.equal(add.status, 200, add.text);
    const get = await ctx.client.get(`/c/bank/${bank}/content/${add.json.id}?include_metadata=false`);
    assert.equal(get.status, 200, get.text);
    assert.ok(!('metadata' in get.json));
  });

  hmaTest('test_bank_add_content_with_note', async () => {
    const bank = 'TEST_BANK_NOTE';
    await ctx.createBank(bank);
    const add = await ctx.uploadContent(bank, ctx.images[IMAGE_1].bytes, { note: 'Reported by user X' });
    assert.equal(add.status, 200, add.text);
    const get = await ctx.client.get(`/c/bank/${bank}/content/${add.json.id}`);
    assert.equal(get.status, 200, get.text);
    assert.equal(get.json.note, 'Reported by user X');
  });

  hmaTest('test_bank_add_content_without_note_omitted', async () => {
    const bank = 'TEST_BANK_NO_NOTE';
    await ctx.createBank(bank);
    const add = await ctx.uploadContent(bank, ctx.images[IMAGE_1].bytes);
    assert.equal(add.status, 200, add.text);
    const get = await ctx.client.get(`/c/bank/${bank}/content/${add.json.id}`);
    assert.equal(get.status, 200, get.text);
    assert.ok(!('note' in get.json));
  });

  hmaTest('test_bank_update_content_note', async () => {
    const bank = 'TEST_BANK_NOTE_UPDATE';
    await ctx.createBank(bank);
    const add = await ctx.uploadContent(bank, ctx.images[IMAGE_1].bytes);
    assert.equal(add.status, 200, add.text);
    const url = `/c/bank/${bank}/content/${add.json.id}`;

    let update = await ctx.client.put(url, { json: { note: 'Initial note' } });
    assert.equal(update.status, 200, update.text);
    assert.equal((await ctx.client.get(url)).json.note, 'Initial note');

    update = await ctx.client.put(url, { json: { note: 'Updated note' } });
    assert.equal(update.status, 200);
    assert.equal((await ctx.client.get(url)).json.note, 'Updated note');

    update = await ctx.client.put(url, { json: { note: '' } });
    assert.equal(update.status, 200);
    assert.ok(!('note' in (await ctx.client.get(url)).json));
  });

  hmaTest('test_bank_add_note_too_long', async () => {
    const bank = 'TEST_BANK_NOTE_LONG';
    await ctx.createBank(bank);
    const add = await ctx.uploadContent(bank, ctx.images[IMAGE_1].bytes, { note: 'x'.repeat(256) });
    assert.equal(add.status, 400);
  });

  hmaTest('test_bank_add_hash_with_note', async () => {
    const bank = 'TEST_BANK_HASH_NOTE';
    await ctx.createBank(bank);
    const add = await ctx.client.post(`/c/bank/${bank}/signal`, {
      json: { pdq: '0'.repeat(64), note: 'Hash from campaign ABC' },
    });
    assert.equal(add.status, 200, add.text);
    const get = await ctx.client.get(`/c/bank/${bank}/content/${add.json.id}`);
    assert.equal(get.status, 200, get.text);
    assert.equal(get.json.note, 'Hash from campaign ABC');
  });

  hmaTest('test_bank_get_content_without_metadata_omitted', async () => {
    const bank = 'TEST_BANK_NO_META';
    await ctx.createBank(bank);
    const add = await ctx.uploadContent(bank, bridgePhoto());
    assert.equal(add.status, 200, add.text);
    const get = await ctx.client.get(`/c/bank/${bank}/content/${add.json.id}`);
    assert.equal(get.status, 200, get.text);
    assert.ok(!('metadata' in get.json));
  });
});
