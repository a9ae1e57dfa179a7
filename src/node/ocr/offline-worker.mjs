// The OCR worker thread: tesseract.js's own Node worker script with the network switched off, so
// a wrong path can never turn into a download from a CDN. Language data and the wasm core are read
// from node_modules (see ./paths.ts).
import { createRequire } from 'node:module';

const refuse = async (url) => {
  throw new Error(`OCR runs offline; refusing to fetch ${String(url)}`);
};
globalThis.fetch = refuse;

const require = createRequire(import.meta.url);
require('tesseract.js/src/worker-script/node/index.js');
