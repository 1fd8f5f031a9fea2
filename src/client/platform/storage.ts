export interface StorageStatus {
  persisted: boolean | null; // null: the browser cannot tell
  usage: number | null;
  quota: number | null;
}

/** Storage counts as nearly full from this share of the quota on. */
export const NEARLY_FULL_RATIO = 0.9;

/** Asks the browser not to evict our data under pressure. Returns whether it agreed. */
export async function requestPersistentStorage(): Promise<boolean | null> {
  if (!navigator.storage?.persist) return null;
  try {
    if (await navigator.storage.persisted()) return true;
    return await navigator.storage.persist();
  } catch {
    return null;
  }
}

export async function readStorageStatus(): Promise<StorageStatus> {
  const storage = navigator.storage;
  if (!storage) return { persisted: null, usage: null, quota: null };
  const [persisted, estimate] = await Promise.all([
    storage.persisted ? storage.persisted().catch(() => null) : Promise.resolve(null),
    storage.estimate ? storage.estimate().catch(() => null) : Promise.resolve(null),
  ]);
  return { persisted, usage: estimate?.usage ?? null, quota: estimate?.quota ?? null };
}

export function isNearlyFull(status: StorageStatus): boolean {
  if (status.usage === null || !status.quota) return false;
  return status.usage / status.quota >= NEARLY_FULL_RATIO;
}
