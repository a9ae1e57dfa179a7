import { describe, it } from 'node:test';
import assert from '../../../test/assert.ts';
import { errorCode, useTestApp } from '../testing.ts';

const PDQ = 'f8f8f0cee0f4a84f06370a22038f63f0b36e2ed596621e1d33e6b39c4e9c9b22';

describe('GET /v1/banks/:name/changes', () => {
  const t = useTestApp();
  const changes = (
    after: number | string,
    headers: Record<string, string> = t.auth('curate'),
    bank = 'VICTIM_CASES',
  ) => t.app.inject({ url: `/v1/banks/${bank}/changes?after=${after}`, headers });

  it('lets a follower see a case arrive and, once withdrawn, leave; with fingerprints only', async () => {
    const start = (await changes(0)).json().next as number;
    const created = await t.app.inject({
      method: 'POST',
      url: '/v1/cases',
      payload: { fingerprints: [{ pdq: PDQ, md5: 'e'.repeat(32) }], contentType: 'photo' },
    });
    assert.equal(created.statusCode, 201, created.body);
    const { caseNumber, pin } = created.json();

    const added = await changes(start);
    assert.equal(added.statusCode, 200, added.body);
    const body = added.json();
    assert.equal(body.more, false);
    assert.equal(body.changes.length, 1);
    const [item] = body.changes;
    assert.equal(item.status, 'active');
    assert.deepEqual(item.signals, { pdq: PDQ, md5: 'e'.repeat(32) });
    assert.equal(item.contentType, 'photo');
    assert.deepEqual(Object.keys(item).sort(), [
      'contentType',
      'disabledUntil',
      'id',
      'seq',
      'signals',
      'status',
    ]);
    assert.ok(!added.body.includes(caseNumber), 'the case number is never in the feed');

    const withdrawn = await t.app.inject({
      method: 'POST',
      url: '/v1/cases/withdraw',
      payload: { caseNumber, pin },
    });
    assert.equal(withdrawn.statusCode, 200, withdrawn.body);
    const removed = (await changes(body.next)).json();
    assert.deepEqual(
      removed.changes.map((c: { id: number; status: string; signals: object }) => [
        c.id,
        c.status,
        c.signals,
      ]),
      [[item.id, 'removed', {}]],
    );
    assert.ok(removed.next > body.next);
  });

  it('needs a curate key, a known bank and a whole-number checkpoint', async () => {
    assert.equal((await changes(0, {})).statusCode, 401);
    assert.equal((await changes(0, t.auth('match'))).statusCode, 403);
    assert.equal(errorCode(await changes(0, t.auth('curate'), 'NO_SUCH_BANK')), 'bank_not_found');
    for (const bad of ['-1', 'abc', '1.5']) {
      const res = await changes(bad);
      assert.equal(res.statusCode, 400, `after=${bad}`);
      errorCode(res);
    }
    const tooMany = await t.app.inject({
      url: '/v1/banks/VICTIM_CASES/changes?limit=100000',
      headers: t.auth('curate'),
    });
    assert.equal(tooMany.statusCode, 400);
  });
});
