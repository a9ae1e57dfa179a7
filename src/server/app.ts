import Fastify, {
  type FastifyInstance,
  type FastifyPluginAsync,
  type FastifyReply,
  type FastifyServerOptions,
  type RouteOptions,
} from 'fastify';
import helmet from '@fastify/helmet';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { Store } from '../store/index.ts';
import type { Scope } from '../store/index.ts';
import { FailedAuthLimiter, KeyVerifier, requireScope, type KeyVerifierOptions } from './auth.ts';
import { BackstopError } from '../core/errors.ts';
import { resolveConfig, type ServerConfig, type TrustProxy } from './config.ts';
import { errorBody, installErrorHandler } from './errors.ts';
import { clientErrorHandler, MAX_URL_AND_HEADER_BYTES } from './client-errors.ts';
import { Matcher } from './matcher.ts';
import { HeavyWork } from './heavy/pool.ts';
import { installZod, swaggerTransform } from './schema.ts';
import { healthRoutes } from './routes/health.ts';
import { bankRoutes } from './routes/banks.ts';
import { contentRoutes } from './routes/content.ts';
import { changeRoutes } from './routes/changes.ts';
import { lookupRoutes } from './routes/lookup.ts';
import { caseRoutes } from './routes/cases.ts';
import { hmaHashingRoutes } from './hma/hashing.ts';
import { hmaMatchingRoutes } from './hma/matching.ts';
import { hmaCurationRoutes } from './hma/curation.ts';
import { hmaExchangeRoutes } from './hma/exchanges.ts';
import { hmaConfigRoutes } from './hma/config.ts';
import { hmaStatusRoutes } from './hma/status.ts';
import { webRoutes } from './routes/web.ts';
import { ExchangeScheduler } from './exchanges/scheduler.ts';
import type { ExchangeEnvironment } from './exchanges/types.ts';
import { extractRoutes } from './routes/extract.ts';
import { scanRoutes } from './routes/scan.ts';
import { profileCheckRoutes } from './routes/profile-check.ts';
import { operatorRoutes } from './routes/operator.ts';

declare module 'fastify' {
  interface FastifyInstance {
    store: Store;
    matcher: Matcher;
    keys: KeyVerifier;
    failedAuth: FailedAuthLimiter;
    /** Image hashing, text extraction and OCR off the event loop, behind a bounded queue. */
    heavy: HeavyWork;
    backstopConfig: ServerConfig;
    /** Fetches exchanges on their schedule, or now (POST /c/exchange/<name>/fetch). */
    exchanges: ExchangeScheduler;
    /** Every route path registered, sorted, parameters written `<name>` (HMA's /site-map). */
    routePaths(): string[];
    /** `onRequest: app.requireScope('match')` lets a route through only with a key granting that scope. */
    requireScope(scope: Scope): ReturnType<typeof requireScope>;
  }
}

/**
 * Every route plugin, in registration order. To add a concern (e.g. POST /v1/scan), write
 * `src/server/routes/<name>.ts` exporting `const xRoutes: FastifyPluginAsync = async (app) => {...}`
 * with a zod schema on each route and `onRequest: app.requireScope('match')`, then add it here.
 * The web app's catch-all stays last.
 */
export const routePlugins: FastifyPluginAsync[] = [
  healthRoutes,
  bankRoutes,
  contentRoutes,
  changeRoutes,
  lookupRoutes,
  caseRoutes,
  hmaHashingRoutes,
  hmaMatchingRoutes,
  hmaCurationRoutes,
  hmaExchangeRoutes,
  hmaConfigRoutes,
  hmaStatusRoutes,
  extractRoutes,
  scanRoutes,
  profileCheckRoutes,
  operatorRoutes,
  webRoutes,
];

export interface AppOptions {
  store: Store;
  config?: Partial<ServerConfig>;
  /** pino options, or false for no logs (tests). */
  logger?: FastifyServerOptions['logger'];
  /** Start the index sync timer (default true); tests may drive `matcher.syncNow()` themselves. */
  startSync?: boolean;
  /**
   * Load the index after returning (the server can listen at once: /healthz answers, /readyz and
   * lookups say 503 until loaded). Default false: buildApp resolves with the index loaded.
   */
  loadIndexInBackground?: boolean;
  /** Called with every route as it is registered (the input fuzz test enumerates routes with it). */
  onRoute?: (route: RouteOptions) => void;
  /** API key cache timings (tests shorten them). */
  keyCache?: KeyVerifierOptions;
  /** Fetch exchanges on their schedule (default: as startSync). */
  startExchanges?: boolean;
  /** For tests: retry delays and a clock for the exchange clients. */
  exchangeEnvironment?: Pick<ExchangeEnvironment, 'retryDelayMs' | 'now'>;
}

/** Query strings may hold hashes and case paths hold case numbers: logs keep neither. */
const requestSerializer = (req: { method: string; url: string }) => ({
  method: req.method,
  url: req.url.split('?')[0].replace(/^\/v1\/cases\/(?!status$|withdraw$)[^/]+/, '/v1/cases/:number'),
});

/**
 * Fastify's own hop count fails closed (a number trusts nothing) and a string '1' is read as an
 * address, so hops are given as a function: with N hops the N nearest addresses (the socket's
 * peer, then X-Forwarded-For from the right) are proxies and the next one is the client. A
 * client-written leftmost entry is never reached unless the chain is that long.
 */
function trustProxyOption(trust: TrustProxy): FastifyServerOptions['trustProxy'] {
  if (typeof trust === 'number') return trust > 0 ? (_address: string, hop: number) => hop < trust : false;
  if (!trust.length) return false;
  try {
    proxyAddrCheck(trust);
  } catch (error) {
    throw new BackstopError(
      'bad_trust_proxy',
      `TRUST_PROXY / --trust-proxy: ${(error as Error).message}; give a number of hops or proxy addresses/CIDRs.`,
    );
  }
  return trust;
}

