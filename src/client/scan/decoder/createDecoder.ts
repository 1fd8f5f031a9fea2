import type { EngineName, Frame, FrameDecoder, FrameSource } from './types';
import { NativeDecoder, nativeQrSupported } from './nativeDecoder';
import { WorkerDecoder } from './workerDecoder';
import { looksGarbled } from './normalize';

/**
 * The native detector, backed by zxing-wasm for answers in the wrong charset: some platform
 * detectors guess the encoding of byte-mode QR codes, and a CCCD code carries no ECI.
 */
class CheckedNativeDecoder implements FrameDecoder {
  readonly engine = 'native' as const;
  private backup: Promise<FrameDecoder> | null = null;

  constructor(private readonly native: NativeDecoder) {}

  async decode(frame: Frame, source?: FrameSource): Promise<string | null> {
    const text = await this.native.peek(frame);
    if (text === null || !looksGarbled(text)) {
      if (!(frame instanceof ImageData)) frame.close();
      return text;
    }
    this.backup ??= startWasmOrJs();
    return (await this.backup).decode(frame, source);
  }

  dispose(): void {
    void this.backup?.then((d) => d.dispose());
  }
}

/** The JavaScript port is large and rarely needed, so it is its own chunk, loaded on demand. */
async function startZxingJs(): Promise<FrameDecoder> {
  const { ZxingJsDecoder } = await import('./zxingJsDecoder');
  return new ZxingJsDecoder();
}

async function startWasmOrJs(): Promise<FrameDecoder> {
  try {
    return await WorkerDecoder.start();
  } catch {
    return startZxingJs();
  }
}

/**
 * Picks the best decoder this browser offers: its own BarcodeDetector when it reads QR codes,
 * else ZXing-C++ (WebAssembly) in a worker, else ZXing's JavaScript port. `engine` forces one
 * (used by the benchmark to compare them side by side).
 */
export async function createDecoder(engine?: EngineName): Promise<FrameDecoder> {
  if (engine === 'zxing-wasm') return WorkerDecoder.start();
  if (engine === 'zxing-js') return startZxingJs();
  if (engine === 'native' || (await nativeQrSupported())) {
    return new CheckedNativeDecoder(await NativeDecoder.start());
  }
  return startWasmOrJs();
}
