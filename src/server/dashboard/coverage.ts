import { sql, type Kysely } from 'kysely';
import { coverageFigures, rootOf, targetFor } from '../../shared/dashboard/figures';
import type { VisitLike } from '../../shared/enrolment';
import type { BeneficiaryStatus } from '../../shared/schemas/beneficiary';
import type { CoverageResponse } from '../../shared/schemas/dashboard';
import type { Database } from '../store/schema';
import { anyCode, type DashboardScope } from './scope';
import { coverageTargets } from './targets';

// Coverage per commune and progress per day: five set-based reads (roster, visits, account
// openings, open reviews, targets), whatever the number of people, then the shared figures.

export async function coverage(
  db: Kysely<Database>,
  scope: DashboardScope,
  now = new Date(),
): Promise<CoverageResponse> {
  const communes = scope.communes;
  const codes = anyCode(communes);
  const [beneficiaries, visits, openings, openReviews, targets] = await Promise.all([
    db
      .selectFrom('beneficiaries')
      .select([
        'id',
        'commune_code as communeCode',
        sql<BeneficiaryStatus>`data->>'status'`.as('status'),
        sql<string>`data->>'updatedAt'`.as('updatedAt'),
      ])
      .where('removed_at', 'is', null)
      .where('commune_code', '=', codes)
      .execute(),
    // Only the fields the derivation reads, not whole visits.
    db
      .selectFrom('visits')
      .select([
        sql<string>`data->>'id'`.as('id'),
        'beneficiary_id as beneficiaryId',
        'device_id as deviceId',
        sql<string>`data->>'visitedAt'`.as('visitedAt'),
        sql<VisitLike['outcome']>`data->>'outcome'`.as('outcome'),
        sql<VisitLike['payment']>`data->'payment'`.as('payment'),
        sql<string | null>`data->>'supersedesVisitId'`.as('supersedesVisitId'),
      ])
      .where('commune_code', '=', codes)
      .execute(),
    db
      .selectFrom('account_openings')
      .select(['beneficiary_id as beneficiaryId', 'status'])
      .where('commune_code', '=', codes)
      .execute(),
    db
      .selectFrom('review_flags')
      .select('beneficiary_id as beneficiaryId')
      .where('resolved_at', 'is', null)
      .where('commune_code', '=', codes)
      .execute(),
    coverageTargets(db),
  ]);
  const { parentOf, nameOf } = scope.tree;
  const figures = coverageFigures({
    communes: communes.map((code) => ({
      code,
      name: nameOf.get(code) ?? code,
      provinceCode: rootOf(code, parentOf),
      targetPercent: targetFor(code, parentOf, targets),
    })),
    beneficiaries,
    visits,
    openings,
    openReviews,
    now: now.getTime(),
  });
  return { generatedAt: now.toISOString(), ...figures };
}
