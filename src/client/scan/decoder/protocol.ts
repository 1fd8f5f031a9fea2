import type { ReaderPass } from './formats';
import type { FrameSource } from './types';

// Messages between the page and the decode worker. Pixels travel as a transferred buffer (or a
// transferred ImageBitmap), never copied.
export type WorkerRequest =
  | { id: number; kind: 'warmup' }
  | {
      id: number;
      kind: 'decode';
      source: FrameSource;
      pass: ReaderPass;
      frame: ImageBitmap | { width: number; height: number; pixels: ArrayBuffer };
    };

export type WorkerReply =
  { id: number; ok: true; text: string | null } | { id: number; ok: false; error: string };
