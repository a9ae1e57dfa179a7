import type { FastifyInstance, FastifyRequest } from 'fastify';
import multipart from '@fastify/multipart';
import { BackstopError } from '../core/errors.ts';

/**
 * Lets a route plugin accept an image as multipart/form-data (one file) or as a raw body
 * (image/* or application/octet-stream), both capped at the configured upload size (413 beyond).
 */
export async function acceptUploads(app: FastifyInstance): Promise<void> {
  const limit = app.backstopConfig.maxUploadBytes;
  await app.register(multipart, { limits: { fileSize: limit, files: 1, fields: 20, parts: 25 } });
  const keepBuffer = (_request: unknown, body: Buffer | string, done: (e: null, b: unknown) => void) =>
    done(null, body);
  app.addContentTypeParser('application/octet-stream', { parseAs: 'buffer', bodyLimit: limit }, keepBuffer);
  app.addContentTypeParser(/^(image|video)\/.*/, { parseAs: 'buffer', bodyLimit: limit }, keepBuffer);
}

export interface Upload {
  bytes: Buffer;
  /** The multipart field name (HMA uses it as the content type: photo, video). */
  field?: string;
  fields: Record<string, string>;
}

/** Reads the single uploaded file. Throws 413 when it is larger than the limit. */
export async function readUpload(request: FastifyRequest): Promise<Upload> {
  if (request.isMultipart()) {
    let found: Upload | undefined;
    const fields: Record<string, string> = {};
    for await (const part of request.parts()) {
      if (part.type === 'file') {
        if (found) {
          await part.toBuffer().catch(() => undefined);
          throw new BackstopError('too_many_files', 'Send one file per request.');
        }
        const bytes = await part.toBuffer();
        found = { bytes, field: part.fieldname, fields };
      } else if (typeof part.value === 'string') {
        fields[part.fieldname] = part.value;
      }
    }
    if (!found) throw new BackstopError('no_file', 'The multipart upload has no file in it.');
    return found;
  }
  if (Buffer.isBuffer(request.body)) return { bytes: request.body, fields: {} };
  throw new BackstopError(
    'no_file',
    'Send the image as multipart/form-data, or as the raw request body with an image/* or application/octet-stream content type.',
    { status: 415 },
  );
}
