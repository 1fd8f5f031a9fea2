import type { GhiDanhDB } from '../db';
import { onBackgroundSyncRequest, requestBackgroundSync } from '../platform/backgroundSync';
import { createSyncApi } from './api';
import { accountTokens } from './auth/tokens';
import { SyncEngine, type SyncStatus } from './engine';
import { observable, useObservable, type Readable } from './observable';
import type { HttpConfig } from './http';

// The one sync engine of this tab, for the signed-in user. The session gate starts it when the
// app unlocks and stops it when it locks; screens ask it to sync and show its status.

const current = observable<SyncEngine | null>(null);
const idle: SyncStatus | null = null;

export interface StartSyncOptions {
  db: GhiDanhDB;
  userId: string;
  http: HttpConfig;
  appVersion: string;
  onAuthRequired: () => void;
  onRevoked: () => Promise<void>;
}

/** Starts syncing for the signed-in user; returns the function that stops it. */
export function startSync(options: StartSyncOptions): () => void {
  current.get()?.stop();
  const engine = new SyncEngine({
    db: options.db,
    api: createSyncApi(options.http, accountTokens(options.http, options.userId)),
    appVersion: options.appVersion,
    onAuthRequired: options.onAuthRequired,
    onRevoked: options.onRevoked,
  });
  current.set(engine);
  const stopBackgroundSync = wireBackgroundSync(engine);
  engine.start();
  return () => {
    stopBackgroundSync();
    engine.stop();
    if (current.get() === engine) current.set(null);
  };
}

/**
 * A failed sync asks the browser for a Background Sync event when it is next online; the service
 * worker passes that event on here, and it cuts the engine's backoff wait short.
 */
function wireBackgroundSync(engine: SyncEngine): () => void {
  let wasWaiting = false;
  const unsubscribe = engine.status.subscribe(() => {
    const waiting = engine.status.get().phase === 'waiting';
    if (waiting && !wasWaiting) void requestBackgroundSync();
    wasWaiting = waiting;
  });
  const unlisten = onBackgroundSyncRequest(async () => {
    const { phase } = engine.status.get();
    // Paused for a login, revoked or stopped: draining is not this window's to do now.
    if (phase !== 'idle' && phase !== 'waiting' && phase !== 'syncing') return 'failed';
    await engine.syncNow();
    const after = engine.status.get();
    return after.phase === 'idle' && after.failures === 0 ? 'drained' : 'failed';
  });
  return () => {
    unsubscribe();
    unlisten();
  };
}

/** "Đồng bộ ngay": sync now, even in the middle of a backoff wait. */
export function requestSync(): void {
  current.get()?.trigger('manual');
}

/** The network came back (the reachability check saw the server). */
export function notifyReconnected(): void {
  current.get()?.trigger('online');
}

/** After a new password login: sync again. */
export function resumeSync(): void {
  current.get()?.resume();
}

const signedOut: Readable<SyncStatus | null> = {
  get: () => idle,
  subscribe: () => () => undefined,
};

/** The engine's status, live; null while no one is signed in. */
export function useSyncStatus(): SyncStatus | null {
  const engine = useObservable(current);
  return useObservable<SyncStatus | null>(engine?.status ?? signedOut);
}
