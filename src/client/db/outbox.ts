import { newId } from '../../shared/ids';
import {
  issuesOf,
  pushResponseSchema,
  type Mutation,
  type MutationPayload,
  type MutationType,
  type PushResult,
} from '../../shared/schemas';
import { openAll, openOutboxRow, sealerOf, sealOutbox } from './codec';
import type { GhiDanhDB } from './database';
import { ValidationError, withStorageErrors } from './errors';
import { afterSynced, settleTables } from './outboxTypes';
import type { OutboxRow, OutboxRowOf, OutboxStatus } from './rows';
import type { StoredOutbox, StoredOutboxOf } from './stored';
import { takeNextSeq } from './syncMeta';

// The queue of mutations (visits, account steps …) waiting for the server. Entries leave it only
// when the server has them (applied or duplicate); a rejected entry stays, with the server's
// reasons, until corrected. Status changes touch clear fields only: the sealed payload is never
// rewritten by them.

/** A mutation made and sealed, waiting for its sequence number (see queueMutation). */
export interface PreparedMutation<T extends MutationType> {
  row: OutboxRowOf<T>;
  stored: StoredOutboxOf<T>;
}

/**
 * Makes an outbox entry for a validated payload and seals it — before the repository function
 * opens its transaction (Web Crypto inside it would let it commit). The payload is sealed under
 * the entry's id; its sequence number is a clear field, taken by queueMutation.
 * `extra` is the type's own top-level fields (a visit's `visitId`).
 */
export async function prepareMutation<T extends MutationType>(
  db: GhiDanhDB,
  type: T,
  payload: MutationPayload<T>,
  extra: Omit<OutboxRowOf<T>, keyof Mutation | OutboxStateKey>,
  now = new Date(),
): Promise<PreparedMutation<T>> {
  const row = {
    id: newId(),
    deviceId: payload.deviceId,
    seq: 0,
    type,
    payload,
    createdAt: now.toISOString(),
    ...extra,
    status: 'pending',
    attempts: 0,
    lastError: null,
    lastAttemptAt: null,
    errors: null,
  } as OutboxRowOf<T>;
  return { row, stored: await sealOutbox(sealerOf(db), row) };
}

/**
 * Queues a prepared mutation with the device's next sequence number. Call it inside the
 * repository function's own transaction (which must include db.outbox and db.syncMeta), so the
 * record and its entry are written together or not at all.
 */
export async function queueMutation<T extends MutationType>(
  db: GhiDanhDB,
  prepared: PreparedMutation<T>,
): Promise<OutboxRowOf<T>> {
  const seq = await takeNextSeq(db);
  await db.outbox.add({ ...prepared.stored, seq } as StoredOutbox);
  return { ...prepared.row, seq };
}

type OutboxStateKey = 'status' | 'attempts' | 'lastError' | 'lastAttemptAt' | 'errors';

/** The mutation an entry sends, without the device's bookkeeping. */
export function outboxMutation(row: OutboxRow): Mutation {
  const { id, deviceId, seq, type, payload, createdAt } = row;
  return { id, deviceId, seq, type, payload, createdAt } as Mutation;
}

/** Entries not yet on the server, of any status. */
export function pendingCount(db: GhiDanhDB): Promise<number> {
  return db.outbox.count();
}

export async function outboxCounts(db: GhiDanhDB): Promise<Record<OutboxStatus, number>> {
  return db.transaction('r', db.outbox, async () => {
    const [pending, sending, rejected] = await Promise.all(
      (['pending', 'sending', 'rejected'] as const).map((s) =>
        db.outbox.where('status').equals(s).count(),
      ),
    );
    return { pending: pending!, sending: sending!, rejected: rejected! };
  });
}

/** When the oldest entry still waiting was made: how long this device has gone unsynced. */
export async function oldestPending(db: GhiDanhDB): Promise<string | null> {
  const first = await db.outbox.orderBy('seq').first();
  return first?.createdAt ?? null;
}

