import type { HashReply, HashRequest, HashResult } from './types.ts';

/** Fingerprints one file in the hashing worker; `onProgress` gets 0..1 while the file is read. */
export class HashError extends Error {
  constructor(
    message: string,
    readonly cancelled = false,
  ) {
    super(message);
    this.name = 'HashError';
  }
}

export const CANCELLED_MESSAGE = 'Stopped. Nothing was made or sent for this file.';

let worker: Worker | null = null;
const waiting = new Map<
  string,
  { resolve: (r: HashResult) => void; reject: (e: Error) => void; onProgress?: (f: number) => void }
>();

function hashWorker(): Worker {
  if (worker) return worker;
  worker = new Worker(new URL('./hash.worker.ts', import.meta.url), { type: 'module' });
  worker.onmessage = (event: MessageEvent<HashReply>) => {
    const reply = event.data;
    const id = reply.type === 'done' ? reply.result.id : reply.id;
    const entry = waiting.get(id);
    if (!entry) return;
    if (reply.type === 'progress') entry.onProgress?.(reply.fraction);
    else {
      waiting.delete(id);
      if (reply.type === 'done') entry.resolve(reply.result);
      else entry.reject(new HashError(reply.message));
    }
  };
  worker.onerror = () => {
    for (const entry of waiting.values()) {
      entry.reject(new HashError('Fingerprinting stopped unexpectedly on this device. Please try again.'));
    }
    waiting.clear();
    worker?.terminate();
    worker = null;
  };
  return worker;
}

/** Stops the worker at once (a video being decoded included); every file in it is given up. */
function stopWorker(): void {
  worker?.terminate();
  worker = null;
  for (const entry of waiting.values()) entry.reject(new HashError(CANCELLED_MESSAGE, true));
  waiting.clear();
}

export const VIDEO_ELEMENT_NOTE =
  'This browser cannot take this video apart directly, so its fingerprint was made by playing it through, picture by picture. It may differ a little from the one apps make of the same video, so it may find fewer copies.';

/**
 * `dihedral: true` also makes the PDQ hashes of the picture rotated and mirrored (`variants`).
 * `signal`: aborting it stops the work (the promise rejects with a HashError whose `cancelled` is true).
 * A video the worker can read but not decode is tried with a `<video>` element in the page
 * (`video-element.ts`); if that fails too, the worker's note stands.
 */
export async function fingerprintFile(
  file: File,
  onProgress?: (fraction: number) => void,
  options: { dihedral?: boolean; signal?: AbortSignal } = {},
): Promise<HashResult> {
  const { videoElement: plan, ...result } = await fingerprintInWorker(file, onProgress, options);
  if (!plan) return result;
  try {
    const { vpdqWithVideoElement } = await import('./video-element.ts');
    const vpdq = await vpdqWithVideoElement(
      file,
      plan,
      (fraction) => onProgress?.(0.1 + 0.9 * fraction),
      options.signal,
    );
    return { ...result, vpdq, frames: plan.times.length, approximate: true, note: VIDEO_ELEMENT_NOTE };
  } catch {
    if (options.signal?.aborted) throw new HashError(CANCELLED_MESSAGE, true);
    return result;
  }
}

function fingerprintInWorker(
  file: File,
  onProgress: ((fraction: number) => void) | undefined,
  options: { dihedral?: boolean; signal?: AbortSignal },
): Promise<HashResult> {
  const id = crypto.randomUUID();
  const request: HashRequest = { id, file, ...(options.dihedral ? { dihedral: true } : {}) };
  return new Promise((resolve, reject) => {
    if (options.signal?.aborted) {
      reject(new HashError(CANCELLED_MESSAGE, true));
      return;
    }
    const onAbort = () => {
      if (waiting.has(id)) stopWorker();
    };
    options.signal?.addEventListener('abort', onAbort, { once: true });
    const settle =
      <T>(then: (value: T) => void) =>
      (value: T) => {
        options.signal?.removeEventListener('abort', onAbort);
        then(value);
      };
    waiting.set(id, { resolve: settle(resolve), reject: settle(reject), onProgress });
    hashWorker().postMessage(request);
  });
}
