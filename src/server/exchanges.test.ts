// Exchanges end to end through HMA's routes, on PGlite and PostgreSQL: each kind is created,
// fetched (by hand and on the schedule), restarted with its checkpoint, and shows its errors. The
// StopNCII and NCMEC clients talk to local servers speaking those formats (./exchanges/testing.ts).
import { after, describe, it } from 'node:test';
import assert from '../../test/assert.ts';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  addContents,
  claimExchange,
  createBank,
  createExchange,
  deleteContents,
  finishExchangeFetch,
  findBank,
  getBank,
  listContent,
  openStore,
  type Store,
} from '../store/index.ts';
import { postgresReachable, SKIP_POSTGRES_MESSAGE, testStoreKinds } from '../store/testing.ts';
import type { AppOptions } from './app.ts';
import type { ServerConfig } from './config.ts';
import { ncmecTime } from './exchanges/ncmec.ts';
import {
  FakeService,
  gate,
  json,
  ncmecPage,
  stopNciiPage,
  stopNciiRecord,
  xml,
  type Reply,
} from './exchanges/testing.ts';
import { captureLogs, createTestApp, errorCode, type TestApp } from './testing.ts';

const pdq = (n: number) => n.toString(16).padStart(64, 'a');
const md5 = (n: number) => n.toString(16).padStart(32, 'b');

type Status = {
  checkpoint_ts: number | null;
  running_fetch_start_ts: number | null;
  last_fetch_complete_ts: number | null;
  last_fetch_succeeded: boolean | null;
  up_to_date: boolean;
  fetched_items: number;
  last_error: { code: string; message: string } | null;
  checkpoint: Record<string, unknown> | null;
  pages?: number;
};

async function call(t: TestApp, method: string, url: string, payload?: unknown) {
  return t.app.inject({
    method: method as 'GET',
    url,
    payload: payload as object,
    headers: t.auth('curate'),
  });
}

async function status(t: TestApp, name: string): Promise<Status> {
  const res = await call(t, 'GET', `/c/exchange/${name}/status`);
  assert.equal(res.statusCode, 200, res.body);
  return res.json();
}

async function fetchNow(t: TestApp, name: string): Promise<Status> {
  const res = await call(t, 'POST', `/c/exchange/${name}/fetch`);
  assert.equal(res.statusCode, 200, res.body);
  return res.json();
}

async function create(t: TestApp, bank: string, api: string, apiJson: unknown) {
  const res = await call(t, 'POST', '/c/exchanges', { bank, api, api_json: apiJson });
  assert.equal(res.statusCode, 201, res.body);
  assert.deepEqual(res.json(), { message: 'Created successfully' });
}

/** The bank's items as sorted `type:value` lists, one string per item. */
async function bankItems(store: Store, bank: string): Promise<string[]> {
  const items = await listContent(store, (await getBank(store, bank)).id, { limit: 1000 });
  return items
    .map((c) =>
      c.signals
        .map((s) => `${s.type}:${s.value}`)
        .sort()
        .join('+'),
    )
    .sort();
}

