import { describe, expect, it } from 'vitest';
import {
  getBeneficiary,
  listDraftsFor,
  listVisitsFor,
  saveDraft,
  saveVisit,
  upsertBeneficiaries,
} from '../../../src/client/db';
import { applyPulledPage } from '../../../src/client/db/pulled';
import { sortChanges } from '../../../src/client/sync/reconcile';
import { newId } from '../../../src/shared/ids';
import type { Change } from '../../../src/shared/schemas';
import * as samples from '../../shared/schemas/samples';
import { deviceVisit, freshDb, photo } from './helpers';

// A carried-out rights request arriving with a pull: erasure purges the person from every table
// of the device, withdrawal marks them and the mark survives the office's next update.

const person = samples.beneficiary();
const page = (changes: Change[]) => ({ ...sortChanges(changes), cursor: '99' });

describe('rights requests pulled onto the device', () => {
  it('an erasure removes the person, their visits, photos, drafts and queued records', async () => {
    const db = await freshDb();
    const other = samples.beneficiary({ id: newId(), fullName: 'Người Khác' });
    await upsertBeneficiaries(db, [person, other]);
    const signature = await photo({ kind: 'signature' });
    const visit = await deviceVisit(db, {
      beneficiaryId: person.id,
      consent: samples.consent({
        method: 'checkbox_and_signature',
        signatureAttachmentId: signature.meta.id,
        witnessName: null,
      }),
      attachments: [signature.meta.id],
    });
    await saveVisit(db, visit, [signature]);
    await saveVisit(db, await deviceVisit(db, { beneficiaryId: other.id }));
    await saveDraft(db, { id: newId(), beneficiaryId: person.id, step: 1, data: { a: 1 } });

    // In the same page, a visit to the person from another tablet comes before the erasure.
    const theirs = samples.visit({ beneficiaryId: person.id });
    await applyPulledPage(
      db,
      page([
        { kind: 'visit', record: samples.visit(theirs) as never },
        {
          kind: 'rights',
          record: {
            beneficiaryId: person.id,
            kind: 'erase',
            completedAt: new Date().toISOString(),
          },
        },
      ]),
    );
    expect(await getBeneficiary(db, person.id)).toBeUndefined();
    expect(await listVisitsFor(db, person.id)).toEqual([]);
    expect(await listDraftsFor(db, person.id)).toEqual([]);
    expect(await db.attachments.count()).toBe(0);
    expect((await db.outbox.toArray()).map((o) => o.payload.beneficiaryId)).toEqual([other.id]);
    // Nobody else is touched.
    expect(await getBeneficiary(db, other.id)).toBeDefined();
    expect(await listVisitsFor(db, other.id)).toHaveLength(1);
  });

  it('a withdrawal marks the person, and the mark outlives an update of the entry', async () => {
    const db = await freshDb();
    await upsertBeneficiaries(db, [person]);
    const at = '2025-08-01T02:10:00.000Z';
    await applyPulledPage(
      db,
      page([
        {
          kind: 'rights',
          record: { beneficiaryId: person.id, kind: 'withdraw_consent', completedAt: at },
        },
      ]),
    );
    expect((await getBeneficiary(db, person.id))?.consentWithdrawnAt).toBe(at);
    await upsertBeneficiaries(db, [{ ...person, village: 'Thôn Mới' }]);
    expect(await getBeneficiary(db, person.id)).toMatchObject({
      village: 'Thôn Mới',
      consentWithdrawnAt: at,
    });
  });
});
