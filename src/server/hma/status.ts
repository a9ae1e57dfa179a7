import type { FastifyPluginAsync } from 'fastify';
import { z } from 'zod';

/** HMA's INDEX_CACHE_MAX_STALE_SEC default: an index not refreshed for this long is stale. */
const STALE_AFTER_MS = 65_000;

/** HMA's core routes: `/status`, `/status/live`, `/site-map`, `/openapi/openapi.json` (no key needed). */
export const hmaStatusRoutes: FastifyPluginAsync = async (app) => {
  const tags = ['HMA: status'];
  const text = z.string();

  app.get(
    '/status',
    {
      schema: {
        tags,
        security: [],
        summary: 'Readiness as HMA answers it: I-AM-ALIVE, or 503 INDEX-NOT-LOADED / INDEX-STALE',
        response: { 200: text, 503: text },
      },
    },
    async (_request, reply) => {
      const status = app.matcher.status();
      reply.type('text/plain; charset=utf-8');
      if (!status.ready) return reply.status(503).send('INDEX-NOT-LOADED');
      const syncing = app.backstopConfig.syncIntervalMs > 0;
      if (syncing && Date.now() - status.syncedAt > STALE_AFTER_MS) {
        return reply.status(503).send('INDEX-STALE');
      }
      return 'I-AM-ALIVE';
    },
  );

  app.get(
    '/status/live',
    {
      schema: {
        tags,
        security: [],
        summary: 'Liveness: I-AM-ALIVE while the process answers',
        response: { 200: text },
      },
    },
    async (_request, reply) => reply.type('text/plain; charset=utf-8').send('I-AM-ALIVE'),
  );

  app.get(
    '/site-map',
    {
      schema: {
        tags,
        security: [],
        summary: 'Every route path, sorted (parameters as <name>, as HMA lists them)',
        response: { 200: z.array(z.string()) },
      },
    },
    async () => app.routePaths(),
  );

  app.get(
    '/openapi/openapi.json',
    { schema: { tags, security: [], summary: 'The OpenAPI document (also at /docs/json)' } },
    async () => app.swagger(),
  );
};
