// Runs HMA's API tests, written again in TypeScript, against a Backstop app on each test store.
import assert from '../assert.ts';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, before, beforeEach, describe, it } from 'node:test';
import sharp from 'sharp';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { DEFAULT_BANKS, deleteBank, deleteContents, listBanks, type Store } from '../../src/store/index.ts';
import { postgresReachable, SKIP_POSTGRES_MESSAGE, testStoreKinds } from '../../src/store/testing.ts';
import { createTestApp, type TestApp } from '../../src/server/testing.ts';
import { DIFFERENCES, HMA_TESTS } from './differences.ts';
import { PDQ_EXAMPLES, VIDEO_MD5_EXAMPLES } from './samples.ts';

/** A response as HMA's tests read it: status, parsed JSON (or undefined), raw text. */
export interface HmaResponse {
  status: number;
  json: any; // eslint-disable-line @typescript-eslint/no-explicit-any
  text: string;
}

function toHma(res: LightMyRequestResponse): HmaResponse {
  let json: unknown;
  try {
    json = res.json();
  } catch {
    json = undefined;
  }
  return { status: res.statusCode, json, text: res.body };
}

export interface FormFile {
  field: string;
  filename: string;
  bytes: Uint8Array;
  type: string;
}

/** Flask's test client, as HMA's tests use it, with an API key on every request (api_keys). */
export class HmaClient {
  constructor(
    readonly app: FastifyInstance,
    private readonly authorization: string | undefined,
  ) {}

  private headers(extra: Record<string, string> = {}) {
    return this.authorization ? { authorization: this.authorization, ...extra } : extra;
  }

  async get(url: string, query?: Record<string, string | number | boolean>): Promise<HmaResponse> {
    return toHma(
      await this.app.inject({ method: 'GET', url: withQuery(url, query), headers: this.headers() }),
    );
  }

  async delete(url: string): Promise<HmaResponse> {
    return toHma(await this.app.inject({ method: 'DELETE', url, headers: this.headers() }));
  }

  async post(url: string, options: { json?: unknown } = {}): Promise<HmaResponse> {
    return this.send('POST', url, options.json);
  }

  async put(url: string, options: { json?: unknown } = {}): Promise<HmaResponse> {
    return this.send('PUT', url, options.json);
  }

  private async send(method: 'POST' | 'PUT', url: string, json: unknown): Promise<HmaResponse> {
    if (json === undefined) return toHma(await this.app.inject({ method, url, headers: this.headers() }));
    return toHma(
      await this.app.inject({
        method,
        url,
        payload: JSON.stringify(json),
        headers: this.headers({ 'content-type': 'application/json' }),
      }),
    );
  }

  /** multipart/form-data, as Flask's `client.post(url, data={...})` with files and text fields. */
  async postForm(url: string, files: FormFile[], fields: Record<string, string> = {}): Promise<HmaResponse> {
    const form = new FormData();
    for (const [name, value] of Object.entries(fields)) form.append(name, value);
    for (const f of files)
      form.append(f.field, new Blob([Buffer.from(f.bytes)], { type: f.type }), f.filename);
    const encoded = new Request('http://localhost/', { method: 'POST', body: form });
    const payload = Buffer.from(await encoded.arrayBuffer());
    return toHma(
      await this.app.inject({
        method: 'POST',
        url,
        payload,
        headers: this.headers({ 'content-type': encoded.headers.get('content-type')! }),
      }),
    );
  }
}

function withQuery(url: string, query?: Record<string, string | number | boolean>): string {
  if (!query) return url;
  const params = new URLSearchParams(Object.entries(query).map(([k, v]) => [k, String(v)]));
  return `${url}${url.includes('?') ? '&' : '?'}${params}`;
}

/**
 * HMA's image server (tests/utils.py): 128x128 black-and-white checkerboards with 8 and 16 pixel
 * cells, saved as JPEG. Made here with sharp; uploaded instead of fetched (url_off).
 */
export async function checkerboard(cell: 8 | 16): Promise<Uint8Array> {
  const pixels = Buffer.alloc(128 * 128 * 3);
  for (let y = 0; y < 128; y++) {
    for (let x = 0; x < 128; x++) {
      const white = (Math.floor(x / cell) + Math.floor(y / cell)) % 2 === 1;
      pixels.fill(white ? 255 : 0, (y * 128 + x) * 3, (y * 128 + x) * 3 + 3);
    }
  }
  return sharp(pixels, { raw: { width: 128, height: 128, channels: 3 } })
    .jpeg()
    .toBuffer();
}

/** The bridge photo HMA's metadata tests fetch from GitHub (pdq/data/bridge-mods/aaa-orig.jpg), shipped in test/fixtures. */
export function bridgePhoto(): Uint8Array {
  return readFileSync(new URL('../fixtures/pdq/images/bridge-mods/aaa-orig.jpg', import.meta.url));
}

export const IMAGE_1 = 'image1.jpg';
export const IMAGE_2 = 'image2.jpg';

