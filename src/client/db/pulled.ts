import type { AccountOpening, Beneficiary, RightsApplied, Visit } from '../../shared/schemas';
import { putPulledAccounts } from './accountWork';
import {
  openAll,
  openRoster,
  openVisit,
  patchRow,
  sealAccount,
  sealerOf,
  sealVisit,
} from './codec';
import type { GhiDanhDB } from './database';
import { deriveEnrolmentState } from '../../shared/enrolment';
import { withStorageErrors } from './errors';
import { applyRights, prepareRights } from './rights';
import { putRosterRows, sealedRosterRows } from './roster';
import type { VisitRow } from './rows';

// One page of the server's change feed, applied in one transaction together with its cursor:
// a page is either wholly on the device with the cursor past it, or not at all and fetched again.
// Everything is sealed first (Web Crypto cannot run inside the transaction), with roster states
// derived from the visits already on the device plus the page's own.

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
  const sealer = sealerOf(db);
  const known = new Set(
    (await db.visits.bulkGet(page.visits.map((v) => v.id)))
      .filter((v) => v !== undefined)
      .map((v) => v.id),
  );
  const fresh: VisitRow[] = page.visits
    .filter((v) => !known.has(v.id))
    .map((v) => ({ ...v, syncedAt }));
  const upserted = new Set(page.beneficiaries.map((b) => b.id));
  const [storedVisits, storedRoster, storedAccounts, rights] = await Promise.all([
    Promise.all(fresh.map((v) => sealVisit(sealer, v))),
    sealedRosterRows(db, page.beneficiaries, fresh),
    Promise.all((page.accounts ?? []).map((a) => sealAccount(sealer, a))),
    prepareRights(db, page.rights ?? []),
  ]);
  // Entries not in the page whose state the new visits change (a clear-field update).
  const states = new Map<string, { currentStatus: Beneficiary['status']; needsReview: boolean }>();
  for (const id of new Set(fresh.map((v) => v.beneficiaryId))) {
    if (upserted.has(id)) continue;
    const stored = await db.roster.get(id);
    if (!stored) continue;
    const entry = await openRoster(sealer, stored);
    const visits = await db.visits.where('beneficiaryId').equals(id).toArray();
    const opened = await openAll(visits, (v) => openVisit(sealer, v));
    const state = deriveEnrolmentState(entry, [
      ...opened,
      ...fresh.filter((v) => v.beneficiaryId === id),
    ]);
    states.set(id, { currentStatus: state.status, needsReview: state.needsReview });
  }
  await withStorageErrors(() =>
    db.transaction(
      'rw',
      [db.roster, db.visits, db.accounts, db.attachments, db.drafts, db.outbox, db.syncMeta],
      async () => {
        // A visit another tab stored meanwhile is kept as it is.
        const already = await db.visits.bulkGet(storedVisits.map((v) => v.id));
        await db.visits.bulkPut(storedVisits.filter((_, i) => already[i] === undefined));
        await putRosterRows(db, storedRoster);
        await db.roster.bulkDelete([...page.removedBeneficiaryIds]);
        for (const [id, state] of states) await patchRow(db.roster, id, state);
        await putPulledAccounts(db, storedAccounts);
        // Last, so nothing above brings an erased person back.
        await applyRights(db, rights);
        await db.syncMeta.put({ key: 'cursor', value: page.cursor });
      },
    ),
  );
  db.rosterGeneration++;
}
