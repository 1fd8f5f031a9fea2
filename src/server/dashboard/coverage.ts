import type { Kysely } from 'kysely';
import { coverageFigures, rootOf, targetFor } from '../../shared/dashboard/figures';
import type { CoverageResponse } from '../../shared/schemas/dashboard';
import { beneficiaryStateColumns, visitLikeColumns } from '../store/enrolmentColumns';
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
      .select(['id', 'commune_code as communeCode', ...beneficiaryStateColumns])
      .where('removed_at', 'is', null)
      .where('commune_code', '=', codes)
      .execute(),
    // Only the fields the derivation reads, not whole visits.
    db
      .selectFrom('visits')
      .select([...visitLikeColumns])
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
