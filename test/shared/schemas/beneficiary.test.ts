import { describe, expect, it } from 'vitest';
import {
  BENEFICIARY_CATEGORIES,
  beneficiarySchema,
  CATEGORY_INFO,
  idNumberMismatches,
  isSensitiveCategory,
} from '../../../src/shared/schemas';
import { issues } from './expectIssues';
import { beneficiary, ID_MALE_1948 } from './samples';

describe('beneficiary', () => {
  it('accepts a roster entry and normalises its phone', () => {
    const parsed = beneficiarySchema.parse(beneficiary());
    expect(parsed.phone).toBe('+84912345678');
    expect(parsed.fullName).toBe('Hoàng Văn Thụ');
  });

  it('accepts people with no CCCD, no phone, or only a birth year', () => {
    const b = beneficiary({ idNumber: null, phone: null, dateOfBirth: '1935' });
    expect(beneficiarySchema.safeParse(b).success).toBe(true);
  });

  it.each([
    [{ id: 'not-a-uuid' }, 'id → validation.id.invalid'],
    [{ fullName: '' }, 'fullName → validation.name.required'],
    [{ dateOfBirth: '1948-13-01' }, 'dateOfBirth → validation.dateOfBirth.invalid'],
    [{ sex: 'other' }, 'sex → validation.sex.invalid'],
    [{ idNumber: '' }, 'idNumber → parse.idNumber.empty'],
    [{ category: 'hiv' }, 'category → validation.category.invalid'],
    [{ communeCode: '6001a' }, 'communeCode → validation.adminCode.invalid'],
    [{ village: 'x'.repeat(101) }, 'village → validation.village.tooLong'],
    [{ phone: '0241234567' }, 'phone → parse.phone.landline'],
    [{ monthlyAmount: 0 }, 'monthlyAmount → validation.monthlyAmount.invalid'],
    [{ monthlyAmount: 360_000.5 }, 'monthlyAmount → validation.monthlyAmount.invalid'],
    [{ monthlyAmount: 50_000_001 }, 'monthlyAmount → validation.monthlyAmount.invalid'],
    [{ status: 'done' }, 'status → validation.status.invalid'],
    [{ updatedAt: '2025-07-01' }, 'updatedAt → validation.timestamp.invalid'],
  ])('rejects %o', (change, expected) => {
    expect(issues(beneficiarySchema, { ...beneficiary(), ...change })).toEqual([expected]);
  });

  it('reports a missing field with its own key, not a generic one', () => {
    const { village: _omit, ...rest } = beneficiary();
    expect(issues(beneficiarySchema, rest)).toEqual(['village → validation.village.required']);
  });

  it('warns, without rejecting, when the ID number disagrees with birth year or sex', () => {
    expect(
      idNumberMismatches({ idNumber: ID_MALE_1948, dateOfBirth: '1948', sex: 'male' }),
    ).toEqual([]);
    expect(
      idNumberMismatches({ idNumber: ID_MALE_1948, dateOfBirth: '1949-01-01', sex: 'female' }),
    ).toEqual(['parse.cccd.sexMismatch', 'parse.cccd.birthYearMismatch']);
    expect(idNumberMismatches({ idNumber: null, dateOfBirth: '1948', sex: 'male' })).toEqual([]);
  });

  it('marks exactly the HIV categories as never to be shown publicly', () => {
    const sensitive = BENEFICIARY_CATEGORIES.filter(isSensitiveCategory);
    expect(sensitive).toEqual(['child_hiv_poor', 'poor_hiv']);
    expect(CATEGORY_INFO.disabled_severe).toMatchObject({ sensitive: false, healthData: true });
    expect(CATEGORY_INFO.merit.programme).toBe('merit');
  });
});
