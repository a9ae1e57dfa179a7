import type { FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import { BackstopError } from '../../core/errors.ts';
import { extractFromImage, sniffImage, terminateOcr } from '../../node/ocr/index.ts';
import { acceptUploads, readUpload } from '../upload.ts';
import { ErrorSchema } from '../views.ts';

const Region = z
  .string()
  .regex(/^[A-Za-z]{2}$/)
  .optional()
  .describe('country for phone numbers written without +code, e.g. GB or US');

const TextBody = z
  .object({ text: z.string().max(2_000_000).describe('message text to search'), region: Region })
  .strict();

const IndicatorSchema = z.object({
  type: z.string(),
  value: z.string(),
  normalized: z.string(),
  start: z.number(),
  end: z.number(),
  confidence: z.number(),
  platform: z.string().optional(),
  details: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])).optional(),
});

const ExtractResponse = z.object({
  source: z.enum(['text', 'ocr']),
  indicators: z.array(IndicatorSchema),
  text: z.string().optional().describe('for images: the text OCR read (offsets refer to it)'),
});

/** OCR time limit per image on the server. */
const OCR_TIMEOUT_MS = 30_000;

/**
 * POST /v1/extract: indicators in a text (JSON) or an image (multipart or raw body). The image is
 * read in memory, OCR'd and dropped: never stored, never logged.
 */
export const extractRoutes: FastifyPluginAsync = async (app) => {
  await acceptUploads(app);
  app.addHook('onClose', () => terminateOcr());
  app.post(
    '/v1/extract',
    {
      onRequest: app.requireScope('match'),
      bodyLimit: app.backstopConfig.maxUploadBytes,
      schema: {
        tags: ['indicators'],
        summary:
          'Find indicators (handles, links, e-mails, phones, payment details, wallets) in text or a screenshot',
        description:
          'JSON `{ "text": "...", "region": "GB" }`, or an image as multipart/form-data or a raw image/* body ' +
          '(`?region=GB`). Images are read with OCR in memory and discarded.',
        querystring: z.object({ region: Region }),
        response: {
          200: ExtractResponse,
          400: ErrorSchema,
          413: ErrorSchema,
          415: ErrorSchema,
          422: ErrorSchema,
          503: ErrorSchema,
        },
      },
    },
    async (request) => {
      const query = request.query as { region?: string };
      const contentType = request.headers['content-type'] ?? '';
      if (contentType.startsWith('text/plain') && typeof request.body === 'string') {
        if (request.body.length > 2_000_000)
          throw new BackstopError('text_too_long', 'The text is longer than 2,000,000 characters.', {
            status: 413,
          });
        return {
          source: 'text' as const,
          indicators: await app.heavy.extractText(request.body, query.region),
        };
      }
      if (contentType.startsWith('application/json')) {
        const parsed = TextBody.safeParse(request.body);
        if (!parsed.success)
          throw new BackstopError('invalid_body', 'Send {"text": "..."} (and optionally "region": "GB").');
        const region = parsed.data.region ?? query.region;
        return { source: 'text' as const, indicators: await app.heavy.extractText(parsed.data.text, region) };
      }
      const upload = await readUpload(request);
      if (!sniffImage(upload.bytes))
        throw new BackstopError(
          'not_an_image',
          'This is not an image Backstop can read (PNG, JPEG, WebP, GIF, TIFF, AVIF).',
          {
            status: 415,
          },
        );
      const region = upload.fields.region ?? query.region;
      const result = await app.heavy.ocr(upload.bytes, () =>
        extractFromImage(upload.bytes, {
          timeoutMs: OCR_TIMEOUT_MS,
          ...(region && /^[A-Za-z]{2}$/.test(region) ? { defaultRegion: region } : {}),
        }),
      );
      return { source: 'ocr' as const, indicators: result.indicators, text: result.text };
    },
  );
};
