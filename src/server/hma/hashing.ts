import type { FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import { BackstopError } from '../../core/errors.ts';
import { acceptUploads } from '../upload.ts';
import {
  hashRequest,
  hmaSignalName,
  hmaSignalValue,
  lowQuality,
  useHmaErrors,
  type HashedRequest,
} from './common.ts';

export const HashQuery = z.object({
  url: z.string().max(4000).optional(),
  content_type: z.string().max(40).optional(),
  types: z.string().max(200).optional(),
});

/** Signal name → hash; a PDQ hash below the quality threshold is "" (python-threatexchange's answer). */
function hashAnswer(app: Parameters<FastifyPluginAsync>[0], hashed: HashedRequest): Record<string, string> {
  const unusable = lowQuality(app, hashed);
  return Object.fromEntries(
    hashed.signals.map((s) => [
      hmaSignalName(s.type),
      s.type === 'pdq' && unusable ? '' : hmaSignalValue(s.type, s.value),
    ]),
  );
}

/** HMA `/h/hash`: GET with `url` (allow-listed hosts only), POST with one multipart file. */
export const hmaHashingRoutes: FastifyPluginAsync = async (app) => {
  useHmaErrors(app);
  await acceptUploads(app);
  const tags = ['HMA: hashing'];
  const response = {
    200: z
      .record(z.string(), z.string())
      .describe('signal type → hash, e.g. {"pdq": "..."}; "" for a PDQ hash below the quality threshold'),
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
      return hashAnswer(app, await hashRequest(app, request, query));
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
      return hashAnswer(app, await hashRequest(app, request, { ...query, url: undefined }));
    },
  );
};
