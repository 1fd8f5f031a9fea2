import { useEffect } from 'react';
import { appDatabase } from '../../db/appDatabase';
import { APP_VERSION, useConnectivity } from '../../platform';
import {
  markNeedsLogin,
  notifyReconnected,
  resumeSync,
  serverConfig,
  startSync,
  wipeActiveUser,
} from '../../sync';

/** Runs the sync engine while this user has the app open; nothing to show. */
export function SyncRunner({ userId, needsLogin }: { userId: string; needsLogin: boolean }) {
  const connectivity = useConnectivity();

  useEffect(() => {
    let stop: (() => void) | null = null;
    let cancelled = false;
    void appDatabase().then((db) => {
      if (cancelled) return;
      stop = startSync({
        db,
        userId,
        http: serverConfig(),
        appVersion: APP_VERSION,
        onAuthRequired: markNeedsLogin,
        onRevoked: wipeActiveUser,
      });
    });
    return () => {
      cancelled = true;
      stop?.();
    };
  }, [userId]);

  // The reachability check saw our server again (more reliable than the browser's online event).
  useEffect(() => {
    if (connectivity === 'online') notifyReconnected();
  }, [connectivity]);

  // A new password login ends the pause.
  useEffect(() => {
    if (!needsLogin) resumeSync();
  }, [needsLogin]);

  return null;
}
