import type { ColumnMapping } from '../../../../shared/roster';
import type { AdminUnit } from '../../../../shared/schemas';
import type { ValidatedFile } from './validateRows';

// Messages between the import page and its worker.

export type ToWorker =
  | { type: 'open'; file: Blob }
  | { type: 'validate'; mapping: ColumnMapping; defaultCommune: string | null; units: AdminUnit[] }
  | { type: 'cells'; rows: number[] };

export type ReadFailure = 'unreadable' | 'empty' | 'tooManyRows' | 'tooLarge';

export interface OpenedFile {
  headers: string[];
  /** The first data rows, to check the mapping by eye. */
  sample: string[][];
  /** Where the header is (0-based); data rows follow it. */
  headerRow: number;
  dataRows: number;
}

export type FromWorker =
  | { type: 'progress'; phase: 'reading' | 'checking'; done: number; total: number }
  | ({ type: 'opened' } & OpenedFile)
  | { type: 'validated'; result: ValidatedFile }
  | { type: 'cells'; rows: { row: number; cells: string[] }[] }
  | { type: 'failed'; reason: ReadFailure };
