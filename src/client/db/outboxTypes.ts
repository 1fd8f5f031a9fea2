import type { Table } from 'dexie';
import type { MutationType } from '../../shared/schemas';
import type { GhiDanhDB } from './database';
import type { StoredOutboxOf } from './stored';

// What each mutation type does on the device when the server confirms it (applied or duplicate).
// The outbox itself is the same for every type; TypeScript refuses a type missing here.

export interface OutboxTypeRules<T extends MutationType> {
  /** Tables `synced` writes; they join the transaction that settles the server's answer. */
  tables(db: GhiDanhDB): Table[];
  /** The server now holds these entries (they have just left the outbox). */
  synced(db: GhiDanhDB, entries: readonly StoredOutboxOf<T>[], syncedAt: string): Promise<void>;
}

export const OUTBOX_TYPES: { [T in MutationType]: OutboxTypeRules<T> } = {
  'visit.create': {
    tables: (db) => [db.visits],
    async synced(db, entries, syncedAt) {
      const visits = (await db.visits.bulkGet(entries.map((e) => e.visitId))).filter(
        (v) => v !== undefined,
      );
      await db.visits.bulkPut(visits.map((v) => ({ ...v, syncedAt })));
    },
  },
  // The account's state comes back from the server in the pull that follows every push.
  'account.update': { tables: () => [], synced: async () => undefined },
};

/** Every table a settle may write, for its transaction. */
export function settleTables(db: GhiDanhDB): Table[] {
  return [db.outbox, ...Object.values(OUTBOX_TYPES).flatMap((rules) => rules.tables(db))];
}

/** Runs each type's `synced` on its own entries. */
export async function afterSynced(
  db: GhiDanhDB,
  entries: readonly StoredOutboxOf<MutationType>[],
  syncedAt: string,
): Promise<void> {
  // Entries as stored: the rules need clear fields only (a visit's id), nothing sealed.
  const byType = new Map<MutationType, StoredOutboxOf<MutationType>[]>();
  for (const e of entries) byType.set(e.type, [...(byType.get(e.type) ?? []), e]);
  for (const [type, group] of byType) {
    const rules = OUTBOX_TYPES[type] as OutboxTypeRules<MutationType>;
    await rules.synced(db, group, syncedAt);
  }
}
