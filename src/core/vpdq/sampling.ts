import { BackstopError } from '../errors.ts';

/**
 * The stream's frame rate as the reference keeps it: `avg_frame_rate` (or `r_frame_rate` when that
 * is 0/0), as a 32-bit float. Accepts "30000/1001", "25" or a number.
 */
export function vpdqFrameRate(rate: string | number): number {
  let value: number;
  if (typeof rate === 'number') value = rate;
  else {
    const match = /^\s*(\d+)(?:\s*\/\s*(\d+))?\s*$/.exec(rate);
    if (!match) throw new BackstopError('invalid_frame_rate', `Not a frame rate: "${rate.slice(0, 40)}".`);
    const denominator = match[2] === undefined ? 1 : Number(match[2]);
    value = denominator === 0 ? NaN : Number(match[1]) / denominator;
  }
  if (!Number.isFinite(value) || value <= 0) {
    throw new BackstopError('invalid_frame_rate', 'The video has no usable frame rate.');
  }
  return Math.fround(value);
}

/**
 * Every how many decoded frames one is hashed: trunc(secondsPerHash * frameRate), at least 1
 * (30000/1001 fps at one hash per second gives 29, not 30). `secondsPerHash` 0 hashes every frame.
 */
export function vpdqFrameStep(secondsPerHash: number, frameRate: number): number {
  if (!Number.isFinite(secondsPerHash) || secondsPerHash < 0) {
    throw new BackstopError('invalid_option', 'Seconds per hash must be 0 or more.');
  }
  const step = Math.trunc(secondsPerHash * frameRate);
  return step < 1 ? 1 : step;
}

/** frameNumber / frameRate, both as 32-bit floats, as the reference computes a feature's time. */
export function vpdqTimestamp(frameNumber: number, frameRate: number): number {
  return Math.fround(Math.fround(frameNumber) / Math.fround(frameRate));
}
