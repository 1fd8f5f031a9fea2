import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { getDeviceId, openGhiDanhDB, pendingCount, searchRoster } from '../../../src/client/db';
import { CURRENT_VERSION, STORES_V1 } from '../../../src/client/db/versions';
import { vietnameseNameSortKey } from '../../../src/client/db/rosterKeys';
import { newId } from '../../../src/shared/ids';
import { generateRoster } from '../../../src/shared/demo';
import * as samples from '../../shared/schemas/samples';

// A device that installed version 1 has data in it: the upgrade must carry every record across.

const NAME = 'ghidanh-upgrade';

async function createVersion1WithData() {
  const v1 = new Dexie(NAME, {
    indexedDB: globalThis.indexedDB,
    IDBKeyRange: globalThis.IDBKeyRange,
  });
  v1.version(1).stores(STORES_V1);
  const people = generateRoster({ seed: 11, size: 60 });
  people[0] = { ...people[0]!, fullName: 'Nguyễn Thị Đào', village: 'Bản Khòn Quắc' };
  // Rows exactly as version 1 wrote them: no searchKey, no searchWords.
  const roster = people.map((b) => ({
    ...b,
    sortKey: vietnameseNameSortKey(b.fullName),
    currentStatus: b.status,
    needsReview: false,
  }));
  const visit = { ...samples.visit(), syncedAt: null };
  const data = {
    roster,
    visits: [visit],
    attachments: [
      { ...samples.attachmentMeta(), visitId: visit.id, bytes: new Uint8Array([1, 2, 3]).buffer },
    ],
    drafts: [
      {
        id: newId(),
        beneficiaryId: people[1]!.id,
        step: 2,
        data: { notes: 'đang nhập' },
        createdAt: '2025-07-02T01:00:00.000Z',
        updatedAt: '2025-07-02T01:05:00.000Z',
      },
    ],
    outbox: [
      {
        id: newId(),
        deviceId: visit.deviceId,
        seq: 1,
        type: 'visit.create',
        payload: samples.visit(),
        createdAt: '2025-07-02T03:10:00.000Z',
        visitId: visit.id,
        status: 'rejected',
        attempts: 3,
        lastError: 'rejected',
        lastAttemptAt: '2025-07-02T04:00:00.000Z',
        errors: [{ path: 'payment', key: 'validation.visit.paymentRequired' }],
      },
    ],
    syncMeta: [
      { key: 'deviceId', value: visit.deviceId },
      { key: 'lastSeq', value: 1 },
    ],
  };
  await v1.open();
  for (const [table, rows] of Object.entries(data)) await v1.table(table).bulkAdd(rows);
  v1.close();
  return data;
}

describe('upgrading the device database', () => {
  it('keeps every record of a version-1 database and makes the roster searchable', async () => {
    const before = await createVersion1WithData();
    const db = await openGhiDanhDB(NAME);
    expect(db.verno).toBe(CURRENT_VERSION);

    for (const [table, rows] of Object.entries(before)) {
      const after = await db.table(table).toArray();
      expect(after, table).toHaveLength(rows.length);
      for (const row of rows) {
        const key = 'id' in row ? row.id : row.key;
        expect(await db.table(table).get(key), `${table} ${key}`).toMatchObject(
          table === 'attachments' ? { id: key } : row,
        );
      }
    }
    const [attachment] = await db.attachments.toArray();
    expect(new Uint8Array(attachment!.bytes)).toEqual(new Uint8Array([1, 2, 3]));

    const upgraded = await db.roster.get(before.roster[0]!.id);
    expect(upgraded?.searchWords).toEqual(expect.arrayContaining(['nguyen', 'thi', 'dao', 'khon']));
    const found = await searchRoster(db, { query: 'dao khon' });
    expect(found.rows.map((r) => r.id)).toEqual([before.roster[0]!.id]);
    // The device keeps its identity and its queue.
    expect(await getDeviceId(db)).toBe(before.syncMeta[0]!.value);
    expect(await pendingCount(db)).toBe(1);
    // Tables added after version 1 start empty and usable.
    expect(await db.carried.count()).toBe(0);
    expect(await db.accounts.count()).toBe(0);
    // Version 4's type index finds the old entries: they were all visits.
    expect(await db.outbox.where('type').equals('visit.create').count()).toBe(1);
    db.close();
  });
});
