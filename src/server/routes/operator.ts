import type { FastifyPluginAsync } from 'fastify';
import { z } from 'zod';

const Operator = z.object({
  listCheckedBy: z
    .array(z.string())
    .describe(
      'Apps or services that check this copy\u2019s fingerprint list, as the operator names them; [] = none',
    ),
  name: z.string().optional().describe('Who runs this copy (absent: not given)'),
  contact: z
    .string()
    .optional()
    .describe('How to reach them: e-mail, web address or phone (absent: not given)'),
  privacyNotice: z
    .string()
    .optional()
    .describe('Their privacy notice: a web address or a short text (absent: not given)'),
  pageTitles: z
    .enum(['neutral', 'descriptive'])
    .describe('neutral: every page of the Help app has the same plain browser title'),
});

/**
 * What whoever runs this copy of Backstop has set up, for the Help app to show honestly (public):
 * who they are (`--operator-name`, `--operator-contact`, `--privacy-notice`), which apps or services
 * check its fingerprint list (`--list-checked-by`) and the browser titles of its pages (`--page-titles`).
 */
export const operatorRoutes: FastifyPluginAsync = async (app) => {
  const config = app.backstopConfig;
  const body: z.infer<typeof Operator> = {
    listCheckedBy: [...config.listCheckedBy],
    ...config.operator,
    pageTitles: config.pageTitles,
  };
  app.get(
    '/v1/operator',
    {
      schema: {
        tags: ['help'],
        summary:
          'What the operator of this copy has set up (public): who runs it, which apps check its fingerprint list, page titles',
        security: [],
        response: { 200: Operator },
      },
    },
    async () => body,
  );
};
