import { createHash } from 'node:crypto';
import type { Transaction } from 'kysely';
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
// errors); the batch is written in one transaction. Idempotence rests on the primary key of
// `mutations`: a second copy of a batch (a retry, or the same batch sent twice at once) inserts
// nothing and reads back the first copy's result, so each visit is stored once.

type Judged =
  | { kind: 'rejected'; id: string; errors: Issue[] }
  | { kind: 'valid'; id: string; mutation: Mutation; hash: string };

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
  const hash = createHash('sha256')
    .update(JSON.stringify([m.type, m.payload]))
    .digest('hex');
  return { kind: 'valid', id: m.id, mutation: m, hash };
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
    .where('id', 'in', ids)
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

interface StoredResult {
  appliedAt: string;
}

async function storedResults(trx: Transaction<Database>, ids: string[]) {
  if (ids.length === 0) return new Map<string, { hash: string; result: StoredResult }>();
  const rows = await trx
    .selectFrom('mutations')
    .select(['id', 'payload_hash', 'result'])
    .where('id', 'in', ids)
    .execute();
  return new Map(
    rows.map((r) => [r.id, { hash: r.payload_hash, result: r.result as StoredResult }]),
  );
}

export async function applyPush(
  ctx: AppContext,
  caller: Caller,
  items: readonly MutationEnvelope[],
): Promise<PushResult[]> {
  const shaped = items.map((item) => judgeShape(item, caller));
  return inTransaction(ctx.store.db, async (trx) => {
    const judged = await judgeScope(trx, ctx, caller, shaped);
    const results = new Map<string, PushResult>();
    const earlier = await storedResults(
      trx,
      judged.map((j) => j.id),
    );

    const fresh: Extract<Judged, { kind: 'valid' }>[] = [];
    for (const j of judged) {
      const seen = earlier.get(j.id);
      if (seen && (j.kind === 'rejected' || seen.hash === j.hash)) {
        results.set(j.id, { id: j.id, status: 'duplicate', appliedAt: seen.result.appliedAt });
      } else if (seen) {
        results.set(j.id, {
          id: j.id,
          status: 'rejected',
          errors: [{ path: 'id', key: 'protocol.mutation.idReused' }],
        });
      } else if (j.kind === 'rejected') {
        results.set(j.id, { id: j.id, status: 'rejected', errors: j.errors });
      } else {
        fresh.push(j);
      }
    }

    // A visit id already stored under another mutation: the same record queued twice, or a clash.
    const visitIds = fresh.map((j) => j.mutation.payload.id);
    const existingVisits = visitIds.length
      ? await trx
          .selectFrom('visits')
          .select(['id', 'mutation_id'])
          .where('id', 'in', visitIds)
          .execute()
      : [];
    const takenVisit = new Set(existingVisits.map((v) => v.id));
    const toInsert = fresh.filter((j) => {
      if (!takenVisit.has(j.mutation.payload.id)) return true;
      results.set(j.id, {
        id: j.id,
        status: 'rejected',
        errors: [{ path: 'payload.id', key: 'protocol.mutation.visitIdReused' }],
      });
      return false;
    });

    if (toInsert.length > 0) {
      const appliedAt = new Date().toISOString();
      const inserted = await trx
        .insertInto('mutations')
        .values(
          toInsert.map((j) => ({
            id: j.id,
            device_id: caller.deviceId,
            user_id: caller.userId,
            seq: j.mutation.seq,
            type: j.mutation.type,
            payload_hash: j.hash,
            result: JSON.stringify({ appliedAt } satisfies StoredResult),
          })),
        )
        .onConflict((oc) => oc.column('id').doNothing())
        .returning('id')
        .execute();
      const mine = new Set(inserted.map((r) => r.id));
      // Rows another transaction committed first (the same batch sent concurrently).
      const raced = await storedResults(
        trx,
        toInsert.filter((j) => !mine.has(j.id)).map((j) => j.id),
      );
      for (const [id, seen] of raced) {
        results.set(id, { id, status: 'duplicate', appliedAt: seen.result.appliedAt });
      }
      const applied = toInsert.filter((j) => mine.has(j.id));
      if (applied.length > 0) {
        await lockChangeSequence(trx);
        await trx
          .insertInto('visits')
          .values(
            applied.map(({ mutation: m }) => ({
              id: m.payload.id,
              mutation_id: m.id,
              beneficiary_id: m.payload.beneficiaryId,
              commune_code: m.payload.communeCode,
              device_id: caller.deviceId,
              user_id: caller.userId,
              visited_at: m.payload.visitedAt,
              outcome: m.payload.outcome,
              data: JSON.stringify(m.payload),
            })),
          )
          .execute();
        await flagConflicts(trx, [
          ...new Set(applied.map((j) => j.mutation.payload.beneficiaryId)),
        ]);
        for (const j of applied) results.set(j.id, { id: j.id, status: 'applied', appliedAt });
      }
    }
    return judged.map((j) => results.get(j.id)!);
  });
}
