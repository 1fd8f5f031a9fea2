import { useI18n } from '../../i18n';
import { formatBytes } from '../../ui/formatBytes';
import { useStorageStatus } from './useStorageStatus';

export function StorageSection() {
  const { t, locale } = useI18n();
  const { status, requestPersist } = useStorageStatus();
  const persistedText =
    status?.persisted === true
      ? t('device.persistedYes')
      : status?.persisted === false
        ? t('device.persistedNo')
        : t('device.persistedUnknown');
  const percent =
    status?.usage != null && status.quota
      ? Math.round((status.usage / status.quota) * 1000) / 10
      : null;
  return (
    <section aria-labelledby="storage-heading" className="card">
      <h2 id="storage-heading">{t('device.storageHeading')}</h2>
      <dl className="facts">
        <dt>{t('device.persisted')}</dt>
        <dd data-testid="persisted">{persistedText}</dd>
        <dt>{t('device.usage')}</dt>
        <dd data-testid="usage">
          {status?.usage != null && status.quota && percent !== null
            ? t('device.usageValue', {
                used: formatBytes(status.usage, locale),
                quota: formatBytes(status.quota, locale),
                percent,
              })
            : t('device.unknown')}
        </dd>
      </dl>
      {status?.persisted !== true && (
        <button type="button" className="secondary" onClick={() => void requestPersist()}>
          {t('device.requestPersist')}
        </button>
      )}
    </section>
  );
}
