// Photos of papers are shrunk on the device before they are kept: a tablet camera's 3–8 MB
// image becomes a JPEG of at most 200 KB that still reads clearly (about 1600 px on the long side).

export const PHOTO_MAX_BYTES = 200 * 1024;
const START_EDGE = 1600;
const QUALITIES = [0.82, 0.7, 0.58] as const;
const MAX_ROUNDS = 6;

export class PhotoUnreadableError extends Error {
  override readonly name = 'PhotoUnreadableError';
}

/** Decodes an image file (any format the browser reads), honouring its EXIF orientation. */
async function decode(file: Blob): Promise<ImageBitmap> {
  try {
    return await createImageBitmap(file, { imageOrientation: 'from-image' });
  } catch (cause) {
    throw new PhotoUnreadableError('The image could not be decoded', { cause });
  }
}

function canvasOf(width: number, height: number): HTMLCanvasElement {
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  return canvas;
}

function toJpeg(canvas: HTMLCanvasElement, quality: number): Promise<Blob> {
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new PhotoUnreadableError('Encoding failed'))),
      'image/jpeg',
      quality,
    ),
  );
}

/**
 * Downscales and re-encodes as JPEG until the result fits `maxBytes`: first lowering quality,
 * then the size, a quarter at a time. The EXIF metadata (GPS position included) is dropped.
 */
export async function compressPhoto(file: Blob, maxBytes = PHOTO_MAX_BYTES): Promise<Blob> {
  const bitmap = await decode(file);
  try {
    let edge = START_EDGE;
    for (let round = 0; round < MAX_ROUNDS; round++) {
      const scale = Math.min(1, edge / Math.max(bitmap.width, bitmap.height));
      const width = Math.max(1, Math.round(bitmap.width * scale));
      const height = Math.max(1, Math.round(bitmap.height * scale));
      const canvas = canvasOf(width, height);
      const ctx = canvas.getContext('2d');
      if (!ctx) throw new PhotoUnreadableError('No 2D canvas');
      // JPEG has no transparency: paint white under PNGs with an alpha channel.
      ctx.fillStyle = '#fff';
      ctx.fillRect(0, 0, width, height);
      ctx.drawImage(bitmap, 0, 0, width, height);
      for (const quality of QUALITIES) {
        const blob = await toJpeg(canvas, quality);
        if (blob.size <= maxBytes) return blob;
      }
      edge = Math.round(Math.min(edge, Math.max(width, height)) * 0.75);
    }
    throw new PhotoUnreadableError('The image could not be made small enough');
  } finally {
    bitmap.close();
  }
}
