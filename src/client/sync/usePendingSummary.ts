import { useLiveQuery } from 'dexie-react-hooks';
import { oldestPending, pendingCount } from '../db';
import { appDatabase } from '../db/appDatabase';

export interface PendingSummary {
  count: number;
  /** ISO time the oldest waiting record was made, or null when nothing waits. */
  oldestAt: string | null;
}

/** Records still waiting for the server on this device; updates live as the outbox changes. */
export function usePendingSummary(): PendingSummary | undefined {
  return useLiveQuery(async () => {
    const db = await appDatabase();
    const [count, oldestAt] = await Promise.all([pendingCount(db), oldestPending(db)]);
    return { count, oldestAt };
  }, []);
}
