import { defaultHashConcurrency } from './concurrency.ts';
import { hashImage, type HashImageOptions, type ImageHashes } from './hash-image.ts';

export type FileHashOutcome =
  | { file: string; hashes: ImageHashes; error?: undefined }
  | { file: string; hashes?: undefined; error: unknown };

/**
 * Hashes many files with up to `concurrency` in flight (decoding runs on libuv's thread pool, PDQ on
 * this thread) and yields the outcomes in input order. A failure is an outcome, not an exception.
 */
export async function* hashFiles(
  files: Iterable<string>,
  options: HashImageOptions & { concurrency?: number } = {},
): AsyncGenerator<FileHashOutcome> {
  const concurrency = Math.max(1, Math.floor(options.concurrency ?? defaultHashConcurrency()));
  const queue: Promise<FileHashOutcome>[] = [];
  const start = (file: string): Promise<FileHashOutcome> =>
    hashImage(file, options).then(
      (hashes) => ({ file, hashes }),
      (error: unknown) => ({ file, error }),
    );
  for (const file of files) {
    queue.push(start(file));
    if (queue.length >= concurrency) yield await queue.shift()!;
  }
  while (queue.length) yield await queue.shift()!;
}
