import {
  BENEFICIARY_STATUSES,
  compareVietnamese,
  foldVietnamese,
  yearOf,
  type Beneficiary,
  type BeneficiaryStatus,
} from '../../../../shared';
import { CATEGORY_GROUPS, GROUP_OF, type CategoryGroup } from '../categoryGroups';

// The roster search runs in memory: every search key is folded once when the roster is loaded,
// and each keystroke is a scan over compact arrays (see `npm run bench:roster`). IndexedDB is only
// read when the roster itself changes.

/** What a list row needs; never the category (see categoryGroups.ts). */
export interface RosterEntry {
  id: string;
  fullName: string;
  birthYear: number;
  communeCode: string;
  village: string;
  group: CategoryGroup;
}

/** A village within its commune: names like "Khối 1" repeat from one ward to the next. */
export interface Place {
  /** "communeCode/village": the value of the village filter. */
  key: string;
  communeCode: string;
  village: string;
}

export const placeKey = (communeCode: string, village: string) => `${communeCode}/${village}`;

export const SORT_ORDERS = ['givenName', 'fullName', 'village'] as const;
export type SortOrder = (typeof SORT_ORDERS)[number];

export interface RosterIndex {
  readonly entries: readonly RosterEntry[];
  /**
   * Per entry: " name village year" folded, each word after a space, then "\n" and the ID number
   * and phone. A word of the query must start a word there ("an" finds An, not Hoàng); a number
   * may match anywhere (the last digits of a phone).
   */
  readonly haystacks: readonly string[];
  /** Per entry: position in BENEFICIARY_STATUSES (the status as this device knows it). */
  readonly statusCodes: Uint8Array;
  readonly groupCodes: Uint8Array;
  readonly placeCodes: Uint32Array;
  /** Distinct villages, by commune code and then in Vietnamese order; placeCodes point here. */
  readonly places: readonly Place[];
  /** Entry positions in each sort order, computed on first use. */
  readonly orders: Map<SortOrder, Uint32Array>;
}

export interface RosterQuery {
  text: string;
  status: BeneficiaryStatus | null;
  group: CategoryGroup | null;
  /** A Place key. */
  place: string | null;
  sort: SortOrder;
}

export const EMPTY_QUERY: RosterQuery = {
  text: '',
  status: null,
  group: null,
  place: null,
  sort: 'givenName',
};

export type RosterSource = Pick<
  Beneficiary,
  'id' | 'fullName' | 'dateOfBirth' | 'communeCode' | 'village' | 'idNumber' | 'phone' | 'category'
> & { status: BeneficiaryStatus };

export function buildRosterIndex(rows: readonly RosterSource[]): RosterIndex {
  const places = distinctPlaces(rows);
  const placeCode = new Map(places.map((p, i) => [p.key, i]));
  const foldedVillage = new Map(places.map((p) => [p.village, foldVietnamese(p.village)]));
  const n = rows.length;
  const entries: RosterEntry[] = new Array(n);
  const haystacks: string[] = new Array(n);
  const statusCodes = new Uint8Array(n);
  const groupCodes = new Uint8Array(n);
  const placeCodes = new Uint32Array(n);
  rows.forEach((row, i) => {
    const group = GROUP_OF[row.category];
    const birthYear = yearOf(row.dateOfBirth);
    const { id, fullName, communeCode, village } = row;
    entries[i] = { id, fullName, birthYear, communeCode, village, group };
    haystacks[i] =
      ` ${foldVietnamese(fullName)} ${foldedVillage.get(village)} ${birthYear}\n` +
      `${row.idNumber ?? ''} ${phoneKeys(row.phone)}`;
    statusCodes[i] = BENEFICIARY_STATUSES.indexOf(row.status);
    groupCodes[i] = CATEGORY_GROUPS.indexOf(group);
    placeCodes[i] = placeCode.get(placeKey(communeCode, village))!;
  });
  return { entries, haystacks, statusCodes, groupCodes, placeCodes, places, orders: new Map() };
}

function distinctPlaces(rows: readonly RosterSource[]): Place[] {
  const byKey = new Map<string, Place>();
  for (const { communeCode, village } of rows) {
    const key = placeKey(communeCode, village);
    if (!byKey.has(key)) byKey.set(key, { key, communeCode, village });
  }
  return [...byKey.values()].sort(
    (a, b) =>
      (a.communeCode < b.communeCode ? -1 : a.communeCode > b.communeCode ? 1 : 0) ||
      compareVietnamese(a.village, b.village),
  );
}

