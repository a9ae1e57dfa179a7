import { after, before, describe, it } from 'node:test';
import assert from '../../../test/assert.ts';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { postgresReachable, SKIP_POSTGRES_MESSAGE, testStoreKinds } from '../../store/testing.ts';
import type { Store } from '../../store/index.ts';
import { PinGuard } from '../pin-guard.ts';
import { createTestApp, errorCode } from '../testing.ts';

const KEY = 'k'.repeat(10) + 'ABCDEFGHIJKLMNOPQRSTUV';
const body = (n: number) => ({ fingerprints: [{ md5: n.toString(16).padStart(32, '0') }] });
const countCases = async (store: Store) =>
  (await store.query<{ n: number }>('select count(*)::int as n from cases'))[0].n;

for (const kind of testStoreKinds()) {
  describe(`public case routes on ${kind.name}`, async () => {
    const skip = kind.name === 'postgres' && !(await postgresReachable()) ? SKIP_POSTGRES_MESSAGE : false;
    let store: Store;
    let app: FastifyInstance;
    let address = 0;
    before(async () => {
      if (skip) return;
      store = await kind.open();
      app = (await createTestApp(store, { config: { caseRateLimitPerMinute: 10_000 } })).app;
    });
    after(async () => {
      if (skip) return;
      await app.close();
      await store.close();
      await kind.cleanup();
    });

    const create = (payload: object, headers: Record<string, string> = {}) =>
      app.inject({
        method: 'POST',
        url: '/v1/cases',
        payload,
        headers,
        remoteAddress: `10.1.0.${++address}`,
      });
    const status = (caseNumber: string, pin: string, remoteAddress: string) =>
      app.inject({ method: 'POST', url: '/v1/cases/status', payload: { caseNumber, pin }, remoteAddress });

    it('answers a retry with the same Idempotency-Key with the same case and PIN', { skip }, async () => {
      const before = await countCases(store);
      const first = await create(body(1), { 'idempotency-key': KEY });
      assert.equal(first.statusCode, 201, first.body);
      const again = await create(body(1), { 'idempotency-key': KEY });
      assert.equal(again.statusCode, 201, again.body);
      assert.equal(again.headers['idempotent-replayed'], 'true');
      assert.equal(again.json().caseNumber, first.json().caseNumber);
      assert.equal(again.json().pin, first.json().pin);
      assert.equal(await countCases(store), before + 1);
      // The PIN opened again is the case's PIN.
      assert.equal((await status(first.json().caseNumber, again.json().pin, '10.2.0.1')).statusCode, 200);
      // Nothing in the table reveals the key or the PIN.
      const rows = await store.query<Record<string, unknown>>('select * from case_requests');
      assert.ok(!JSON.stringify(rows).includes(KEY) && !JSON.stringify(rows).includes(first.json().pin));

      const other = await create(body(2), { 'idempotency-key': KEY });
      assert.equal(other.statusCode, 422);
      assert.equal(errorCode(other), 'idempotency_key_reused');
      assert.equal(
        errorCode(await create(body(3), { 'idempotency-key': 'short' })),
        'invalid_idempotency_key',
      );
    });

    it('makes one case for concurrent requests with the same key', { skip }, async () => {
      const key = 'C'.repeat(32);
      const before = await countCases(store);
      const answers = await Promise.all([1, 2, 3].map(() => create(body(4), { 'idempotency-key': key })));
      assert.deepEqual(
        answers.map((a) => a.statusCode),
        [201, 201, 201],
      );
      assert.equal(new Set(answers.map((a) => a.json().caseNumber)).size, 1);
      assert.equal(new Set(answers.map((a) => a.json().pin)).size, 1);
      assert.equal(await countCases(store), before + 1);
    });

    it('answers an unknown number exactly like a real case with a wrong PIN', { skip }, async () => {
      const { caseNumber, pin } = (await create(body(5))).json();
      const wrong = pin === '00000000' ? '00000001' : '00000000';
      const trace = async (number: string, from: string) => {
        const out: string[] = [];
        for (let i = 0; i < 8; i++) {
          const res = await status(number, wrong, from);
          out.push(`${res.statusCode} ${errorCode(res)} ${res.headers['retry-after'] !== undefined}`);
        }
        return out;
      };
      const real = await trace(caseNumber, '10.3.0.1');
      const unknown = await trace('BK-0000-0000-0000', '10.3.0.2');
      assert.deepEqual(real, unknown);
      assert.deepEqual(real.slice(0, 5), Array(5).fill('404 case_not_found false'));
      assert.deepEqual(real.slice(5), Array(3).fill('429 too_many_attempts true'));
      // The stranger spent their own tries: the owner, elsewhere, gets in at once.
      const owner = await status(caseNumber, pin, '10.3.0.3');
      assert.equal(owner.statusCode, 200, owner.body);
      // An IPv6 client cannot escape the limit by changing the low 64 bits of its address.
      for (let i = 1; i <= 5; i++) await status(caseNumber, wrong, `2001:db8:1:2::${i}`);
      assert.equal(errorCode(await status(caseNumber, wrong, '2001:db8:1:2:ffff::1')), 'too_many_attempts');
    });

    it('sends Cache-Control: no-store with every case answer', { skip }, async () => {
      const created = await create(body(6));
      const { caseNumber, pin } = created.json();
      const answers: LightMyRequestResponse[] = [
        created,
        await status(caseNumber, pin, '10.4.0.1'),
        await status(caseNumber, 'x', '10.4.0.1'),
        await app.inject({ url: `/v1/cases/${caseNumber}`, headers: { 'x-case-pin': pin } }),
        await app.inject({ url: `/v1/cases/${caseNumber}` }),
        await create({ fingerprints: [] }),
        await app.inject({ method: 'POST', url: '/v1/cases/withdraw', payload: { caseNumber, pin } }),
      ];
      for (const res of answers) assert.equal(res.headers['cache-control'], 'no-store', res.body);
    });
  });
}

