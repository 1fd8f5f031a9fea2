import { createRequire } from 'node:module';
import { deflateSync } from 'node:zlib';
import QRCode from 'qrcode';

// Test images of ID-card codes, made in Node: a QR code or a Code 128 bar code on a pale card on
// a grey table, as a PNG "photo" or as raw Y4M video for Chromium's fake camera.

const require = createRequire(import.meta.url);
// JsBarcode's encoder alone (its renderers want a DOM): Code 128 set C, for an all-digit number.
const { CODE128C } = require('jsbarcode/bin/barcodes/CODE128') as {
  CODE128C: new (data: string, options: object) => { encode(): { data: string } };
};

/** 8-bit grey pixels, row by row. */
export interface GreyImage {
  width: number;
  height: number;
  pixels: Uint8Array;
}

const INK = 25;
const CARD = 236;
const TABLE = 120;

function scene(width: number, height: number, cardW: number, cardH: number): GreyImage {
  const pixels = new Uint8Array(width * height).fill(TABLE);
  const x0 = Math.floor((width - cardW) / 2);
  const y0 = Math.floor((height - cardH) / 2);
  for (let y = y0; y < y0 + cardH; y++) pixels.fill(CARD, y * width + x0, y * width + x0 + cardW);
  return { width, height, pixels };
}

function fillRect(img: GreyImage, x: number, y: number, w: number, h: number, value: number) {
  for (let row = y; row < y + h; row++)
    img.pixels.fill(value, row * img.width + x, row * img.width + x + w);
}

/** A QR code of `text` (UTF-8 bytes, no ECI, as on the cards), centred, `module` px per module. */
export function qrScene(text: string, width = 960, height = 720, module = 6): GreyImage {
  const qr = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const n = qr.modules.size;
  const side = (n + 8) * module;
  const img = scene(width, height, Math.round(side * 1.6), side);
  const x0 = Math.floor((width - n * module) / 2);
  const y0 = Math.floor((height - n * module) / 2);
  for (let r = 0; r < n; r++) {
    for (let c = 0; c < n; c++) {
      if (qr.modules.get(r, c))
        fillRect(img, x0 + c * module, y0 + r * module, module, module, INK);
    }
  }
  return img;
}

/** A Code 128 bar code of `digits`, centred, `bar` px per module. */
export function code128Scene(digits: string, width = 960, height = 540, bar = 3): GreyImage {
  const modules = new CODE128C(digits, {}).encode().data;
  const barsW = modules.length * bar;
  const barsH = 120;
  const img = scene(width, height, barsW + 40 * bar, barsH + 60);
  const x0 = Math.floor((width - barsW) / 2);
  const y0 = Math.floor((height - barsH) / 2);
  [...modules].forEach((m, i) => {
    if (m === '1') fillRect(img, x0 + i * bar, y0, bar, barsH, INK);
  });
  return img;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Buffer): number {
  let c = 0xffffffff;
  for (const b of bytes) c = (CRC_TABLE[(c ^ b) & 0xff] as number) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** An 8-bit greyscale PNG. */
export function toPng(img: GreyImage): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(img.width, 0);
  ihdr.writeUInt32BE(img.height, 4);
  ihdr.set([8, 0, 0, 0, 0], 8); // depth 8, grey, deflate, no filter, no interlace
  const raw = Buffer.alloc((img.width + 1) * img.height);
  for (let y = 0; y < img.height; y++) {
    raw[y * (img.width + 1)] = 0; // filter: none
    raw.set(img.pixels.subarray(y * img.width, (y + 1) * img.width), y * (img.width + 1) + 1);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Raw YUV 4:2:0 video of the same still frame, for --use-file-for-fake-video-capture. */
export function toY4m(img: GreyImage, frames = 2, fps = 10): Buffer {
  const header = `YUV4MPEG2 W${img.width} H${img.height} F${fps}:1 Ip A1:1 C420jpeg\n`;
  const chroma = Buffer.alloc((img.width / 2) * (img.height / 2) * 2, 128); // neutral U and V
  const frame = Buffer.concat([Buffer.from('FRAME\n'), Buffer.from(img.pixels), chroma]);
  return Buffer.concat([Buffer.from(header), ...Array.from({ length: frames }, () => frame)]);
}
