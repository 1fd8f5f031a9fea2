import ExcelJS from 'exceljs';
import Papa from 'papaparse';

// Reading a list back the way a spreadsheet would: exceljs for XLSX, papaparse for CSV.

export interface Sheet {
  headers: string[];
  rows: unknown[][];
  /** The worksheet, for views (frozen header), column formats, cell types. */
  worksheet: ExcelJS.Worksheet;
  workbook: ExcelJS.Workbook;
}

export async function readXlsx(bytes: Uint8Array): Promise<Sheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  const worksheet = workbook.worksheets[0]!;
  const all: unknown[][] = [];
  worksheet.eachRow({ includeEmpty: false }, (row) => {
    const cells: unknown[] = [];
    for (let i = 1; i <= worksheet.columnCount; i++) cells.push(row.getCell(i).value ?? null);
    all.push(cells);
  });
  return { headers: all[0] as string[], rows: all.slice(1), worksheet, workbook };
}

export interface Csv {
  text: string;
  headers: string[];
  rows: string[][];
}

/** Decodes UTF-8 (keeping the BOM in `text`) and parses RFC 4180. */
export function readCsv(bytes: Uint8Array): Csv {
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), {
    newline: '\r\n',
    skipEmptyLines: true,
  });
  if (parsed.errors.length > 0) throw new Error(JSON.stringify(parsed.errors.slice(0, 3)));
  return { text, headers: parsed.data[0]!, rows: parsed.data.slice(1) };
}

/** Column values by header name. */
export function column<T>(sheet: { headers: string[]; rows: T[][] }, header: string): T[] {
  const i = sheet.headers.indexOf(header);
  if (i < 0) throw new Error(`no column ${header}: ${sheet.headers.join(' | ')}`);
  return sheet.rows.map((r) => r[i]!);
}

export function rowWhere<T>(
  sheet: { headers: string[]; rows: T[][] },
  header: string,
  value: unknown,
): Record<string, T> {
  const i = sheet.headers.indexOf(header);
  const row = sheet.rows.find((r) => r[i] === value);
  if (!row) throw new Error(`no row with ${header} = ${String(value)}`);
  return Object.fromEntries(sheet.headers.map((h, j) => [h, row[j]!]));
}

export async function download(
  base: string,
  method: 'GET' | 'POST',
  url: string,
  token: string | undefined,
  json?: unknown,
): Promise<{ status: number; bytes: Uint8Array; headers: Headers; json: () => unknown }> {
  const headers: Record<string, string> = {};
  if (token) headers.authorization = `Bearer ${token}`;
  if (json !== undefined) headers['content-type'] = 'application/json';
  const res = await fetch(`${base}${url}`, {
    method,
    headers,
    body: json === undefined ? undefined : JSON.stringify(json),
  });
  const bytes = new Uint8Array(await res.arrayBuffer());
  return {
    status: res.status,
    bytes,
    headers: res.headers,
    json: () => JSON.parse(new TextDecoder().decode(bytes)),
  };
}