/** Polls until `check` is true (the scheduler runs on its own timer); fails after 20 s. */
async function waitFor(what: string, check: () => Promise<boolean>): Promise<void> {
  const deadline = Date.now() + 20_000;
  while (!(await check())) {
    if (Date.now() > deadline) assert.fail(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

for (const kind of testStoreKinds()) {
  describe(`exchanges on ${kind.name}`, async () => {
    const skip = kind.name === 'postgres' && !(await postgresReachable()) ? SKIP_POSTGRES_MESSAGE : false;
    const tmp = mkdtempSync(join(tmpdir(), 'backstop-exchanges-'));
    const open: { apps: TestApp[]; stores: Store[] } = { apps: [], stores: [] };
    after(async () => {
      for (const t of open.apps) await t.app.close().catch(() => undefined);
      for (const s of open.stores) await s.close().catch(() => undefined);
      await kind.cleanup();
      rmSync(tmp, { recursive: true, force: true });
    });

    /**
     * A database that outlives the app: one PostgreSQL schema, reopened on each call. PGlite in a
     * directory when `onDisk` (each opening costs seconds), else the in-memory store the tests share
     * (their exchanges have different names), which a "restart" keeps open while the app is closed
     * and built again.
     */
    let memory: Promise<Store> | undefined;
    function database(label: string, onDisk = false) {
      const schema = kind.newSchema();
      const openDb = async () => {
        if (kind.name === 'pglite' && !onDisk) {
          memory ??= openStore({ dataDir: 'memory://' }).then((store) => {
            open.stores.push(store);
            return store;
          });
          return memory;
        }
        const store =
          kind.name === 'pglite' ? await openStore({ dataDir: join(tmp, label) }) : await kind.open(schema);
        open.stores.push(store);
        return store;
      };
      return Object.assign(openDb, { reopens: kind.name === 'postgres' || onDisk });
    }

    async function startApp(store: Store, config: Partial<ServerConfig>, options: Partial<AppOptions> = {}) {
      const t = await createTestApp(store, {
        config: { exchangeIntervalMs: 0, ...config },
        exchangeEnvironment: { retryDelayMs: () => 0 },
        ...options,
      });
      open.apps.push(t);
      return t;
    }

    async function restart(t: TestApp, store: Store, openDb: (() => Promise<Store>) & { reopens: boolean }) {
      await t.app.close();
      if (!openDb.reopens) return store;
      await store.close();
      return openDb();
    }

    it(
      'backstop: follows another Backstop’s bank, survives a restart with its checkpoint, shows its errors',
      { skip },
      async () => {
        const sourceStore = await database('source')();
        const source = await createTestApp(sourceStore);
        open.apps.push(source);
        const sourceUrl = await source.app.listen({ port: 0, host: '127.0.0.1' });
        const shared = await createBank(sourceStore, { name: 'SHARED' });
        const ids = await addContents(
          sourceStore,
          shared.id,
          [1, 2, 3].map((n) => ({
            signals: [{ type: 'pdq' as const, value: pdq(n) }],
            contentType: 'photo',
          })),
        );

        const openDb = database('backstop', true);
        let store = await openDb();
        const credentials = { backstop: { [sourceUrl]: source.keys.curate } };
        let t = await startApp(store, { exchangeCredentials: credentials });

        const noKey = await call(t, 'POST', '/c/exchanges', {
          bank: 'ELSEWHERE',
          api: 'backstop',
          api_json: { url: 'https://other.example.org', remote_bank: 'SHARED' },
        });
        assert.equal(noKey.statusCode, 400);
        assert.equal(errorCode(noKey), 'exchange_not_configured');
        assert.equal(await findBank(store, 'ELSEWHERE'), undefined, 'a refused exchange leaves no bank');

        await create(t, 'PARTNER', 'backstop', { url: sourceUrl, remote_bank: 'SHARED', page_size: 2 });
        assert.deepEqual((await call(t, 'GET', '/c/exchanges')).json(), ['PARTNER']);
        assert.deepEqual((await call(t, 'GET', '/c/exchange/PARTNER')).json(), {
          url: sourceUrl,
          remote_bank: 'SHARED',
          page_size: 2,
          name: 'PARTNER',
          api: 'backstop',
          enabled: true,
        });
        const incomplete = await call(t, 'POST', '/c/exchanges', {
          bank: 'PARTNER_2',
          api: 'backstop',
          api_json: {},
        });
        assert.equal(incomplete.statusCode, 400);
        assert.match(incomplete.json().message, /^Failed to parse `api_json`/);
        const dup = await call(t, 'POST', '/c/exchanges', {
          bank: 'PARTNER',
          api: 'backstop',
          api_json: { url: sourceUrl, remote_bank: 'SHARED' },
        });
        assert.equal(dup.statusCode, 409);
        assert.equal(errorCode(dup), 'exchange_exists');
        const onBank = await call(t, 'POST', '/c/exchanges', {
          bank: 'VICTIM_CASES',
          api: 'backstop',
          api_json: { url: sourceUrl, remote_bank: 'SHARED' },
        });
        assert.equal(onBank.statusCode, 409, 'never takes over a bank filled by hand');
        assert.equal(errorCode(onBank), 'bank_exists');
        const before = await status(t, 'PARTNER');
        assert.equal(before.last_fetch_complete_ts, null);
        assert.equal(before.fetched_items, 0);
        assert.equal(before.checkpoint, null);

        const first = await fetchNow(t, 'PARTNER');
        assert.equal(first.last_fetch_succeeded, true);
        assert.equal(first.up_to_date, true);
        assert.equal(first.last_error, null);
        assert.equal(first.fetched_items, 3);
        assert.equal(first.pages, 2, 'page_size 2: two pages');
        assert.equal(typeof first.checkpoint_ts, 'number');
        assert.ok(
          first.checkpoint && typeof first.checkpoint.after === 'number' && first.checkpoint.after > 0,
        );
        assert.deepEqual(
          await bankItems(store, 'PARTNER'),
          [1, 2, 3].map((n) => `pdq:${pdq(n)}`),
        );

        // The other Backstop changes while this one is down; the restart goes on from the checkpoint.
        store = await restart(t, store, openDb);
        await deleteContents(sourceStore, [ids[0]]);
        await addContents(sourceStore, shared.id, [{ signals: [{ type: 'pdq', value: pdq(4) }] }]);
        t = await startApp(store, { exchangeCredentials: credentials });
        const restarted = await status(t, 'PARTNER');
        assert.deepEqual(restarted.checkpoint, first.checkpoint);
        const second = await fetchNow(t, 'PARTNER');
        assert.equal(second.fetched_items, 5, 'only the two changes since the checkpoint were read');
        assert.deepEqual(
          await bankItems(store, 'PARTNER'),
          [2, 3, 4].map((n) => `pdq:${pdq(n)}`),
        );

        // The other Backstop refuses the key: the status says so and the checkpoint stays.
        await t.app.close();
        t = await startApp(store, {
          exchangeCredentials: { backstop: { [sourceUrl]: 'bk_wrong_key_1234' } },
        });
        const failed = await fetchNow(t, 'PARTNER');
        assert.equal(failed.last_fetch_succeeded, false);
        assert.equal(failed.up_to_date, false);
        assert.equal(failed.last_error?.code, 'source_refused_key');
        assert.deepEqual(failed.checkpoint, second.checkpoint);
        assert.ok(!JSON.stringify(failed).includes('bk_wrong_key_1234'));
        assert.ok(
          !JSON.stringify((await call(t, 'GET', '/c/exchange/PARTNER')).json()).includes(source.keys.curate),
        );

        const disabled = await call(t, 'PUT', '/c/exchange/PARTNER', { enabled: false });
        assert.equal(disabled.json().enabled, false);
        const refused = await call(t, 'POST', '/c/exchange/PARTNER/fetch');
        assert.equal(refused.statusCode, 409);
        assert.equal(errorCode(refused), 'exchange_disabled');
        assert.equal((await call(t, 'PUT', '/c/exchange/PARTNER', { enabled: 1 })).json().enabled, true);

        assert.deepEqual((await call(t, 'DELETE', '/c/exchange/PARTNER')).json(), {
          message: 'Exchange deleted',
        });
        assert.equal((await call(t, 'GET', '/c/exchange/PARTNER')).statusCode, 404);
        assert.equal(await findBank(store, 'PARTNER'), undefined, 'its bank goes with it');
      },
    );

    it(
      'one fetch at a time per exchange, across processes, and a crashed fetch is taken over',
      { skip },
      async () => {
        const store = await database('lease')();
        await createExchange(store, {
          name: 'LEASED',
          api: 'file',
          config: {},
          enabled: true,
          description: '',
        });
        const held = await claimExchange(store, 'LEASED', 60_000);
        assert.ok(held);
        assert.equal(await claimExchange(store, 'LEASED', 60_000), undefined, 'held by the first fetch');
        await finishExchangeFetch(store, 'LEASED', { upToDate: true, error: null });
        assert.equal(await claimExchange(store, 'LEASED', 60_000, 60_000), undefined, 'not due yet');
        const crashed = await claimExchange(store, 'LEASED', -1);
        assert.ok(crashed, 'released: taken again');
        assert.ok(await claimExchange(store, 'LEASED', 60_000), 'a lease that ran out is taken over');
      },
    );

    it(
      'a running fetch is shown, a second one is refused, and a shutdown stops it after its current page',
      { skip },
      async () => {
        const svc = await new FakeService().start();
        after(() => svc.close());
        const credentials = {
          stop_ncii: { functionKey: 'f', subscriptionKey: 's', baseUrl: `${svc.url}/v1` },
        };
        const path = '/v1/FetchHashes';
        const openDb = database('running');
        let store = await openDb();
        let t = await startApp(store, { exchangeCredentials: credentials });
        await create(t, 'NCII_RUN', 'stop_ncii', {});
        const asked = gate();
        const held = gate();
        svc.once(path, () =>
          stopNciiPage([stopNciiRecord('ImagePDQ', pdq(1))], {
            more: true,
            token: 'tok-a',
            nextSetTimestamp: 100,
          }),
        );
        svc.once(path, async () => {
          asked.open();
          await held.opened;
          return stopNciiPage([stopNciiRecord('ImagePDQ', pdq(2))], { more: false, nextSetTimestamp: 200 });
        });
        const running = call(t, 'POST', '/c/exchange/NCII_RUN/fetch');
        await asked.opened; // the second page is asked for, so the first is applied
        const during = await status(t, 'NCII_RUN');
        assert.equal(typeof during.running_fetch_start_ts, 'number');
        assert.deepEqual(during.checkpoint, { update_time: 10, next_page_token: 'tok-a' });
        const second = await call(t, 'POST', '/c/exchange/NCII_RUN/fetch');
        assert.equal(second.statusCode, 409);
        assert.equal(errorCode(second), 'fetch_in_progress');

        const closing = t.app.close();
        held.open();
        await closing;
        await running;
        store = await restart(t, store, openDb);
        t = await startApp(store, { exchangeCredentials: credentials });
        const stopped = await status(t, 'NCII_RUN');
        assert.equal(stopped.running_fetch_start_ts, null);
        assert.equal(stopped.last_fetch_succeeded, false);
        assert.equal(stopped.last_error?.code, 'fetch_interrupted');
        assert.deepEqual(stopped.checkpoint, { update_time: 10, next_page_token: 'tok-a' });
        assert.deepEqual(
          await bankItems(store, 'NCII_RUN'),
          [`pdq:${pdq(1)}`],
          'the page in flight was not applied',
        );
      },
    );

    it(
      'file: reads a python-threatexchange list on the schedule, applying additions and removals',
      { skip },
      async () => {
        const dir = mkdtempSync(join(tmp, 'lists-'));
        const list = join(dir, 'list.txt');
        writeFileSync(list, `pdq ${pdq(1)}\nvideo_md5 ${md5(1)}\nurl https://example.org/x\n# a comment\n\n`);
        const store = await database('file-schedule')();
        const t = await startApp(
          store,
          { exchangeFileDirs: [dir], exchangeIntervalMs: 30 },
          { startExchanges: true },
        );
        await t.app.ready();
        await create(t, 'FILE_LIST', 'file', { path: list });
        await waitFor(
          'the first scheduled fetch',
          async () => (await status(t, 'FILE_LIST')).last_fetch_succeeded === true,
        );
        assert.deepEqual(await bankItems(store, 'FILE_LIST'), [`md5:${md5(1)}`, `pdq:${pdq(1)}`]);
        const kept = (await listContent(store, (await getBank(store, 'FILE_LIST')).id, { limit: 10 })).find(
          (c) => c.signals[0].type === 'md5',
        );

        writeFileSync(list, `pdq ${pdq(2)}\nvideo_md5 ${md5(1)}\n`);
        await waitFor('the changed list', async () => (await status(t, 'FILE_LIST')).fetched_items === 4);
        assert.deepEqual(await bankItems(store, 'FILE_LIST'), [`md5:${md5(1)}`, `pdq:${pdq(2)}`]);
        const after = await listContent(store, (await getBank(store, 'FILE_LIST')).id, { limit: 10 });
        assert.ok(
          after.some((c) => c.id === kept?.id),
          'an unchanged line stays the same item',
        );
      },
    );

    it(
      'file: CSV, TSV and bare-hash lists; refuses paths and hosts it is not allowed; a bad line applies nothing',
      { skip },
      async () => {
        const dir = mkdtempSync(join(tmp, 'formats-'));
        const store = await database('file-formats')();
        const t = await startApp(store, { exchangeFileDirs: [dir], exchangeFileAllowHosts: ['localhost'] });

        const csv = join(dir, 'bank.csv');
        writeFileSync(
          csv,
          `id,pdq,md5,note\n1,${pdq(5)},,first\n2,,${md5(5)},"second, with a comma"\n3,${pdq(6)},${md5(6)},both\n`,
        );
        await create(t, 'CSV_LIST', 'file', { path: csv });
        assert.equal((await fetchNow(t, 'CSV_LIST')).last_fetch_succeeded, true);
        assert.deepEqual(await bankItems(store, 'CSV_LIST'), [
          `md5:${md5(5)}`,
          `md5:${md5(6)}+pdq:${pdq(6)}`,
          `pdq:${pdq(5)}`,
        ]);
        const again = await fetchNow(t, 'CSV_LIST');
        assert.equal(again.last_fetch_succeeded, true);
        assert.equal(again.fetched_items, 3, 'an unchanged list changes nothing');

        const tsv = join(dir, 'list.tsv');
        writeFileSync(tsv, `md5\tsource\n${md5(7)}\tpartner\n`);
        await create(t, 'TSV_LIST', 'file', { path: tsv });
        await fetchNow(t, 'TSV_LIST');
        assert.deepEqual(await bankItems(store, 'TSV_LIST'), [`md5:${md5(7)}`]);

        const bare = join(dir, 'bare.txt');
        writeFileSync(bare, `${md5(8)}\n${md5(9)}\n`);
        await create(t, 'BARE_LIST', 'file', { path: bare, signal_type: 'video_md5' });
        await fetchNow(t, 'BARE_LIST');
        assert.deepEqual(await bankItems(store, 'BARE_LIST'), [`md5:${md5(8)}`, `md5:${md5(9)}`]);

        writeFileSync(bare, `${md5(8)}\nnot-a-hash\n`);
        const bad = await fetchNow(t, 'BARE_LIST');
        assert.equal(bad.last_fetch_succeeded, false);
        assert.equal(bad.last_error?.code, 'exchange_bad_list');
        assert.match(bad.last_error?.message ?? '', /Line 2/);
        assert.deepEqual(
          await bankItems(store, 'BARE_LIST'),
          [`md5:${md5(8)}`, `md5:${md5(9)}`],
          'nothing applied',
        );

        const refusals: [unknown, string][] = [
          [{ path: '/etc/passwd', signal_type: 'md5' }, 'exchange_not_allowed'],
          [{ path: `${dir}/../outside.txt` }, 'exchange_not_allowed'],
          [{ path: 'relative.txt' }, 'exchange_not_allowed'],
          [{ url: 'http://localhost/list.txt' }, 'exchange_not_allowed'],
          [{ url: 'https://lists.example.org/list.txt' }, 'exchange_not_allowed'],
          [{ path: csv, url: 'https://localhost/x' }, 'invalid_request'],
          [{ path: csv, format: 'xml' }, 'invalid_request'],
          [{ path: csv, signal_type: 'photodna' }, 'unknown_signal_type'],
        ];
        for (const [apiJson, code] of refusals) {
          const res = await call(t, 'POST', '/c/exchanges', {
            bank: 'REFUSED',
            api: 'file',
            api_json: apiJson,
          });
          assert.equal(res.statusCode, 400, `${JSON.stringify(apiJson)}: ${res.body}`);
          assert.equal(errorCode(res), code, JSON.stringify(apiJson));
        }
        // An allow-listed host is still fetched under the SSRF rules: localhost is never fetched.
        await create(t, 'URL_LIST', 'file', { url: 'https://localhost/list.txt' });
        const ssrf = await fetchNow(t, 'URL_LIST');
        assert.equal(ssrf.last_fetch_succeeded, false);
        assert.equal(ssrf.last_error?.code, 'url_not_allowed');
      },
    );

    it(
      'stop_ncii: pages, checkpoints, withdrawals, retries, a restart mid-set; keys never shown or logged',
      { skip },
      async () => {
        const svc = await new FakeService().start();
        after(() => svc.close());
        const FUNCTION_KEY = 'fk-SECRET-7f3a9c';
        const SUBSCRIPTION_KEY = 'sk-SECRET-1b2e8d';
        const credentials = {
          stop_ncii: {
            functionKey: FUNCTION_KEY,
            subscriptionKey: SUBSCRIPTION_KEY,
            baseUrl: `${svc.url}/v1`,
          },
        };
        const path = '/v1/FetchHashes';
        const logs = captureLogs();
        const openDb = database('stop-ncii');
        let store = await openDb();
        const appOptions = { logger: { level: 'debug', stream: logs.stream } } as Partial<AppOptions>;
        let t = await startApp(store, { exchangeCredentials: credentials }, appOptions);

        assert.deepEqual((await call(t, 'GET', '/c/exchanges/api/stop_ncii')).json(), {
          supports_authentification: true,
          has_set_authentification: true,
        });
        const setKeys = await call(t, 'POST', '/c/exchanges/api/stop_ncii', { credential_json: { a: 'b' } });
        assert.equal(setKeys.statusCode, 400);
        assert.equal(errorCode(setKeys), 'credentials_in_configuration');
        await create(t, 'NCII', 'stop_ncii', {});

        svc.once(path, () => json({ message: 'busy' }, 503));
        svc.once(path, () =>
          stopNciiPage(
            [
              stopNciiRecord('ImagePDQ', pdq(1)),
              stopNciiRecord('ImagePDQ', pdq(2)),
              stopNciiRecord('URL', 'https://x.example'),
            ],
            { more: true, token: 'tok-1', nextSetTimestamp: 500 },
          ),
        );
        svc.once(path, () =>
          stopNciiPage([stopNciiRecord('VideoMD5', md5(1))], { more: false, nextSetTimestamp: 1000 }),
        );
        const first = await fetchNow(t, 'NCII');
        assert.equal(first.last_fetch_succeeded, true, JSON.stringify(first));
        assert.deepEqual(first.checkpoint, { update_time: 1000 });
        assert.equal(first.checkpoint_ts, 1000);
        assert.deepEqual(await bankItems(store, 'NCII'), [`md5:${md5(1)}`, `pdq:${pdq(1)}`, `pdq:${pdq(2)}`]);
        const matches = async (hash: string) => {
          await t.app.matcher.syncNow();
          const res = await t.app.inject({
            method: 'GET',
            url: `/m/lookup?signal_type=pdq&signal=${hash}`,
            headers: t.auth('match'),
          });
          assert.equal(res.statusCode, 200, res.body);
          return ((res.json() as Record<string, { distance: string }[]>).NCII ?? []).filter(
            (m) => Number(m.distance) === 0,
          ).length;
        };
        assert.equal(await matches(pdq(1)), 1, 'a fetched hash matches (exactly)');
        const seen = svc.requestsTo(path);
        assert.equal(seen.length, 3, 'one retry after the 503');
        assert.equal(seen[1].query.get('startTimestamp'), '10');
        assert.equal(seen[1].query.get('nextPageToken'), null);
        assert.equal(seen[2].query.get('startTimestamp'), '10');
        assert.equal(seen[2].query.get('nextPageToken'), 'tok-1');
        for (const r of seen) {
          assert.equal(r.headers['x-functions-key'], FUNCTION_KEY);
          assert.equal(r.headers['ocp-apim-subscription-key'], SUBSCRIPTION_KEY);
        }

        // The next fetch starts at nextSetTimestamp; a withdrawn hash is removed.
        svc.once(path, () =>
          stopNciiPage(
            [stopNciiRecord('ImagePDQ', pdq(1), 'Withdrawn'), stopNciiRecord('ImagePDQ', pdq(3))],
            {
              more: false,
              nextSetTimestamp: 2000,
            },
          ),
        );
        await fetchNow(t, 'NCII');
        assert.equal(svc.requestsTo(path).at(-1)?.query.get('startTimestamp'), '1000');
        assert.deepEqual(await bankItems(store, 'NCII'), [`md5:${md5(1)}`, `pdq:${pdq(2)}`, `pdq:${pdq(3)}`]);
        assert.equal(await matches(pdq(1)), 0, 'a withdrawn hash no longer matches');

        // Fails after the first page of a set (the service echoes the keys in its error body).
        svc.once(path, () =>
          stopNciiPage([stopNciiRecord('ImagePDQ', pdq(4))], {
            more: true,
            token: 'tok-2',
            nextSetTimestamp: 2500,
          }),
        );
        svc.on(path, () => json({ error: `bad gateway for ${FUNCTION_KEY} ${SUBSCRIPTION_KEY}` }, 500));
        const failed = await fetchNow(t, 'NCII');
        assert.equal(failed.last_fetch_succeeded, false);
        assert.equal(failed.last_error?.code, 'exchange_http_error');
        assert.match(failed.last_error?.message ?? '', /HTTP 500 after 5 tries/);
        assert.deepEqual(failed.checkpoint, { update_time: 2000, next_page_token: 'tok-2' });
        assert.ok((await bankItems(store, 'NCII')).includes(`pdq:${pdq(4)}`), 'the first page stays applied');

        // After a restart the fetch goes on with the saved page token.
        store = await restart(t, store, openDb);
        t = await startApp(store, { exchangeCredentials: credentials }, appOptions);
        svc.on(path, (r): Reply =>
          r.query.get('nextPageToken') === 'tok-2' && r.query.get('startTimestamp') === '2000'
            ? stopNciiPage([stopNciiRecord('ImagePDQ', pdq(5))], { more: false, nextSetTimestamp: 3000 })
            : json({ error: 'unexpected' }, 400),
        );
        const resumed = await fetchNow(t, 'NCII');
        assert.equal(resumed.last_fetch_succeeded, true, JSON.stringify(resumed));
        assert.deepEqual(resumed.checkpoint, { update_time: 3000 });
        assert.ok((await bankItems(store, 'NCII')).includes(`pdq:${pdq(5)}`));

        // Refused keys, an answer that is not FetchHashes, an invalid hash.
        svc.on(path, () => json({ message: 'Access denied due to invalid subscription key.' }, 401));
        assert.equal((await fetchNow(t, 'NCII')).last_error?.code, 'exchange_refused_credentials');
        svc.on(path, () => json({ unexpected: true }));
        assert.equal((await fetchNow(t, 'NCII')).last_error?.code, 'exchange_bad_answer');
        svc.on(path, () =>
          stopNciiPage([stopNciiRecord('ImagePDQ', 'xyz')], { more: false, nextSetTimestamp: 4000 }),
        );
        const invalid = await fetchNow(t, 'NCII');
        assert.equal(invalid.last_error?.code, 'exchange_bad_answer');
        assert.deepEqual(invalid.checkpoint, { update_time: 3000 }, 'the checkpoint stays');

        for (const url of [
          '/c/exchanges',
          '/c/exchange/NCII',
          '/c/exchange/NCII/status',
          '/c/exchanges/api/stop_ncii',
        ]) {
          const body = (await call(t, 'GET', url)).body;
          assert.ok(!body.includes(FUNCTION_KEY) && !body.includes(SUBSCRIPTION_KEY), url);
        }
        assert.match(logs.text(), /exchange fetch failed/, 'failures are logged');
        assert.ok(
          !logs.text().includes(FUNCTION_KEY) && !logs.text().includes(SUBSCRIPTION_KEY),
          'no key in the logs',
        );
      },
    );

    it(
      'ncmec: XML pages, time-range checkpoints, deletions, a cursor kept across a restart; the password never shown or logged',
      { skip },
      async () => {
        const svc = await new FakeService().start();
        after(() => svc.close());
        const PASSWORD = 'ncmec-SECRET-pass-42';
        const credentials = {
          ncmec: { username: 'esp-user', password: PASSWORD, baseUrl: `${svc.url}/hashsharing` },
        };
        const path = '/hashsharing/v2/entries';
        const next = (start: number) => `/v2/entries?from=x&to=y&start=${start}&size=2&max=9`;
        const logs = captureLogs();
        // Each fetch sees the clock a minute later, so every fetch has a new time range to read.
        let clock = Date.UTC(2024, 0, 1);
        const appOptions = {
          logger: { level: 'debug', stream: logs.stream },
          exchangeEnvironment: { retryDelayMs: () => 0, now: () => (clock += 60_000) },
        } as Partial<AppOptions>;
        const openDb = database('ncmec');
        let store = await openDb();
        let t = await startApp(store, { exchangeCredentials: credentials }, appOptions);

        const badEnv = await call(t, 'POST', '/c/exchanges', {
          bank: 'NCMEC_X',
          api: 'ncmec',
          api_json: { environment: 'Moon' },
        });
        assert.equal(badEnv.statusCode, 400);
        assert.match(badEnv.json().message, /environment is one of Industry, NGO/);
        for (const inherited of ['constructor', 'toString', '__proto__']) {
          const res = await call(t, 'POST', '/c/exchanges', {
            bank: 'NCMEC_X',
            api: 'ncmec',
            api_json: { environment: inherited },
          });
          assert.equal(res.statusCode, 400, `environment ${inherited}`);
        }
        await create(t, 'NCMEC_COPY', 'ncmec', { environment: 'Industry' });
        await create(t, 'NCMEC_42', 'ncmec', {
          environment: 'https://report.cybertip.org/hashsharing',
          only_esp_ids: [42],
        });
        assert.deepEqual((await call(t, 'GET', '/c/exchange/NCMEC_COPY')).json(), {
          environment: 'https://report.cybertip.org/hashsharing',
          only_esp_ids: [],
          name: 'NCMEC_COPY',
          api: 'ncmec',
          enabled: true,
        });

        const page1 = () =>
          ncmecPage(
            [
              {
                kind: 'image',
                id: 'i1',
                member: 42,
                fingerprints: { md5: md5(1), sha1: 'a'.repeat(40), pdq: pdq(1) },
              },
              { kind: 'image', id: 'i2', member: 43, fingerprints: { md5: md5(2), pdna: 'a1a1...' } },
              { kind: 'image', id: 'i9', member: 42, deleted: true },
            ],
            next(3),
          );
        const page2 = () =>
          ncmecPage([{ kind: 'video', id: 'v1', member: 42, fingerprints: { md5: md5(3) } }]);
        svc
          .once(path, page1)
          .once(path, () => xml('<error/>', 502))
          .once(path, page2);
        const first = await fetchNow(t, 'NCMEC_COPY');
        assert.equal(first.last_fetch_succeeded, true, JSON.stringify(first));
        assert.deepEqual(await bankItems(store, 'NCMEC_COPY'), [
          `md5:${md5(1)}+pdq:${pdq(1)}`,
          `md5:${md5(2)}`,
          `md5:${md5(3)}`,
        ]);
        const to = first.checkpoint?.max_timestamp as number;
        assert.deepEqual(first.checkpoint, { max_timestamp: to });
        assert.equal(first.checkpoint_ts, to);
        const seen = svc.requestsTo(path);
        assert.equal(seen[0].query.get('from'), '1970-01-01T00:00:00Z');
        assert.equal(seen[0].query.get('to'), ncmecTime(to));
        assert.equal(seen[1].query.get('start'), '3', 'the next link is followed');
        assert.equal(seen[2].query.get('start'), '3', 'and retried after the 502');
        assert.equal(
          seen[0].headers.authorization,
          `Basic ${Buffer.from(`esp-user:${PASSWORD}`).toString('base64')}`,
        );

        svc.once(path, page1).once(path, page2);
        await fetchNow(t, 'NCMEC_42');
        assert.deepEqual(
          await bankItems(store, 'NCMEC_42'),
          [`md5:${md5(1)}+pdq:${pdq(1)}`, `md5:${md5(3)}`],
          'only member 42',
        );

        // The next fetch asks from the checkpoint; a deleted entry is removed.
        svc.once(path, () => ncmecPage([{ kind: 'image', id: 'i1', member: 42, deleted: true }]));
        await fetchNow(t, 'NCMEC_COPY');
        assert.equal(svc.requestsTo(path).at(-1)?.query.get('from'), ncmecTime(to));
        assert.deepEqual(await bankItems(store, 'NCMEC_COPY'), [`md5:${md5(2)}`, `md5:${md5(3)}`]);

        // A range that fails half way keeps its cursor; after a restart the fetch continues with it.
        const before = (await status(t, 'NCMEC_COPY')).checkpoint?.max_timestamp as number;
        svc.once(path, () =>
          ncmecPage(
            [
              {
                kind: 'image',
                id: 'i3',
                member: 42,
                timestamp: '2024-01-01T00:00:00Z',
                fingerprints: { pdq: pdq(3) },
              },
            ],
            next(5),
          ),
        );
        svc.on(path, () => xml(`<error>${PASSWORD}</error>`, 500));
        const failed = await fetchNow(t, 'NCMEC_COPY');
        assert.equal(failed.last_fetch_succeeded, false);
        assert.equal(failed.last_error?.code, 'exchange_http_error');
        assert.equal(failed.checkpoint?.max_timestamp, before);
        assert.equal(failed.checkpoint?.next, next(5));
        const rangeEnd = failed.checkpoint?.range_end as number;
        assert.ok(rangeEnd > before);
        assert.ok((await bankItems(store, 'NCMEC_COPY')).includes(`pdq:${pdq(3)}`));

        store = await restart(t, store, openDb);
        t = await startApp(store, { exchangeCredentials: credentials }, appOptions);
        svc.on(path, (r): Reply =>
          r.query.get('start') === '5'
            ? ncmecPage([{ kind: 'video', id: 'v2', member: 42, fingerprints: { md5: md5(4) } }])
            : xml('<error/>', 400),
        );
        const resumed = await fetchNow(t, 'NCMEC_COPY');
        assert.equal(resumed.last_fetch_succeeded, true, JSON.stringify(resumed));
        assert.deepEqual(resumed.checkpoint, { max_timestamp: rangeEnd });
        assert.ok((await bankItems(store, 'NCMEC_COPY')).includes(`md5:${md5(4)}`));

        // A next link to another host is not followed (the password would go with it); bad XML is an error.
        svc.on(path, () => ncmecPage([], '//elsewhere.example.org/v2/entries?start=1'));
        assert.equal((await fetchNow(t, 'NCMEC_COPY')).last_error?.code, 'exchange_bad_answer');
        svc.on(path, () => xml('<queryResult><images><image><id>x</id></image></images></queryResult>'));
        assert.equal((await fetchNow(t, 'NCMEC_COPY')).last_error?.code, 'exchange_bad_answer');
        svc.on(path, () => xml('not xml at all <<<'));
        assert.equal((await fetchNow(t, 'NCMEC_COPY')).last_error?.code, 'exchange_bad_answer');

        for (const url of [
          '/c/exchange/NCMEC_COPY',
          '/c/exchange/NCMEC_COPY/status',
          '/c/exchanges/api/ncmec',
        ]) {
          assert.ok(!(await call(t, 'GET', url)).body.includes(PASSWORD), url);
        }
        assert.match(logs.text(), /exchange fetch failed/);
        assert.ok(!logs.text().includes(PASSWORD), 'no password in the logs');
      },
    );
  });
}
