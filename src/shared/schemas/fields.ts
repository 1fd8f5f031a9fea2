import { z } from 'zod';
import { isValidCalendarDate } from '../dates';
import { checkIdNumber } from '../idNumber';
import type { SharedMessageKey } from '../messages';
import { normalizeVnPhone, PHONE_INPUT_MAX_LENGTH } from '../phone';
import { cleanText, toNfc } from '../text';
import { LIMITS } from './limits';

// Field builders: every field carries its bounds and a message KEY for each way it can fail,
// including a missing or wrongly typed value, so no zod default (English) text reaches a user.

type Key = SharedMessageKey;
const e = (key: Key) => ({ error: key });

/** An object whose own type error (not an object at all) has a key too. */
export function record<T extends z.core.$ZodLooseShape>(shape: T) {
  return z.object(shape, e('validation.object.invalid'));
}

export function enumOf<const T extends readonly [string, ...string[]]>(values: T, key: Key) {
  return z.enum(values, e(key));
}

export function bool() {
  return z.boolean(e('validation.boolean.invalid'));
}

/** One-line text: NFC, trimmed, inner white space collapsed (cleanText), then bounded. */
export function line(max: number, keys: { required: Key; tooLong: Key }, min = 1) {
  return z
    .string(e(keys.required))
    .overwrite(cleanText)
    .min(min, e(keys.required))
    .max(max, e(keys.tooLong));
}

/** Multi-line free text: NFC and trimmed, line breaks kept; may be empty. */
export function freeText(max: number, tooLong: Key) {
  return z
    .string(e('validation.text.invalid'))
    .overwrite((s) => toNfc(s).trim())
    .max(max, e(tooLong));
}

export function personName() {
  return line(LIMITS.nameMax, {
    required: 'validation.name.required',
    tooLong: 'validation.name.tooLong',
  });
}

export function uuid() {
  return z.uuid(e('validation.id.invalid'));
}

/** The username of the staff member who recorded a record on a device. */
export function workerId() {
  return z
    .string(e('validation.visit.workerIdInvalid'))
    .regex(/^[A-Za-z0-9._@-]+$/, e('validation.visit.workerIdInvalid'))
    .max(LIMITS.workerIdMax, e('validation.visit.workerIdInvalid'));
}

/** Ids created on a device: time-ordered UUIDv7. */
export function uuidV7() {
  return z.uuid({ version: 'v7', error: 'validation.id.notV7' });
}

/** An instant, UTC with milliseconds ("2025-07-01T08:30:00.000Z"), so strings sort in time order. */
export function timestamp() {
  return z.iso.datetime({ precision: 3, error: 'validation.timestamp.invalid' });
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function isRealIsoDate(s: string): boolean {
  const m = ISO_DATE.exec(s);
  return m !== null && isValidCalendarDate(Number(m[1]), Number(m[2]), Number(m[3]));
}

/** A calendar date "YYYY-MM-DD". */
export function isoDate() {
  return z
    .string(e('validation.date.invalid'))
    .max(10, e('validation.date.invalid'))
    .refine(isRealIsoDate, e('validation.date.invalid'));
}

/** Today (UTC) plus one day, so a birth "today" in Vietnam (UTC+7) is never in the future. */
function latestPlausibleDate(): string {
  return new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
}

/** Date of birth: "YYYY-MM-DD", or "YYYY" when only the year is known; not before 1900, not future. */
export function birthDate() {
  return z
    .string(e('validation.dateOfBirth.invalid'))
    .max(10, { error: 'validation.dateOfBirth.invalid', abort: true })
    .refine((s) => /^\d{4}$/.test(s) || isRealIsoDate(s), {
      error: 'validation.dateOfBirth.invalid',
      abort: true,
    })
    .refine((s) => Number(s.slice(0, 4)) >= LIMITS.minBirthYear, e('validation.dateOfBirth.tooOld'))
    .refine((s) => s.slice(0, 10) <= latestPlausibleDate(), e('validation.dateOfBirth.future'));
}

/** Official administrative unit code: 2 (province) to 5 (commune) digits. */
export function adminCode() {
  return z
    .string(e('validation.adminCode.invalid'))
    .regex(
      new RegExp(`^\\d{${LIMITS.adminCodeMin},${LIMITS.adminCodeMax}}$`),
      e('validation.adminCode.invalid'),
    );
}

/** 12-digit personal ID number; the reason it fails is the ID parser's own message key. */
export function idNumber() {
  return z
    .string(e('parse.idNumber.empty'))
    .max(64, { error: 'parse.idNumber.wrongLength', abort: true })
    .trim()
    .superRefine((value, ctx) => {
      const check = checkIdNumber(value);
      if (!check.ok) ctx.addIssue({ code: 'custom', message: check.error });
    });
}

/**
 * A Vietnamese mobile number in any common spelling, stored as E.164 ("+84912345678").
 * Failures carry the phone parser's key; an old 11-digit number carries its new form as
 * `params.suggestion`.
 */
export function phone() {
  return z
    .string(e('parse.phone.empty'))
    .max(PHONE_INPUT_MAX_LENGTH, { error: 'parse.phone.tooLong', abort: true })
    .overwrite((value) => {
      const result = normalizeVnPhone(value);
      return result.ok ? result.e164 : value;
    })
    .superRefine((value, ctx) => {
      const result = normalizeVnPhone(value);
      if (result.ok && result.e164 === value) return;
      const message: Key = result.ok ? 'parse.phone.wrongLength' : result.error;
      const suggestion = result.ok ? undefined : result.suggestion;
      ctx.addIssue({ code: 'custom', message, ...(suggestion ? { params: { suggestion } } : {}) });
    });
}

/** A bounded list whose items must be distinct. */
export function distinctList<T extends z.ZodType>(
  item: T,
  max: number,
  keys: { tooMany: Key; duplicate: Key },
) {
  return z
    .array(item, e('validation.list.invalid'))
    .max(max, e(keys.tooMany))
    .refine((items) => new Set(items).size === items.length, e(keys.duplicate));
}
