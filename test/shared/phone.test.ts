import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  CARRIERS,
  MOBILE_PREFIXES,
  OLD_PREFIX_CONVERSIONS,
  carrierOf,
  normalizeVnPhone,
  type Carrier,
} from '../../src/shared/phone';
import { isSharedMessageKey } from '../../src/shared/messages';

// domain.md §4, written out again on purpose: the table in phone.ts must match it.
const EXPECTED: Record<Carrier, string> = {
  viettel: '032 033 034 035 036 037 038 039 086 096 097 098',
  vinaphone: '081 082 083 084 085 088 091 094',
  mobifone: '070 076 077 078 079 089 090 093',
  vietnamobile: '052 056 058 092',
  gmobile: '059 099',
  itelecom: '087',
  reddi: '055',
};

describe('carrier prefixes', () => {
  const cases = CARRIERS.flatMap((carrier) =>
    EXPECTED[carrier].split(' ').map((prefix) => [prefix, carrier] as const),
  );

  it.each(cases)('%s… is %s', (prefix, carrier) => {
    expect(normalizeVnPhone(`${prefix}1234567`)).toEqual({
      ok: true,
      national: `${prefix}1234567`,
      e164: `+84${prefix.slice(1)}1234567`,
      carrier,
    });
  });

  it('lists no prefix twice and nothing beyond the domain table', () => {
    const all = CARRIERS.flatMap((c) => MOBILE_PREFIXES[c]);
    expect(new Set(all).size).toBe(all.length);
    expect(all).toHaveLength(cases.length);
    expect(carrierOf('0912345678')).toBe('vinaphone');
    expect(carrierOf('0951234567')).toBeUndefined();
  });
});

describe('normalizeVnPhone: accepted writings', () => {
  it.each([
    '0912345678',
    '0912 345 678',
    '091.234.5678',
    '091-234-5678',
    '(091) 234 5678',
    '+84912345678',
    '+84 912 345 678',
    '(+84) 912-345-678',
    '+84 (0) 912 345 678',
    '84912345678',
    '0084 912 345 678',
    '912345678',
    '  0912345678\n',
    '0912\u00a0345\u00a0678',
  ])('%j → 0912345678', (input) => {
    expect(normalizeVnPhone(input)).toEqual({
      ok: true,
      national: '0912345678',
      e164: '+84912345678',
      carrier: 'vinaphone',
    });
  });

  it('does not mistake a national 084 number for the country code', () => {
    expect(normalizeVnPhone('0841234567')).toMatchObject({ ok: true, carrier: 'vinaphone' });
  });
});

describe('normalizeVnPhone: old eleven-digit numbers', () => {
  const conversions: [string, string][] = [
    ['0162', '032'],
    ['0163', '033'],
    ['0164', '034'],
    ['0165', '035'],
    ['0166', '036'],
    ['0167', '037'],
    ['0168', '038'],
    ['0169', '039'],
    ['0120', '070'],
    ['0121', '079'],
    ['0122', '077'],
    ['0126', '076'],
    ['0128', '078'],
    ['0123', '083'],
    ['0124', '084'],
    ['0125', '085'],
    ['0127', '081'],
    ['0129', '082'],
    ['0186', '056'],
    ['0188', '058'],
    ['0199', '059'],
  ];

  it('covers exactly the conversion table of domain.md', () => {
    expect(Object.entries(OLD_PREFIX_CONVERSIONS).sort()).toEqual([...conversions].sort());
  });

  it.each(conversions)('%s… is refused with its new %s… number as suggestion', (old, now) => {
    const result = normalizeVnPhone(`${old}2345678`);
    expect(result).toEqual({
      ok: false,
      error: 'parse.phone.oldNumber',
      suggestion: `${now}2345678`,
    });
    // The suggestion is itself a valid number on the same carrier's new prefix.
    expect(normalizeVnPhone(`${now}2345678`).ok).toBe(true);
  });

  it('recognises an old number written with separators or +84', () => {
    for (const input of ['0168 234 5678', '+84 168 234 5678', '1682345678']) {
      expect(normalizeVnPhone(input)).toMatchObject({ suggestion: '0382345678' });
    }
  });
});

describe('normalizeVnPhone: rejections', () => {
  it.each([
    ['', 'parse.phone.empty'],
    ['   ', 'parse.phone.empty'],
    ['0912 345 678 ext 2', 'parse.phone.invalidCharacters'],
    ['09123456７8', 'parse.phone.invalidCharacters'],
    ['091+2345678', 'parse.phone.invalidCharacters'],
    ['---', 'parse.phone.invalidCharacters'],
    ['+1 202 555 0143', 'parse.phone.notVietnamese'],
    ['0033 1 23 45 67 89', 'parse.phone.notVietnamese'],
    ['024 3825 1234', 'parse.phone.landline'],
    ['0283 822 1234', 'parse.phone.landline'],
    ['091234567', 'parse.phone.wrongLength'],
    ['09123456789', 'parse.phone.wrongLength'],
    ['01312345678', 'parse.phone.wrongLength'],
    ['0951234567', 'parse.phone.unknownPrefix'],
    ['0112345678', 'parse.phone.unknownPrefix'],
    ['0'.repeat(33), 'parse.phone.tooLong'],
  ])('rejects %j with %s', (input, error) => {
    expect(normalizeVnPhone(input)).toEqual({ ok: false, error });
  });
});

describe('normalizeVnPhone: properties', () => {
  const validNational = fc
    .tuple(
      fc.constantFrom(...CARRIERS.flatMap((c) => MOBILE_PREFIXES[c])),
      fc.stringMatching(/^\d{7}$/),
    )
    .map(([prefix, rest]) => prefix + rest);

  it('round-trips its own output: national and E.164 forms normalise to themselves', () => {
    fc.assert(
      fc.property(validNational, (national) => {
        const first = normalizeVnPhone(national);
        if (!first.ok) throw new Error(first.error);
        expect(first.national).toBe(national);
        expect(normalizeVnPhone(first.national)).toEqual(first);
        expect(normalizeVnPhone(first.e164)).toEqual(first);
        expect(first.e164).toMatch(/^\+84\d{9}$/);
      }),
    );
  });

  it('ignores any mix of separators', () => {
    const separator = fc.constantFrom('', ' ', '.', '-', '(', ')', '  ');
    fc.assert(
      fc.property(validNational, fc.array(separator, { minLength: 10, maxLength: 10 }), (n, s) => {
        const written = [...n].map((digit, i) => digit + s[i]).join('');
        expect(normalizeVnPhone(written)).toMatchObject({ ok: true, national: n });
      }),
    );
  });

  it('never throws and answers only with known message keys', () => {
    const phoneish = fc.stringMatching(/^\+?[\d .()-]{0,16}$/);
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 40 }), phoneish), (input) => {
        const result = normalizeVnPhone(input);
        if (result.ok) expect(result.national).toMatch(/^0\d{9}$/);
        else expect(isSharedMessageKey(result.error)).toBe(true);
      }),
    );
  });
});
