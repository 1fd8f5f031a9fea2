import type { ParserMessageKey } from './messages/parsers';
import { ID_PROVINCE_TABLE, type IdPlaceTable } from './provinces';

// The 12-digit personal ID number (số định danh cá nhân, printed on the CCCD; domain.md §3):
// digits 1–3 place of birth registration, digit 4 century and sex, digits 5–6 birth year, 7–12 random.
// There is no documented check digit, so a well-formed number can still be wrong: callers that also
// hold a birth date and sex compare them (see parseCccdQr).

export type Sex = 'male' | 'female';

export const ID_NUMBER_LENGTH = 12;

/** Digit 4: 0/1 → 1900s, 2/3 → 2000s, 4/5 → 2100s, 6/7 → 2200s, 8/9 → 1800s; even male, odd female. */
function centuryOf(digit: number): number {
  return digit >= 8 ? 1800 : 1900 + 100 * Math.floor(digit / 2);
}

export type IdNumberCheck =
  | {
      ok: true;
      /** The number as it should be stored: surrounding white space removed. */
      idNumber: string;
      provinceCode: string;
      provinceName: string;
      sex: Sex;
      century: number;
      birthYear: number;
    }
  | { ok: false; error: ParserMessageKey };

export function checkIdNumber(id: string, places: IdPlaceTable = ID_PROVINCE_TABLE): IdNumberCheck {
  if (typeof id !== 'string') return { ok: false, error: 'parse.idNumber.empty' };
  // Checked before trimming so a pasted document cannot make us scan megabytes.
  if (id.length > 64) return { ok: false, error: 'parse.idNumber.wrongLength' };
  const value = id.trim();
  if (value === '') return { ok: false, error: 'parse.idNumber.empty' };
  if (!/^[0-9]+$/.test(value)) return { ok: false, error: 'parse.idNumber.notDigits' };
  if (value.length !== ID_NUMBER_LENGTH) return { ok: false, error: 'parse.idNumber.wrongLength' };

  const place = places.get(value.slice(0, 3));
  if (!place) return { ok: false, error: 'parse.idNumber.unknownProvince' };
  const centuryDigit = Number(value.charAt(3));
  const century = centuryOf(centuryDigit);
  return {
    ok: true,
    idNumber: value,
    provinceCode: place.code,
    provinceName: place.name,
    sex: centuryDigit % 2 === 0 ? 'male' : 'female',
    century,
    birthYear: century + Number(value.slice(4, 6)),
  };
}
