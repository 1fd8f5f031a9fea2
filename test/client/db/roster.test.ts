import { describe, expect, it } from 'vitest';
import {
  countRoster,
  getBeneficiary,
  replaceRoster,
  searchRoster,
  upsertBeneficiaries,
  ValidationError,
} from '../../../src/client/db';
import { generateRoster } from '../../../src/shared/demo';
import { compareVietnamese } from '../../../src/shared/text';
import * as samples from '../../shared/schemas/samples';
import { freshDb } from './helpers';

const people = generateRoster({ seed: 5, size: 300 });
const dao = samples.beneficiary({
  id: '6f1d2c4b-5a69-4e7d-8c1b-2a3f4e5d6c01',
  fullName: 'Nguyễn Thị Đào',
  sex: 'female',
  idNumber: null,
  village: 'Bản Khòn Quắc',
  phone: '0912 345 678',
  communeCode: '06004',
});

describe('roster on the device', () => {
  it('replaces the roster with validated, normalised entries', async () => {
    const db = await freshDb();
    expect(await replaceRoster(db, [...people, dao])).toBe(301);
    expect(await countRoster(db)).toBe(301);
    const stored = await getBeneficiary(db, dao.id);
    expect(stored).toMatchObject({ fullName: 'Nguyễn Thị Đào', phone: '+84912345678' });
    expect(stored).toMatchObject({ currentStatus: 'not_visited', needsReview: false });
    expect(stored).not.toHaveProperty('searchKey');
    await replaceRoster(db, people.slice(0, 10));
    expect(await countRoster(db)).toBe(10);
  });

  it('rejects a batch with one bad entry, saying which, and keeps the roster as it was', async () => {
    const db = await freshDb();
    await replaceRoster(db, people.slice(0, 50));
    const bad = { ...people[60]!, phone: '0241234567' };
    const attempt = replaceRoster(db, [...people.slice(50, 60), bad]);
    await expect(attempt).rejects.toThrow(ValidationError);
    await expect(attempt).rejects.toMatchObject({
      issues: [{ path: '10.phone', key: 'parse.phone.landline' }],
    });
    await expect(upsertBeneficiaries(db, [bad])).rejects.toThrow(ValidationError);
    expect(await countRoster(db)).toBe(50);
    expect(await getBeneficiary(db, people[50]!.id)).toBeUndefined();
  });

  it('updates entries in place and adds new ones', async () => {
    const db = await freshDb();
    await replaceRoster(db, [dao]);
    await upsertBeneficiaries(db, [{ ...dao, village: 'Thôn Nà Phai' }, people[0]!]);
    expect(await countRoster(db)).toBe(2);
    expect((await getBeneficiary(db, dao.id))?.village).toBe('Thôn Nà Phai');
    expect((await searchRoster(db, { query: 'na phai' })).rows.map((r) => r.id)).toContain(dao.id);
  });

  describe('search', () => {
    const ids = async (filters: Parameters<typeof searchRoster>[1], page = {}) => {
      const db = await freshDb();
      await replaceRoster(db, [...people, dao]);
      return (await searchRoster(db, filters, page)).rows.map((r) => r.id);
    };

    it('ignores accents and case, in any word order', async () => {
      expect(await ids({ query: 'nguyen thi dao' })).toEqual([dao.id]);
      expect(await ids({ query: 'ĐÀO Nguyễn' })).toEqual([dao.id]);
      expect(await ids({ query: 'dao khon quac' })).toEqual([dao.id]);
    });

    it('finds by the start of a phone or ID number as people type them', async () => {
      expect(await ids({ query: '0912345' })).toContain(dao.id);
      const withId = people.find((p) => p.idNumber !== null)!;
      expect(await ids({ query: withId.idNumber!.slice(0, 9) })).toContain(withId.id);
      expect(await ids({ query: '345678' })).not.toContain(dao.id);
    });

    it('combines words and filters, all of which must match', async () => {
      expect(await ids({ query: 'dao khon', communeCode: '05977' })).toEqual([]);
      expect(await ids({ query: 'dao khon', communeCode: '06004' })).toEqual([dao.id]);
      expect(await ids({ query: 'dao khon', status: 'visited' })).toEqual([]);
      expect(await ids({ query: 'nguyen zzz' })).toEqual([]);
    });

    it('pages through the list in Vietnamese order (given name first) with a total', async () => {
      const db = await freshDb();
      await replaceRoster(db, people);
      const all = [];
      for (let offset = 0; ; offset += 70) {
        const page = await searchRoster(db, {}, { limit: 70, offset });
        expect(page.total).toBe(300);
        all.push(...page.rows);
        if (page.rows.length < 70) break;
      }
      expect(all).toHaveLength(300);
      expect(new Set(all.map((r) => r.id)).size).toBe(300);
      const givenNames = all.map((r) => r.fullName.split(' ').at(-1)!);
      for (let i = 1; i < givenNames.length; i++) {
        expect(compareVietnamese(givenNames[i - 1]!, givenNames[i]!)).toBeLessThanOrEqual(0);
      }
    });

    it('pages within a commune and with filters, counting only matches', async () => {
      const db = await freshDb();
      await replaceRoster(db, people);
      const commune = people[0]!.communeCode;
      const inCommune = people.filter((p) => p.communeCode === commune);
      const first = await searchRoster(db, { communeCode: commune }, { limit: 5 });
      expect(first.total).toBe(inCommune.length);
      expect(first.rows.every((r) => r.communeCode === commune)).toBe(true);
      const elderly = people.filter((p) => p.communeCode === commune && p.category === 'elderly');
      const second = await searchRoster(
        db,
        { communeCode: commune, category: 'elderly' },
        { limit: 3, offset: 3 },
      );
      expect(second.total).toBe(elderly.length);
      expect(second.rows).toHaveLength(Math.min(3, Math.max(elderly.length - 3, 0)));
      const all = await searchRoster(
        db,
        { communeCode: commune, category: 'elderly' },
        { limit: 500 },
      );
      expect(all.rows.slice(3, 6).map((r) => r.id)).toEqual(second.rows.map((r) => r.id));
      const visited = await searchRoster(db, { status: 'visited' }, { limit: 500 });
      expect(visited.total).toBe(people.filter((p) => p.status === 'visited').length);
    });

    it('bounds the page size', async () => {
      const db = await freshDb();
      await replaceRoster(db, people);
      expect((await searchRoster(db, {}, { limit: 10_000 })).rows).toHaveLength(300);
      expect((await searchRoster(db, {}, { limit: 0 })).rows).toHaveLength(1);
      expect((await searchRoster(db, {}, { offset: -5, limit: 2 })).rows).toHaveLength(2);
    });
  });
});
