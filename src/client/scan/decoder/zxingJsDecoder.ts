import { BrowserMultiFormatReader } from '@zxing/browser';
import {
  BarcodeFormat,
  ChecksumException,
  DecodeHintType,
  FormatException,
  NotFoundException,
} from '@zxing/library';
import type { Frame, FrameDecoder, FrameSource } from './types';
import { scanRegion } from './geometry';
import { toNfc } from './normalize';

/**
 * ZXing's JavaScript port through @zxing/browser, on the main thread: the last resort when neither
 * the browser's detector nor WebAssembly in a worker is available. Slow on low-end devices and it
 * misses some clean codes, which is why it is not the first choice.
 */
export class ZxingJsDecoder implements FrameDecoder {
  readonly engine = 'zxing-js' as const;
  private readonly reader: BrowserMultiFormatReader;
  private readonly canvas = document.createElement('canvas');

  constructor() {
    const hints = new Map<DecodeHintType, unknown>([
      [DecodeHintType.POSSIBLE_FORMATS, [BarcodeFormat.QR_CODE, BarcodeFormat.CODE_128]],
      [DecodeHintType.TRY_HARDER, true],
      // Without this the port guesses the charset and can turn Vietnamese into mojibake.
      [DecodeHintType.CHARACTER_SET, 'UTF-8'],
    ]);
    this.reader = new BrowserMultiFormatReader(hints);
  }

  async decode(frame: Frame, source: FrameSource = 'video'): Promise<string | null> {
    // Video frames: only the scan region, as the worker does; this port is slow enough already.
    const whole = { x: 0, y: 0, width: frame.width, height: frame.height };
    const r = source === 'video' ? scanRegion(frame.width, frame.height) : whole;
    this.canvas.width = r.width;
    this.canvas.height = r.height;
    const ctx = this.canvas.getContext('2d', { willReadFrequently: true });
    if (!ctx) throw new Error('canvas 2D context unavailable');
    if (frame instanceof ImageData)
      ctx.putImageData(frame, -r.x, -r.y, r.x, r.y, r.width, r.height);
    else {
      ctx.drawImage(frame, -r.x, -r.y);
      frame.close();
    }
    try {
      return toNfc(this.reader.decodeFromCanvas(this.canvas).getText());
    } catch (error) {
      // These three mean "no readable code in this frame"; anything else is a real fault.
      const miss =
        error instanceof NotFoundException ||
        error instanceof ChecksumException ||
        error instanceof FormatException;
      if (miss) return null;
      throw error;
    }
  }

  dispose(): void {}
}
