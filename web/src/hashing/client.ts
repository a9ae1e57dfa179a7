import type { HashReply, HashRequest, HashResult } from './types.ts';

/** Fingerprints one file in the hashing worker; `onProgress` gets 0..1 while the file is read. */
export class HashError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'HashError';
  }
}

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

/** `dihedral: true` also makes the PDQ hashes of the picture rotated and mirrored (`variants`). */
export function fingerprintFile(
  file: File,
  onProgress?: (fraction: number) => void,
  options: { dihedral?: boolean } = {},
): Promise<HashResult> {
  const id = crypto.randomUUID();
  const request: HashRequest = { id, file, ...(options.dihedral ? { dihedral: true } : {}) };
  return new Promise((resolve, reject) => {
    waiting.set(id, { resolve, reject, onProgress });
    hashWorker().postMessage(request);
  });
}
