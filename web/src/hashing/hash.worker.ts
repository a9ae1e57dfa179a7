/// <reference lib="webworker" />
import { createMD5 } from 'hash-wasm';
import { pdqFromPixels } from '../../../src/core/pdq/index.ts';
import type { HashReply, HashRequest, HashResult } from './types.ts';
import { classify, fileProblem, MAX_DECODE_PIXELS } from './limits.ts';

/**
 * Runs in a Web Worker: fingerprints files without blocking the page. The file is read here, on
 * this device; the only things posted back are the fingerprints.
 */
const scope = self as unknown as DedicatedWorkerGlobalScope;
const CHUNK = 4 * 1024 * 1024;

function post(reply: HashReply) {
  scope.postMessage(reply);
}

async function md5Of(file: File, id: string): Promise<string> {
  const md5 = await createMD5();
  md5.init();
  let done = 0;
  for (let offset = 0; offset < file.size; offset += CHUNK) {
    const chunk = new Uint8Array(await file.slice(offset, offset + CHUNK).arrayBuffer());
    md5.update(chunk);
    done += chunk.byteLength;
    post({ type: 'progress', id, fraction: file.size ? done / file.size : 1 });
  }
  return md5.digest('hex');
}

async function pdqOf(
  file: File,
  dihedral: boolean,
): Promise<{ pdq?: string; quality?: number; variants?: string[]; note?: string }> {
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(file);
  } catch {
    return {
      note: 'This browser could not open this picture (it may be a HEIC photo or damaged), so only the exact-file fingerprint was made. Saving it as a JPEG first gives a picture fingerprint too.',
    };
  }
  try {
    let { width, height } = bitmap;
    let source: ImageBitmap = bitmap;
    if (width * height > MAX_DECODE_PIXELS) {
      // Very large pictures are read from a smaller copy, to stay inside a phone's memory.
      const scale = Math.sqrt(MAX_DECODE_PIXELS / (width * height));
      width = Math.max(1, Math.floor(width * scale));
      height = Math.max(1, Math.floor(height * scale));
      source = await createImageBitmap(bitmap, {
        resizeWidth: width,
        resizeHeight: height,
        resizeQuality: 'high',
      });
    }
    const canvas = new OffscreenCanvas(width, height);
    const context = canvas.getContext('2d', { willReadFrequently: true });
    if (!context)
      return {
        note: 'This browser could not read the picture, so only the exact-file fingerprint was made.',
      };
    context.drawImage(source, 0, 0);
    const pixels = context.getImageData(0, 0, width, height).data;
    if (source !== bitmap) source.close();
    const result = pdqFromPixels(pixels, width, height, 4, { dihedral });
    if (!result.dihedral) return { pdq: result.hash, quality: result.quality };
    // The reference skips its blur for a 64x64 picture, but only without dihedral hashes: keep the
    // main hash equal to the one every other page and the server make.
    const pdq = width === 64 && height === 64 ? pdqFromPixels(pixels, width, height, 4).hash : result.hash;
    return { pdq, quality: result.quality, variants: Object.values(result.dihedral) };
  } finally {
    bitmap.close();
  }
}

scope.onmessage = async (event: MessageEvent<HashRequest>) => {
  const { id, file, dihedral = false } = event.data;
  try {
    const problem = fileProblem(file);
    const kind = classify(file);
    if (problem || !kind) {
      post({ type: 'error', id, message: problem ?? '' });
      return;
    }
    const md5 = await md5Of(file, id);
    const result: HashResult = { id, kind, md5 };
    if (kind === 'photo') Object.assign(result, await pdqOf(file, dihedral));
    post({ type: 'done', result });
  } catch {
    post({
      type: 'error',
      id,
      message: `We could not read “${file.name}”. It may have been moved or changed. Nothing was sent.`,
    });
  }
};
