import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  getDeviceId,
  getMeta,
  getVisit,
  listOutbox,
  markOutboxResult,
  markOutboxSending,
  oldestPending,
  outboxCounts,
  pendingCount,
  releaseOutbox,
  resetSendingOutbox,
  saveVisit,
  setMeta,
  type GhiDanhDB,
} from '../../../src/client/db';
import { newId } from '../../../src/shared/ids';
import { deviceVisit, freshDb } from './helpers';

afterEach(() => {
  vi.useRealTimers();
});

async function queue(db: GhiDanhDB, count: number) {
  const ids: string[] = [];
  for (let i = 0; i < count; i++) ids.push((await saveVisit(db, await deviceVisit(db))).outbox.id);
  return ids;
}

describe('device identity', () => {
  it('makes one device id, once, even when asked twice at the same moment', async () => {
    const db = await freshDb();
    const [a, b] = await Promise.all([getDeviceId(db), getDeviceId(db)]);
    expect(a).toBe(b);
    expect(await getDeviceId(db)).toBe(a);
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7/);
  });

  it('keeps sync values by key', async () => {
    const db = await freshDb();
    expect(await getMeta(db, 'cursor')).toBeUndefined();
    await setMeta(db, 'cursor', 'c-42');
    expect(await getMeta(db, 'cursor')).toBe('c-42');
  });
});

describe('outbox', () => {
  it('counts what is waiting and since when', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const db = await freshDb();
    expect(await pendingCount(db)).toBe(0);
    expect(await oldestPending(db)).toBeNull();
    vi.setSystemTime(new Date('2025-07-02T08:00:00.000Z'));
    await queue(db, 1);
    vi.setSystemTime(new Date('2025-07-03T08:00:00.000Z'));
    await queue(db, 2);
    expect(await pendingCount(db)).toBe(3);
    expect(await oldestPending(db)).toBe('2025-07-02T08:00:00.000Z');
  });

  it('marks pending entries as sending, once, counting the attempt', async () => {
    const db = await freshDb();
    const [a, b, c] = await queue(db, 3);
    const marked = await markOutboxSending(db, [c!, a!, newId()]);
    expect(marked.map((e) => [e.id, e.status, e.attempts])).toEqual([
      [a, 'sending', 1],
      [c, 'sending', 1],
    ]);
    expect(await markOutboxSending(db, [a!])).toEqual([]);
    expect(await outboxCounts(db)).toEqual({ pending: 1, sending: 2, rejected: 0 });
    expect((await listOutbox(db, { status: 'pending' })).map((e) => e.id)).toEqual([b]);
  });

  it('puts entries back with the reason when a send gets no answer', async () => {
    const db = await freshDb();
    const [a] = await queue(db, 1);
    await markOutboxSending(db, [a!]);
    await releaseOutbox(db, [a!], 'network timeout');
    expect(await listOutbox(db)).toEqual([
      expect.objectContaining({
        id: a,
        status: 'pending',
        attempts: 1,
        lastError: 'network timeout',
      }),
    ]);
  });

  it('forgets a send cut short by a reload', async () => {
    const db = await freshDb();
    const ids = await queue(db, 2);
    await markOutboxSending(db, ids);
    expect(await resetSendingOutbox(db)).toBe(2);
    expect(await outboxCounts(db)).toEqual({ pending: 2, sending: 0, rejected: 0 });
  });

  it('drops entries the server has, keeps rejected ones with the reasons', async () => {
    const db = await freshDb();
    const [applied, duplicate, rejected] = await queue(db, 3);
    const entryVisit = new Map((await listOutbox(db)).map((e) => [e.id, e.visitId]));
    await markOutboxSending(db, [applied!, duplicate!, rejected!]);
    const errors = [
      { path: 'payment.accountNumber', key: 'validation.payment.accountNumberInvalid' },
    ];
    const summary = await markOutboxResult(db, [
      { id: applied!, status: 'applied' },
      { id: duplicate!, status: 'duplicate' },
      { id: rejected!, status: 'rejected', errors },
      { id: newId(), status: 'applied' },
    ]);
    expect(summary).toEqual({ synced: 2, rejected: 1, unknown: 1 });
    const left = await listOutbox(db);
    expect(left).toEqual([expect.objectContaining({ id: rejected, status: 'rejected', errors })]);
    expect(await pendingCount(db)).toBe(1);
    const visitOf = (entryId: string) => getVisit(db, entryVisit.get(entryId)!);
    expect((await visitOf(applied!))?.syncedAt).toMatch(/Z$/);
    expect((await visitOf(duplicate!))?.syncedAt).toMatch(/Z$/);
    expect((await visitOf(rejected!))?.syncedAt).toBeNull();
  });

  it('refuses a malformed server answer before changing anything', async () => {
    const db = await freshDb();
    const [a] = await queue(db, 1);
    await expect(markOutboxResult(db, [{ id: a!, status: 'lost' } as never])).rejects.toMatchObject(
      {
        name: 'ValidationError',
        issues: [{ path: '0.status', key: 'validation.sync.statusInvalid' }],
      },
    );
    expect(await pendingCount(db)).toBe(1);
  });
});
