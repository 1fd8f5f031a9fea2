import { createHash } from 'node:crypto';
import { sql, type Transaction } from 'kysely';
import type { SharedMessageKey } from '../../shared/messages';
import { issuesOf } from '../../shared/schemas/issues';
import {
  mutationSchema,
  type Issue,
  type Mutation,
  type MutationEnvelope,
  type PushResult,
} from '../../shared/schemas/sync';
import type { Caller } from '../auth/guard';
import { callerUnits } from '../auth/scope';
import type { AppContext } from '../context';
import type { Database } from '../store/schema';
import { inTransaction, lockChangeSequence } from '../store/transaction';
import { flagConflicts } from './conflicts';

// Applying one push. Each mutation is judged on its own (applied / duplicate / rejected with field
// errors); the batch is written in one transaction. Idempotence rests on the unique mutation id
// carried by each visit row: the batch's visits go in with one INSERT … ON CONFLICT DO NOTHING,
// so a second copy of a batch (a retry, or the same batch sent twice at once) inserts nothing and
// reads back the first copy's result, and each visit is stored once.

type Judged =
  | { kind: 'rejected'; id: string; errors: Issue[] }
  | { kind: 'valid'; id: string; mutation: Mutation; hash: string; payloadJson: string };

const MAX_ISSUES = 50;

function rejected(id: string, key: SharedMessageKey, path: string): Judged {
  return { kind: 'rejected', id, errors: [{ path, key }] };
}

/** Checks that need no database: the shared schema and who sends it. */
function judgeShape(item: MutationEnvelope, caller: Caller): Judged {
  const parsed = mutationSchema.safeParse(item);
  if (!parsed.success) {
    return { kind: 'rejected', id: item.id, errors: issuesOf(parsed.error).slice(0, MAX_ISSUES) };
  }
  const m = parsed.data;
  if (m.deviceId !== caller.deviceId)
    return rejected(m.id, 'validation.sync.deviceMismatch', 'deviceId');
  if (m.payload.deviceId !== caller.deviceId) {
    return rejected(m.id, 'validation.sync.deviceMismatch', 'payload.deviceId');
  }
  if (m.payload.workerId !== caller.username) {
    return rejected(m.id, 'protocol.mutation.workerMismatch', 'payload.workerId');
  }
  // Hashed as JSON.stringify([type, payload]), the payload serialised once and also stored.
  const payloadJson = JSON.stringify(m.payload);
  const hash = createHash('sha256')
    .update(`[${JSON.stringify(m.type)},${payloadJson}]`)
    .digest('hex');
  return { kind: 'valid', id: m.id, mutation: m, hash, payloadJson };
}

/** Authorisation against the roster: the beneficiary exists and lies in the caller's units. */
async function judgeScope(
  trx: Transaction<Database>,
  ctx: AppContext,
  caller: Caller,
  judged: Judged[],
): Promise<Judged[]> {
  const valid = judged.filter((j) => j.kind === 'valid');
  if (valid.length === 0) return judged;
  const ids = [...new Set(valid.map((j) => j.mutation.payload.beneficiaryId))];
  const rows = await trx
    .selectFrom('beneficiaries')
    .select(['id', 'commune_code'])
    .where('id', '=', anyOf(ids))
    .execute();
  const communeOf = new Map(rows.map((r) => [r.id, r.commune_code]));
  const units = await callerUnits(trx, caller);
  const scope = units && new Set(units);
  return judged.map((j) => {
    if (j.kind !== 'valid') return j;
    const visit = j.mutation.payload;
    const commune = communeOf.get(visit.beneficiaryId);
    if (commune === undefined)
      return rejected(j.id, 'protocol.mutation.beneficiaryUnknown', 'payload.beneficiaryId');
    if (scope && !scope.has(commune))
      return rejected(j.id, 'protocol.mutation.outOfScope', 'payload.beneficiaryId');
    if (visit.communeCode !== commune) {
      return rejected(j.id, 'protocol.mutation.communeMismatch', 'payload.communeCode');
    }
    return j;
  });
}

/** What an earlier push recorded for these mutation ids. */
async function storedResults(trx: Transaction<Database>, ids: string[]) {
  if (ids.length === 0) return new Map<string, { hash: string; appliedAt: string }>();
  const rows = await trx
    .selectFrom('visits')
    .select(['mutation_id', 'payload_hash', 'applied_at'])
    .where('mutation_id', '=', anyOf(ids))
    .execute();
  return new Map(
    rows.map((r) => [
      r.mutation_id,
      { hash: r.payload_hash, appliedAt: new Date(r.applied_at).toISOString() },
    ]),
  );
}

/** One array parameter instead of one parameter per id. */
function anyOf(ids: string[]) {
  return sql<string>`any(${ids}::uuid[])`;
}

export async function applyPush(
  ctx: AppContext,
  caller: Caller,
  items: readonly MutationEnvelope[],
  /** Runs in the push's transaction before it commits (the audit entry). */
  onWrite?: (trx: Transaction<Database>, results: readonly PushResult[]) => Promise<void>,
): Promise<PushResult[]> {
  const shaped = items.map((item) => judgeShape(item, caller));
  return inTransaction(ctx.store.db, async (trx) => {
    const judged = await judgeScope(trx, ctx, caller, shaped);
    const valid = judged.filter((j) => j.kind === 'valid');
    const appliedAt = new Date().toISOString();
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
    const earlier = await storedResults(
      trx,
      judged.filter((j) => !inserted.has(j.id)).map((j) => j.id),
    );
    const results = judged.map((j): PushResult => {
      if (inserted.has(j.id)) return { id: j.id, status: 'applied', appliedAt };
      const seen = earlier.get(j.id);
      if (seen && (j.kind === 'rejected' || seen.hash === j.hash)) {
        return { id: j.id, status: 'duplicate', appliedAt: seen.appliedAt };
      }
      if (seen) {
        return {
          id: j.id,
          status: 'rejected',
          errors: [{ path: 'id', key: 'protocol.mutation.idReused' }],
        };
      }
      if (j.kind === 'rejected') return { id: j.id, status: 'rejected', errors: j.errors };
      return {
        id: j.id,
        status: 'rejected',
        errors: [{ path: 'payload.id', key: 'protocol.mutation.visitIdReused' }],
      };
    });
    if (inserted.size > 0) {
      const beneficiaries = valid
        .filter((j) => inserted.has(j.id))
        .map((j) => j.mutation.payload.beneficiaryId);
      await flagConflicts(trx, [...new Set(beneficiaries)], caller.deviceId);
    }
    await onWrite?.(trx, results);
    return results;
  });
}
