import { liveQuery } from 'dexie';
import type { GhiDanhDB } from './database';

// Lets the sync engine hear, in any tab, that a visit was queued or a rejected one corrected,
// without polling: Dexie's live queries see writes from this tab and from the others.

/** Calls `onCount` with the number of entries waiting to be sent, now and after every change. */
export function watchPendingOutbox(db: GhiDanhDB, onCount: (pending: number) => void): () => void {
  const subscription = liveQuery(() =>
    db.outbox.where('status').equals('pending').count(),
  ).subscribe({
    next: onCount,
    error: () => undefined, // a closed database (sign-out) ends the watch; nothing to report
  });
  return () => subscription.unsubscribe();
}
