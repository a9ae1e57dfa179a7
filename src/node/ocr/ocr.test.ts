import { after, test } from 'node:test';
import assert from '../../../test/assert.ts';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { Worker } from 'node:worker_threads';
import {
  extractFromImage,
  prepareForOcr,
  repairOcrText,
  sniffImage,
  terminateOcr,
  workerOptions,
} from './index.ts';
import { PLANTED_CHAT, PLANTED_INDICATORS, renderChatScreenshot } from './render-chat.ts';

after(() => terminateOcr());

const recovered = (found: { type: string; normalized: string }[]) => {
  const keys = new Set(found.map((i) => `${i.type} ${i.normalized}`));
  return PLANTED_INDICATORS.filter((p) => !keys.has(`${p.type} ${p.normalized}`)).map(
    (p) => `${p.type} ${p.normalized}`,
  );
};

test('light 1080x2340 chat screenshot: every planted indicator is read', async () => {
  const png = await renderChatScreenshot(PLANTED_CHAT, { width: 1080, height: 2340 });
  const result = await extractFromImage(png);
  assert.deepEqual(recovered(result.indicators), []);
  const word = result.words.find((w) => w.text.includes('alex_rivers22'));
  assert.ok(word, 'the handle is a word with a box');
  assert.ok(word.box.x1 > word.box.x0 && word.box.x1 <= 1080 && word.box.y1 <= 2340);
});

test('dark 720x1560 chat screenshot (from a file path): every planted indicator is read', async (t) => {
  const png = await renderChatScreenshot(PLANTED_CHAT, { width: 720, height: 1560, dark: true });
  const prepared = await prepareForOcr(png);
  assert.equal(prepared.inverted, true);
  assert.ok(prepared.width > 720, 'small screenshots are scaled up');
  const dir = t.name.replace(/\W+/g, '-');
  const { mkdtemp, writeFile, rm } = await import('node:fs/promises');
  const { tmpdir } = await import('node:os');
  const folder = await mkdtemp(join(tmpdir(), dir.slice(0, 20)));
  try {
    const file = join(folder, 'chat.png');
    await writeFile(file, png);
    const result = await extractFromImage(file);
    assert.deepEqual(recovered(result.indicators), []);
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
});

test('bad input gives clear errors', async () => {
  await assert.rejects(extractFromImage(new TextEncoder().encode('just some text, not an image')), {
    code: 'not_an_image',
  });
  const png = await sharp({ create: { width: 64, height: 64, channels: 3, background: '#fff' } })
    .png()
    .toBuffer();
  await assert.rejects(extractFromImage(png.subarray(0, 40)), { code: 'unreadable_image' });
  await assert.rejects(extractFromImage('/no/such/file.png'), { code: 'file_not_found' });
  const garbage = Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    Buffer.alloc(4096, 7),
  ]);
  assert.equal(sniffImage(garbage), 'png');
  await assert.rejects(extractFromImage(garbage), { code: 'unreadable_image' });
});

test('a time limit stops OCR; an image queued on the same worker is read on a fresh one', async () => {
  // The second image is nearly empty (one bubble): it also checks sparse screenshots read.
  const png = await renderChatScreenshot(PLANTED_CHAT.slice(0, 1), { width: 720, height: 1560 });
  const [slow, queued] = await Promise.allSettled([
    extractFromImage(png, { timeoutMs: 1 }),
    extractFromImage(png),
  ]);
  assert.equal(slow.status, 'rejected');
  assert.equal((slow as PromiseRejectedResult).reason.code, 'ocr_timeout');
  assert.equal(queued.status, 'fulfilled');
  const result = (queued as PromiseFulfilledResult<Awaited<ReturnType<typeof extractFromImage>>>).value;
  assert.ok(result.indicators.some((i) => i.normalized === 'snapchat:alex_rivers22'));
});

test('OCR is offline: local language data, no cache written, fetch refused in the worker', async () => {
  assert.ok(existsSync(join(workerOptions.langPath, 'eng.traineddata.gz')));
  assert.equal(workerOptions.cacheMethod, 'none');
  assert.equal(existsSync('eng.traineddata'), false, 'no traineddata cache in the working directory');
  // Asked for a CDN, the worker script refuses instead of downloading.
  const worker = new Worker(workerOptions.workerPath);
  try {
    const reply = new Promise<{ status: string; data: unknown }>((resolve) =>
      worker.on('message', (m: { status: string; data: unknown }) => {
        if (m.status !== 'progress') resolve(m);
      }),
    );
    worker.postMessage({
      workerId: 'offline-test',
      jobId: 'job-1',
      action: 'loadLanguage',
      payload: {
        langs: 'eng',
        options: {
          langPath: 'https://cdn.jsdelivr.net/npm/@tesseract.js-data/eng/4.0.0_best_int',
          cacheMethod: 'none',
          gzip: true,
        },
      },
    });
    const answer = await reply;
    assert.equal(answer.status, 'reject');
    assert.match(String(answer.data), /OCR runs offline; refusing to fetch https:\/\/cdn\.jsdelivr\.net/);
  } finally {
    await worker.terminate();
  }
});

test('OCR text repair joins handles split at an underscore, nothing else', () => {
  assert.equal(repairOcrText('snap: alex _rivers22 and bob_ smith'), 'snap: alex_rivers22 and bob_smith');
  assert.equal(repairOcrText('a _ b and x  _y'), 'a _ b and x  _y');
});
