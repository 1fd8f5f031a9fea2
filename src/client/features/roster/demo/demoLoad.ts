import type { GhiDanhDB } from '../../../db';
import { loadDemoRoster } from '../../../db/demoRoster';
import { createStore } from '../../../platform';

// Loading the demo roster outlives the screen that started it: the roster screen keeps showing
// the progress until the last batch is stored, instead of flashing a half-filled list.

export type DemoLoadState =
  | { phase: 'idle' }
  | { phase: 'loading'; done: number; total: number }
  /** Stored; the roster screen shows the list once it has read all `count` back. */
  | { phase: 'loaded'; count: number }
  | { phase: 'failed' };

export const demoLoadState = createStore<DemoLoadState>({ phase: 'idle' });

export async function startDemoLoad(db: GhiDanhDB, size: number): Promise<void> {
  if (demoLoadState.get().phase === 'loading') return;
  demoLoadState.set({ phase: 'loading', done: 0, total: size });
  try {
    const count = await loadDemoRoster(db, {
      size,
      onProgress: (done, total) => demoLoadState.set({ phase: 'loading', done, total }),
    });
    demoLoadState.set({ phase: 'loaded', count });
  } catch {
    demoLoadState.set({ phase: 'failed' });
  }
}

/** Forget a finished load (its notice has been seen). */
export function acknowledgeDemoLoad(): void {
  if (demoLoadState.get().phase === 'loaded') demoLoadState.set({ phase: 'idle' });
}
