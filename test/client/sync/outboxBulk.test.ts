import { expect, test } from 'vitest';
import {
  getVisit,
  listOutbox,
  markOutboxSending,
  pendingCount,
  saveVisit,
  type GhiDanhDB,
} from '../../../src/client/db';
import { claimOutbox, settleOutbox } from '../../../src/client/db/outboxBulk';
import { newId } from '../../../src/shared/ids';
import { deviceVisit, freshDb } from '../db/helpers';

// The engine's bulk outbox steps: the same rules as markOutboxSending and markOutboxResult, for a
// whole batch at once.

async function queue(db: GhiDanhDB, count: number) {
  const ids: string[] = [];
  for (let i = 0; i < count; i++) ids.push((await saveVisit(db, await deviceVisit(db))).outbox.id);
  return ids;
}

test('claims pending entries in save order, once, counting the attempt', async () => {
  const db = await freshDb();
  const ids = await queue(db, 5);
  const first = await claimOutbox(db, 3, new Date('2025-07-02T09:00:00.000Z'));
  expect(first.map((e) => [e.id, e.status, e.attempts, e.lastAttemptAt])).toEqual(
    ids.slice(0, 3).map((id) => [id, 'sending', 1, '2025-07-02T09:00:00.000Z']),
  );
  expect(first.map((e) => e.seq)).toEqual([1, 2, 3]);
  // Already claimed entries are not claimed again; the rest are.
  expect((await claimOutbox(db, 10)).map((e) => e.id)).toEqual(ids.slice(3));
  expect(await claimOutbox(db, 10)).toEqual([]);
  expect((await listOutbox(db, { status: 'sending' })).map((e) => e.id)).toEqual(ids);
});

test('applied and duplicate leave the queue and mark their visit synced; rejected stay with reasons', async () => {
  const db = await freshDb();
  const [applied, duplicate, rejected, untouched] = await queue(db, 4);
  const visitOf = new Map((await listOutbox(db)).map((e) => [e.id, e.visitId]));
  await markOutboxSending(db, [applied!, duplicate!, rejected!]);
  const errors = [{ path: 'payload.communeCode', key: 'protocol.mutation.communeMismatch' }];
  const summary = await settleOutbox(
    db,
    [
      { id: applied!, status: 'applied', appliedAt: '2025-07-02T08:00:00.000Z' },
      { id: duplicate!, status: 'duplicate', appliedAt: '2025-07-01T08:00:00.000Z' },
      { id: rejected!, status: 'rejected', errors },
      { id: newId(), status: 'applied' },
    ],
    new Date('2025-07-02T09:00:00.000Z'),
  );
  expect(summary).toEqual({ synced: 2, rejected: 1, unknown: 1 });
  expect((await listOutbox(db)).map((e) => [e.id, e.status, e.errors])).toEqual([
    [rejected, 'rejected', errors],
    [untouched, 'pending', null],
  ]);
  expect((await getVisit(db, visitOf.get(applied!)!))?.syncedAt).toBe('2025-07-02T09:00:00.000Z');
  expect((await getVisit(db, visitOf.get(duplicate!)!))?.syncedAt).toBe('2025-07-02T09:00:00.000Z');
  expect((await getVisit(db, visitOf.get(rejected!)!))?.syncedAt).toBeNull();
  expect((await getVisit(db, visitOf.get(untouched!)!))?.syncedAt).toBeNull();
});

test('a malformed answer is refused before anything changes', async () => {
  const db = await freshDb();
  const [a, b] = await queue(db, 2);
  await expect(
    settleOutbox(db, [{ id: a!, status: 'applied' }, { id: b!, status: 'lost' } as never]),
  ).rejects.toMatchObject({
    name: 'ValidationError',
    issues: [{ path: '1.status', key: 'validation.sync.statusInvalid' }],
  });
  expect(await pendingCount(db)).toBe(2);
});
