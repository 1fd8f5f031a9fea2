import { createStore, useStore } from './externalStore';

/** online: the server answered; offline: no network; unreachable: network up but no server reply. */
export type Connectivity = 'online' | 'offline' | 'unreachable' | 'checking';

const state = createStore<Connectivity>('checking');
const CHECK_INTERVAL_MS = 30_000;
const CHECK_TIMEOUT_MS = 5_000;

/** navigator.onLine only tells that some network exists; ask our own server to be sure. */
export async function checkReachability(healthUrl = '/api/health'): Promise<Connectivity> {
  if (!navigator.onLine) return 'offline';
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), CHECK_TIMEOUT_MS);
  try {
    const res = await fetch(healthUrl, { cache: 'no-store', signal: controller.signal });
    return res.ok ? 'online' : 'unreachable';
  } catch {
    return navigator.onLine ? 'unreachable' : 'offline';
  } finally {
    clearTimeout(timer);
  }
}

let started = false;

export function startConnectivityWatch(): void {
  if (started) return;
  started = true;
  const refresh = async () => state.set(await checkReachability());
  window.addEventListener('online', () => void refresh());
  window.addEventListener('offline', () => state.set('offline'));
  setInterval(() => {
    if (document.visibilityState === 'visible') void refresh();
  }, CHECK_INTERVAL_MS);
  void refresh();
}

export function useConnectivity(): Connectivity {
  return useStore(state);
}
