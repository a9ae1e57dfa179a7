import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import rateLimit from '@fastify/rate-limit';
import { z } from 'zod';
import { BackstopError } from '../../core/errors.ts';
import {
  authenticateCase,
  createCase,
  findEarlierCase,
  normalizeCaseNumber,
  withdrawCase,
  type CaseRecord,
  type CreatedCase,
  type Signal,
} from '../../store/index.ts';
import { checkIdempotencyKey } from '../../store/idempotency.ts';
import { parseSignal } from '../../store/signals.ts';
import { Admission, Overloaded } from '../admission.ts';
import { clientKey } from '../client-key.ts';
import { PinGuard } from '../pin-guard.ts';
import { ErrorSchema } from '../views.ts';
import { rateLimitOptions } from '../rate-limit.ts';

const hex = (n: number) => z.string().regex(new RegExp(`^[0-9a-fA-F]{${n}}$`), `${n} hex digits`);

const Fingerprint = z
  .object({
    pdq: hex(64).optional(),
    md5: hex(32).optional(),
    sha256: hex(64).optional(),
    vpdq: z
      .string()
      .max(400_000)
      .optional()
      .describe(
        "a video's vPDQ: the reference's text (frameNumber,quality,pdqHex,timestamp lines) or pytx JSON",
      ),
    quality: z.number().int().min(0).max(100).optional(),
  })
  .strict()
  .refine(
    (f) => f.pdq || f.md5 || f.sha256 || f.vpdq,
    'each fingerprint needs a pdq, md5, sha256 or vpdq value',
  );

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
    'Only fingerprints are accepted here, never the picture or video itself. Send pdq / md5 / sha256 / vpdq hashes.',
    { status },
  );

const VPDQ_LINE = /^\d{1,9},\d{1,3},[0-9a-fA-F]{64},\d{1,9}(\.\d{1,9})?$/;
const VPDQ_PYTX_ITEM = /^"[0-9a-fA-F]{64},\d{1,3},\d{1,9}(\.\d{1,9})?"$/;

/** Only vPDQ lines (the reference's text) or pytx's JSON list of frame strings, nothing else. */
function isVpdqText(text: string): boolean {
  const trimmed = text.trim();
  if (trimmed.startsWith('[') && trimmed.endsWith(']')) {
    return trimmed
      .slice(1, -1)
      .split(',"')
      .every((item, i) => VPDQ_PYTX_ITEM.test((i === 0 ? '' : '"') + item.trim()));
  }
  return trimmed.split(/\r?\n/).every((line) => VPDQ_LINE.test(line));
}

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
    for (const [key, item] of Object.entries(value)) {
      // A video's vPDQ is long but is nothing but frame hashes: let through only that exact shape.
      if (key === 'vpdq' && typeof item === 'string' && isVpdqText(item)) continue;
      refuseImageData(item, depth + 1);
    }
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

/** Aborts when the client goes away before its answer was sent. */
function clientGone(reply: FastifyReply): AbortSignal {
  const controller = new AbortController();
  reply.raw.once('close', () => {
    if (!reply.raw.writableFinished) controller.abort();
  });
  if (reply.request.raw.socket?.destroyed) controller.abort();
  return controller.signal;
}

/**
 * Public routes (no API key): create a case from fingerprints, check it, withdraw it.
 * Rate-limited per IP; creation goes through a bounded queue with a deadline (refused early with
 * 503 rather than committed late) and honours `Idempotency-Key`; PIN checks go through PinGuard.
 * Every answer is `Cache-Control: no-store` (case numbers, PINs).
 */
