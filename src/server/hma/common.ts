import type { FastifyError, FastifyInstance, FastifyRequest } from 'fastify';
import { BackstopError, isBackstopError } from '../../core/errors.ts';
import type { Bank, SignalTypeName } from '../../store/index.ts';
import { fetchAllowedUrl } from '../fetch-url.ts';
import { hashContentUpload } from '../hashing.ts';
import { getContentType, HASHABLE_CONTENT_TYPES, type HashableContentType } from '../../core/signal/index.ts';
import { sniffVideo } from '../../node/video/index.ts';
import { formatVpdqPytx, parseVpdq } from '../../core/vpdq/index.ts';
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

export const CONTENT_TYPES = Object.keys(HASHABLE_CONTENT_TYPES) as readonly string[];

/**
 * Which signal types to return for a hash request (`types=pdq,md5`); by default the content type's
 * own (photo: pdq; video: vpdq and md5).
 */
export function selectTypes(types: string | undefined, contentType: string): SignalTypeName[] {
  const info = getContentType(contentType);
  if (!types) return [...info.defaultSignalTypes];
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
  const foreign = out.find((t) => !info.signalTypes.includes(t));
  if (foreign) throw new BackstopError('invalid_request', `a ${info.name} has no ${foreign} signal`);
  return out;
}

/** HMA hashing: the single uploaded file (field name = content type) or the allow-listed `url`. */
export async function hashRequest(
  app: FastifyInstance,
  request: FastifyRequest,
  query: { url?: string; content_type?: string; types?: string },
): Promise<{ signals: Record<string, string>; quality?: number; contentType: HashableContentType }> {
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
    contentType ??=
      upload.field && CONTENT_TYPES.includes(upload.field)
        ? upload.field
        : isVideoBytes(upload.bytes)
          ? 'video'
          : 'photo';
    if (upload.field && upload.field !== 'file' && !CONTENT_TYPES.includes(upload.field as 'photo')) {
      contentType = upload.field;
    }
  }
  const types = selectTypes(query.types, contentType ?? 'photo');
  const kind = getContentType(contentType ?? 'photo').name as HashableContentType;
  const hashes = await hashContentUpload(app, kind, bytes);
  return {
    signals: Object.fromEntries(types.map((t) => [t, hashes.signals[t] ?? ''])),
    quality: hashes.quality,
    contentType: kind,
  };
}

export function isHmaClientError(error: unknown): boolean {
  return isBackstopError(error) && error.status < 500;
}

/** HMA and python-threatexchange exchange vPDQ as pytx's JSON list; other values as they are. */
export function hmaSignalValue(type: string, value: string): string {
  return type === 'vpdq' ? formatVpdqPytx(parseVpdq(value)) : value;
}

function isVideoBytes(bytes: Uint8Array): boolean {
  const container = sniffVideo(bytes.subarray(0, 512));
  return container !== undefined && container !== 'gif';
}