describe('PinGuard', () => {
  it('paces checks of a number guessed from many addresses, never locks it', async () => {
    let now = 0;
    const waits: number[] = [];
    const guard = new PinGuard({
      perClientFailures: 5,
      perNumberFailures: 20,
      paceMs: 3000,
      maxWaitMs: 10_000,
      now: () => now,
      sleep: async (ms) => {
        waits.push(ms);
      },
    });
    for (let i = 0; i < 20; i++) {
      await guard.admit('N', `a${i}`);
      guard.failed('N', `a${i}`);
    }
    assert.deepEqual(waits, [], 'no waiting before the number is under attack');
    // Now every check of N, the owner's too, takes a turn: 3 s apart, at most ~10 s of queue.
    const turns = await Promise.allSettled(Array.from({ length: 6 }, (_, i) => guard.admit('N', `b${i}`)));
    assert.deepEqual(
      turns.map((t) => t.status),
      ['fulfilled', 'fulfilled', 'fulfilled', 'fulfilled', 'rejected', 'rejected'],
    );
    assert.deepEqual(waits, [3000, 6000, 9000]);
    assert.equal((turns[4] as PromiseRejectedResult).reason.code, 'too_many_attempts');
    // Other numbers are untouched, and after the window the number is free again.
    await guard.admit('M', 'b0');
    now += 15 * 60_000;
    waits.length = 0;
    await guard.admit('N', 'owner');
    assert.deepEqual(waits, []);
  });
});

