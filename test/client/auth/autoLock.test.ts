import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import {
  DEFAULT_IDLE_MINUTES,
  HIDDEN_LOCK_MS,
  idleMinutesStore,
  setIdleMinutes,
  watchForLock,
} from '../../../src/client/sync/auth/autoLock';

// The app locks itself after a while unused, and on return after being hidden for long.

let clock = 0;
const now = () => clock;
let visibility: DocumentVisibilityState = 'visible';

/** Lets `ms` pass on the clock and on the timers (the check runs every second). */
function pass(ms: number) {
  clock += ms;
  vi.advanceTimersByTime(Math.min(ms, 2_000));
}

function setVisibility(state: DocumentVisibilityState) {
  visibility = state;
  document.dispatchEvent(new Event('visibilitychange'));
}

beforeEach(() => {
  vi.useFakeTimers();
  clock = 1_000_000;
  visibility = 'visible';
  Object.defineProperty(document, 'visibilityState', {
    configurable: true,
    get: () => visibility,
  });
  localStorage.clear();
  idleMinutesStore.set(DEFAULT_IDLE_MINUTES);
});
afterEach(() => {
  vi.useRealTimers();
});

describe('idle lock', () => {
  test('locks after the idle time without a touch or key; activity pushes it back', () => {
    const onLock = vi.fn();
    const stop = watchForLock(onLock, now);
    pass(4 * 60_000);
    window.dispatchEvent(new Event('pointerdown'));
    pass(4 * 60_000);
    expect(onLock).not.toHaveBeenCalled();
    pass(60_000 + 1_000);
    expect(onLock).toHaveBeenCalledTimes(1);
    pass(10 * 60_000);
    expect(onLock).toHaveBeenCalledTimes(1); // once, then the watch ends
    stop();
  });

  test('the idle time is the tablet’s setting, kept across reloads; other values are refused', () => {
    setIdleMinutes(1);
    expect(localStorage.getItem('ghidanh.autoLockMinutes')).toBe('1');
    const onLock = vi.fn();
    const stop = watchForLock(onLock, now);
    pass(61_000);
    expect(onLock).toHaveBeenCalledTimes(1);
    stop();
    expect(() => setIdleMinutes(7 as never)).toThrow();
    expect(idleMinutesStore.get()).toBe(1);
  });
});

describe('hidden lock', () => {
  test('hidden for long: locked on return; a short look elsewhere is not', () => {
    setIdleMinutes(30);
    const onLock = vi.fn();
    const stop = watchForLock(onLock, now);
    setVisibility('hidden');
    pass(60_000);
    setVisibility('visible');
    expect(onLock).not.toHaveBeenCalled();
    setVisibility('hidden');
    pass(HIDDEN_LOCK_MS);
    setVisibility('visible');
    expect(onLock).toHaveBeenCalledTimes(1);
    stop();
  });
});
