import { observable } from '../observable';

// The app locks itself (the data key leaves memory, the PIN opens it again) after a while
// without a touch or a key, and when it comes back after being hidden for long — a tablet left
// on a table, or put away with the app open. The idle time is a setting of this tablet.

export const IDLE_CHOICES_MINUTES = [1, 2, 5, 10, 15, 30] as const;
export type IdleMinutes = (typeof IDLE_CHOICES_MINUTES)[number];
export const DEFAULT_IDLE_MINUTES: IdleMinutes = 5;
/** Hidden (another app, screen off) for this long: locked on return. */
export const HIDDEN_LOCK_MS = 2 * 60_000;

const SETTING = 'ghidanh.autoLockMinutes';
const CHECK_EVERY_MS = 1_000;
const ACTIVITY = ['pointerdown', 'keydown', 'touchstart', 'wheel', 'scroll'] as const;

function storedIdleMinutes(): IdleMinutes {
  try {
    const value = Number(localStorage.getItem(SETTING));
    return (IDLE_CHOICES_MINUTES as readonly number[]).includes(value)
      ? (value as IdleMinutes)
      : DEFAULT_IDLE_MINUTES;
  } catch {
    return DEFAULT_IDLE_MINUTES;
  }
}

/** The idle time after which the app locks, live. */
export const idleMinutesStore = observable<IdleMinutes>(storedIdleMinutes());

export function setIdleMinutes(minutes: IdleMinutes): void {
  if (!(IDLE_CHOICES_MINUTES as readonly number[]).includes(minutes)) {
    throw new Error(`Not an idle time on offer: ${minutes}`);
  }
  try {
    localStorage.setItem(SETTING, String(minutes));
  } catch {
    // storage refused: the choice holds until the app is reloaded
  }
  idleMinutesStore.set(minutes);
}

/**
 * Calls `onLock` once: after `idleMinutes` without activity, or on return from being hidden
 * for HIDDEN_LOCK_MS or more. Returns the function that stops watching.
 */
export function watchForLock(onLock: () => void, now = () => Date.now()): () => void {
  let lastActivity = now();
  let hiddenSince: number | null = document.visibilityState === 'hidden' ? now() : null;
  let done = false;
  const lock = () => {
    if (done) return;
    stop();
    onLock();
  };
  const active = () => {
    lastActivity = now();
  };
  const visibility = () => {
    if (document.visibilityState === 'hidden') {
      hiddenSince = now();
    } else if (hiddenSince !== null) {
      const away = now() - hiddenSince;
      hiddenSince = null;
      if (away >= HIDDEN_LOCK_MS) lock();
      else active();
    }
  };
  const check = () => {
    if (now() - lastActivity >= idleMinutesStore.get() * 60_000) lock();
  };
  for (const type of ACTIVITY) {
    window.addEventListener(type, active, { capture: true, passive: true });
  }
  document.addEventListener('visibilitychange', visibility);
  const timer = setInterval(check, CHECK_EVERY_MS);
  function stop() {
    done = true;
    clearInterval(timer);
    for (const type of ACTIVITY) window.removeEventListener(type, active, { capture: true });
    document.removeEventListener('visibilitychange', visibility);
  }
  return stop;
}
