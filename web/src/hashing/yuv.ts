/**
 * The RGB pixels of a decoded video frame, converted as the vPDQ reference's swscale does by
 * default on x86-64 (its SIMD yuv2rgb path): BT.601 matrix, limited range (16-235), each chroma
 * sample used for the pixels it covers, 16-bit fixed point with truncating multiplies. On FFmpeg's
 * own YUV this gives FFmpeg's RGB byte for byte (web/src/hashing/yuv.test.ts). Doing it here, not
 * through a canvas, keeps the browser's own choice of matrix (BT.709 for HD) out of the hash.
 * Frames in other layouts (10-bit, RGB) are converted by the browser (`copyTo` RGBA): close, not exact.
 */
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

const clip = (x: number) => (x < 0 ? 0 : x > 255 ? 255 : x);

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

export interface FramePixels {
  pixels: Uint8Array;
  channels: 3 | 4;
}

export async function framePixels(frame: VideoFrame, width: number, height: number): Promise<FramePixels> {
  const layout = frame.format ? LAYOUTS[frame.format] : undefined;
  if (!layout) {
    const rgba = new Uint8Array(width * height * 4);
    await frame.copyTo(rgba, { format: 'RGBA', colorSpace: 'srgb' } as VideoFrameCopyToOptions);
    return { pixels: rgba, channels: 4 };
  }
  const buffer = new Uint8Array(frame.allocationSize());
  const planes = await frame.copyTo(buffer);
  return { pixels: rgbFromPlanes(buffer, planes, layout, width, height), channels: 3 };
}

export function rgbFromPlanes(
  data: Uint8Array,
  planes: readonly { offset: number; stride: number }[],
  layout: Planes,
  width: number,
  height: number,
): Uint8Array {
  const rgb = new Uint8Array(width * height * 3);
  const [yp, up, vp] = planes;
  let o = 0;
  for (let y = 0; y < height; y++) {
    const yRow = yp.offset + y * yp.stride;
    const cRowU = up.offset + Math.floor(y / layout.cy) * up.stride;
    const cRowV = layout.interleaved ? cRowU + 1 : vp.offset + Math.floor(y / layout.cy) * vp.stride;
    const cStep = layout.interleaved ? 2 : 1;
    for (let x = 0; x < width; x++) {
      const c = Math.floor(x / layout.cx) * cStep;
      const yy = Y_TERM[data[yRow + x]];
      const u = data[cRowU + c];
      const v = data[cRowV + c];
      rgb[o++] = clip(yy + RV[v]);
      rgb[o++] = clip(yy + GU[u] + GV[v]);
      rgb[o++] = clip(yy + BU[u]);
    }
  }
  return rgb;
}
