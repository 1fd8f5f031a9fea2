import ExcelJS from 'exceljs';
import { PassThrough } from 'node:stream';
import { csvHeader, csvRow, type FileColumn, type Row } from '../../shared/exports/csv';

// The two file formats of a list. XLSX: a real sheet — dates as dates, amounts as numbers, ID
// numbers, phones and account numbers as text so leading zeros survive, the header row frozen.
// CSV: the shared writer (BOM, CRLF, RFC 4180, formulas neutralised). Both are written row by row
// through exceljs's streaming writer / string chunks, never as one in-memory sheet model.

export interface SheetInfo {
  sheet: string;
  /** Lines of the "Thông tin" sheet: what the list is, for whom, when, by whom. */
  about: readonly [string, string][];
}

export const MEDIA_TYPES = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
} as const;

const NUMBER_FORMATS = { date: 'dd/mm/yyyy', money: '#,##0', integer: '0', text: '@' } as const;

/** "1948-09-05" → a date cell; a year-only date ("1940") stays text, as stored. */
function xlsxValue(column: FileColumn, value: Row[string]): ExcelJS.CellValue {
  if (value === null || value === undefined) return null;
  if (column.kind === 'date' && typeof value === 'string') {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
    if (m) return new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  }
  return value;
}

export async function buildXlsx(
  info: SheetInfo,
  columns: readonly FileColumn[],
  rows: Iterable<Row>,
): Promise<Buffer> {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<void>((resolve, reject) => {
    stream.on('end', resolve);
    stream.on('error', reject);
  });
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream,
    useStyles: true,
    useSharedStrings: false,
  });
  workbook.creator = 'Ghi Danh';
  const sheet = workbook.addWorksheet(info.sheet, {
    views: [{ state: 'frozen', ySplit: 1, xSplit: 0 }],
  });
  // A year-only birth date stays text in a date column; the format then does not apply.
  sheet.columns = columns.map((c) => ({
    key: c.key,
    header: c.header,
    width: c.width,
    style: { numFmt: NUMBER_FORMATS[c.kind] },
  }));
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).commit();
  for (const row of rows) {
    sheet
      .addRow(Object.fromEntries(columns.map((c) => [c.key, xlsxValue(c, row[c.key])])))
      .commit();
  }
  sheet.commit();
  const about = workbook.addWorksheet('Thông tin');
  about.columns = [
    { key: 'k', width: 24 },
    { key: 'v', width: 60, style: { numFmt: '@' } },
  ];
  for (const [k, v] of info.about) about.addRow({ k, v }).commit();
  about.commit();
  await workbook.commit();
  await done;
  return Buffer.concat(chunks);
}

export function buildCsv(columns: readonly FileColumn[], rows: Iterable<Row>): Buffer {
  const parts = [csvHeader(columns)];
  for (const row of rows) parts.push(csvRow(columns, row));
  return Buffer.from(parts.join(''), 'utf8');
}
