import type { Frame, FrameDecoder, FrameSource } from './types';
import type { WorkerReply, WorkerRequest } from './protocol';
import type { ReaderPass } from './formats';
import { PassPolicy } from './passPolicy';
import { toNfc } from './normalize';

type Pending = { resolve: (text: string | null) => void; reject: (error: Error) => void };

/** zxing-wasm (ZXing-C++) in a dedicated worker. Takes ownership of each frame it is given. */
export class WorkerDecoder implements FrameDecoder {
  readonly engine = 'zxing-wasm' as const;
  private readonly worker: Worker;
  private readonly pending = new Map<number, Pending>();
  private readonly policy = new PassPolicy();
  private nextId = 1;
  private disposed = false;

  private constructor() {
    this.worker = new Worker(new URL('./decode.worker.ts', import.meta.url), { type: 'module' });
    this.worker.onmessage = (event: MessageEvent<WorkerReply>) => this.settle(event.data);
    this.worker.onerror = (event) =>
      this.failAll(new Error(event.message || 'decode worker failed'));
  }

  /** Starts the worker and waits until the wasm is compiled; rejects if it cannot be. */
  static async start(): Promise<WorkerDecoder> {
    const decoder = new WorkerDecoder();
    try {
      await decoder.send({ id: 0, kind: 'warmup' }, []);
      return decoder;
    } catch (error) {
      decoder.dispose();
      throw error;
    }
  }

  /** Video frames get a pass that adapts to recent misses (see PassPolicy). */
  async decode(frame: Frame, source: FrameSource = 'video'): Promise<string | null> {
    if (source === 'photo') return this.post(frame, 'photo', 'thorough');
    const text = await this.post(frame, 'video', this.policy.next());
    this.policy.record(text !== null);
    return text;
  }

  private async post(frame: Frame, source: FrameSource, pass: ReaderPass): Promise<string | null> {
    if (frame instanceof ImageData) {
      const pixels = frame.data.buffer as ArrayBuffer;
      const payload = { width: frame.width, height: frame.height, pixels };
      return toNfc(
        await this.send({ id: 0, kind: 'decode', source, pass, frame: payload }, [pixels]),
      );
    }
    return toNfc(await this.send({ id: 0, kind: 'decode', source, pass, frame }, [frame]));
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    this.worker.terminate();
    this.failAll(new Error('decoder disposed'));
  }

  private send(request: WorkerRequest, transfer: Transferable[]): Promise<string | null> {
    if (this.disposed) return Promise.reject(new Error('decoder disposed'));
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.worker.postMessage({ ...request, id }, transfer);
    });
  }

  private settle(reply: WorkerReply): void {
    const pending = this.pending.get(reply.id);
    if (!pending) return;
    this.pending.delete(reply.id);
    if (reply.ok) pending.resolve(reply.text);
    else pending.reject(new Error(reply.error));
  }

  private failAll(error: Error): void {
    for (const pending of this.pending.values()) pending.reject(error);
    this.pending.clear();
  }
}
