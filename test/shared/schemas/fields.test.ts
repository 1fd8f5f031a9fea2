import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { newId } from '../../../src/shared/ids';
import * as f from '../../../src/shared/schemas/fields';
import { issues } from './expectIssues';

describe('phone field', () => {
  const schema = f.phone();

  it('stores any common spelling as E.164', () => {
    expect(schema.parse('0912 345 678')).toBe('+84912345678');
    expect(schema.parse('+84 98-765-4321')).toBe('+84987654321');
    expect(schema.parse('+84912345678')).toBe('+84912345678');
  });

  it("rejects with the phone parser's own reason", () => {
    expect(issues(schema, '024 3825 1234')).toEqual([' → parse.phone.landline']);
    expect(issues(schema, '0112345678')).toEqual([' → parse.phone.unknownPrefix']);
    expect(issues(schema, '')).toEqual([' → parse.phone.empty']);
    expect(issues(schema, 12345)).toEqual([' → parse.phone.empty']);
    expect(issues(schema, '0'.repeat(33))).toEqual([' → parse.phone.tooLong']);
  });

  it('offers the ten-digit form of an old eleven-digit number', () => {
    const result = schema.safeParse('01681234567');
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({
      message: 'parse.phone.oldNumber',
      params: { suggestion: '0381234567' },
    });
  });
});

describe('ID number field', () => {
  const schema = f.idNumber();

  it('keeps a valid number, trimmed', () => {
    expect(schema.parse(' 020048001234 ')).toBe('020048001234');
  });

  it("rejects with the ID parser's own reason", () => {
    expect(issues(schema, '02004800123')).toEqual([' → parse.idNumber.wrongLength']);
    expect(issues(schema, '02004800123A')).toEqual([' → parse.idNumber.notDigits']);
    expect(issues(schema, '003048001234')).toEqual([' → parse.idNumber.unknownProvince']);
    expect(issues(schema, '9'.repeat(65))).toEqual([' → parse.idNumber.wrongLength']);
    expect(issues(schema, null)).toEqual([' → parse.idNumber.empty']);
  });
});

describe('date fields', () => {
  it('birth date accepts a full date or a year alone, and nothing unreal', () => {
    const schema = f.birthDate();
    expect(schema.parse('1948-09-05')).toBe('1948-09-05');
    expect(schema.parse('1940')).toBe('1940');
    expect(issues(schema, '1947-02-29')).toEqual([' → validation.dateOfBirth.invalid']);
    expect(issues(schema, '05/09/1948')).toEqual([' → validation.dateOfBirth.invalid']);
    expect(issues(schema, '1899')).toEqual([' → validation.dateOfBirth.tooOld']);
  });

  it('birth date cannot be in the future', () => {
    const nextYear = String(new Date().getUTCFullYear() + 1);
    expect(issues(f.birthDate(), nextYear)).toEqual([' → validation.dateOfBirth.future']);
  });

  it('calendar dates must exist', () => {
    expect(f.isoDate().parse('2024-02-29')).toBe('2024-02-29');
    expect(issues(f.isoDate(), '2023-02-29')).toEqual([' → validation.date.invalid']);
    expect(issues(f.isoDate(), '2023-2-1')).toEqual([' → validation.date.invalid']);
  });

  it('timestamps are UTC with milliseconds, so their strings sort in time order', () => {
    expect(f.timestamp().parse('2025-07-01T08:30:00.000Z')).toBe('2025-07-01T08:30:00.000Z');
    expect(issues(f.timestamp(), '2025-07-01T08:30:00Z')).toEqual([
      ' → validation.timestamp.invalid',
    ]);
    expect(issues(f.timestamp(), '2025-07-01T15:30:00.000+07:00')).toEqual([
      ' → validation.timestamp.invalid',
    ]);
  });
});

describe('identifiers and text', () => {
  it('device-made ids must be UUIDv7', () => {
    expect(f.uuidV7().parse(newId())).toMatch(/^[0-9a-f-]{36}$/);
    expect(issues(f.uuidV7(), '3f1d2c4b-5a69-4e7d-8c1b-2a3f4e5d6c7b')).toEqual([
      ' → validation.id.notV7',
    ]);
  });

  it('administrative codes have 2 to 5 digits', () => {
    expect(f.adminCode().parse('20')).toBe('20');
    expect(f.adminCode().parse('06001')).toBe('06001');
    expect(issues(f.adminCode(), '2')).toEqual([' → validation.adminCode.invalid']);
    expect(issues(f.adminCode(), '060011')).toEqual([' → validation.adminCode.invalid']);
  });

  it('names are stored NFC with white space cleaned, and bounded', () => {
    const decomposed = 'Nguye\u0302\u0303n  Thi\u0323   Đào '.normalize('NFD');
    expect(f.personName().parse(decomposed)).toBe('Nguyễn Thị Đào');
    expect(issues(f.personName(), '   ')).toEqual([' → validation.name.required']);
    expect(issues(f.personName(), 'A'.repeat(101))).toEqual([' → validation.name.tooLong']);
    expect(f.personName().parse('A'.repeat(100))).toHaveLength(100);
  });

  it('free text keeps line breaks but is bounded', () => {
    const schema = f.freeText(10, 'validation.visit.notesTooLong');
    expect(schema.parse(' a\nb ')).toBe('a\nb');
    expect(issues(schema, 'x'.repeat(11))).toEqual([' → validation.visit.notesTooLong']);
  });

  it('distinct lists refuse duplicates and overflow', () => {
    const schema = f.distinctList(z.string(), 2, {
      tooMany: 'validation.visit.attachmentsTooMany',
      duplicate: 'validation.list.duplicate',
    });
    expect(issues(schema, ['a', 'a'])).toEqual([' → validation.list.duplicate']);
    expect(issues(schema, ['a', 'b', 'c'])).toEqual([' → validation.visit.attachmentsTooMany']);
  });
});
