import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
import sharp from 'sharp';
import { BackstopError } from '../../core/errors.ts';
import type { Indicator } from '../../core/indicators/index.ts';
import { DEFAULT_MAX_PIXELS, type ImageHashes } from '../../node/image/index.ts';
import { Admission } from './admission.ts';
import type { HeavyResult, HeavyTask, ScanResult } from './tasks.ts';
import type { ContentHashes } from '../../node/content/index.ts';

export interface HeavyWorkOptions {
  /** Worker threads (0: the number of cores, 1 to 4). */
  threads?: number;
  /** Jobs that may wait; beyond, 503 + Retry-After at once. */
  maxQueue: number;
  /** Decoded pixels (width x height, from the image header) allowed at once across jobs. */
  pixelBudget: number;
}

/**
 * Runs the server's CPU- and memory-heavy work off the event loop, so `/healthz` and lookups from
 * memory keep answering: image decoding + hashing and text extraction in a small pool of worker
 * threads (piscina), OCR on tesseract.js's own worker thread. Every job passes one `Admission`
 * (bounded queue, decoded-pixel budget from the header read before decoding).
 */
export class HeavyWork {
  readonly threads: number;
  private readonly admission: Admission;
  private pool: Piscina | undefined;

  constructor(options: HeavyWorkOptions) {
    this.threads = options.threads || Math.max(1, Math.min(4, availableParallelism()));
    this.admission = new Admission({ pool: this.threads, ocr: 1 }, options.pixelBudget, options.maxQueue);
  }

  /** PDQ + quality, MD5 and SHA-256 of an uploaded image, decoded in a worker thread. */
  async hashImage(bytes: Uint8Array): Promise<ImageHashes> {
    if (!bytes.length) throw new BackstopError('empty_upload', 'The upload is empty: send an image file.');
    const pixels = await headerPixels(bytes, DEFAULT_MAX_PIXELS);
    return (await this.admission.run('pool', pixels, () =>
      this.runTask({ kind: 'hash-image', bytes }),
    )) as ImageHashes;
  }

  /** vPDQ (as the reference's text), MD5 and SHA-256 of an uploaded video: ffmpeg, driven from a worker thread. */
  async hashVideo(bytes: Uint8Array): Promise<ContentHashes> {
    if (!bytes.length) throw new BackstopError('empty_upload', 'The upload is empty: send a video file.');
    return (await this.admission.run('pool', 0, () =>
      this.runTask({ kind: 'hash-video', bytes }),
    )) as ContentHashes;
  }

  /** Indicators in a text, found in a worker thread (a long text takes seconds). */
  async extractText(text: string, region?: string): Promise<Indicator[]> {
    return (await this.admission.run('pool', 0, () =>
      this.runTask({ kind: 'extract-text', text, region }),
    )) as Indicator[];
  }

  /** The conversation risk engine over messages or a text export (seconds for a 2 MB export). */
  async scan(input: Omit<Extract<HeavyTask, { kind: 'scan' }>, 'kind'>): Promise<ScanResult> {
    return (await this.admission.run('pool', 0, () =>
      this.runTask({ kind: 'scan', ...input }),
    )) as ScanResult;
  }

  /** Runs `job` (OCR of `bytes`, on tesseract's worker thread) through the same admission. */
  async ocr<T>(bytes: Uint8Array, job: () => Promise<T>): Promise<T> {
    return this.admission.run('ocr', await headerPixels(bytes, Infinity), job);
  }

  stats() {
    return { threads: this.threads, ...this.admission.stats() };
  }

  async close(): Promise<void> {
    const pool = this.pool;
    this.pool = undefined;
    await pool?.destroy();
  }

  private async runTask(task: HeavyTask): Promise<ImageHashes | ContentHashes | Indicator[] | ScanResult> {
    this.pool ??= new Piscina({
      filename: new URL('./worker.mjs', import.meta.url).href,
      minThreads: 0,
      maxThreads: this.threads,
      idleTimeout: 30_000,
    });
    const result = (await this.pool.run(task)) as HeavyResult;
    if (!result.ok) {
      throw new BackstopError(result.error.code, result.error.message, { status: result.error.status });
    }
    return result.value;
  }
}

/**
 * width x height from the image header (no decoding; sharp reads it on libuv's pool). Unreadable
 * headers and images over `maxPixels` weigh nothing: the decoder refuses them before decoding.
 */
async function headerPixels(bytes: Uint8Array, maxPixels: number): Promise<number> {
  try {
    const { width = 0, height = 0 } = await sharp(bytes, { limitInputPixels: false }).metadata();
    const pixels = width * height;
    return pixels > maxPixels ? 0 : pixels;
  } catch {
    return 0;
  }
}
