/// <reference lib="webworker" />
import { createMD5 } from 'hash-wasm';
import { PDQ_DOWNSAMPLE_DIM, pdqFromPixels } from '../../../src/core/pdq/index.ts';
import type { HashReply, HashRequest, HashResult } from './types.ts';
import { classify, fileProblem, MAX_DECODE_PIXELS, MAX_PICTURE_PIXELS } from './limits.ts';
import { withoutOrientation } from './orientation.ts';
import { VideoProblem, vpdqOfVideo } from './video.ts';

/**
 * Runs in a Web Worker: fingerprints files without blocking the page. The file is read here, on
 * this device; the only things posted back are the fingerprints.
 */
const scope = self as unknown as DedicatedWorkerGlobalScope;
const CHUNK = 4 * 1024 * 1024;

function post(reply: HashReply) {
  scope.postMessage(reply);
}

/** The last progress posted: the page shows whole percents, and each message re-renders the list. */
let shown = { id: '', percent: -1, at: 0 };

/** Posts progress when the whole percent has moved on and at most every 100 ms. */
function progress(id: string, fraction: number) {
  const percent = Math.floor(fraction * 100);
  const now = performance.now();
  if (id === shown.id && (percent <= shown.percent || now - shown.at < 100)) return;
  shown = { id, percent, at: now };
  post({ type: 'progress', id, fraction });
}

async function md5Of(file: File, id: string, share = 1): Promise<string> {
  const md5 = await createMD5();
  md5.init();
  let done = 0;
  for (let offset = 0; offset < file.size; offset += CHUNK) {
    const chunk = new Uint8Array(await file.slice(offset, offset + CHUNK).arrayBuffer());
    md5.update(chunk);
    done += chunk.byteLength;
    progress(id, share * (file.size ? done / file.size : 1));
  }
  return md5.digest('hex');
}

/**
 * Decode options that keep the file's own pixel values, as the PDQ reference reads them: no colour
 * management (embedded ICC profiles, PNG gAMA/cHRM/sRGB chunks) and no premultiplied alpha. The
 * EXIF orientation is neutralised in the bytes first (`withoutOrientation`), because Chromium rotates
 * by it whatever `imageOrientation` says.
 */
const AS_STORED: ImageBitmapOptions = {
  imageOrientation: 'from-image',
  colorSpaceConversion: 'none',
  premultiplyAlpha: 'none',
};

type Pdq = { pdq?: string; quality?: number; variants?: string[]; note?: string };

const NOTE_UNREADABLE =
  'This browser could not open this picture (it may be a HEIC photo, a TIFF or damaged), so only the exact-file fingerprint was made. Saving it as a JPEG first gives a picture fingerprint too.';
const NOTE_TOO_LARGE = `This picture is too large to read exactly on this device (over ${MAX_PICTURE_PIXELS / 1_000_000} megapixels), so only the exact-file fingerprint was made. A smaller copy would get a different picture fingerprint from the one apps make of this file.`;
const NOTE_SEE_THROUGH =
  'This picture has see-through parts that this browser cannot read exactly, so only the exact-file fingerprint was made (a picture fingerprint made here would not be the one apps make of this file).';

/** RGBA of the whole picture, through a 2D canvas (exact where every pixel is opaque). */
function readWithCanvas(bitmap: ImageBitmap): Uint8ClampedArray | null {
  const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
  const context = canvas.getContext('2d', { willReadFrequently: true });
  if (!context) return null;
  context.drawImage(bitmap, 0, 0);
  return context.getImageData(0, 0, bitmap.width, bitmap.height).data;
}

/**
 * RGBA of the whole picture through WebGL, which keeps the colour of see-through pixels (a 2D canvas
 * stores colours multiplied by alpha, so it loses them). Null where WebGL is unavailable.
 */
function readWithWebgl(bitmap: ImageBitmap): Uint8Array | null {
  const { width, height } = bitmap;
  const canvas = new OffscreenCanvas(width, height);
  const gl = (canvas.getContext('webgl2') ?? canvas.getContext('webgl')) as WebGLRenderingContext | null;
  if (!gl) return null;
  try {
    const texture = gl.createTexture();
    gl.bindTexture(gl.TEXTURE_2D, texture);
    gl.pixelStorei(gl.UNPACK_PREMULTIPLY_ALPHA_WEBGL, false);
    gl.pixelStorei(gl.UNPACK_COLORSPACE_CONVERSION_WEBGL, gl.NONE);
    gl.texImage2D(gl.TEXTURE_2D, 0, gl.RGBA, gl.RGBA, gl.UNSIGNED_BYTE, bitmap);
    const framebuffer = gl.createFramebuffer();
    gl.bindFramebuffer(gl.FRAMEBUFFER, framebuffer);
    gl.framebufferTexture2D(gl.FRAMEBUFFER, gl.COLOR_ATTACHMENT0, gl.TEXTURE_2D, texture, 0);
    if (gl.checkFramebufferStatus(gl.FRAMEBUFFER) !== gl.FRAMEBUFFER_COMPLETE) return null;
    const pixels = new Uint8Array(width * height * 4);
    // Row 0 of the framebuffer is the texture's first row, the picture's top row.
    gl.readPixels(0, 0, width, height, gl.RGBA, gl.UNSIGNED_BYTE, pixels);
    if (gl.getError() !== gl.NO_ERROR) return null;
    gl.deleteFramebuffer(framebuffer);
    gl.deleteTexture(texture);
    return pixels;
  } finally {
    gl.getExtension('WEBGL_lose_context')?.loseContext();
  }
}

