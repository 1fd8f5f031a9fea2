import type { RightsApplied } from '../../shared/schemas';
import type { GhiDanhDB } from './database';

// What a carried-out data-subject request does on this device (it arrives with a pull).
// Withdrawal: the roster entry is marked, so screens show it and no new visit starts.
// Erasure: everything about the person goes — roster entry, visits, their photos and
// signatures, drafts (with their files) and queued records — since the server erased its copies
// and refuses new ones. Call inside a transaction over roster, visits, attachments, drafts, outbox.

export const RIGHTS_TABLES = ['roster', 'visits', 'attachments', 'drafts', 'outbox'] as const;

export async function purgeBeneficiary(db: GhiDanhDB, beneficiaryId: string): Promise<void> {
  const visitIds = await db.visits.where('beneficiaryId').equals(beneficiaryId).primaryKeys();
  const draftIds = await db.drafts.where('beneficiaryId').equals(beneficiaryId).primaryKeys();
  const owners = [...visitIds, ...draftIds];
  if (owners.length > 0) {
    await db.attachments.where('visitId').anyOf(owners).delete();
    await db.outbox.where('visitId').anyOf(visitIds).delete();
  }
  await db.visits.bulkDelete(visitIds);
  await db.drafts.bulkDelete(draftIds);
  await db.roster.delete(beneficiaryId);
}

export async function markConsentWithdrawn(
  db: GhiDanhDB,
  beneficiaryId: string,
  at: string,
): Promise<void> {
  await db.roster.update(beneficiaryId, { consentWithdrawnAt: at });
}

export async function applyRights(db: GhiDanhDB, rights: readonly RightsApplied[]): Promise<void> {
  for (const r of rights) {
    if (r.kind === 'erase') await purgeBeneficiary(db, r.beneficiaryId);
    else await markConsentWithdrawn(db, r.beneficiaryId, r.completedAt);
  }
}
