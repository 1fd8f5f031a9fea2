import {
  IMPORT_FIELDS,
  REQUIRED_FIELDS,
  mappingMemory,
  type ColumnMapping,
  type ImportField,
} from '../../../shared/roster';

// Column letters as a spreadsheet names them, and the mapping remembered between imports.

export function columnLetter(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    letters = String.fromCharCode(65 + r) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

export const fieldLabelKey = (f: ImportField) => `rosterImport.field.${f}` as const;

/** Required fields with no column (commune is fine with a commune chosen for the whole file). */
export function missingFields(
  mapping: ColumnMapping,
  defaultCommune: string | null,
): ImportField[] {
  const missing = REQUIRED_FIELDS.filter((f) => mapping[f] === null);
  if (mapping.commune === null && defaultCommune === null) missing.push('commune');
  return IMPORT_FIELDS.filter((f) => missing.includes(f));
}

const MEMORY_KEY = 'ghidanh.import.mapping';

export function rememberedMapping(): Record<string, ImportField> {
  try {
    const value: unknown = JSON.parse(localStorage.getItem(MEMORY_KEY) ?? '{}');
    if (typeof value !== 'object' || value === null) return {};
    return Object.fromEntries(
      Object.entries(value).filter(([, f]) => (IMPORT_FIELDS as readonly unknown[]).includes(f)),
    ) as Record<string, ImportField>;
  } catch {
    return {};
  }
}

export function rememberMapping(headers: readonly string[], mapping: ColumnMapping): void {
  try {
    const merged = { ...rememberedMapping(), ...mappingMemory(headers, mapping) };
    localStorage.setItem(MEMORY_KEY, JSON.stringify(merged));
  } catch {
    // storage refused: the next import guesses from the headers again
  }
}
