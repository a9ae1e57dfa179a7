import Fastify, { type FastifyInstance, type FastifyPluginAsync, type FastifyServerOptions } from 'fastify';
import helmet from '@fastify/helmet';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { Store } from '../store/index.ts';
import type { Scope } from '../store/index.ts';
import { KeyVerifier, requireScope } from './auth.ts';
import { resolveConfig, type ServerConfig } from './config.ts';
import { installErrorHandler } from './errors.ts';
import { Matcher } from './matcher.ts';
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
import { webRoutes } from './routes/web.ts';
import { extractRoutes } from './routes/extract.ts';
import { scanRoutes } from './routes/scan.ts';
import { profileCheckRoutes } from './routes/profile-check.ts';
import { operatorRoutes } from './routes/operator.ts';

declare module 'fastify' {
  interface FastifyInstance {
    store: Store;
    matcher: Matcher;
    keys: KeyVerifier;
    backstopConfig: ServerConfig;
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
}

/** Query strings may hold hashes and case paths hold case numbers: logs keep neither. */
const requestSerializer = (req: { method: string; url: string }) => ({
  method: req.method,
  url: req.url.split('?')[0].replace(/^\/v1\/cases\/(?!status$|withdraw$)[^/]+/, '/v1/cases/:number'),
});

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
    trustProxy: process.env.TRUST_PROXY === '1',
    ajv: { customOptions: { coerceTypes: false } },
  });
  installZod(app);
  installErrorHandler(app);

  const matcher = new Matcher(options.store, {
    syncIntervalMs: options.startSync === false ? 0 : config.syncIntervalMs,
  });
  app.decorate('store', options.store);
  app.decorate('matcher', matcher);
  app.decorate('keys', new KeyVerifier(options.store));
  app.decorate('backstopConfig', config);
  app.decorate('requireScope', (scope: Scope) => requireScope(scope));
  app.addHook('onClose', async () => matcher.stop());

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
  return app;
}
