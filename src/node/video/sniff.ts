/**
 * The container a video file claims to be, from its first bytes, as the ffmpeg demuxer name that
 * reads it. Only these demuxers are ever used: ffmpeg is never left to guess (its playlist and
 * concat formats open other files and URLs).
 */
export type VideoContainer = 'mov' | 'matroska' | 'avi' | 'flv' | 'mpegts' | 'ogg' | 'asf' | 'mpeg' | 'gif';

const MP4_BOXES = new Set(['ftyp', 'moov', 'mdat', 'free', 'skip', 'wide', 'pnot']);

function ascii(bytes: Uint8Array, start: number, length: number): string {
  return String.fromCharCode(...bytes.subarray(start, start + length));
}

export function sniffVideo(bytes: Uint8Array): VideoContainer | undefined {
  if (bytes.length < 12) return undefined;
  if (MP4_BOXES.has(ascii(bytes, 4, 4))) return 'mov';
  if (bytes[0] === 0x1a && bytes[1] === 0x45 && bytes[2] === 0xdf && bytes[3] === 0xa3) return 'matroska';
  if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 4) === 'AVI ') return 'avi';
  if (ascii(bytes, 0, 3) === 'FLV') return 'flv';
  if (ascii(bytes, 0, 4) === 'OggS') return 'ogg';
  if (bytes[0] === 0x30 && bytes[1] === 0x26 && bytes[2] === 0xb2 && bytes[3] === 0x75) return 'asf';
  if (bytes[0] === 0 && bytes[1] === 0 && bytes[2] === 1 && bytes[3] === 0xba) return 'mpeg';
  if (ascii(bytes, 0, 6) === 'GIF87a' || ascii(bytes, 0, 6) === 'GIF89a') return 'gif';
  if (bytes[0] === 0x47 && bytes.length >= 377 && bytes[188] === 0x47 && bytes[376] === 0x47) return 'mpegts';
  return undefined;
}

/** File name endings of videos, taken when a folder is walked for `backstop hash`. */
export const VIDEO_EXTENSIONS: ReadonlySet<string> = new Set([
  '.mp4',
  '.m4v',
  '.mov',
  '.qt',
  '.3gp',
  '.3g2',
  '.webm',
  '.mkv',
  '.avi',
  '.flv',
  '.ts',
  '.mts',
  '.m2ts',
  '.ogv',
  '.wmv',
  '.mpg',
  '.mpeg',
]);
