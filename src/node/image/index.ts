export { decodeImage, decodeImageBytes, DEFAULT_MAX_PIXELS, SUPPORTED_IMAGE_FORMATS } from './decode.ts';
export type { DecodedImage, DecodeOptions } from './decode.ts';
export { hashImage } from './hash-image.ts';
export type { HashImageOptions, ImageHashes } from './hash-image.ts';
export { MAX_IMAGE_FILE_BYTES, readImageInput } from './read-input.ts';
export { defaultHashConcurrency } from './concurrency.ts';
export { hashFiles } from './hash-many.ts';
export type { FileHashOutcome } from './hash-many.ts';
