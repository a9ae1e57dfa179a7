/**
 * A copy of an image file whose EXIF orientation tag no longer asks for a rotation, so the browser
 * decodes the pixels as stored, as the PDQ reference, `backstop hash` and the server do. Chromium
 * rotates by the tag even with `createImageBitmap(blob, { imageOrientation: 'none' })` (checked in
 * Chromium 156), so the tag itself is neutralised: in JPEG and WebP its value is set to 1 (no
 * checksum covers it); a PNG's eXIf chunk is left out (its CRC would no longer match). Only the
 * metadata changes; the image data is copied byte for byte.
 */
export function withoutOrientation(bytes: Uint8Array): Uint8Array {
  if (bytes[0] === 0xff && bytes[1] === 0xd8) return jpeg(bytes);
  if (bytes[0] === 0x89 && ascii(bytes, 1, 3) === 'PNG') return png(bytes);
  if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 4) === 'WEBP') return webp(bytes);
  return bytes;
}

function ascii(bytes: Uint8Array, at: number, length: number): string {
  return String.fromCharCode(...bytes.subarray(at, at + length));
}

const u16be = (b: Uint8Array, i: number) => (b[i] << 8) | b[i + 1];
const u32be = (b: Uint8Array, i: number) =>
  ((b[i] << 24) | (b[i + 1] << 16) | (b[i + 2] << 8) | b[i + 3]) >>> 0;
const u32le = (b: Uint8Array, i: number) =>
  (b[i] | (b[i + 1] << 8) | (b[i + 2] << 16) | (b[i + 3] << 24)) >>> 0;

/** Sets the orientation tag of the TIFF structure at `start` (an EXIF block) to 1, in place. */
function resetTiffOrientation(b: Uint8Array, start: number, end: number): void {
  if (start + 8 > end) return;
  const little = b[start] === 0x49 && b[start + 1] === 0x49;
  if (!little && !(b[start] === 0x4d && b[start + 1] === 0x4d)) return;
  const r16 = (i: number) => (little ? b[i] | (b[i + 1] << 8) : u16be(b, i));
  const r32 = (i: number) => (little ? u32le(b, i) : u32be(b, i));
  const ifd = start + r32(start + 4);
  if (ifd + 2 > end) return;
  const count = r16(ifd);
  for (let n = 0; n < count; n++) {
    const entry = ifd + 2 + n * 12;
    if (entry + 12 > end) return;
    if (r16(entry) === 0x0112) {
      // SHORT value, left-justified in the 4-byte value field.
      b[entry + 8] = little ? 1 : 0;
      b[entry + 9] = little ? 0 : 1;
      return;
    }
  }
}

function jpeg(bytes: Uint8Array): Uint8Array {
  const copy = new Uint8Array(bytes); // a copy (a Node Buffer's slice() would be a view)
  let i = 2;
  while (i + 4 <= copy.length && copy[i] === 0xff) {
    const marker = copy[i + 1];
    if (marker === 0xda || marker === 0xd9) break; // image data starts: no more metadata
    const length = u16be(copy, i + 2);
    if (marker === 0xe1 && ascii(copy, i + 4, 6) === 'Exif\0\0') {
      resetTiffOrientation(copy, i + 10, Math.min(copy.length, i + 2 + length));
    }
    i += 2 + length;
  }
  return copy;
}

function png(bytes: Uint8Array): Uint8Array {
  const parts: Uint8Array[] = [bytes.subarray(0, 8)];
  let dropped = false;
  let i = 8;
  while (i + 12 <= bytes.length) {
    const length = u32be(bytes, i);
    const end = Math.min(bytes.length, i + 12 + length);
    if (ascii(bytes, i + 4, 4) === 'eXIf') dropped = true;
    else parts.push(bytes.subarray(i, end));
    i = end;
  }
  if (!dropped) return bytes;
  if (i < bytes.length) parts.push(bytes.subarray(i));
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

function webp(bytes: Uint8Array): Uint8Array {
  const copy = new Uint8Array(bytes); // a copy (a Node Buffer's slice() would be a view)
  let i = 12;
  while (i + 8 <= copy.length) {
    const length = u32le(copy, i + 4);
    if (ascii(copy, i, 4) === 'EXIF') {
      let start = i + 8;
      if (ascii(copy, start, 6) === 'Exif\0\0') start += 6;
      resetTiffOrientation(copy, start, Math.min(copy.length, i + 8 + length));
    }
    i += 8 + length + (length & 1);
  }
  return copy;
}
