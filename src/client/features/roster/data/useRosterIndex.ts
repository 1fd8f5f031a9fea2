import { useEffect } from 'react';
import type { GhiDanhDB } from '../../../db';
import { watchRosterItems } from '../../../db/rosterQueries';
import { createStore, useStore } from '../../../platform';
import { buildRosterIndex, type RosterIndex } from '../search/rosterIndex';

// The roster's search index lives outside the component tree: coming back from a beneficiary
// shows the last index at once while the database is read again in the background.

export type RosterState =
  | { phase: 'loading' }
  | { phase: 'ready'; index: RosterIndex }
  | { phase: 'error'; error: unknown };

type Cached = RosterState & { db: GhiDanhDB | null };

const store = createStore<Cached>({ db: null, phase: 'loading' });
let watching: { db: GhiDanhDB; users: number; stop: () => void } | null = null;

function watch(db: GhiDanhDB) {
  if (watching?.db !== db) {
    watching?.stop();
    watching = {
      db,
      users: 0,
      stop: watchRosterItems(
        db,
        (items) => store.set({ db, phase: 'ready', index: buildRosterIndex(items) }),
        (error) => store.set({ db, phase: 'error', error }),
      ),
    };
  }
  const mine = watching;
  mine.users++;
  return () => {
    if (--mine.users > 0 || watching !== mine) return;
    mine.stop();
    watching = null;
  };
}

const LOADING: RosterState = { phase: 'loading' };

/**
 * The roster's index, kept up to date while mounted. `paused` stops reading (e.g. while the demo
 * roster is written batch by batch, when every re-read would be thrown away).
 */
export function useRosterIndex(db: GhiDanhDB, paused = false): RosterState {
  useEffect(() => (paused ? undefined : watch(db)), [db, paused]);
  const state = useStore(store);
  return state.db === db ? state : LOADING;
}
