import type { Rect } from './geometry';

/** RGBA pixels: what ImageData holds, without needing a DOM to build one (tests run in Node). */
export interface RgbaImage {
  readonly data: Uint8ClampedArray;
  readonly width: number;
  readonly height: number;
}

/** Copies a rectangle of an RGBA image (whole rows at a time, so it is cheap). */
export function crop(image: RgbaImage, r: Rect): RgbaImage {
  if (r.x === 0 && r.y === 0 && r.width === image.width && r.height === image.height) return image;
  const out = new Uint8ClampedArray(r.width * r.height * 4);
  for (let row = 0; row < r.height; row++) {
    const start = ((r.y + row) * image.width + r.x) * 4;
    out.set(image.data.subarray(start, start + r.width * 4), row * r.width * 4);
  }
  return { data: out, width: r.width, height: r.height };
}

/**
 * Grey, 3×3 box-smoothed copy. Sensor noise in a dim room breaks the binarizer on low-contrast
 * codes; averaging neighbours removes most of it while modules of 3 px or more survive.
 */
export function smoothGrey(image: RgbaImage): RgbaImage {
  const { width: w, height: h, data } = image;
  const grey = new Uint16Array(w * h);
  for (let i = 0, p = 0; i < grey.length; i++, p += 4) {
    const r = data[p] as number;
    const g = data[p + 1] as number;
    const b = data[p + 2] as number;
    grey[i] = (r * 77 + g * 150 + b * 29) >> 8;
  }
  // Sums of three along each row, then of three such sums down each column.
  const rows = new Uint16Array(w * h);
  for (let y = 0; y < h; y++) {
    const o = y * w;
    for (let x = 0; x < w; x++) {
      const left = grey[o + (x > 0 ? x - 1 : x)] as number;
      const right = grey[o + (x < w - 1 ? x + 1 : x)] as number;
      rows[o + x] = left + (grey[o + x] as number) + right;
    }
  }
  const out = new Uint8ClampedArray(w * h * 4);
  for (let y = 0; y < h; y++) {
    const up = (y > 0 ? y - 1 : y) * w;
    const mid = y * w;
    const down = (y < h - 1 ? y + 1 : y) * w;
    for (let x = 0; x < w; x++) {
      const sum = (rows[up + x] as number) + (rows[mid + x] as number) + (rows[down + x] as number);
      const p = (mid + x) * 4;
      out[p] = out[p + 1] = out[p + 2] = Math.round(sum / 9);
      out[p + 3] = 255;
    }
  }
  return { data: out, width: w, height: h };
}