/** Is this mutation still queued on this device? */
export async function hasOutboxEntry(db: GhiDanhDB, id: string): Promise<boolean> {
  return (await db.outbox.get(id)) !== undefined;
}

/** Entries in sequence order, optionally of one status. */
export async function listOutbox(
  db: GhiDanhDB,
  options: { status?: OutboxStatus; limit?: number } = {},
): Promise<OutboxRow[]> {
  const limit = Math.max(1, Math.min(options.limit ?? 500, 10_000));
  const all = db.outbox.orderBy('seq');
  const chosen = options.status ? all.filter((e) => e.status === options.status) : all;
  const stored = await chosen.limit(limit).toArray();
  return openAll(stored, (row) => openOutboxRow(sealerOf(db), row));
}

/** Marks pending entries as being sent; returns those actually marked, in sequence order. */
export async function markOutboxSending(
  db: GhiDanhDB,
  ids: readonly string[],
): Promise<OutboxRow[]> {
  const marked = await withStorageErrors(() =>
    db.transaction('rw', db.outbox, async () => {
      const rows = (await db.outbox.bulkGet([...ids])).filter((row) => row?.status === 'pending');
      const now = new Date().toISOString();
      const next = rows.map((row) => ({
        ...row!,
        status: 'sending' as const,
        attempts: row!.attempts + 1,
        lastAttemptAt: now,
      }));
      await db.outbox.bulkPut(next);
      return next.sort((a, b) => a.seq - b.seq);
    }),
  );
  return openAll(marked, (row) => openOutboxRow(sealerOf(db), row));
}

/** A send failed without an answer (offline, timeout): back to pending, with the reason. */
export function releaseOutbox(db: GhiDanhDB, ids: readonly string[], error: string): Promise<void> {
  return withStorageErrors(() =>
    db.transaction('rw', db.outbox, async () => {
      const rows = await db.outbox.bulkGet([...ids]);
      const sending = rows.filter((row) => row?.status === 'sending');
      await db.outbox.bulkPut(
        sending.map((row) => ({
          ...row!,
          status: 'pending' as const,
          lastError: error.slice(0, 500),
        })),
      );
    }),
  );
}

/** After a crash or reload mid-send, nothing is really being sent: make it pending again. */
export function resetSendingOutbox(db: GhiDanhDB): Promise<number> {
  return withStorageErrors(() =>
    db.transaction('rw', db.outbox, async () => {
      const rows = await db.outbox.where('status').equals('sending').toArray();
      await db.outbox.bulkPut(rows.map((row) => ({ ...row, status: 'pending' as const })));
      return rows.length;
    }),
  );
}

export interface OutboxResultSummary {
  synced: number;
  rejected: number;
  /** Results for ids not in the outbox (already handled): ignored. */
  unknown: number;
}

/**
 * Applies the server's answer: applied and duplicate entries leave the outbox and are settled by
 * their type (a visit is marked synced); rejected ones stay, with the reasons, for the worker to correct.
 */
export async function markOutboxResult(
  db: GhiDanhDB,
  results: readonly PushResult[],
): Promise<OutboxResultSummary> {
  const parsed = pushResponseSchema.safeParse({ results });
  if (!parsed.success) {
    throw new ValidationError(
      issuesOf(parsed.error).map((i) => ({ ...i, path: i.path.replace(/^results\./, '') })),
    );
  }
  const checked = parsed.data.results;
  return withStorageErrors(() =>
    db.transaction('rw', settleTables(db), async () => {
      const summary: OutboxResultSummary = { synced: 0, rejected: 0, unknown: 0 };
      const now = new Date().toISOString();
      for (const result of checked) {
        const entry = await db.outbox.get(result.id);
        if (!entry) {
          summary.unknown++;
        } else if (result.status === 'rejected') {
          await db.outbox.put({
            ...entry,
            status: 'rejected',
            lastError: 'rejected',
            errors: result.errors ?? [],
          });
          summary.rejected++;
        } else {
          await db.outbox.delete(entry.id);
          await afterSynced(db, [entry], now);
          summary.synced++;
        }
      }
      return summary;
    }),
  );
}