export interface HmaContext {
  app: FastifyInstance;
  client: HmaClient;
  store: Store;
  testApp: TestApp;
  /** image1.jpg / image2.jpg as HMA's image server serves them, and the PDQ Backstop makes of each. */
  images: Record<string, { bytes: Uint8Array; pdq: string }>;
  /** HMA's create_bank (tests/utils.py). */
  createBank(name: string): Promise<void>;
  /** HMA's add_hash_to_bank, with the image uploaded instead of fetched from its url. */
  addHashToBank(bank: string, image: string, contentId?: number): Promise<void>;
  /** POST /c/bank/<bank>/content with the image uploaded as `photo`, plus optional form fields. */
  uploadContent(bank: string, image: Uint8Array, fields?: Record<string, string>): Promise<HmaResponse>;
  /**
   * exchange_types: python-threatexchange's sample signals as a hash list (one `<type> <hash>` per
   * line), in a directory the app's `file` exchanges may read: what HMA's `sample` exchange serves.
   */
  sampleList: string;
  /** exchange_types: POST /c/exchanges for a `file` exchange of the sample list, where HMA's tests create a `sample` one. */
  createSampleExchange(bank: string): Promise<void>;
}

/**
 * HMA resets its database before every test (tests/utils.py `reset_tables`): here every bank but
 * the built-in ones and all content are deleted through the store's own functions (so the index
 * follows), and content ids start again at 1.
 */
async function resetTables(t: TestApp, store: Store): Promise<void> {
  const ids = (await store.query<{ id: number }>('select id from bank_content')).map((r) => r.id);
  await store.transaction(async (tx) => {
    await deleteContents(tx, ids);
    for (const bank of await listBanks(tx)) {
      if (!(DEFAULT_BANKS as readonly string[]).includes(bank.name)) await deleteBank(tx, bank.name);
    }
  });
  await store.query('alter table bank_content alter column id restart with 1');
  await t.app.matcher.syncNow();
}

export type HmaTestFn = (name: string, fn: () => Promise<void>) => void;

/** One of HMA's test files, written again: its name and a function declaring its tests. */
export interface HmaFile {
  name: string;
  body: (ctx: HmaContext, hmaTest: HmaTestFn) => void;
}

export const hmaFile = (name: string, body: HmaFile['body']): HmaFile => ({ name, body });

/**
 * Runs HMA's test files once per test store (PGlite, PostgreSQL when reachable), on one app per
 * store with HMA's reset before every test; each file is a nested `describe` named after HMA's.
 */
export function describeHma(files: HmaFile[]): void {
  for (const kind of testStoreKinds()) {
    describe(`HMA API tests on ${kind.name}`, async () => {
      const skip = kind.name === 'postgres' && !(await postgresReachable()) ? SKIP_POSTGRES_MESSAGE : false;
      const ctx = {} as HmaContext;
      before(async () => {
        if (skip) return;
        Object.assign(ctx, await openContext(await kind.open()));
      });
      beforeEach(async () => {
        if (!skip) await resetTables(ctx.testApp, ctx.store);
      });
      after(async () => {
        if (skip) return;
        if (ctx.sampleList) rmSync(dirname(ctx.sampleList), { recursive: true, force: true });
        await ctx.app.close();
        await ctx.store.close();
        await kind.cleanup();
      });
      const hmaTest: HmaTestFn = (name, fn) => {
        const entry = HMA_TESTS[name];
        if (!entry)
          throw new Error(`${name} is not one of HMA's tests (test/hma-conformance/differences.ts)`);
        const todo = entry.pending ? DIFFERENCES[entry.pending].what : undefined;
        it(name, { skip, todo }, fn);
      };
      for (const file of files) describe(file.name, () => file.body(ctx, hmaTest));
    });
  }
}

/** The sample signals as python-threatexchange's file exchange writes them, in a new directory. */
function writeSampleList(): string {
  const dir = mkdtempSync(join(tmpdir(), 'hma-exchange-'));
  const lines = [...PDQ_EXAMPLES.map((h) => `pdq ${h}`), ...VIDEO_MD5_EXAMPLES.map((h) => `video_md5 ${h}`)];
  const path = join(dir, 'sample.txt');
  writeFileSync(path, `${lines.join('\n')}\n`);
  return path;
}

async function openContext(store: Store): Promise<HmaContext> {
  const sampleList = writeSampleList();
  const testApp = await createTestApp(store, { config: { exchangeFileDirs: [dirname(sampleList)] } });
  const client = new HmaClient(testApp.app, testApp.auth('admin').authorization);
  const images: HmaContext['images'] = {};
  for (const [name, cell] of [
    [IMAGE_1, 8],
    [IMAGE_2, 16],
  ] as const) {
    const bytes = await checkerboard(cell);
    const hashed = await client.postForm('/h/hash', [
      { field: 'photo', filename: name, bytes, type: 'image/jpeg' },
    ]);
    images[name] = { bytes, pdq: hashed.json.pdq };
  }
  const ctx: HmaContext = {
    app: testApp.app,
    client,
    store,
    testApp,
    images,
    sampleList,
    async createSampleExchange(bank: string) {
      const res = await client.post('/c/exchanges', {
        json: { api: 'file', bank, api_json: { path: sampleList } },
      });
      assert.equal(res.status, 201, res.text);
    },
    async createBank(name: string) {
      const res = await client.post('/c/banks', { json: { name } });
      assert.equal(res.status, 201, res.text);
      assert.deepEqual(res.json, { matching_enabled_ratio: 1.0, name });
    },
    async uploadContent(bank: string, bytes: Uint8Array, fields: Record<string, string> = {}) {
      return client.postForm(
        `/c/bank/${bank}/content`,
        [{ field: 'photo', filename: 'image.jpg', bytes, type: 'image/jpeg' }],
        fields,
      );
    },
    async addHashToBank(bank: string, image: string, contentId = 1) {
      const res = await ctx.uploadContent(bank, images[image].bytes);
      assert.equal(res.status, 200, res.text);
      assert.deepEqual(res.json, { id: contentId, signals: { pdq: images[image].pdq } });
    },
  };
  return ctx;
}
