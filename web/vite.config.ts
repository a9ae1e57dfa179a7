import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

const require = createRequire(import.meta.url);
const packageDir = (name: string) => dirname(require.resolve(`${name}/package.json`));

/** Files for OCR in the browser, served from our own origin under /ocr/ (never a CDN). */
const OCR_FILES: Record<string, string> = {
  'ocr/worker.min.js': join(packageDir('tesseract.js'), 'dist/worker.min.js'),
  'ocr/eng.traineddata.gz': join(packageDir('@tesseract.js-data/eng'), '4.0.0_best_int/eng.traineddata.gz'),
  ...Object.fromEntries(
    [
      'tesseract-core-lstm.wasm.js',
      'tesseract-core-simd-lstm.wasm.js',
      'tesseract-core-relaxedsimd-lstm.wasm.js',
    ].map((f) => [`ocr/${f}`, join(packageDir('tesseract.js-core'), f)]),
  ),
};

function ocrAssets(): Plugin {
  return {
    name: 'backstop-ocr-assets',
    apply: 'build',
    generateBundle() {
      for (const [fileName, from] of Object.entries(OCR_FILES)) {
        this.emitFile({ type: 'asset', fileName, source: readFileSync(from) });
      }
    },
  };
}

/**
 * Writes sw.js, the service worker that keeps the app usable offline: it precaches every file of
 * this build (the list and a version derived from their contents are baked in at build time).
 */
function serviceWorker(): Plugin {
  return {
    name: 'backstop-service-worker',
    apply: 'build',
    generateBundle(_options, bundle) {
      // OCR files are large: they are cached the first time they are used, not up front.
      const files = Object.keys(bundle).filter((f) => !f.endsWith('.map') && !f.startsWith('ocr/'));
      const version = createHash('sha256').update(files.sort().join('\n')).digest('hex').slice(0, 12);
      const precache = ['/', ...files.map((f) => `/${f}`)];
      const source = SERVICE_WORKER.replace('__VERSION__', version).replace(
        '__PRECACHE__',
        JSON.stringify(precache),
      );
      this.emitFile({ type: 'asset', fileName: 'sw.js', source });
    },
  };
}

const SERVICE_WORKER = `// Backstop Help service worker (generated at build time).
const CACHE = 'backstop-help-__VERSION__';
const PRECACHE = __PRECACHE__;
const API = ['/v1/', '/h/', '/m/', '/c/', '/docs', '/healthz', '/readyz'];

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(PRECACHE)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('backstop-help-') && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin || API.some((p) => url.pathname.startsWith(p))) return;
  if (request.mode === 'navigate') {
    // The newest app when the server answers; the cached one when it does not.
    event.respondWith(
      fetch(request).catch(() => caches.open(CACHE).then((cache) => cache.match('/'))),
    );
    return;
  }
  event.respondWith(
    caches.match(request).then(
      (hit) =>
        hit ||
        fetch(request).then((response) => {
          if (response.ok && url.pathname.startsWith('/ocr/')) {
            const copy = response.clone();
            caches.open(CACHE).then((cache) => cache.put(request, copy));
          }
          return response;
        }),
    ),
  );
});
`;

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/',
  plugins: [react(), ocrAssets(), serviceWorker()],
  publicDir: 'public',
  worker: { format: 'es' },
  build: {
    outDir: fileURLToPath(new URL('../dist/web', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 2000,
  },
  server: { fs: { allow: ['..'] } },
});
