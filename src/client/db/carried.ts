import type { BackupFile } from '../../shared/schemas';
import { openAll, openCarried, sealCarried, sealerOf } from './codec';
import type { GhiDanhDB } from './database';
import { withStorageErrors } from './errors';
import type { CarriedRow } from './rows';

// Backups carried from another device. They are kept whole (visits, photos), sealed like this
// device's own records, until the server confirms it holds them; mutation ids make the
// server's import idempotent.

export function carriedId(file: Pick<BackupFile, 'deviceId' | 'exportedAt'>): string {
  return `${file.deviceId}:${file.exportedAt}`;
}

/** Stores a validated backup; false when this very file was imported before. */
export async function addCarriedBackup(
  db: GhiDanhDB,
  file: BackupFile,
  now = new Date(),
): Promise<boolean> {
  const stored = await sealCarried(sealerOf(db), {
    id: carriedId(file),
    importedAt: now.toISOString(),
    mutationCount: file.mutations.length,
    file,
  });
  return withStorageErrors(() =>
    db.transaction('rw', db.carried, async () => {
      if (await db.carried.get(stored.id)) return false;
      await db.carried.add(stored);
      return true;
    }),
  );
}

export async function listCarriedBackups(db: GhiDanhDB): Promise<CarriedRow[]> {
  const stored = await db.carried.orderBy('importedAt').toArray();
  return openAll(stored, (row) => openCarried(sealerOf(db), row));
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
