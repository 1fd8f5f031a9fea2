import { issuesOf, pushResponseSchema, type PushResult } from '../../shared/schemas';
import { openAll, openOutboxRow, sealerOf } from './codec';
import type { GhiDanhDB } from './database';
import { ValidationError, withStorageErrors } from './errors';
import type { OutboxResultSummary } from './outbox';
import type { OutboxRow } from './rows';
import { afterSynced, settleTables } from './outboxTypes';
import type { StoredOutbox } from './stored';

// The sync engine's side of the outbox, in bulk: claim a batch in one pass, settle the server's
// answer in a handful of requests. Same rules as listOutbox + markOutboxSending and
// markOutboxResult, which take several requests per entry: with those, the device spent longer on
// a 250-entry batch than the server did.

/**
 * Claims up to `limit` pending entries for sending, in one transaction: marked "sending", the
 * attempt counted. Returns them in sequence order.
 */
export async function claimOutbox(
  db: GhiDanhDB,
  limit: number,
  now = new Date(),
): Promise<OutboxRow[]> {
  const lastAttemptAt = now.toISOString();
  const claimed = await withStorageErrors(() =>
    db.transaction('rw', db.outbox, async () => {
      // The status index is ordered by id within a status; ids are UUIDv7, made in save order.
      const pending = await db.outbox
        .where('status')
        .equals('pending')
        .limit(Math.max(1, Math.min(Math.trunc(limit), 10_000)))
        .toArray();
      const claimed = pending.map((row) => ({
        ...row,
        status: 'sending' as const,
        attempts: row.attempts + 1,
        lastAttemptAt,
      }));
      await db.outbox.bulkPut(claimed);
      return claimed.sort((a, b) => a.seq - b.seq);
    }),
  );
  // Opened after the transaction: Web Crypto inside it would let it commit early.
  return openAll(claimed, (row) => openOutboxRow(sealerOf(db), row));
}

/**
 * Applies the server's answer: applied and duplicate entries leave the outbox and their visit is
 * settled by their type (a visit is marked synced); rejected ones stay, with the reasons; ids not in the outbox are counted, ignored.
 */
export async function settleOutbox(
  db: GhiDanhDB,
  results: readonly PushResult[],
  now = new Date(),
): Promise<OutboxResultSummary> {
  const parsed = pushResponseSchema.safeParse({ results });
  if (!parsed.success) {
    throw new ValidationError(
      issuesOf(parsed.error).map((i) => ({ ...i, path: i.path.replace(/^results\./, '') })),
    );
  }
  const checked = parsed.data.results;
  const syncedAt = now.toISOString();
  return withStorageErrors(() =>
    db.transaction('rw', settleTables(db), async () => {
      const entries = await db.outbox.bulkGet(checked.map((r) => r.id));
      const summary: OutboxResultSummary = { synced: 0, rejected: 0, unknown: 0 };
      const rejected: StoredOutbox[] = [];
      const done = new Map<string, StoredOutbox>();
      checked.forEach((result, i) => {
        const entry = entries[i];
        if (!entry) summary.unknown++;
        else if (result.status === 'rejected') {
          rejected.push({
            ...entry,
            status: 'rejected',
            lastError: 'rejected',
            errors: result.errors ?? [],
          });
        } else done.set(entry.id, entry);
      });
      summary.rejected = rejected.length;
      summary.synced = done.size;
      await db.outbox.bulkPut(rejected);
      await db.outbox.bulkDelete([...done.keys()]);
      await afterSynced(db, [...done.values()], syncedAt);
      return summary;
    }),
  );
}
