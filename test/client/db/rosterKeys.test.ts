import { describe, expect, it } from 'vitest';
import {
  matchesQuery,
  queryWords,
  rosterSearchFields,
  vietnameseNameSortKey,
} from '../../../src/client/db/rosterKeys';
import { compareVietnamese } from '../../../src/shared/text';

const byKey = (names: string[]) =>
  [...names].sort((a, b) => {
    const [ka, kb] = [vietnameseNameSortKey(a), vietnameseNameSortKey(b)];
    return ka < kb ? -1 : ka > kb ? 1 : 0;
  });

describe('roster keys', () => {
  it('orders letters as the Vietnamese collator does (A < Ă < Â, D < Đ, O < Ô < Ơ, U < Ư)', () => {
    const words = [
      'Ung',
      'Ưng',
      'On',
      'Ôn',
      'Ơn',
      'Dung',
      'Đào',
      'An',
      'Ăn',
      'Âu',
      'Bình',
      'Yến',
      'Xuân',
    ];
    expect(byKey(words)).toEqual([...words].sort(compareVietnamese));
  });

  it('puts the bare letter before its tones, and a shorter name first', () => {
    expect(byKey(['Lá', 'La', 'Lạ', 'Là', 'Lan'])).toEqual(['La', 'Là', 'Lá', 'Lạ', 'Lan']);
  });

  it('sorts by given name, then by the whole name', () => {
    expect(byKey(['Nguyễn Văn Bình', 'Hoàng Thị An', 'Lê Văn Bình', 'Bế An'])).toEqual([
      'Bế An',
      'Hoàng Thị An',
      'Lê Văn Bình',
      'Nguyễn Văn Bình',
    ]);
  });

  it('folds name, village, ID and local phone into searchable words', () => {
    const fields = rosterSearchFields({
      fullName: 'Nguyễn Thị Đào',
      village: 'Thôn Nà Phai',
      idNumber: '020048001234',
      phone: '+84912345678',
    });
    expect(fields.searchWords).toEqual([
      'nguyen',
      'thi',
      'dao',
      'thon',
      'na',
      'phai',
      '020048001234',
      '0912345678',
    ]);
    expect(matchesQuery(fields.searchKey, queryWords('ĐÀO  nà'))).toBe(true);
    expect(matchesQuery(fields.searchKey, queryWords('ao'))).toBe(false);
    expect(queryWords('a b c d e f g h i j')).toHaveLength(8);
  });
});
