import Papa from 'papaparse';
import type { ImportField, ImportReport } from '../../../shared/roster';
import type { SharedMessageKey } from '../../../shared/messages';
import type { RejectedRow } from './parse/validateRows';

// Rows refused in the browser and rows refused by the server, as one list by row number, and as a
// CSV the office opens in Excel (UTF-8 with BOM), corrects and imports again.

export interface RejectedLine {
  row: number;
  reasons: {
    field: ImportField | null;
    key: SharedMessageKey;
    params?: Record<string, string | number>;
  }[];
}

export function mergeRejected(
  local: readonly RejectedRow[],
  server: ImportReport['rejected'],
): RejectedLine[] {
  const lines = new Map<number, RejectedLine>();
  for (const r of local) lines.set(r.row, { row: r.row, reasons: [...r.issues] });
  for (const r of server) {
    const line = lines.get(r.row) ?? { row: r.row, reasons: [] };
    line.reasons.push({ field: null, key: r.key as SharedMessageKey, params: r.params });
    lines.set(r.row, line);
  }
  return [...lines.values()].sort((a, b) => a.row - b.row);
}

export function rejectedCsv(
  rowLabel: string,
  reasonLabel: string,
  headers: readonly string[],
  lines: readonly { row: number; cells: readonly string[]; reason: string }[],
): string {
  const body = lines.map((l) => [
    String(l.row),
    ...headers.map((_, i) => l.cells[i] ?? ''),
    l.reason,
  ]);
  return `\uFEFF${Papa.unparse([[rowLabel, ...headers, reasonLabel], ...body])}`;
}
