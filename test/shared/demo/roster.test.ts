import { describe, expect, it } from 'vitest';
import { checkIdNumber } from '../../../src/shared/idNumber';
import { DEMO_AS_OF, DEMO_UNITS, generateRoster, ROSTER_SIZE_MAX } from '../../../src/shared/demo';
import {
  adminUnitListSchema,
  beneficiarySchema,
  checkAdminTree,
  idNumberMismatches,
  leavesUnder,
  type Beneficiary,
  type BeneficiaryCategory,
} from '../../../src/shared/schemas';

const roster = generateRoster({ seed: 2025, size: 5000 });
const share = (pred: (b: Beneficiary) => boolean) => roster.filter(pred).length / roster.length;
const ageAtDemoDate = (b: Beneficiary) =>
  Number(DEMO_AS_OF.slice(0, 4)) - Number(b.dateOfBirth.slice(0, 4));

describe('demo units', () => {
  it('are a valid Lạng Sơn province → communes tree', () => {
    expect(adminUnitListSchema.safeParse(DEMO_UNITS).success).toBe(true);
    expect(checkAdminTree(DEMO_UNITS)).toEqual([]);
    expect(DEMO_UNITS[0]).toMatchObject({ code: '20', name: 'Tỉnh Lạng Sơn', parentCode: null });
    expect(leavesUnder(DEMO_UNITS, '20').length).toBeGreaterThanOrEqual(10);
  });
});

describe('generateRoster', () => {
  it('is deterministic for a seed', () => {
    expect(generateRoster({ seed: 2025, size: 50 })).toEqual(roster.slice(0, 50));
    expect(generateRoster({ seed: 2026, size: 50 })).not.toEqual(roster.slice(0, 50));
  });

  it('produces only rows the beneficiary schema accepts unchanged', () => {
    for (const row of roster) {
      const parsed = beneficiarySchema.safeParse(row);
      expect(parsed.success, JSON.stringify(row)).toBe(true);
      expect(parsed.data).toEqual(row);
    }
    expect(new Set(roster.map((b) => b.id)).size).toBe(roster.length);
  });

  it('gives ~75% of people an ID number agreeing with their birth year and sex', () => {
    const withId = roster.filter((b) => b.idNumber !== null);
    expect(withId.length / roster.length).toBeGreaterThan(0.7);
    expect(withId.length / roster.length).toBeLessThan(0.82);
    for (const b of withId) expect(idNumberMismatches(b)).toEqual([]);
    const fromLangSon = withId.filter(
      (b) => checkIdNumber(b.idNumber!).ok && b.idNumber!.startsWith('020'),
    );
    expect(fromLangSon.length / withId.length).toBeGreaterThan(0.8);
  });

  it('gives about half of people a mobile phone', () => {
    expect(share((b) => b.phone !== null)).toBeGreaterThan(0.46);
    expect(share((b) => b.phone !== null)).toBeLessThan(0.54);
  });

  it("follows Lạng Sơn's mix of groups, with a small share of the rest", () => {
    const of = (c: BeneficiaryCategory) => share((b) => b.category === c);
    expect(of('disabled_severe')).toBeCloseTo(10_064 / 23_608, 1);
    expect(of('elderly')).toBeCloseTo(8906 / 23_608, 1);
    expect(of('carer_household')).toBeCloseTo(2390 / 23_608, 1);
    expect(of('poor_single_parent')).toBeGreaterThan(0.03);
    expect(of('child_no_support')).toBeGreaterThan(0.002);
    const others = share((b) =>
      [
        'child_16_22_studying',
        'child_under3_poor',
        'child_hiv_poor',
        'poor_hiv',
        'foster_family',
        'merit',
        'merit_relative',
      ].includes(b.category),
    );
    expect(others).toBeGreaterThan(0.02);
    expect(others).toBeLessThan(0.06);
  });

  it('makes birth dates fit the group', () => {
    for (const b of roster) {
      const age = ageAtDemoDate(b);
      if (b.category === 'elderly') expect(age).toBeGreaterThanOrEqual(60);
      if (b.category === 'child_under3_poor') expect(age).toBeLessThanOrEqual(3);
      if (b.category === 'child_no_support') expect(age).toBeLessThanOrEqual(16);
      if (b.category === 'child_16_22_studying') expect(age).toBeGreaterThanOrEqual(16);
    }
    expect(roster.some((b) => b.dateOfBirth.length === 4)).toBe(true);
  });

  it('pays 360,000 to 1,080,000 đồng in steps of 180,000', () => {
    for (const b of roster) {
      expect(b.monthlyAmount % 180_000).toBe(0);
      expect(b.monthlyAmount).toBeGreaterThanOrEqual(360_000);
      expect(b.monthlyAmount).toBeLessThanOrEqual(1_080_000);
    }
  });

  it('writes Vietnamese names by sex, and villages as thôn, bản or khối', () => {
    expect(roster.every((b) => b.fullName.split(' ').length === 3)).toBe(true);
    expect(share((b) => /[^\x20-\x7e]/.test(b.fullName))).toBeGreaterThan(0.9);
    expect(
      roster.filter((b) => b.fullName.includes(' Thị ')).every((b) => b.sex === 'female'),
    ).toBe(true);
    expect(roster.filter((b) => b.fullName.includes(' Văn ')).every((b) => b.sex === 'male')).toBe(
      true,
    );
    expect(roster.every((b) => /^(Thôn|Bản|Khối) /.test(b.village))).toBe(true);
  });

  it('places people in the communes given', () => {
    const communes = DEMO_UNITS.filter((u) => u.code === '06004' || u.code === '05977');
    const small = generateRoster({ seed: 1, size: 200, communes });
    expect(new Set(small.map((b) => b.communeCode))).toEqual(new Set(['06004', '05977']));
    expect(
      small.filter((b) => b.communeCode === '05977').every((b) => b.village.startsWith('Khối')),
    ).toBe(true);
    expect(new Set(roster.map((b) => b.communeCode)).size).toBe(
      leavesUnder(DEMO_UNITS, '20').length,
    );
  });

  it('accepts 50 to 100,000 rows and refuses other sizes', () => {
    expect(generateRoster({ seed: 3, size: ROSTER_SIZE_MAX })).toHaveLength(ROSTER_SIZE_MAX);
    for (const size of [49, 100_001, 60.5]) {
      expect(() => generateRoster({ seed: 3, size })).toThrow(RangeError);
    }
    expect(() => generateRoster({ seed: 3, size: 50, communes: [] })).toThrow(RangeError);
  });
});
