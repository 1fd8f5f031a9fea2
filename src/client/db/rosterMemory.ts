import { openRoster, sealerOf } from './codec';
import type { GhiDanhDB } from './database';
import { rosterSearchFields } from './rosterKeys';
import type { RosterEntry, RosterSearchFields } from './rows';
import { sealStamp } from './seal/sealer';
import type { StoredRoster } from './stored';

// The roster in memory, opened once at unlock: IndexedDB holds it sealed, so names, ID numbers
// and phones cannot be indexed there. Search and paging run on these arrays (a keystroke is a
// scan of compact strings); after a change to the roster table — in this tab or another — the
// next read re-reads the table and opens only the rows whose seal changed.

export interface MemoryRow extends RosterSearchFields {
  entry: RosterEntry;
  stamp: string;
}

interface Memory {
  generation: number;
  byId: Map<string, MemoryRow>;
  /** In Vietnamese name order (sortKey, then id). */
  sorted: MemoryRow[];
}

const memories = new WeakMap<GhiDanhDB, Promise<Memory>>();

function compareRows(a: MemoryRow, b: MemoryRow): number {
  if (a.sortKey !== b.sortKey) return a.sortKey < b.sortKey ? -1 : 1;
  return a.entry.id < b.entry.id ? -1 : a.entry.id > b.entry.id ? 1 : 0;
}

async function toMemoryRow(db: GhiDanhDB, row: StoredRoster): Promise<MemoryRow> {
  const entry = await openRoster(sealerOf(db), row);
  return { entry, stamp: sealStamp(row.sealed), ...rosterSearchFields(entry) };
}

async function load(db: GhiDanhDB, previous: Memory | null): Promise<Memory> {
  const generation = db.rosterGeneration;
  const stored = await db.roster.toArray();
  const byId = new Map<string, MemoryRow>();
  const toOpen: StoredRoster[] = [];
  for (const row of stored) {
    const known = previous?.byId.get(row.id);
    if (known && known.stamp === sealStamp(row.sealed)) {
      // Derived state and the withdrawal mark live in clear fields: updated without a new seal.
      if (
        known.entry.currentStatus !== row.currentStatus ||
        known.entry.needsReview !== row.needsReview ||
        known.entry.consentWithdrawnAt !== row.consentWithdrawnAt
      ) {
        const { consentWithdrawnAt: _was, ...entry } = known.entry;
        known.entry = {
          ...entry,
          currentStatus: row.currentStatus,
          needsReview: row.needsReview,
          ...(row.consentWithdrawnAt ? { consentWithdrawnAt: row.consentWithdrawnAt } : {}),
        };
      }
      byId.set(row.id, known);
    } else toOpen.push(row);
  }
  for (const row of await Promise.all(toOpen.map((r) => toMemoryRow(db, r)))) {
    byId.set(row.entry.id, row);
  }
  return { generation, byId, sorted: [...byId.values()].sort(compareRows) };
}

/** The roster, opened and in name order; re-read only when the table changed since. */
export async function rosterMemory(db: GhiDanhDB): Promise<Memory> {
  const cached = memories.get(db);
  if (cached) {
    const memory = await cached.catch(() => null);
    if (memory && memory.generation === db.rosterGeneration) return memory;
    if (memories.get(db) !== cached) return rosterMemory(db); // another call is refreshing
    const next = load(db, memory);
    memories.set(db, next);
    return next;
  }
  const first = load(db, null);
  memories.set(db, first);
  return first;
}