for (const kind of testStoreKinds()) {
  describe(`case creation under load on ${kind.name}`, async () => {
    const skip = kind.name === 'postgres' && !(await postgresReachable()) ? SKIP_POSTGRES_MESSAGE : false;

    /** A listening app (real sockets, so clients can give up) on a fresh store. */
    const serve = async (config: Record<string, number>) => {
      const store = await kind.open();
      const { app } = await createTestApp(store, { config: { caseRateLimitPerMinute: 10_000, ...config } });
      await app.listen({ port: 0, host: '127.0.0.1' });
      const url = `http://127.0.0.1:${(app.server.address() as { port: number }).port}/v1/cases`;
      const post = (n: number, init: { key?: string; signal?: AbortSignal } = {}) =>
        fetch(url, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            ...(init.key ? { 'idempotency-key': init.key } : {}),
          },
          body: JSON.stringify(body(n)),
          signal: init.signal,
        });
      /** Waits until no case has been added for a while (the server has finished what it took on). */
      const settled = async () => {
        let last = -1;
        for (let i = 0; i < 100; i++) {
          const n = await countCases(store);
          if (n === last) return n;
          last = n;
          await new Promise((resolve) => setTimeout(resolve, 500));
        }
        return last;
      };
      const close = async () => {
        await app.close();
        await store.close();
        await kind.cleanup();
      };
      return { store, post, settled, close };
    };

    it(
      'refuses what it cannot do in time at once (503 + Retry-After), and commits nothing late',
      { skip },
      async () => {
        const deadlineMs = 4000;
        const s = await serve({
          caseCreateMaxInFlight: 1,
          caseCreateMaxQueue: 3,
          caseCreateDeadlineMs: deadlineMs,
        });
        try {
          const answers = await Promise.all(
            Array.from({ length: 40 }, async (_, n) => {
              const started = Date.now();
              const res = await s.post(n);
              const json = await res.json();
              return {
                status: res.status,
                ms: Date.now() - started,
                retryAfter: res.headers.get('retry-after'),
                json,
              };
            }),
          );
          const created = answers.filter((a) => a.status === 201);
          const refused = answers.filter((a) => a.status === 503);
          assert.equal(created.length + refused.length, 40, JSON.stringify(answers.map((a) => a.status)));
          assert.ok(created.length >= 1 && refused.length >= 30, `${created.length} created`);
          for (const r of refused) {
            assert.equal(r.json.error.code, 'busy');
            assert.ok(Number(r.retryAfter) >= 1, `Retry-After ${r.retryAfter}`);
            // Generous: a refusal never waits past the deadline (before the fix, every request waited its turn).
            assert.ok(r.ms < deadlineMs + 2000, `refused after ${r.ms} ms`);
          }
          assert.equal(await s.settled(), created.length, 'every committed case was answered');
        } finally {
          await s.close();
        }
      },
    );

    it('does not commit the case of a client that gave up; its retry gets one case', { skip }, async () => {
      const s = await serve({
        caseCreateMaxInFlight: 1,
        caseCreateMaxQueue: 100,
        caseCreateDeadlineMs: 60_000,
      });
      try {
        let received = 0;
        let gaveUp = 0;
        await Promise.all(
          Array.from({ length: 20 }, async (_, n) => {
            try {
              const res = await s.post(100 + n, { signal: AbortSignal.timeout(30) });
              if (res.status === 201) received += 1;
              await res.arrayBuffer();
            } catch {
              gaveUp += 1;
            }
          }),
        );
        assert.ok(gaveUp >= 10, `${gaveUp} clients gave up`);
        // The one window left is between the last check and COMMIT itself (one statement).
        const committed = await s.settled();
        assert.ok(committed <= received + 1, `${committed} committed, ${received} answered`);

        // A victim whose first try timed out retries with the same key: one case, answered.
        const key = 'R'.repeat(32);
        await s.post(200, { key, signal: AbortSignal.timeout(1) }).catch(() => undefined);
        await s.settled();
        const retry = await s.post(200, { key });
        assert.equal(retry.status, 201);
        const { caseNumber } = await retry.json();
        const again = await (await s.post(200, { key })).json();
        assert.equal(again.caseNumber, caseNumber);
        const md5 = body(200).fingerprints[0].md5;
        const [{ n }] = await s.store.query<{ n: number }>(
          `select count(distinct bc.case_id)::int as n from signals s join bank_content bc on bc.id = s.content_id
           where s.value = $1`,
          [md5],
        );
        assert.equal(n, 1, 'one case for the first try and its retry');
      } finally {
        await s.close();
      }
    });
  });
}
