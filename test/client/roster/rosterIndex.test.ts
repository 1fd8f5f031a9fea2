import { describe, expect, test } from 'vitest';
import {
  BENEFICIARY_CATEGORIES,
  compareVietnamese,
  foldVietnamese,
  isSensitiveCategory,
  type Beneficiary,
} from '../../../src/shared';
import { generateRoster } from '../../../src/shared/demo';
import { GROUP_OF } from '../../../src/client/features/roster/categoryGroups';
import {
  buildRosterIndex,
  createRosterSearcher,
  EMPTY_QUERY,
  searchRoster,
  type RosterIndex,
  type RosterQuery,
} from '../../../src/client/features/roster/search/rosterIndex';

const roster = generateRoster({ seed: 7, size: 600 });
const index = buildRosterIndex(roster);

const names = (idx: RosterIndex, q: Partial<RosterQuery>) =>
  [...searchRoster(idx, { ...EMPTY_QUERY, ...q })].map((i) => idx.entries[i]!.fullName);
const ids = (idx: RosterIndex, q: Partial<RosterQuery>) =>
  [...searchRoster(idx, { ...EMPTY_QUERY, ...q })].map((i) => idx.entries[i]!.id);

function person(over: Partial<Beneficiary>): Beneficiary {
  return { ...roster[0]!, ...over };
}

describe('roster search', () => {
  test('is accent-insensitive: "nguyen van" finds every Nguyễn Văn, and only names with both words', () => {
    const found = names(index, { text: 'nguyen van' });
    const nguyenVan = roster.filter((b) => b.fullName.startsWith('Nguyễn Văn '));
    expect(nguyenVan.length).toBeGreaterThan(3);
    expect(found).toEqual(expect.arrayContaining(nguyenVan.map((b) => b.fullName)));
    for (const name of found) {
      const words = foldVietnamese(name).split(' ');
      expect(
        words.some((w) => w.startsWith('nguyen')) && words.some((w) => w.startsWith('van')),
        name,
      ).toBe(true);
    }
  });

  test('a word matches the start of a word: "an" finds An and Anh, not Hoàng or Xuân', () => {
    const idx = buildRosterIndex(
      ['Hoàng Văn Xuân', 'Lê Thị An', 'Vi Văn Anh'].map((fullName, i) =>
        person({ id: `00000000-0000-4000-8000-00000000000${i}`, fullName, village: 'Bản Pò Mã' }),
      ),
    );
    expect(names(idx, { text: 'an', sort: 'fullName' })).toEqual(['Lê Thị An', 'Vi Văn Anh']);
  });

  test('folds đ and accents typed in the query the same way as the names', () => {
    const idx = buildRosterIndex([
      person({ id: '00000000-0000-4000-8000-000000000001', fullName: 'Đinh Thị Đào' }),
      person({ id: '00000000-0000-4000-8000-000000000002', fullName: 'Lê Văn Hùng' }),
    ]);
    expect(names(idx, { text: 'dinh dao' })).toEqual(['Đinh Thị Đào']);
    expect(names(idx, { text: 'ĐÀO' })).toEqual(['Đinh Thị Đào']);
    expect(names(idx, { text: '  hung   le ' })).toEqual(['Lê Văn Hùng']);
  });

  test('finds by ID number, by phone as people write it or as stored, and by village', () => {
    const withPhone = roster.find((b) => b.phone && b.idNumber)!;
    const local = `0${withPhone.phone!.slice(3)}`;
    expect(ids(index, { text: withPhone.idNumber! })).toEqual([withPhone.id]);
    expect(ids(index, { text: local })).toEqual([withPhone.id]);
    expect(ids(index, { text: withPhone.phone! })).toEqual([withPhone.id]);
    const spaced = `${local.slice(0, 4)} ${local.slice(4, 7)} ${local.slice(7)}`;
    expect(ids(index, { text: spaced })).toContain(withPhone.id);

    const village = roster[3]!.village;
    const inVillage = ids(index, { text: foldVietnamese(village) });
    expect(inVillage).toEqual(
      expect.arrayContaining(roster.filter((b) => b.village === village).map((b) => b.id)),
    );
  });

  test('filters by status, group and village, alone and together', () => {
    const place = index.places[0]!;
    const q: Partial<RosterQuery> = { status: 'not_visited', group: 'elderly', place: place.key };
    const expected = roster.filter(
      (b) =>
        b.status === 'not_visited' &&
        GROUP_OF[b.category] === 'elderly' &&
        b.village === place.village &&
        b.communeCode === place.communeCode,
    );
    expect(new Set(ids(index, q))).toEqual(new Set(expected.map((b) => b.id)));
    expect(ids(index, { place: '06004/Thôn Không Có' })).toEqual([]);
    expect(ids(index, { status: 'account_opened' }).length).toBe(
      roster.filter((b) => b.status === 'account_opened').length,
    );
  });

  test('sorts in Vietnamese order: by given name, by full name, by village', () => {
    const byGiven = names(index, { sort: 'givenName' });
    const given = (n: string) => n.slice(n.lastIndexOf(' ') + 1);
    for (let i = 1; i < byGiven.length; i++) {
      expect(compareVietnamese(given(byGiven[i - 1]!), given(byGiven[i]!))).toBeLessThanOrEqual(0);
    }
    const byVillage = [...searchRoster(index, { ...EMPTY_QUERY, sort: 'village' })];
    const placeOf = (i: number) => index.placeCodes[i]!;
    for (let i = 1; i < byVillage.length; i++) {
      expect(placeOf(byVillage[i - 1]!)).toBeLessThanOrEqual(placeOf(byVillage[i]!));
    }
    const byFull = names(index, { sort: 'fullName' });
    expect(byFull).toEqual([...byFull].sort(compareVietnamese));
    const idx = buildRosterIndex([
      person({ id: '00000000-0000-4000-8000-000000000001', fullName: 'Đỗ Văn An' }),
      person({ id: '00000000-0000-4000-8000-000000000002', fullName: 'Dương Văn An' }),
      person({ id: '00000000-0000-4000-8000-000000000003', fullName: 'Ân Thị Ba' }),
      person({ id: '00000000-0000-4000-8000-000000000004', fullName: 'An Thị Ba' }),
    ]);
    // D before Đ, A before Â, whatever the code points say.
    expect(names(idx, { sort: 'fullName' })).toEqual([
      'An Thị Ba',
      'Ân Thị Ba',
      'Dương Văn An',
      'Đỗ Văn An',
    ]);
  });
});

