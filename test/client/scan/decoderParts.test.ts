import { describe, expect, test } from 'vitest';
import { scanRegion, SCAN_REGION_FRACTION } from '../../../src/client/scan/decoder/geometry';
import { crop, smoothGrey, type RgbaImage } from '../../../src/client/scan/decoder/pixels';
import { PassPolicy } from '../../../src/client/scan/decoder/passPolicy';
import { looksGarbled, toNfc } from '../../../src/client/scan/decoder/normalize';

function image(width: number, height: number, grey: (x: number, y: number) => number): RgbaImage {
  const data = new Uint8ClampedArray(width * height * 4);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const p = (y * width + x) * 4;
      data[p] = data[p + 1] = data[p + 2] = grey(x, y);
      data[p + 3] = 255;
    }
  }
  return { data, width, height };
}
const greyAt = (img: RgbaImage, x: number, y: number) => img.data[(y * img.width + x) * 4];

describe('scan region', () => {
  test('is the centred square the guide sits in, for landscape and portrait frames', () => {
    expect(scanRegion(1280, 720)).toEqual({ x: 370, y: 90, width: 540, height: 540 });
    expect(scanRegion(720, 1280)).toEqual({ x: 90, y: 370, width: 540, height: 540 });
    expect(SCAN_REGION_FRACTION).toBeGreaterThan(0.6); // wider than the guide drawn on screen
  });

  test('crop copies exactly that rectangle', () => {
    const src = image(8, 6, (x, y) => x * 10 + y);
    const out = crop(src, { x: 2, y: 1, width: 3, height: 4 });
    expect([out.width, out.height]).toEqual([3, 4]);
    expect(greyAt(out, 0, 0)).toBe(21);
    expect(greyAt(out, 2, 3)).toBe(44);
    expect(crop(src, { x: 0, y: 0, width: 8, height: 6 })).toBe(src);
  });
});

describe('smoothing', () => {
  test('averages each pixel with its eight neighbours, and the result is opaque grey', () => {
    const dot = image(5, 5, (x, y) => (x === 2 && y === 2 ? 0 : 180));
    const out = smoothGrey(dot);
    expect(greyAt(out, 2, 2)).toBe(160); // (8 × 180 + 0) / 9
    expect(greyAt(out, 1, 1)).toBe(160);
    expect(greyAt(out, 0, 0)).toBe(180); // the dot is two pixels away
    expect(out.data[3]).toBe(255);
  });
});

describe('pass policy', () => {
  test('quick while reading; after misses, every other frame tries a slower pass; a hit resets', () => {
    const policy = new PassPolicy();
    const seen: string[] = [];
    for (let i = 0; i < 6; i++) {
      seen.push(policy.next());
      policy.record(false);
    }
    expect(seen).toEqual(['quick', 'smooth', 'quick', 'thorough', 'quick', 'smooth']);
    policy.record(true);
    expect(policy.next()).toBe('quick');
  });
});

describe('decoded text', () => {
  test('is NFC, and wrong-charset results are recognised', () => {
    expect(toNfc('Nguyễn'.normalize('NFD'))).toBe('Nguyễn');
    expect(toNfc('')).toBeNull();
    expect(looksGarbled('Nguyễn Thị Phương Thảo|Đắk Lắk')).toBe(false);
    expect(looksGarbled('Nguy縺n')).toBe(true);
    expect(looksGarbled('Nguy\uFFFDn')).toBe(true);
  });
});
