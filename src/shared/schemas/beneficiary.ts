import { z } from 'zod';
import { yearOf } from '../dates';
import { checkIdNumber, type Sex } from '../idNumber';
import type { SharedMessageKey } from '../messages';
import { BENEFICIARY_CATEGORIES } from './categories';
import * as f from './fields';
import { LIMITS } from './limits';

// A roster entry: one person the commune pays monthly, as the social-affairs office lists them.

export const SEXES = ['male', 'female'] as const satisfies readonly Sex[];

export const BENEFICIARY_STATUSES = [
  'not_visited',
  'visited',
  'needs_follow_up',
  'account_opened',
  'stays_on_cash',
] as const;
export type BeneficiaryStatus = (typeof BENEFICIARY_STATUSES)[number];

export const sexSchema = f.enumOf(SEXES, 'validation.sex.invalid');

export const villageSchema = f.line(LIMITS.villageMax, {
  required: 'validation.village.required',
  tooLong: 'validation.village.tooLong',
});

export const monthlyAmountSchema = z
  .number({ error: 'validation.monthlyAmount.invalid' })
  .int({ error: 'validation.monthlyAmount.invalid' })
  .min(1, { error: 'validation.monthlyAmount.invalid' })
  .max(LIMITS.monthlyAmountMax, { error: 'validation.monthlyAmount.invalid' });

export const beneficiarySchema = f.record({
  id: f.uuid(),
  fullName: f.personName(),
  dateOfBirth: f.birthDate(),
  sex: sexSchema,
  /** Many beneficiaries have no CCCD: null, not an empty string. */
  idNumber: f.idNumber().nullable(),
  category: f.enumOf(BENEFICIARY_CATEGORIES, 'validation.category.invalid'),
  communeCode: f.adminCode(),
  village: villageSchema,
  phone: f.phone().nullable(),
  monthlyAmount: monthlyAmountSchema,
  status: f.enumOf(BENEFICIARY_STATUSES, 'validation.status.invalid'),
  updatedAt: f.timestamp(),
});

export type Beneficiary = z.output<typeof beneficiarySchema>;
export type BeneficiaryInput = z.input<typeof beneficiarySchema>;

/**
 * Where an ID number disagrees with the birth date and sex it is recorded with (digit 4 encodes
 * century and sex, digits 5–6 the birth year). A warning, not an error: rosters and cards can be
 * wrong either way, and a person is never refused over it. Empty when consistent or unknown.
 */
export function idNumberMismatches(person: {
  idNumber: string | null;
  dateOfBirth: string;
  sex: Sex;
}): SharedMessageKey[] {
  if (person.idNumber === null) return [];
  const check = checkIdNumber(person.idNumber);
  if (!check.ok) return [];
  const warnings: SharedMessageKey[] = [];
  if (check.sex !== person.sex) warnings.push('parse.cccd.sexMismatch');
  if (check.birthYear !== yearOf(person.dateOfBirth)) warnings.push('parse.cccd.birthYearMismatch');
  return warnings;
}
