export { pdqFromLuma, pdqFromPixels, PDQ_MIN_DIM } from './pdq.ts';
export type { PdqDihedral, PdqOptions, PdqResult } from './pdq.ts';
export { fullSizeLumaFromPixels, lumaFromPixels, PDQ_DOWNSAMPLE_DIM } from './luma.ts';
export type { LumaImage, PixelChannels } from './luma.ts';
export { DIHEDRAL_NAMES } from './dct.ts';
export type { DihedralName } from './dct.ts';
export {
  hammingDistance,
  parsePdqHash,
  pdqBytesToHex,
  pdqHexToBytes,
  PDQ_MATCH_THRESHOLD,
  PDQ_QUALITY_THRESHOLD,
} from './hash-format.ts';
