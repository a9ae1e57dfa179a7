// Jarosz tent filter (two passes of box filters along rows then columns) and decimation, in float32
// arithmetic in the same order as the reference (pdq/cpp/downscaling/downscaling.cpp), so results
// are bit-exact. Every intermediate is rounded to float32: Math.fround or a Float32Array store.

/** The reference's window size for blurring `oldDimension` pixels down to `newDimension`. */
export function jaroszWindowSize(oldDimension: number, newDimension: number): number {
  return Math.trunc((oldDimension + 2 * newDimension - 1) / (2 * newDimension));
}

/** How many adds only, adds with output, add-and-subtracts, and subtracts only a box filter takes. */
export function phaseCounts(length: number, window: number): [number, number, number, number] {
  const half = Math.trunc((window + 2) / 2);
  return [half - 1, window - half + 1, length - window, half - 1];
}

/** Box filter along each row: `out` row i = moving average of `input` row i. */
export function boxAlongRows(
  input: Float32Array,
  out: Float32Array,
  rows: number,
  cols: number,
  window: number,
): void {
  const [p1, p2, p3, p4] = phaseCounts(cols, window);
  for (let r = 0; r < rows; r++) {
    const base = r * cols;
    let sum = 0;
    let size = 0;
    let li = base;
    let ri = base;
    let oi = base;
    for (let i = 0; i < p1; i++) {
      sum = Math.fround(sum + input[ri++]);
      size++;
    }
    for (let i = 0; i < p2; i++) {
      sum = Math.fround(sum + input[ri++]);
      size++;
      out[oi++] = sum / size;
    }
    for (let i = 0; i < p3; i++) {
      sum = Math.fround(sum + input[ri++]);
      sum = Math.fround(sum - input[li++]);
      out[oi++] = sum / size;
    }
    for (let i = 0; i < p4; i++) {
      sum = Math.fround(sum - input[li++]);
      size--;
      out[oi++] = sum / size;
    }
  }
}

let columnSums = new Float32Array(512);

/**
 * Box filter along each column. Same arithmetic per column as the reference, but all columns move
 * together row by row (one running float32 sum per column), which is much kinder to the cache.
 */
export function boxAlongCols(
  input: Float32Array,
  out: Float32Array,
  rows: number,
  cols: number,
  window: number,
): void {
  const [p1, p2, p3, p4] = phaseCounts(rows, window);
  if (columnSums.length < cols) columnSums = new Float32Array(cols);
  const sums = columnSums;
  sums.fill(0, 0, cols);
  let size = 0;
  let li = 0;
  let ri = 0;
  let oi = 0;
  for (let i = 0; i < p1; i++, ri++) {
    const r = ri * cols;
    for (let j = 0; j < cols; j++) sums[j] += input[r + j];
    size++;
  }
  for (let i = 0; i < p2; i++, ri++, oi++) {
    const r = ri * cols;
    const o = oi * cols;
    size++;
    for (let j = 0; j < cols; j++) {
      sums[j] += input[r + j];
      out[o + j] = sums[j] / size;
    }
  }
  for (let i = 0; i < p3; i++, ri++, li++, oi++) {
    const r = ri * cols;
    const l = li * cols;
    const o = oi * cols;
    for (let j = 0; j < cols; j++) {
      sums[j] += input[r + j];
      sums[j] -= input[l + j];
      out[o + j] = sums[j] / size;
    }
  }
  for (let i = 0; i < p4; i++, li++, oi++) {
    const l = li * cols;
    const o = oi * cols;
    size--;
    for (let j = 0; j < cols; j++) {
      sums[j] -= input[l + j];
      out[o + j] = sums[j] / size;
    }
  }
}

/**
 * Two-pass Jarosz filter of `input` (left untouched); the result ends in `buffer1`. `buffer2` is
 * scratch. Both must hold rows * cols floats.
 */
export function jaroszFilter(
  input: Float32Array,
  buffer1: Float32Array,
  buffer2: Float32Array,
  rows: number,
  cols: number,
  windowAlongRows: number,
  windowAlongCols: number,
  passes: number,
): void {
  let source = input;
  for (let pass = 0; pass < passes; pass++) {
    boxAlongRows(source, buffer2, rows, cols, windowAlongRows);
    boxAlongCols(buffer2, buffer1, rows, cols, windowAlongCols);
    source = buffer1;
  }
}

/** Picks the pixel nearest each output pixel's centre (the reference's decimateFloat). */
export function decimate(
  input: Float32Array,
  inRows: number,
  inCols: number,
  out: Float32Array,
  outRows: number,
  outCols: number,
): void {
  for (let i = 0; i < outRows; i++) {
    const ini = Math.trunc(((i + 0.5) * inRows) / outRows);
    for (let j = 0; j < outCols; j++) {
      const inj = Math.trunc(((j + 0.5) * inCols) / outCols);
      out[i * outCols + j] = input[ini * inCols + inj];
    }
  }
}
