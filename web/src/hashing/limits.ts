import type { FileKind } from './types.ts';

/** Largest file fingerprinted (read in chunks, so memory stays small). */
export const MAX_FILE_BYTES = 4 * 1024 * 1024 * 1024;
/**
 * Pictures with more pixels than this are not copied whole: only the 512x512 pixels PDQ keeps are
 * read, one row at a time (the same hash, less memory on a phone).
 */
export const MAX_DECODE_PIXELS = 24_000_000;
/** Pictures with more pixels than this get no PDQ here (the server's and the CLI's limit too). */
export const MAX_PICTURE_PIXELS = 100_000_000;

/** Videos longer than this get no vPDQ here (60 minutes: its text, about 300 KB, fits in a case). */
export const MAX_VIDEO_SECONDS = 60 * 60;
/** Videos with larger frames get no vPDQ here (4K, 4096x2160: a phone's memory). */
export const MAX_VIDEO_PIXELS = 4096 * 2160;

const IMAGE_EXT = /\.(jpe?g|png|gif|webp|bmp|heic|heif|avif|tiff?)$/i;
const VIDEO_EXT = /\.(mp4|m4v|mov|webm|mkv|avi|3gp|wmv)$/i;

/** Picture, video, or neither (by the browser's type, then the file name). */
export function classify(file: { type: string; name: string }): FileKind | null {
  if (file.type.startsWith('image/') || (!file.type && IMAGE_EXT.test(file.name))) return 'photo';
  if (file.type.startsWith('video/') || (!file.type && VIDEO_EXT.test(file.name))) return 'video';
  if (IMAGE_EXT.test(file.name)) return 'photo';
  if (VIDEO_EXT.test(file.name)) return 'video';
  return null;
}

/** Why a file cannot be fingerprinted, in words for people; null when it can be. */
export function fileProblem(file: { type: string; name: string; size: number }): string | null {
  if (!classify(file)) {
    return `“${file.name}” is not a picture or a video, so it cannot be fingerprinted here. Nothing was sent.`;
  }
  if (file.size > MAX_FILE_BYTES) {
    return `“${file.name}” is too big to fingerprint here (the limit is 4 GB). Nothing was sent. The services further down this page may still be able to help with it.`;
  }
  if (file.size === 0) return `“${file.name}” is empty, so there is nothing to fingerprint.`;
  return null;
}
