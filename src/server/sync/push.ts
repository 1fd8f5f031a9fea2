import { createHash } from 'node:crypto';
import type { Transaction } from 'kysely';
import { issuesOf } from '../../shared/schemas/issues';
import {
  MUTATION_TYPES,
  mutationSchema,
  type Issue,
  type MutationEnvelope,
  type MutationType,
  type PushResult,
} from '../../shared/schemas/sync';
import type { Caller } from '../auth/guard';
import type { AppContext } from '../context';
import type { Database } from '../store/schema';
import { inTransaction } from '../store/transaction';
import { MUTATION_HANDLERS, type MutationHandler, type ValidMutation } from './handlers';
import { rejection } from './handlers/types';

// Applying one push. Each mutation is judged on its own (applied / duplicate / rejected with field
// errors); the batch is written in one transaction. What is the same for every type is done here:
// the shared schema, the sending device and worker, the role, the content hash, and the answer to
// a retry of something applied before that would now be refused. Each type's own rules and
// storage are its handler's (./handlers), and every type keeps its idempotency record on the rows
// it writes, so a retried or concurrently repeated batch stores everything once.

type Judged =
  | { kind: 'rejected'; id: string; result: PushResult }
  | ({ kind: 'valid' } & ValidMutation<MutationType>);

const MAX_ISSUES = 50;

function rejected(id: string, errors: Issue[]): Judged {
  return { kind: 'rejected', id, result: { id, status: 'rejected', errors } };
}

/** Checks that need no database: the shared schema and who sends it. */
function judgeShape(item: MutationEnvelope, caller: Caller): Judged {
  const parsed = mutationSchema.safeParse(item);
  if (!parsed.success) return rejected(item.id, issuesOf(parsed.error).slice(0, MAX_ISSUES));
  const m = parsed.data;
  const fail = (key: Issue['key'], path: string) => rejected(m.id, [{ path, key }]);
  if (m.deviceId !== caller.deviceId) return fail('validation.sync.deviceMismatch', 'deviceId');
  if (m.payload.deviceId !== caller.deviceId) {
    return fail('validation.sync.deviceMismatch', 'payload.deviceId');
  }
  if (m.payload.workerId !== caller.username) {
    return fail('protocol.mutation.workerMismatch', 'payload.workerId');
  }
  if (!MUTATION_HANDLERS[m.type].roles.includes(caller.role)) {
    return fail('protocol.mutation.roleDenied', 'type');
  }
  // Hashed as JSON.stringify([type, payload]), the payload serialised once and also stored.
  const payloadJson = JSON.stringify(m.payload);
  const hash = createHash('sha256')
    .update(`[${JSON.stringify(m.type)},${payloadJson}]`)
    .digest('hex');
  return { kind: 'valid', id: m.id, mutation: m, hash, payloadJson };
}

const handler = (type: MutationType) =>
  MUTATION_HANDLERS[type] as unknown as MutationHandler<MutationType>;

/** Each type's idempotency records for these ids (a handler is asked only when ids are given). */
async function storedAnywhere(trx: Transaction<Database>, idsByType: Map<MutationType, string[]>) {
  const found = new Map<string, { type: MutationType; hash: string; appliedAt: string }>();
  for (const [type, ids] of idsByType) {
    if (ids.length === 0) continue;
    for (const [id, seen] of await handler(type).stored(trx, ids)) found.set(id, { type, ...seen });
  }
  return found;
}

export async function applyPush(
  ctx: AppContext,
  caller: Caller,
  items: readonly MutationEnvelope[],
  /** Runs in the push's transaction before it commits (the audit entry). */
  onWrite?: (trx: Transaction<Database>, results: readonly PushResult[]) => Promise<void>,
): Promise<PushResult[]> {
  const judged = items.map((item) => judgeShape(item, caller));
  const valid = judged.filter((j) => j.kind === 'valid');
  const present = new Set(valid.map((j) => j.mutation.type));
  return inTransaction(ctx.store.db, async (trx) => {
    const appliedAt = new Date().toISOString();
    const answers = new Map<string, PushResult>();
    // A mutation id stored under another type is a reused id, whatever it carries now: each
    // type's table is asked about the ids of the other types in the push (one indexed query).
    const foreign = await storedAnywhere(
      trx,
      new Map(
        MUTATION_TYPES.filter((t) => present.size > 1 || !present.has(t)).map((t) => [
          t,
          valid.filter((j) => j.mutation.type !== t).map((j) => j.id),
        ]),
      ),
    );
    for (const j of valid) {
      const seen = foreign.get(j.id);
      if (seen && seen.type !== j.mutation.type) {
        answers.set(j.id, rejection(j.id, 'protocol.mutation.idReused', 'id'));
      }
    }
    for (const type of MUTATION_TYPES) {
      const ofType = valid.filter((j) => j.mutation.type === type && !answers.has(j.id));
      if (ofType.length === 0) continue;
      for (const r of await handler(type).apply(trx, caller, ofType, appliedAt))
        answers.set(r.id, r);
    }
    // Refused now but applied before (a retry after the rules or the sender changed): the
    // original result, so the device's queue never stalls on it.
    const refused = judged.filter((j) => j.kind === 'rejected').map((j) => j.id);
    const earlier =
      refused.length > 0
        ? await storedAnywhere(trx, new Map(MUTATION_TYPES.map((t) => [t, refused])))
        : new Map();
    const results = judged.map((j): PushResult => {
      if (j.kind === 'rejected') {
        const seen = earlier.get(j.id);
        return seen ? { id: j.id, status: 'duplicate', appliedAt: seen.appliedAt } : j.result;
      }
      return answers.get(j.id) ?? rejection(j.id, 'validation.object.invalid', '');
    });
    await onWrite?.(trx, results);
    return results;
  });
}
