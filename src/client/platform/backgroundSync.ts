// Background Sync: when a sync fails for want of a network, the app asks the browser to wake it
// once the device is online again. The browser fires a `sync` event in the service worker
// (sw.ts), which asks the open app windows to drain their outbox — even a
// hidden tab whose own timers the browser has slowed down. The service worker never sends records
// itself: they are encrypted under a key that lives only in the unlocked page.

export const OUTBOX_SYNC_TAG = 'ghidanh-outbox';
/** The message the service worker posts to each window; the reply says whether it drained. */
export const SYNC_REQUEST_MESSAGE = 'ghidanh:sync';

export type BackgroundSyncResult = 'drained' | 'failed';

interface SyncManagerLike {
  register(tag: string): Promise<void>;
}

function syncManager(registration: ServiceWorkerRegistration): SyncManagerLike | undefined {
  return (registration as ServiceWorkerRegistration & { sync?: SyncManagerLike }).sync;
}

/** Asks the browser for a `sync` event when it is next online. Quietly nothing where unsupported. */
export async function requestBackgroundSync(): Promise<boolean> {
  const container = globalThis.navigator?.serviceWorker;
  if (!container?.controller) return false;
  try {
    const registration = await container.ready;
    const sync = syncManager(registration);
    if (!sync) return false;
    await sync.register(OUTBOX_SYNC_TAG);
    return true;
  } catch {
    // permission refused or the worker is being replaced: the engine's own retries go on
    return false;
  }
}

/**
 * Answers the service worker's wake-up calls with `drain`. Returns the function that stops
 * listening. Only messages from this origin's service worker carry a reply port we answer.
 */
export function onBackgroundSyncRequest(drain: () => Promise<BackgroundSyncResult>): () => void {
  const container = globalThis.navigator?.serviceWorker;
  if (!container) return () => undefined;
  const listener = (event: MessageEvent) => {
    const port = event.ports[0];
    if (!port || (event.data as { type?: unknown } | null)?.type !== SYNC_REQUEST_MESSAGE) return;
    void drain()
      .catch((): BackgroundSyncResult => 'failed')
      .then((result) => port.postMessage({ result }));
  };
  container.addEventListener('message', listener);
  return () => container.removeEventListener('message', listener);
}

/** A window client as the service worker sees it: something to post a message to. */
export interface WindowLike {
  postMessage(message: unknown, transfer: Transferable[]): void;
}

/** A window that does not answer within this time is taken as not having drained. */
export const DRAIN_ANSWER_TIMEOUT_MS = 2 * 60_000;

function askWindow(window: WindowLike, timeoutMs: number): Promise<unknown> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    const timer = setTimeout(() => {
      channel.port1.close();
      resolve('timeout');
    }, timeoutMs);
    channel.port1.onmessage = (event: MessageEvent) => {
      clearTimeout(timer);
      channel.port1.close();
      resolve((event.data as { result?: unknown } | null)?.result);
    };
    window.postMessage({ type: SYNC_REQUEST_MESSAGE }, [channel.port2]);
  });
}

/**
 * The service worker's side: asks every open window to drain and resolves once one of them has.
 * Rejects when none could (no window open, all offline or locked), so the browser keeps the
 * sync registration and fires it again later with its own backoff.
 */
export async function askWindowsToDrain(
  windows: readonly WindowLike[],
  timeoutMs = DRAIN_ANSWER_TIMEOUT_MS,
): Promise<void> {
  const answers = await Promise.all(windows.map((w) => askWindow(w, timeoutMs)));
  if (!answers.includes('drained')) {
    throw new Error(`outbox not drained (${answers.length} window(s): ${answers.join(', ')})`);
  }
}
