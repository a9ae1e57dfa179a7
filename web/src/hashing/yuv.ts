/**
 * The RGB pixels of a decoded video frame, converted as the vPDQ reference's swscale does by
 * default on x86-64 (its SIMD yuv2rgb path): BT.601 matrix, limited range (16-235), each chroma
 * sample used for the pixels it covers, 16-bit fixed point with truncating multiplies. On FFmpeg's
 * own YUV this gives FFmpeg's RGB byte for byte (web/src/hashing/yuv.test.ts). Doing it here, not
 * through a canvas, keeps the browser's own choice of matrix (BT.709 for HD) out of the hash.
 * Frames in other layouts (10-bit, RGB) are converted by the browser (`copyTo` RGBA): close, not exact.
 */
import type { LumaRows } from '../../../src/core/pdq/frame-downsample.ts';
import { LUMA_OF_SUM, LUMA_SUM_OFFSET, LUMA_SUM_SPAN } from '../../../src/core/pdq/luma.ts';

// pmulhw: the high 16 bits of a signed 16x16-bit product.
const mulhi = (a: number, b: number) => Math.floor((a * b) / 65536);
// swscale's coefficients for BT.601 limited range, as 13-bit fixed point (yuv2rgb_*_coeff).
const Y_COEFF = 9539;
const VR_COEFF = 13075;
const UB_COEFF = 16525;
const UG_COEFF = -3209;
const VG_COEFF = -6660;

const table = (f: (i: number) => number) => Int32Array.from({ length: 256 }, (_, i) => f(i));
const Y_TERM = table((y) => mulhi(y * 8 - 128, Y_COEFF));
const RV = table((v) => mulhi(v * 8 - 1024, VR_COEFF));
const GU = table((u) => mulhi(u * 8 - 1024, UG_COEFF));
const GV = table((v) => mulhi(v * 8 - 1024, VG_COEFF));
const BU = table((u) => mulhi(u * 8 - 1024, UB_COEFF));
// The same terms for lumaRowsFromPlanes as indexes into LUMA_OF_SUM: Y's with its offset, and
// the chroma terms of G and B with the start of their block.
const Y_AT = table((y) => Y_TERM[y] + LUMA_SUM_OFFSET);
const GU_AT = table((u) => GU[u] + LUMA_SUM_SPAN);
const BU_AT = table((u) => BU[u] + 2 * LUMA_SUM_SPAN);

export interface Planes {
  /** Chroma subsampling: 1 (4:4:4) or 2 (4:2:0 / 4:2:2 across). */
  cx: number;
  cy: number;
  /** NV12: U and V interleaved in one plane. */
  interleaved: boolean;
}

export const LAYOUTS: Record<string, Planes> = {
  I420: { cx: 2, cy: 2, interleaved: false },
  I420A: { cx: 2, cy: 2, interleaved: false },
  I422: { cx: 2, cy: 1, interleaved: false },
  I444: { cx: 1, cy: 1, interleaved: false },
  NV12: { cx: 2, cy: 2, interleaved: true },
};

/** A read frame: as luma rows made straight from its YUV, or (other layouts) as RGBA pixels. */
export type FramePixels =
  { rows: LumaRows } | { rows?: undefined; pixels: Uint8Array | Uint8ClampedArray; channels: 3 | 4 };

/**
 * Reads decoded frames, reusing its buffer from one frame to the next (a frame's rows are only valid
 * until the next call): a 1080p frame is 3 MB of YUV, and allocating it per frame costs garbage
 * collection as well. YUV frames are not converted to an RGB buffer: their rows go to luma directly
 * (lumaRowsFromPlanes), the same floats as RGB then luma.
 */
export function createFrameReader(): (
  frame: VideoFrame,
  width: number,
  height: number,
) => Promise<FramePixels> {
  let yuv = new Uint8Array(0);
  return async (frame, width, height) => {
    const layout = frame.format ? LAYOUTS[frame.format] : undefined;
    if (!layout) {
      const rgba = new Uint8Array(width * height * 4);
      await frame.copyTo(rgba, { format: 'RGBA', colorSpace: 'srgb' } as VideoFrameCopyToOptions);
      return { pixels: rgba, channels: 4 };
    }
    const size = frame.allocationSize();
    if (yuv.length !== size) yuv = new Uint8Array(size);
    const planes = await frame.copyTo(yuv);
    return { rows: lumaRowsFromPlanes(yuv, planes, layout, width) };
  };
}

/**
 * The frame's float luma row by row, as rgbFromPlanes then the reference's fillFloatLumaFromRGB
 * give it (PDQ's luma of each clipped R, G and B byte), without writing the RGB: each pixel's three
 * unclipped sums index a table of the luma terms of their clipped value (LUMA_OF_SUM).
 */
