import type { FastifyPluginAsync } from 'fastify';
import { z } from 'zod';

const Operator = z.object({
  listCheckedBy: z
    .array(z.string())
    .describe(
      'Apps or services that check this copy\u2019s fingerprint list, as the operator names them; [] = none',
    ),
});

/**
 * What whoever runs this copy of Backstop has set up, for the Help app to show honestly (public):
 * which apps or services check its fingerprint list (`--list-checked-by`, env BACKSTOP_LIST_CHECKED_BY).
 */
export const operatorRoutes: FastifyPluginAsync = async (app) => {
  const body: z.infer<typeof Operator> = { listCheckedBy: [...app.backstopConfig.listCheckedBy] };
  app.get(
    '/v1/operator',
    {
      schema: {
        tags: ['help'],
        summary: 'What the operator of this copy has set up (public): which apps check its fingerprint list',
        security: [],
        response: { 200: Operator },
      },
    },
    async () => body,
  );
};
