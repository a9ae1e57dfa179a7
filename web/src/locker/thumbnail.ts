/** Longest side of a locker thumbnail, in pixels. */
const THUMB_SIZE = 160;

/**
 * A small JPEG preview of a picture as a data: URL, made on this device (it is sealed with the
 * item, like the rest of the locker). null when the browser cannot decode the picture.
 */
export async function makeThumbnail(file: Blob): Promise<string | null> {
  if (!/^image\//.test(file.type)) return null;
  let bitmap: ImageBitmap | null = null;
  try {
    bitmap = await createImageBitmap(file);
    const scale = Math.min(1, THUMB_SIZE / Math.max(bitmap.width, bitmap.height));
    const width = Math.max(1, Math.round(bitmap.width * scale));
    const height = Math.max(1, Math.round(bitmap.height * scale));
    const canvas = document.createElement('canvas');
    canvas.width = width;
    canvas.height = height;
    const context = canvas.getContext('2d');
    if (!context) return null;
    context.fillStyle = '#fff';
    context.fillRect(0, 0, width, height);
    context.drawImage(bitmap, 0, 0, width, height);
    const url = canvas.toDataURL('image/jpeg', 0.75);
    return url.startsWith('data:image/jpeg') ? url : null;
  } catch {
    return null;
  } finally {
    bitmap?.close();
  }
}
