import { useEffect } from 'react';
import type { GhiDanhDB } from '../../../db';
import { watchRosterItems } from '../../../db/rosterQueries';
import { createStore, useStore } from '../../../platform';
import { buildRosterIndex, type RosterIndex } from '../search/rosterIndex';

// The roster's search index lives outside the component tree and stays live once opened: coming
// back from a beneficiary shows it at once, and the database is read again only when the roster
// itself changes (a visit saved, a sync), not on every return to the list.

export type RosterState =
  | { phase: 'loading' }
  | { phase: 'ready'; index: RosterIndex }
  | { phase: 'error'; error: unknown };

type Cached = RosterState & { db: GhiDanhDB | null };

const store = createStore<Cached>({ db: null, phase: 'loading' });
let watching: { db: GhiDanhDB; stop: () => void } | null = null;

function startWatching(db: GhiDanhDB) {
  if (watching?.db === db) return;
  stopWatching();
  watching = {
    db,
    stop: watchRosterItems(
      db,
      (items) => store.set({ db, phase: 'ready', index: buildRosterIndex(items) }),
      (error) => store.set({ db, phase: 'error', error }),
    ),
  };
}

function stopWatching() {
  watching?.stop();
  watching = null;
}

const LOADING: RosterState = { phase: 'loading' };

/**
 * The roster's index, kept up to date. `paused` stops reading (while the demo roster is written
 * batch by batch, when every re-read would be thrown away); the last index stays available.
 */
export function useRosterIndex(db: GhiDanhDB, paused = false): RosterState {
  useEffect(() => (paused ? stopWatching() : startWatching(db)), [db, paused]);
  const state = useStore(store);
  return state.db === db ? state : LOADING;
}
