import { sql, type Transaction } from 'kysely';
import type { SharedMessageKey } from '../../../shared/messages';
import type { MutationOf, MutationType, PushResult } from '../../../shared/schemas/sync';
import type { Caller } from '../../auth/guard';
import type { Database, Role } from '../../store/schema';

// What a mutation type brings to the push: who may send it, how it is applied, and where its
// idempotency record lives. src/server/sync/push.ts does the rest (shape, device, worker, hash,
// one transaction, duplicates of shape-rejected retries) the same way for every type.

/** A mutation that passed the shared schema and the caller checks. */
export interface ValidMutation<T extends MutationType> {
  id: string;
  mutation: MutationOf<T>;
  /** sha256 of JSON.stringify([type, payload]): a retry must carry the same content. */
  hash: string;
  /** The payload serialised once, to store as jsonb. */
  payloadJson: string;
}

/** What an earlier push stored for a mutation id. */
export interface StoredResult {
  hash: string;
  appliedAt: string;
}

export interface MutationHandler<T extends MutationType> {
  /** Roles that may send this type; any other caller's mutation is rejected (roleDenied). */
  roles: readonly Role[];
  /**
   * Applies this push's valid mutations of the type inside the push's transaction and answers
   * each one, in any order: applied (with `appliedAt`), duplicate (with the first application's
   * time; also for a copy of the batch that committed first) or rejected with field errors.
   * Writers of pulled rows call lockChangeSequence first.
   */
  apply(
    trx: Transaction<Database>,
    caller: Caller,
    items: readonly ValidMutation<T>[],
    appliedAt: string,
  ): Promise<PushResult[]>;
  /** The idempotency records of these mutation ids, if this type stored them. */
  stored(trx: Transaction<Database>, ids: readonly string[]): Promise<Map<string, StoredResult>>;
}

/** One array parameter instead of one parameter per id. */
export function anyOf(ids: readonly string[]) {
  return sql<string>`any(${ids}::uuid[])`;
}

export function rejection(id: string, key: SharedMessageKey, path: string): PushResult {
  return { id, status: 'rejected', errors: [{ path, key }] };
}

/** A mutation id stored before: the same content is a duplicate, other content a reused id. */
export function answerStored(id: string, hash: string, seen: StoredResult): PushResult {
  return seen.hash === hash
    ? { id, status: 'duplicate', appliedAt: seen.appliedAt }
    : rejection(id, 'protocol.mutation.idReused', 'id');
}

export function isoTime(value: Date | string): string {
  return new Date(value).toISOString();
}

/** Tables whose rows carry their mutation's idempotency record. */
type IdempotentTable = 'visits' | 'account_updates';

/** A handler's `stored`: the mutation ids already applied as rows of `table`. */
export function storedIn(table: IdempotentTable): MutationHandler<MutationType>['stored'] {
  return async (trx, ids) => {
    if (ids.length === 0) return new Map();
    const rows = await trx
      .selectFrom(table)
      .select(['mutation_id', 'payload_hash', 'applied_at'])
      .where('mutation_id', '=', anyOf(ids))
      .execute();
    return new Map(
      rows.map((r) => [r.mutation_id, { hash: r.payload_hash, appliedAt: isoTime(r.applied_at) }]),
    );
  };
}
