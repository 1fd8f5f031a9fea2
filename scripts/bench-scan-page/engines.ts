import { readBarcodes } from 'zxing-wasm/reader';
import { BrowserMultiFormatReader } from '@zxing/browser';
import { createDecoder } from '../../src/client/scan/decoder/createDecoder';
import { PassPolicy } from '../../src/client/scan/decoder/passPolicy';
import { toNfc } from '../../src/client/scan/decoder/normalize';
import { loadZxingWasm, readPass } from '../../src/client/scan/decoder/zxingWasmCore';
import { scanRegion } from '../../src/client/scan/decoder/geometry';
import { crop } from '../../src/client/scan/decoder/pixels';
import type { FrameDecoder } from '../../src/client/scan/decoder/types';

// The engines compared. Chromium cannot CPU-throttle a dedicated worker over CDP ("Operation is
// only supported for pages, not workers"), so besides the real pipeline (worker) the pipeline's
// decode code also runs on the page's main thread, where 4× throttling applies.
export const ENGINES = {
  /** The product: createDecoder() as the scanner uses it (a worker here, on Linux Chromium). */
  pipeline: () => createDecoder(),
  /** The same scan region, reader passes and pass policy, called on the main thread. */
  'pipeline-inline': async (): Promise<FrameDecoder> => {
    await loadZxingWasm();
    const policy = new PassPolicy();
    return {
      engine: 'zxing-wasm',
      async decode(frame) {
        const image = frame as ImageData;
        const region = crop(image, scanRegion(image.width, image.height));
        const text = toNfc(await readPass(region, policy.next()));
        policy.record(text !== null);
        return text;
      },
      dispose() {},
    };
  },
  /** zxing-wasm alone: its default options (tryHarder, rotations, charset guess), whole frame. */
  'zxing-wasm': async (): Promise<FrameDecoder> => {
    await loadZxingWasm();
    return {
      engine: 'zxing-wasm',
      async decode(frame) {
        const results = await readBarcodes(frame as ImageData, {
          formats: ['QRCode', 'Code128'],
          maxNumberOfSymbols: 1,
        });
        return toNfc(results[0]?.text);
      },
      dispose() {},
    };
  },
  /** @zxing/browser alone: its reader with no hints on the whole frame, main thread. */
  'zxing-js': async (): Promise<FrameDecoder> => {
    const reader = new BrowserMultiFormatReader();
    const canvas = document.createElement('canvas');
    return {
      engine: 'zxing-js',
      async decode(frame) {
        canvas.width = frame.width;
        canvas.height = frame.height;
        canvas
          .getContext('2d', { willReadFrequently: true })!
          .putImageData(frame as ImageData, 0, 0);
        try {
          return toNfc(reader.decodeFromCanvas(canvas).getText());
        } catch {
          return null;
        }
      },
      dispose() {},
    };
  },
  /** The browser's BarcodeDetector, when it has one. */
  native: () => createDecoder('native'),
} satisfies Record<string, () => Promise<FrameDecoder>>;

export type BenchEngine = keyof typeof ENGINES;
