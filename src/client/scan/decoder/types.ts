/** A camera frame or a photo, as the browser hands it over. */
export type Frame = ImageData | ImageBitmap;

/** Which decoder answered: the browser's own, ZXing-C++ in WebAssembly, or ZXing's JavaScript port. */
export type EngineName = 'native' | 'zxing-wasm' | 'zxing-js';

/**
 * Where a frame comes from: a video frame gets a quick look (the next frame is a second chance),
 * a photo gets the thorough one straight away.
 */
export type FrameSource = 'video' | 'photo';

/**
 * The one interface the scanner uses. `decode` resolves to the barcode's text (NFC) or null, and
 * takes ownership of the frame (its pixels may be transferred to a worker).
 */
export interface FrameDecoder {
  readonly engine: EngineName;
  decode(frame: Frame, source?: FrameSource): Promise<string | null>;
  /** Stops the worker and frees the engine; decode() rejects afterwards. */
  dispose(): void;
}
