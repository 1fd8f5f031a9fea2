import type { Frame, FrameDecoder } from './types';
import { NATIVE_FORMATS } from './formats';
import { toNfc } from './normalize';

// The Shape Detection API is not in TypeScript's DOM library yet.
interface DetectedBarcode {
  rawValue: string;
}
interface BarcodeDetectorInstance {
  detect(source: ImageBitmapSource): Promise<DetectedBarcode[]>;
}
interface BarcodeDetectorClass {
  new (options?: { formats: string[] }): BarcodeDetectorInstance;
  getSupportedFormats(): Promise<string[]>;
}

function detectorClass(): BarcodeDetectorClass | undefined {
  return (globalThis as { BarcodeDetector?: BarcodeDetectorClass }).BarcodeDetector;
}

/** True when the browser's own detector reads QR codes (Android Chrome does; desktop Linux not). */
export async function nativeQrSupported(): Promise<boolean> {
  const Detector = detectorClass();
  if (!Detector) return false;
  try {
    return (await Detector.getSupportedFormats()).includes('qr_code');
  } catch {
    return false;
  }
}

/** The browser's BarcodeDetector; it runs off the main thread on its own. */
export class NativeDecoder implements FrameDecoder {
  readonly engine = 'native' as const;
  private readonly detector: BarcodeDetectorInstance;

  constructor(formats: string[]) {
    const Detector = detectorClass();
    if (!Detector) throw new Error('BarcodeDetector unavailable');
    this.detector = new Detector({ formats });
  }

  static async start(): Promise<NativeDecoder> {
    const Detector = detectorClass();
    const supported = Detector ? await Detector.getSupportedFormats() : [];
    return new NativeDecoder(NATIVE_FORMATS.filter((f) => supported.includes(f)));
  }

  /** Reads without consuming the frame, so a garbled answer can be re-read by another engine. */
  async peek(frame: Frame): Promise<string | null> {
    const found = await this.detector.detect(frame);
    return toNfc(found[0]?.rawValue);
  }

  async decode(frame: Frame): Promise<string | null> {
    try {
      return await this.peek(frame);
    } finally {
      if (!(frame instanceof ImageData)) frame.close();
    }
  }

  dispose(): void {}
}