/** Validates a trusted-proxy list the way Fastify will compile it (throws on a bad address). */
function proxyAddrCheck(list: string[]): void {
  Fastify({ trustProxy: list });
}

/**
 * `DELETE` with `content-type: application/json` and no body is a normal request from many HTTP
 * clients; Fastify's JSON parser refuses an empty body. Here an empty DELETE body is no body.
 */
function acceptEmptyJsonDelete(app: FastifyInstance): void {
  const parseJson = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    const text = typeof body === 'string' ? body : body.toString('utf8');
    if (request.method === 'DELETE' && !text.trim()) return done(null, undefined);
    parseJson(request, text, done);
  });
}

export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const config = resolveConfig(options.config);
  const logger =
    options.logger === undefined || options.logger === true
      ? { level: process.env.LOG_LEVEL ?? 'info', serializers: { req: requestSerializer } }
      : options.logger && typeof options.logger === 'object'
        ? { serializers: { req: requestSerializer }, ...options.logger }
        : false;
  const app = Fastify({
    logger,
    bodyLimit: 1024 * 1024,
    // Long GET /m/raw_lookup vPDQs (up to about 60 minutes); longer ones get a clear 431.
    http: { maxHeaderSize: MAX_URL_AND_HEADER_BYTES },
    clientErrorHandler,
    trustProxy: trustProxyOption(config.trustProxy),
    ajv: { customOptions: { coerceTypes: false } },
    // A path Fastify cannot decode (`/v1/banks/%E0%A4%A`) is answered before any route or error
    // handler runs: give it the same error body as every other 400.
    frameworkErrors: (error, _request, reply) => {
      const badUrl = error.code === 'FST_ERR_BAD_URL';
      void (reply as FastifyReply)
        .status(badUrl ? 400 : (error.statusCode ?? 400))
        .send(
          errorBody(
            badUrl ? 'invalid_url' : 'bad_request',
            badUrl ? 'The address is not validly percent-encoded.' : 'The request could not be processed.',
          ),
        );
    },
  });
  if (options.onRoute) app.addHook('onRoute', options.onRoute);
  const paths = new Set<string>();
  app.addHook('onRoute', (route) => {
    paths.add(route.url.replace(/:([A-Za-z_][A-Za-z0-9_]*)/g, '<$1>'));
  });
  app.decorate('routePaths', () => [...paths].sort());
  installZod(app);
  acceptEmptyJsonDelete(app);
  installErrorHandler(app);

  const matcher = new Matcher(options.store, {
    syncIntervalMs: options.startSync === false ? 0 : config.syncIntervalMs,
  });
  app.decorate('store', options.store);
  app.decorate('matcher', matcher);
  app.decorate('keys', new KeyVerifier(options.store, options.keyCache));
  app.decorate('failedAuth', new FailedAuthLimiter(config.failedAuthPerMinute));
  app.decorate('backstopConfig', config);
  app.decorate('requireScope', (scope: Scope) => requireScope(scope));
  const heavy = new HeavyWork({
    threads: config.workerThreads,
    maxQueue: config.workerQueue,
    pixelBudget: config.decodePixelBudget,
  });
  app.decorate('heavy', heavy);
  const exchanges = new ExchangeScheduler(
    options.store,
    {
      credentials: config.exchangeCredentials,
      fileDirs: config.exchangeFileDirs,
      fileAllowHosts: config.exchangeFileAllowHosts,
      fileMaxBytes: config.exchangeFileMaxBytes,
      ...options.exchangeEnvironment,
    },
    { intervalMs: config.exchangeIntervalMs, log: app.log },
  );
  app.decorate('exchanges', exchanges);
  app.addHook('onClose', async () => {
    matcher.stop();
    await exchanges.stop();
    await heavy.close();
  });

  // Security headers on every response. The Help app carries its own Content-Security-Policy (a
  // meta tag in web/index.html, kept with the build); here: no framing (clickjacking of "withdraw"
  // or "wipe"), no MIME sniffing, no Referer to the sites the app links to or quick-exits to.
  await app.register(helmet, {
    contentSecurityPolicy: false,
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
  });
  app.addHook('onSend', async (_request, reply, payload) => {
    reply.header('permissions-policy', 'camera=(), microphone=(), geolocation=(), browsing-topics=()');
    return payload;
  });
  await app.register(swagger, {
    openapi: {
      info: {
        title: 'Backstop matching service',
        version: '1',
        description:
          'Hash banks and PDQ/MD5/SHA-256 matching, victims\u2019 cases, and HMA-compatible routes. ' +
          'Send `Authorization: Bearer <key>` (keys have scopes admin, curate, match).',
      },
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
      security: [{ bearer: [] }],
    },
    transform: swaggerTransform,
  });
  for (const plugin of routePlugins) await app.register(plugin);
  await app.register(swaggerUi, { routePrefix: '/docs' });

  if (options.loadIndexInBackground) {
    // Start loading once the port is open, so /healthz answers while a large index loads.
    app.addHook('onListen', async () => {
      const started = Date.now();
      matcher.start().then(
        () => app.log.info({ ms: Date.now() - started, index: matcher.status().size }, 'index loaded'),
        (error: unknown) => {
          app.log.fatal({ err: error }, 'could not load the index');
          process.exitCode = 1;
        },
      );
    });
  } else {
    await matcher.start();
  }
  if (options.startExchanges ?? options.startSync !== false) {
    app.addHook('onReady', async () => exchanges.start());
  }
  return app;
}
