import { useEffect, useState } from 'react';
import { onStorageFull } from '../db/storageEvents';
import { useI18n } from '../i18n';
import { isNearlyFull, readStorageStatus } from '../platform';

const CHECK_MS = 60_000;

/** Says plainly when the device is out of (or nearly out of) storage. Saved data stays put. */
export function StorageAlert() {
  const { t } = useI18n();
  const [full, setFull] = useState(false);
  const [nearlyFullPercent, setNearlyFullPercent] = useState<number | null>(null);

  useEffect(() => onStorageFull(() => setFull(true)), []);
  useEffect(() => {
    let alive = true;
    const check = async () => {
      const status = await readStorageStatus();
      if (!alive) return;
      setNearlyFullPercent(
        isNearlyFull(status) ? Math.round(((status.usage ?? 0) / (status.quota ?? 1)) * 100) : null,
      );
    };
    void check();
    const timer = setInterval(() => void check(), CHECK_MS);
    return () => {
      alive = false;
      clearInterval(timer);
    };
  }, []);

  if (!full && nearlyFullPercent === null) return null;
  return (
    <div className="banner banner-danger" role="alert">
      {full ? t('storage.full') : t('storage.nearlyFull', { percent: nearlyFullPercent ?? 0 })}
    </div>
  );
}
