import { sql } from 'kysely';
import type { VisitLike } from '../../shared/enrolment';
import type { Beneficiary } from '../../shared/schemas';

// What deriveEnrolmentState reads, selected from jsonb rather than whole rows: a person may have
// many visits. The conflict check on push and the dashboard's coverage read the same fields.

/** From `beneficiaries`: the roster status and when it last changed. */
export const beneficiaryStateColumns = [
  sql<Beneficiary['status']>`data->>'status'`.as('status'),
  sql<string>`data->>'updatedAt'`.as('updatedAt'),
] as const;

/** From `visits`: a VisitLike plus the device that recorded it. */
export const visitLikeColumns = [
  sql<string>`data->>'id'`.as('id'),
  'beneficiary_id as beneficiaryId',
  'device_id as deviceId',
  sql<string>`data->>'visitedAt'`.as('visitedAt'),
  sql<VisitLike['outcome']>`data->>'outcome'`.as('outcome'),
  sql<VisitLike['payment']>`data->'payment'`.as('payment'),
  sql<string | null>`data->>'supersedesVisitId'`.as('supersedesVisitId'),
] as const;
