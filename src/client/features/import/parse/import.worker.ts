/// <reference lib="webworker" />
import '../../../platform/strictCsp';
import { findHeaderRow } from '../../../../shared/roster';
import { LIMITS } from '../../../../shared/schemas';
import type { FromWorker, ToWorker } from './protocol';
import { isXlsx, readCsv, readXlsx, type Rows } from './readFile';
import { validateRows } from './validateRows';

// Reads and checks the roster file off the page's thread, so 100,000 rows never freeze it. The
// rows stay here between steps: the page asks for a row's cells only to export rejected rows.

declare const self: DedicatedWorkerGlobalScope;

let rows: Rows = [];
let headerRow = 0;

const send = (message: FromWorker) => self.postMessage(message);

async function open(file: Blob): Promise<void> {
  if (file.size > LIMITS.importFileBytesMax) return send({ type: 'failed', reason: 'tooLarge' });
  const bytes = new Uint8Array(await file.arrayBuffer());
  const progress = (done: number, total: number) =>
    send({ type: 'progress', phase: 'reading', done, total });
  try {
    rows = isXlsx(bytes) ? await readXlsx(bytes, progress) : readCsv(bytes, progress);
  } catch {
    rows = [];
    return send({ type: 'failed', reason: 'unreadable' });
  }
  while (rows.length > 0 && rows.at(-1)!.every((c) => c.trim() === '')) rows.pop();
  headerRow = findHeaderRow(rows);
  const dataRows = rows.length - headerRow - 1;
  if (dataRows <= 0) return send({ type: 'failed', reason: 'empty' });
  if (dataRows > LIMITS.importRowsMax) return send({ type: 'failed', reason: 'tooManyRows' });
  send({
    type: 'opened',
    headers: rows[headerRow]!,
    sample: rows.slice(headerRow + 1, headerRow + 4),
    headerRow,
    dataRows,
  });
}

self.onmessage = (event: MessageEvent<ToWorker>) => {
  const message = event.data;
  if (message.type === 'open') void open(message.file);
  else if (message.type === 'validate') {
    const result = validateRows(rows, {
      ...message,
      firstRow: headerRow + 1,
      onProgress: (done, total) => send({ type: 'progress', phase: 'checking', done, total }),
    });
    send({ type: 'validated', result });
  } else {
    send({ type: 'cells', rows: message.rows.map((row) => ({ row, cells: rows[row - 1] ?? [] })) });
  }
};
