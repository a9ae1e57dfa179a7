// createFrameDownsampler's sweep with its loops in WebAssembly SIMD (frame-downsample.wat, compiled
// into frame-downsample-wasm.ts by `npm run build:wasm`): the same floats, in about a third of the
// CPU, and without the JavaScript's warm-up (V8 compiles and optimises the JavaScript loops only
// after the first frames have run slowly, which costs a short video a large share of its PDQ time).
//
// The order of work is the JavaScript's: luma and the first row pass four rows at a time into a ring
// of rows, the first column pass row by row over all columns, the second row pass four rows at a
// time keeping only the 64 decimated columns, the second column pass on those. Where WebAssembly or
// its SIMD is missing (or refused by a page's Content-Security-Policy), and for 1- and 2-channel
// pixels, the JavaScript runs instead.
import { createFrameDownsampler, type FrameDownsampler } from './frame-downsample.ts';
import { FRAME_DOWNSAMPLE_WASM } from './frame-downsample-wasm.ts';
import { jaroszWindowSize, phaseCounts } from './jarosz.ts';

interface Kernels {
  memory: WebAssembly.Memory;
  lumaRows(
    p0: number,
    p1: number,
    p2: number,
    p3: number,
    width: number,
    channels: number,
    out: number,
  ): void;
  rowPass(input: number, out: number, rowBytes: number, n1: number, n2: number, n3: number, n4: number): void;
  columnRow(r: number, l: number, sums: number, n: number, mode: number, size: number, out: number): void;
  rowPassKept(input: number, out: number, kept: number, n1: number, n2: number, n3: number, n4: number): void;
  columnPassKept(
    input: number,
    out: number,
    kept: number,
    sums: number,
    n1: number,
    n2: number,
    n3: number,
    n4: number,
  ): void;
}

let compiled: WebAssembly.Module | null | undefined;

/** The compiled module, or null where WebAssembly SIMD cannot run here. */
function wasmModule(): WebAssembly.Module | null {
  if (compiled === undefined) {
    compiled = null;
    try {
      if (typeof WebAssembly === 'object' && typeof atob === 'function') {
        const bytes = Uint8Array.from(atob(FRAME_DOWNSAMPLE_WASM), (c) => c.charCodeAt(0));
        if (WebAssembly.validate(bytes)) compiled = new WebAssembly.Module(bytes);
      }
    } catch {
      compiled = null; // e.g. a Content-Security-Policy without 'wasm-unsafe-eval'
    }
  }
  return compiled;
}

/** Whether frames are downsampled in WebAssembly here (else createSimdFrameDownsampler falls back). */
export function simdDownsampleAvailable(): boolean {
  return wasmModule() !== null;
}

const OUT = 64;
const GROUP = 4;

/** The decimation's source index for each of the 64 outputs, then -1 (as frame-downsample.ts). */
function decimationIndexes(inSize: number): Int32Array {
  const indexes = new Int32Array(OUT + 1).fill(-1);
  for (let i = 0; i < OUT; i++) indexes[i] = Math.trunc(((i + 0.5) * inSize) / OUT);
  return indexes;
}

const align16 = (n: number) => (n + 15) & ~15;

/**
 * A downsampler for frames of `width` x `height`, giving exactly createFrameDownsampler's floats:
 * in WebAssembly where it can run, else createFrameDownsampler itself.
 */
