import type { Worker as TesseractWorker } from 'tesseract.js';

/**
 * Reads the words in a screenshot, on this device, with tesseract.js. The worker, the wasm core and
 * the English model are served from this site's own /ocr/ folder (copied in at build time).
 */
const OCR_TIMEOUT_MS = 60_000;
const MAX_OCR_BYTES = 25 * 1024 * 1024;

let workerPromise: Promise<TesseractWorker> | null = null;

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

/** The text in an image, or null when it could not be read (the file is still saved). */
export async function ocrScreenshot(file: File): Promise<string | null> {
  if (file.size > MAX_OCR_BYTES || !/^image\/(png|jpeg|webp|gif|bmp)$/.test(file.type)) return null;
  const recognise = worker().then((w) => w.recognize(file));
  let timer: number | undefined;
  const timeout = new Promise<null>((resolve) => {
    timer = window.setTimeout(() => resolve(null), OCR_TIMEOUT_MS);
  });
  try {
    const result = await Promise.race([recognise, timeout]);
    return result ? result.data.text.trim() || null : null;
  } catch {
    return null;
  } finally {
    window.clearTimeout(timer);
  }
}
