import type { ParserMessageKey } from './messages/parsers';
import { isValidCalendarDate, parseCompactDate, yearOf } from './dates';
import { checkIdNumber, type Sex } from './idNumber';
import { ID_PROVINCE_TABLE, type IdPlaceTable } from './provinces';
import { cleanText, foldVietnamese, toNfc } from './text';

// The QR code on a chip CCCD / 2024 Căn cước card (domain.md §3): UTF-8 text, fields split by "|":
//   ID | old CMND | full name | birth date DDMMYYYY | Nam/Nữ | permanent address | issue date DDMMYYYY
// 2024 cards append more fields (e.g. "...|04102024||||"); we keep them verbatim, empty strings
// included, so their positions survive until someone learns what they mean.

export const CCCD_QR_MAX_LENGTH = 1000;
export const CCCD_NAME_MAX_LENGTH = 100;
export const CCCD_ADDRESS_MAX_LENGTH = 300;
const MIN_FIELDS = 7;

export interface CccdCard {
  idNumber: string;
  /** Old 9-digit CMND (or a 12-digit one); null when the card has none. */
  oldIdNumber: string | null;
  fullName: string;
  /** "YYYY-MM-DD", or "YYYY" when the card gives only the year. */
  dateOfBirth: string;
  sex: Sex;
  address: string;
  /** "YYYY-MM-DD"; null when the field is empty. */
  issueDate: string | null;
  /** Fields after the seventh, as given. */
  extra: string[];
}

export type CccdQrResult =
  | { ok: true; card: CccdCard; warnings: ParserMessageKey[] }
  | { ok: false; error: ParserMessageKey };

type Step<T> = { ok: true; value: T } | { ok: false; error: ParserMessageKey };
const fail = (error: ParserMessageKey) => ({ ok: false, error }) as const;
const pass = <T>(value: T) => ({ ok: true, value }) as const;

/** Parses the text of a CCCD QR code. Never throws; errors and warnings are message keys. */
export function parseCccdQr(raw: string, places: IdPlaceTable = ID_PROVINCE_TABLE): CccdQrResult {
  if (typeof raw !== 'string') return fail('parse.cccd.empty');
  if (raw.length > CCCD_QR_MAX_LENGTH) return fail('parse.cccd.tooLong');
  const text = toNfc(raw.replace(/^\uFEFF/, '')).trim();
  if (text === '') return fail('parse.cccd.empty');
  if (!text.includes('|')) return fail('parse.cccd.notCardQr');
  const fields = text.split('|');
  if (fields.length < MIN_FIELDS) return fail('parse.cccd.tooFewFields');
  const [idField, oldIdField, nameField, dobField, sexField, addressField, issueField] = fields.map(
    (f) => f.trim(),
  ) as [string, string, string, string, string, string, string];

  const id = checkIdNumber(idField, places);
  if (!id.ok) return fail(id.error);
  const oldId = readOldId(oldIdField);
  if (!oldId.ok) return oldId;
  const fullName = readName(nameField);
  if (!fullName.ok) return fullName;
  const dateOfBirth = readBirthDate(dobField);
  if (!dateOfBirth.ok) return dateOfBirth;
  const sex = readSex(sexField);
  if (!sex.ok) return sex;
  const address = readAddress(addressField);
  if (!address.ok) return address;
  const issueDate = readIssueDate(issueField);
  if (!issueDate.ok) return issueDate;

  const warnings: ParserMessageKey[] = [];
  if (id.sex !== sex.value) warnings.push('parse.cccd.sexMismatch');
  if (id.birthYear !== yearOf(dateOfBirth.value)) warnings.push('parse.cccd.birthYearMismatch');
  if (issueDate.value !== null && issuedBeforeBirth(issueDate.value, dateOfBirth.value)) {
    warnings.push('parse.cccd.issuedBeforeBirth');
  }
  return {
    ok: true,
    card: {
      idNumber: id.idNumber,
      oldIdNumber: oldId.value,
      fullName: fullName.value,
      dateOfBirth: dateOfBirth.value,
      sex: sex.value,
      address: address.value,
      issueDate: issueDate.value,
      extra: fields.slice(MIN_FIELDS),
    },
    warnings,
  };
}

function readOldId(field: string): Step<string | null> {
  if (field === '') return pass(null);
  return /^(\d{9}|\d{12})$/.test(field) ? pass(field) : fail('parse.cccd.oldIdInvalid');
}

// Wrong-charset decoders (domain.md §3) turn Vietnamese into CJK, U+FFFD or "Ã»"-style mojibake.
const GARBLED =
  /[\uFFFD\p{Cc}\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}]/u;
// A name on the card is Latin letters (with Vietnamese marks), spaces and rarely ' or -.
const NAME = /^[\p{Script=Latin}\p{M}' -]+$/u;

function readName(field: string): Step<string> {
  const name = cleanText(field);
  if (name === '') return fail('parse.cccd.nameMissing');
  if (name.length > CCCD_NAME_MAX_LENGTH) return fail('parse.cccd.nameTooLong');
  if (!NAME.test(name)) return fail('parse.cccd.nameGarbled');
  return pass(name);
}

function readAddress(field: string): Step<string> {
  const address = cleanText(field);
  if (address === '') return fail('parse.cccd.addressMissing');
  if (address.length > CCCD_ADDRESS_MAX_LENGTH) return fail('parse.cccd.addressTooLong');
  if (GARBLED.test(address)) return fail('parse.cccd.addressGarbled');
  return pass(address);
}

/**
 * "DDMMYYYY" → "YYYY-MM-DD". When the day is unknown (a year alone "1940", or zeros "00001940",
 * "00MM1940") the date keeps year precision, "1940": records hold a full date or a year only.
 */
function readBirthDate(field: string): Step<string> {
  const full = parseCompactDate(field);
  if (full) return pass(full);
  const yearOnly = /^(?:00(\d{2}))?(\d{4})$/.exec(field);
  if (yearOnly) {
    const month = Number(yearOnly[1] ?? '0');
    const year = Number(yearOnly[2]);
    // Validate year (and month, if given) by asking about a day that always exists.
    if (isValidCalendarDate(year, month === 0 ? 1 : month, 1)) return pass(String(year));
  }
  return fail('parse.cccd.birthDateInvalid');
}

function readSex(field: string): Step<Sex> {
  // Folding tolerates any case and decoders that drop the marks ("NU").
  const folded = foldVietnamese(field);
  if (folded === 'nam') return pass('male');
  if (folded === 'nu') return pass('female');
  return fail('parse.cccd.sexInvalid');
}

function readIssueDate(field: string): Step<string | null> {
  if (field === '') return pass(null);
  const date = parseCompactDate(field);
  return date ? pass(date) : fail('parse.cccd.issueDateInvalid');
}

function issuedBeforeBirth(issue: string, birth: string): boolean {
  return birth.length === 4 ? yearOf(issue) < yearOf(birth) : issue < birth;
}

/** Builds QR text in the card's layout: used by tests and fixture generators. */
export function formatCccdQr(card: CccdCard): string {
  const compact = (iso: string) =>
    iso.length === 4 ? iso : `${iso.slice(8, 10)}${iso.slice(5, 7)}${iso.slice(0, 4)}`;
  return [
    card.idNumber,
    card.oldIdNumber ?? '',
    card.fullName,
    compact(card.dateOfBirth),
    card.sex === 'male' ? 'Nam' : 'Nữ',
    card.address,
    card.issueDate === null ? '' : compact(card.issueDate),
    ...card.extra,
  ].join('|');
}
