import { deriveEnrolmentState, type VisitLike } from '../enrolment';
import { ACCOUNT_STEPS } from '../schemas/account';
import type { Beneficiary } from '../schemas/beneficiary';
import {
  COVERAGE_TARGET_DEFAULT_PERCENT,
  PROGRESS_DAYS_MAX,
  type CommuneCoverage,
  type CoverageFigures,
  type ProgressDay,
} from '../schemas/dashboard';
import { CASH_REASONS, PAYMENT_METHODS, type PaymentMethod } from '../schemas/payment';

// Every dashboard figure, computed in one place from plain rows the server reads in a few
// set-based queries. Each person's state comes from the same deriveEnrolmentState the tablets
// and the conflict check use, so the dashboard can never count a choice differently.

/** Statuses of account_openings meaning the account exists: every step the provider records. */
export const OPENED_ACCOUNT_STATUSES: readonly string[] = ACCOUNT_STEPS;

const ACCOUNT_METHODS: readonly PaymentMethod[] = ['bank', 'wallet'];
const VN_OFFSET_MS = 7 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

export type FigureBeneficiary = Pick<Beneficiary, 'id' | 'status' | 'updatedAt'> & {
  communeCode: string;
};

export interface FigureCommune {
  code: string;
  name: string;
  provinceCode: string;
  targetPercent: number;
}

export interface FigureInput {
  communes: readonly FigureCommune[];
  /** Roster entries not removed, in these communes. */
  beneficiaries: readonly FigureBeneficiary[];
  /** Their visits (any order). */
  visits: readonly VisitLike[];
  /** Account openings of these beneficiaries (any provider, any status). */
  openings: readonly { beneficiaryId: string; status: string }[];
  /** Open review flags, by beneficiary. */
  openReviews: readonly { beneficiaryId: string }[];
  /** "Now", for the progress series to reach today. */
  now: number;
}

export interface FigureOutput {
  totals: CoverageFigures;
  communes: CommuneCoverage[];
  progress: ProgressDay[];
}

/** The calendar day in Vietnam (UTC+7, no daylight saving) of an instant. */
export function vietnamDay(ms: number): string {
  return new Date(ms + VN_OFFSET_MS).toISOString().slice(0, 10);
}

function emptyFigures(): CoverageFigures {
  return {
    beneficiaries: 0,
    visited: 0,
    methods: {
      ...(Object.fromEntries(PAYMENT_METHODS.map((m) => [m, 0])) as Record<PaymentMethod, 0>),
      none: 0,
    },
    intoAccount: 0,
    intoAccountPercent: 0,
    accountsOpened: 0,
    stayingOnCash: 0,
    cashReasons: Object.fromEntries(
      CASH_REASONS.map((r) => [r, 0]),
    ) as CoverageFigures['cashReasons'],
    needsReview: 0,
  };
}

/** Share in percent with one decimal, rounded half up. */
export function sharePercent(part: number, whole: number): number {
  return whole === 0 ? 0 : Math.round((part * 1000) / whole) / 10;
}

function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    const list = groups.get(k);
    if (list) list.push(row);
    else groups.set(k, [row]);
  }
  return groups;
}

