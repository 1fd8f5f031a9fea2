import type { AccountOpening, Beneficiary, RightsApplied, Visit } from '../../shared/schemas';
import { putPulledAccounts } from './accountWork';
import type { GhiDanhDB } from './database';
import { withStorageErrors } from './errors';
import { applyRights } from './rights';
import { refreshDerivedState, upsertBeneficiaries } from './roster';
import type { VisitRow } from './rows';

// One page of the server's change feed, applied in one transaction together with its cursor:
// a page is either wholly on the device with the cursor past it, or not at all and fetched again.

export interface PulledPage {
  /** Roster entries added or adjusted. */
  beneficiaries: readonly Beneficiary[];
  /** Roster entries removed (the month's decreases). Visits to them stay. */
  removedBeneficiaryIds: readonly string[];
  /** Visits recorded on other devices. */
  visits: readonly Visit[];
  /** Providers' account states (absent: none in the page). */
  accounts?: readonly AccountOpening[];
  /** Data-subject requests carried out: applied last, so nothing above brings a person back. */
  rights?: readonly RightsApplied[];
  /** The server's position after this page. */
  cursor: string;
}

export async function applyPulledPage(
  db: GhiDanhDB,
  page: PulledPage,
  now = new Date(),
): Promise<void> {
  const syncedAt = now.toISOString();
  await withStorageErrors(() =>
    db.transaction(
      'rw',
      [db.roster, db.visits, db.accounts, db.attachments, db.drafts, db.outbox, db.syncMeta],
      async () => {
        // Visits first, so roster entries written below derive their state from them too.
        const ids = page.visits.map((v) => v.id);
        const known = new Set(
          (await db.visits.bulkGet(ids))
            .filter((v): v is VisitRow => v !== undefined)
            .map((v) => v.id),
        );
        const fresh = page.visits.filter((v) => !known.has(v.id));
        await db.visits.bulkPut(fresh.map((v) => ({ ...v, syncedAt })));
        if (page.beneficiaries.length > 0) await upsertBeneficiaries(db, page.beneficiaries);
        await db.roster.bulkDelete([...page.removedBeneficiaryIds]);
        const upserted = new Set(page.beneficiaries.map((b) => b.id));
        for (const id of new Set(fresh.map((v) => v.beneficiaryId))) {
          if (!upserted.has(id)) await refreshDerivedState(db, id);
        }
        await putPulledAccounts(db, page.accounts ?? []);
        if (page.rights?.length) await applyRights(db, page.rights);
        await db.syncMeta.put({ key: 'cursor', value: page.cursor });
      },
    ),
  );
}
