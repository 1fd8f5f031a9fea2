import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEMO_UNITS } from '../../../src/shared/demo';
import { isSharedMessageKey, sharedMessage } from '../../../src/shared/messages';
import {
  communeResolver,
  findHeaderRow,
  guessMapping,
  heldKeysOf,
  mapImportRow,
  mappingMemory,
  readAmount,
  readBirthDate,
  readCategory,
  readIdNumber,
  readPhone,
  readSex,
  type RowContext,
} from '../../../src/shared/roster';

// The office's file as its social-protection software exports it: Vietnamese headers, dates
// DD/MM/YYYY, amounts with "." thousands, communes by name or code.

const HEADERS = [
  'STT',
  'Họ và tên',
  'Ngày sinh',
  'Giới tính',
  'Số CCCD/Số định danh',
  'Thôn/Xóm',
  'Xã/Phường',
  'Đối tượng',
  'Mức trợ cấp',
  'Số điện thoại',
];

const context = (): RowContext => ({
  mapping: guessMapping(HEADERS),
  communes: communeResolver(DEMO_UNITS),
  defaultCommune: null,
});

const GOOD = [
  '1',
  'Hoàng Văn Thụ',
  '05/09/1948',
  'Nam',
  '020048001234',
  'Thôn Nà Phai',
  'Xã Thất Khê',
  'Người cao tuổi',
  '540.000',
  '0912 345 678',
];

describe('column mapping', () => {
  it('guesses every field from the usual headers, whatever their case and marks', () => {
    expect(guessMapping(HEADERS)).toEqual({
      fullName: 1,
      dateOfBirth: 2,
      sex: 3,
      idNumber: 4,
      village: 5,
      commune: 6,
      category: 7,
      monthlyAmount: 8,
      phone: 9,
    });
    const shouting = guessMapping(['HO VA TEN', 'NGÀY SINH', '\uFEFFgiới tính']);
    expect([shouting.fullName, shouting.dateOfBirth, shouting.sex]).toEqual([0, 1, 2]);
  });

  it('asks the remembered mapping first, so a custom layout maps as it did last time', () => {
    const headers = ['Tên người hưởng', 'Ngày sinh', 'Ghi chú'];
    expect(guessMapping(headers).fullName).toBeNull();
    const memory = mappingMemory(headers, { ...guessMapping(headers), fullName: 0 });
    expect(guessMapping(headers, memory).fullName).toBe(0);
  });

  it('finds the header below the title lines of an export', () => {
    const rows = [['DANH SÁCH ĐỐI TƯỢNG BẢO TRỢ XÃ HỘI'], ['Tháng 7/2025'], HEADERS, GOOD];
    expect(findHeaderRow(rows)).toBe(2);
  });
});

describe('cell readers', () => {
  it.each([
    ['05/09/1948', '1948-09-05'],
    ['5/9/1948', '1948-09-05'],
    ['05-09-1948', '1948-09-05'],
    ['1948-09-05', '1948-09-05'],
    ['1948', '1948'],
    ['00/00/1940', '1940'],
    ['17781', '1948-09-05'],
    ['31/02/1948', null],
    ['hôm qua', null],
  ])('birth date %s → %s', (cell, expected) => expect(readBirthDate(cell)).toBe(expected));

  it.each([
    ['540.000', 540_000],
    ['540,000', 540_000],
    ['1.080.000 đ', 1_080_000],
    ['540000', 540_000],
    ['540000.0', 540_000],
    ['1,5', null],
    ['năm trăm', null],
  ])('amount %s → %s', (cell, expected) => expect(readAmount(cell)).toBe(expected));

  it('reads sex and groups written in words', () => {
    expect([readSex('Nam'), readSex('NỮ'), readSex('nu'), readSex('x')]).toEqual([
      'male',
      'female',
      'female',
      null,
    ]);
    expect(readCategory('Người cao tuổi')).toBe('elderly');
    expect(readCategory('Thân nhân người có công')).toBe('merit_relative');
    expect(readCategory('Người có công với cách mạng')).toBe('merit');
    expect(readCategory('Người khuyết tật đặc biệt nặng')).toBe('disabled_severe');
    expect(readCategory('Hộ gia đình chăm sóc người khuyết tật')).toBe('carer_household');
    expect(readCategory('Trẻ em nhiễm HIV thuộc hộ nghèo')).toBe('child_hiv_poor');
    expect(readCategory('Hộ nhận nuôi dưỡng, chăm sóc trẻ em')).toBe('foster_family');
    expect(readCategory('elderly')).toBe('elderly');
    expect(readCategory('Hộ cận nghèo')).toBeNull();
  });

  it('gives back the leading zero a spreadsheet number dropped', () => {
    expect(readIdNumber('20048001234')).toBe('020048001234');
    expect(readIdNumber("'020 048 001 234")).toBe('020048001234');
    expect(readPhone('912345678')).toBe('0912345678');
  });
});

