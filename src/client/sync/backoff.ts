// How long to wait before trying again after failures in a row. Exponential, capped, with
// "equal jitter" (half fixed, half random) so a hundred tablets coming back online together do
// not hit the server in lockstep, and no wait collapses to zero. There is no last attempt: the
// engine keeps trying at the cap for as long as it takes (a queue that gives up loses visits).

export interface BackoffOptions {
  /** Wait after the first failure, before jitter. */
  baseMs: number;
  /** The longest wait, before jitter. */
  maxMs: number;
  factor: number;
}

export const DEFAULT_BACKOFF: BackoffOptions = { baseMs: 2_000, maxMs: 5 * 60_000, factor: 2 };

/** The server may ask for longer (Retry-After); never wait more than this for it. */
export const RETRY_AFTER_CAP_MS = 60 * 60_000;

/**
 * Milliseconds to wait after `failures` failures in a row (1 = the first), given `random` in
 * [0, 1). Between half and all of min(maxMs, baseMs · factor^(failures − 1)).
 */
export function backoffDelay(
  failures: number,
  random: number,
  options: BackoffOptions = DEFAULT_BACKOFF,
): number {
  const n = Math.max(1, Math.floor(failures));
  // Cap the exponent: factor ** 1000 is Infinity, and the cap applies long before anyway.
  const ceiling = Math.min(options.maxMs, options.baseMs * options.factor ** Math.min(n - 1, 64));
  const r = Math.min(Math.max(random, 0), 1);
  return Math.round(ceiling / 2 + (r * ceiling) / 2);
}

/** The backoff delay, or the server's Retry-After when that is longer (up to an hour). */
export function retryDelay(
  failures: number,
  random: number,
  retryAfterSeconds: number | null = null,
  options: BackoffOptions = DEFAULT_BACKOFF,
): number {
  const asked =
    retryAfterSeconds === null ? 0 : Math.min(retryAfterSeconds * 1000, RETRY_AFTER_CAP_MS);
  return Math.max(backoffDelay(failures, random, options), asked);
}
