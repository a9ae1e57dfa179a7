import type { FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import { BackstopError } from '../../core/errors.ts';
import { SIGNAL_TYPE_NAMES, signalTypeStats } from '../../store/index.ts';
import { CONTENT_TYPES, hmaSignalName, useHmaErrors } from './common.ts';

const SignalTypeParams = z.object({ signal_type_name: z.string().min(1).max(100) });

/**
 * HMA `/c/signal_type*` and `/c/content_type`: what this server hashes and matches. Every signal
 * type and content type is always on here (a bank is what gets switched off, per bank).
 */
export const hmaConfigRoutes: FastifyPluginAsync = async (app) => {
  useHmaErrors(app);
  const tags = ['HMA: configuration'];
  const curate = app.requireScope('curate');

  app.get(
    '/c/signal_type',
    {
      onRequest: curate,
      schema: {
        tags,
        summary: 'Signal types and their enabled ratio (always 1 here)',
        response: { 200: z.array(z.object({ name: z.string(), enabled_ratio: z.number() })) },
      },
    },
    async () => SIGNAL_TYPE_NAMES.map((t) => ({ name: hmaSignalName(t), enabled_ratio: 1 })),
  );

  app.put(
    '/c/signal_type/:signal_type_name',
    {
      onRequest: curate,
      schema: { tags, summary: 'Switch a signal type off (not supported)', params: SignalTypeParams },
    },
    async () => {
      throw new BackstopError(
        'not_supported',
        'Signal types cannot be switched off here; disable a bank (PUT /c/bank/<name>) instead.',
        { status: 501 },
      );
    },
  );

  const StatusQuery = z.object({ signal_type: z.string().max(40).optional() });
  app.get(
    '/c/signal_type/index',
    {
      onRequest: curate,
      schema: {
        tags,
        summary:
          'Per signal type: hashes stored, hashes in this process\u2019s index, and whether it is behind',
        querystring: StatusQuery,
        response: {
          200: z.record(
            z.string(),
            z.object({
              db_size: z.number(),
              index_size: z.number(),
              index_out_of_date: z.boolean(),
              newest_db_item: z.number(),
              index_built_to: z.number(),
            }),
          ),
        },
      },
    },
    async (request) => {
      const { signal_type } = request.query as z.infer<typeof StatusQuery>;
      const names = SIGNAL_TYPE_NAMES.map((t) => [hmaSignalName(t), t] as const);
      const selected = signal_type === undefined ? names : names.filter(([hma]) => hma === signal_type);
      if (!selected.length) {
        throw new BackstopError('unknown_signal_type', `No such signal type '${signal_type!.slice(0, 40)}'`);
      }
      const stored = await signalTypeStats(app.store);
      const status = app.matcher.status();
      const builtTo = status.ready ? Math.floor(status.syncedAt / 1000) : 0;
      return Object.fromEntries(
        selected.map(([hma, type]) => {
          const db = stored[type] ?? { count: 0, newest: 0 };
          const newest = Math.floor(db.newest / 1000);
          return [
            hma,
            {
              db_size: db.count,
              index_size: status.size[type],
              index_out_of_date: !status.ready || db.count !== status.size[type] || newest > builtTo,
              newest_db_item: newest,
              index_built_to: builtTo,
            },
          ];
        }),
      );
    },
  );

  app.get(
    '/c/content_type',
    {
      onRequest: curate,
      schema: {
        tags,
        summary: 'Content types this server hashes',
        response: { 200: z.array(z.object({ name: z.string(), enabled: z.boolean() })) },
      },
    },
    async () => CONTENT_TYPES.map((name) => ({ name, enabled: true })),
  );
};
