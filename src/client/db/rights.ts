import type { RightsApplied } from '../../shared/schemas';
import { openAll, openOutbox, patchRow, sealerOf } from './codec';
import type { GhiDanhDB } from './database';
import type { StoredOutboxOf } from './stored';

// What a carried-out data-subject request does on this device (it arrives with a pull).
// Withdrawal: the roster entry is marked (a clear status field, like currentStatus), so screens
// show it and no new visit starts. Erasure: everything about the person goes — roster entry,
// visits, their photos and signatures, drafts (with their files), queued records and the
// account states pulled for them — since the server erased its copies and refuses new ones.
//
// Queued account steps name the person only inside their sealed payload, and nothing can be
// opened inside the pull's transaction: prepareRights opens them first and notes whose they are.
// (A step recorded for the person in between is refused by the server, and kept for the agent.)

export const RIGHTS_TABLES = [
  'roster',
  'visits',
  'attachments',
  'drafts',
  'outbox',
  'accounts',
] as const;

export interface RightsPlan {
  rights: readonly RightsApplied[];
  /** Outbox ids of queued account steps, by beneficiary (erased people only). */
  queuedSteps: ReadonlyMap<string, readonly string[]>;
}

/** Reads and opens what the requests need; call before the transaction. */
export async function prepareRights(
  db: GhiDanhDB,
  rights: readonly RightsApplied[],
): Promise<RightsPlan> {
  const erased = new Set(rights.filter((r) => r.kind === 'erase').map((r) => r.beneficiaryId));
  const queuedSteps = new Map<string, string[]>();
  if (erased.size === 0) return { rights, queuedSteps };
  const stored = (await db.outbox
    .where('type')
    .equals('account.update')
    .toArray()) as StoredOutboxOf<'account.update'>[];
  const steps = await openAll(stored, (row) => openOutbox<'account.update'>(sealerOf(db), row));
  for (const step of steps) {
    const person = step.payload.beneficiaryId;
    if (erased.has(person)) queuedSteps.set(person, [...(queuedSteps.get(person) ?? []), step.id]);
  }
  return { rights, queuedSteps };
}

/** Call inside a transaction over RIGHTS_TABLES. */
export async function purgeBeneficiary(
  db: GhiDanhDB,
  beneficiaryId: string,
  queuedSteps: readonly string[] = [],
): Promise<void> {
  const visitIds = await db.visits.where('beneficiaryId').equals(beneficiaryId).primaryKeys();
  const draftIds = await db.drafts.where('beneficiaryId').equals(beneficiaryId).primaryKeys();
  const owners = [...visitIds, ...draftIds];
  if (owners.length > 0) {
    await db.attachments.where('visitId').anyOf(owners).delete();
    await db.outbox.where('visitId').anyOf(visitIds).delete();
  }
  await db.outbox.bulkDelete([...queuedSteps]);
  await db.accounts.where('beneficiaryId').equals(beneficiaryId).delete();
  await db.visits.bulkDelete(visitIds);
  await db.drafts.bulkDelete(draftIds);
  await db.roster.delete(beneficiaryId);
}

export async function markConsentWithdrawn(
  db: GhiDanhDB,
  beneficiaryId: string,
  at: string,
): Promise<void> {
  await patchRow(db.roster, beneficiaryId, { consentWithdrawnAt: at });
}

/** Call inside a transaction over RIGHTS_TABLES, with the plan prepareRights made. */
export async function applyRights(db: GhiDanhDB, plan: RightsPlan): Promise<void> {
  for (const r of plan.rights) {
    if (r.kind === 'erase') {
      await purgeBeneficiary(db, r.beneficiaryId, plan.queuedSteps.get(r.beneficiaryId));
    } else await markConsentWithdrawn(db, r.beneficiaryId, r.completedAt);
  }
}
