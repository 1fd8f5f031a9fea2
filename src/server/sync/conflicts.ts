import { randomUUID } from 'node:crypto';
import { sql, type Transaction } from 'kysely';
import { deriveEnrolmentState, type VisitLike } from '../../shared/enrolment';
import { beneficiaryStateColumns, visitLikeColumns } from '../store/enrolmentColumns';
import type { Database } from '../store/schema';

// The server runs the same pure function as the tablet: a beneficiary's state is derived from all
// their visits, and disagreeing payment choices from two devices close in time go to the review
// queue. Nothing is overwritten; visits are append-only.

/** After `deviceId` stored visits for `beneficiaryIds`: flags their new disagreements. */
export async function flagConflicts(
  trx: Transaction<Database>,
  beneficiaryIds: string[],
  deviceId: string,
): Promise<number> {
  if (beneficiaryIds.length === 0) return 0;
  // Only people visited from more than one device can have a disagreement between devices, and
  // these all have a visit from `deviceId`: look no further than a visit from another device.
  const shared = await trx
    .selectFrom('visits')
    .select('beneficiary_id')
    .distinct()
    .where('beneficiary_id', '=', sql<string>`any(${beneficiaryIds}::uuid[])`)
    .where('device_id', '<>', deviceId)
    .execute();
  const ids = shared.map((r) => r.beneficiary_id);
  if (ids.length === 0) return 0;

  const beneficiaries = await trx
    .selectFrom('beneficiaries')
    .select(['id', 'commune_code', ...beneficiaryStateColumns])
    .where('id', 'in', ids)
    .execute();
  // The fields the derivation reads, not whole visits: a person may have many.
  const visits = await trx
    .selectFrom('visits')
    .select([...visitLikeColumns])
    .where('beneficiary_id', 'in', ids)
    .execute();
  const byBeneficiary = new Map<string, VisitLike[]>();
  for (const v of visits) {
    const list = byBeneficiary.get(v.beneficiaryId) ?? [];
    list.push(v);
    byBeneficiary.set(v.beneficiaryId, list);
  }
  const flags = beneficiaries.flatMap((b) =>
    deriveEnrolmentState(b, byBeneficiary.get(b.id) ?? []).conflicts.map((c) => ({
      id: randomUUID(),
      beneficiary_id: b.id,
      commune_code: b.commune_code,
      reason: 'payment_disagreement',
      visit_ids: JSON.stringify(c.visitIds),
    })),
  );
  if (flags.length === 0) return 0;
  const inserted = await trx
    .insertInto('review_flags')
    .values(flags)
    .onConflict((oc) => oc.columns(['beneficiary_id', 'reason', 'visit_ids']).doNothing())
    .returning('id')
    .execute();
  return inserted.length;
}
