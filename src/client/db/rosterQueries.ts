import { liveQuery } from 'dexie';
import type { Beneficiary, BeneficiaryStatus } from '../../shared/schemas';
import type { GhiDanhDB } from './database';
import type { OutboxStatus, RosterRow, VisitRow } from './rows';
import { getMeta } from './syncMeta';

// Reads for the roster screens. The list searches in memory (features/roster/search), so it
// needs the whole roster once, slimmed to what a row and the search keys use, and a live feed
// that re-reads it when the roster changes.

/** A roster entry as the list and its search index use it; status as this device knows it. */
export type RosterListItem = Pick<
  Beneficiary,
  'id' | 'fullName' | 'dateOfBirth' | 'communeCode' | 'village' | 'idNumber' | 'phone' | 'category'
> & { status: BeneficiaryStatus };

function toListItem(row: RosterRow): RosterListItem {
  return {
    id: row.id,
    fullName: row.fullName,
    dateOfBirth: row.dateOfBirth,
    communeCode: row.communeCode,
    village: row.village,
    idNumber: row.idNumber,
    phone: row.phone,
    category: row.category,
    status: row.currentStatus,
  };
}

export async function listRosterItems(db: GhiDanhDB): Promise<RosterListItem[]> {
  return (await db.roster.toArray()).map(toListItem);
}

/** Calls `onItems` with the whole roster now and after every change to it; returns unsubscribe. */
export function watchRosterItems(
  db: GhiDanhDB,
  onItems: (items: RosterListItem[]) => void,
  onError: (error: unknown) => void,
): () => void {
  const subscription = liveQuery(() => listRosterItems(db)).subscribe({
    next: onItems,
    error: onError,
  });
  return () => subscription.unsubscribe();
}

/** Beneficiaries with a visit that has not reached the server (queued, being sent or rejected). */
export async function unsyncedBeneficiaryIds(db: GhiDanhDB): Promise<Set<string>> {
  const entries = await db.outbox.toArray();
  return new Set(
    entries.flatMap((e) => (e.type === 'visit.create' ? [e.payload.beneficiaryId] : [])),
  );
}

export type VisitSyncState = OutboxStatus | 'synced';

export interface VisitHistoryItem {
  visit: VisitRow;
  sync: VisitSyncState;
  /** Recorded on this device (others' visits arrive through sync). */
  ownDevice: boolean;
  /** A later visit corrects this one. */
  superseded: boolean;
}

/** A beneficiary's visits known to this device, newest first, with their sync state. */
export async function listVisitHistory(
  db: GhiDanhDB,
  beneficiaryId: string,
): Promise<VisitHistoryItem[]> {
  return db.transaction('r', db.visits, db.outbox, db.syncMeta, async () => {
    const visits = await db.visits.where('beneficiaryId').equals(beneficiaryId).toArray();
    const outbox = await db.outbox
      .where('visitId')
      .anyOf(visits.map((v) => v.id))
      .toArray();
    const queued = new Map(
      outbox.flatMap((e) => (e.type === 'visit.create' ? [[e.visitId, e.status] as const] : [])),
    );
    const deviceId = await getMeta(db, 'deviceId');
    const superseded = new Set(visits.map((v) => v.supersedesVisitId));
    return visits
      .sort((a, b) => b.visitedAt.localeCompare(a.visitedAt) || b.id.localeCompare(a.id))
      .map((visit) => ({
        visit,
        sync: queued.get(visit.id) ?? 'synced',
        ownDevice: visit.deviceId === deviceId,
        superseded: superseded.has(visit.id),
      }));
  });
}
