// HMA's tests/test_e2e_workflow.py, written again against Backstop (see differences.ts);
// run by conformance.test.ts.
import assert from '../assert.ts';
import { hmaFile } from './harness.ts';
import { PDQ_EXAMPLES } from './samples.ts';

export const testE2eWorkflow = hmaFile('test_e2e_workflow', (ctx, hmaTest) => {
  hmaTest('test_add_hashes_and_find_match', async () => {
    const bankName = 'TEST_BANK';
    await ctx.createBank(bankName);
    for (const pdq of PDQ_EXAMPLES) {
      const resp = await ctx.client.post(`/c/bank/${bankName}/signal`, { json: { pdq } });
      assert.equal(resp.status, 200, resp.text);
    }
    // (HMA builds its index here; Backstop's index follows every write.)
    let resp = await ctx.client.get('/m/index/status?signal_type=pdq');
    assert.equal(resp.status, 200);
    assert.ok('pdq' in resp.json);
    assert.equal(resp.json.pdq.present, true);
    assert.equal(resp.json.pdq.size, PDQ_EXAMPLES.length);

    resp = await ctx.client.get(`/m/lookup?signal_type=pdq&signal=${PDQ_EXAMPLES.at(-1)}`);
    assert.equal(resp.status, 200);
    assert.deepEqual(resp.json, { TEST_BANK: [{ bank_content_id: 16, distance: '0' }] });

    resp = await ctx.client.get(`/m/lookup?signal_type=pdq&signal=${'5'.repeat(64)}`);
    assert.equal(resp.status, 200);
    assert.deepEqual(resp.json, {});
  });
});
