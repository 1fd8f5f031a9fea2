import { useCallback, useEffect, useState } from 'react';
import { readStorageStatus, requestPersistentStorage, type StorageStatus } from '../../platform';

/** Storage persistence and usage, re-read after a persistence request and every `refreshMs`. */
export function useStorageStatus(refreshMs = 30_000) {
  const [status, setStatus] = useState<StorageStatus | null>(null);
  const [tick, setTick] = useState(0);

  useEffect(() => {
    let alive = true;
    readStorageStatus().then((s) => alive && setStatus(s));
    const timer = setInterval(() => setTick((n) => n + 1), refreshMs);
    return () => {
      alive = false;
      clearInterval(timer);
    };
  }, [tick, refreshMs]);

  const requestPersist = useCallback(async () => {
    await requestPersistentStorage();
    setTick((n) => n + 1);
  }, []);
  return { status, requestPersist };
}
