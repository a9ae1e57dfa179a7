import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import rateLimit from '@fastify/rate-limit';
import { z } from 'zod';
import { BackstopError } from '../../core/errors.ts';
import {
  authenticateCase,
  createCase,
  withdrawCase,
  type CaseRecord,
  type Signal,
} from '../../store/index.ts';
import { parseSignal } from '../../store/signals.ts';
import { ErrorSchema } from '../views.ts';
import { rateLimitOptions } from '../rate-limit.ts';

const hex = (n: number) => z.string().regex(new RegExp(`^[0-9a-fA-F]{${n}}$`), `${n} hex digits`);

const Fingerprint = z
  .object({
    pdq: hex(64).optional(),
    md5: hex(32).optional(),
    sha256: hex(64).optional(),
    quality: z.number().int().min(0).max(100).optional(),
  })
  .strict()
  .refine((f) => f.pdq || f.md5 || f.sha256, 'each fingerprint needs a pdq, md5 or sha256 value');

const CreateBody = z
  .object({
    fingerprints: z.array(Fingerprint).min(1).max(100),
    contentType: z.enum(['photo', 'video']).optional(),
  })
  .strict();

const Credentials = z
  .object({ caseNumber: z.string().min(1).max(40), pin: z.string().min(1).max(40) })
  .strict();

const CaseView = z.object({
  caseNumber: z.string(),
  status: z.enum(['active', 'withdrawn']),
  fingerprints: z.number().int(),
  createdAt: z.string(),
  withdrawnAt: z.string().nullable(),
});

function caseView(record: CaseRecord) {
  return {
    caseNumber: record.number,
    status: record.status,
    fingerprints: record.fingerprintCount,
    createdAt: record.createdAt.toISOString(),
    withdrawnAt: record.withdrawnAt?.toISOString() ?? null,
  };
}

const IMAGE_MAGIC = /^(data:|\/9j\/|iVBORw0KGgo|R0lGOD|UklGR|AAAA[A-Za-z0-9+/]{2}ZnR5c|Qk)/;

export const imageRefused = (status = 400) =>
  new BackstopError(
    'image_data_not_accepted',
    'Only fingerprints are accepted here, never the picture or video itself. Send pdq / md5 / sha256 hashes.',
    { status },
  );

/** Refuses bodies that carry file contents (long strings, data: URLs, base64 image headers). */
export function refuseImageData(value: unknown, depth = 0): void {
  if (depth > 6) return;
  if (typeof value === 'string') {
    if (value.length > 256 || (value.length > 40 && IMAGE_MAGIC.test(value)) || value.startsWith('data:')) {
      throw imageRefused();
    }
  } else if (Array.isArray(value)) {
    if (value.length > 1000) throw imageRefused();
    for (const item of value) refuseImageData(item, depth + 1);
  } else if (value && typeof value === 'object') {
    for (const item of Object.values(value)) refuseImageData(item, depth + 1);
  }
}

/** The PIN comes in the X-Case-Pin header or the body, never the URL (URLs end up in logs). */
function pinFrom(request: FastifyRequest): string {
  const header = request.headers['x-case-pin'];
  const pin = Array.isArray(header) ? header[0] : header;
  if (!pin) {
    throw new BackstopError('pin_required', 'Send the PIN in the X-Case-Pin header (not in the address).', {
      status: 401,
    });
  }
  return pin.replace(/\s/g, '');
}

const cleanPin = (pin: string) => pin.replace(/\s/g, '');

/**
 * Public routes (no API key): create a case from fingerprints, check it, withdraw it.
 * Rate-limited per IP; wrong PINs also count against the case itself (see store/cases.ts).
 */
export const caseRoutes: FastifyPluginAsync = async (app) => {
  const tags = ['cases'];
  await app.register(rateLimit, rateLimitOptions(app));
  app.addContentTypeParser('*', (_request, _payload, done) => done(imageRefused(415), undefined));
  const perMinute = app.backstopConfig.caseRateLimitPerMinute;
  const createLimit = { rateLimit: { max: perMinute, timeWindow: '1 minute' } };
  const pinLimit = { rateLimit: { max: 10, timeWindow: '1 minute' } };

  app.post(
    '/v1/cases',
    {
      config: createLimit,
      bodyLimit: 64 * 1024,
      preValidation: async (request) => refuseImageData(request.body),
      schema: {
        tags,
        summary: 'Create a case from fingerprints (public). Returns the case number and PIN, shown once.',
        security: [],
        body: CreateBody,
        response: {
          201: CaseView.extend({ pin: z.string() }),
          400: ErrorSchema,
          413: ErrorSchema,
          429: ErrorSchema,
        },
      },
    },
    async (request, reply) => {
      const body = request.body as z.infer<typeof CreateBody>;
      const items = body.fingerprints.map((f) => {
        const signals: Signal[] = [];
        if (f.pdq) signals.push(parseSignal('pdq', f.pdq));
        if (f.md5) signals.push(parseSignal('md5', f.md5));
        if (f.sha256) signals.push(parseSignal('sha256', f.sha256));
        return { signals };
      });
      const { record, pin } = await createCase(app.store, { items, contentType: body.contentType });
      await app.matcher.syncNow();
      request.log.info({ fingerprints: record.fingerprintCount }, 'case created');
      return reply.status(201).send({ ...caseView(record), pin });
    },
  );

  app.post(
    '/v1/cases/status',
    {
      config: pinLimit,
      schema: {
        tags,
        summary: 'Check a case with its number and PIN (public)',
        security: [],
        body: Credentials,
        response: { 200: CaseView, 404: ErrorSchema, 429: ErrorSchema },
      },
    },
    async (request) => {
      const { caseNumber, pin } = request.body as z.infer<typeof Credentials>;
      return caseView(await authenticateCase(app.store, caseNumber, cleanPin(pin)));
    },
  );

  app.get(
    '/v1/cases/:number',
    {
      config: pinLimit,
      schema: {
        tags,
        summary: 'Check a case; PIN in the X-Case-Pin header (public)',
        security: [],
        params: z.object({ number: z.string().min(1).max(40) }),
        response: { 200: CaseView, 401: ErrorSchema, 404: ErrorSchema, 429: ErrorSchema },
      },
    },
    async (request) => {
      const { number } = request.params as { number: string };
      return caseView(await authenticateCase(app.store, number, pinFrom(request)));
    },
  );

  const withdraw = async (caseNumber: string, pin: string) => {
    const record = await authenticateCase(app.store, caseNumber, pin);
    const withdrawn = await withdrawCase(app.store, record.id);
    await app.matcher.syncNow();
    return caseView(withdrawn);
  };

  app.post(
    '/v1/cases/withdraw',
    {
      config: pinLimit,
      schema: {
        tags,
        summary: 'Withdraw a case: its fingerprints are removed from the bank (public)',
        security: [],
        body: Credentials,
        response: { 200: CaseView, 404: ErrorSchema, 429: ErrorSchema },
      },
    },
    async (request) => {
      const { caseNumber, pin } = request.body as z.infer<typeof Credentials>;
      return withdraw(caseNumber, cleanPin(pin));
    },
  );

  app.delete(
    '/v1/cases/:number',
    {
      config: pinLimit,
      schema: {
        tags,
        summary: 'Withdraw a case; PIN in the X-Case-Pin header (public)',
        security: [],
        params: z.object({ number: z.string().min(1).max(40) }),
        response: { 200: CaseView, 401: ErrorSchema, 404: ErrorSchema, 429: ErrorSchema },
      },
    },
    async (request) => {
      const { number } = request.params as { number: string };
      return withdraw(number, pinFrom(request));
    },
  );
};
