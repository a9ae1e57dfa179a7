import type { FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import { getBank, readBankChanges } from '../../store/index.ts';
import { changePageView, ChangePageSchema, ErrorSchema } from '../views.ts';
import { boundedInt } from '../input.ts';
import { BankNameParams } from './banks.ts';

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
          after: boundedInt(0, Number.MAX_SAFE_INTEGER).default(0),
          limit: boundedInt(1, 10_000).default(1000),
        }),
        response: {
          200: ChangePageSchema,
          404: ErrorSchema,
        },
      },
    },
    async (request) => {
      const { name } = request.params as { name: string };
      const { after, limit } = request.query as { after: number; limit: number };
      const bank = await getBank(app.store, name);
      return changePageView(await readBankChanges(app.store, bank.id, after, limit));
    },
  );
};
