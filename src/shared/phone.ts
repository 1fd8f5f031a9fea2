import type { ParserMessageKey } from './messages/parsers';

// Vietnamese mobile numbers (domain.md §4): ten digits starting 0, stored as E.164 "+84" + 9 digits.
// Prefix tables are data so a new or reassigned prefix is a one-line change.

export const CARRIERS = [
  'viettel',
  'vinaphone',
  'mobifone',
  'vietnamobile',
  'gmobile',
  'itelecom',
  'reddi',
] as const;
export type Carrier = (typeof CARRIERS)[number];

/** Brand names, the same in Vietnamese and English. */
export const CARRIER_NAMES: Readonly<Record<Carrier, string>> = {
  viettel: 'Viettel',
  vinaphone: 'VinaPhone',
  mobifone: 'MobiFone',
  vietnamobile: 'Vietnamobile',
  gmobile: 'Gmobile',
  itelecom: 'Itelecom',
  reddi: 'Reddi',
};

/** Three-digit national prefixes of each carrier's ten-digit numbers. */
export const MOBILE_PREFIXES: Readonly<Record<Carrier, readonly string[]>> = {
  viettel: ['032', '033', '034', '035', '036', '037', '038', '039', '086', '096', '097', '098'],
  vinaphone: ['081', '082', '083', '084', '085', '088', '091', '094'],
  mobifone: ['070', '076', '077', '078', '079', '089', '090', '093'],
  vietnamobile: ['052', '056', '058', '092'],
  gmobile: ['059', '099'],
  itelecom: ['087'],
  reddi: ['055'],
};

/** Old eleven-digit prefixes → their ten-digit replacement (2018–2019); the last 7 digits stay. */
export const OLD_PREFIX_CONVERSIONS: Readonly<Record<string, string>> = {
  // Viettel
  '0162': '032',
  '0163': '033',
  '0164': '034',
  '0165': '035',
  '0166': '036',
  '0167': '037',
  '0168': '038',
  '0169': '039',
  // MobiFone
  '0120': '070',
  '0121': '079',
  '0122': '077',
  '0126': '076',
  '0128': '078',
  // VinaPhone
  '0123': '083',
  '0124': '084',
  '0125': '085',
  '0127': '081',
  '0129': '082',
  // Vietnamobile
  '0186': '056',
  '0188': '058',
  // Gmobile
  '0199': '059',
};

const CARRIER_BY_PREFIX: ReadonlyMap<string, Carrier> = new Map(
  CARRIERS.flatMap((carrier) =>
    MOBILE_PREFIXES[carrier].map((prefix) => [prefix, carrier] as const),
  ),
);

/** The carrier a ten-digit national number ("0xxxxxxxxx") belongs to, if its prefix is known. */
export function carrierOf(national: string): Carrier | undefined {
  return CARRIER_BY_PREFIX.get(national.slice(0, 3));
}

export const PHONE_INPUT_MAX_LENGTH = 32;

export type PhoneResult =
  | { ok: true; national: string; e164: string; carrier: Carrier }
  | { ok: false; error: ParserMessageKey; suggestion?: string };

/**
 * Accepts what people write: "0912 345 678", "091.234.5678", "(+84) 912-345-678", "84912345678",
 * "0084…", "+84 (0) 912…", and a number whose leading 0 a spreadsheet dropped ("912345678").
 * An old eleven-digit number is refused with its ten-digit form as `suggestion`. Never throws.
 */
export function normalizeVnPhone(input: string): PhoneResult {
  if (typeof input !== 'string') return { ok: false, error: 'parse.phone.empty' };
  if (input.length > PHONE_INPUT_MAX_LENGTH) return { ok: false, error: 'parse.phone.tooLong' };
  const text = input.trim();
  if (text === '') return { ok: false, error: 'parse.phone.empty' };
  const compact = text.replace(/[\s.\-()]/g, '');
  if (!/^\+?\d+$/.test(compact)) return { ok: false, error: 'parse.phone.invalidCharacters' };
  const plus = compact.startsWith('+');
  const digits = plus ? compact.slice(1) : compact;

  const national = toNational(digits, plus);
  if (national === null) return { ok: false, error: 'parse.phone.notVietnamese' };
  if (national.startsWith('02')) return { ok: false, error: 'parse.phone.landline' };
  if (national.length === 11) {
    const converted = OLD_PREFIX_CONVERSIONS[national.slice(0, 4)];
    if (converted) {
      return {
        ok: false,
        error: 'parse.phone.oldNumber',
        suggestion: converted + national.slice(4),
      };
    }
  }
  if (national.length !== 10) return { ok: false, error: 'parse.phone.wrongLength' };
  const carrier = carrierOf(national);
  if (!carrier) return { ok: false, error: 'parse.phone.unknownPrefix' };
  return { ok: true, national, e164: `+84${national.slice(1)}`, carrier };
}

/** Digits → national form starting 0; null when a "+" number is not Vietnamese. */
function toNational(digits: string, plus: boolean): string | null {
  if (plus) return digits.startsWith('84') ? afterCountryCode(digits.slice(2)) : null;
  if (digits.startsWith('0084')) return afterCountryCode(digits.slice(4));
  if (digits.startsWith('00')) return null; // another country's international prefix
  if (digits.startsWith('0')) return digits;
  // "84" + 9 or 10 digits is the country code; a shorter number is a national one missing its 0.
  if (digits.startsWith('84') && digits.length >= 11) return afterCountryCode(digits.slice(2));
  return `0${digits}`;
}

// "+84 (0) 912 345 678" repeats the trunk 0 after the country code.
function afterCountryCode(rest: string): string {
  return rest.startsWith('0') ? rest : `0${rest}`;
}