export function coverageFigures(input: FigureInput): FigureOutput {
  const visitsOf = groupBy(input.visits, (v) => v.beneficiaryId);
  const opened = new Set(
    input.openings
      .filter((o) => OPENED_ACCOUNT_STATUSES.includes(o.status))
      .map((o) => o.beneficiaryId),
  );
  const reviewed = new Set(input.openReviews.map((r) => r.beneficiaryId));
  const byCommune = new Map(input.communes.map((c) => [c.code, emptyFigures()]));
  const totals = emptyFigures();
  const visitsPerDay = new Map<string, number>();
  const enrolledPerDay = new Map<string, number>();
  const bump = (map: Map<string, number>, day: string) => map.set(day, (map.get(day) ?? 0) + 1);

  for (const b of input.beneficiaries) {
    const figures = byCommune.get(b.communeCode);
    if (!figures) continue;
    const state = deriveEnrolmentState(b, visitsOf.get(b.id) ?? []);
    const method = state.payment?.method ?? 'none';
    const cashReason = state.payment && 'reason' in state.payment ? state.payment.reason : null;
    const intoAccount = ACCOUNT_METHODS.includes(method as PaymentMethod);
    for (const target of [figures, totals]) {
      target.beneficiaries += 1;
      if (state.latestVisit) target.visited += 1;
      target.methods[method] += 1;
      if (intoAccount) target.intoAccount += 1;
      if (cashReason) {
        target.stayingOnCash += 1;
        target.cashReasons[cashReason] += 1;
      }
      if (opened.has(b.id)) target.accountsOpened += 1;
      if (reviewed.has(b.id)) target.needsReview += 1;
    }
    // Visits in force only: a corrected visit is counted once, on the correction's day.
    const superseded = new Set((visitsOf.get(b.id) ?? []).map((v) => v.supersedesVisitId));
    for (const v of visitsOf.get(b.id) ?? []) {
      if (!superseded.has(v.id)) bump(visitsPerDay, vietnamDay(Date.parse(v.visitedAt)));
    }
    if (intoAccount && state.paymentVisit) {
      bump(enrolledPerDay, vietnamDay(Date.parse(state.paymentVisit.visitedAt)));
    }
  }

  totals.intoAccountPercent = sharePercent(totals.intoAccount, totals.beneficiaries);
  const communes = input.communes.map((c): CommuneCoverage => {
    const figures = byCommune.get(c.code)!;
    figures.intoAccountPercent = sharePercent(figures.intoAccount, figures.beneficiaries);
    return {
      ...figures,
      code: c.code,
      name: c.name,
      provinceCode: c.provinceCode,
      targetPercent: c.targetPercent,
      meetsTarget: figures.beneficiaries > 0 && figures.intoAccountPercent >= c.targetPercent,
    };
  });
  return { totals, communes, progress: progressSeries(visitsPerDay, enrolledPerDay, input.now) };
}

/** Every day from the first visit to today, gaps filled with zero, totals carried forward. */
function progressSeries(
  visits: Map<string, number>,
  enrolled: Map<string, number>,
  now: number,
): ProgressDay[] {
  const days = [...visits.keys()].sort();
  const first = days[0];
  if (first === undefined) return [];
  const today = vietnamDay(now);
  const last = days.at(-1)! > today ? days.at(-1)! : today;
  const series: ProgressDay[] = [];
  let cumulativeVisits = 0;
  let cumulativeEnrolled = 0;
  for (let ms = Date.parse(first); ; ms += DAY_MS) {
    const date = new Date(ms).toISOString().slice(0, 10);
    if (date > last) break;
    const v = visits.get(date) ?? 0;
    const e = enrolled.get(date) ?? 0;
    cumulativeVisits += v;
    cumulativeEnrolled += e;
    series.push({ date, visits: v, enrolled: e, cumulativeVisits, cumulativeEnrolled });
  }
  return series.slice(-PROGRESS_DAYS_MAX);
}

/** The target of a commune: its own setting or its nearest configured ancestor's; else 80. */
export function targetFor(
  code: string,
  parentOf: ReadonlyMap<string, string | null>,
  targets: ReadonlyMap<string, number>,
): number {
  const seen = new Set<string>();
  for (let c: string | null = code; c !== null && !seen.has(c); c = parentOf.get(c) ?? null) {
    seen.add(c);
    const t = targets.get(c);
    if (t !== undefined) return t;
  }
  return COVERAGE_TARGET_DEFAULT_PERCENT;
}

/** The top of a unit's branch (the province in the 2025 two-level shape). */
export function rootOf(code: string, parentOf: ReadonlyMap<string, string | null>): string {
  const seen = new Set<string>();
  let c = code;
  for (let p = parentOf.get(c) ?? null; p !== null && !seen.has(p); p = parentOf.get(p) ?? null) {
    seen.add(p);
    c = p;
  }
  return c;
}
