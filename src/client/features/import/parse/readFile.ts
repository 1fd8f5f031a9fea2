import Papa from 'papaparse';
import { LIMITS } from '../../../../shared/schemas';
import { cellText } from './cellText';
import { decodeText } from './decodeText';

// The file's rows as text cells, read in the worker. CSV: decoded, then parsed by papaparse in
// chunks (progress as it goes; the delimiter , ; or tab is detected). XLSX: exceljs reads the
// workbook (no progress inside that call), then the first sheet with data is walked row by row.

export type Progress = (done: number, total: number) => void;
export type Rows = string[][];

const clip = (cells: readonly string[]) =>
  cells.slice(0, LIMITS.importColumnsMax).map((c) => c.slice(0, LIMITS.importCellMax));

export function isXlsx(bytes: Uint8Array): boolean {
  // A zip archive ("PK\x03\x04"): XLSX is one; a CSV never starts so.
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

export function readCsv(bytes: Uint8Array, onProgress: Progress): Rows {
  const { text } = decodeText(bytes);
  const rows: Rows = [];
  Papa.parse<string[]>(text, {
    chunkSize: 1 << 20,
    skipEmptyLines: false,
    chunk: (results: Papa.ParseResult<string[]>) => {
      for (const row of results.data) rows.push(clip(row));
      onProgress(results.meta.cursor, text.length);
    },
    complete: () => undefined,
  });
  return rows;
}

export async function readXlsx(bytes: Uint8Array, onProgress: Progress): Promise<Rows> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(
    bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
  );
  const sheet = workbook.worksheets.find((w) => w.actualRowCount > 0);
  if (!sheet) return [];
  const rows: Rows = [];
  const total = sheet.rowCount;
  sheet.eachRow({ includeEmpty: true }, (row, number) => {
    // row.values is 1-based: index 0 is always empty.
    const values = Array.isArray(row.values) ? row.values.slice(1) : [];
    rows[number - 1] = clip(Array.from(values, cellText));
    if (number % 2000 === 0) onProgress(number, total);
  });
  for (let i = 0; i < rows.length; i++) rows[i] ??= [];
  onProgress(total, total);
  return rows;
}
