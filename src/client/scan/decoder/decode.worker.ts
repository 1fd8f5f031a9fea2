import { loadZxingWasm, readPass, readPhoto } from './zxingWasmCore';
import { scanRegion, type Rect } from './geometry';
import { crop, type RgbaImage } from './pixels';
import type { WorkerReply, WorkerRequest } from './protocol';

interface WorkerScope {
  onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null;
  postMessage(message: WorkerReply): void;
}
const scope = self as unknown as WorkerScope;

type Incoming = Extract<WorkerRequest, { kind: 'decode' }>['frame'];

/** The pixels to read: for video only the scan region, read straight out of a bitmap. */
function pixelsOf(frame: Incoming, region: (w: number, h: number) => Rect | null): RgbaImage {
  const r = region(frame.width, frame.height);
  if ('pixels' in frame) {
    const image = {
      data: new Uint8ClampedArray(frame.pixels),
      width: frame.width,
      height: frame.height,
    };
    return r ? crop(image, r) : image;
  }
  const area = r ?? { x: 0, y: 0, width: frame.width, height: frame.height };
  const canvas = new OffscreenCanvas(area.width, area.height);
  const ctx = canvas.getContext('2d', { willReadFrequently: true });
  if (!ctx) throw new Error('OffscreenCanvas 2D context unavailable');
  ctx.drawImage(frame, -area.x, -area.y);
  frame.close();
  return ctx.getImageData(0, 0, area.width, area.height);
}

async function handle(request: WorkerRequest): Promise<WorkerReply> {
  try {
    if (request.kind === 'warmup') {
      await loadZxingWasm();
      return { id: request.id, ok: true, text: null };
    }
    const text =
      request.source === 'photo'
        ? await readPhoto(pixelsOf(request.frame, () => null))
        : await readPass(pixelsOf(request.frame, scanRegion), request.pass);
    return { id: request.id, ok: true, text };
  } catch (error) {
    return { id: request.id, ok: false, error: String(error) };
  }
}

scope.onmessage = (event) => {
  void handle(event.data).then((reply) => scope.postMessage(reply));
};