export const caseRoutes: FastifyPluginAsync = async (app) => {
  const tags = ['cases'];
  await app.register(rateLimit, rateLimitOptions(app));
  app.addContentTypeParser('*', (_request, _payload, done) => done(imageRefused(415), undefined));
  app.addHook('onSend', async (_request, reply, payload) => {
    reply.header('cache-control', 'no-store');
    return payload;
  });
  const config = app.backstopConfig;
  const perMinute = config.caseRateLimitPerMinute;
  const createLimit = { rateLimit: { max: perMinute, timeWindow: '1 minute' } };
  const pinLimit = { rateLimit: { max: 10, timeWindow: '1 minute' } };
  const admission = new Admission({
    maxInFlight: config.caseCreateMaxInFlight,
    maxQueue: config.caseCreateMaxQueue,
    deadlineMs: config.caseCreateDeadlineMs,
  });
  const guard = new PinGuard(config.casePinGuard);

  app.post(
    '/v1/cases',
    {
      config: createLimit,
      bodyLimit: 1024 * 1024, // a few long videos' vPDQ text (about 80 bytes a second of video)
      preValidation: async (request) => refuseImageData(request.body),
      schema: {
        tags,
        summary:
          'Create a case from fingerprints (public). Returns the case number and PIN, shown once ' +
          '(and again to a retry with the same Idempotency-Key).',
        security: [],
        headers: z.object({ 'idempotency-key': z.string().optional() }).passthrough(),
        body: CreateBody,
        response: {
          201: CaseView.extend({ pin: z.string() }),
          400: ErrorSchema,
          413: ErrorSchema,
          422: ErrorSchema,
          429: ErrorSchema,
          503: ErrorSchema,
        },
      },
    },
    async (request, reply) => {
      const arrived = Date.now();
      const body = request.body as z.infer<typeof CreateBody>;
      const header = request.headers['idempotency-key'];
      const idempotencyKey =
        header === undefined ? undefined : checkIdempotencyKey(Array.isArray(header) ? header[0] : header);
      const items = body.fingerprints.map((f) => {
        const signals: Signal[] = [];
        if (f.pdq) signals.push(parseSignal('pdq', f.pdq));
        if (f.md5) signals.push(parseSignal('md5', f.md5));
        if (f.sha256) signals.push(parseSignal('sha256', f.sha256));
        if (f.vpdq) signals.push(parseSignal('vpdq', f.vpdq));
        return { signals };
      });
      const input = { items, contentType: body.contentType, idempotencyKey };
      const answer = (created: CreatedCase) => {
        if (created.replayed) reply.header('idempotent-replayed', 'true');
        return reply.status(201).send({ ...caseView(created.record), pin: created.pin });
      };
      // A retry of a case already made is answered from the database, even when the queue is full.
      if (idempotencyKey) {
        const earlier = await findEarlierCase(app.store, { ...input, idempotencyKey });
        if (earlier) return answer(earlier);
      }
      const gone = clientGone(reply);
      const deadline = arrived + config.caseCreateDeadlineMs;
      let created: CreatedCase;
      try {
        created = await admission.run(
          arrived,
          () =>
            createCase(app.store, {
              ...input,
              beforeCommit: () => {
                if (gone.aborted) throw new Overloaded(1);
                if (Date.now() > deadline)
                  throw new Overloaded(Math.ceil(config.caseCreateDeadlineMs / 2000));
              },
            }),
          gone,
        );
      } catch (error) {
        if (error instanceof Overloaded) {
          request.log.warn({ load: admission.load, gone: gone.aborted }, 'case creation refused: busy');
        }
        throw error;
      }
      await app.matcher.syncNow();
      request.log.info({ fingerprints: created.record.fingerprintCount }, 'case created');
      return answer(created);
    },
  );

  /** number + PIN through PinGuard: the same limits whether or not the case exists. */
  const authenticate = async (request: FastifyRequest, numberInput: string, pin: string) => {
    const number = normalizeCaseNumber(numberInput) ?? numberInput.toUpperCase();
    const client = clientKey(request.ip);
    await guard.admit(number, client);
    try {
      const record = await authenticateCase(app.store, numberInput, pin);
      guard.succeeded(number, client);
      return record;
    } catch (error) {
      if ((error as { code?: string }).code === 'case_not_found') guard.failed(number, client);
      throw error;
    }
  };

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
      return caseView(await authenticate(request, caseNumber, cleanPin(pin)));
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
      return caseView(await authenticate(request, number, pinFrom(request)));
    },
  );

  const withdraw = async (request: FastifyRequest, caseNumber: string, pin: string) => {
    const record = await authenticate(request, caseNumber, pin);
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
      return withdraw(request, caseNumber, cleanPin(pin));
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
      return withdraw(request, number, pinFrom(request));
    },
  );
};
