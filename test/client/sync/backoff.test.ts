import { describe, expect, test } from 'vitest';
import {
  backoffDelay,
  DEFAULT_BACKOFF,
  RETRY_AFTER_CAP_MS,
  retryDelay,
} from '../../../src/client/sync/backoff';

describe('backoffDelay', () => {
  test('doubles from 2 s, between half and all of the step', () => {
    expect(backoffDelay(1, 0)).toBe(1_000);
    expect(backoffDelay(1, 0.999_999)).toBe(2_000);
    expect(backoffDelay(2, 0)).toBe(2_000);
    expect(backoffDelay(3, 0)).toBe(4_000);
    expect(backoffDelay(4, 1)).toBe(16_000);
  });

  test('never exceeds the cap however many failures, and never falls to zero', () => {
    for (const failures of [9, 10, 50, 1_000, 1e9]) {
      for (const r of [0, 0.5, 0.999]) {
        const delay = backoffDelay(failures, r);
        expect(delay).toBeGreaterThanOrEqual(DEFAULT_BACKOFF.maxMs / 2);
        expect(delay).toBeLessThanOrEqual(DEFAULT_BACKOFF.maxMs);
      }
    }
  });

  test('jitter spreads tablets that failed together', () => {
    const delays = new Set([0.1, 0.3, 0.5, 0.7, 0.9].map((r) => backoffDelay(5, r)));
    expect(delays.size).toBe(5);
  });

  test('a nonsense attempt count or random value is clamped, not NaN', () => {
    expect(backoffDelay(0, 0.5)).toBe(backoffDelay(1, 0.5));
    expect(backoffDelay(-3, 2)).toBe(2_000);
    expect(Number.isFinite(backoffDelay(3, -1))).toBe(true);
  });

  test('honours other options', () => {
    const fast = { baseMs: 10, maxMs: 40, factor: 3 };
    expect([1, 2, 3].map((n) => backoffDelay(n, 1, fast))).toEqual([10, 30, 40]);
  });
});

describe('retryDelay', () => {
  test('takes the server’s Retry-After when it is longer than the backoff', () => {
    expect(retryDelay(1, 0, 120)).toBe(120_000);
    expect(retryDelay(8, 1, 1)).toBe(backoffDelay(8, 1));
    expect(retryDelay(1, 0, null)).toBe(1_000);
  });

  test('caps an absurd Retry-After at an hour', () => {
    expect(retryDelay(1, 0, 10 ** 9)).toBe(RETRY_AFTER_CAP_MS);
  });
});
