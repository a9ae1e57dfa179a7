import type { LoggerMessage, Worker as TesseractWorker } from 'tesseract.js';
import type { OcrResult } from './locker/types.ts';

/**
 * Reads the words in a screenshot, on this device, with tesseract.js. The worker, the wasm core and
 * the English model are served from this site's own /ocr/ folder (copied in at build time); the
 * service worker keeps them after their first use, so OCR works offline from then on.
 */
const OCR_TIMEOUT_MS = 60_000;
const MAX_OCR_BYTES = 25 * 1024 * 1024;

/** How far OCR has got: loading its files, then reading (fraction 0 to 1 of each). */
export interface OcrProgress {
  stage: 'loading' | 'reading';
  fraction: number;
}

let workerPromise: Promise<TesseractWorker> | null = null;
let report: ((progress: OcrProgress) => void) | undefined;

function onLog(message: LoggerMessage): void {
  const stage = message.status === 'recognizing text' ? 'reading' : 'loading';
  report?.({ stage, fraction: Math.max(0, Math.min(1, Number(message.progress) || 0)) });
}

function worker(): Promise<TesseractWorker> {
  workerPromise ??= import('tesseract.js')
    .then(({ createWorker, OEM }) =>
      createWorker('eng', OEM.LSTM_ONLY, {
        workerPath: '/ocr/worker.min.js',
        corePath: '/ocr/',
        langPath: '/ocr',
        gzip: true,
        workerBlobURL: false,
        cacheMethod: 'none',
        logger: onLog,
        // A picture it cannot read rejects recognize(), which ocrScreenshot handles; without this
        // tesseract.js also throws the error again, uncaught.
        errorHandler: () => undefined,
      }),
    )
    .catch((error: unknown) => {
      workerPromise = null;
      throw error;
    });
  return workerPromise;
}

/**
 * The text in an image. `could_not_run` means OCR itself did not load or finish (offline before
 * its files were ever fetched, a timeout); the file is saved either way.
 */
export async function ocrScreenshot(
  file: File,
  onProgress?: (progress: OcrProgress) => void,
): Promise<OcrResult> {
  if (file.size > MAX_OCR_BYTES || !/^image\/(png|jpeg|webp|gif|bmp)$/.test(file.type)) {
    return { outcome: 'not_a_screenshot', text: null };
  }
  report = onProgress;
  onProgress?.({ stage: 'loading', fraction: 0 });
  let timer: number | undefined;
  const timeout = new Promise<'timeout'>((resolve) => {
    timer = window.setTimeout(() => resolve('timeout'), OCR_TIMEOUT_MS);
  });
  let loaded: TesseractWorker;
  try {
    const ready = await Promise.race([worker(), timeout]);
    if (ready === 'timeout') return { outcome: 'could_not_run', text: null };
    loaded = ready;
  } catch {
    window.clearTimeout(timer);
    return { outcome: 'could_not_run', text: null };
  }
  try {
    const result = await Promise.race([loaded.recognize(file), timeout]);
    if (result === 'timeout') return { outcome: 'could_not_run', text: null };
    const text = result.data.text.trim();
    return text ? { outcome: 'read', text } : { outcome: 'no_words', text: null };
  } catch {
    // The picture itself could not be read (damaged, or not really a picture).
    return { outcome: 'no_words', text: null };
  } finally {
    window.clearTimeout(timer);
    report = undefined;
  }
}
