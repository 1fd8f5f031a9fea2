import { openGhiDanhDB, type GhiDanhDB } from './database';

// The app's one connection to the device database, opened on first use and shared by every
// screen. Tests close it after each test, so the next one opens a fresh fake-indexeddb.

let opening: Promise<GhiDanhDB> | null = null;

export function appDatabase(): Promise<GhiDanhDB> {
  opening ??= openGhiDanhDB().catch((error: unknown) => {
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
