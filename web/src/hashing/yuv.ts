/**
 * The RGB pixels of a decoded video frame, converted the way the vPDQ reference's swscale does by
 * default: BT.601 matrix, limited range (16-235), each chroma sample used for the pixels it covers
 * (no interpolation), 16-bit fixed point. Doing it here, not through a canvas, keeps the browser's
 * own choice of matrix (BT.709 for HD) out of the hash. Frames in other layouts (10-bit, RGB) are
 * converted by the browser (`copyTo` RGBA), which is close but not the reference's conversion.
 */
const CY = 76309; // 255/219 << 16
const CRV = 104597; // 1.596 << 16
const CBU = 132201; // 2.017 << 16
const CGU = 25675; // 0.392 << 16
const CGV = 53279; // 0.813 << 16

const Y_TERM = Int32Array.from({ length: 256 }, (_, y) => (y - 16) * CY + 0x8000);
const RV = Int32Array.from({ length: 256 }, (_, v) => CRV * (v - 128));
const GUV_U = Int32Array.from({ length: 256 }, (_, u) => CGU * (u - 128));
const GUV_V = Int32Array.from({ length: 256 }, (_, v) => CGV * (v - 128));
const BU = Int32Array.from({ length: 256 }, (_, u) => CBU * (u - 128));

const clip = (x: number) => (x < 0 ? 0 : x > 255 ? 255 : x);

interface Planes {
  /** Chroma subsampling: 1 (4:4:4) or 2 (4:2:0 / 4:2:2 across). */
  cx: number;
  cy: number;
  /** NV12: U and V interleaved in one plane. */
  interleaved: boolean;
}

const LAYOUTS: Record<string, Planes> = {
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

function rgbFromPlanes(
  data: Uint8Array,
  planes: PlaneLayout[],
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
      rgb[o++] = clip((yy + RV[v]) >> 16);
      rgb[o++] = clip((yy - GUV_U[u] - GUV_V[v]) >> 16);
      rgb[o++] = clip((yy + BU[u]) >> 16);
    }
  }
  return rgb;
}
