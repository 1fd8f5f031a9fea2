import { deriveEnrolmentState } from '../../shared/enrolment';
import {
  beneficiarySchema,
  issuesOf,
  type Beneficiary,
  type BeneficiaryCategory,
  type BeneficiaryStatus,
  type Issue,
} from '../../shared/schemas';
import { openAll, openRoster, openVisit, patchRow, sealerOf, sealRoster } from './codec';
import type { GhiDanhDB } from './database';
import { ValidationError, withStorageErrors } from './errors';
import { matchesQuery, queryWords } from './rosterKeys';
import { rosterMemory, type MemoryRow } from './rosterMemory';
import type { RosterEntry, VisitRow } from './rows';
import type { StoredRoster } from './stored';

// The commune's roster on this device: replaced or updated from the office's list, searched
// accent-insensitively (in memory: the table is sealed), paged for a virtualised list.

const MAX_REPORTED_ISSUES = 50;

/** Validates every entry first: one bad row rejects the whole batch and nothing is written. */
function validateAll(input: readonly unknown[]): Beneficiary[] {
  const rows: Beneficiary[] = [];
  const issues: Issue[] = [];
  input.forEach((item, index) => {
    const result = beneficiarySchema.safeParse(item);
    if (result.success) rows.push(result.data);
    else {
      for (const i of issuesOf(result.error)) {
        issues.push({ path: i.path ? `${index}.${i.path}` : String(index), key: i.key });
      }
    }
  });
  if (issues.length > 0) throw new ValidationError(issues.slice(0, MAX_REPORTED_ISSUES));
  return rows;
}

/** A roster entry with the state this device's visits give it. */
export function toRosterEntry(b: Beneficiary, visits: readonly VisitRow[]): RosterEntry {
  const state = deriveEnrolmentState(b, visits);
  return { ...b, currentStatus: state.status, needsReview: state.needsReview };
}

/** This device's visits to these people, opened. Read outside any write transaction. */
async function visitsByBeneficiary(db: GhiDanhDB, ids: readonly string[]) {
  const stored = await db.visits.where('beneficiaryId').anyOf(ids).toArray();
  const visits = await openAll(stored, (v) => openVisit(sealerOf(db), v));
  const map = new Map<string, VisitRow[]>();
  for (const v of visits) map.set(v.beneficiaryId, [...(map.get(v.beneficiaryId) ?? []), v]);
  return map;
}

/** Sealed rows for these entries, their state derived from the visits on the device now. */
export async function sealedRosterRows(
  db: GhiDanhDB,
  beneficiaries: readonly Beneficiary[],
  extraVisits: readonly VisitRow[] = [],
): Promise<StoredRoster[]> {
  const visits = await visitsByBeneficiary(
    db,
    beneficiaries.map((b) => b.id),
  );
  for (const v of extraVisits) {
    const known = visits.get(v.beneficiaryId) ?? [];
    if (!known.some((k) => k.id === v.id)) visits.set(v.beneficiaryId, [...known, v]);
  }
  const sealer = sealerOf(db);
  return Promise.all(
    beneficiaries.map((b) => sealRoster(sealer, toRosterEntry(b, visits.get(b.id) ?? []))),
  );
}

/**
 * Writes sealed roster rows (call inside a transaction over the roster). A withdrawal mark
 * outlives the office's updates of the entry: it is a clear field, carried over from the row
 * stored now. `replace` clears the table first (the marks are read before).
 */
export async function putRosterRows(
  db: GhiDanhDB,
  rows: readonly StoredRoster[],
  replace = false,
): Promise<void> {
  const before = await db.roster.bulkGet(rows.map((r) => r.id));
  if (replace) await db.roster.clear();
  await db.roster.bulkPut(
    rows.map((row, i) => {
      const withdrawn = before[i]?.consentWithdrawnAt;
      return withdrawn ? { ...row, consentWithdrawnAt: withdrawn } : row;
    }),
  );
}

/** Replaces the whole roster (a new list from the office). Visits on the device are kept. */
export async function replaceRoster(db: GhiDanhDB, input: readonly unknown[]): Promise<number> {
  const beneficiaries = validateAll(input);
  const rows = await sealedRosterRows(db, beneficiaries);
  await withStorageErrors(() =>
    db.transaction('rw', db.roster, () => putRosterRows(db, rows, true)),
  );
  db.rosterGeneration++;
  return beneficiaries.length;
}

