import Dexie from 'dexie';
import { DEFAULT_DB_NAME, openGhiDanhDB, type GhiDanhDB } from './database';
import { LockedError } from './seal/sealer';

// The app's one connection to the device database, opened on first use and shared by every
// screen. Once someone signs in it is their own database (`ghidanh-<user id>`, chosen by
// selectAppDatabase) with their data key, held here in memory only while the app is unlocked;
// locking closes the connection and forgets the key. Tests close it after each test, so the
// next one opens a fresh fake-indexeddb.

let opening: Promise<GhiDanhDB> | null = null;
let name = DEFAULT_DB_NAME;
let dataKey: CryptoKey | null = null;

export function appDatabase(): Promise<GhiDanhDB> {
  const key = dataKey;
  if (!key) return Promise.reject(new LockedError());
  opening ??= openOutsideQueries(name, key).catch((error: unknown) => {
    opening = null; // let a later call try again (e.g. after the user frees space)
    throw error;
  });
  return opening;
}

/**
 * Opening may write (the key check, sealing records from before version 5); the first caller
 * may be a live query, where Dexie refuses writes. A timer callback runs outside its context.
 */
function openOutsideQueries(dbName: string, key: CryptoKey): Promise<GhiDanhDB> {
  return new Promise((resolve, reject) => {
    setTimeout(() => openGhiDanhDB(dbName, key).then(resolve, reject), 0);
  });
}

export async function closeAppDatabase(): Promise<void> {
  const current = opening;
  opening = null;
  if (current) (await current.catch(() => null))?.close();
}

/** The name appDatabase() opens. */
export function appDatabaseName(): string {
  return name;
}

/**
 * Makes appDatabase() open `next` with this data key from now on (closing another one that was
 * open). A null key locks: nothing can be read until a key is given again.
 */
export async function selectAppDatabase(next: string, key: CryptoKey | null): Promise<void> {
  if (next === name && key === dataKey) return;
  await closeAppDatabase();
  name = next;
  dataKey = key;
}

/** Locks: closes the database and forgets the data key (the PIN or a login opens it again). */
export async function lockAppDatabase(): Promise<void> {
  dataKey = null;
  await closeAppDatabase();
}

/** Erases a database and everything in it (a revoked device); closes it first if it is open. */
export async function deleteDatabase(target: string): Promise<void> {
  if (target === name) await lockAppDatabase();
  // An instance bound to the current factory (Dexie.delete would use the one seen at import).
  await new Dexie(target, {
    indexedDB: globalThis.indexedDB,
    IDBKeyRange: globalThis.IDBKeyRange,
  }).delete();
}
