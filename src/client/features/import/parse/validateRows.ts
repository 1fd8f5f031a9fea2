import {
  communeResolver,
  heldKeysOf,
  mapImportRow,
  rowKey,
  type ColumnMapping,
  type ImportEntry,
  type RowIssue,
} from '../../../../shared/roster';
import type { AdminUnit } from '../../../../shared/schemas';

// Every data row of the file through the shared row mapper, in the worker. A row describing the
// same person as an earlier row is refused here already (the server checks again).

export interface RejectedRow {
  /** The row's number in the file as a spreadsheet shows it (the header is a row too). */
  row: number;
  issues: RowIssue[];
}

export interface ValidatedFile {
  accepted: { row: number; entry: ImportEntry }[];
  rejected: RejectedRow[];
  held: { row: number; keys: string[] }[];
}

export interface ValidateOptions {
  mapping: ColumnMapping;
  defaultCommune: string | null;
  units: readonly AdminUnit[];
  /** Index of the first data row in `rows`; row numbers are index + 1. */
  firstRow: number;
  onProgress?: (done: number, total: number) => void;
}

const PROGRESS_EVERY = 2000;

export function validateRows(
  rows: readonly (readonly string[])[],
  options: ValidateOptions,
): ValidatedFile {
  const context = {
    mapping: options.mapping,
    communes: communeResolver(options.units),
    defaultCommune: options.defaultCommune,
  };
  const result: ValidatedFile = { accepted: [], rejected: [], held: [] };
  const seen = new Map<string, number>();
  const total = rows.length - options.firstRow;
  for (let i = options.firstRow; i < rows.length; i++) {
    const cells = rows[i]!;
    const row = i + 1;
    if (cells.every((c) => c.trim() === '')) continue; // blank lines between blocks
    const mapped = mapImportRow(cells, context);
    if (mapped.ok) {
      const key = rowKey(mapped.entry);
      const earlier = seen.get(key);
      if (earlier === undefined) {
        seen.set(key, row);
        result.accepted.push({ row, entry: mapped.entry });
      } else {
        result.rejected.push({
          row,
          issues: [{ field: null, key: 'import.row.duplicate', params: { row: earlier } }],
        });
      }
    } else {
      result.rejected.push({ row, issues: mapped.issues });
      const keys = heldKeysOf(cells, context);
      if (keys.length > 0) result.held.push({ row, keys });
    }
    const done = i - options.firstRow + 1;
    if (done % PROGRESS_EVERY === 0) options.onProgress?.(done, total);
  }
  options.onProgress?.(total, total);
  return result;
}
