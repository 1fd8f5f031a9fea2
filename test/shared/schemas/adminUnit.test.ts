import { describe, expect, it } from 'vitest';
import {
  adminUnitListSchema,
  adminUnitSchema,
  checkAdminTree,
  descendantsOf,
  leavesUnder,
  type AdminUnit,
} from '../../../src/shared/schemas';
import { issues } from './expectIssues';

const unit = (code: string, parentCode: string | null, level = 'commune'): AdminUnit => ({
  code,
  name: `Đơn vị ${code}`,
  level,
  parentCode,
});

// The pre-2025 shape: province → district → commune.
const threeLevels = [
  unit('20', null, 'province'),
  unit('178', '20', 'district'),
  unit('06001', '178'),
  unit('06004', '178'),
  unit('181', '20', 'district'),
  unit('06100', '181'),
];
// The 2025 shape: province → commune.
const twoLevels = [unit('20', null, 'province'), unit('06001', '20'), unit('06004', '20')];

describe('administrative unit', () => {
  it('accepts both the 2025 and the older shape of tree', () => {
    expect(adminUnitListSchema.safeParse(twoLevels).success).toBe(true);
    expect(adminUnitListSchema.safeParse(threeLevels).success).toBe(true);
  });

  it('bounds each field', () => {
    const ok = unit('06001', '20');
    expect(issues(adminUnitSchema, { ...ok, code: '6' })).toEqual([
      'code → validation.adminCode.invalid',
    ]);
    expect(issues(adminUnitSchema, { ...ok, name: ' ' })).toEqual([
      'name → validation.adminUnit.nameRequired',
    ]);
    expect(issues(adminUnitSchema, { ...ok, name: 'x'.repeat(101) })).toEqual([
      'name → validation.adminUnit.nameTooLong',
    ]);
    expect(issues(adminUnitSchema, { ...ok, level: 'Xã' })).toEqual([
      'level → validation.adminUnit.levelInvalid',
    ]);
    expect(issues(adminUnitSchema, { ...ok, level: 'a'.repeat(31) })).toEqual([
      'level → validation.adminUnit.levelInvalid',
    ]);
    expect(issues(adminUnitSchema, { ...ok, parentCode: 'x' })).toEqual([
      'parentCode → validation.adminCode.invalid',
    ]);
  });

  it('finds duplicates, missing parents and cycles, pointing at the unit', () => {
    expect(checkAdminTree(threeLevels)).toEqual([]);
    expect(checkAdminTree([...twoLevels, unit('06001', '20')])).toEqual([
      { index: 3, code: '06001', key: 'validation.adminTree.duplicate' },
    ]);
    expect(checkAdminTree([...twoLevels, unit('06200', '999')])).toEqual([
      { index: 3, code: '06200', key: 'validation.adminTree.missingParent' },
    ]);
    const cyclic = [unit('20', null), unit('301', '302'), unit('302', '301'), unit('303', '303')];
    expect(checkAdminTree(cyclic).map((i) => i.key)).toEqual([
      'validation.adminTree.cycle',
      'validation.adminTree.cycle',
    ]);
    expect(issues(adminUnitListSchema, [...twoLevels, unit('06200', '999')])).toEqual([
      '3.parentCode → validation.adminTree.missingParent',
    ]);
  });

  it('caps the list length', () => {
    const many = Array.from({ length: 20_001 }, (_, i) => unit(String(10_000 + i), null));
    expect(issues(adminUnitListSchema, many)).toEqual([' → validation.adminUnit.tooMany']);
  });

  it('lists descendants nearest first, and the leaves at any depth', () => {
    expect(descendantsOf(threeLevels, '20').map((u) => u.code)).toEqual([
      '178',
      '181',
      '06001',
      '06004',
      '06100',
    ]);
    expect(descendantsOf(threeLevels, '181').map((u) => u.code)).toEqual(['06100']);
    expect(descendantsOf(threeLevels, '06001')).toEqual([]);
    expect(leavesUnder(threeLevels, '20').map((u) => u.code)).toEqual(['06001', '06004', '06100']);
    expect(leavesUnder(twoLevels, '20').map((u) => u.code)).toEqual(['06001', '06004']);
  });

  it('terminates on cyclic input', () => {
    const cyclic = [unit('301', '302'), unit('302', '301')];
    expect(descendantsOf(cyclic, '301').map((u) => u.code)).toEqual(['302']);
  });
});
