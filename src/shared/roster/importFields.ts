import { foldVietnamese } from '../text';

// The columns a roster file can carry, and how their headers are recognised. Headers are compared
// folded (no marks, lower case), so "Họ và tên", "HỌ VÀ TÊN" and "Ho va ten" are the same header.

export const IMPORT_FIELDS = [
  'fullName',
  'dateOfBirth',
  'sex',
  'idNumber',
  'village',
  'commune',
  'category',
  'monthlyAmount',
  'phone',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

/** Fields every row needs a column for (commune may instead be one commune for the whole file). */
export const REQUIRED_FIELDS: readonly ImportField[] = [
  'fullName',
  'dateOfBirth',
  'sex',
  'village',
  'category',
  'monthlyAmount',
];

/** Header spellings seen in the social-protection software's exports, folded; first is canonical. */
const HEADERS: Readonly<Record<ImportField, readonly string[]>> = {
  fullName: ['ho va ten', 'ho ten', 'ten doi tuong', 'ho ten doi tuong', 'full name', 'name'],
  dateOfBirth: [
    'ngay sinh',
    'ngay thang nam sinh',
    'nam sinh',
    'ngay/thang/nam sinh',
    'date of birth',
  ],
  sex: ['gioi tinh', 'gioi', 'nam/nu', 'sex', 'gender'],
  idNumber: [
    'so cccd/so dinh danh',
    'so cccd',
    'so dinh danh',
    'so dinh danh ca nhan',
    'cccd',
    'so cccd/cmnd',
    'cccd/cmnd',
    'so cmnd/cccd',
    'id number',
  ],
  village: [
    'thon/xom',
    'thon',
    'xom',
    'thon/to',
    'thon, ban',
    'thon/ban',
    'to dan pho',
    'dia chi',
    'village',
  ],
  commune: ['xa/phuong', 'xa', 'phuong', 'ma xa', 'xa/phuong/thi tran', 'don vi', 'commune'],
  category: ['doi tuong', 'nhom doi tuong', 'loai doi tuong', 'dien doi tuong', 'category'],
  monthlyAmount: [
    'muc tro cap',
    'muc tro cap hang thang',
    'so tien',
    'muc huong',
    'so tien hang thang',
    'tro cap',
    'monthly amount',
  ],
  phone: ['so dien thoai', 'dien thoai', 'sdt', 'so dt', 'phone'],
};

/** A header as compared: folded, BOM and surrounding punctuation removed, spaces around "/" dropped. */
export function headerKey(header: string): string {
  return foldVietnamese(header.replace(/\uFEFF/g, ''))
    .replace(/\s*\/\s*/g, '/')
    .replace(/^[\s.:*()-]+|[\s.:*()-]+$/g, '');
}

/** Which field a header names, or null. Exact synonyms win; then a synonym the header starts with. */
export function fieldOfHeader(header: string): ImportField | null {
  const key = headerKey(header);
  if (key === '') return null;
  for (const field of IMPORT_FIELDS) if (HEADERS[field].includes(key)) return field;
  for (const field of IMPORT_FIELDS) {
    if (HEADERS[field].some((h) => h.length >= 4 && key.startsWith(`${h} `))) return field;
  }
  return null;
}

/** Column index chosen for each field; null when the file has no such column. */
export type ColumnMapping = Record<ImportField, number | null>;

export function emptyMapping(): ColumnMapping {
  return Object.fromEntries(IMPORT_FIELDS.map((f) => [f, null])) as ColumnMapping;
}

/**
 * A first guess from the header names: each field takes the first column naming it. `remembered`
 * (header key → field, from the user's last import) is asked first, so a file in the same layout
 * maps as the user mapped it last time.
 */
export function guessMapping(
  headers: readonly string[],
  remembered: Readonly<Record<string, ImportField>> = {},
): ColumnMapping {
  const mapping = emptyMapping();
  const taken = new Set<number>();
  const assign = (field: ImportField | null | undefined, index: number) => {
    if (field && mapping[field] === null && !taken.has(index)) {
      mapping[field] = index;
      taken.add(index);
    }
  };
  headers.forEach((h, i) => assign(remembered[headerKey(h)], i));
  headers.forEach((h, i) => assign(fieldOfHeader(h), i));
  return mapping;
}

/** What to remember of a mapping the user confirmed: header key → field. */
export function mappingMemory(
  headers: readonly string[],
  mapping: ColumnMapping,
): Record<string, ImportField> {
  const memory: Record<string, ImportField> = {};
  for (const field of IMPORT_FIELDS) {
    const index = mapping[field];
    const header = index === null ? undefined : headers[index];
    if (header !== undefined && headerKey(header) !== '') memory[headerKey(header)] = field;
  }
  return memory;
}

/**
 * Exports often start with title lines ("DANH SÁCH ĐỐI TƯỢNG …") above the header: the header is
 * the first of the top rows naming at least three known fields; row 0 when none does.
 */
export function findHeaderRow(rows: readonly (readonly string[])[], scan = 15): number {
  for (let i = 0; i < Math.min(rows.length, scan); i++) {
    const fields = new Set(rows[i]!.map(fieldOfHeader).filter((f) => f !== null));
    if (fields.size >= 3) return i;
  }
  return 0;
}
