import type { ColumnMapping } from '../../../../shared/roster';
import type { AdminUnit } from '../../../../shared/schemas';
import type { FromWorker, OpenedFile, ReadFailure, ToWorker } from './protocol';
import type { ValidatedFile } from './validateRows';

// The page's handle on its worker: one request at a time, answered by a promise; progress
// arrives through the callback given with the request.

export type ReaderProgress = (phase: 'reading' | 'checking', done: number, total: number) => void;

export class ReadError extends Error {
  constructor(readonly reason: ReadFailure) {
    super(reason);
  }
}

export class ImportReader {
  private readonly worker = new Worker(new URL('./import.worker.ts', import.meta.url), {
    type: 'module',
  });

  private request<T extends FromWorker['type']>(
    message: ToWorker,
    answer: T,
    onProgress?: ReaderProgress,
  ): Promise<Extract<FromWorker, { type: T }>> {
    return new Promise((resolve, reject) => {
      this.worker.onmessage = (event: MessageEvent<FromWorker>) => {
        const data = event.data;
        if (data.type === 'progress') onProgress?.(data.phase, data.done, data.total);
        else if (data.type === 'failed') reject(new ReadError(data.reason));
        else if (data.type === answer) resolve(data as Extract<FromWorker, { type: T }>);
      };
      this.worker.onerror = () => reject(new ReadError('unreadable'));
      this.worker.postMessage(message);
    });
  }

  open(file: Blob, onProgress?: ReaderProgress): Promise<OpenedFile> {
    return this.request({ type: 'open', file }, 'opened', onProgress);
  }

  async validate(
    mapping: ColumnMapping,
    defaultCommune: string | null,
    units: AdminUnit[],
    onProgress?: ReaderProgress,
  ): Promise<ValidatedFile> {
    const done = await this.request(
      { type: 'validate', mapping, defaultCommune, units },
      'validated',
      onProgress,
    );
    return done.result;
  }

  async cells(rows: number[]): Promise<{ row: number; cells: string[] }[]> {
    return (await this.request({ type: 'cells', rows }, 'cells')).rows;
  }

  terminate(): void {
    this.worker.terminate();
  }
}
