import { createHash } from 'node:crypto';
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

/** HMA's BankConfig: matching_enabled_ratio is 0 while disabled, else the bank's ratio. */
export function hmaBank(bank: Bank) {
  return { name: bank.name, matching_enabled_ratio: bank.enabled ? bank.matchingRatio : 0 };
}

/**
 * HMA's enabled / enabled_ratio fields → our enabled flag and matching ratio. `enabled_ratio` wins
 * (0 disables the bank and keeps its ratio); `enabled: true` is ratio 1, as in HMA.
 */
export function ratioFrom(body: { enabled?: unknown; enabled_ratio?: unknown }): {
  enabled?: boolean;
  matchingRatio?: number;
} {
  if (body.enabled_ratio !== undefined && body.enabled_ratio !== null) {
    const ratio = Number(body.enabled_ratio);
    if (!Number.isFinite(ratio) || ratio < 0 || ratio > 1) {
      throw new BackstopError('invalid_request', 'enabled_ratio is a number from 0 to 1.');
    }
    return ratio > 0 ? { enabled: true, matchingRatio: ratio } : { enabled: false };
  }
  const on = enabledFrom(body);
  if (on === undefined) return {};
  return on ? { enabled: true, matchingRatio: 1 } : { enabled: false };
}

/** HMA's `enabled` (a boolean, or text such as "true" / "0") as a boolean; undefined when absent. */
export function enabledFrom(body: { enabled?: unknown }): boolean | undefined {
  if (body.enabled === undefined || body.enabled === null) return undefined;
  if (typeof body.enabled === 'boolean') return body.enabled;
  return ['1', 'true', 'yes', 'on'].includes(String(body.enabled).toLowerCase());
}

/** HMA (python-threatexchange) calls the MD5 of a file `video_md5`; /v1 calls it `md5`. */
export function hmaSignalName(type: SignalTypeName): string {
  return type === 'md5' ? 'video_md5' : type;
}

/** Signal type → value, keyed by HMA's names. */
export function hmaSignals(signals: { type: SignalTypeName; value: string }[]): Record<string, string> {
  return Object.fromEntries(signals.map((s) => [hmaSignalName(s.type), s.value]));
}

export const CONTENT_TYPES = Object.keys(HASHABLE_CONTENT_TYPES) as readonly string[];

/**
 * Which signal types to make for a hash request (`types=pdq,video_md5`); by default the content
 * type's own (photo: pdq; video: vpdq and video_md5).
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

export interface HashedRequest {
  signals: { type: SignalTypeName; value: string }[];
  /** PDQ quality (photos), else undefined. */
  quality?: number;
  /** Text fields of a multipart upload (HMA sends `metadata` and `note` this way). */
  fields: Record<string, string>;
  contentType: HashableContentType;
}

/**
 * HMA hashing: the single uploaded file (field name = content type) or the allow-listed `url`.
 * Both are hashed in a worker by their content type's hasher (photo: PDQ; video: vPDQ), with MD5.
 */
export async function hashRequest(
  app: FastifyInstance,
  request: FastifyRequest,
  query: { url?: string; content_type?: string; types?: string },
): Promise<HashedRequest> {
  let bytes: Buffer;
  let contentType = query.content_type;
  let fields: Record<string, string> = {};
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
    fields = upload.fields;
    // HMA names the multipart field after the content type; `file` and raw bodies are sniffed.
    if (upload.field && upload.field !== 'file') contentType = upload.field;
    contentType ??= isVideoBytes(upload.bytes) ? 'video' : 'photo';
  }
  const kind = getContentType(contentType).name as HashableContentType;
  let types = selectTypes(query.types, kind);
  let hashes: { signals: Record<string, string>; quality?: number };
  if (kind === 'video' && !types.includes('vpdq')) {
    hashes = { signals: fileDigests(bytes) };
  } else {
    try {
      hashes = await hashContentUpload(app, kind, bytes);
    } catch (error) {
      // HMA's video_md5 is the MD5 of any bytes: a file in no video format still gets its file
      // hashes, unless vpdq was asked for by name. A video that is damaged gets its clear error.
      if (kind !== 'video' || query.types || !isUndecodable(error)) throw error;
      hashes = { signals: fileDigests(bytes) };
      types = types.filter((t) => t !== 'vpdq');
    }
  }
  return {
    signals: types.map((t) => ({ type: t, value: hashes.signals[t] ?? '' })),
    quality: hashes.quality,
    fields,
    contentType: kind,
  };
}

function isUndecodable(error: unknown): boolean {
  return isBackstopError(error) && error.code === 'unsupported_format';
}

function fileDigests(bytes: Uint8Array): Record<string, string> {
  return {
    md5: createHash('md5').update(bytes).digest('hex'),
    sha256: createHash('sha256').update(bytes).digest('hex'),
  };
}

/** HMA does not use a PDQ hash below the quality threshold (python-threatexchange answers ""). */
export function lowQuality(app: FastifyInstance, hashed: HashedRequest): boolean {
  return (
    hashed.quality !== undefined &&
    hashed.quality < app.backstopConfig.pdqQualityThreshold &&
    hashed.signals.some((s) => s.type === 'pdq')
  );
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
