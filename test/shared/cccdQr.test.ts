import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatCccdQr, parseCccdQr, type CccdCard } from '../../src/shared/cccdQr';
import { toIsoDate } from '../../src/shared/dates';
import { isSharedMessageKey } from '../../src/shared/messages';
import { ID_PROVINCES } from '../../src/shared/provinces';

const nfd = (s: string) => s.normalize('NFD');

// Made-up people in the card's exact layout.
const CARD_2021 =
  '001048012345|012345678|Nguyễn Văn Bình|05091948|Nam|Số 12 ngõ 34, Phường Láng Hạ, Quận Đống Đa, Hà Nội|12042021';
const CARD_2024 =
  '046150001234|191234567|ĐOÀN THỊ BẢO VŨ YẾN LAN|17021950|Nữ|Thôn Phú Ốc, Xã Hương Toàn, Thị xã Hương Trà, Thừa Thiên Huế|04102024||||';

function parseOk(raw: string) {
  const result = parseCccdQr(raw);
  if (!result.ok) throw new Error(`expected a card, got ${result.error}`);
  return result;
}

describe('parseCccdQr: real layouts', () => {
  it('reads a 2021 chip card', () => {
    expect(parseCccdQr(CARD_2021)).toEqual({
      ok: true,
      card: {
        idNumber: '001048012345',
        oldIdNumber: '012345678',
        fullName: 'Nguyễn Văn Bình',
        dateOfBirth: '1948-09-05',
        sex: 'male',
        address: 'Số 12 ngõ 34, Phường Láng Hạ, Quận Đống Đa, Hà Nội',
        issueDate: '2021-04-12',
        extra: [],
      },
      warnings: [],
    });
  });

  it('reads an 11-field 2024 card and keeps the four trailing fields', () => {
    const { card, warnings } = parseOk(CARD_2024);
    expect(card.fullName).toBe('ĐOÀN THỊ BẢO VŨ YẾN LAN');
    expect(card.sex).toBe('female');
    expect(card.dateOfBirth).toBe('1950-02-17');
    expect(card.issueDate).toBe('2024-10-04');
    expect(card.extra).toEqual(['', '', '', '']);
    expect(warnings).toEqual([]);
  });

  it('keeps extra fields verbatim, inner white space included', () => {
    const { card } = parseOk(`${CARD_2021}| Nguyễn Văn A |x|`);
    expect(card.extra).toEqual([' Nguyễn Văn A ', 'x', '']);
  });

  it('accepts an empty old ID and a 12-digit old ID', () => {
    expect(parseOk(CARD_2021.replace('|012345678|', '||')).card.oldIdNumber).toBeNull();
    expect(parseOk(CARD_2021.replace('|012345678|', '|001048099999|')).card.oldIdNumber).toBe(
      '001048099999',
    );
  });

  it('turns NFD text into the same NFC strings, and accepts lower-case "nữ"', () => {
    const raw = nfd(
      '087155000123||TRẦN THỊ NGỌC HƯỜNG|20031955|nữ|Ấp Tân Hòa, Xã Tân Thuận Đông, Thành phố Cao Lãnh, Đồng Tháp|01072021',
    );
    const { card } = parseOk(raw);
    expect(card.fullName).toBe('TRẦN THỊ NGỌC HƯỜNG'.normalize('NFC'));
    expect(card.fullName).toBe('TRẦN THỊ NGỌC HƯỜNG');
    expect(card.address).toBe('Ấp Tân Hòa, Xã Tân Thuận Đông, Thành phố Cao Lãnh, Đồng Tháp');
    expect(card.sex).toBe('female');
  });

  it.each(['Nam', 'NAM', 'nam', ' Nam '])('reads sex %j as male', (sex) => {
    expect(parseOk(CARD_2021.replace('|Nam|', `|${sex}|`)).card.sex).toBe('male');
  });

  it.each(['Nữ', 'NỮ', 'nữ', nfd('Nữ'), nfd('NỮ'), 'NU'])('reads sex %j as female', (sex) => {
    const raw = CARD_2021.replace('001048', '001148').replace('|Nam|', `|${sex}|`);
    expect(parseOk(raw)).toMatchObject({ card: { sex: 'female' }, warnings: [] });
  });

  it('tolerates a byte-order mark, surrounding white space and line breaks', () => {
    expect(parseOk(`\uFEFF  ${CARD_2021}\r\n`).card).toEqual(parseOk(CARD_2021).card);
  });

  it('cleans white space inside the name and address', () => {
    const { card } = parseOk(CARD_2021.replace('Nguyễn Văn Bình', '  Nguyễn  Văn   Bình '));
    expect(card.fullName).toBe('Nguyễn Văn Bình');
  });

  it('leaves the issue date null when the field is empty', () => {
    expect(parseOk(CARD_2021.replace('|12042021', '|')).card.issueDate).toBeNull();
  });
});

