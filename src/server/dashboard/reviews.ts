import { sql, type Kysely } from 'kysely';
import type { PaymentChoice } from '../../shared/schemas/payment';
import {
  REVIEW_QUEUE_MAX,
  type ReviewItem,
  type ReviewQueueResponse,
  type ReviewResolution,
} from '../../shared/schemas/dashboard';
import { ApiError } from '../http/errors';
import type { Database } from '../store/schema';
import { toNumber } from '../store/schema';
import { anyCode, type DashboardScope } from './scope';

// The review queue as a supervisor reads it: who, where, and what each of the two visits
// recorded (channel and cash reason, never account numbers). Resolving records who and when.

export async function reviewQueue(
  db: Kysely<Database>,
  scope: DashboardScope,
): Promise<ReviewQueueResponse> {
  const codes = anyCode(scope.communes);
  const [flags, total] = await Promise.all([
    db
      .selectFrom('review_flags as r')
      .innerJoin('beneficiaries as b', 'b.id', 'r.beneficiary_id')
      .select([
        'r.id',
        'r.beneficiary_id',
        'r.commune_code',
        'r.reason',
        'r.visit_ids',
        'r.created_at',
        sql<string>`b.data->>'fullName'`.as('full_name'),
      ])
      .where('r.resolved_at', 'is', null)
      .where('r.commune_code', '=', codes)
      .orderBy('r.created_at')
      .orderBy('r.id')
      .limit(REVIEW_QUEUE_MAX)
      .execute(),
    db
      .selectFrom('review_flags')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('resolved_at', 'is', null)
      .where('commune_code', '=', codes)
      .executeTakeFirstOrThrow(),
  ]);
  const visitIds = flags.flatMap((f) => f.visit_ids as string[]);
  const visits =
    visitIds.length === 0
      ? []
      : await db
          .selectFrom('visits as v')
          .innerJoin('users as u', 'u.id', 'v.user_id')
          .innerJoin('devices as d', 'd.id', 'v.device_id')
          .select([
            'v.id',
            sql<string>`v.data->>'visitedAt'`.as('visited_at'),
            'u.username',
            'd.label',
            sql<PaymentChoice | null>`v.data->'payment'`.as('payment'),
          ])
          .where('v.id', '=', sql<string>`any(${visitIds}::uuid[])`)
          .execute();
  const visitOf = new Map(visits.map((v) => [v.id, v]));
  const reviews = flags.map((f): ReviewItem => ({
    id: f.id,
    beneficiaryId: f.beneficiary_id,
    beneficiaryName: f.full_name,
    communeCode: f.commune_code,
    communeName: scope.tree.nameOf.get(f.commune_code) ?? f.commune_code,
    reason: f.reason as 'payment_disagreement',
    createdAt: f.created_at.toISOString(),
    visits: (f.visit_ids as string[]).flatMap((id) => {
      const v = visitOf.get(id);
      if (!v) return [];
      return [
        {
          id,
          visitedAt: v.visited_at,
          workerUsername: v.username,
          deviceLabel: v.label,
          method: v.payment?.method ?? null,
          cashReason: v.payment && 'reason' in v.payment ? v.payment.reason : null,
        },
      ];
    }),
  }));
  return { reviews, total: toNumber(total.n) };
}

/** Marks one open review settled by the caller; 404 outside their units, 409 when already done. */
export async function resolveReview(
  db: Kysely<Database>,
  scope: DashboardScope,
  id: string,
  caller: { userId: string; username: string },
  now = new Date(),
): Promise<ReviewResolution> {
  return db.transaction().execute(async (trx) => {
    const flag = await trx
      .selectFrom('review_flags')
      .select(['commune_code', 'resolved_at'])
      .where('id', '=', id)
      .forUpdate()
      .executeTakeFirst();
    if (!flag || !scope.communes.includes(flag.commune_code)) {
      throw new ApiError(404, 'review_unknown');
    }
    if (flag.resolved_at) throw new ApiError(409, 'review_resolved');
    await trx
      .updateTable('review_flags')
      .set({ resolved_at: now, resolved_by: caller.userId })
      .where('id', '=', id)
      .execute();
    return { id, resolvedAt: now.toISOString(), resolvedBy: caller.username };
  });
}
