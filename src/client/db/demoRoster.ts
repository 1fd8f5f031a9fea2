import { generateRoster } from '../../shared/demo';
import type { GhiDanhDB } from './database';
import { replaceRoster, upsertBeneficiaries } from './roster';

// Fills an empty device with the synthetic demo roster (made-up people) until the sync server
// provides the commune's real list. Deterministic: every device gets the same people and ids.

export const DEMO_SEED = 2025;
export const DEMO_SIZES = [500, 5_000, 20_000] as const;
export const DEMO_DEFAULT_SIZE = 5_000;
const BATCH = 1_000;

export interface DemoLoadOptions {
  size?: number;
  /** Called after each batch is stored, and once at the start with done = 0. */
  onProgress?: (done: number, total: number) => void;
}

/**
 * Replaces the device's roster with `size` generated beneficiaries (50 to 100,000), in batches so
 * the screen can show progress. Visits already on the device are kept. Resolves to the count.
 */
export async function loadDemoRoster(
  db: GhiDanhDB,
  { size = DEMO_DEFAULT_SIZE, onProgress }: DemoLoadOptions = {},
): Promise<number> {
  const rows = generateRoster({ seed: DEMO_SEED, size });
  onProgress?.(0, rows.length);
  for (let done = 0; done < rows.length; done += BATCH) {
    const batch = rows.slice(done, done + BATCH);
    // The first batch replaces whatever was there, so a retry after a failure starts clean.
    await (done === 0 ? replaceRoster(db, batch) : upsertBeneficiaries(db, batch));
    onProgress?.(Math.min(done + BATCH, rows.length), rows.length);
  }
  return rows.length;
}