describe('parseCccdQr: birth dates', () => {
  const withDob = (dob: string) =>
    parseCccdQr(CARD_2021.replace('001048', '001040').replace('|05091948|', `|${dob}|`));

  it.each(['1940', '00001940', '00061940'])('keeps year precision for %j', (dob) => {
    expect(withDob(dob)).toMatchObject({ ok: true, card: { dateOfBirth: '1940' }, warnings: [] });
  });

  it('accepts 29 February in a leap year', () => {
    expect(withDob('29021940')).toMatchObject({ ok: true, card: { dateOfBirth: '1940-02-29' } });
  });

  it.each(['31021940', '29021941', '31041940', '00131940', '32011940', '1799', '0000', '19400101'])(
    'rejects %j',
    (dob) => {
      expect(withDob(dob)).toEqual({ ok: false, error: 'parse.cccd.birthDateInvalid' });
    },
  );

  it('rejects an impossible issue date', () => {
    expect(parseCccdQr(CARD_2021.replace('|12042021', '|31022021'))).toEqual({
      ok: false,
      error: 'parse.cccd.issueDateInvalid',
    });
  });
});

describe('parseCccdQr: cross-checks with the ID number', () => {
  it('warns when the sex disagrees with digit 4', () => {
    const result = parseOk(CARD_2021.replace('|Nam|', '|Nữ|'));
    expect(result.card.sex).toBe('female');
    expect(result.warnings).toEqual(['parse.cccd.sexMismatch']);
  });

  it('warns when the birth year disagrees with digits 5–6', () => {
    expect(parseOk(CARD_2021.replace('05091948', '05091949')).warnings).toEqual([
      'parse.cccd.birthYearMismatch',
    ]);
  });

  it('warns when the century in digit 4 disagrees', () => {
    // Digit 4 = 2: a man born in the 2000s, but the card says 1948.
    expect(parseOk(CARD_2021.replace('001048', '001248')).warnings).toEqual([
      'parse.cccd.birthYearMismatch',
    ]);
  });

  it('compares a year-only birth date by year', () => {
    expect(parseOk(CARD_2021.replace('05091948', '1948')).warnings).toEqual([]);
    expect(parseOk(CARD_2021.replace('05091948', '1950')).warnings).toEqual([
      'parse.cccd.birthYearMismatch',
    ]);
  });

  it('reports every disagreement at once, and an issue date before birth', () => {
    const raw = CARD_2021.replace('|Nam|', '|Nữ|')
      .replace('05091948', '05091990')
      .replace('12042021', '01011980');
    expect(parseOk(raw).warnings).toEqual([
      'parse.cccd.sexMismatch',
      'parse.cccd.birthYearMismatch',
      'parse.cccd.issuedBeforeBirth',
    ]);
  });
});

describe('parseCccdQr: rejections', () => {
  const field = (index: number, value: string) => {
    const parts = CARD_2021.split('|');
    parts[index] = value;
    return parts.join('|');
  };

  it.each([
    ['', 'parse.cccd.empty'],
    [' \n ', 'parse.cccd.empty'],
    ['\uFEFF', 'parse.cccd.empty'],
    ['https://vneid.gov.vn', 'parse.cccd.notCardQr'],
    [CARD_2021.split('|').slice(0, 6).join('|'), 'parse.cccd.tooFewFields'],
    [`${CARD_2021}|${'x'.repeat(1000)}`, 'parse.cccd.tooLong'],
    [field(0, ''), 'parse.idNumber.empty'],
    [field(0, '00104801234'), 'parse.idNumber.wrongLength'],
    [field(0, '00104801234X'), 'parse.idNumber.notDigits'],
    [field(0, '099048012345'), 'parse.idNumber.unknownProvince'],
    [field(1, '12345'), 'parse.cccd.oldIdInvalid'],
    [field(1, '0123456789'), 'parse.cccd.oldIdInvalid'],
    [field(1, 'CMND'), 'parse.cccd.oldIdInvalid'],
    [field(2, '  '), 'parse.cccd.nameMissing'],
    [field(2, 'A'.repeat(101)), 'parse.cccd.nameTooLong'],
    [field(2, '阮文平'), 'parse.cccd.nameGarbled'],
    [field(2, 'NGUYá»„N VÄ‚N BÃŒNH'), 'parse.cccd.nameGarbled'],
    [field(2, 'Nguy\uFFFDn V\uFFFDn B\uFFFDnh'), 'parse.cccd.nameGarbled'],
    [field(2, 'Nguyễn Văn 2'), 'parse.cccd.nameGarbled'],
    [field(3, ''), 'parse.cccd.birthDateInvalid'],
    [field(3, '05/09/1948'), 'parse.cccd.birthDateInvalid'],
    [field(4, 'Male'), 'parse.cccd.sexInvalid'],
    [field(4, ''), 'parse.cccd.sexInvalid'],
    [field(5, ''), 'parse.cccd.addressMissing'],
    [field(5, 'x'.repeat(301)), 'parse.cccd.addressTooLong'],
    [field(5, '河内市'), 'parse.cccd.addressGarbled'],
    [field(5, 'Thôn 3\u0000'), 'parse.cccd.addressGarbled'],
    [field(6, '2021-04-12'), 'parse.cccd.issueDateInvalid'],
  ])('rejects %j with %s', (raw, error) => {
    expect(parseCccdQr(raw)).toEqual({ ok: false, error });
  });

  it('accepts the longest allowed name and address', () => {
    const raw = field(2, 'A'.repeat(100)).replace(/\|Số 12[^|]*\|/, `|${'x'.repeat(300)}|`);
    expect(parseOk(raw).card.fullName).toHaveLength(100);
  });
});

