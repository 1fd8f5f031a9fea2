import type { FrameDecoder } from './decoder/types';

export const MAX_PHOTO_BYTES = 30 * 1024 * 1024;
/** Phone photos are 12+ megapixels; a card's QR code reads fine at this size, and faster. */
const MAX_PHOTO_SIDE = 2560;

export type PhotoRead =
  | { ok: true; text: string }
  | {
      ok: false;
      error:
        | 'scan.photo.notImage'
        | 'scan.photo.tooLarge'
        | 'scan.photo.unreadable'
        | 'scan.photo.noCode';
    };

async function loadBitmap(file: Blob): Promise<ImageBitmap> {
  const bitmap = await createImageBitmap(file);
  const scale = MAX_PHOTO_SIDE / Math.max(bitmap.width, bitmap.height);
  if (scale >= 1) return bitmap;
  const resized = await createImageBitmap(bitmap, {
    resizeWidth: Math.round(bitmap.width * scale),
    resizeHeight: Math.round(bitmap.height * scale),
    resizeQuality: 'high',
  });
  bitmap.close();
  return resized;
}

/** Reads the code in a photo of a card with the scanner's decoder. */
export async function readPhoto(file: File, decoder: FrameDecoder): Promise<PhotoRead> {
  if (!file.type.startsWith('image/')) return { ok: false, error: 'scan.photo.notImage' };
  if (file.size > MAX_PHOTO_BYTES) return { ok: false, error: 'scan.photo.tooLarge' };
  let bitmap: ImageBitmap;
  try {
    bitmap = await loadBitmap(file);
  } catch {
    return { ok: false, error: 'scan.photo.unreadable' };
  }
  const text = await decoder.decode(bitmap, 'photo');
  return text === null ? { ok: false, error: 'scan.photo.noCode' } : { ok: true, text };
}
