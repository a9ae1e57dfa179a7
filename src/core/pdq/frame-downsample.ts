// PDQ's 64x64 image of a full-size frame (what vPDQ hashes), computed in one sweep over the pixels.
//
// The reference converts the whole frame to float luma, runs the Jarosz filter twice (box filters
// along rows then columns, each over the whole frame) and then keeps only the 64x64 pixels nearest
// the output centres. This gives the same floats, operation for operation, with far less work and
// memory traffic:
// - luma and the first row pass are done a row at a time, into a ring of the last `window + 1` rows
//   the first column pass still needs, so the frame-sized float buffers are never written;
// - the second row pass keeps its running sums over the whole row (the sums' float32 rounding
//   depends on every earlier add) but stores only the 64 columns the decimation keeps;
// - the second column pass runs on those 64 columns only;
// - where the window is full, sum / size is computed as sum * (1 / size): for a float32 sum and a
//   whole size the exact quotient is never a float32 tie (its bits would not fit), and the double
//   product is within 2^-52 of it, far nearer than any other rounding boundary, so both round to the
//   same float32 (the test checks it against the plain division);
// - the row passes work on four rows at once: each row's running sum is a chain of float32 adds
//   that cannot start before the previous one ends, and four independent chains keep the CPU busy.
import { lumaRow, type PixelChannels } from './luma.ts';
import { jaroszWindowSize, phaseCounts } from './jarosz.ts';

const OUT = 64;

/** The decimation's source index for each of the 64 outputs (the reference's decimateFloat). */
function decimationIndexes(inSize: number): Int32Array {
  const indexes = new Int32Array(OUT + 1).fill(-1); // -1: a sentinel after the last
  for (let i = 0; i < OUT; i++) indexes[i] = Math.trunc(((i + 0.5) * inSize) / OUT);
  return indexes;
}

/**
 * Writes the float luma of frame row `row` (`width` values, the reference's fillFloatLumaFromRGB of
 * that row) into `out` from index `at`. Rows are asked for once each, top to bottom.
 */
export type LumaRows = (row: number, out: Float32Array, at: number) => void;

/** Reusable state for frames of one size. */
export interface FrameDownsampler {
  /** Fills `out` (64x64 floats, row-major) from 8-bit pixels of the frame size given at creation. */
  downsample(pixels: Uint8Array | Uint8ClampedArray, channels: PixelChannels, out: Float32Array): void;
  /**
   * Where the next frame of `channels` bytes a pixel may be written before `downsample` is given it,
   * saving a copy (WebAssembly memory); undefined when there is no such place. Valid until the next
   * call to either method.
   */
  frameBuffer?(channels: PixelChannels): Uint8Array | undefined;
  /** The same from a frame given row by row as luma (made straight from YUV: web/src/hashing/yuv.ts). */
  downsampleRows(lumaOfRow: LumaRows, out: Float32Array): void;
}

/** Rows the row passes take at once. */
const GROUP = 4;

