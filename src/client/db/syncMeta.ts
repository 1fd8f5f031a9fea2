import { newId } from '../../shared/ids';
import type { GhiDanhDB } from './database';
import { withStorageErrors } from './errors';
import type { SyncMeta, SyncMetaKey, SyncMetaRow } from './rows';

// Device-wide values: the device id, the mutation counter, the sync cursor.

export async function getMeta<K extends SyncMetaKey>(
  db: GhiDanhDB,
  key: K,
): Promise<SyncMeta[K] | undefined> {
  const row = (await db.syncMeta.get(key)) as SyncMetaRow<K> | undefined;
  return row?.value;
}

export function setMeta<K extends SyncMetaKey>(
  db: GhiDanhDB,
  key: K,
  value: SyncMeta[K],
): Promise<void> {
  return withStorageErrors(async () => {
    await db.syncMeta.put({ key, value } as SyncMetaRow);
  });
}

/** This device's id (UUIDv7), made the first time it is asked for and never changed. */
export function getDeviceId(db: GhiDanhDB): Promise<string> {
  return withStorageErrors(() =>
    // One read-write transaction, so two callers at once still agree on a single id.
    db.transaction('rw', db.syncMeta, async () => {
      const existing = await getMeta(db, 'deviceId');
      if (existing) return existing;
      const id = newId();
      await db.syncMeta.put({ key: 'deviceId', value: id });
      return id;
    }),
  );
}

/** The next mutation number; call inside the transaction that writes the mutation. */
export async function takeNextSeq(db: GhiDanhDB): Promise<number> {
  const seq = ((await getMeta(db, 'lastSeq')) ?? 0) + 1;
  await db.syncMeta.put({ key: 'lastSeq', value: seq });
  return seq;
}