/**
 * For pictures too large to copy whole: the 512x512 pixels the reference's nearest-neighbour resize
 * keeps (source column floor(x * width / 512), row floor(y * height / 512)), read one source row at
 * a time. pdqFromPixels on them gives the same hash as on the whole picture.
 */
function sampleForPdq(bitmap: ImageBitmap): Uint8ClampedArray | null {
  const { width, height } = bitmap;
  const row = new OffscreenCanvas(width, 1);
  const context = row.getContext('2d', { willReadFrequently: true });
  if (!context) return null;
  const n = PDQ_DOWNSAMPLE_DIM;
  const out = new Uint8ClampedArray(n * n * 4);
  for (let y = 0; y < n; y++) {
    context.clearRect(0, 0, width, 1);
    context.drawImage(bitmap, 0, Math.floor((y * height) / n), width, 1, 0, 0, width, 1);
    const line = context.getImageData(0, 0, width, 1).data;
    for (let x = 0; x < n; x++) {
      const from = Math.floor((x * width) / n) * 4;
      out.set(line.subarray(from, from + 4), (y * n + x) * 4);
    }
  }
  return out;
}

function allOpaque(pixels: Uint8Array | Uint8ClampedArray): boolean {
  for (let i = 3; i < pixels.length; i += 4) if (pixels[i] !== 255) return false;
  return true;
}

async function pdqOf(file: File, dihedral: boolean): Promise<Pdq> {
  let bitmap: ImageBitmap;
  try {
    const bytes = withoutOrientation(new Uint8Array(await file.arrayBuffer()));
    bitmap = await createImageBitmap(new Blob([bytes as Uint8Array<ArrayBuffer>]), AS_STORED);
  } catch {
    return { note: NOTE_UNREADABLE };
  }
  try {
    let { width, height } = bitmap;
    if (width * height > MAX_PICTURE_PIXELS) return { note: NOTE_TOO_LARGE };
    let pixels: Uint8Array | Uint8ClampedArray | null;
    if (width * height > MAX_DECODE_PIXELS) {
      // Too large to copy whole on a phone: read only the pixels the hash uses (same hash).
      pixels = sampleForPdq(bitmap);
      width = height = PDQ_DOWNSAMPLE_DIM;
      if (pixels && !allOpaque(pixels)) return { note: NOTE_SEE_THROUGH };
    } else {
      pixels = readWithCanvas(bitmap);
      if (pixels && !allOpaque(pixels)) {
        pixels = readWithWebgl(bitmap);
        if (!pixels) return { note: NOTE_SEE_THROUGH };
      }
    }
    if (!pixels)
      return {
        note: 'This browser could not read the picture, so only the exact-file fingerprint was made.',
      };
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

const NOTE_VIDEO = ' So only the exact-file fingerprint (MD5) was made. Nothing was sent.';

async function vpdqOf(file: File, id: string): Promise<Partial<HashResult>> {
  try {
    const video = await vpdqOfVideo(file, (fraction) => progress(id, 0.1 + 0.9 * fraction));
    return { vpdq: video.vpdq, frames: video.frames, seconds: video.seconds, undecoded: video.undecoded };
  } catch (error) {
    const reason =
      error instanceof VideoProblem
        ? error.message
        : 'This browser could not read this video. It may be damaged or cut off.';
    const plan = error instanceof VideoProblem ? error.plan : undefined;
    return { note: reason + NOTE_VIDEO, ...(plan ? { videoElement: plan } : {}) };
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
    // For a video, reading it for the MD5 is the first tenth of the work; decoding is the rest.
    const md5 = await md5Of(file, id, kind === 'video' ? 0.1 : 1);
    const result: HashResult = { id, kind, md5 };
    if (kind === 'photo') Object.assign(result, await pdqOf(file, dihedral));
    if (kind === 'video') Object.assign(result, await vpdqOf(file, id));
    post({ type: 'done', result });
  } catch {
    post({
      type: 'error',
      id,
      message: `We could not read “${file.name}”. It may have been moved or changed. Nothing was sent.`,
    });
  }
};
