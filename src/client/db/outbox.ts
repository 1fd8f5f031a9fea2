import { issuesOf, pushResponseSchema, type PushResult } from '../../shared/schemas';
import { openAll, openOutbox, patchRow, sealerOf } from './codec';
import type { GhiDanhDB } from './database';
import { ValidationError, withStorageErrors } from './errors';
import type { OutboxRow, OutboxStatus } from './rows';

// The queue of visits waiting for the server. Entries leave it only when the server has them
// (applied or duplicate); a rejected entry stays, with the server's reasons, until corrected.
// Status changes touch clear fields only: the sealed payload is never rewritten by them.

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

/** Entries in sequence order, optionally of one status. */
export async function listOutbox(
  db: GhiDanhDB,
  options: { status?: OutboxStatus; limit?: number } = {},
): Promise<OutboxRow[]> {
  const limit = Math.max(1, Math.min(options.limit ?? 500, 10_000));
  const all = db.outbox.orderBy('seq');
  const chosen = options.status ? all.filter((e) => e.status === options.status) : all;
  const stored = await chosen.limit(limit).toArray();
  return openAll(stored, (row) => openOutbox(sealerOf(db), row));
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
  return openAll(marked, (row) => openOutbox(sealerOf(db), row));
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
 * Applies the server's answer: applied and duplicate entries leave the outbox and their visit is
 * marked synced; rejected ones stay, with the reasons, for the worker to correct.
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
    db.transaction('rw', db.outbox, db.visits, async () => {
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
          await patchRow(db.visits, entry.visitId, { syncedAt: now });
          summary.synced++;
        }
      }
      return summary;
    }),
  );
}
