import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import {
  getAttachment,
  getBeneficiary,
  getDeviceId,
  getDraft,
  getVisit,
  listOutbox,
  openGhiDanhDB,
  pendingCount,
  searchRoster,
} from '../../../src/client/db';
import { LockedError } from '../../../src/client/db/seal/sealer';
import { testDataKey } from './helpers';
import {
  CURRENT_VERSION,
  STORES_V1,
  STORES_V2,
  STORES_V3,
  STORES_V4,
} from '../../../src/client/db/versions';
import { listAccountsOf } from '../../../src/client/db/accountWork';
import { listCarriedBackups } from '../../../src/client/db/carried';
import { rosterSearchFields, vietnameseNameSortKey } from '../../../src/client/db/rosterKeys';
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
  it('keeps every record of a version-1 database, sealed at the first unlock, and searchable', async () => {
    const before = await createVersion1WithData();
    const db = await openGhiDanhDB(NAME, await testDataKey());
    expect(db.verno).toBe(CURRENT_VERSION);

    // Every record reads back as it was, through the repository functions.
    const person = before.roster[0]!;
    expect(await getBeneficiary(db, person.id)).toMatchObject({
      fullName: 'Nguyễn Thị Đào',
      village: 'Bản Khòn Quắc',
      currentStatus: person.currentStatus,
    });
    const visit = before.visits[0]!;
    expect(await getVisit(db, visit.id)).toEqual(visit);
    const stored = await getAttachment(db, before.attachments[0]!.id);
    expect(new Uint8Array(await stored!.blob.arrayBuffer())).toEqual(new Uint8Array([1, 2, 3]));
    expect(await getDraft(db, before.drafts[0]!.id)).toEqual(before.drafts[0]);
    expect(await listOutbox(db)).toEqual(before.outbox);
    // …and nothing personal is left in clear on disk.
    for (const table of ['roster', 'visits', 'attachments', 'drafts', 'outbox']) {
      for (const row of await db.table(table).toArray()) {
        expect(row, table).toHaveProperty('sealed');
        expect(JSON.stringify(row), table).not.toMatch(/Đào|fullName|searchKey|notes/);
      }
    }

    const found = await searchRoster(db, { query: 'dao khon' });
    expect(found.rows.map((r) => r.id)).toEqual([person.id]);
    // The device keeps its identity and its queue.
    expect(await getDeviceId(db)).toBe(before.syncMeta[0]!.value);
    expect(await pendingCount(db)).toBe(1);
    // Tables added after version 1 start empty and usable.
    expect(await db.carried.count()).toBe(0);
    expect(await db.accounts.count()).toBe(0);
    // Version 4's type index finds the old entries: they were all visits.
    expect(await db.outbox.where('type').equals('visit.create').count()).toBe(1);
    db.close();

    // Opened again with another key, the database refuses instead of showing garbage.
    await expect(openGhiDanhDB(NAME, await testDataKey())).rejects.toBeInstanceOf(LockedError);
  });
});

describe('upgrading a version-3 database (search keys, carried backups) to sealed version 5', () => {
  it('drops the clear search keys, seals everything, and keeps carried backups whole', async () => {
    const v3 = new Dexie('ghidanh-v3', {
      indexedDB: globalThis.indexedDB,
      IDBKeyRange: globalThis.IDBKeyRange,
    });
    v3.version(1).stores(STORES_V1);
    v3.version(2).stores(STORES_V2);
    v3.version(3).stores(STORES_V3);
    const person = samples.beneficiary({ fullName: 'Lò Thị Mai Hương', village: 'Bản Pắc Nặm' });
    const carriedFile = {
      format: 'ghidanh-backup',
      version: 1,
      exportedAt: '2025-07-03T01:00:00.000Z',
      deviceId: newId(),
      appVersion: 'test',
      mutations: [],
      attachments: [],
    };
    await v3.open();
    await v3.table('roster').add({
      ...person,
      currentStatus: 'not_visited',
      needsReview: false,
      ...rosterSearchFields(person),
    });
    await v3.table('carried').add({
      id: `${carriedFile.deviceId}:${carriedFile.exportedAt}`,
      importedAt: '2025-07-03T02:00:00.000Z',
      mutationCount: 0,
      file: carriedFile,
    });
    v3.close();

    const db = await openGhiDanhDB('ghidanh-v3', await testDataKey());
    const raw = await db.table('roster').toArray();
    expect(raw).toHaveLength(1);
    expect(Object.keys(raw[0]).sort()).toEqual(
      ['communeCode', 'currentStatus', 'id', 'needsReview', 'sealed'].sort(),
    );
    expect(JSON.stringify(raw)).not.toMatch(/huong|Hương|pac nam/);
    expect((await searchRoster(db, { query: 'huong pac' })).rows.map((r) => r.id)).toEqual([
      person.id,
    ]);
    expect((await listCarriedBackups(db)).map((c) => c.file)).toEqual([carriedFile]);
    db.close();
  });
});

describe('upgrading a version-4 database (provider account work) to sealed version 5', () => {
  it('seals the queued account step and the pulled account states', async () => {
    const v4 = new Dexie('ghidanh-v4', {
      indexedDB: globalThis.indexedDB,
      IDBKeyRange: globalThis.IDBKeyRange,
    });
    v4.version(1).stores(STORES_V1);
    v4.version(2).stores(STORES_V2);
    v4.version(3).stores(STORES_V3);
    v4.version(4).stores(STORES_V4);
    const person = samples.beneficiary();
    const step = samples.accountUpdate({
      beneficiaryId: person.id,
      accountNumber: '5566 7788 9900 12',
    });
    const entry = {
      id: newId(),
      deviceId: step.deviceId,
      seq: 1,
      type: 'account.update',
      payload: { ...step, accountNumber: '55667788990012' },
      createdAt: '2025-07-03T04:00:00.000Z',
      status: 'pending',
      attempts: 0,
      lastError: null,
      lastAttemptAt: null,
      errors: null,
    };
    const pulled = {
      beneficiaryId: person.id,
      providerId: 'agribank-ls',
      status: 'card_issued',
      accountNumberTail: '7310',
      openedOn: '2025-06-11',
      cardIssuedOn: '2025-06-20',
      safeUseShownOn: null,
      updatedAt: '2025-06-20T05:00:00.000Z',
    };
    await v4.open();
    await v4.table('outbox').add(entry);
    await v4.table('accounts').add(pulled);
    v4.close();

    const db = await openGhiDanhDB('ghidanh-v4', await testDataKey());
    expect(await listOutbox(db)).toEqual([entry]);
    const raw = JSON.stringify([...(await db.outbox.toArray()), ...(await db.accounts.toArray())]);
    expect(raw).not.toMatch(/55667788990012|7310|2025-06-11|accountNumber/);
    expect(Object.keys((await db.accounts.toArray())[0]!).sort()).toEqual([
      'beneficiaryId',
      'providerId',
      'sealed',
    ]);
    const views = await listAccountsOf(db, person.id);
    expect(views.map((v) => [v.providerId, v.state, v.accountNumberTail])).toEqual([
      ['agribank-ls', 'card_issued', '7310'],
      ['vietinbank-ls', 'opened', '0012'],
    ]);
    db.close();
  });
});
