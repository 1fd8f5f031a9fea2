import { formatVnDate } from '../dates';
import type { CellKind } from './columns';

// CSV that Excel and LibreOffice open as intended: UTF-8 with a byte-order mark (Excel otherwise
// guesses a legacy code page and mangles Vietnamese), CRLF line ends and RFC 4180 quoting. A text
// cell that a spreadsheet would run as a formula gets a leading apostrophe.

export type Cell = string | number | null;
export type Row = Readonly<Record<string, Cell | undefined>>;

/** A column of a file: its key in a Row, header, kind and width. */
export interface FileColumn {
  readonly key: string;
  readonly header: string;
  readonly kind: CellKind;
  readonly width: number;
}

export const BOM = '\uFEFF';
const FORMULA_START = /^[=+\-@\t\r]/;

/** "=HYPERLINK(…)" → "'=HYPERLINK(…)": shown as typed, never evaluated. */
export function neutralizeFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

export function quoteCsv(text: string): string {
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A cell as the file shows it: dates DD/MM/YYYY, numbers as digits, text neutralised. */
export function csvCell(kind: CellKind, value: Cell | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return String(value);
  if (kind === 'date') return formatVnDate(value);
  return quoteCsv(neutralizeFormula(value));
}

export function csvLine(cells: readonly string[]): string {
  return `${cells.join(',')}\r\n`;
}

export function csvHeader(columns: readonly FileColumn[]): string {
  return BOM + csvLine(columns.map((c) => quoteCsv(neutralizeFormula(c.header))));
}

export function csvRow(columns: readonly FileColumn[], row: Row): string {
  return csvLine(columns.map((c) => csvCell(c.kind, row[c.key])));
}
