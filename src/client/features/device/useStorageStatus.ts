import { useCallback, useEffect, useState } from 'react';
import { readStorageStatus, requestPersistentStorage, type StorageStatus } from '../../platform';

export function useStorageStatus() {
  const [status, setStatus] = useState<StorageStatus | null>(null);
  const refresh = useCallback(async () => setStatus(await readStorageStatus()), []);
  const requestPersist = useCallback(async () => {
    await requestPersistentStorage();
    await refresh();
  }, [refresh]);
  useEffect(() => {
    void refresh();
  }, [refresh]);
  return { status, refresh, requestPersist };
}
