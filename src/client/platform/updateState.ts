import { createStore, useStore } from './externalStore';

/** none → available (a new version waits) → activating (the user agreed; reload follows). */
export type UpdateState = 'none' | 'available' | 'activating';

export const updateState = createStore<UpdateState>('none');

export function useUpdateState(): UpdateState {
  return useStore(updateState);
}
