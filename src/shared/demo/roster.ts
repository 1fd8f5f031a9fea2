import { v4 } from 'uuid';
import type { Sex } from '../idNumber';
import { MOBILE_PREFIXES, normalizeVnPhone, type Carrier } from '../phone';
import {
  SEXES,
  type AdminUnit,
  type Beneficiary,
  type BeneficiaryCategory,
  type BeneficiaryStatus,
} from '../schemas';
import { FAMILY_NAMES, GIVEN_NAMES, MIDDLE_NAMES, VILLAGE_NAMES } from './names';
import { Rng } from './prng';
import { DEMO_PROVINCE_CODE, DEMO_UNITS } from './units';

// Synthetic rosters for demos, tests and benchmarks: deterministic for a seed, every row valid
// under beneficiarySchema, shaped like Lạng Sơn's (domain.md §1). No real person is described.

export const ROSTER_SIZE_MIN = 50;
export const ROSTER_SIZE_MAX = 100_000;
/** The day the synthetic roster describes; ages are counted to it. */
export const DEMO_AS_OF = '2025-07-01';

/** Lạng Sơn 12/2020 counts for the five big groups, plus a small share of the others. */
export const CATEGORY_WEIGHTS: readonly (readonly [BeneficiaryCategory, number])[] = [
  ['elderly', 8906],
  ['disabled_severe', 10_064],
  ['poor_single_parent', 1116],
  ['child_no_support', 212],
  ['carer_household', 2390],
  ['child_16_22_studying', 150],
  ['child_under3_poor', 300],
  ['child_hiv_poor', 20],
  ['poor_hiv', 60],
  ['foster_family', 40],
  ['merit', 200],
  ['merit_relative', 150],
];

/** Age range (whole years at DEMO_AS_OF) each group plausibly has. */
const AGES: Readonly<Record<BeneficiaryCategory, readonly [number, number]>> = {
  child_no_support: [0, 15],
  child_16_22_studying: [16, 22],
  child_hiv_poor: [1, 15],
  poor_single_parent: [20, 55],
  elderly: [60, 100],
  disabled_severe: [1, 90],
  child_under3_poor: [0, 2],
  poor_hiv: [18, 60],
  carer_household: [25, 75],
  foster_family: [30, 65],
  merit: [65, 100],
  merit_relative: [45, 95],
};

/** Decree 20 pays the base level (360,000 đ) times a coefficient in steps of 0.5. */
const BASE_LEVEL = 360_000;
const COEFFICIENTS: Readonly<Record<BeneficiaryCategory, readonly number[]>> = {
  child_no_support: [1.5, 2.5],
  child_16_22_studying: [1.5],
  child_hiv_poor: [2, 2.5],
  poor_single_parent: [1, 2],
  elderly: [1, 1.5, 2],
  disabled_severe: [1.5, 2, 2.5],
  child_under3_poor: [1.5],
  poor_hiv: [1.5],
  carer_household: [1, 1.5, 2],
  foster_family: [2.5, 3],
  merit: [2, 2.5, 3],
  merit_relative: [1, 1.5, 2],
};

const STATUSES: readonly (readonly [BeneficiaryStatus, number])[] = [
  ['not_visited', 80],
  ['visited', 8],
  ['needs_follow_up', 4],
  ['account_opened', 5],
  ['stays_on_cash', 3],
];

const CARRIER_SHARE: readonly (readonly [Carrier, number])[] = [
  ['viettel', 55],
  ['vinaphone', 25],
  ['mobifone', 15],
  ['vietnamobile', 5],
];

/** Place of birth registration: mostly Lạng Sơn, some born elsewhere. */
const BIRTH_PLACES: readonly (readonly [string, number])[] = [
  ['020', 85],
  ['004', 4],
  ['024', 3],
  ['019', 3],
  ['001', 3],
  ['022', 2],
];

const DAY_MS = 86_400_000;

export interface RosterOptions {
  seed: number;
  /** 50 to 100,000 rows. */
  size: number;
  /** Where people live; defaults to the leaves of DEMO_UNITS. */
  communes?: readonly AdminUnit[];
}

