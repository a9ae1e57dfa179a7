import type { FastifyError, FastifyInstance } from 'fastify';
import { BackstopError, isBackstopError } from '../core/errors.ts';
import { isStoreUnavailable } from '../store/errors.ts';

export interface ErrorBody {
  error: { code: string; message: string };
}

export function errorBody(code: string, message: string): ErrorBody {
  return { error: { code, message } };
}

/** A refusal that may succeed later: sent with `Retry-After: <seconds>` (429, 503). */
export class RetryLaterError extends BackstopError {
  readonly retryAfterSeconds: number;

  constructor(code: string, message: string, status: 429 | 503, retryAfterSeconds: number) {
    super(code, message, { status });
    this.retryAfterSeconds = Math.max(1, Math.ceil(retryAfterSeconds));
  }
}

/** Seconds a client is told to wait when the database is unreachable. */
export const STORE_RETRY_AFTER_SECONDS = 10;

export function storeUnavailable(cause?: unknown): RetryLaterError {
  const error = new RetryLaterError(
    'store_unavailable',
    'The database is unreachable for the moment. Please try again shortly.',
    503,
    STORE_RETRY_AFTER_SECONDS,
  );
  if (cause !== undefined) Object.defineProperty(error, 'cause', { value: cause });
  return error;
}

/** Fastify's own errors, mapped to stable codes and plain messages. */
const FASTIFY_CODES: Record<string, { code: string; message: string }> = {
  FST_ERR_CTP_BODY_TOO_LARGE: { code: 'payload_too_large', message: 'The request body is too large.' },
  FST_REQ_FILE_TOO_LARGE: { code: 'payload_too_large', message: 'The uploaded file is too large.' },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: {
    code: 'unsupported_media_type',
    message: 'This content type is not accepted here.',
  },
  FST_ERR_CTP_EMPTY_JSON_BODY: { code: 'invalid_json', message: 'The JSON body is empty.' },
  FST_ERR_CTP_INVALID_JSON_BODY: { code: 'invalid_json', message: 'The request body is not valid JSON.' },
  FST_INVALID_MULTIPART_CONTENT_TYPE: {
    code: 'invalid_multipart',
    message: 'Expected a multipart/form-data upload.',
  },
  FST_FILES_LIMIT: { code: 'too_many_files', message: 'Send one file per request.' },
  FST_PARTS_LIMIT: { code: 'too_many_parts', message: 'Too many parts in the upload.' },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: {
    code: 'invalid_content_length',
    message: 'The Content-Length header does not match the body.',
  },
};

/**
 * One error handler for every route: BackstopError → its status and code; validation and
 * Fastify errors → 4xx with a plain message; anything else → 500 without details (logged).
 */
export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof RetryLaterError) reply.header('retry-after', String(error.retryAfterSeconds));
    if (isBackstopError(error)) {
      return reply.status(error.status).send(errorBody(error.code, error.message));
    }
    if (isStoreUnavailable(error)) {
      request.log.warn({ err: { type: error.name, code: error.code } }, 'store unavailable');
      const busy = storeUnavailable();
      reply.header('retry-after', String(busy.retryAfterSeconds));
      return reply.status(503).send(errorBody(busy.code, busy.message));
    }
    const known = error.code ? FASTIFY_CODES[error.code] : undefined;
    const status = error.statusCode ?? 500;
    if (error.validation || error.code === 'FST_ERR_VALIDATION') {
      return reply.status(400).send(errorBody('invalid_request', error.message));
    }
    if (known)
      return reply
        .status(status >= 400 && status < 500 ? status : 400)
        .send(errorBody(known.code, known.message));
    if (status === 429) {
      return reply
        .status(429)
        .send(errorBody('rate_limited', 'Too many requests. Please wait a minute and try again.'));
    }
    if (status >= 400 && status < 500) {
      request.log.info({ code: error.code }, 'client error');
      return reply
        .status(status)
        .send(
          errorBody(String(error.code ?? 'bad_request').toLowerCase(), 'The request could not be processed.'),
        );
    }
    request.log.error(
      { err: { type: error.name, code: error.code, message: error.message, stack: error.stack } },
      'internal error',
    );
    return reply
      .status(500)
      .send(errorBody('internal_error', 'Something went wrong on the server. Please try again.'));
  });
  app.setNotFoundHandler((request, reply) =>
    reply
      .status(404)
      .send(errorBody('not_found', `There is no ${request.method} ${request.url.split('?')[0]} route.`)),
  );
}
