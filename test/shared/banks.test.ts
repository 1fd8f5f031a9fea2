import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Banks as SOURCE } from 'vietnam-qr-pay/dist/constants/banks';
import { BANKS, findBankByBin, isKnownBankBin, searchBanks } from '../../src/shared/banks';
import { compareVietnamese } from '../../src/shared/text';

describe('BANKS', () => {
  it('comes from vietnam-qr-pay: one entry per six-digit BIN, e-wallets left out', () => {
    const sourceBins = new Set(SOURCE.filter((b) => /^\d{6}$/.test(b.bin)).map((b) => b.bin));
    sourceBins.delete('971025'); // MoMo, an e-wallet
    expect(new Set(BANKS.map((b) => b.bin))).toEqual(sourceBins);
    expect(BANKS).toHaveLength(sourceBins.size);
    expect(BANKS.length).toBeGreaterThan(40);
  });

  it('has the BINs of the banks the programme pays through (domain.md §5)', () => {
    expect(findBankByBin('970415')).toMatchObject({ code: 'CTG', shortName: 'VietinBank' });
    expect(findBankByBin('970436')?.shortName).toBe('Vietcombank');
    expect(findBankByBin('970418')?.shortName).toBe('BIDV');
    expect(findBankByBin('970405')?.shortName).toBe('Agribank');
    expect(findBankByBin('970449')?.shortName).toBe('LPBank');
  });

  it('is sorted by short name in Vietnamese order, names in NFC', () => {
    const names = BANKS.map((b) => b.shortName);
    expect(names).toEqual([...names].sort(compareVietnamese));
    for (const b of BANKS) {
      expect(b.name).toBe(b.name.normalize('NFC'));
      expect(b.shortName).not.toBe('');
    }
  });

  it('keeps the current bank of a BIN listed twice and its former name as a keyword', () => {
    // LienVietPostBank became LPBank; Ocean Bank became MBV; DongA Bank became Vikki Bank.
    expect(findBankByBin('970449')?.keywords).toContain('LienVietPostBank');
    expect(findBankByBin('970414')?.shortName).toBe('MBV');
    expect(findBankByBin('970406')?.shortName).toBe('Vikki Bank');
    expect(findBankByBin('970406')?.keywords).toContain('DongA Bank');
  });
});

describe('findBankByBin and isKnownBankBin', () => {
  it('tolerates surrounding white space and rejects unknown BINs', () => {
    expect(findBankByBin(' 970415 ')?.shortName).toBe('VietinBank');
    expect(isKnownBankBin('970415')).toBe(true);
    expect(isKnownBankBin('971025')).toBe(false);
    expect(isKnownBankBin('000000')).toBe(false);
    expect(isKnownBankBin('')).toBe(false);
    expect(isKnownBankBin(undefined as unknown as string)).toBe(false);
  });
});

describe('searchBanks', () => {
  const shortNames = (q: string) => searchBanks(q).map((b) => b.shortName);

  it('finds a bank by its Vietnamese name with or without accents', () => {
    expect(shortNames('Nông nghiệp')).toEqual(['Agribank']);
    expect(shortNames('nong nghiep')).toEqual(['Agribank']);
    expect(shortNames('NÔNG NGHIỆP'.normalize('NFD'))).toEqual(['Agribank']);
    expect(shortNames('Công thương Việt Nam')).toContain('VietinBank');
    expect(shortNames('ngoai thuong')).toEqual(['Vietcombank']);
  });

  it('finds by short name, code, BIN and keywords, ignoring spacing', () => {
    expect(shortNames('vietin')).toEqual(['VietinBank']);
    expect(shortNames('CTG')).toEqual(['VietinBank']);
    expect(shortNames('970436')).toEqual(['Vietcombank']);
    expect(shortNames('dong a')).toEqual(['Vikki Bank']);
    expect(shortNames('Lien Viet Post')).toEqual(['LPBank']);
  });

  it('lists banks whose short name starts with the query first', () => {
    const hits = shortNames('viet');
    const starting = hits.filter((n) => n.toLowerCase().startsWith('viet'));
    expect(hits.slice(0, starting.length)).toEqual(starting);
    expect(hits.length).toBeGreaterThan(starting.length);
  });

  it('gives the whole list for an empty query and nothing for a stranger', () => {
    expect(searchBanks('  ')).toEqual(BANKS);
    expect(searchBanks('không có ngân hàng này')).toEqual([]);
  });

  it('never throws and only returns listed banks', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 30 }), (q) => {
        for (const bank of searchBanks(q)) expect(BANKS).toContain(bank);
      }),
    );
  });
});