test('searching as one types gives, at every keystroke, what a fresh search gives', () => {
  const search = createRosterSearcher(index);
  const typed = (s: string) => Array.from(s, (_, i) => s.slice(0, i + 1));
  const target = roster.find((b) => b.phone)!;
  const steps: Partial<RosterQuery>[] = [
    ...typed('nguyen van h').map((text) => ({ text })),
    { text: 'nguyen van' }, // backspace widens again
    { text: 'nguyen van', status: 'not_visited' },
    ...typed('hoang thi').map((text) => ({ text, status: 'not_visited' as const })),
    { text: 'hoang thi', group: 'elderly' },
    { text: 'hoang thi', group: 'elderly', place: index.places[2]!.key },
    ...typed('ab1').map((text) => ({ text })), // a word that becomes a number
    ...typed(`0${target.phone!.slice(3)}`).map((text) => ({ text })),
    { text: '', sort: 'village' },
    ...typed('thon').map((text) => ({ text, sort: 'village' as const })),
  ];
  for (const step of steps) {
    const query = { ...EMPTY_QUERY, ...step };
    expect([...search(query)], JSON.stringify(step)).toEqual([...searchRoster(index, query)]);
  }
});

test('every HIV-related category shares its display group with a category that is not', () => {
  for (const category of BENEFICIARY_CATEGORIES.filter(isSensitiveCategory)) {
    const peers = BENEFICIARY_CATEGORIES.filter(
      (c) => GROUP_OF[c] === GROUP_OF[category] && !isSensitiveCategory(c),
    );
    expect(peers.length, category).toBeGreaterThan(0);
  }
});