// A consistent card: digit 4 and digits 5–6 of the ID agree with sex and birth date.
const word = fc.constantFrom(
  'NGUYỄN',
  'Trần',
  'LÊ',
  'Phạm',
  'Hoàng',
  'Huỳnh',
  'Võ',
  'Đặng',
  'Bùi',
  'Đỗ',
  'Thị',
  'Văn',
  'Ngọc',
  'Hữu',
  'Thắng',
  'Yến',
  'Hường',
  'Ánh',
  'Quý',
  'Ly',
);
const date = (minYear: number, maxYear: number) =>
  fc
    .date({
      min: new Date(Date.UTC(minYear, 0, 1)),
      max: new Date(Date.UTC(maxYear, 11, 31)),
      noInvalidDate: true,
    })
    .map((d) => toIsoDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()));
const validCard: fc.Arbitrary<CccdCard> = fc
  .record({
    place: fc.constantFrom(...ID_PROVINCES),
    sex: fc.constantFrom('male' as const, 'female' as const),
    birth: fc.oneof(date(1900, 2019), fc.integer({ min: 1900, max: 1960 }).map(String)),
    tail: fc.stringMatching(/^\d{6}$/),
    oldIdNumber: fc.option(fc.stringMatching(/^(\d{9}|\d{12})$/), { nil: null }),
    name: fc.array(word, { minLength: 2, maxLength: 6 }).map((w) => w.join(' ')),
    address: fc
      .array(fc.constantFrom('Thôn 3', 'Xã Tân Hòa', 'Ấp Phú Ốc', 'Số 12/4', 'Hà Nội'), {
        minLength: 1,
        maxLength: 5,
      })
      .map((p) => p.join(', ')),
    issueDate: fc.option(date(2020, 2025), { nil: null }),
    extra: fc.array(fc.stringMatching(/^[0-9A-Za-z]{0,8}$/), { maxLength: 5 }),
  })
  .map(({ place, sex, birth, tail, oldIdNumber, name, address, issueDate, extra }) => {
    const year = Number(birth.slice(0, 4));
    const digit4 = (year >= 2000 ? 2 : 0) + (sex === 'female' ? 1 : 0);
    const yy = String(year % 100).padStart(2, '0');
    return {
      idNumber: `${place.code}${digit4}${yy}${tail}`,
      oldIdNumber,
      fullName: name,
      dateOfBirth: birth,
      sex,
      address,
      issueDate,
      extra,
    };
  });

describe('parseCccdQr: properties', () => {
  it('reads back every generated card exactly, from NFC or NFD text, with no warnings', () => {
    fc.assert(
      fc.property(validCard, fc.boolean(), (card, decomposed) => {
        const raw = formatCccdQr(card);
        expect(parseCccdQr(decomposed ? nfd(raw) : raw)).toEqual({ ok: true, card, warnings: [] });
      }),
    );
  });

  it('never throws and answers only with known message keys', () => {
    const fieldLike = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 20 }),
      fc.stringMatching(/^\d{0,14}$/),
      fc.constantFrom('Nam', 'Nữ', nfd('Nữ'), '1940', '00001940', '31021990', '', ' '),
    );
    const arbitraryQr = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 100 }),
      // Long inputs around the 1000-character bound, cheaply.
      fc
        .tuple(fc.string({ unit: 'binary', maxLength: 12 }), fc.nat({ max: 250 }))
        .map(([chunk, times]) => chunk.repeat(times)),
      fc.array(fieldLike, { minLength: 6, maxLength: 12 }).map((f) => f.join('|')),
      validCard.chain((card) =>
        fc.nat({ max: 400 }).map((cut) => formatCccdQr(card).slice(0, cut)),
      ),
    );
    fc.assert(
      fc.property(arbitraryQr, (raw) => {
        const result = parseCccdQr(raw);
        if (result.ok) result.warnings.forEach((w) => expect(isSharedMessageKey(w)).toBe(true));
        else expect(isSharedMessageKey(result.error)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('survives values that are not strings (called from untyped code)', () => {
    for (const value of [undefined, null, 42, {}, []]) {
      expect(parseCccdQr(value as unknown as string)).toEqual({
        ok: false,
        error: 'parse.cccd.empty',
      });
    }
  });
});