/** Both the stored "+84912345678" and the "0912345678" people say and write. */
function phoneKeys(phone: string | null): string {
  if (!phone) return '';
  return phone.startsWith('+84') ? `${phone} 0${phone.slice(3)}` : phone;
}

/** The query's words as searched: a number anywhere, any other word at the start of a word. */
export function searchTokens(text: string): string[] {
  return foldVietnamese(text)
    .split(' ')
    .filter(Boolean)
    .map((word) => (/\d/.test(word) ? word : ` ${word}`));
}

/**
 * Entry positions matching the query, in its sort order. `within` (positions in that order, e.g.
 * the answer to a shorter query) limits the scan. The result may be a shared array: do not modify.
 */
export function searchRoster(
  index: RosterIndex,
  query: RosterQuery,
  within?: Uint32Array,
): Uint32Array {
  const order = within ?? sortOrder(index, query.sort);
  const tokens = searchTokens(query.text);
  const status = query.status === null ? -1 : BENEFICIARY_STATUSES.indexOf(query.status);
  const group = query.group === null ? -1 : CATEGORY_GROUPS.indexOf(query.group);
  const place = query.place === null ? -1 : index.places.findIndex((p) => p.key === query.place);
  if (query.place !== null && place < 0) return new Uint32Array(0);
  if (tokens.length === 0 && status < 0 && group < 0 && place < 0) return order;

  const { haystacks, statusCodes, groupCodes, placeCodes } = index;
  const out = new Uint32Array(order.length);
  let count = 0;
  outer: for (let k = 0; k < order.length; k++) {
    const i = order[k]!;
    if (status >= 0 && statusCodes[i] !== status) continue;
    if (group >= 0 && groupCodes[i] !== group) continue;
    if (place >= 0 && placeCodes[i] !== place) continue;
    const hay = haystacks[i]!;
    for (const token of tokens) if (!hay.includes(token)) continue outer;
    out[count++] = i;
  }
  return out.subarray(0, count);
}

/**
 * Search as the user types: when a query only adds to the previous one (more letters, another
 * word, same filters), its answer is a subset of the previous answer, so only that is scanned.
 */
export function createRosterSearcher(index: RosterIndex): (query: RosterQuery) => Uint32Array {
  let last: { query: RosterQuery; tokens: string[]; result: Uint32Array } | null = null;
  return (query) => {
    const tokens = searchTokens(query.text);
    const narrows =
      last !== null &&
      last.query.sort === query.sort &&
      last.query.status === query.status &&
      last.query.group === query.group &&
      last.query.place === query.place &&
      last.tokens.every((old) => tokens.some((token) => token.startsWith(old)));
    const result = searchRoster(index, query, narrows ? last!.result : undefined);
    last = { query, tokens, result };
    return result;
  };
}

/** Positions sorted for `sort`; built once per index and order. */
export function sortOrder(index: RosterIndex, sort: SortOrder): Uint32Array {
  const cached = index.orders.get(sort);
  if (cached) return cached;
  const order = computeOrder(index, sort);
  index.orders.set(sort, order);
  return order;
}

/**
 * Vietnamese rosters are usually ordered by given name (the last word), then the full name.
 * Distinct strings are ranked once with the vi collator, then positions sort on the ranks.
 */
function computeOrder({ entries, placeCodes }: RosterIndex, sort: SortOrder): Uint32Array {
  const fullRank = rankBy(entries.map((e) => e.fullName));
  const givenRank = rankBy(entries.map((e) => givenName(e.fullName)));
  const primary = sort === 'village' ? placeCodes : sort === 'givenName' ? givenRank : fullRank;
  const secondary = sort === 'village' ? givenRank : fullRank;
  const order = Uint32Array.from(entries.keys());
  return order.sort(
    (a, b) =>
      primary[a]! - primary[b]! ||
      secondary[a]! - secondary[b]! ||
      fullRank[a]! - fullRank[b]! ||
      (entries[a]!.id < entries[b]!.id ? -1 : 1),
  );
}

function givenName(fullName: string): string {
  return fullName.slice(fullName.lastIndexOf(' ') + 1);
}

/** Each value's rank among the distinct values in Vietnamese order. */
function rankBy(values: readonly string[]): Uint32Array {
  const distinct = [...new Set(values)].sort(compareVietnamese);
  const rank = new Map(distinct.map((v, i) => [v, i]));
  return Uint32Array.from(values, (v) => rank.get(v)!);
}
