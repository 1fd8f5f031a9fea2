import Dexie from 'dexie';
import { DEFAULT_DB_NAME, openGhiDanhDB, type GhiDanhDB } from './database';

// The app's one connection to the device database, opened on first use and shared by every
// screen. Once someone signs in it is their own database (`ghidanh-<user id>`, chosen by
// selectAppDatabase); before that, and in tests, the default name. Tests close it after each
// test, so the next one opens a fresh fake-indexeddb.

let opening: Promise<GhiDanhDB> | null = null;
let name = DEFAULT_DB_NAME;

export function appDatabase(): Promise<GhiDanhDB> {
  opening ??= openGhiDanhDB(name).catch((error: unknown) => {
    opening = null; // let a later call try again (e.g. after the user frees space)
    throw error;
  });
  return opening;
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

/** Makes appDatabase() open `next` from now on (closing another one that was open). */
export async function selectAppDatabase(next: string): Promise<void> {
  if (next === name) return;
  await closeAppDatabase();
  name = next;
}

/** Erases a database and everything in it (a revoked device); closes it first if it is open. */
export async function deleteDatabase(target: string): Promise<void> {
  if (target === name) await closeAppDatabase();
  // An instance bound to the current factory (Dexie.delete would use the one seen at import).
  await new Dexie(target, {
    indexedDB: globalThis.indexedDB,
    IDBKeyRange: globalThis.IDBKeyRange,
  }).delete();
}
