import { Workbox } from 'workbox-window';
import { hasDirtyForm } from './dirtyForms';
import { updateState } from './updateState';

let workbox: Workbox | null = null;

const UPDATE_CHECK_INTERVAL_MS = 30 * 60 * 1000;

/**
 * Registers the service worker. A new version waits until the user agrees (never auto-reloads:
 * a field worker may be mid-visit); updates are looked for on start, on reconnect, when the app
 * comes back to the foreground, and every half hour.
 */
export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator) || workbox) return;
  workbox = new Workbox('/sw.js', { scope: '/' });
  workbox.addEventListener('waiting', () => updateState.set('available'));
  void workbox.register().catch((err: unknown) => {
    console.warn('service worker registration failed', err);
  });
  const check = () => void workbox?.update().catch(() => undefined);
  window.addEventListener('online', check);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') check();
  });
  setInterval(check, UPDATE_CHECK_INTERVAL_MS);
}

/** Activates the waiting version and reloads once it controls the page. Refused while a form is dirty. */
export function applyUpdate(): boolean {
  if (!workbox || updateState.get() !== 'available' || hasDirtyForm()) return false;
  updateState.set('activating');
  workbox.addEventListener('controlling', () => window.location.reload());
  workbox.messageSkipWaiting();
  return true;
}
