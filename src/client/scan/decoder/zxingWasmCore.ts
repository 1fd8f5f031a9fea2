import { prepareZXingModule, readBarcodes } from 'zxing-wasm/reader';
// The .wasm ships with the app (hashed under assets/, precached by the service worker), so the
// scanner works offline and never reaches a CDN, which is zxing-wasm's default.
import wasmUrl from 'zxing-wasm/reader/zxing_reader.wasm?url';
import { READER_PASSES, type ReaderPass } from './formats';
import { smoothGrey, type RgbaImage } from './pixels';
import { PHOTO_PASSES } from './passPolicy';

let ready: Promise<unknown> | null = null;

/** Compiles the wasm once; a failed attempt may be retried. */
export function loadZxingWasm(): Promise<unknown> {
  ready ??= prepareZXingModule({
    overrides: {
      locateFile: (file: string, prefix: string) =>
        file.endsWith('.wasm') ? new URL(wasmUrl, self.location.href).href : prefix + file,
    },
    fireImmediately: true,
  }).catch((error: unknown) => {
    ready = null;
    throw error;
  });
  return ready;
}

/** Reads the first valid QR / Code 128 in the image with one reader pass, or null. */
export async function readPass(image: RgbaImage, pass: ReaderPass): Promise<string | null> {
  await loadZxingWasm();
  const { options, smooth } = READER_PASSES[pass];
  const pixels = smooth ? smoothGrey(image) : image;
  // zxing-wasm only reads the three ImageData fields, so plain pixels will do.
  const results = await readBarcodes(pixels as ImageData, options);
  return results.find((r) => r.isValid)?.text ?? null;
}

/** A photo gets no second frame: every photo pass in turn until one reads. */
export async function readPhoto(image: RgbaImage): Promise<string | null> {
  for (const pass of PHOTO_PASSES) {
    const text = await readPass(image, pass);
    if (text !== null) return text;
  }
  return null;
}
