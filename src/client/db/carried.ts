import type { BackupFile } from '../../shared/schemas';
import type { GhiDanhDB } from './database';
import { withStorageErrors } from './errors';
import type { CarriedRow } from './rows';

// Backups carried from another device. They are kept whole (visits, photos) until the server
// confirms it holds them; mutation ids make the server's import idempotent.

export function carriedId(file: Pick<BackupFile, 'deviceId' | 'exportedAt'>): string {
  return `${file.deviceId}:${file.exportedAt}`;
}

/** Stores a validated backup; false when this very file was imported before. */
export function addCarriedBackup(
  db: GhiDanhDB,
  file: BackupFile,
  now = new Date(),
): Promise<boolean> {
  return withStorageErrors(() =>
    db.transaction('rw', db.carried, async () => {
      const id = carriedId(file);
      if (await db.carried.get(id)) return false;
      await db.carried.add({
        id,
        importedAt: now.toISOString(),
        mutationCount: file.mutations.length,
        file,
      });
      return true;
    }),
  );
}

export function listCarriedBackups(db: GhiDanhDB): Promise<CarriedRow[]> {
  return db.carried.orderBy('importedAt').toArray();
}

/** Records waiting in carried backups (they count as waiting to sync on this device). */
export async function carriedMutationCount(db: GhiDanhDB): Promise<number> {
  let total = 0;
  await db.carried.each((row) => {
    total += row.mutationCount;
  });
  return total;
}

/** Called once the server has confirmed every mutation of the backup. */
export function removeCarriedBackup(db: GhiDanhDB, id: string): Promise<void> {
  return withStorageErrors(() => db.carried.delete(id));
}
