import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkIdNumber } from '../../src/shared/idNumber';
import { ID_PROVINCES, idPlaceTable } from '../../src/shared/provinces';
import { isSharedMessageKey } from '../../src/shared/messages';

describe('checkIdNumber', () => {
  it('reads province, sex and birth year from a valid number', () => {
    expect(checkIdNumber('001048012345')).toEqual({
      ok: true,
      idNumber: '001048012345',
      provinceCode: '001',
      provinceName: 'Hà Nội',
      sex: 'male',
      century: 1900,
      birthYear: 1948,
    });
    expect(checkIdNumber('087155000123')).toMatchObject({
      provinceName: 'Đồng Tháp',
      sex: 'female',
      birthYear: 1955,
    });
  });

  it.each([
    ['0', 'male', 1900],
    ['1', 'female', 1900],
    ['2', 'male', 2000],
    ['3', 'female', 2000],
    ['4', 'male', 2100],
    ['5', 'female', 2100],
    ['6', 'male', 2200],
    ['7', 'female', 2200],
    ['8', 'male', 1800],
    ['9', 'female', 1800],
  ] as const)('digit 4 = %s means %s, born from %i', (digit, sex, century) => {
    const result = checkIdNumber(`046${digit}07123456`);
    expect(result).toMatchObject({ ok: true, sex, century, birthYear: century + 7 });
  });

  it('trims surrounding white space, line breaks included', () => {
    expect(checkIdNumber('  079300001234\r\n')).toMatchObject({
      ok: true,
      idNumber: '079300001234',
    });
  });

  it.each([
    ['', 'parse.idNumber.empty'],
    ['   ', 'parse.idNumber.empty'],
    ['07930000123', 'parse.idNumber.wrongLength'],
    ['0793000012345', 'parse.idNumber.wrongLength'],
    ['079 300 001 234', 'parse.idNumber.notDigits'],
    ['07930000123A', 'parse.idNumber.notDigits'],
    ['-79300001234', 'parse.idNumber.notDigits'],
    ['０７９３０００１２３４', 'parse.idNumber.notDigits'],
    ['003300001234', 'parse.idNumber.unknownProvince'],
    ['000300001234', 'parse.idNumber.unknownProvince'],
    ['097300001234', 'parse.idNumber.unknownProvince'],
    ['1'.repeat(5000), 'parse.idNumber.wrongLength'],
  ])('rejects %j with %s', (input, error) => {
    expect(checkIdNumber(input)).toEqual({ ok: false, error });
  });

  it('accepts codes outside the 63 provinces only when the caller supplies them as data', () => {
    const abroad = idPlaceTable([...ID_PROVINCES, { code: '200', name: 'Nước ngoài' }]);
    expect(checkIdNumber('200085001234').ok).toBe(false);
    expect(checkIdNumber('200085001234', abroad)).toMatchObject({
      ok: true,
      provinceName: 'Nước ngoài',
      birthYear: 1985,
    });
  });

  it('never throws and only returns known message keys', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.stringMatching(/^\s*\d{10,14}\s*$/)), (input) => {
        const result = checkIdNumber(input);
        if (!result.ok) expect(isSharedMessageKey(result.error)).toBe(true);
        else expect(result.idNumber).toMatch(/^\d{12}$/);
      }),
    );
  });

  it('accepts every number built from a listed province, any digit 4 and any tail', () => {
    const valid = fc.tuple(
      fc.constantFrom(...ID_PROVINCES),
      fc.integer({ min: 0, max: 9 }),
      fc.stringMatching(/^\d{8}$/),
    );
    fc.assert(
      fc.property(valid, ([place, digit, tail]) => {
        const result = checkIdNumber(`${place.code}${digit}${tail}`);
        expect(result).toMatchObject({ ok: true, provinceName: place.name });
        if (result.ok) expect(result.birthYear % 100).toBe(Number(tail.slice(0, 2)));
      }),
    );
  });
});
