import { issuesOf, pushResponseSchema, type PushResult } from '../../shared/schemas';
import type { GhiDanhDB } from './database';
import { ValidationError, withStorageErrors } from './errors';
import type { OutboxResultSummary } from './outbox';
import type { OutboxRow, VisitRow } from './rows';

// The server's answer to a push, applied with bulk reads and writes: the same rules as
// markOutboxResult (applied and duplicate leave the outbox and mark their visit synced; rejected
// stay with the reasons; unknown ids are ignored), in a handful of requests instead of four per
// entry, which made settling a 250-entry batch slower than the server's work on it.

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
    db.transaction('rw', db.outbox, db.visits, async () => {
      const entries = await db.outbox.bulkGet(checked.map((r) => r.id));
      const summary: OutboxResultSummary = { synced: 0, rejected: 0, unknown: 0 };
      const rejected: OutboxRow[] = [];
      const done = new Map<string, string>(); // outbox id → visit id
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
        } else done.set(entry.id, entry.visitId);
      });
      summary.rejected = rejected.length;
      summary.synced = done.size;
      await db.outbox.bulkPut(rejected);
      await db.outbox.bulkDelete([...done.keys()]);
      const visits = (await db.visits.bulkGet([...done.values()])).filter(
        (v): v is VisitRow => v !== undefined,
      );
      await db.visits.bulkPut(visits.map((v) => ({ ...v, syncedAt })));
      return summary;
    }),
  );
}
