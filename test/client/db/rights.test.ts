import { describe, expect, it } from 'vitest';
import {
  getBeneficiary,
  listDraftsFor,
  listOutbox,
  listVisitsFor,
  saveDraft,
  saveVisit,
  searchRoster,
  upsertBeneficiaries,
  getDeviceId,
} from '../../../src/client/db';
import { listAccountsOf, recordAccountStep } from '../../../src/client/db/accountWork';
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
    expect((await listOutbox(db)).map((o) => o.payload.beneficiaryId)).toEqual([other.id]);
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

  it('an erasure also drops the account steps queued and the states pulled for the person, and search forgets them at once', async () => {
    const db = await freshDb();
    const other = samples.beneficiary({ id: newId(), fullName: 'Người Khác' });
    await upsertBeneficiaries(db, [person, other]);
    const step = (beneficiaryId: string) =>
      getDeviceId(db).then((deviceId) =>
        samples.accountUpdate({
          id: newId(),
          beneficiaryId,
          deviceId,
          recordedAt: new Date().toISOString(),
        }),
      );
    await recordAccountStep(db, await step(person.id));
    await recordAccountStep(db, await step(other.id));
    const state = (beneficiaryId: string) => ({
      beneficiaryId,
      providerId: 'agribank-ls',
      status: 'opened' as const,
      accountNumberTail: '1234',
      openedOn: '2025-07-01',
      cardIssuedOn: null,
      safeUseShownOn: null,
      updatedAt: new Date().toISOString(),
    });
    await applyPulledPage(db, {
      ...page([]),
      accounts: [state(person.id), state(other.id)],
    });
    const name = person.fullName.split(' ').at(-1)!;
    expect((await searchRoster(db, { query: name })).rows.map((r) => r.id)).toContain(person.id);

    await applyPulledPage(
      db,
      page([
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
    expect((await searchRoster(db, { query: name })).rows.map((r) => r.id)).not.toContain(
      person.id,
    );
    expect(await listAccountsOf(db, person.id)).toEqual([]);
    expect((await listOutbox(db)).map((o) => o.payload.beneficiaryId)).toEqual([other.id]);
    expect((await listAccountsOf(db, other.id)).map((a) => a.providerId)).toEqual([
      'agribank-ls',
      'vietinbank-ls',
    ]);
  });

  it('a withdrawal shows in the in-memory roster at once, without a new seal', async () => {
    const db = await freshDb();
    await upsertBeneficiaries(db, [person]);
    const sealedBefore = (await db.roster.get(person.id))!.sealed;
    await searchRoster(db); // the roster is opened into memory
    const at = '2025-08-02T03:00:00.000Z';
    await applyPulledPage(
      db,
      page([
        {
          kind: 'rights',
          record: { beneficiaryId: person.id, kind: 'withdraw_consent', completedAt: at },
        },
      ]),
    );
    expect((await searchRoster(db)).rows[0]?.consentWithdrawnAt).toBe(at);
    expect(new Uint8Array((await db.roster.get(person.id))!.sealed)).toEqual(
      new Uint8Array(sealedBefore),
    );
  });
});
