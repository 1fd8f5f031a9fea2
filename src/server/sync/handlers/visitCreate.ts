import type { Transaction } from 'kysely';
import type { PushResult } from '../../../shared/schemas/sync';
import type { Caller } from '../../auth/guard';
import { callerUnits } from '../../auth/scope';
import type { Database } from '../../store/schema';
import { lockChangeSequence } from '../../store/transaction';
import { flagConflicts } from '../conflicts';
import {
  anyOf,
  answerStored,
  rejection,
  type MutationHandler,
  storedIn,
  type ValidMutation,
} from './types';

// visit.create: a field worker's visit. Idempotence rests on the unique mutation id carried by
// each visit row: the batch's visits go in with one INSERT … ON CONFLICT DO NOTHING, so a second
// copy of a batch (a retry, or the same batch sent twice at once) inserts nothing and reads back
// the first copy's result, and each visit is stored once.

type Item = ValidMutation<'visit.create'>;

/**
 * Authorisation against the roster: the beneficiary exists, lies in the caller's units, was not
 * erased, and had not withdrawn consent when visited (a visit recorded before the withdrawal took
 * effect, say on a tablet that was offline, is still the record of its time).
 */
async function judgeScope(
  trx: Transaction<Database>,
  caller: Caller,
  items: readonly Item[],
): Promise<{ valid: Item[]; rejected: PushResult[] }> {
  const ids = [...new Set(items.map((j) => j.mutation.payload.beneficiaryId))];
  const rows = await trx
    .selectFrom('beneficiaries')
    .select(['id', 'commune_code', 'erased_at', 'withdrawn_at'])
    .where('id', '=', anyOf(ids))
    .execute();
  const communeOf = new Map(rows.map((r) => [r.id, r.commune_code]));
  const erased = new Set(rows.filter((r) => r.erased_at).map((r) => r.id));
  const withdrawnAt = new Map(
    rows.flatMap((r) => (r.withdrawn_at ? [[r.id, r.withdrawn_at.getTime()] as const] : [])),
  );
  const units = await callerUnits(trx, caller);
  const scope = units && new Set(units);
  const valid: Item[] = [];
  const rejected: PushResult[] = [];
  for (const j of items) {
    const visit = j.mutation.payload;
    const commune = communeOf.get(visit.beneficiaryId);
    if (commune === undefined) {
      rejected.push(
        rejection(j.id, 'protocol.mutation.beneficiaryUnknown', 'payload.beneficiaryId'),
      );
    } else if (scope && !scope.has(commune)) {
      rejected.push(rejection(j.id, 'protocol.mutation.outOfScope', 'payload.beneficiaryId'));
    } else if (erased.has(visit.beneficiaryId)) {
      rejected.push(
        rejection(j.id, 'protocol.mutation.beneficiaryErased', 'payload.beneficiaryId'),
      );
    } else if (Date.parse(visit.visitedAt) > (withdrawnAt.get(visit.beneficiaryId) ?? Infinity)) {
      rejected.push(rejection(j.id, 'protocol.mutation.consentWithdrawn', 'payload.beneficiaryId'));
    } else if (visit.communeCode !== commune) {
      rejected.push(rejection(j.id, 'protocol.mutation.communeMismatch', 'payload.communeCode'));
    } else valid.push(j);
  }
  return { valid, rejected };
}

const stored = storedIn('visits');

export const visitCreate: MutationHandler<'visit.create'> = {
  roles: ['field_worker'],
  stored,
  async apply(trx, caller, items, appliedAt) {
    const { valid, rejected } = await judgeScope(trx, caller, items);
    // Fresh visits go straight in; a mutation id or visit id already stored skips its row.
    const inserted = new Set<string>();
    if (valid.length > 0) {
      await lockChangeSequence(trx);
      const rows = await trx
        .insertInto('visits')
        .values(
          valid.map(({ mutation: m, hash, payloadJson }) => ({
            id: m.payload.id,
            mutation_id: m.id,
            payload_hash: hash,
            seq: m.seq,
            applied_at: appliedAt,
            beneficiary_id: m.payload.beneficiaryId,
            commune_code: m.payload.communeCode,
            device_id: caller.deviceId,
            user_id: caller.userId,
            visited_at: m.payload.visitedAt,
            outcome: m.payload.outcome,
            data: payloadJson,
          })),
        )
        .onConflict((oc) => oc.doNothing())
        .returning('mutation_id')
        .execute();
      for (const r of rows) inserted.add(r.mutation_id);
    }
    // The rest: sent before (by an earlier push, or a copy of this batch that committed first),
    // rejected now, or a visit id already stored under another mutation.
    const earlier = await stored(
      trx,
      items.filter((j) => !inserted.has(j.id)).map((j) => j.id),
    );
    const rejectedById = new Map(rejected.map((r) => [r.id, r]));
    const results = items.map((j): PushResult => {
      if (inserted.has(j.id)) return { id: j.id, status: 'applied', appliedAt };
      const seen = earlier.get(j.id);
      // Applied before, out of scope now (say the commune moved): still the original result.
      if (seen && rejectedById.has(j.id)) {
        return { id: j.id, status: 'duplicate', appliedAt: seen.appliedAt };
      }
      if (seen) return answerStored(j.id, j.hash, seen);
      return (
        rejectedById.get(j.id) ?? rejection(j.id, 'protocol.mutation.visitIdReused', 'payload.id')
      );
    });
    if (inserted.size > 0) {
      const beneficiaries = valid
        .filter((j) => inserted.has(j.id))
        .map((j) => j.mutation.payload.beneficiaryId);
      await flagConflicts(trx, [...new Set(beneficiaries)], caller.deviceId);
    }
    return results;
  },
};
