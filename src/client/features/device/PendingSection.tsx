import { useEffect, useState } from 'react';
import { useI18n } from '../../i18n';
import { APP_VERSION } from '../../platform';
import { usePendingSummary } from '../../sync';
import { getDeviceId } from '../../db';
import { appDatabase } from '../../db/appDatabase';

function useDeviceId(): string | null {
  const [id, setId] = useState<string | null>(null);
  useEffect(() => {
    let alive = true;
    void appDatabase()
      .then(getDeviceId)
      .then((value) => alive && setId(value));
    return () => {
      alive = false;
    };
  }, []);
  return id;
}

export function PendingSection() {
  const { t, locale } = useI18n();
  const pending = usePendingSummary();
  const deviceId = useDeviceId();
  const when = (iso: string) =>
    new Intl.DateTimeFormat(locale === 'vi' ? 'vi-VN' : 'en-GB', {
      dateStyle: 'short',
      timeStyle: 'short',
    }).format(new Date(iso));
  return (
    <section aria-labelledby="pending-heading" className="card">
      <h2 id="pending-heading">{t('device.pendingHeading')}</h2>
      <dl className="facts">
        <dt>{t('device.pendingCount')}</dt>
        <dd data-testid="pending-count">{pending ? pending.count : '…'}</dd>
        <dt>{t('device.oldestPending')}</dt>
        <dd>{pending?.oldestAt ? when(pending.oldestAt) : t('device.none')}</dd>
        <dt>{t('device.deviceId')}</dt>
        <dd className="mono">{deviceId ?? '…'}</dd>
        <dt>{t('device.appVersion')}</dt>
        <dd className="mono">{APP_VERSION}</dd>
      </dl>
    </section>
  );
}
