import type { Beneficiary } from '../schemas/beneficiary';
import { IMPORT_ENTRY_FIELDS, type ImportEntry } from './importRow';
import { idKey, nameKey } from './matching';

// What committing a file would do to the roster, computed from the file's rows and the entries
// now on the roster in the communes the file covers. Pure: the server computes the report and,
// in the commit's transaction, the changes it writes with this one function.

export interface StagedRow {
  row: number;
  entry: ImportEntry;
}

export interface HeldKey {
  row: number;
  key: string;
}

export interface FieldChange {
  field: keyof ImportEntry;
  before: string | number | null;
  after: string | number | null;
}

export interface RosterDiff {
  /** Communes with at least one accepted row: only there can entries be removed. */
  communes: string[];
  added: StagedRow[];
  changed: { row: number; before: Beneficiary; entry: ImportEntry; fields: FieldChange[] }[];
  unchanged: number;
  /** Entries on the roster whose row in the file was rejected: left as they are. */
  held: number;
  removed: Beneficiary[];
  /** Rows describing the same person as an earlier row (or the same roster entry). */
  duplicates: { row: number; otherRow: number }[];
}

export function diffRoster(
  existing: readonly Beneficiary[],
  rows: readonly StagedRow[],
  heldKeys: readonly HeldKey[] = [],
): RosterDiff {
  const communes = [...new Set(rows.map((r) => r.entry.communeCode))].sort();
  const covered = new Set(communes);
  const current = existing.filter((b) => covered.has(b.communeCode));
  const byId = new Map<string, Beneficiary>();
  const byName = new Map<string, Beneficiary[]>();
  for (const b of current) {
    const k = idKey(b);
    if (k !== null) byId.set(k, b);
    const n = nameKey(b);
    byName.set(n, [...(byName.get(n) ?? []), b]);
  }

  const seen = new Map<string, number>();
  const matchedBy = new Map<string, number>();
  const diff: RosterDiff = {
    communes,
    added: [],
    changed: [],
    unchanged: 0,
    held: 0,
    removed: [],
    duplicates: [],
  };

  for (const staged of [...rows].sort((a, b) => a.row - b.row)) {
    const { entry } = staged;
    const ownKey = idKey(entry) ?? nameKey(entry);
    const earlier = seen.get(ownKey);
    if (earlier !== undefined) {
      diff.duplicates.push({ row: staged.row, otherRow: earlier });
      continue;
    }
    const match = findMatch(entry, byId, byName, matchedBy);
    if (match && matchedBy.has(match.id)) {
      diff.duplicates.push({ row: staged.row, otherRow: matchedBy.get(match.id)! });
      continue;
    }
    seen.set(ownKey, staged.row);
    if (!match) {
      diff.added.push(staged);
      continue;
    }
    matchedBy.set(match.id, staged.row);
    const fields = changedFields(match, entry);
    if (fields.length === 0) diff.unchanged++;
    else diff.changed.push({ row: staged.row, before: match, entry, fields });
  }

  for (const { row, key } of heldKeys) {
    const match = byId.get(key) ?? byName.get(key)?.find((b) => !matchedBy.has(b.id));
    if (match && !matchedBy.has(match.id)) {
      matchedBy.set(match.id, row);
      diff.held++;
    }
  }
  diff.removed = current.filter((b) => !matchedBy.has(b.id));
  return diff;
}

function findMatch(
  entry: ImportEntry,
  byId: ReadonlyMap<string, Beneficiary>,
  byName: ReadonlyMap<string, Beneficiary[]>,
  matchedBy: ReadonlyMap<string, number>,
): Beneficiary | undefined {
  const k = idKey(entry);
  const exact = k === null ? undefined : byId.get(k);
  if (exact) return exact;
  const candidates = byName.get(nameKey(entry)) ?? [];
  // With an ID number on both sides, a different number means a different person.
  const fitting = candidates.filter((b) => entry.idNumber === null || b.idNumber === null);
  return fitting.find((b) => !matchedBy.has(b.id)) ?? fitting[0];
}

function changedFields(before: Beneficiary, entry: ImportEntry): FieldChange[] {
  return IMPORT_ENTRY_FIELDS.filter((f) => before[f] !== entry[f]).map((field) => ({
    field,
    before: before[field],
    after: entry[field],
  }));
}

/** The roster entries a commit writes: new ones get a fresh id and start "not visited". */
export function upsertsOf(diff: RosterDiff, newId: () => string, now: string): Beneficiary[] {
  return [
    ...diff.added.map((r) => ({
      id: newId(),
      ...r.entry,
      status: 'not_visited' as const,
      updatedAt: now,
    })),
    ...diff.changed.map((c) => ({ ...c.before, ...c.entry, updatedAt: now })),
  ];
}
