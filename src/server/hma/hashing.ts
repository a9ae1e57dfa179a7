import type { FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import { BackstopError } from '../../core/errors.ts';
import { acceptUploads } from '../upload.ts';
import { hashRequest, hmaSignalValue, useHmaErrors } from './common.ts';

const hmaValues = (signals: Record<string, string>) =>
  Object.fromEntries(Object.entries(signals).map(([type, value]) => [type, hmaSignalValue(type, value)]));

export const HashQuery = z.object({
  url: z.string().max(4000).optional(),
  content_type: z.string().max(40).optional(),
  types: z.string().max(200).optional(),
});

/** HMA `/h/hash`: GET with `url` (allow-listed hosts only), POST with one multipart file. */
export const hmaHashingRoutes: FastifyPluginAsync = async (app) => {
  useHmaErrors(app);
  await acceptUploads(app);
  const tags = ['HMA: hashing'];
  const response = {
    200: z.record(z.string(), z.string()).describe('signal type → hash, e.g. {"pdq": "..."}'),
  };

  app.get(
    '/h/hash',
    {
      onRequest: app.requireScope('match'),
      schema: {
        tags,
        summary: 'Fetch an allow-listed url and hash it (off by default)',
        querystring: HashQuery,
        response,
      },
    },
    async (request) => {
      const query = request.query as z.infer<typeof HashQuery>;
      if (!query.url) throw new BackstopError('url_required', 'url is required');
      return hmaValues((await hashRequest(app, request, query)).signals);
    },
  );

  app.post(
    '/h/hash',
    {
      onRequest: app.requireScope('match'),
      schema: {
        tags,
        summary: 'Hash one uploaded file (multipart field name = content type, e.g. photo)',
        querystring: HashQuery,
        response,
      },
    },
    async (request) => {
      const query = request.query as z.infer<typeof HashQuery>;
      return hmaValues((await hashRequest(app, request, { ...query, url: undefined })).signals);
    },
  );
};
