import type { z } from 'zod';
import type { SharedMessageKey } from '../messages';
import { beneficiarySchema } from '../schemas/beneficiary';
import { LIMITS } from '../schemas/limits';
import type { CommuneResolver } from './communes';
import type { ColumnMapping, ImportField } from './importFields';
import { partialKeys } from './matching';
import {
  readAmount,
  readBirthDate,
  readCategory,
  readIdNumber,
  readPhone,
  readSex,
} from './importValues';

// One row of the office's file → the roster fields of one beneficiary, checked by the very schema
// every roster entry passes (beneficiarySchema). The same function runs in the browser's worker
// and its result is checked again by the server, so both refuse a row for the same reason.

/** The fields an import sets; id, status and updatedAt belong to the roster entry it updates. */
export const importEntrySchema = beneficiarySchema.pick({
  fullName: true,
  dateOfBirth: true,
  sex: true,
  idNumber: true,
  category: true,
  communeCode: true,
  village: true,
  phone: true,
  monthlyAmount: true,
});
export type ImportEntry = z.output<typeof importEntrySchema>;
export const IMPORT_ENTRY_FIELDS = Object.keys(importEntrySchema.shape) as (keyof ImportEntry)[];

export interface RowIssue {
  /** The file column's field, or null for the row as a whole. */
  field: ImportField | null;
  key: SharedMessageKey;
  params?: Record<string, string | number>;
}

export type MappedRow = { ok: true; entry: ImportEntry } | { ok: false; issues: RowIssue[] };

export interface RowContext {
  mapping: ColumnMapping;
  communes: CommuneResolver;
  /** The commune of every row when the file has no commune column. */
  defaultCommune: string | null;
}

const SCHEMA_FIELD: Record<keyof ImportEntry, ImportField> = {
  fullName: 'fullName',
  dateOfBirth: 'dateOfBirth',
  sex: 'sex',
  idNumber: 'idNumber',
  category: 'category',
  communeCode: 'commune',
  village: 'village',
  phone: 'phone',
  monthlyAmount: 'monthlyAmount',
};

function cellReader(cells: readonly unknown[], mapping: ColumnMapping) {
  return (field: ImportField): string => {
    const index = mapping[field];
    if (index === null) return '';
    const value = cells[index];
    return typeof value === 'string' ? value.slice(0, LIMITS.importCellMax).trim() : '';
  };
}

/** Never throws, whatever the cells hold. */
export function mapImportRow(cells: readonly unknown[], context: RowContext): MappedRow {
  const cell = cellReader(cells, context.mapping);
  if (cells.every((c) => typeof c !== 'string' || c.trim() === '')) {
    return { ok: false, issues: [{ field: null, key: 'import.row.empty' }] };
  }
  const issues: RowIssue[] = [];
  const read = <T>(field: ImportField, reader: (s: string) => T | null, key: SharedMessageKey) => {
    const text = cell(field);
    if (text === '') return undefined; // the schema says "required" in its own words
    const value = reader(text);
    if (value === null) issues.push({ field, key, params: { value: text.slice(0, 60) } });
    return value ?? undefined;
  };

  const candidate = {
    fullName: cell('fullName'),
    dateOfBirth: read('dateOfBirth', readBirthDate, 'import.date.unknown'),
    sex: read('sex', readSex, 'import.sex.unknown'),
    idNumber: cell('idNumber') === '' ? null : readIdNumber(cell('idNumber')),
    category: read('category', readCategory, 'import.category.unknown'),
    communeCode: communeOf(cell('commune'), context, issues),
    village: cell('village'),
    phone: cell('phone') === '' ? null : readPhone(cell('phone')),
    monthlyAmount: read('monthlyAmount', readAmount, 'import.amount.unknown'),
  };
  const result = importEntrySchema.safeParse(candidate);
  if (result.success && issues.length === 0) return { ok: true, entry: result.data };
  const flagged = new Set(issues.map((i) => i.field));
  for (const issue of result.success ? [] : result.error.issues) {
    const field = SCHEMA_FIELD[issue.path[0] as keyof ImportEntry] ?? null;
    if (flagged.has(field)) continue; // one message per cell: the reader's names the text
    flagged.add(field);
    const params =
      'params' in issue && issue.params ? (issue.params as Record<string, string>) : undefined;
    issues.push({ field, key: issue.message as SharedMessageKey, ...(params ? { params } : {}) });
  }
  return { ok: false, issues };
}

function communeOf(text: string, context: RowContext, issues: RowIssue[]): string | undefined {
  if (text === '') {
    if (context.defaultCommune !== null) return context.defaultCommune;
    issues.push({ field: 'commune', key: 'import.commune.missing' });
    return undefined;
  }
  const found = context.communes.resolve(text);
  if (found.ok) return found.code;
  const key = found.reason === 'ambiguous' ? 'import.commune.ambiguous' : 'import.commune.unknown';
  issues.push({ field: 'commune', key, params: { value: text.slice(0, 60) } });
  return undefined;
}

/**
 * The matching keys a rejected row still gives (its commune with its ID number, or with its name
 * and birth date): the roster entry it describes is then kept as it is, not removed.
 */
export function heldKeysOf(cells: readonly unknown[], context: RowContext): string[] {
  const cell = cellReader(cells, context.mapping);
  const communeText = cell('commune');
  const commune =
    communeText === '' ? context.defaultCommune : context.communes.resolve(communeText);
  const communeCode =
    typeof commune === 'string' || commune === null ? commune : commune.ok ? commune.code : null;
  const id = cell('idNumber');
  const name = importEntrySchema.shape.fullName.safeParse(cell('fullName'));
  return partialKeys({
    communeCode,
    idNumber: id === '' ? null : readIdNumber(id),
    fullName: name.success ? name.data : '',
    dateOfBirth: readBirthDate(cell('dateOfBirth')),
  });
}
