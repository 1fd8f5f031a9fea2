import { useLiveQuery } from 'dexie-react-hooks';
import { oldestPending, pendingCount } from '../db';
import { appDatabase } from '../db/appDatabase';
import { carriedMutationCount } from '../db/carried';

export interface PendingSummary {
  /** Records waiting for the server: this device's outbox plus backups carried for others. */
  count: number;
  /** ISO time the oldest waiting record of this device was made, or null when nothing waits. */
  oldestAt: string | null;
}

/** Records still waiting for the server on this device; updates live as the outbox changes. */
export function usePendingSummary(): PendingSummary | undefined {
  return useLiveQuery(async () => {
    const db = await appDatabase();
    const [own, carried, oldestAt] = await Promise.all([
      pendingCount(db),
      carriedMutationCount(db),
      oldestPending(db),
    ]);
    return { count: own + carried, oldestAt };
  }, []);
}