export function generateRoster({
  seed,
  size,
  communes = demoCommunes(),
}: RosterOptions): Beneficiary[] {
  if (!Number.isInteger(size) || size < ROSTER_SIZE_MIN || size > ROSTER_SIZE_MAX) {
    throw new RangeError(
      `roster size must be an integer from ${ROSTER_SIZE_MIN} to ${ROSTER_SIZE_MAX}`,
    );
  }
  if (communes.length === 0) throw new RangeError('at least one commune is needed');
  const rng = new Rng(seed);
  const villages = new Map(communes.map((c) => [c.code, villagesOf(c, rng)]));
  const updatedAt = `${DEMO_AS_OF}T00:00:00.000Z`;
  return Array.from({ length: size }, () => {
    const commune = rng.pick(communes);
    const category = rng.weighted(CATEGORY_WEIGHTS);
    const sex: Sex =
      category === 'poor_single_parent' && rng.chance(0.9) ? 'female' : rng.pick(SEXES);
    const age = rng.int(...AGES[category]);
    const birth = birthDate(rng, age);
    return {
      id: v4({ random: rng.bytes(16) }),
      fullName: fullName(rng, sex),
      dateOfBirth: birth,
      sex,
      idNumber: rng.chance(age < 14 ? 0.3 : 0.8)
        ? idNumber(rng, Number(birth.slice(0, 4)), sex)
        : null,
      category,
      communeCode: commune.code,
      village: rng.pick(villages.get(commune.code)!),
      phone: rng.chance(0.5) ? mobilePhone(rng) : null,
      monthlyAmount: BASE_LEVEL * rng.pick(COEFFICIENTS[category]),
      status: rng.weighted(STATUSES),
      updatedAt,
    };
  });
}

function demoCommunes(): AdminUnit[] {
  return DEMO_UNITS.filter((u) => u.parentCode === DEMO_PROVINCE_CODE);
}

/** Wards have numbered residential blocks; communes have thôn and bản. */
function villagesOf(commune: AdminUnit, rng: Rng): string[] {
  const count = rng.int(6, 12);
  if (commune.level === 'ward') return Array.from({ length: count }, (_, i) => `Khối ${i + 1}`);
  const names = new Set<string>();
  while (names.size < count) names.add(rng.pick(VILLAGE_NAMES));
  return [...names].map((name) => `${rng.chance(0.6) ? 'Thôn' : 'Bản'} ${name}`);
}

function fullName(rng: Rng, sex: Sex): string {
  return `${rng.weighted(FAMILY_NAMES)} ${rng.weighted(MIDDLE_NAMES[sex])} ${rng.pick(GIVEN_NAMES[sex])}`;
}

/** A birth date making the person `age` at DEMO_AS_OF; the oldest sometimes have a year only. */
function birthDate(rng: Rng, age: number): string {
  const asOf = Date.parse(`${DEMO_AS_OF}T00:00:00Z`);
  const date = new Date(asOf - Math.round(age * 365.2425 + rng.int(1, 364)) * DAY_MS);
  const iso = date.toISOString().slice(0, 10);
  return age >= 80 && rng.chance(0.15) ? iso.slice(0, 4) : iso;
}

/** A 12-digit ID agreeing with birth year and sex: place, century/sex digit, year, 6 random. */
function idNumber(rng: Rng, birthYear: number, sex: Sex): string {
  const century = Math.floor(birthYear / 100) - 19;
  const centuryDigit = 2 * century + (sex === 'female' ? 1 : 0);
  const year = String(birthYear % 100).padStart(2, '0');
  return `${rng.weighted(BIRTH_PLACES)}${centuryDigit}${year}${rng.digits(6)}`;
}

function mobilePhone(rng: Rng): string {
  const prefix = rng.pick(MOBILE_PREFIXES[rng.weighted(CARRIER_SHARE)]);
  const result = normalizeVnPhone(prefix + rng.digits(7));
  if (!result.ok) throw new Error(`demo phone prefix ${prefix} is not a mobile prefix`);
  return result.e164;
}
