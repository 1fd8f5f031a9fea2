import Papa from 'papaparse';
import { describe, expect, test } from 'vitest';
import {
  COLUMNS,
  EXPORT_LISTS,
  exportColumns,
  LISTS,
  maySee,
  RECIPIENT_MAY_SEE,
  type ColumnDef,
  type ColumnKey,
} from '../../../src/shared/exports/columns';
import { csvHeader, csvRow, neutralizeFormula } from '../../../src/shared/exports/csv';
import { exportFileName } from '../../../src/shared/exports/fileName';
import { describeAdjustment, providerRow, reportedFields } from '../../../src/shared/exports/rows';
import { beneficiarySchema, visitSchema } from '../../../src/shared/schemas';
import { beneficiary, person, visit } from '../schemas/samples';

// The rule of who sees which column, and the pieces every list file is made of.

describe('which columns a recipient sees', () => {
  test('no list carries the category: it reveals HIV status for two groups', () => {
    expect(COLUMNS.category.sensitivity).toBe('hiv');
    for (const list of EXPORT_LISTS) {
      expect(exportColumns(list).map((c) => c.key)).not.toContain('category');
    }
    expect(maySee('provider', 'category')).toBe(false);
    expect(maySee('office', 'category')).toBe(false);
  });

  test('a provider sees identity and payment details, never health data', () => {
    expect(RECIPIENT_MAY_SEE.provider).toEqual(['basic', 'payment']);
    expect(maySee('provider', 'accountNumber')).toBe(true);
    const columns: Record<string, ColumnDef> = COLUMNS;
    const unseen = Object.keys(columns).filter(
      (k) => !['basic', 'payment'].includes(columns[k]!.sensitivity),
    );
    expect(unseen).toEqual(['category']);
    for (const key of unseen) expect(maySee('provider', key as ColumnKey)).toBe(false);
  });

  test('a column declared by mistake is dropped from the file, not exported', () => {
    const list = LISTS.registrations as { columns: readonly ColumnKey[] };
    const original = list.columns;
    try {
      (list as { columns: readonly ColumnKey[] }).columns = [...original, 'category'];
      expect(exportColumns('registrations').map((c) => c.key)).toEqual(original);
    } finally {
      (list as { columns: readonly ColumnKey[] }).columns = original;
    }
  });

  test('every list has a row number first and headers in Vietnamese', () => {
    for (const list of EXPORT_LISTS) {
      const columns = exportColumns(list);
      expect(columns[0]!.header).toBe('STT');
      expect(new Set(columns.map((c) => c.header)).size).toBe(columns.length);
      expect(LISTS[list].sheet.length).toBeLessThanOrEqual(31);
    }
  });
});

describe('CSV cells', () => {
  test.each([
    ['=1+2', "'=1+2"],
    ['+84912345678', "'+84912345678"],
    ['-5', "'-5"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tx', "'\tx"],
    ['Nà Phai', 'Nà Phai'],
    ["'already", "'already"],
  ])('%j is written as %j', (input, output) => {
    expect(neutralizeFormula(input)).toBe(output);
  });

  test('BOM, CRLF and RFC 4180 quotes that a parser undoes', () => {
    const columns = exportColumns('commune_changes');
    const text =
      csvHeader(columns) +
      csvRow(columns, {
        rowNumber: 1,
        fullName: 'Nguyễn "Bé" Ánh',
        village: 'Thôn 1, xã 2\nxóm 3',
        dateOfBirth: '1948-09-05',
        idNumber: '001301005678',
        monthlyAmount: 540000,
      });
    expect(text.startsWith('\uFEFFSTT,')).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
    const parsed = Papa.parse<string[]>(text.slice(1), { newline: '\r\n', skipEmptyLines: true });
    const [header, row] = parsed.data;
    const cell = (h: string) => row![header!.indexOf(h)];
    expect(cell('Họ và tên')).toBe('Nguyễn "Bé" Ánh');
    expect(cell('Thôn/bản')).toBe('Thôn 1, xã 2\nxóm 3');
    expect(cell('Ngày sinh')).toBe('05/09/1948');
    expect(cell('Số CCCD')).toBe('001301005678');
    expect(cell('Số tiền hằng tháng (đồng)')).toBe('540000');
  });
});

describe('rows', () => {
  const b = beneficiarySchema.parse(beneficiary({ category: 'child_hiv_poor' }));

  test('a provider row: phones as dialled, the choice, the representative, no category', () => {
    const v = visitSchema.parse(
      visit({
        outcome: 'met_guardian',
        representative: person(),
        consent: { ...visit().consent!, givenBy: 'guardian' },
        visitedAt: '2025-07-01T18:30:00.000Z',
      }),
    );
    const row = providerRow(
      b,
      'Xã Thất Khê',
      v as typeof v & { payment: NonNullable<typeof v.payment> },
    );
    expect(row).toMatchObject({
      phone: '0912345678',
      accountNumber: '101020203030',
      bank: 'VietinBank',
      representative: 'Hoàng Thị Lan',
      representativePhone: '0987654321',
      programme: 'Bảo trợ xã hội',
      visitedAt: '2025-07-02', // 01:30 on 2 July in Vietnam
    });
    expect(JSON.stringify(row)).not.toMatch(/hiv|HIV/);
  });

  test('an adjustment names each listed field that changed, old → new', () => {
    const before = reportedFields(b);
    const after = reportedFields({ ...b, monthlyAmount: 750_000, village: 'Thôn Nà Lừa' });
    expect(describeAdjustment(before, after)).toBe(
      'Thôn/bản: Thôn Nà Phai → Thôn Nà Lừa; Số tiền hằng tháng (đồng): 540.000 → 750.000',
    );
    expect(describeAdjustment(before, reportedFields({ ...b, category: 'elderly' }))).toBeNull();
  });
});

test('file names are plain ASCII, dated in Vietnam time', () => {
  const name = exportFileName(
    'commune_changes',
    { code: '06037', name: 'Xã Hoàng Văn Thụ' },
    new Date('2025-03-18T17:30:00Z'),
    'csv',
  );
  expect(name).toBe('tang-giam-dieu-chinh_06037-xa-hoang-van-thu_2025-03-19-0030.csv');
  expect(name).toMatch(/^[a-z0-9._-]+$/);
});
