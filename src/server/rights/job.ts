import type { FastifyBaseLogger } from 'fastify';
import type { Store } from '../store/db';
import { executeDueRights } from './execute';

// Requests are carried out when the server starts and then every few minutes, well within the
// 72 hours the law allows; a failed run is logged and tried again at the next tick.

export const RIGHTS_JOB_INTERVAL_MS = 5 * 60_000;

export interface RightsJob {
  /** Runs once now (also what the timer calls); resolves when done. */
  runNow(): Promise<number>;
  stop(): void;
}

export function startRightsJob(
  store: Store,
  options: { clock: () => Date; intervalMs: number; log: FastifyBaseLogger },
): RightsJob {
  let running: Promise<number> | null = null;
  const runNow = () =>
    (running ??= executeDueRights(store, options.clock())
      .catch((error: unknown) => {
        options.log.error({ err: error }, 'rights job failed');
        return 0;
      })
      .finally(() => {
        running = null;
      }));
  const timer = setInterval(() => void runNow(), options.intervalMs);
  timer.unref();
  return { runNow, stop: () => clearInterval(timer) };
}
