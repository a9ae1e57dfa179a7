// HTTP lookups per second on loopback: a Backstop server (child process, PGlite in memory, one bank
// of N random PDQ hashes + clusters of near-duplicates) measured with autocannon from this process.
// Usage: npm run bench:http [-- --hashes 100000 --seconds 10 --connections 16]
import { fork, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';

const args = process.argv.slice(2);
const arg = (name: string, fallback: number) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const HASHES = arg('hashes', 100_000);
const SECONDS = arg('seconds', 10);
const CONNECTIONS = arg('connections', 16);
const BATCH = 100;

const randomHash = () => randomBytes(32).toString('hex');
function nearby(hex: string, bits: number): string {
  const bytes = Buffer.from(hex, 'hex');
  for (let i = 0; i < bits; i++) {
    const bit = (i * 37 + 11) % 256;
    bytes[bit >> 3] ^= 1 << (bit & 7);
  }
  return bytes.toString('hex');
}

async function serve(): Promise<void> {
  const { openStore, addContents, createApiKey, getBank } = await import('../src/store/index.ts');
  const { buildApp } = await import('../src/server/app.ts');
  const store = await openStore({ dataDir: 'memory://' });
  const bank = await getBank(store, 'SCAM_PROFILE_PHOTOS');
  const started = Date.now();
  const seeds: string[] = [];
  for (let done = 0; done < HASHES;) {
    const items: { signals: { type: 'pdq'; value: string }[] }[] = [];
    for (let i = 0; i < 5_000 && done < HASHES; i++, done++) {
      // One in ten is a cluster seed with near-duplicates following it.
      const base =
        i % 10 === 0 || !seeds.length ? randomHash() : nearby(seeds[seeds.length - 1], 1 + (i % 12));
      if (i % 10 === 0) seeds.push(base);
      items.push({ signals: [{ type: 'pdq' as const, value: base }] });
    }
    await store.transaction((tx) => addContents(tx, bank.id, items));
  }
  const loaded = Date.now() - started;
  const { key } = await createApiKey(store, ['match']);
  const t0 = Date.now();
  const app = await buildApp({ store, logger: false });
  const indexBuildMs = Date.now() - t0;
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address() as { port: number };
  global.gc?.();
  const rssMb = Math.round(process.memoryUsage().rss / 2 ** 20);
  process.send!({ port: address.port, key, seeds: seeds.slice(0, 1000), loaded, indexBuildMs, rssMb });
}

async function run(url: string, key: string, bodies: string[], path: string) {
  let n = 0;
  const result = await autocannon({
    url: url + path,
    method: 'POST',
    connections: CONNECTIONS,
    duration: SECONDS,
    headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
    requests: [{ setupRequest: (req) => ({ ...req, body: bodies[n++ % bodies.length] }) }],
  });
  return result;
}

/**
 * The answers the run timed: a near-duplicate (8 bits from a stored hash) must match within 8 bits,
 * a fresh random hash must match nothing (its nearest of N random hashes lies about 90 bits away).
 */
async function checkAnswers(url: string, key: string, seeds: readonly string[]): Promise<void> {
  const lookup = async (pdq: string) => {
    const res = await fetch(`${url}/v1/lookup`, {
      method: 'POST',
      headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
      body: JSON.stringify({ signals: { pdq } }),
    });
    if (res.status !== 200) throw new Error(`lookup answered ${res.status}: ${await res.text()}`);
    return ((await res.json()) as { matches: { distance: number }[] }).matches;
  };
  for (const seed of seeds.slice(0, 50)) {
    const near = await lookup(nearby(seed, 8));
    if (!near.some((m) => m.distance <= 8)) throw new Error(`no match within 8 bits of stored ${seed}`);
    const far = await lookup(randomHash());
    if (far.length) throw new Error(`a random hash matched ${far.length} stored hashes`);
  }
}

async function main(): Promise<void> {
  const child: ChildProcess = fork(fileURLToPath(import.meta.url), ['--child', ...args], {
    execArgv: ['--import', 'tsx'],
  });
  const info = await new Promise<{
    port: number;
    key: string;
    seeds: string[];
    loaded: number;
    indexBuildMs: number;
    rssMb: number;
  }>((resolve, reject) => {
    child.once('message', (m) => resolve(m as never));
    child.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
  });
  const url = `http://127.0.0.1:${info.port}`;
  console.log(
    `server: ${HASHES} PDQ hashes stored in ${info.loaded} ms, index built at start in ${info.indexBuildMs} ms, ` +
      `server RSS ${info.rssMb} MiB (in-memory PGlite included)`,
  );
  const single = info.seeds.map((s, i) =>
    JSON.stringify({ signals: { pdq: i % 2 ? nearby(s, 8) : randomHash() } }),
  );
  const batches = Array.from({ length: 50 }, (_, b) =>
    JSON.stringify({
      items: Array.from({ length: BATCH }, (_, i) => ({
        signals: {
          pdq: (b + i) % 2 ? nearby(info.seeds[(b * BATCH + i) % info.seeds.length], 8) : randomHash(),
        },
      })),
    }),
  );
  try {
    const one = await run(url, info.key, single, '/v1/lookup');
    const many = await run(url, info.key, batches, '/v1/lookup/batch');
    if (one.non2xx || many.non2xx || one.errors || many.errors)
      throw new Error(
        `failed requests: ${one.non2xx + many.non2xx} non-2xx, ${one.errors + many.errors} errors`,
      );
    await checkAnswers(url, info.key, info.seeds);
    const rows = [
      [
        'POST /v1/lookup (1 hash)',
        one.requests.average,
        one.requests.average,
        one.latency.p50,
        one.latency.p99,
        one.non2xx,
      ],
      [
        `POST /v1/lookup/batch (${BATCH} hashes)`,
        many.requests.average,
        many.requests.average * BATCH,
        many.latency.p50,
        many.latency.p99,
        many.non2xx,
      ],
    ];
    console.log(
      `autocannon: ${CONNECTIONS} connections, ${SECONDS} s each, loopback, radius 31, half near-duplicates`,
    );
    console.log('| route | requests/s | hashes/s | p50 ms | p99 ms | non-2xx |');
    console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
    for (const r of rows) {
      console.log(
        `| ${r[0]} | ${Math.round(r[1] as number)} | ${Math.round(r[2] as number)} | ${r[3]} | ${r[4]} | ${r[5]} |`,
      );
    }
  } finally {
    child.kill();
  }
}

if (args.includes('--child')) await serve();
else await main();
