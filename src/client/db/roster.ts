import Dexie, { type Collection } from 'dexie';
import { deriveEnrolmentState } from '../../shared/enrolment';
import {
  beneficiarySchema,
  issuesOf,
  type Beneficiary,
  type BeneficiaryCategory,
  type BeneficiaryStatus,
  type Issue,
} from '../../shared/schemas';
import type { GhiDanhDB } from './database';
import { ValidationError, withStorageErrors } from './errors';
import { matchesQuery, queryWords, rosterSearchFields } from './rosterKeys';
import type { RosterEntry, RosterRow, VisitRow } from './rows';

// The commune's roster on this device: replaced or updated from the office's list, searched
// accent-insensitively, paged for a virtualised list.

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

/** A roster row with its search keys and the state this device's visits give it. */
export function toRosterRow(b: Beneficiary, visits: readonly VisitRow[]): RosterRow {
  const state = deriveEnrolmentState(b, visits);
  return {
    ...b,
    currentStatus: state.status,
    needsReview: state.needsReview,
    ...rosterSearchFields(b),
  };
}

function toEntry(row: RosterRow): RosterEntry {
  const { searchKey: _k, searchWords: _w, sortKey: _s, ...entry } = row;
  return entry;
}

async function visitsByBeneficiary(db: GhiDanhDB, ids: readonly string[]) {
  const visits = await db.visits.where('beneficiaryId').anyOf(ids).toArray();
  const map = new Map<string, VisitRow[]>();
  for (const v of visits) map.set(v.beneficiaryId, [...(map.get(v.beneficiaryId) ?? []), v]);
  return map;
}

async function writeRows(db: GhiDanhDB, beneficiaries: readonly Beneficiary[]) {
  const visits = await visitsByBeneficiary(
    db,
    beneficiaries.map((b) => b.id),
  );
  // A withdrawal mark outlives the office's updates of the entry.
  const before = await db.roster.bulkGet(beneficiaries.map((b) => b.id));
  await db.roster.bulkPut(
    beneficiaries.map((b, i) => {
      const row = toRosterRow(b, visits.get(b.id) ?? []);
      const withdrawn = before[i]?.consentWithdrawnAt;
      return withdrawn ? { ...row, consentWithdrawnAt: withdrawn } : row;
    }),
  );
}

/** Replaces the whole roster (a new list from the office). Visits on the device are kept. */
export async function replaceRoster(db: GhiDanhDB, input: readonly unknown[]): Promise<number> {
  const beneficiaries = validateAll(input);
  await withStorageErrors(() =>
    db.transaction('rw', db.roster, db.visits, async () => {
      await db.roster.clear();
      await writeRows(db, beneficiaries);
    }),
  );
  return beneficiaries.length;
}

/** Adds or updates entries (the office's increases and adjustments). */
export async function upsertBeneficiaries(
  db: GhiDanhDB,
  input: readonly unknown[],
): Promise<number> {
  const beneficiaries = validateAll(input);
  await withStorageErrors(() =>
    db.transaction('rw', db.roster, db.visits, () => writeRows(db, beneficiaries)),
  );
  return beneficiaries.length;
}

/** Recomputes one entry's derived state; call inside a transaction over roster and visits. */
export async function refreshDerivedState(db: GhiDanhDB, beneficiaryId: string): Promise<void> {
  const row = await db.roster.get(beneficiaryId);
  if (!row) return;
  const visits = await db.visits.where('beneficiaryId').equals(beneficiaryId).toArray();
  const state = deriveEnrolmentState(row, visits);
  await db.roster.update(beneficiaryId, {
    currentStatus: state.status,
    needsReview: state.needsReview,
  });
}

export async function getBeneficiary(db: GhiDanhDB, id: string): Promise<RosterEntry | undefined> {
  const row = await db.roster.get(id);
  return row && toEntry(row);
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
  const keep = (row: RosterRow) =>
    (filters.communeCode === undefined || row.communeCode === filters.communeCode) &&
    (filters.status === undefined || row.currentStatus === filters.status) &&
    (filters.category === undefined || row.category === filters.category) &&
    (filters.needsReview === undefined || row.needsReview === filters.needsReview) &&
    matchesQuery(row.searchKey, words);

  return db.transaction('r', db.roster, async () => {
    if (words.length > 0) {
      // The longest word narrows the index range most; the rest are checked on each candidate.
      const longest = words.reduce((a, b) => (b.length > a.length ? b : a));
      const hits = await db.roster
        .where('searchWords')
        .startsWith(longest)
        .distinct()
        .filter(keep)
        .toArray();
      hits.sort((a, b) => (a.sortKey < b.sortKey ? -1 : a.sortKey > b.sortKey ? 1 : 0));
      return { total: hits.length, rows: hits.slice(offset, offset + limit).map(toEntry) };
    }
    const ordered: Collection<RosterRow, string> =
      filters.communeCode === undefined
        ? db.roster.orderBy('sortKey')
        : db.roster
            .where('[communeCode+sortKey]')
            .between([filters.communeCode, Dexie.minKey], [filters.communeCode, Dexie.maxKey]);
    const onlyIndexed =
      filters.status === undefined &&
      filters.category === undefined &&
      filters.needsReview === undefined;
    const matching = () => (onlyIndexed ? ordered.clone() : ordered.clone().filter(keep));
    const [total, rows] = await Promise.all([
      matching().count(),
      matching().offset(offset).limit(limit).toArray(),
    ]);
    return { total, rows: rows.map(toEntry) };
  });
}
