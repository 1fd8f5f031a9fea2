import { useLiveQuery } from 'dexie-react-hooks';
import type { Issue } from '../../shared/schemas';
import { getBeneficiary, listOutbox } from '../db';
import { appDatabase } from '../db/appDatabase';

export interface RejectedVisit {
  visitId: string;
  beneficiaryId: string;
  /** Null when the person is no longer on this device's roster. */
  beneficiaryName: string | null;
  visitedAt: string;
  errors: Issue[];
}

/** Visits the server refused, kept on the device for correction; updates live. */
export function useRejectedVisits(): RejectedVisit[] | undefined {
  return useLiveQuery(async () => {
    const db = await appDatabase();
    const rows = (await listOutbox(db, { status: 'rejected', limit: 10_000 })).filter(
      (row) => row.type === 'visit.create',
    );
    return Promise.all(
      rows.map(async (row) => ({
        visitId: row.visitId,
        beneficiaryId: row.payload.beneficiaryId,
        beneficiaryName: (await getBeneficiary(db, row.payload.beneficiaryId))?.fullName ?? null,
        visitedAt: row.payload.visitedAt,
        errors: row.errors ?? [],
      })),
    );
  }, []);
}
