import { randomUUID } from 'node:crypto';
import type { Transaction } from 'kysely';
import { deriveEnrolmentState } from '../../shared/enrolment';
import type { Beneficiary, Visit } from '../../shared/schemas';
import type { Database } from '../store/schema';

// The server runs the same pure function as the tablet: a beneficiary's state is derived from all
// their visits, and disagreeing payment choices from two devices close in time go to the review
// queue. Nothing is overwritten; visits are append-only.

export async function flagConflicts(
  trx: Transaction<Database>,
  beneficiaryIds: string[],
): Promise<number> {
  if (beneficiaryIds.length === 0) return 0;
  const beneficiaries = await trx
    .selectFrom('beneficiaries')
    .select(['id', 'commune_code', 'data'])
    .where('id', 'in', beneficiaryIds)
    .execute();
  const visits = await trx
    .selectFrom('visits')
    .select(['beneficiary_id', 'data'])
    .where('beneficiary_id', 'in', beneficiaryIds)
    .execute();
  const byBeneficiary = new Map<string, Visit[]>();
  for (const v of visits) {
    const list = byBeneficiary.get(v.beneficiary_id) ?? [];
    list.push(v.data as Visit);
    byBeneficiary.set(v.beneficiary_id, list);
  }
  const flags = beneficiaries.flatMap((b) => {
    const own = byBeneficiary.get(b.id) ?? [];
    if (own.length < 2) return [];
    const state = deriveEnrolmentState(b.data as Beneficiary, own);
    return state.conflicts.map((c) => ({
      id: randomUUID(),
      beneficiary_id: b.id,
      commune_code: b.commune_code,
      reason: 'payment_disagreement',
      visit_ids: JSON.stringify(c.visitIds),
    }));
  });
  if (flags.length === 0) return 0;
  const inserted = await trx
    .insertInto('review_flags')
    .values(flags)
    .onConflict((oc) => oc.columns(['beneficiary_id', 'reason', 'visit_ids']).doNothing())
    .returning('id')
    .execute();
  return inserted.length;
}
