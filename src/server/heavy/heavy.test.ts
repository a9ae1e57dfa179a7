// Heavy work (image hashing, text extraction, OCR) runs off the event loop behind a bounded queue.
import { after, before, describe, it } from 'node:test';
import assert from '../../../test/assert.ts';
import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import sharp from 'sharp';
import { openStore, type Store } from '../../store/index.ts';
import { createTestApp, errorCode, type TestApp } from '../testing.ts';
import { Admission } from './admission.ts';

/** Text the indicator extractor needs about a second per 600 KB for (handles, phones, IBANs, links). */
function heavyText(length: number): string {
  const line =
    'hey add me on snap @alex_rivers22 or text +44 7700 900123, pay to GB33BUKB20201555555555 ' +
    'https://bit.ly/x9 paypal.me/someone ';
  return line.repeat(Math.ceil(length / line.length)).slice(0, length);
}

const deferred = () => {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
};

describe('Admission (bounded queue, decoded-pixel budget)', () => {
  it('refuses at once with 503 + Retry-After when the queue is full', async () => {
    const admission = new Admission({ pool: 1 }, 1_000, 1);
    const gate = deferred();
    const first = admission.run('pool', 0, () => gate.promise);
    const second = admission.run('pool', 0, async () => 'second');
    await assert.rejects(
      admission.run('pool', 0, async () => 'third'),
      (e: Error & Record<string, unknown>) => {
        assert.equal(e.code, 'server_busy');
        assert.equal(e.status, 503);
        assert.ok((e.retryAfterSeconds as number) > 0);
        return true;
      },
    );
    gate.resolve();
    await first;
    assert.equal(await second, 'second');
  });

  it('runs decodes over the pixel budget one after another, and a huge one alone', async () => {
    const admission = new Admission({ pool: 4 }, 100, 10);
    let inUse = 0;
    let peak = 0;
    const job = (pixels: number) =>
      admission.run('pool', pixels, async () => {
        inUse += pixels;
        peak = Math.max(peak, inUse);
        await new Promise((r) => setTimeout(r, 20));
        inUse -= pixels;
      });
    await Promise.all([job(60), job(60), job(30), job(250), job(10)]);
    assert.ok(peak <= 250, `peak ${peak}`);
    assert.equal(admission.stats().pixelsInUse, 0);
    peak = 0;
    await Promise.all([job(60), job(60), job(60)]);
    assert.equal(peak, 60, 'two 60-pixel decodes never overlap under a 100-pixel budget');
  });
});

describe('heavy routes in the app', () => {
  let store: Store;
  let t: TestApp;
  before(async () => {
    store = await openStore({ dataDir: 'memory://' });
    t = await createTestApp(store, { config: { workerThreads: 1, workerQueue: 1 } });
  });
  after(async () => {
    await t.app.close();
    await store.close();
  });

  it('extracts text in a worker with the same answer', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/v1/extract',
      headers: t.auth('match'),
      payload: { text: 'snap: jo_99, text 07911 123456', region: 'GB' },
    });
    assert.equal(res.statusCode, 200, res.body);
    assert.deepEqual(
      res.json().indicators.map((i: { normalized: string }) => i.normalized),
      ['snapchat:jo_99', '+447911123456'],
    );
  });

  it('a full queue answers 503 with Retry-After at once', async () => {
    const text = heavyText(300_000);
    const send = () =>
      t.app.inject({ method: 'POST', url: '/v1/extract', headers: t.auth('match'), payload: { text } });
    const started = Date.now();
    const responses: { status: number; at: number; retryAfter?: string }[] = [];
    await Promise.all(
      [send(), send(), send(), send()].map((p) =>
        p.then((res) => {
          responses.push({
            status: res.statusCode,
            at: Date.now() - started,
            retryAfter: res.headers['retry-after'] as string | undefined,
          });
          if (res.statusCode === 503) assert.equal(errorCode(res), 'server_busy');
        }),
      ),
    );
    const ok = responses.filter((r) => r.status === 200);
    const busy = responses.filter((r) => r.status === 503);
    assert.equal(ok.length, 2, JSON.stringify(responses)); // one running, one waiting
    assert.equal(busy.length, 2, JSON.stringify(responses));
    for (const r of busy) assert.ok(Number(r.retryAfter) > 0);
    const lastOk = Math.max(...ok.map((r) => r.at));
    for (const r of busy) assert.ok(r.at < lastOk, 'refused before the accepted work finished');
  });
});