/** A downsampler for frames of `width` x `height` (both at least 1; PDQ needs at least 5). */
export function createFrameDownsampler(width: number, height: number): FrameDownsampler {
  const windowAlongRows = jaroszWindowSize(width, OUT);
  const windowAlongCols = jaroszWindowSize(height, OUT);
  // Rows the first column pass still subtracts, plus a group being made.
  const ringRows = windowAlongCols + GROUP;
  const lumaRows = new Float32Array(GROUP * width);
  const ring = new Float32Array(ringRows * width);
  const columnSums = new Float32Array(width);
  const columnPassRows = new Float32Array(GROUP * width);
  const keptColumns = decimationIndexes(width);
  const keptRows = decimationIndexes(height);
  // Second row pass's output at the kept columns, every row: height x 64.
  const narrow = new Float32Array(height * OUT);
  const narrowSums = new Float32Array(OUT);
  const [r1, r2, r3, r4] = phaseCounts(width, windowAlongRows);
  const [c1, c2, c3, c4] = phaseCounts(height, windowAlongCols);
  const inputs = new Int32Array(GROUP);
  const outputs = new Int32Array(GROUP);

  /**
   * First row pass (the reference's box1DFloat) on GROUP rows of `input` starting at `inputs[g]`,
   * into `out` at `outputs[g]`. Fewer rows repeat the last one (same input, same output).
   */
  function boxRows(input: Float32Array, out: Float32Array): void {
    const i0 = inputs[0];
    const i1 = inputs[1];
    const i2 = inputs[2];
    const i3 = inputs[3];
    let o0 = outputs[0];
    let o1 = outputs[1];
    let o2 = outputs[2];
    let o3 = outputs[3];
    let s0 = 0;
    let s1 = 0;
    let s2 = 0;
    let s3 = 0;
    let size = 0;
    let li = 0;
    let ri = 0;
    for (let i = 0; i < r1; i++, ri++) {
      s0 = Math.fround(s0 + input[i0 + ri]);
      s1 = Math.fround(s1 + input[i1 + ri]);
      s2 = Math.fround(s2 + input[i2 + ri]);
      s3 = Math.fround(s3 + input[i3 + ri]);
      size++;
    }
    for (let i = 0; i < r2; i++, ri++) {
      s0 = Math.fround(s0 + input[i0 + ri]);
      s1 = Math.fround(s1 + input[i1 + ri]);
      s2 = Math.fround(s2 + input[i2 + ri]);
      s3 = Math.fround(s3 + input[i3 + ri]);
      size++;
      out[o0++] = s0 / size;
      out[o1++] = s1 / size;
      out[o2++] = s2 / size;
      out[o3++] = s3 / size;
    }
    const inverse = 1 / size;
    for (let i = 0; i < r3; i++, ri++, li++) {
      s0 = Math.fround(Math.fround(s0 + input[i0 + ri]) - input[i0 + li]);
      s1 = Math.fround(Math.fround(s1 + input[i1 + ri]) - input[i1 + li]);
      s2 = Math.fround(Math.fround(s2 + input[i2 + ri]) - input[i2 + li]);
      s3 = Math.fround(Math.fround(s3 + input[i3 + ri]) - input[i3 + li]);
      out[o0++] = s0 * inverse;
      out[o1++] = s1 * inverse;
      out[o2++] = s2 * inverse;
      out[o3++] = s3 * inverse;
    }
    for (let i = 0; i < r4; i++, li++) {
      s0 = Math.fround(s0 - input[i0 + li]);
      s1 = Math.fround(s1 - input[i1 + li]);
      s2 = Math.fround(s2 - input[i2 + li]);
      s3 = Math.fround(s3 - input[i3 + li]);
      size--;
      out[o0++] = s0 / size;
      out[o1++] = s1 / size;
      out[o2++] = s2 / size;
      out[o3++] = s3 / size;
    }
  }

  /**
   * Second row pass on GROUP rows of `input` (at `inputs[g]`), keeping only the decimated columns,
   * into `narrow` at `outputs[g]`.
   */
  function boxRowsKept(input: Float32Array): void {
    const i0 = inputs[0];
    const i1 = inputs[1];
    const i2 = inputs[2];
    const i3 = inputs[3];
    const o0 = outputs[0];
    const o1 = outputs[1];
    const o2 = outputs[2];
    const o3 = outputs[3];
    let k = 0;
    let next = keptColumns[0];
    let s0 = 0;
    let s1 = 0;
    let s2 = 0;
    let s3 = 0;
    let size = 0;
    let li = 0;
    let ri = 0;
    let oi = 0;
    // (Kept columns are written inline, not through a closure: captured sums would live in memory.)
    for (let i = 0; i < r1; i++, ri++) {
      s0 = Math.fround(s0 + input[i0 + ri]);
      s1 = Math.fround(s1 + input[i1 + ri]);
      s2 = Math.fround(s2 + input[i2 + ri]);
      s3 = Math.fround(s3 + input[i3 + ri]);
      size++;
    }
    for (let i = 0; i < r2; i++, ri++, oi++) {
      s0 = Math.fround(s0 + input[i0 + ri]);
      s1 = Math.fround(s1 + input[i1 + ri]);
      s2 = Math.fround(s2 + input[i2 + ri]);
      s3 = Math.fround(s3 + input[i3 + ri]);
      size++;
      while (oi === next) {
        narrow[o0 + k] = s0 / size;
        narrow[o1 + k] = s1 / size;
        narrow[o2 + k] = s2 / size;
        narrow[o3 + k] = s3 / size;
        next = keptColumns[++k];
      }
    }
    // After the last kept column nothing more is needed.
    const last = keptColumns[OUT - 1];
    for (let i = 0; i < r3 && oi <= last; i++, ri++, li++, oi++) {
      s0 = Math.fround(Math.fround(s0 + input[i0 + ri]) - input[i0 + li]);
      s1 = Math.fround(Math.fround(s1 + input[i1 + ri]) - input[i1 + li]);
      s2 = Math.fround(Math.fround(s2 + input[i2 + ri]) - input[i2 + li]);
      s3 = Math.fround(Math.fround(s3 + input[i3 + ri]) - input[i3 + li]);
      while (oi === next) {
        narrow[o0 + k] = s0 / size;
        narrow[o1 + k] = s1 / size;
        narrow[o2 + k] = s2 / size;
        narrow[o3 + k] = s3 / size;
        next = keptColumns[++k];
      }
    }
    for (let i = 0; i < r4 && oi <= last; i++, li++, oi++) {
      s0 = Math.fround(s0 - input[i0 + li]);
      s1 = Math.fround(s1 - input[i1 + li]);
      s2 = Math.fround(s2 - input[i2 + li]);
      s3 = Math.fround(s3 - input[i3 + li]);
      size--;
      while (oi === next) {
        narrow[o0 + k] = s0 / size;
        narrow[o1 + k] = s1 / size;
        narrow[o2 + k] = s2 / size;
        narrow[o3 + k] = s3 / size;
        next = keptColumns[++k];
      }
    }
  }

  /** Sets inputs/outputs for `count` rows (1..GROUP), repeating the last to fill the group. */
  function group(count: number, input: (g: number) => number, output: (g: number) => number): void {
    for (let g = 0; g < GROUP; g++) {
      const h = Math.min(g, count - 1);
      inputs[g] = input(h);
      outputs[g] = output(h);
    }
  }

  const downsampler: FrameDownsampler = {
    downsample(pixels, channels, out) {
      sweep(pixels, channels, null, out);
    },
    downsampleRows(lumaOfRow, out) {
      sweep(null, 3, lumaOfRow, out);
    },
  };
  return downsampler;

  /** The sweep, from `pixels` or else from `lumaOfRow` (pixels read here directly: a call less a row). */
  function sweep(
    pixels: Uint8Array | Uint8ClampedArray | null,
    channels: PixelChannels,
    lumaOfRow: LumaRows | null,
    out: Float32Array,
  ): void {
    let produced = 0;
    const slot = (row: number) => (row % ringRows) * width;
    /** Makes sure frame row `row` has had luma and the first row pass, in its ring slot. */
    const need = (row: number): number => {
      if (row >= produced) {
        const count = Math.min(GROUP, height - produced);
        for (let g = 0; g < count; g++) {
          if (pixels)
            lumaRow(pixels, (produced + g) * width * channels, width, channels, lumaRows, g * width);
          else lumaOfRow!(produced + g, lumaRows, g * width);
        }
        const first = produced;
        group(
          count,
          (g) => g * width,
          (g) => slot(first + g),
        );
        boxRows(lumaRows, ring);
        produced += count;
      }
      return slot(row);
    };
    // Rows of the first column pass waiting for the second row pass, from row `pendingFrom`.
    let pending = 0;
    let pendingFrom = 0;
    const flush = (): void => {
      if (pending === 0) return;
      const from = pendingFrom;
      group(
        pending,
        (g) => g * width,
        (g) => (from + g) * OUT,
      );
      boxRowsKept(columnPassRows);
      pendingFrom += pending;
      pending = 0;
    };
    /** The first column pass's output row, just written at `pending`, goes on (in groups). */
    const emitted = (): void => {
      if (++pending === GROUP) flush();
    };
    // First column pass, all columns moving together row by row.
    const sums = columnSums;
    const rows = columnPassRows;
    sums.fill(0);
    let size = 0;
    let li = 0;
    let ri = 0;
    for (let i = 0; i < c1; i++, ri++) {
      const r = need(ri);
      for (let j = 0; j < width; j++) sums[j] += ring[r + j];
      size++;
    }
    for (let i = 0; i < c2; i++, ri++) {
      const r = need(ri);
      const o = pending * width;
      size++;
      for (let j = 0; j < width; j++) {
        const sum = Math.fround(sums[j] + ring[r + j]);
        sums[j] = sum;
        rows[o + j] = sum / size;
      }
      emitted();
    }
    const inverse = 1 / size;
    for (let i = 0; i < c3; i++, ri++, li++) {
      const r = need(ri);
      const l = slot(li);
      const o = pending * width;
      for (let j = 0; j < width; j++) {
        const sum = Math.fround(Math.fround(sums[j] + ring[r + j]) - ring[l + j]);
        sums[j] = sum;
        rows[o + j] = sum * inverse;
      }
      emitted();
    }
    for (let i = 0; i < c4; i++, li++) {
      const l = slot(li);
      const o = pending * width;
      size--;
      for (let j = 0; j < width; j++) {
        const sum = Math.fround(sums[j] - ring[l + j]);
        sums[j] = sum;
        rows[o + j] = sum / size;
      }
      emitted();
    }
    flush();
    // Second column pass on the 64 kept columns, storing the 64 kept rows.
    narrowSums.fill(0);
    size = 0;
    li = 0;
    ri = 0;
    let oi = 0;
    let k = 0;
    const keep = (): void => {
      while (keptRows[k] === oi) {
        const o = k * OUT;
        for (let j = 0; j < OUT; j++) out[o + j] = narrowSums[j] / size;
        k++;
      }
    };
    for (let i = 0; i < c1; i++, ri++) {
      const r = ri * OUT;
      for (let j = 0; j < OUT; j++) narrowSums[j] += narrow[r + j];
      size++;
    }
    for (let i = 0; i < c2; i++, ri++, oi++) {
      const r = ri * OUT;
      size++;
      for (let j = 0; j < OUT; j++) narrowSums[j] += narrow[r + j];
      keep();
    }
    for (let i = 0; i < c3; i++, ri++, li++, oi++) {
      const r = ri * OUT;
      const l = li * OUT;
      for (let j = 0; j < OUT; j++) {
        narrowSums[j] += narrow[r + j];
        narrowSums[j] -= narrow[l + j];
      }
      keep();
    }
    for (let i = 0; i < c4; i++, li++, oi++) {
      const l = li * OUT;
      size--;
      for (let j = 0; j < OUT; j++) narrowSums[j] -= narrow[l + j];
      keep();
    }
  }
}
