import { isValidCalendarDate, toIsoDate } from '../dates';
import type { Sex } from '../idNumber';
import type { BeneficiaryCategory } from '../schemas/categories';
import { BENEFICIARY_CATEGORIES } from '../schemas/categories';
import { foldVietnamese } from '../text';

// Reading one cell of the office's file as the value a roster field holds. Each reader returns
// null when it cannot tell; the row mapper turns that into a message naming the cell's text.
// Spreadsheets drop leading zeros from numbers, so ID numbers and phones typed as numbers come
// back one digit short: that one case is repaired, nothing else is guessed.

export function readSex(cell: string): Sex | null {
  const key = foldVietnamese(cell);
  if (['nam', 'male', 'm', 'trai'].includes(key)) return 'male';
  if (['nu', 'female', 'f', 'gai'].includes(key)) return 'female';
  return null;
}

/**
 * The group written in words (or as its code). Rules go from the most specific wording to the
 * least, so "thân nhân người có công" is not read as "người có công".
 */
const CATEGORY_RULES: readonly (readonly [BeneficiaryCategory, readonly string[]])[] = [
  ['merit_relative', ['than nhan']],
  ['merit', ['nguoi co cong', 'co cong']],
  ['child_hiv_poor', ['tre em nhiem hiv', 'tre nhiem hiv', 'tre em hiv']],
  ['poor_hiv', ['hiv']],
  ['foster_family', ['nhan nuoi', 'nuoi duong tre']],
  [
    'carer_household',
    ['cham soc nguoi khuyet tat', 'ho gia dinh cham soc', 'ho cham soc', 'cham soc'],
  ],
  ['child_under3_poor', ['duoi 3 tuoi', 'duoi 36 thang']],
  ['child_16_22_studying', ['16 den 22', '16 - 22', '16-22', 'dang hoc']],
  ['child_no_support', ['mo coi', 'khong co nguon nuoi duong', 'nguon nuoi duong', 'tre em']],
  ['poor_single_parent', ['don than']],
  ['elderly', ['cao tuoi', 'nguoi gia']],
  ['disabled_severe', ['khuyet tat']],
];

export function readCategory(cell: string): BeneficiaryCategory | null {
  const raw = cell.trim();
  if ((BENEFICIARY_CATEGORIES as readonly string[]).includes(raw))
    return raw as BeneficiaryCategory;
  const key = foldVietnamese(raw);
  if (key === '') return null;
  for (const [category, words] of CATEGORY_RULES) {
    if (words.some((w) => key.includes(w))) return category;
  }
  return null;
}

/** "540.000", "540,000", "540 000 đ", "1.080.000đ", "540000" → whole đồng; null otherwise. */
export function readAmount(cell: string): number | null {
  const text = foldVietnamese(cell)
    .replace(/(vnd|dong|d)\.?$/, '')
    .replace(/\s+/g, '');
  let digits: string | null = null;
  if (/^\d{1,3}([.,]\d{3})+$/.test(text)) digits = text.replace(/[.,]/g, '');
  else if (/^\d+$/.test(text)) digits = text;
  else if (/^\d+[.,]0+$/.test(text)) digits = text.replace(/[.,]0+$/, '');
  if (digits === null || digits.length > 12) return null;
  return Number(digits);
}

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

/**
 * A birth date as the schema stores it: "YYYY-MM-DD", or "YYYY" when only the year is known.
 * Reads DD/MM/YYYY (also with - or .), YYYY-MM-DD, a year alone, a day the spreadsheet kept as
 * its serial number, and "00/00/1940"-style unknown days. Null when it is none of these.
 */
export function readBirthDate(cell: string): string | null {
  const text = cell.trim();
  let m = /^(\d{4})$/.exec(text);
  if (m) return m[1]!;
  m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$/.exec(text);
  if (m) return calendar(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  if (m) {
    const [day, month, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (day === 0 && month === 0) return m[3]!;
    return calendar(year, month, day);
  }
  m = /^(?:0{1,2}[/.-])?(\d{1,2})[/.-](\d{4})$/.exec(text);
  if (m && Number(m[1]) === 0) return m[2]!;
  m = /^(\d{5})(?:\.0+)?$/.exec(text);
  if (m) {
    const date = new Date(EXCEL_EPOCH_MS + Number(m[1]) * DAY_MS);
    return date.toISOString().slice(0, 10);
  }
  return null;
}

function calendar(year: number, month: number, day: number): string | null {
  return isValidCalendarDate(year, month, day) ? toIsoDate(year, month, day) : null;
}

/** Digits only once spaces, dots and dashes are gone; 11 digits lost their leading zero. */
export function readIdNumber(cell: string): string {
  const text = cell.trim().replace(/^'/, '');
  const digits = text.replace(/[\s.-]/g, '');
  if (/^\d{11}$/.test(digits)) return `0${digits}`;
  return /^\d+$/.test(digits) ? digits : text;
}

/** A mobile number kept as a spreadsheet number has lost its leading 0 (9 digits left). */
export function readPhone(cell: string): string {
  const text = cell.trim().replace(/^'/, '');
  const compact = text.replace(/[\s.-]/g, '');
  return /^[1-9]\d{8}$/.test(compact) ? `0${compact}` : text;
}