describe('mapImportRow', () => {
  it('turns a good row into the roster fields, stored as the schema stores them', () => {
    expect(mapImportRow(GOOD, context())).toEqual({
      ok: true,
      entry: {
        fullName: 'Hoàng Văn Thụ',
        dateOfBirth: '1948-09-05',
        sex: 'male',
        idNumber: '020048001234',
        category: 'elderly',
        communeCode: '06004',
        village: 'Thôn Nà Phai',
        phone: '+84912345678',
        monthlyAmount: 540_000,
      },
    });
  });

  it('accepts a commune by code, and no ID number or phone', () => {
    const row = [...GOOD];
    row[4] = '';
    row[6] = '6004';
    row[9] = '';
    const result = mapImportRow(row, context());
    expect(
      result.ok && [result.entry.communeCode, result.entry.idNumber, result.entry.phone],
    ).toEqual(['06004', null, null]);
  });

  it('says what is wrong with each bad cell, once, in Vietnamese', () => {
    const row = [
      '2',
      '',
      '31/02/1950',
      'X',
      '12345',
      'Thôn A',
      'Xã Không Có',
      'Hộ cận nghèo',
      '1,5',
      '0241 3823 456',
    ];
    const result = mapImportRow(row, context());
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const byField = Object.fromEntries(result.issues.map((i) => [i.field, i.key]));
    expect(byField).toEqual({
      fullName: 'validation.name.required',
      dateOfBirth: 'import.date.unknown',
      sex: 'import.sex.unknown',
      idNumber: 'parse.idNumber.wrongLength',
      commune: 'import.commune.unknown',
      category: 'import.category.unknown',
      monthlyAmount: 'import.amount.unknown',
      phone: 'parse.phone.landline',
    });
    const sex = result.issues.find((i) => i.field === 'sex')!;
    expect(sharedMessage(sex.key, sex.params)).toBe('Giới tính “X” không rõ: ghi Nam hoặc Nữ.');
  });

  it('uses the commune chosen for the whole file when there is no commune column', () => {
    const headers = HEADERS.filter((h) => h !== 'Xã/Phường');
    const row = GOOD.filter((_, i) => i !== 6);
    const ctx = { ...context(), mapping: guessMapping(headers), defaultCommune: '06037' };
    const result = mapImportRow(row, ctx);
    expect(result.ok && result.entry.communeCode).toBe('06037');
    expect(mapImportRow(row, { ...ctx, defaultCommune: null })).toMatchObject({
      ok: false,
      issues: [{ field: 'commune', key: 'import.commune.missing' }],
    });
  });

  it('keeps the keys of a rejected row whose person can still be recognised', () => {
    const row = [...GOOD];
    row[9] = '0241 3823 456';
    expect(mapImportRow(row, context()).ok).toBe(false);
    expect(heldKeysOf(row, context())).toEqual([
      'id:06004:020048001234',
      'nd:06004:hoang van thu:1948-09-05',
    ]);
  });

  it('never throws on garbage, and every issue is a message key', () => {
    const cell = fc.oneof(fc.string({ maxLength: 40 }), fc.constant(''), fc.anything());
    fc.assert(
      fc.property(fc.array(cell, { maxLength: 14 }), (cells) => {
        const result = mapImportRow(cells, context());
        heldKeysOf(cells, context());
        if (!result.ok) for (const i of result.issues) expect(isSharedMessageKey(i.key)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
