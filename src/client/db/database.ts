import Dexie, { type Table } from 'dexie';
import { rosterSearchFields } from './rosterKeys';
import type { RosterEntry, SyncMetaRow } from './rows';
import { Sealer } from './seal/sealer';
import { sealLegacyRows } from './sealLegacy';
import type {
  StoredAccount,
  StoredAttachment,
  StoredCarried,
  StoredDraft,
  StoredOutbox,
  StoredRoster,
  StoredVisit,
} from './stored';
import { STORES_V1, STORES_V2, STORES_V3, STORES_V4, STORES_V5 } from './versions';

// The one database on the device. Only the repository functions in this folder touch its
// tables; they seal and open records with the user's data key (codec.ts), so callers see
// plain records and the disk sees ciphertext.

export const DEFAULT_DB_NAME = 'ghidanh';

export class GhiDanhDB extends Dexie {
  roster!: Table<StoredRoster, string>;
  visits!: Table<StoredVisit, string>;
  attachments!: Table<StoredAttachment, string>;
  drafts!: Table<StoredDraft, string>;
  outbox!: Table<StoredOutbox, string>;
  syncMeta!: Table<SyncMetaRow, SyncMetaRow['key']>;
  carried!: Table<StoredCarried, string>;
  accounts!: Table<StoredAccount, [string, string]>;
  /** The data key's sealer while unlocked; null once closed (locked). */
  sealer: Sealer | null = null;
  /** Bumped whenever the roster table changes, in this tab or another (rosterMemory.ts). */
  rosterGeneration = 0;
  private stopWatching: (() => void) | null = null;

  constructor(name: string) {
    // The factory is read when the database is opened, not when Dexie was imported, so each
    // test's fresh fake-indexeddb is used (and a browser's own is, in the app).
    super(name, { indexedDB: globalThis.indexedDB, IDBKeyRange: globalThis.IDBKeyRange });
    this.version(1).stores(STORES_V1);
    this.version(2)
      .stores(STORES_V2)
      .upgrade((tx) =>
        tx
          .table<RosterEntry>('roster')
          .toCollection()
          .modify((row) => {
            Object.assign(row, rosterSearchFields(row));
          }),
      );
    this.version(3).stores(STORES_V3);
    this.version(4).stores(STORES_V4);
    this.version(5)
      .stores(STORES_V5)
      .upgrade((tx) =>
        tx
          .table('roster')
          .toCollection()
          .modify((row: Record<string, unknown>) => {
            delete row.searchKey;
            delete row.searchWords;
            delete row.sortKey;
          }),
      );
  }

  /** Starts counting roster changes (this tab's and, through Dexie, other tabs'). */
  watchRoster(): void {
    const prefix = `idb://${this.name}/roster/`;
    const listener = (parts: Record<string, unknown>) => {
      if (Object.keys(parts).some((k) => k.startsWith(prefix))) this.rosterGeneration++;
    };
    Dexie.on('storagemutated', listener);
    this.stopWatching = () => Dexie.on('storagemutated').unsubscribe(listener);
  }

  override close(options?: { disableAutoOpen: boolean }): void {
    this.stopWatching?.();
    this.stopWatching = null;
    this.sealer = null;
    super.close(options);
  }
}

/**
 * Opens (creating or upgrading) the user's database with their data key: checks the key is the
 * one its records were sealed with (LockedError otherwise) and seals any record still clear
 * from before version 5. Tests pass a fresh name and a key of their own.
 */
export async function openGhiDanhDB(name: string, dataKey: CryptoKey): Promise<GhiDanhDB> {
  const db = new GhiDanhDB(name);
  await db.open();
  db.sealer = new Sealer(dataKey);
  try {
    await sealLegacyRows(db, db.sealer);
  } catch (error) {
    db.close();
    throw error;
  }
  db.watchRoster();
  return db;
}
