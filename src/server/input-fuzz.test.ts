// Property-based fuzzing of every route: hostile params, query strings and bodies (NUL characters,
// lone surrogates, huge and odd numbers, deep JSON, wrong types) must never produce a 5xx.
// Routes and their zod schemas are collected from the app itself, so a new route is fuzzed too.
import { after, before, describe, it } from 'node:test';
import assert from '../../test/assert.ts';
import fc from 'fast-check';
import type { FastifyInstance, RouteOptions } from 'fastify';
import type { z } from 'zod';
import { postgresReachable, SKIP_POSTGRES_MESSAGE, testStoreKinds } from '../store/testing.ts';
import type { Store } from '../store/index.ts';
import { createTestApp, errorCode, type TestApp } from './testing.ts';

/** Requests per route and store; seeded so a failure reproduces (override with FUZZ_RUNS / FUZZ_SEED). */
const RUNS = Number(process.env.FUZZ_RUNS ?? 20);
const SEED = Number(process.env.FUZZ_SEED ?? 15);

const PDQ = 'f8f8f0cee0f4a84f06370a22038f63f0b36e2ed596621e1d33e6b39c4e9c9b22';
const MD5 = '0123456789abcdef0123456789abcdef';

/** Strings that broke or could break something: PostgreSQL refuses NUL, JSON allows lone surrogates. */
const hostileString = fc.oneof(
  fc.constantFrom(
    '',
    '\u0000',
    'a\u0000b',
    'FUZZ\u0000BANK',
    '\ud800',
    'x\udfffy',
    '\ud83d',
    '\uffff',
    '\u202e',
    '%00',
    '../../etc/passwd',
    '2147483648',
    '-2147483649',
    '9007199254740993',
    '1e400',
    '-0',
    'NaN',
    'Infinity',
    '0x10',
    ' 1 ',
    'true',
    'null',
    '[]',
    '{}',
    'x'.repeat(5000),
    PDQ,
    MD5,
    'FUZZ_BANK',
    'VICTIM_CASES',
    'pdq',
    'md5',
    'photo',
  ),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ maxLength: 20 }).map((s) => `${s}\u0000${s}`),
  fc.string({ maxLength: 20 }).map((s) => `${s}\udc00${s}`),
);

/** Strings that pass validation somewhere, so requests reach the handlers and the database. */
const plausibleString = fc.oneof(
  fc.constantFrom(PDQ, MD5, 'FUZZ_BANK', '1', 'note'),
  fc.stringMatching(/^[A-Z][A-Z0-9_]{0,12}$/),
);

const hostileNumber = fc.oneof(
  { weight: 2, arbitrary: fc.constantFrom(2 ** 31, 2 ** 32, 2 ** 53 + 2, 1e21, -1) },
  fc.constantFrom(0, -1, 1, 2 ** 31 - 1, 2 ** 31, -(2 ** 31) - 1, 2 ** 53 + 2, 1e308, -1e308, 0.5, -0),
  fc.integer(),
  fc.double({ noNaN: true }),
);

/** JSON nested far deeper than any schema (up to 60,000 levels): written into the payload as text. */
class DeepJson {
  constructor(readonly depth: number) {}
  [fc.toStringMethod]() {
    return `<JSON ${this.depth} levels deep>`;
  }
}
const deep = fc.constantFrom(20, 5_000, 60_000).map((depth) => new DeepJson(depth));

/** JSON text for a generated value, DeepJson markers expanded. */
function toJsonText(value: unknown): string {
  const text = JSON.stringify(value, (_key, v: unknown) =>
    v instanceof DeepJson ? `@@DEEP:${v.depth}@@` : v,
  );
  return (text ?? 'null').replace(
    /"@@DEEP:(\d+)@@"/g,
    (_m, n: string) => '{"a":['.repeat(Number(n)) + '"x\\u0000"' + ']}'.repeat(Number(n)),
  );
}

const hostileJson: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    hostileString,
    hostileNumber,
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(hostileString, tie('value'), { maxKeys: 4 }),
    deep,
  ),
})).value;

type ZodDef = {
  type: string;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  valueType?: z.ZodType;
  keyType?: z.ZodType;
  innerType?: z.ZodType;
  in?: z.ZodType;
  options?: z.ZodType[];
  items?: z.ZodType[];
  entries?: Record<string, string | number>;
  values?: unknown[];
};

const defOf = (schema: unknown): ZodDef | undefined =>
  (schema as { _zod?: { def?: ZodDef } } | undefined)?._zod?.def;

