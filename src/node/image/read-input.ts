import { readFile, stat } from 'node:fs/promises';
import { BackstopError } from '../../core/errors.ts';

/** Files larger than this are refused before reading (no photo a person sends is near it). */
export const MAX_IMAGE_FILE_BYTES = 256 * 1024 * 1024;

function fileError(error: unknown): BackstopError {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return new BackstopError('file_not_found', 'No such file', { status: 404 });
  if (code === 'EISDIR') return new BackstopError('not_a_file', 'This is a folder, not a file');
  if (code === 'EACCES' || code === 'EPERM') {
    return new BackstopError('file_unreadable', 'Permission denied', { status: 403 });
  }
  return new BackstopError('file_unreadable', `Could not read the file (${code ?? 'unknown error'})`, {
    cause: error,
  });
}

/** The bytes of an image given as bytes or as a file path, with clear errors for missing/huge files. */
export async function readImageInput(input: Uint8Array | string): Promise<Uint8Array> {
  if (input instanceof Uint8Array) return input;
  if (typeof input !== 'string' || input === '') {
    throw new BackstopError('invalid_input', 'Give an image as bytes or as a file path.');
  }
  let size: number;
  try {
    const info = await stat(input);
    if (info.isDirectory()) throw Object.assign(new Error('EISDIR'), { code: 'EISDIR' });
    size = info.size;
  } catch (error) {
    throw fileError(error);
  }
  if (size > MAX_IMAGE_FILE_BYTES) {
    throw new BackstopError(
      'file_too_large',
      `The file is too large to be an image we can hash (${Math.round(size / 1024 / 1024)} MB; the limit is ${MAX_IMAGE_FILE_BYTES / 1024 / 1024} MB).`,
      { status: 413 },
    );
  }
  try {
    const buffer = await readFile(input);
    return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  } catch (error) {
    throw fileError(error);
  }
}
