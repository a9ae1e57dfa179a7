import type { FastifyPluginAsync } from 'fastify';
import { z } from 'zod';

const STALE_AFTER_MS = 5_000;

/** Liveness (the process answers) and readiness (database reachable, index loaded and in sync). */
export const healthRoutes: FastifyPluginAsync = async (app) => {
  app.get(
    '/healthz',
    { schema: { tags: ['health'], summary: 'Liveness: the process is up', security: [] } },
    async () => ({ status: 'ok' }),
  );

  app.get(
    '/readyz',
    {
      schema: {
        tags: ['health'],
        summary: 'Readiness: database reachable, index loaded and recently synced',
        security: [],
        response: {
          200: z.object({ status: z.literal('ready'), index: z.any() }),
          503: z.object({ error: z.object({ code: z.string(), message: z.string() }) }),
        },
      },
    },
    async (_request, reply) => {
      const problems: string[] = [];
      try {
        await app.store.query('select 1');
      } catch {
        problems.push('database unreachable');
      }
      const status = app.matcher.status();
      if (!status.ready) problems.push('index not loaded');
      else if (Date.now() - status.syncedAt > STALE_AFTER_MS && app.backstopConfig.syncIntervalMs > 0) {
        problems.push('index out of sync');
      }
      if (problems.length) {
        return reply.status(503).send({ error: { code: 'not_ready', message: problems.join('; ') } });
      }
      return { status: 'ready', index: status };
    },
  );
};
