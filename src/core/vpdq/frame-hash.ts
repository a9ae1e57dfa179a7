import { BackstopError } from '../errors.ts';
import type { FrameDownsampler } from '../pdq/frame-downsample.ts';
import { createSimdFrameDownsampler } from '../pdq/frame-downsample-simd.ts';
import { checkPixels, fullSizeLumaFromPixels, type PixelChannels } from '../pdq/luma.ts';
import { pdqFromDownsampled, pdqFromLuma, PDQ_MIN_DIM, type PdqResult } from '../pdq/pdq.ts';
import type { VpdqFeature, VpdqHash } from './feature.ts';
import { vpdqFrameRate, vpdqFrameStep, vpdqTimestamp } from './sampling.ts';

export interface VpdqHasherOptions {
  width: number;
  height: number;
  /** `avg_frame_rate` of the stream ("30000/1001") or a number of frames per second. */
  frameRate: string | number;
  /** 1 (the default): one hash per second; 0: every frame. */
  secondsPerHash?: number;
}

export interface VpdqHasher {
  /** Hash every `step`-th decoded frame (frame numbers 0, step, 2 step...). */
  readonly step: number;
  /** The frame rate as the reference keeps it (float32). */
  readonly frameRate: number;
  /** Whether decoded frame `frameNumber` is one the reference hashes. */
  wants(frameNumber: number): boolean;
  /**
   * Hashes one decoded frame (RGB or RGBA bytes at the video's size; RGBA from a canvas is fine, alpha
   * is ignored). Frames it does not want are skipped. Returns the feature, or undefined when skipped.
   */
  push(
    pixels: Uint8Array | Uint8ClampedArray,
    frameNumber: number,
    channels?: PixelChannels,
  ): VpdqFeature | undefined;
  /**
   * Where the next frame (`channels` bytes a pixel, 3 by default) can be written before it is pushed,
   * saving a copy; undefined when there is no such place. Valid until the next push or frameBuffer.
   */
  frameBuffer(channels?: PixelChannels): Uint8Array | undefined;
  /** The features so far, sorted by frame number. */
  finish(): VpdqHash;
}

/**
 * PDQ of one whole video frame, at its own size: no 512x512 pre-resize (the still-image tool's step
 * that vPDQ does not take). Frames under 5 pixels on a side fail, as they fail the reference's video.
 */
export function pdqFromVideoFrame(
  pixels: Uint8Array | Uint8ClampedArray,
  width: number,
  height: number,
  channels: PixelChannels = 3,
  downsampler?: FrameDownsampler,
): PdqResult {
  if (width < PDQ_MIN_DIM || height < PDQ_MIN_DIM) {
    throw new BackstopError(
      'video_too_small',
      `The video is ${width}x${height} pixels; vPDQ needs at least ${PDQ_MIN_DIM} on each side.`,
    );
  }
  // The reference skips the filter for a 64x64 image; pdqFromLuma does the same.
  if (width === 64 && height === 64) {
    return pdqFromLuma(fullSizeLumaFromPixels(pixels, width, height, channels).luma, width, height);
  }
  checkPixels(pixels, width, height, channels);
  (downsampler ?? createSimdFrameDownsampler(width, height)).downsample(pixels, channels, image64);
  return pdqFromDownsampled(image64);
}

const image64 = new Float32Array(64 * 64);

/** A vPDQ hasher for one video: feed it decoded frames in order, get the reference's features. */
export function createVpdqHasher(options: VpdqHasherOptions): VpdqHasher {
  const { width, height } = options;
  if (!Number.isInteger(width) || !Number.isInteger(height) || width <= 0 || height <= 0) {
    throw new BackstopError(
      'invalid_pixels',
      `Video size must be positive whole numbers (got ${width}x${height}).`,
    );
  }
  if (width < PDQ_MIN_DIM || height < PDQ_MIN_DIM) {
    throw new BackstopError(
      'video_too_small',
      `The video is ${width}x${height} pixels; vPDQ needs at least ${PDQ_MIN_DIM} on each side.`,
    );
  }
  const frameRate = vpdqFrameRate(options.frameRate);
  const step = vpdqFrameStep(options.secondsPerHash ?? 1, frameRate);
  const downsampler = createSimdFrameDownsampler(width, height);
  const features: VpdqFeature[] = [];
  let sorted = true;
  return {
    step,
    frameRate,
    wants: (frameNumber) => frameNumber % step === 0,
    frameBuffer: (channels = 3) => downsampler.frameBuffer?.(channels),
    push(pixels, frameNumber, channels = 3) {
      if (!Number.isInteger(frameNumber) || frameNumber < 0) {
        throw new BackstopError(
          'invalid_frame',
          `Frame numbers are whole numbers from 0 (got ${frameNumber}).`,
        );
      }
      if (frameNumber % step !== 0) return undefined;
      const { hash, quality } = pdqFromVideoFrame(pixels, width, height, channels, downsampler);
      const feature = { frameNumber, quality, pdq: hash, timestamp: vpdqTimestamp(frameNumber, frameRate) };
      if (features.length > 0 && features[features.length - 1].frameNumber >= frameNumber) sorted = false;
      features.push(feature);
      return feature;
    },
    finish() {
      if (!sorted) features.sort((a, b) => a.frameNumber - b.frameNumber);
      sorted = true;
      return features.slice();
    },
  };
}
