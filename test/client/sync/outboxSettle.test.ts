import { expect, test } from 'vitest';
import {
  getVisit,
  listOutbox,
  markOutboxSending,
  pendingCount,
  saveVisit,
  type GhiDanhDB,
} from '../../../src/client/db';
import { settleOutbox } from '../../../src/client/db/outboxSettle';
import { newId } from '../../../src/shared/ids';
import { deviceVisit, freshDb } from '../db/helpers';

// Settling a push answer in bulk: the same rules as markOutboxResult, for a whole batch at once.

async function queue(db: GhiDanhDB, count: number) {
  const ids: string[] = [];
  for (let i = 0; i < count; i++) ids.push((await saveVisit(db, await deviceVisit(db))).outbox.id);
  return ids;
}

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
