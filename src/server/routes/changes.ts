import type { FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import { getBank, readBankChanges } from '../../store/index.ts';
import { ErrorSchema } from '../views.ts';
import { BankNameParams } from './banks.ts';

const ChangeSchema = z.object({
  seq: z.number().int(),
  id: z.number().int(),
  status: z.enum(['active', 'disabled', 'removed']),
  contentType: z.string().nullable(),
  disabledUntil: z.string().nullable().describe('while disabled for a time: when it matches again'),
  signals: z.record(z.string(), z.string()),
});

/**
 * The bank change feed: how another service (a platform's own matcher, another Backstop) follows
 * a bank, victims' withdrawals included, by polling with the last `next` it was given.
 */
export const changeRoutes: FastifyPluginAsync = async (app) => {
  app.get(
    '/v1/banks/:name/changes',
    {
      onRequest: app.requireScope('curate'),
      schema: {
        tags: ['bank content'],
        summary: 'Follow a bank: what was added, changed or removed after a checkpoint',
        description:
          'Start with `after=0`, then pass the `next` of each answer. Each item appears with its ' +
          'current status (`active`, `disabled` or `removed`) and signals; no metadata. ' +
          'Keep polling while `more` is true.',
        params: BankNameParams,
        querystring: z.object({
          after: z.coerce.number().int().min(0).max(Number.MAX_SAFE_INTEGER).default(0),
          limit: z.coerce.number().int().min(1).max(10_000).default(1000),
        }),
        response: {
          200: z.object({ changes: z.array(ChangeSchema), next: z.number().int(), more: z.boolean() }),
          404: ErrorSchema,
        },
      },
    },
    async (request) => {
      const { name } = request.params as { name: string };
      const { after, limit } = request.query as { after: number; limit: number };
      const bank = await getBank(app.store, name);
      const page = await readBankChanges(app.store, bank.id, after, limit);
      return {
        changes: page.changes.map((c) => ({
          seq: c.seq,
          id: c.id,
          status: c.status,
          contentType: c.contentType,
          disabledUntil: c.disabledUntil?.toISOString() ?? null,
          signals: Object.fromEntries(c.signals.map((s) => [s.type, s.value])),
        })),
        next: page.next,
        more: page.more,
      };
    },
  );
};
