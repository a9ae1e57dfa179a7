import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);

/** Folder holding eng.traineddata.gz: the integer LSTM model (smaller and faster than 4.0.0). */
export const langPath = join(
  dirname(require.resolve('@tesseract.js-data/eng/package.json')),
  '4.0.0_best_int',
);
/** Folder of the wasm cores; in Node the worker loads them with require(), never over the network. */
export const corePath = dirname(require.resolve('tesseract.js-core/package.json'));
/** Our worker script: tesseract.js's Node worker with fetch disabled. */
export const workerPath = fileURLToPath(new URL('./offline-worker.mjs', import.meta.url));
