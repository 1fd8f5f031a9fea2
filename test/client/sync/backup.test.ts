import { describe, expect, it } from 'vitest';
import { getDeviceId, saveVisit } from '../../../src/client/db';
import { listCarriedBackups } from '../../../src/client/db/carried';
import { buildBackup, backupFileName, importBackup } from '../../../src/client/sync/backup';
import { openGhiDanhDB } from '../../../src/client/db';
import * as samples from '../../shared/schemas/samples';
import { deviceVisit, freshDb, photo, testDataKey } from '../db/helpers';

async function tabletWithSignedVisit() {
  const db = await freshDb();
  const signature = await photo({ kind: 'signature' });
  const visit = await deviceVisit(db, {
    consent: samples.consent({
      method: 'checkbox_and_signature',
      signatureAttachmentId: signature.meta.id,
      witnessName: null,
    }),
    attachments: [signature.meta.id],
  });
  await saveVisit(db, visit, [signature]);
  return { db, visit, signature };
}

const asFile = (value: unknown) => new Blob([JSON.stringify(value)], { type: 'application/json' });

describe('backup of unsynced records', () => {
  it('exports every outbox record with its photos, and another device imports it once', async () => {
    const { db, visit, signature } = await tabletWithSignedVisit();
    const progress: number[] = [];
    const file = await buildBackup(db, '0.1.0', (p) => progress.push(p.done));
    expect(file.deviceId).toBe(await getDeviceId(db));
    expect(file.mutations.map((m) => m.payload.id)).toEqual([visit.id]);
    expect(file.attachments).toHaveLength(1);
    expect(file.attachments[0]).toMatchObject({
      id: signature.meta.id,
      sha256: signature.meta.sha256,
    });
    expect(progress).toEqual([1]);
    expect(backupFileName(file)).toMatch(/^ghidanh-saoluu-\d{8}-\d{4}-[0-9a-f]{8}\.json$/);

    const other = await openGhiDanhDB('other-tablet', await testDataKey());
    expect(await importBackup(other, asFile(file))).toEqual({ ok: true, added: 1, skipped: 0 });
    expect(await importBackup(other, asFile(file))).toEqual({ ok: true, added: 0, skipped: 1 });
    const carried = await listCarriedBackups(other);
    expect(carried).toHaveLength(1);
    expect(carried[0]!.file.mutations[0]!.payload.id).toBe(visit.id);

    // The carrying device can pass the records on in its own backup, photos included.
    const onward = await buildBackup(other, '0.1.0');
    expect(onward.mutations.map((m) => m.id)).toEqual(file.mutations.map((m) => m.id));
    expect(onward.attachments.map((a) => a.dataBase64)).toEqual(
      file.attachments.map((a) => a.dataBase64),
    );
  });

  it('refuses a damaged photo, garbage and foreign files, storing nothing', async () => {
    const { db } = await tabletWithSignedVisit();
    const file = await buildBackup(db, '0.1.0');
    const other = await openGhiDanhDB('other-tablet-2', await testDataKey());

    const tampered = structuredClone(file);
    tampered.attachments[0]!.dataBase64 = btoa('not the photo');
    expect(await importBackup(other, asFile(tampered))).toEqual({
      ok: false,
      reason: 'backup.attachmentData',
    });

    const missingPhoto = { ...file, attachments: [] };
    expect(await importBackup(other, asFile(missingPhoto))).toEqual({
      ok: false,
      reason: 'backup.attachmentMissing',
    });
    expect(await importBackup(other, new Blob(['{not json']))).toEqual({
      ok: false,
      reason: 'backup.unreadable',
    });
    expect(await importBackup(other, asFile({ hello: 'world' }))).toEqual({
      ok: false,
      reason: 'backup.format',
    });
    expect(await importBackup(other, asFile({ ...file, version: 99 }))).toEqual({
      ok: false,
      reason: 'backup.version',
    });
    expect(await listCarriedBackups(other)).toEqual([]);
  });
});
