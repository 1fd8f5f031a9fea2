import { onStorageFull } from '../../../src/client/db/storageEvents';
import { describe, expect, it } from 'vitest';
import {
  DuplicateVisitError,
  getAttachment,
  getBeneficiary,
  getEnrolmentState,
  getVisit,
  listOutbox,
  listVisitsFor,
  markOutboxResult,
  markOutboxSending,
  pendingCount,
  replaceRoster,
  saveVisit,
  StorageFullError,
  updateUnsyncedVisit,
  ValidationError,
  VisitLockedError,
  type GhiDanhDB,
} from '../../../src/client/db';
import { newId } from '../../../src/shared/ids';
import { visitSchema } from '../../../src/shared/schemas';
import * as samples from '../../shared/schemas/samples';
import { deviceVisit, freshDb, photo } from './helpers';

/** Everything a failed save could have left behind. */
async function stored(db: GhiDanhDB) {
  return {
    visits: await db.visits.count(),
    attachments: await db.attachments.count(),
    outbox: await db.outbox.count(),
  };
}

const nothing = { visits: 0, attachments: 0, outbox: 0 };

/** A visit signed on paper: the signature photo is its one attachment. */
async function signedVisit(db: GhiDanhDB) {
  const signature = await photo({ kind: 'signature' });
  const visit = await deviceVisit(db, {
    consent: samples.consent({
      method: 'checkbox_and_signature',
      signatureAttachmentId: signature.meta.id,
      witnessName: null,
    }),
    attachments: [signature.meta.id],
  });
  return { visit, signature };
}

