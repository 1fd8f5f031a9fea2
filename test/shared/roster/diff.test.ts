import { describe, expect, it } from 'vitest';
import { beneficiarySchema, type Beneficiary } from '../../../src/shared/schemas';
import { diffRoster, upsertsOf, type StagedRow } from '../../../src/shared/roster';
import { ID_FEMALE_2001, ID_MALE_1948, beneficiary } from '../schemas/samples';

// What a file does to the roster: matched by ID number within the commune, else by name and
// birth date; removals only in the communes the file covers.

const entry = (b: Beneficiary) => {
  const { id: _i, status: _s, updatedAt: _u, ...rest } = b;
  return rest;
};
const on = (overrides: Parameters<typeof beneficiary>[0]) =>
  beneficiarySchema.parse(beneficiary(overrides));

const lan = on({
  id: '00000000-0000-4000-8000-000000000001',
  fullName: 'Lò Thị Lan',
  sex: 'female',
  idNumber: ID_FEMALE_2001,
  dateOfBirth: '2001-02-03',
  communeCode: '06004',
});
const thu = on({
  id: '00000000-0000-4000-8000-000000000002',
  idNumber: ID_MALE_1948,
  communeCode: '06004',
});
const child = on({
  id: '00000000-0000-4000-8000-000000000003',
  fullName: 'Nông Văn Bé',
  idNumber: null,
  dateOfBirth: '2020-01-01',
  category: 'child_no_support',
  communeCode: '06004',
});
const gone = on({
  id: '00000000-0000-4000-8000-000000000004',
  fullName: 'Vi Văn Đi',
  idNumber: null,
  communeCode: '06004',
});
const elsewhere = on({
  id: '00000000-0000-4000-8000-000000000005',
  fullName: 'Hà Văn Xa',
  idNumber: null,
  communeCode: '06037',
});
const roster = [lan, thu, child, gone, elsewhere];

describe('diffRoster', () => {
  it('finds new, changed, unchanged and removed entries', () => {
    const rows: StagedRow[] = [
      { row: 2, entry: entry(lan) },
      { row: 3, entry: { ...entry(thu), fullName: 'Hoàng Văn Thu', monthlyAmount: 720_000 } },
      // No ID number on the roster: found by name (any marks, any case) and birth date.
      { row: 4, entry: { ...entry(child), fullName: 'NÔNG VĂN BÉ', idNumber: '020320001234' } },
      {
        row: 5,
        entry: { ...entry(thu), idNumber: null, fullName: 'Lục Văn Mới', dateOfBirth: '1950' },
      },
    ];
    const diff = diffRoster(roster, rows);
    expect(diff.communes).toEqual(['06004']);
    expect(diff.unchanged).toBe(1);
    expect(diff.added.map((r) => r.row)).toEqual([5]);
    expect(diff.changed.map((c) => [c.row, c.before.id, c.fields.map((f) => f.field)])).toEqual([
      [3, thu.id, ['fullName', 'monthlyAmount']],
      [4, child.id, ['fullName', 'idNumber']],
    ]);
    expect(diff.changed[0]!.fields[1]).toEqual({
      field: 'monthlyAmount',
      before: 540_000,
      after: 720_000,
    });
    // Removed only in the covered commune: 06037 is not in the file.
    expect(diff.removed.map((b) => b.id)).toEqual([gone.id]);
  });

  it('a different ID number is a different person, even with the same name and birth date', () => {
    const diff = diffRoster(roster, [
      { row: 2, entry: { ...entry(thu), idNumber: '020048009999' } },
    ]);
    expect(diff.added).toHaveLength(1);
    expect(diff.removed.map((b) => b.id)).toContain(thu.id);
  });

  it('reports a person listed twice and keeps the first row', () => {
    const diff = diffRoster(roster, [
      { row: 2, entry: entry(thu) },
      { row: 9, entry: { ...entry(thu), village: 'Thôn Khác' } },
      { row: 10, entry: { ...entry(thu), idNumber: null } },
    ]);
    expect(diff.duplicates).toEqual([
      { row: 9, otherRow: 2 },
      { row: 10, otherRow: 2 },
    ]);
    expect(diff.unchanged).toBe(1);
  });

  it('does not remove the person of a rejected row', () => {
    const diff = diffRoster(
      roster,
      [{ row: 2, entry: entry(thu) }],
      [
        { row: 3, key: `id:06004:${ID_FEMALE_2001}` },
        { row: 4, key: 'nd:06004:nong van be:2020-01-01' },
      ],
    );
    expect(diff.held).toBe(2);
    expect(diff.removed.map((b) => b.id)).toEqual([gone.id]);
  });

  it('new entries get a fresh id and start not visited; changed ones keep id and status', () => {
    const visited = { ...thu, status: 'visited' as const };
    const diff = diffRoster(
      [visited],
      [
        { row: 2, entry: { ...entry(thu), village: 'Thôn Mới' } },
        { row: 3, entry: entry(lan) },
      ],
    );
    const [added, changed] = upsertsOf(
      diff,
      () => '00000000-0000-4000-8000-0000000000aa',
      '2025-08-01T00:00:00.000Z',
    );
    expect(added).toMatchObject({
      id: '00000000-0000-4000-8000-0000000000aa',
      status: 'not_visited',
      fullName: 'Lò Thị Lan',
    });
    expect(changed).toMatchObject({
      id: thu.id,
      status: 'visited',
      village: 'Thôn Mới',
      updatedAt: '2025-08-01T00:00:00.000Z',
    });
    for (const b of [added, changed]) expect(beneficiarySchema.safeParse(b).success).toBe(true);
  });
});
