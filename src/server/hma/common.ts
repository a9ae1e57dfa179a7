import type { FastifyError, FastifyInstance, FastifyRequest } from 'fastify';
import { BackstopError, isBackstopError } from '../../core/errors.ts';
import type { Bank, SignalTypeName } from '../../store/index.ts';
import { fetchAllowedUrl } from '../fetch-url.ts';
import { hashUpload } from '../hashing.ts';
import { readUpload } from '../upload.ts';
import { parseSignalTypeName } from '../../store/signals.ts';

/**
 * HMA answers errors as `{"message": ...}`; we send that plus our own `error` object, through the
 * global handler, so both kinds of client understand.
 */
export function useHmaErrors(app: FastifyInstance): void {
  const handler = app.errorHandler;
  app.setErrorHandler(function (this: FastifyInstance, error: FastifyError, request, reply) {
    const send = reply.send.bind(reply);
    reply.send = ((payload: unknown) => {
      const body = payload as { error?: { message?: string } } | undefined;
      if (body && typeof body === 'object' && body.error?.message) {
        return send({ message: body.error.message, ...body });
      }
      return send(payload);
    }) as typeof reply.send;
    return handler.call(this, error, request, reply);
  });
}

/** HMA's BankConfig: matching_enabled_ratio is 1 or 0 here (no sampled matching). */
export function hmaBank(bank: Bank) {
  return { name: bank.name, matching_enabled_ratio: bank.enabled ? 1.0 : 0.0 };
}

/** HMA's enabled / enabled_ratio fields → our enabled flag (any ratio above 0 counts as enabled). */
export function enabledFrom(body: { enabled?: unknown; enabled_ratio?: unknown }): boolean | undefined {
  if (body.enabled_ratio !== undefined && body.enabled_ratio !== null) {
    const ratio = Number(body.enabled_ratio);
    if (!Number.isFinite(ratio) || ratio < 0 || ratio > 1) {
      throw new BackstopError('invalid_request', 'enabled_ratio is a number from 0 to 1.');
    }
    return ratio > 0;
  }
  if (body.enabled !== undefined && body.enabled !== null) {
    if (typeof body.enabled === 'boolean') return body.enabled;
    return ['1', 'true', 'yes', 'on'].includes(String(body.enabled).toLowerCase());
  }
  return undefined;
}

export const CONTENT_TYPES = ['photo', 'video'] as const;

/** Which signal types to return for a hash request (`types=pdq,md5`); photos default to pdq. */
export function selectTypes(types: string | undefined, contentType: string): SignalTypeName[] {
  if (!CONTENT_TYPES.includes(contentType as (typeof CONTENT_TYPES)[number])) {
    throw new BackstopError(
      'unknown_content_type',
      `no such content_type: '${contentType.slice(0, 40)}' (use photo)`,
    );
  }
  if (contentType === 'video') {
    throw new BackstopError(
      'unsupported_content_type',
      'Video hashing is not supported here; send its md5 with /c/bank/<name>/signal.',
    );
  }
  if (!types) return ['pdq'];
  const out = [
    ...new Set(
      types
        .split(',')
        .map((t) => t.trim())
        .filter(Boolean)
        .map(parseSignalTypeName),
    ),
  ];
  if (!out.length) throw new BackstopError('invalid_request', 'empty signal type selection');
  return out;
}

/** HMA hashing: the single uploaded file (field name = content type) or the allow-listed `url`. */
export async function hashRequest(
  app: FastifyInstance,
  request: FastifyRequest,
  query: { url?: string; content_type?: string; types?: string },
): Promise<{ signals: Record<string, string>; quality: number }> {
  let bytes: Buffer;
  let contentType = query.content_type;
  if (query.url) {
    const fetched = await fetchAllowedUrl(query.url, {
      allowHosts: app.backstopConfig.fetchAllowHosts,
      maxBytes: app.backstopConfig.maxUploadBytes,
    });
    bytes = fetched.bytes;
    if (!contentType) {
      if (fetched.contentType.toLowerCase().startsWith('image')) contentType = 'photo';
      else if (fetched.contentType.toLowerCase().startsWith('video')) contentType = 'video';
      else {
        throw new BackstopError(
          'unknown_content_type',
          `unsupported url ContentType: '${fetched.contentType.slice(0, 60)}', if you know the expected type, provide it with the content_type query param`,
        );
      }
    }
  } else {
    const upload = await readUpload(request);
    bytes = upload.bytes;
    contentType ??= upload.field && CONTENT_TYPES.includes(upload.field as 'photo') ? upload.field : 'photo';
    if (upload.field && upload.field !== 'file' && !CONTENT_TYPES.includes(upload.field as 'photo')) {
      contentType = upload.field;
    }
  }
  const types = selectTypes(query.types, contentType ?? 'photo');
  const hashes = await hashUpload(app, bytes);
  return { signals: Object.fromEntries(types.map((t) => [t, hashes[t]])), quality: hashes.quality };
}

export function isHmaClientError(error: unknown): boolean {
  return isBackstopError(error) && error.status < 500;
}
