import Dexie, { type Table } from 'dexie';
import { rosterSearchFields } from './rosterKeys';
import type {
  AccountStateRow,
  AttachmentRow,
  CarriedRow,
  DraftRow,
  OutboxRow,
  RosterRow,
  SyncMetaRow,
  VisitRow,
} from './rows';
import { STORES_V1, STORES_V2, STORES_V3, STORES_V4 } from './versions';

// The one database on the device. Only the repository functions in this folder touch its
// tables, so encryption can later sit under them without any caller changing.

export const DEFAULT_DB_NAME = 'ghidanh';

export class GhiDanhDB extends Dexie {
  roster!: Table<RosterRow, string>;
  visits!: Table<VisitRow, string>;
  attachments!: Table<AttachmentRow, string>;
  drafts!: Table<DraftRow, string>;
  outbox!: Table<OutboxRow, string>;
  syncMeta!: Table<SyncMetaRow, SyncMetaRow['key']>;
  carried!: Table<CarriedRow, string>;
  accounts!: Table<AccountStateRow, [string, string]>;

  constructor(name: string) {
    // The factory is read when the database is opened, not when Dexie was imported, so each
    // test's fresh fake-indexeddb is used (and a browser's own is, in the app).
    super(name, { indexedDB: globalThis.indexedDB, IDBKeyRange: globalThis.IDBKeyRange });
    this.version(1).stores(STORES_V1);
    this.version(2)
      .stores(STORES_V2)
      .upgrade((tx) =>
        tx
          .table<RosterRow>('roster')
          .toCollection()
          .modify((row) => {
            Object.assign(row, rosterSearchFields(row));
          }),
      );
    this.version(3).stores(STORES_V3);
    this.version(4).stores(STORES_V4);
  }
}

/** Opens (creating or upgrading) the database with this name; tests pass a fresh name. */
export async function openGhiDanhDB(name: string = DEFAULT_DB_NAME): Promise<GhiDanhDB> {
  const db = new GhiDanhDB(name);
  await db.open();
  return db;
}