describe('saving a visit', () => {
  it('writes the visit, its photo and its outbox entry together', async () => {
    const db = await freshDb();
    const { visit, signature } = await signedVisit(db);
    const saved = await saveVisit(db, visit, [signature]);

    expect(saved.visit).toMatchObject({
      id: visit.id,
      syncedAt: null,
      beneficiaryPhone: '+84912345678',
    });
    expect(saved.outbox).toMatchObject({
      seq: 1,
      type: 'visit.create',
      visitId: visit.id,
      deviceId: visit.deviceId,
      status: 'pending',
      attempts: 0,
    });
    expect(saved.outbox.payload).toEqual(visitSchema.parse(visit));
    expect(await getVisit(db, visit.id)).toEqual(saved.visit);
    expect(await listOutbox(db)).toEqual([saved.outbox]);
    const file = await getAttachment(db, signature.meta.id);
    expect(file?.meta).toEqual(signature.meta);
    expect(file?.visitId).toBe(visit.id);
    expect(new Uint8Array(await file!.blob.arrayBuffer())).toEqual(
      new Uint8Array(await (signature.data as Blob).arrayBuffer()),
    );
  });

  it('numbers outbox entries 1, 2, 3 … on the device', async () => {
    const db = await freshDb();
    for (let i = 0; i < 3; i++) await saveVisit(db, await deviceVisit(db));
    expect((await listOutbox(db)).map((e) => e.seq)).toEqual([1, 2, 3]);
  });

  it('stores nothing when the visit is invalid, and uses no sequence number', async () => {
    const db = await freshDb();
    const attempt = saveVisit(db, await deviceVisit(db, { payment: null }));
    await expect(attempt).rejects.toThrow(ValidationError);
    await expect(attempt).rejects.toMatchObject({
      issues: [{ path: 'payment', key: 'validation.visit.paymentRequired' }],
    });
    expect(await stored(db)).toEqual(nothing);
    await saveVisit(db, await deviceVisit(db));
    expect((await listOutbox(db))[0]?.seq).toBe(1);
  });

  it('leaves no visit and no outbox entry when writing a photo fails', async () => {
    const db = await freshDb();
    const first = await signedVisit(db);
    await saveVisit(db, first.visit, [first.signature]);
    // A second visit whose photo id is already taken: the attachment write hits a real
    // ConstraintError inside the transaction, after the visit itself was written.
    const { visit } = await signedVisit(db);
    const clash = {
      ...visit,
      consent: { ...visit.consent!, signatureAttachmentId: first.signature.meta.id },
    };
    const reused = { ...clash, attachments: [first.signature.meta.id] };
    await expect(saveVisit(db, reused, [first.signature])).rejects.toMatchObject({
      name: 'BulkError',
      failures: [expect.objectContaining({ name: 'ConstraintError' })],
    });
    expect(await getVisit(db, visit.id)).toBeUndefined();
    expect(await stored(db)).toEqual({ visits: 1, attachments: 1, outbox: 1 });
    await saveVisit(db, await deviceVisit(db));
    expect((await listOutbox(db)).map((e) => e.seq)).toEqual([1, 2]);
  });

  it('turns a full disk into StorageFullError and keeps nothing', async () => {
    const db = await freshDb();
    const { visit, signature } = await signedVisit(db);
    db.attachments.hook('creating', () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    let announced = 0;
    const stop = onStorageFull(() => (announced += 1));
    await expect(saveVisit(db, visit, [signature])).rejects.toThrow(StorageFullError);
    stop();
    expect(await stored(db)).toEqual(nothing);
    expect(announced).toBe(1); // the shell hears of it even if the screen has moved on
  });

  it('checks photos against their metadata and the visit', async () => {
    const db = await freshDb();
    const { visit, signature } = await signedVisit(db);
    const wrongBytes = { ...signature, data: new Blob(['something else']) };
    await expect(saveVisit(db, visit, [wrongBytes])).rejects.toMatchObject({
      issues: [{ path: 'files.0', key: 'validation.attachment.bytesMismatch' }],
    });
    await expect(saveVisit(db, visit, [])).rejects.toMatchObject({
      issues: [{ path: 'attachments.0', key: 'validation.visit.attachmentMissing' }],
    });
    const stray = await photo();
    await expect(saveVisit(db, visit, [signature, stray])).rejects.toMatchObject({
      issues: [{ path: 'files.1.id', key: 'validation.visit.attachmentNotListed' }],
    });
    const tooBig = await photo({ size: 6 * 1024 * 1024 });
    await expect(saveVisit(db, visit, [tooBig])).rejects.toMatchObject({
      issues: expect.arrayContaining([
        { path: 'files.0.size', key: 'validation.attachment.tooLarge' },
      ]),
    });
    expect(await stored(db)).toEqual(nothing);
  });

  it("refuses another device's visit and a second save of the same visit", async () => {
    const db = await freshDb();
    await expect(saveVisit(db, samples.visit({ deviceId: newId() }))).rejects.toMatchObject({
      issues: [{ path: 'deviceId', key: 'validation.visit.deviceMismatch' }],
    });
    const visit = await deviceVisit(db);
    await saveVisit(db, visit);
    await expect(saveVisit(db, visit)).rejects.toThrow(DuplicateVisitError);
    expect(await stored(db)).toEqual({ visits: 1, attachments: 0, outbox: 1 });
  });

  it("updates the roster entry's status from its visits", async () => {
    const db = await freshDb();
    const b = samples.beneficiary();
    await replaceRoster(db, [b]);
    await saveVisit(db, await deviceVisit(db, { beneficiaryId: b.id }));
    expect(await getBeneficiary(db, b.id)).toMatchObject({
      status: 'not_visited',
      currentStatus: 'visited',
    });
    const cash = { method: 'cash_at_home', reason: 'bedridden', note: null } as const;
    await saveVisit(
      db,
      await deviceVisit(db, {
        beneficiaryId: b.id,
        visitedAt: '2025-07-03T03:00:00.000Z',
        payment: cash,
      }),
    );
    expect((await getBeneficiary(db, b.id))?.currentStatus).toBe('stays_on_cash');
    expect((await listVisitsFor(db, b.id)).map((v) => v.visitedAt)).toEqual([
      '2025-07-02T03:00:00.000Z',
      '2025-07-03T03:00:00.000Z',
    ]);
    expect((await getEnrolmentState(db, b.id))?.payment).toEqual(cash);
    // A new roster from the office keeps what the device's visits say.
    await replaceRoster(db, [b]);
    expect((await getBeneficiary(db, b.id))?.currentStatus).toBe('stays_on_cash');
  });
});

describe('changing a saved visit', () => {
  it('is allowed while it waits in the outbox, and replaces what will be sent', async () => {
    const db = await freshDb();
    const { visit, signature } = await signedVisit(db);
    const saved = await saveVisit(db, visit, [signature]);
    const witnessed = {
      ...visit,
      consent: samples.consent({ id: visit.consent!.id }),
      attachments: [],
      notes: 'Ký nhầm, đã có người làm chứng',
    };
    const updated = await updateUnsyncedVisit(db, witnessed);
    expect(updated.outbox).toMatchObject({ id: saved.outbox.id, seq: 1, status: 'pending' });
    expect(updated.outbox.payload.notes).toBe('Ký nhầm, đã có người làm chứng');
    expect(await pendingCount(db)).toBe(1);
    expect(await getAttachment(db, signature.meta.id)).toBeUndefined();
    expect((await getVisit(db, visit.id))?.notes).toBe('Ký nhầm, đã có người làm chứng');
  });

  it('is refused while it is being sent, and once the server has it', async () => {
    const db = await freshDb();
    const visit = await deviceVisit(db);
    const { outbox } = await saveVisit(db, visit);
    await markOutboxSending(db, [outbox.id]);
    const edited = { ...visit, notes: 'sửa' };
    await expect(updateUnsyncedVisit(db, edited)).rejects.toMatchObject(
      new VisitLockedError(visit.id, 'sending'),
    );
    await markOutboxResult(db, [{ id: outbox.id, status: 'applied' }]);
    await expect(updateUnsyncedVisit(db, edited)).rejects.toMatchObject(
      new VisitLockedError(visit.id, 'synced'),
    );
    expect((await getVisit(db, visit.id))?.notes).toBe('');
  });

  it('is allowed to correct a rejected visit, which then waits to be sent again', async () => {
    const db = await freshDb();
    const visit = await deviceVisit(db);
    const { outbox } = await saveVisit(db, visit);
    await markOutboxSending(db, [outbox.id]);
    await markOutboxResult(db, [
      {
        id: outbox.id,
        status: 'rejected',
        errors: [{ path: 'notes', key: 'validation.visit.notesTooLong' }],
      },
    ]);
    const updated = await updateUnsyncedVisit(db, { ...visit, notes: 'ngắn' });
    expect(updated.outbox).toMatchObject({ status: 'pending', errors: null, attempts: 1 });
  });

  it('cannot move a visit to another beneficiary or change an unknown one', async () => {
    const db = await freshDb();
    const visit = await deviceVisit(db);
    await saveVisit(db, visit);
    await expect(
      updateUnsyncedVisit(db, { ...visit, beneficiaryId: newId() }),
    ).rejects.toMatchObject({
      issues: [{ path: 'beneficiaryId', key: 'validation.visit.beneficiaryChanged' }],
    });
    await expect(updateUnsyncedVisit(db, await deviceVisit(db))).rejects.toThrow(
      /No visits record/,
    );
  });
});
