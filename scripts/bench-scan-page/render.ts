import QRCode from 'qrcode';
import { GUIDE_FRACTION } from '../../src/client/scan/decoder/geometry';
import { cardText, seeded, type CardLayout } from './cards';

// Renders the benchmark corpus: a CCCD-like QR code on a card, on a table, in a 1280×720 camera
// frame, clean or degraded the way tablet cameras degrade it. Every frame is rebuilt from its seed
// on demand: 200 frames of raw RGBA would need 700 MB.

export const FRAME_WIDTH = 1280;
export const FRAME_HEIGHT = 720;

export const CONDITIONS = [
  'clean',
  'small-modules',
  'blur',
  'noise',
  'low-contrast',
  'rotation',
  'perspective',
  'glare',
] as const;
export type Condition = (typeof CONDITIONS)[number];

export interface Sample {
  index: number;
  condition: Condition;
  layout: CardLayout;
  text: string;
  seed: number;
}

const LAYOUTS: CardLayout[] = ['chip', 'chip-no-old-id', 'can-cuoc-2024'];

export function buildCorpus(perCondition: number, seed = 20240701): Sample[] {
  const rand = seeded(seed);
  const samples: Sample[] = [];
  for (const condition of CONDITIONS) {
    for (let i = 0; i < perCondition; i++) {
      const layout = LAYOUTS[samples.length % LAYOUTS.length] as CardLayout;
      const text = cardText(rand, layout);
      samples.push({ index: samples.length, condition, layout, text, seed: seed + samples.length });
    }
  }
  return samples;
}

function qrCanvas(text: string, module: number, ecc: 'L' | 'M', ink: string, paper: string) {
  const qr = QRCode.create(text, { errorCorrectionLevel: ecc });
  const n = qr.modules.size;
  const quiet = 4;
  const canvas = new OffscreenCanvas((n + 2 * quiet) * module, (n + 2 * quiet) * module);
  const ctx = canvas.getContext('2d')!;
  ctx.fillStyle = paper;
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.fillStyle = ink;
  for (let y = 0; y < n; y++) {
    for (let x = 0; x < n; x++) {
      if (qr.modules.get(y, x))
        ctx.fillRect((x + quiet) * module, (y + quiet) * module, module, module);
    }
  }
  return canvas;
}

function gaussian(rand: () => number): number {
  const u = Math.max(rand(), 1e-9);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rand());
}

/** Draws the frame for one sample and returns its pixels. */
export function renderSample(sample: Sample): ImageData {
  const rand = seeded(sample.seed);
  const c = sample.condition;
  const canvas = new OffscreenCanvas(FRAME_WIDTH, FRAME_HEIGHT);
  const ctx = canvas.getContext('2d', { willReadFrequently: true })!;

  // A wooden-table background and a pale card, lit from one side.
  const bg = ctx.createLinearGradient(0, 0, FRAME_WIDTH, FRAME_HEIGHT);
  bg.addColorStop(0, '#6b4f3a');
  bg.addColorStop(1, '#3d2c20');
  ctx.fillStyle = bg;
  ctx.fillRect(0, 0, FRAME_WIDTH, FRAME_HEIGHT);

  const lowContrast = c === 'low-contrast';
  const ink = lowContrast ? '#6e7478' : '#1a1c1e';
  const paper = lowContrast ? '#a9aeb0' : '#eef1ee';
  const module = c === 'small-modules' ? 2 : 3 + Math.floor(rand() * 3);
  const code = qrCanvas(sample.text, module, rand() < 0.5 ? 'L' : 'M', ink, paper);

  // The user puts the code anywhere inside the guide frame the screen draws, letting it stick out
  // by up to a tenth of the guide.
  const angle = c === 'rotation' ? (rand() * 2 - 1) * Math.PI : (rand() - 0.5) * 0.1;
  const halfBox = ((Math.abs(Math.cos(angle)) + Math.abs(Math.sin(angle))) * code.width) / 2;
  const slack = Math.max(0, (GUIDE_FRACTION * FRAME_HEIGHT * 1.1) / 2 - halfBox);
  const cx = FRAME_WIDTH / 2 + (rand() * 2 - 1) * slack;
  const cy = FRAME_HEIGHT / 2 + (rand() * 2 - 1) * slack;
  ctx.save();
  ctx.translate(cx, cy);
  ctx.fillStyle = paper;
  ctx.fillRect(-code.width * 0.9, -code.height * 0.75, code.width * 1.8, code.height * 1.5);
  ctx.rotate(angle);
  if (c === 'blur') ctx.filter = `blur(${(0.8 + rand() * 0.8).toFixed(2)}px)`;
  if (c === 'perspective') drawKeystone(ctx, code, 0.15 + rand() * 0.15);
  else ctx.drawImage(code, -code.width / 2, -code.height / 2);
  ctx.restore();

  if (c === 'glare') {
    const gx = cx + (rand() - 0.5) * code.width * 0.6;
    const gy = cy + (rand() - 0.5) * code.height * 0.6;
    const glare = ctx.createRadialGradient(gx, gy, 0, gx, gy, code.width * 0.35);
    glare.addColorStop(0, 'rgba(255,255,255,0.85)');
    glare.addColorStop(1, 'rgba(255,255,255,0)');
    ctx.fillStyle = glare;
    ctx.fillRect(0, 0, FRAME_WIDTH, FRAME_HEIGHT);
  }

  const image = ctx.getImageData(0, 0, FRAME_WIDTH, FRAME_HEIGHT);
  if (c === 'noise' || c === 'low-contrast') addNoise(image, c === 'noise' ? 28 : 10, rand);
  return image;
}

/**
 * A card tilted away from the camera: a true perspective (the far edge shorter by `k` and rows
 * bunched towards it), drawn one destination row at a time. With the tilt axis horizontal, each
 * row of the card maps to a row of the frame and is only scaled, so this is exact.
 */
function drawKeystone(ctx: OffscreenCanvasRenderingContext2D, src: OffscreenCanvas, k: number) {
  const { width: w, height: h } = src;
  const d = k / (1 - k); // depth of the top edge relative to the bottom one
  const yOf = (v: number) => ((v - 0.5) * h) / (1 + (1 - v) * d);
  for (let y = Math.floor(yOf(0)); y < Math.ceil(yOf(1)); y++) {
    const v = (y * (1 + d) + h / 2) / (h + y * d);
    if (v < 0 || v >= 1) continue;
    const scale = 1 / (1 + (1 - v) * d);
    ctx.drawImage(src, 0, Math.floor(v * h), w, 1, (-w * scale) / 2, y, w * scale, 1);
  }
}

function addNoise(image: ImageData, sigma: number, rand: () => number) {
  const d = image.data;
  for (let i = 0; i < d.length; i += 4) {
    const n = gaussian(rand) * sigma;
    d[i] = (d[i] as number) + n;
    d[i + 1] = (d[i + 1] as number) + n;
    d[i + 2] = (d[i + 2] as number) + n;
  }
}
