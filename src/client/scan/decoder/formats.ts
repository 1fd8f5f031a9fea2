import type { ReaderOptions } from 'zxing-wasm/reader';

// The chip CCCD and the 2024 Căn cước carry a QR code; older cards a Code 128 bar code with the
// ID number only. Each extra format costs decode time on every frame, so the list stays short.
export const ZXING_WASM_FORMATS: ReaderOptions['formats'] = ['QRCode', 'Code128'];
export const NATIVE_FORMATS = ['qr_code', 'code_128'];

// Text is decoded as UTF-8 when the code carries no ECI: CCCD codes do not, and guessing the
// charset is how other readers garble Vietnamese names.
const QUICK: ReaderOptions = {
  formats: ZXING_WASM_FORMATS,
  maxNumberOfSymbols: 1,
  tryHarder: false,
  tryRotate: false,
  tryInvert: false,
  tryDownscale: false,
  characterSet: 'UTF8',
};

const THOROUGH: ReaderOptions = {
  ...QUICK,
  tryHarder: true,
  tryRotate: true,
  tryInvert: true,
  tryDownscale: true,
  tryDenoise: true,
};

// Smoothing already does what downscaling would (average away noise), and big blurred codes read
// better after both.
const SMOOTHED: ReaderOptions = { ...QUICK, tryDownscale: true };

/**
 * Ways of reading a frame. `quick` reads a code held still in fair light; `smooth` first averages
 * away sensor noise (dim rooms, low-contrast prints); `thorough` adds ZXing's harder searches.
 */
export const READER_PASSES = {
  quick: { options: QUICK, smooth: false },
  smooth: { options: SMOOTHED, smooth: true },
  thorough: { options: THOROUGH, smooth: false },
} as const satisfies Record<string, { options: ReaderOptions; smooth: boolean }>;

export type ReaderPass = keyof typeof READER_PASSES;