/**
 * A value shaped like the schema (so requests get past validation and into the handlers) with any
 * part replaced, now and then, by something hostile.
 */
function fromSchema(schema: unknown, depth = 0, key = ''): fc.Arbitrary<unknown> {
  const def = defOf(schema);
  if (!def || depth > 6) return hostileJson;
  const shaped = shapedFrom(def, depth, key);
  return fc.oneof({ weight: 9, arbitrary: shaped }, { weight: 1, arbitrary: hostileJson });
}

/** Valid values for fields whose names say what they hold, so the other fields reach the database. */
const FIELD_VALUES: Record<string, fc.Arbitrary<unknown>> = {
  name: fc.stringMatching(/^FUZZ_[A-Z0-9]{1,12}$/),
  signals: fc.constantFrom({ md5: MD5 }, { pdq: PDQ }),
  pdq: fc.constant(PDQ),
  md5: fc.constant(MD5),
};

function shapedFrom(def: ZodDef, depth: number, key: string): fc.Arbitrary<unknown> {
  const valid = FIELD_VALUES[key];
  if (valid && def.type !== 'optional' && def.type !== 'nullable') {
    return fc.oneof({ weight: 3, arbitrary: valid }, { weight: 1, arbitrary: shapedFrom(def, depth, '') });
  }
  switch (def.type) {
    case 'string':
      return fc.oneof(plausibleString, hostileString, hostileString);
    case 'number':
    case 'int':
    case 'bigint':
      return hostileNumber;
    case 'boolean':
      return fc.boolean();
    case 'literal':
      return fc.constantFrom(...(def.values ?? [null]));
    case 'enum':
      return fc.constantFrom(...Object.values(def.entries ?? { x: 'x' }));
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'catch':
      return fromSchema(def.innerType, depth, key);
    case 'pipe':
      return fromSchema(def.in, depth, key);
    case 'union':
      return fc.oneof(...(def.options ?? []).map((o) => fromSchema(o, depth + 1)));
    case 'tuple':
      return fc.tuple(...(def.items ?? []).map((o) => fromSchema(o, depth + 1)));
    case 'array':
      return fc.array(fromSchema(def.element, depth + 1), { maxLength: 3 });
    case 'record':
      return fc.dictionary(
        fc.oneof(fc.constantFrom('pdq', 'md5', 'sha256'), fc.constantFrom('pdq', 'md5'), hostileString),
        fromSchema(def.valueType, depth + 1),
        { maxKeys: 3 },
      );
    case 'object': {
      const shape = def.shape ?? {};
      const known = fc.record(
        Object.fromEntries(Object.entries(shape).map(([k, v]) => [k, fromSchema(v, depth + 1, k)])),
        { requiredKeys: [] },
      );
      const all = fc.record(
        Object.fromEntries(Object.entries(shape).map(([k, v]) => [k, fromSchema(v, depth + 1, k)])),
      );
      return fc.oneof(
        { weight: 6, arbitrary: all },
        { weight: 3, arbitrary: known },
        {
          weight: 1,
          arbitrary: fc.tuple(known, hostileString, hostileJson).map(([o, k, v]) => ({ ...o, [k]: v })),
        },
      );
    }
    default:
      return hostileJson;
  }
}

/** A path segment, percent-encoded as a client would send it (a lone surrogate as its UTF-8 bytes, i.e. invalid). */
const hostileSegment = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom('FUZZ_BANK', '1') },
  fc.constantFrom('%00', 'A%00B', 'FUZZ_BANK%00', '%ED%A0%80', '%FF', '%C0%AF', '1%00', '..%2F..%2Fetc'),
  fc.constantFrom('2147483648', '-1', '0', '1', '99999999999999999999', '1e400', 'NaN', '0x10', '1.5'),
  fc.constantFrom('FUZZ_BANK', 'VICTIM_CASES', 'SCAM_PROFILE_PHOTOS', 'x'.repeat(300)),
  fc.string({ unit: 'binary', maxLength: 30 }).map((s) => percentEncode(s) || 'x'),
);

/** Every byte percent-encoded (a lone surrogate becomes U+FFFD's bytes, as a browser sends it). */
const percentEncode = (value: string) =>
  [...Buffer.from(value, 'utf8')].map((b) => `%${b.toString(16).padStart(2, '0')}`).join('');

const queryPart = (key: string, value: unknown) =>
  `${percentEncode(key)}=${percentEncode(typeof value === 'string' ? value : (JSON.stringify(value, (_k, v: unknown) => (v instanceof DeepJson ? 'deep' : v)) ?? ''))}`;

