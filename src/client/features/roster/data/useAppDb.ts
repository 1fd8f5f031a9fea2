import { use } from 'react';
import type { GhiDanhDB } from '../../../db';
import { appDatabase } from '../../../db/appDatabase';

/** The device database; suspends until it is open (the page's Suspense shows a placeholder). */
export function useAppDb(): GhiDanhDB {
  return use(appDatabase());
}
