import Tesseract from 'tesseract.js';
import { BackstopError } from '../../core/errors.ts';
import { corePath, langPath, workerPath } from './paths.ts';

/** One page of OCR output, as tesseract.js returns it with `blocks: true`. */
export type OcrPage = Tesseract.Page;

/** The options given to tesseract.js: every path local, no cache written, no CDN. */
export const workerOptions = {
  langPath,
  corePath,
  workerPath,
  gzip: true,
  cacheMethod: 'none',
  logger: () => {},
  errorHandler: () => {},
} satisfies Partial<Tesseract.WorkerOptions>;

let current: Promise<Tesseract.Worker> | undefined;
let exitHookInstalled = false;
/** For each worker, how to interrupt the jobs queued on it when it is stopped. */
const interruptors = new Map<Promise<Tesseract.Worker>, Set<() => void>>();
/** Thrown into a job whose worker was stopped because of another image. */
class Interrupted extends Error {}

function createWorker(): Promise<Tesseract.Worker> {
  const created = Tesseract.createWorker('eng', Tesseract.OEM.LSTM_ONLY, workerOptions).then(
    async (worker) => {
      await worker.setParameters({
        tessedit_pageseg_mode: Tesseract.PSM.AUTO,
        preserve_interword_spaces: '1',
      });
      return worker;
    },
  );
  created.catch(() => {
    if (current === created) current = undefined;
  });
  return created;
}

/** The shared worker, created on first use and reused; terminated when the process exits. */
export function getWorker(): Promise<Tesseract.Worker> {
  if (!exitHookInstalled) {
    exitHookInstalled = true;
    process.once('exit', () => void terminateOcr());
  }
  current ??= createWorker();
  return current;
}

/** Stops one worker; if it is the shared one, the next OCR call starts a new one. */
async function stop(worker: Promise<Tesseract.Worker>): Promise<void> {
  if (current === worker) current = undefined;
  const jobs = interruptors.get(worker);
  interruptors.delete(worker);
  for (const interrupt of jobs ?? []) interrupt();
  try {
    await (await worker).terminate();
  } catch {
    // a worker that failed to start has nothing to stop
  }
}

/** Stops the shared worker (the next OCR call starts a new one). */
export async function terminateOcr(): Promise<void> {
  if (current) await stop(current);
}

/**
 * Runs OCR on a prepared PNG with a time limit (counted from when the worker is ready). On timeout
 * the worker that ran it is terminated (a stuck wasm call cannot be interrupted otherwise) and a new
 * one is created for the next image. Images share the worker one at a time; an image queued behind
 * one that timed out is started again once on the new worker.
 */
export async function recognize(png: Buffer, timeoutMs: number): Promise<OcrPage> {
  try {
    return await recognizeOnce(png, timeoutMs);
  } catch (error) {
    if (!(error instanceof Interrupted)) throw error;
    return recognizeOnce(png, timeoutMs).catch((again: unknown) => {
      if (again instanceof Interrupted)
        throw new BackstopError('ocr_busy', 'Text recognition is busy; try again.', { status: 503 });
      throw again;
    });
  }
}

async function recognizeOnce(png: Buffer, timeoutMs: number): Promise<OcrPage> {
  const handle = getWorker();
  let worker: Tesseract.Worker;
  try {
    worker = await handle;
  } catch (error) {
    throw new BackstopError('ocr_unavailable', 'Text recognition could not start on this machine.', {
      status: 500,
      cause: error,
    });
  }
  let timer: NodeJS.Timeout | undefined;
  let interrupt: (() => void) | undefined;
  const stopped = new Promise<never>((_, reject) => {
    interrupt = () => reject(new Interrupted());
    timer = setTimeout(() => {
      reject(
        new BackstopError('ocr_timeout', `Reading the text in this image took longer than ${timeoutMs} ms.`, {
          status: 422,
        }),
      );
      void stop(handle);
    }, timeoutMs);
  });
  const jobs = interruptors.get(handle) ?? new Set<() => void>();
  interruptors.set(handle, jobs);
  jobs.add(interrupt!);
  try {
    const result = await Promise.race([worker.recognize(png, {}, { text: true, blocks: true }), stopped]);
    return result.data;
  } catch (error) {
    if (error instanceof BackstopError || error instanceof Interrupted) throw error;
    await stop(handle);
    throw new BackstopError('ocr_failed', 'The text in this image could not be read.', {
      status: 422,
      cause: error,
    });
  } finally {
    clearTimeout(timer);
    jobs.delete(interrupt!);
  }
}
