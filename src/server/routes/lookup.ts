import type { FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import { BackstopError } from '../../core/errors.ts';
import { hashUpload } from '../hashing.ts';
import { parseSignalMap, runLookup } from '../lookup.ts';
import { acceptUploads, readUpload } from '../upload.ts';
import { ErrorSchema, MatchSchema } from '../views.ts';
import { SignalMapSchema } from './content.ts';

const Options = {
  threshold: z.number().int().min(0).max(128).optional().describe('PDQ distance threshold (default 31)'),
  banks: z.array(z.string().max(100)).max(100).optional().describe('only these banks'),
  includeLowQuality: z.boolean().optional().describe('match PDQ hashes whose quality is below 50 too'),
};

const LookupBody = z
  .object({
    signals: SignalMapSchema,
    quality: z.number().int().min(0).max(100).optional().describe('PDQ quality, if known'),
    ...Options,
  })
  .strict();

const Skipped = z.array(
  z.object({
    signalType: z.literal('pdq'),
    reason: z.literal('low_quality'),
    quality: z.number(),
    qualityThreshold: z.number(),
  }),
);

const LookupResponse = z.object({ matches: z.array(MatchSchema), skipped: Skipped.optional() });

const ImageQuery = z.object({
  threshold: z.coerce.number().int().min(0).max(128).optional(),
  banks: z.string().max(2000).optional().describe('comma-separated bank names'),
  includeLowQuality: z.enum(['true', 'false', '1', '0']).optional(),
});

export const lookupRoutes: FastifyPluginAsync = async (app) => {
  const tags = ['matching'];
  await acceptUploads(app);

  app.post(
    '/v1/lookup',
    {
      onRequest: app.requireScope('match'),
      schema: {
        tags,
        summary: 'Match one item\u2019s hashes against all enabled banks',
        body: LookupBody,
        response: { 200: LookupResponse, 400: ErrorSchema, 404: ErrorSchema },
      },
    },
    async (request) => {
      const body = request.body as z.infer<typeof LookupBody>;
      return runLookup(app, { ...body, signals: parseSignalMap(body.signals) });
    },
  );

  const BatchBody = z
    .object({
      items: z
        .array(
          z
            .object({
              id: z.string().max(200).optional(),
              signals: SignalMapSchema,
              quality: z.number().int().min(0).max(100).optional(),
            })
            .strict(),
        )
        .min(1)
        .max(10_000),
      ...Options,
    })
    .strict();

  app.post(
    '/v1/lookup/batch',
    {
      onRequest: app.requireScope('match'),
      bodyLimit: 8 * 1024 * 1024,
      schema: {
        tags,
        summary: 'Match up to 10,000 items in one request; results in the same order',
        body: BatchBody,
        response: {
          200: z.object({
            results: z.array(
              z.object({
                id: z.string().optional(),
                matches: z.array(MatchSchema),
                skipped: Skipped.optional(),
                error: z.object({ code: z.string(), message: z.string() }).optional(),
              }),
            ),
          }),
        },
      },
    },
    async (request) => {
      const body = request.body as z.infer<typeof BatchBody>;
      const results = body.items.map((item) => {
        const id = item.id === undefined ? {} : { id: item.id };
        try {
          const signals = parseSignalMap(item.signals);
          return {
            ...id,
            ...runLookup(app, {
              signals,
              quality: item.quality,
              threshold: body.threshold,
              banks: body.banks,
              includeLowQuality: body.includeLowQuality,
            }),
          };
        } catch (error) {
          if (
            !(error instanceof BackstopError) ||
            error.code === 'bank_not_found' ||
            error.code === 'invalid_threshold'
          ) {
            throw error;
          }
          return { ...id, matches: [], error: { code: error.code, message: error.message } };
        }
      });
      return { results };
    },
  );

  app.post(
    '/v1/lookup/image',
    {
      onRequest: app.requireScope('match'),
      schema: {
        tags,
        summary: 'Hash an uploaded image (multipart field `file`, or a raw image body), match it, discard it',
        querystring: ImageQuery,
        response: {
          200: LookupResponse.extend({
            hashes: z.object({ pdq: z.string(), quality: z.number(), md5: z.string(), sha256: z.string() }),
          }),
          400: ErrorSchema,
          413: ErrorSchema,
        },
      },
    },
    async (request) => {
      const query = request.query as z.infer<typeof ImageQuery>;
      const upload = await readUpload(request);
      const hashes = await hashUpload(app, upload.bytes);
      const result = runLookup(app, {
        signals: [
          { type: 'pdq', value: hashes.pdq },
          { type: 'md5', value: hashes.md5 },
          { type: 'sha256', value: hashes.sha256 },
        ],
        quality: hashes.quality,
        threshold: query.threshold,
        banks: query.banks
          ?.split(',')
          .map((b) => b.trim())
          .filter(Boolean),
        includeLowQuality: query.includeLowQuality === 'true' || query.includeLowQuality === '1',
      });
      return { hashes, ...result };
    },
  );
};
