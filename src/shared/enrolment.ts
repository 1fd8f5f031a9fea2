import {
  ABSENT_OUTCOMES,
  samePaymentChoice,
  type Beneficiary,
  type BeneficiaryStatus,
  type PaymentChoice,
  type Visit,
} from './schemas';

// Where a beneficiary stands, derived from the roster entry and the append-only visits to them.
// The latest visit wins for the state, but when two devices recorded different payment choices
// close together the disagreement is flagged for a person to settle, never silently overwritten.

/** Two devices' visits this close together that disagree need review. */
export const REVIEW_WINDOW_MS = 72 * 60 * 60 * 1000;

export interface PaymentConflict {
  /** The two visits, earlier first. */
  visitIds: [string, string];
}

/** The parts of a visit the state depends on (a stored visit row has more). */
export type VisitLike = Pick<
  Visit,
  'id' | 'beneficiaryId' | 'deviceId' | 'visitedAt' | 'outcome' | 'payment' | 'supersedesVisitId'
>;

export interface EnrolmentState<V extends VisitLike = Visit> {
  status: BeneficiaryStatus;
  /** The latest payment choice recorded, or null if none yet. */
  payment: PaymentChoice | null;
  /** The visit that recorded `payment` (a later "nobody home" does not replace it). */
  paymentVisit: V | null;
  /** The latest visit still in force (not superseded by a correction). */
  latestVisit: V | null;
  needsReview: boolean;
  conflicts: PaymentConflict[];
}

/**
 * Pure: the same roster entry and visits (in any order) always give the same state.
 * - A visit superseded by a correction no longer counts.
 * - Status comes from the latest visit; "nobody home" does not undo an earlier meeting.
 * - The roster's own status wins only when the office updated it after that visit (e.g. the
 *   provider confirmed the account was opened).
 */
export function deriveEnrolmentState<V extends VisitLike>(
  beneficiary: Pick<Beneficiary, 'id' | 'status' | 'updatedAt'>,
  visits: readonly V[],
): EnrolmentState<V> {
  const inForce = effectiveVisits(beneficiary.id, visits);
  const latestVisit = inForce.at(-1) ?? null;
  const conflicts = paymentConflicts(inForce);
  const paymentVisit = inForce.findLast((v) => v.payment !== null) ?? null;
  return {
    status: currentStatus(beneficiary, inForce),
    payment: paymentVisit?.payment ?? null,
    paymentVisit,
    latestVisit,
    needsReview: conflicts.length > 0,
    conflicts,
  };
}

/** This beneficiary's visits not superseded by another, oldest first (ties broken by id). */
function effectiveVisits<V extends VisitLike>(beneficiaryId: string, visits: readonly V[]): V[] {
  const own = visits.filter((v) => v.beneficiaryId === beneficiaryId);
  const superseded = new Set(own.map((v) => v.supersedesVisitId).filter((id) => id !== null));
  return own
    .filter((v) => !superseded.has(v.id))
    .sort((a, b) => compare(a.visitedAt, b.visitedAt) || compare(a.id, b.id));
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function currentStatus(
  beneficiary: Pick<Beneficiary, 'status' | 'updatedAt'>,
  visits: readonly VisitLike[],
): BeneficiaryStatus {
  const latest = visits.at(-1);
  if (!latest) return beneficiary.status;
  const lastMet = visits.findLast((v) => !ABSENT_OUTCOMES.includes(v.outcome));
  const deciding = latest.outcome === 'nobody_home' && lastMet ? lastMet : latest;
  if (beneficiary.status !== 'not_visited' && beneficiary.updatedAt >= deciding.visitedAt) {
    return beneficiary.status;
  }
  if (ABSENT_OUTCOMES.includes(deciding.outcome) || !deciding.payment) return 'needs_follow_up';
  const method = deciding.payment.method;
  return method === 'bank' || method === 'wallet' ? 'visited' : 'stays_on_cash';
}

function paymentConflicts(visits: readonly VisitLike[]): PaymentConflict[] {
  const withPayment = visits.filter((v) => v.payment !== null);
  const conflicts: PaymentConflict[] = [];
  for (let i = 0; i < withPayment.length; i++) {
    for (let j = i + 1; j < withPayment.length; j++) {
      const a = withPayment[i]!;
      const b = withPayment[j]!;
      if (a.deviceId === b.deviceId) continue;
      const apart = Math.abs(Date.parse(b.visitedAt) - Date.parse(a.visitedAt));
      if (apart > REVIEW_WINDOW_MS) continue;
      if (!samePaymentChoice(a.payment!, b.payment!)) conflicts.push({ visitIds: [a.id, b.id] });
    }
  }
  return conflicts;
}