export function lumaRowsFromPlanes(
  data: Uint8Array,
  planes: readonly { offset: number; stride: number }[],
  layout: Planes,
  width: number,
): LumaRows {
  const [yp, up, vp] = planes;
  const cStep = layout.interleaved ? 2 : 1;
  const pairs = layout.cx === 2 ? width >> 1 : 0;
  return (y, out, at) => {
    const yRow = yp.offset + y * yp.stride;
    const cy = layout.cy === 2 ? y >> 1 : y;
    const cRowU = up.offset + cy * up.stride;
    const cRowV = layout.interleaved ? cRowU + 1 : vp.offset + cy * vp.stride;
    // 4:2:x: two pixels a chroma sample; then 4:4:4, or the last column of an odd width.
    if (pairs > 0) lumaPairs(data, yRow, cRowU, cRowV, cStep, pairs, out, at);
    for (let x = 2 * pairs; x < width; x++) {
      const c = (layout.cx === 2 ? x >> 1 : x) * cStep;
      const yy = Y_AT[data[yRow + x]];
      const u = data[cRowU + c];
      const v = data[cRowV + c];
      out[at + x] =
        Math.fround(LUMA_OF_SUM[yy + RV[v]] + LUMA_OF_SUM[yy + GU_AT[u] + GV[v]]) +
        LUMA_OF_SUM[yy + BU_AT[u]];
    }
  };
}

/**
 * The hot loop of lumaRowsFromPlanes, on its own with everything in arguments and locals: V8 keeps
 * them in registers (from a closure's context it reloads them, which made this twice as slow).
 */
function lumaPairs(
  data: Uint8Array,
  yRow: number,
  cRowU: number,
  cRowV: number,
  cStep: number,
  pairs: number,
  out: Float32Array,
  at: number,
): void {
  const L = LUMA_OF_SUM;
  const yAt = Y_AT;
  const rv = RV;
  const gu = GU_AT;
  const gv = GV;
  const bu = BU_AT;
  for (let p = 0, c = 0, x = yRow, o = at; p < pairs; p++, c += cStep, x += 2, o += 2) {
    const u = data[cRowU + c];
    const v = data[cRowV + c];
    const r = rv[v];
    const g = gu[u] + gv[v];
    const b = bu[u];
    const y0 = yAt[data[x]];
    const y1 = yAt[data[x + 1]];
    out[o] = Math.fround(L[y0 + r] + L[y0 + g]) + L[y0 + b];
    out[o + 1] = Math.fround(L[y1 + r] + L[y1 + g]) + L[y1 + b];
  }
}

/**
 * The conversion, into `out` when given. Storing into a Uint8ClampedArray clips to 0-255; two
 * pixels sharing a chroma sample share its three terms (the same integer sums as one at a time).
 */
export function rgbFromPlanes(
  data: Uint8Array,
  planes: readonly { offset: number; stride: number }[],
  layout: Planes,
  width: number,
  height: number,
  out?: Uint8ClampedArray,
): Uint8ClampedArray {
  const rgb = out && out.length === width * height * 3 ? out : new Uint8ClampedArray(width * height * 3);
  const [yp, up, vp] = planes;
  const cStep = layout.interleaved ? 2 : 1;
  const pairs = layout.cx === 2 ? width >> 1 : 0;
  let o = 0;
  for (let y = 0; y < height; y++) {
    const yRow = yp.offset + y * yp.stride;
    const cy = layout.cy === 2 ? y >> 1 : y;
    const cRowU = up.offset + cy * up.stride;
    const cRowV = layout.interleaved ? cRowU + 1 : vp.offset + cy * vp.stride;
    let x = 0;
    // 4:2:x: two pixels a chroma sample.
    for (let c = 0, p = 0; p < pairs; p++, c += cStep, x += 2) {
      const u = data[cRowU + c];
      const v = data[cRowV + c];
      const r = RV[v];
      const g = GU[u] + GV[v];
      const b = BU[u];
      const y0 = Y_TERM[data[yRow + x]];
      const y1 = Y_TERM[data[yRow + x + 1]];
      rgb[o] = y0 + r;
      rgb[o + 1] = y0 + g;
      rgb[o + 2] = y0 + b;
      rgb[o + 3] = y1 + r;
      rgb[o + 4] = y1 + g;
      rgb[o + 5] = y1 + b;
      o += 6;
    }
    // The rest: 4:4:4, or the last column of an odd width.
    for (; x < width; x++) {
      const c = (layout.cx === 2 ? x >> 1 : x) * cStep;
      const yy = Y_TERM[data[yRow + x]];
      const u = data[cRowU + c];
      const v = data[cRowV + c];
      rgb[o++] = yy + RV[v];
      rgb[o++] = yy + GU[u] + GV[v];
      rgb[o++] = yy + BU[u];
    }
  }
  return rgb;
}