/** Adds or updates entries (the office's increases and adjustments). */
export async function upsertBeneficiaries(
  db: GhiDanhDB,
  input: readonly unknown[],
): Promise<number> {
  const beneficiaries = validateAll(input);
  const rows = await sealedRosterRows(db, beneficiaries);
  await withStorageErrors(() => db.transaction('rw', db.roster, () => putRosterRows(db, rows)));
  db.rosterGeneration++;
  return beneficiaries.length;
}

/**
 * Recomputes one entry's derived state from the roster and the visits on the device. The state
 * is kept in clear fields, so no seal is rewritten; `visits` are the entry's visits if the
 * caller has them opened already.
 */
export async function refreshDerivedState(
  db: GhiDanhDB,
  beneficiaryId: string,
  visits?: readonly VisitRow[],
): Promise<void> {
  const stored = await db.roster.get(beneficiaryId);
  if (!stored) return;
  const entry = await openRoster(sealerOf(db), stored);
  const all = visits ?? (await visitsByBeneficiary(db, [beneficiaryId])).get(beneficiaryId) ?? [];
  const state = deriveEnrolmentState(entry, all);
  if (state.status === stored.currentStatus && state.needsReview === stored.needsReview) return;
  await withStorageErrors(() =>
    db.transaction('rw', db.roster, () =>
      patchRow(db.roster, beneficiaryId, {
        currentStatus: state.status,
        needsReview: state.needsReview,
      }),
    ),
  );
  db.rosterGeneration++;
}

/**
 * The derived state an entry will have once `visit` is stored (added or replacing its earlier
 * version); null when the entry is not on the roster. Computed before a write transaction
 * (opening needs Web Crypto), written inside it with the record.
 */
export async function stateWithVisit(
  db: GhiDanhDB,
  visit: VisitRow,
): Promise<Pick<RosterEntry, 'currentStatus' | 'needsReview'> | null> {
  const stored = await db.roster.get(visit.beneficiaryId);
  if (!stored) return null;
  const entry = await openRoster(sealerOf(db), stored);
  const others = (await visitsByBeneficiary(db, [visit.beneficiaryId])).get(visit.beneficiaryId);
  const state = deriveEnrolmentState(entry, [
    ...(others ?? []).filter((v) => v.id !== visit.id),
    visit,
  ]);
  return { currentStatus: state.status, needsReview: state.needsReview };
}

export async function getBeneficiary(db: GhiDanhDB, id: string): Promise<RosterEntry | undefined> {
  const row = await db.roster.get(id);
  return row && openRoster(sealerOf(db), row);
}

export function countRoster(db: GhiDanhDB): Promise<number> {
  return db.roster.count();
}

export interface RosterFilters {
  /** Words that must each start a word of the name, village, ID number or phone; any accents. */
  query?: string;
  communeCode?: string;
  status?: BeneficiaryStatus;
  category?: BeneficiaryCategory;
  needsReview?: boolean;
}

export interface RosterPage {
  /** 1 to 500 rows; default 50. */
  limit?: number;
  offset?: number;
}

export interface RosterSearchResult {
  /** How many entries match in all (for the list's scroll height). */
  total: number;
  rows: RosterEntry[];
}

export const MAX_PAGE_SIZE = 500;

/** One page of matching entries in Vietnamese name order, and the total count. */
export async function searchRoster(
  db: GhiDanhDB,
  filters: RosterFilters = {},
  page: RosterPage = {},
): Promise<RosterSearchResult> {
  const limit = Math.min(Math.max(Math.trunc(page.limit ?? 50), 1), MAX_PAGE_SIZE);
  const offset = Math.max(Math.trunc(page.offset ?? 0), 0);
  const words = queryWords(filters.query ?? '');
  const keep = ({ entry, searchKey }: MemoryRow) =>
    (filters.communeCode === undefined || entry.communeCode === filters.communeCode) &&
    (filters.status === undefined || entry.currentStatus === filters.status) &&
    (filters.category === undefined || entry.category === filters.category) &&
    (filters.needsReview === undefined || entry.needsReview === filters.needsReview) &&
    matchesQuery(searchKey, words);
  const { sorted } = await rosterMemory(db);
  const hits = sorted.filter(keep);
  return { total: hits.length, rows: hits.slice(offset, offset + limit).map((r) => r.entry) };
}

/** Opens the whole roster into memory (at unlock), so the first search is as quick as the rest. */
export async function openRosterIndex(db: GhiDanhDB): Promise<number> {
  return (await rosterMemory(db)).sorted.length;
}
