import Dexie from 'dexie';
import type { Beneficiary, BeneficiaryStatus } from '../../shared/schemas';
import { openAll, openVisit, sealerOf } from './codec';
import type { GhiDanhDB } from './database';
import { rosterMemory } from './rosterMemory';
import type { OutboxStatus, RosterEntry, VisitRow } from './rows';
import { getMeta } from './syncMeta';

// Reads for the roster screens. The list searches in memory (features/roster/search), so it
// needs the whole roster once, slimmed to what a row and the search keys use, and a live feed
// that re-reads it when the roster changes. Both come from the roster opened in memory at unlock
// (rosterMemory.ts): IndexedDB holds it sealed.

/** A roster entry as the list and its search index use it; status as this device knows it. */
export type RosterListItem = Pick<
  Beneficiary,
  'id' | 'fullName' | 'dateOfBirth' | 'communeCode' | 'village' | 'idNumber' | 'phone' | 'category'
> & { status: BeneficiaryStatus };

function toListItem(row: RosterEntry): RosterListItem {
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
  return (await rosterMemory(db)).sorted.map((row) => toListItem(row.entry));
}

/** Calls `onItems` with the whole roster now and after every change to it; returns unsubscribe. */
export function watchRosterItems(
  db: GhiDanhDB,
  onItems: (items: RosterListItem[]) => void,
  onError: (error: unknown) => void,
): () => void {
  // Not a live query: opening rows awaits Web Crypto. Dexie's storage event tells of every change
  // to the roster table, in this tab or another; changes in a burst are read once.
  let stopped = false;
  let reading = false;
  let again = false;
  const read = async () => {
    if (reading) {
      again = true;
      return;
    }
    reading = true;
    do {
      again = false;
      try {
        const items = await listRosterItems(db);
        if (!stopped) onItems(items);
      } catch (error) {
        if (!stopped) onError(error);
      }
    } while (again && !stopped);
    reading = false;
  };
  const prefix = `idb://${db.name}/roster/`;
  const listener = (parts: Record<string, unknown>) => {
    if (Object.keys(parts).some((k) => k.startsWith(prefix))) void read();
  };
  Dexie.on('storagemutated', listener);
  void read();
  return () => {
    stopped = true;
    Dexie.on('storagemutated').unsubscribe(listener);
  };
}

/** Beneficiaries with a visit that has not reached the server (queued, being sent or rejected). */
export async function unsyncedBeneficiaryIds(db: GhiDanhDB): Promise<Set<string>> {
  const entries = await db.outbox.toArray();
  // The payload is sealed; a visit entry's visit row holds the beneficiary id in clear.
  const visitIds = entries.flatMap((e) => (e.type === 'visit.create' ? [e.visitId] : []));
  const visits = await db.visits.bulkGet(visitIds);
  return new Set(visits.flatMap((v) => (v ? [v.beneficiaryId] : [])));
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
  const read = await db.transaction('r', db.visits, db.outbox, db.syncMeta, async () => {
    const stored = await db.visits.where('beneficiaryId').equals(beneficiaryId).toArray();
    const outbox = await db.outbox
      .where('visitId')
      .anyOf(stored.map((v) => v.id))
      .toArray();
    return { stored, outbox, deviceId: await getMeta(db, 'deviceId') };
  });
  {
    const { outbox, deviceId } = read;
    const visits = await openAll(read.stored, (v) => openVisit(sealerOf(db), v));
    const queued = new Map(
      outbox.flatMap((e) => (e.type === 'visit.create' ? [[e.visitId, e.status] as const] : [])),
    );
    const superseded = new Set(visits.map((v) => v.supersedesVisitId));
    return visits
      .sort((a, b) => b.visitedAt.localeCompare(a.visitedAt) || b.id.localeCompare(a.id))
      .map((visit) => ({
        visit,
        sync: queued.get(visit.id) ?? 'synced',
        ownDevice: visit.deviceId === deviceId,
        superseded: superseded.has(visit.id),
      }));
  }
}