export function createSimdFrameDownsampler(width: number, height: number): FrameDownsampler {
  const module = wasmModule();
  if (!module) return createFrameDownsampler(width, height);
  let kernels: Kernels;
  try {
    kernels = new WebAssembly.Instance(module).exports as unknown as Kernels;
  } catch {
    return createFrameDownsampler(width, height);
  }
  let fallback: FrameDownsampler | undefined;
  const windowAlongRows = jaroszWindowSize(width, OUT);
  const windowAlongCols = jaroszWindowSize(height, OUT);
  const [r1, r2, r3, r4] = phaseCounts(width, windowAlongRows);
  const [c1, c2, c3, c4] = phaseCounts(height, windowAlongCols);
  const paddedWidth = (width + 3) & ~3;
  const rowBytes = paddedWidth * 4;
  // Rows the first column pass still subtracts plus a group being made, a multiple of GROUP so that
  // a group's four rows are in consecutive slots.
  const ringRows = (windowAlongCols + 2 * GROUP - 1) & ~(GROUP - 1);

  // Memory layout (byte offsets).
  const KEPT_COLUMNS = 0;
  const KEPT_ROWS = 512;
  const NARROW_SUMS = 1024;
  const OUTPUT = 1280;
  const SUMS = OUTPUT + OUT * OUT * 4;
  const LUMA = align16(SUMS + rowBytes);
  const COLUMN_PASS = LUMA + paddedWidth * 16;
  const RING = COLUMN_PASS + paddedWidth * 16;
  // Second row pass's output at the kept columns, every row, and a group's worth past the end.
  const NARROW = RING + ringRows * rowBytes;
  const PIXELS = NARROW + (height + GROUP) * OUT * 4;
  const { memory } = kernels;
  const ensure = (bytes: number) => {
    const missing = bytes - memory.buffer.byteLength;
    if (missing > 0) memory.grow(Math.ceil(missing / 65536));
  };
  ensure(PIXELS);
  new Int32Array(memory.buffer, KEPT_COLUMNS, OUT + 1).set(decimationIndexes(width));
  new Int32Array(memory.buffer, KEPT_ROWS, OUT + 1).set(decimationIndexes(height));
  const slot = (row: number) => RING + (row % ringRows) * rowBytes;

  return {
    frameBuffer(channels) {
      if (channels !== 3 && channels !== 4) return undefined;
      const bytes = width * height * channels;
      ensure(PIXELS + bytes + 16);
      return new Uint8Array(memory.buffer, PIXELS, bytes);
    },
    downsample(pixels, channels, out) {
      if (channels !== 3 && channels !== 4) {
        fallback ??= createFrameDownsampler(width, height);
        fallback.downsample(pixels, channels, out);
        return;
      }
      const stride = width * channels;
      // 16 bytes past the last pixel: the luma kernel reads a whole vector at each pixel group.
      ensure(PIXELS + stride * height + 16);
      if (pixels.buffer !== memory.buffer || pixels.byteOffset !== PIXELS) {
        new Uint8Array(memory.buffer, PIXELS, stride * height).set(
          pixels.length === stride * height ? pixels : pixels.subarray(0, stride * height),
        );
      }
      const k = kernels;
      let produced = 0;
      /** Makes sure frame row `row` has had luma and the first row pass; its ring slot. */
      const need = (row: number): number => {
        while (row >= produced) {
          const last = height - 1;
          const p = (g: number) => PIXELS + Math.min(produced + g, last) * stride;
          k.lumaRows(p(0), p(1), p(2), p(3), width, channels, LUMA);
          // A group short of GROUP rows writes its extra lanes to the slots of rows past the end.
          k.rowPass(LUMA, slot(produced), rowBytes, r1, r2, r3, r4);
          produced += GROUP;
        }
        return slot(row);
      };
      let pending = 0;
      let pendingFrom = 0;
      const emitted = (): void => {
        if (++pending === GROUP) {
          k.rowPassKept(COLUMN_PASS, NARROW + pendingFrom * OUT * 4, KEPT_COLUMNS, r1, r2, r3, r4);
          pendingFrom += GROUP;
          pending = 0;
        }
      };
      new Float32Array(memory.buffer, SUMS, paddedWidth).fill(0);
      const groups = paddedWidth / 4;
      let size = 0;
      let li = 0;
      let ri = 0;
      for (let i = 0; i < c1; i++, ri++) {
        k.columnRow(need(ri), 0, SUMS, groups, 0, 0, 0);
        size++;
      }
      for (let i = 0; i < c2; i++, ri++) {
        size++;
        k.columnRow(need(ri), 0, SUMS, groups, 1, size, COLUMN_PASS + pending * 4);
        emitted();
      }
      for (let i = 0; i < c3; i++, ri++, li++) {
        k.columnRow(need(ri), slot(li), SUMS, groups, 2, size, COLUMN_PASS + pending * 4);
        emitted();
      }
      for (let i = 0; i < c4; i++, li++) {
        size--;
        k.columnRow(0, slot(li), SUMS, groups, 3, size, COLUMN_PASS + pending * 4);
        emitted();
      }
      if (pending > 0) {
        // The lanes past `pending` hold stale rows; they go to narrow rows past the end.
        k.rowPassKept(COLUMN_PASS, NARROW + pendingFrom * OUT * 4, KEPT_COLUMNS, r1, r2, r3, r4);
      }
      k.columnPassKept(NARROW, OUTPUT, KEPT_ROWS, NARROW_SUMS, c1, c2, c3, c4);
      out.set(new Float32Array(memory.buffer, OUTPUT, OUT * OUT));
    },
  };
}