interface Route {
  method: string;
  url: string;
  schema: { body?: unknown; querystring?: unknown; params?: unknown };
}

function requestFor(route: Route) {
  const segments = route.url
    .split('/')
    .map((part) => (part.startsWith(':') || part === '*' ? hostileSegment : fc.constant(part)));
  const queryShape = defOf(route.schema.querystring)?.shape ?? {};
  const queryKeys = Object.keys(queryShape);
  const query = fc.array(
    fc.tuple(
      queryKeys.length
        ? fc.oneof(fc.constantFrom(...queryKeys), fc.constantFrom(...queryKeys), hostileString)
        : hostileString,
      fc.oneof(hostileString, hostileNumber, hostileNumber, hostileJson),
    ),
    { maxLength: 4 },
  );
  const body = fc.oneof(
    {
      weight: 6,
      arbitrary: fromSchema(route.schema.body).map((value) => ({ kind: 'json' as const, value })),
    },
    { weight: 1, arbitrary: hostileString.map((value) => ({ kind: 'text' as const, value })) },
    {
      weight: 1,
      arbitrary: fc
        .constantFrom('{"a":', '['.repeat(100_000), '{"a":"\\u0000"}', '"\\ud800"', 'null', '1e999')
        .map((value) => ({
          kind: 'raw-json' as const,
          value,
        })),
    },
  );
  const scope = fc.oneof(
    { weight: 8, arbitrary: fc.constant('admin' as const) },
    fc.constantFrom('match' as const, 'none' as const),
  );
  const remoteAddress = fc
    .tuple(fc.nat(255), fc.nat(255), fc.nat(255))
    .map(([a, b, c]) => `10.${a}.${b}.${c}`);
  const pin = fc.oneof(fc.constant(undefined), fc.constantFrom('1234-5678', '0', 'x'.repeat(200), '%00'));
  return fc.record({ path: fc.tuple(...segments), query, body, scope, remoteAddress, pin });
}

const HAS_BODY = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