/** Starts `child-server.ts` in its own process; resolves with its port and match key. */
async function startServer(config: object): Promise<{ child: ChildProcess; port: number; key: string }> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', new URL('./child-server.ts', import.meta.url).pathname],
    {
      env: { ...process.env, BACKSTOP_TEST_CONFIG: JSON.stringify(config) },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const line = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout! }).once('line', resolve);
    child.once('exit', (code) => reject(new Error(`test server exited with ${code}`)));
  });
  return { child, ...(JSON.parse(line) as { port: number; key: string }) };
}

describe('/healthz while heavy requests run (server in its own process)', () => {
  let server: Awaited<ReturnType<typeof startServer>>;
  let png: Buffer;
  before(async () => {
    server = await startServer({ workerThreads: 1, workerQueue: 32 });
    // A 36-megapixel PNG of ~100 KB: decoding it makes a 108 MB buffer.
    png = await sharp({ create: { width: 6000, height: 6000, channels: 3, background: '#336699' } })
      .png()
      .toBuffer();
  });
  after(() => {
    server?.child.kill('SIGTERM');
  });

  it('keeps answering /healthz while heavy work runs (p95 under 1/20 of the heavy phase)', async () => {
    const base = `http://127.0.0.1:${server.port}`;
    const auth = { authorization: `Bearer ${server.key}` };
    const extract = (body: string) =>
      fetch(`${base}/v1/extract`, {
        method: 'POST',
        headers: { ...auth, 'content-type': 'application/json' },
        body,
      });
    const lookupImage = () =>
      fetch(`${base}/v1/lookup/image`, {
        method: 'POST',
        headers: { ...auth, 'content-type': 'image/png' },
        body: new Uint8Array(png),
      });
    // Warm-up: the worker threads start and load their code.
    const warm = await Promise.all([
      extract('{"text":"snap: jo_99"}'),
      extract('{"text":"snap: jo_99"}'),
      lookupImage(),
      lookupImage(),
    ]);
    for (const res of warm) assert.equal(res.status, 200);

    // Bodies are made before sampling starts: this process's own work would delay its samples.
    const text = JSON.stringify({ text: heavyText(1_900_000) });
    const chatLine = 'Alex: send me a pic or I will post your nudes to all your followers, pay $500 now\n';
    const chatBody = JSON.stringify({ text: chatLine.repeat(Math.floor(600_000 / chatLine.length)) });
    const latencies: number[] = [];
    const slow: string[] = [];
    let running = true;
    const started = performance.now();
    const sampler = (async () => {
      while (running) {
        const start = performance.now();
        const res = await fetch(`${base}/healthz`);
        await res.arrayBuffer();
        const ms = performance.now() - start;
        latencies.push(ms);
        if (ms >= 50) slow.push(`${Math.round(start - started)}:${Math.round(ms)}`);
        await new Promise((r) => setTimeout(r, 10));
      }
    })();
    const heavy = await Promise.all([
      extract(text),
      extract(text),
      fetch(`${base}/v1/scan`, {
        method: 'POST',
        headers: { ...auth, 'content-type': 'application/json' },
        body: chatBody,
      }),
      ...Array.from({ length: 6 }, () => lookupImage()),
    ]);
    const heavyMs = performance.now() - started;
    running = false;
    await sampler;
    for (const res of heavy) assert.equal(res.status, 200, await res.text());

    latencies.sort((a, b) => a - b);
    const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))];
    const summary =
      `${latencies.length} samples over ${Math.round(heavyMs)} ms of heavy work: ` +
      `median ${at(0.5).toFixed(1)} ms, p95 ${at(0.95).toFixed(1)} ms, max ${at(1).toFixed(1)} ms`;
    console.log(`# /healthz ${summary}; samples over 50 ms (start:ms) ${slow.join(' ')}`);
    assert.ok(latencies.length >= 20, `too few samples: ${summary}`);
    // Relative to the heavy phase, so a slow or loaded machine does not fail it: a blocked event loop
    // (the issue measured 5.7 s of an 8 s phase) delays every sample taken while it is blocked, and
    // pushes the 95th percentile to a large share of the phase. The absolute figure is bench:http's.
    assert.ok(at(0.95) < Math.max(100, heavyMs / 20), summary);
  });
});
