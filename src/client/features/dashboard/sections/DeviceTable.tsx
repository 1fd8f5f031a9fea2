import type { DeviceStatusResponse } from '../../../../shared/schemas';
import { useI18n } from '../../../i18n';
import { formatBytes } from '../../../ui/formatBytes';
import { useFormat } from '../format';
import { StatusRow, StatusTable } from './StatusTable';

/** Each field worker's tablet: when it last synced, what still waits on it, and why it is stale. */
export function DeviceTable({ status, now }: { status: DeviceStatusResponse; now: number }) {
  const { t, locale } = useI18n();
  const f = useFormat();
  const stale = status.devices.filter((d) => d.staleReasons.length > 0).length;
  const none = t('dash.noneValue');
  return (
    <section aria-labelledby="dash-devices" className="card">
      <h2 id="dash-devices">
        {t('dash.devices.heading')}
        {stale > 0 && (
          <span className="dash-stale-count">{t('dash.devices.staleCount', { count: stale })}</span>
        )}
      </h2>
      <p className="dash-explain">
        {t('dash.devices.rule', {
          hours: status.rule.noContactHours,
          pendingHours: status.rule.oldestPendingHours,
        })}
      </p>
      {status.devices.length === 0 ? (
        <p>{t('dash.devices.none')}</p>
      ) : (
        <StatusTable
          labelledBy="dash-devices"
          who={t('dash.col.device')}
          more={[t('dash.col.version'), t('dash.col.storage'), t('dash.col.lastError')]}
        >
          {status.devices.map((d) => (
            <StatusRow
              key={d.deviceId}
              testId={`device-${d.deviceId}`}
              name={d.label}
              sub={`${d.displayName} (${d.username})`}
              reasons={d.staleReasons}
            >
              <td>
                {d.lastSyncAt ? (
                  <time dateTime={d.lastSyncAt} title={f.dateTime(d.lastSyncAt)}>
                    {f.ago(d.lastSyncAt, now)}
                  </time>
                ) : (
                  t('dash.never')
                )}
              </td>
              <td>{d.pendingCount === null ? none : f.number(d.pendingCount)}</td>
              <td>
                {d.oldestPendingAgeSeconds === null ? none : f.age(d.oldestPendingAgeSeconds)}
              </td>
              <td className="mono">{d.appVersion ?? none}</td>
              <td>
                {d.storageUsedBytes === null
                  ? none
                  : d.storageQuotaBytes === null
                    ? formatBytes(d.storageUsedBytes, locale)
                    : t('dash.storageOf', {
                        used: formatBytes(d.storageUsedBytes, locale),
                        quota: formatBytes(d.storageQuotaBytes, locale),
                      })}
              </td>
              <td className="dash-error">{d.lastError ?? none}</td>
            </StatusRow>
          ))}
        </StatusTable>
      )}
    </section>
  );
}