for (const kind of testStoreKinds()) {
  describe(`no 5xx on hostile input to any route (${kind.name})`, async () => {
    const skip = kind.name === 'postgres' && !(await postgresReachable()) ? SKIP_POSTGRES_MESSAGE : false;
    let store: Store;
    let t: TestApp;
    let app: FastifyInstance;
    const routes: Route[] = [];
    before(async () => {
      if (skip) return;
      store = await kind.open();
      t = await createTestApp(store, {
        config: { caseRateLimitPerMinute: 100_000 },
        onRoute: (route: RouteOptions) => {
          for (const method of [route.method].flat()) {
            if (method === 'HEAD' || method === 'OPTIONS') continue;
            routes.push({ method, url: route.url, schema: (route.schema ?? {}) as Route['schema'] });
          }
        },
      });
      app = t.app;
      const bank = await app.inject({
        method: 'POST',
        url: '/v1/banks',
        headers: t.auth('admin'),
        payload: { name: 'FUZZ_BANK' },
      });
      assert.equal(bank.statusCode, 201);
      const item = await app.inject({
        method: 'POST',
        url: '/v1/banks/FUZZ_BANK/content',
        headers: t.auth('admin'),
        payload: { signals: { md5: MD5 } },
      });
      assert.equal(item.statusCode, 201);
    });
    after(async () => {
      if (skip) return;
      await app.close();
      await store.close();
      await kind.cleanup();
    });

    it('answers 400 with a named field for the bad input found by hand (issue 15)', { skip }, async () => {
      const send = (method: string, url: string, payload?: string) =>
        app.inject({
          method: method as 'GET',
          url,
          headers: { ...t.auth('admin'), ...(payload ? { 'content-type': 'application/json' } : {}) },
          payload,
        });
      const deepExtra = '{"a":['.repeat(5000) + '1' + ']}'.repeat(5000);
      const cases: [string, string, string | undefined, RegExp][] = [
        ['POST', '/v1/banks', '{"name":"FUZZ_NUL","description":"a\\u0000b"}', /description.*NUL/],
        [
          'POST',
          '/v1/banks',
          '{"name":"FUZZ_SURROGATE","description":"a\\ud800b"}',
          /description.*lone surrogate/,
        ],
        ['PATCH', '/v1/banks/FUZZ_BANK', '{"description":"\\u0000"}', /description.*NUL/],
        ['GET', '/v1/banks/A%00B', undefined, /name.*NUL/],
        ['DELETE', '/v1/banks/FUZZ_BANK%00', undefined, /name.*NUL/],
        ['GET', '/c/bank/A%00B', undefined, /bank_name.*NUL/],
        ['GET', '/v1/banks/FUZZ_BANK/content?after=2147483648', undefined, /after/],
        ['GET', '/v1/banks/FUZZ_BANK/content?after=1e3', undefined, /after/],
        ['GET', '/v1/banks/FUZZ_BANK/content/2147483648', undefined, /id/],
        [
          'POST',
          '/v1/banks/FUZZ_BANK/content',
          `{"signals":{"md5":"${MD5}"},"metadata":{"note":"x\\u0000"}}`,
          /metadata\.note.*NUL/,
        ],
        [
          'POST',
          '/v1/banks/FUZZ_BANK/content',
          `{"signals":{"md5":"${MD5}"},"metadata":{"extra":{"k\\u0000":1}}}`,
          /metadata\.extra.*NUL/,
        ],
        [
          'POST',
          '/v1/banks/FUZZ_BANK/content',
          `{"signals":{"md5":"${MD5}"},"metadata":{"extra":${deepExtra}}}`,
          /metadata\.extra.*levels deep/,
        ],
        ['PATCH', '/v1/banks/FUZZ_BANK/content/1', '{"metadata":{"source":"\\udc00"}}', /metadata\.source/],
      ];
      for (const [method, url, payload, message] of cases) {
        const res = await send(method, url, payload);
        assert.equal(res.statusCode, 400, `${method} ${url} ${payload?.slice(0, 80)} → ${res.body}`);
        assert.equal(errorCode(res), 'invalid_request', url);
        assert.match(res.json().error.message, message, `${method} ${url}`);
      }
      const badUrl = await send('GET', '/v1/banks/%E0%A4%A');
      assert.equal(badUrl.statusCode, 400);
      assert.equal(errorCode(badUrl), 'invalid_url');
      const last = await send('GET', '/v1/banks/FUZZ_BANK/content?after=2147483647');
      assert.deepEqual(last.json(), { items: [], next: null });
    });

    it('finds the routes it fuzzes', { skip }, () => {
      const names = routes.map((r) => `${r.method} ${r.url}`);
      for (const expected of [
        'POST /v1/banks',
        'GET /v1/banks/:name/content',
        'POST /v1/cases',
        'PUT /c/bank/:bank_name/content/:content_id',
      ]) {
        assert.ok(names.includes(expected), `${expected} in ${names.join(', ')}`);
      }
      assert.ok(routes.length >= 40, `${routes.length} routes`);
    });

    it(
      'answers every hostile request with a 2xx-4xx JSON answer, never a 5xx',
      { skip, timeout: 120_000 },
      async () => {
        const failures: string[] = [];
        for (const route of routes) {
          const details = await fc.check(
            fc.asyncProperty(requestFor(route), async (r) => {
              const query = r.query.map(([k, v]) => queryPart(String(k), v)).join('&');
              const url = r.path.join('/') + (query ? `?${query}` : '');
              const headers: Record<string, string> = r.scope === 'none' ? {} : { ...t.auth(r.scope) };
              if (r.pin !== undefined) headers['x-case-pin'] = r.pin;
              let payload: string | undefined;
              if (HAS_BODY.has(route.method)) {
                if (r.body.kind === 'text') {
                  headers['content-type'] = 'text/plain';
                  payload = r.body.value;
                } else {
                  headers['content-type'] = 'application/json';
                  payload = r.body.kind === 'raw-json' ? r.body.value : toJsonText(r.body.value);
                }
              }
              const res = await app.inject({
                method: route.method as 'GET',
                url,
                headers,
                payload,
                remoteAddress: r.remoteAddress,
              });
              const deliberate = res.statusCode === 501 && res.json().error?.code === 'not_supported';
              if (res.statusCode >= 500 && !deliberate) {
                throw new Error(
                  `${route.method} ${url.slice(0, 300)} ${payload?.slice(0, 300) ?? ''} → ${res.statusCode} ${res.body.slice(0, 200)}`,
                );
              }
            }),
            { numRuns: RUNS, seed: SEED + routes.indexOf(route), endOnFailure: true },
          );
          if (details.failed)
            failures.push(String((details.errorInstance as Error | undefined)?.message ?? 'failed'));
        }
        assert.deepEqual(failures, []);
      },
    );
  });
}
