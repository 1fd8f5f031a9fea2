import { describe, expect, it } from 'vitest';
import {
  getDeviceId,
  replaceRoster,
  saveDraft,
  saveVisit,
  searchRoster,
} from '../../../src/client/db';
import { listAccountsOf, recordAccountStep } from '../../../src/client/db/accountWork';
import { addCarriedBackup } from '../../../src/client/db/carried';
import { putDraftFile } from '../../../src/client/db/draftFiles';
import { applyPulledPage } from '../../../src/client/db/pulled';
import { buildBackup } from '../../../src/client/sync/backup';
import { newId } from '../../../src/shared/ids';
import * as samples from '../../shared/schemas/samples';
import { freshDb, photo } from './helpers';

// What a thief reading the tablet's storage finds: every object store of every database on the
// device, every value serialised (strings as they are, bytes as Latin-1, UTF-8 and UTF-16), and
// none of the personal values planted through the app's own repository functions.

/** Every record of every database in this (fake) IndexedDB, as searchable text. */
async function rawDump(): Promise<string> {
  const parts: string[] = [];
  for (const { name } of await indexedDB.databases()) {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(name!);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('open failed'));
    });
    for (const store of [...db.objectStoreNames]) {
      const rows = await new Promise<unknown[]>((resolve, reject) => {
        const request = db.transaction(store).objectStore(store).getAll();
        request.onsuccess = () => resolve(request.result as unknown[]);
        request.onerror = () => reject(request.error ?? new Error('read failed'));
      });
      for (const row of rows) parts.push(serialise(row));
    }
    db.close();
  }
  return parts.join('\n');
}

function serialise(value: unknown): string {
  if (
    Object.prototype.toString.call(value) === '[object ArrayBuffer]' ||
    ArrayBuffer.isView(value)
  ) {
    const bytes = ArrayBuffer.isView(value)
      ? new Uint8Array(value.buffer, value.byteOffset, value.byteLength)
      : new Uint8Array(value as ArrayBuffer);
    return [
      String.fromCharCode(...bytes),
      new TextDecoder('utf-8').decode(bytes),
      new TextDecoder('utf-16le').decode(bytes.subarray(0, bytes.length & ~1)),
    ].join(' ');
  }
  if (Array.isArray(value)) return value.map(serialise).join(' ');
  if (value && typeof value === 'object') {
    return Object.entries(value)
      .map(([k, v]) => `${k}:${serialise(v)}`)
      .join(' ');
  }
  return String(value);
}

const NAME = 'Phạm Thị Quỳnh Hoa';
const VILLAGE = 'Bản Sáng Mường';
const GUARDIAN = 'Đặng Văn Khởi';
const ACCOUNT = '7788 1234 5566';
const PHOTO_TEXT = 'PHOTO-OF-ID-CARD-Quynh';
/** Recorded by a provider agent (an account.update in the outbox). */
const OPENED_ACCOUNT = '4455.6677.8899.31';
/** The last digits of another account, as a pull brings its state. */
const PULLED_TAIL = '6029';

/** Values (and the forms they could be stored in) that must not appear anywhere. */
const PLANTED = [
  NAME,
  'Quỳnh',
  'quynh hoa', // folded, as search keys held it
  VILLAGE,
  'sang muong',
  samples.ID_MALE_1948,
  samples.ID_FEMALE_2001,
  '912345678', // the beneficiary's phone, in any prefix form
  '987654321', // the guardian's phone
  GUARDIAN,
  '77881234',
  '778812345566',
  PHOTO_TEXT,
  'draft-note-secret',
  '44556677889931',
  'account-note-secret',
  PULLED_TAIL,
  '2025-06-17', // the pulled account's opening day
];

describe('the raw storage of a device with records', () => {
  it('holds none of the planted personal values in clear', async () => {
    const db = await freshDb();
    const person = samples.beneficiary({ fullName: NAME, village: VILLAGE });
    await replaceRoster(db, [person]);
    const file = await photo({ kind: 'id_card' }, PHOTO_TEXT);
    const visit = samples.visit({
      deviceId: await getDeviceId(db),
      attachments: [file.meta.id],
      payment: {
        method: 'bank',
        bankBin: samples.VIETINBANK_BIN,
        accountNumber: ACCOUNT,
        accountHolder: NAME,
      },
      representative: samples.person({ fullName: GUARDIAN }),
    });
    await saveVisit(db, visit, [file]);
    const draftId = newId();
    await saveDraft(db, {
      id: draftId,
      beneficiaryId: person.id,
      step: 3,
      data: { fullName: NAME, phone: '0912345678', notes: 'draft-note-secret' },
    });
    const draftPhoto = await photo({ kind: 'id_card' }, `${PHOTO_TEXT}-draft`);
    await putDraftFile(
      db,
      draftId,
      draftPhoto.meta,
      Uint8Array.from(new Uint8Array(await (draftPhoto.data as Blob).arrayBuffer())).buffer,
    );
    // A provider agent's step with the full account number, and an account state pulled.
    await recordAccountStep(
      db,
      samples.accountUpdate({
        id: newId(),
        beneficiaryId: person.id,
        deviceId: await getDeviceId(db),
        accountNumber: OPENED_ACCOUNT,
        note: 'account-note-secret',
        recordedAt: new Date().toISOString(),
      }),
    );
    await applyPulledPage(db, {
      beneficiaries: [],
      removedBeneficiaryIds: [],
      visits: [],
      accounts: [
        {
          beneficiaryId: person.id,
          providerId: 'agribank-ls',
          status: 'opened',
          accountNumberTail: PULLED_TAIL,
          openedOn: '2025-06-17',
          cardIssuedOn: null,
          safeUseShownOn: null,
          updatedAt: new Date().toISOString(),
        },
      ],
      cursor: '1',
    });
    // A backup carried from another tablet (here: this one's own records, the same person).
    const backup = await buildBackup(db, 'test');
    await addCarriedBackup(db, { ...backup, deviceId: newId() });

    // The records are all there and searchable through the app…
    expect((await searchRoster(db, { query: 'quynh' })).rows.map((r) => r.id)).toEqual([person.id]);
    expect(
      (await listAccountsOf(db, person.id)).map((a) => [a.providerId, a.accountNumberTail]),
    ).toEqual([
      ['agribank-ls', PULLED_TAIL],
      ['vietinbank-ls', '9931'],
    ]);
    // …and nowhere in clear in storage.
    const dump = await rawDump();
    expect(dump.length).toBeGreaterThan(1000);
    for (const value of PLANTED) expect(dump, value).not.toContain(value);
    // The clear fields are the index fields only (a control that the dump reads the stores).
    expect(dump).toContain(person.id);
    expect(dump).toContain(visit.id);
    db.close();
  });
});
