import { accountNumberTail } from '../../shared/accounts';
import type { Change, PullResponse } from '../../shared/schemas/sync';
import type { Caller } from '../auth/guard';
import { callerUnits } from '../auth/scope';
import type { AppContext } from '../context';
import { toNumber } from '../store/schema';

// Pull: the rows that changed after the cursor, for exactly the units the caller may see. Each of
// the three sources is read in change_seq order up to limit + 1 rows; merging them and cutting at
// `limit` gives the page, and the last row's number is the next cursor.

interface Sequenced {
  seq: number;
  change: Change;
}

export async function pullChanges(
  ctx: AppContext,
  caller: Caller,
  cursor: number,
  limit: number,
): Promise<PullResponse> {
  const db = ctx.store.db;
  const units = await callerUnits(db, caller);
  if (units !== null && units.length === 0)
    return { changes: [], cursor: String(cursor), hasMore: false };
  let beneficiaries = db
    .selectFrom('beneficiaries')
    .select(['id', 'data', 'removed_at', 'change_seq'])
    .where('change_seq', '>', cursor)
    .orderBy('change_seq')
    .limit(limit + 1);
  let visits = db
    .selectFrom('visits')
    .select(['data', 'change_seq'])
    .where('change_seq', '>', cursor)
    .where('device_id', '!=', caller.deviceId)
    .where('erased_at', 'is', null)
    .orderBy('change_seq')
    .limit(limit + 1);
  let openings = db
    .selectFrom('account_openings')
    .select([
      'beneficiary_id',
      'provider_id',
      'status',
      'updated_at',
      'change_seq',
      'account_number',
      'opened_on',
      'card_issued_on',
      'safe_use_shown_on',
    ])
    .where('change_seq', '>', cursor)
    .orderBy('change_seq')
    .limit(limit + 1);
  let rights = db
    .selectFrom('rights_requests')
    .select(['beneficiary_id', 'kind', 'completed_at', 'change_seq'])
    .where('state', '=', 'done')
    .where('change_seq', '>', cursor)
    .orderBy('change_seq')
    .limit(limit + 1);
  if (units !== null) {
    rights = rights.where('commune_code', 'in', units);
    beneficiaries = beneficiaries.where('commune_code', 'in', units);
    visits = visits.where('commune_code', 'in', units);
    openings = openings.where('commune_code', 'in', units);
  }
  const [b, v, o, r] = await Promise.all([
    beneficiaries.execute(),
    visits.execute(),
    openings.execute(),
    rights.execute(),
  ]);

  const all: Sequenced[] = [
    ...b.map((r) => ({
      seq: toNumber(r.change_seq),
      change: r.removed_at
        ? ({ kind: 'beneficiaryRemoved', id: r.id } as const)
        : ({ kind: 'beneficiary', record: r.data } as Change),
    })),
    ...v.map((r) => ({
      seq: toNumber(r.change_seq),
      change: { kind: 'visit', record: r.data } as Change,
    })),
    ...o.map((r) => ({
      seq: toNumber(r.change_seq),
      change: {
        kind: 'accountOpening',
        record: {
          beneficiaryId: r.beneficiary_id,
          providerId: r.provider_id,
          status: r.status,
          // Never the whole number: field workers and supervisors only need to know it exists.
          accountNumberTail: accountNumberTail(r.account_number),
          openedOn: r.opened_on,
          cardIssuedOn: r.card_issued_on,
          safeUseShownOn: r.safe_use_shown_on,
          updatedAt: r.updated_at.toISOString(),
        },
      } as Change,
    })),
    ...r.map((row) => ({
      seq: toNumber(row.change_seq!),
      change: {
        kind: 'rights',
        record: {
          beneficiaryId: row.beneficiary_id,
          kind: row.kind,
          completedAt: (row.completed_at ?? new Date()).toISOString(),
        },
      } as Change,
    })),
  ].sort((x, y) => x.seq - y.seq);

  const page = all.slice(0, limit);
  const last = page.at(-1);
  return {
    changes: page.map((p) => p.change),
    cursor: String(last ? last.seq : cursor),
    hasMore: all.length > limit,
  };
}
