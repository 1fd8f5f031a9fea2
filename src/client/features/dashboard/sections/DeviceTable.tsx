import type { DeviceStatusResponse } from '../../../../shared/schemas';
import { useI18n } from '../../../i18n';
import { formatBytes } from '../../../ui/formatBytes';
import { useFormat } from '../format';
import { StaleState } from './StaleState';

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
        <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="dash-devices">
          <table className="dash-table">
            <thead>
              <tr>
                <th scope="col">{t('dash.col.device')}</th>
                <th scope="col" className="dash-state">
                  {t('dash.col.state')}
                </th>
                <th scope="col">{t('dash.col.lastSync')}</th>
                <th scope="col">{t('dash.col.pending')}</th>
                <th scope="col">{t('dash.col.oldest')}</th>
                <th scope="col">{t('dash.col.version')}</th>
                <th scope="col">{t('dash.col.storage')}</th>
                <th scope="col">{t('dash.col.lastError')}</th>
              </tr>
            </thead>
            <tbody>
              {status.devices.map((d) => (
                <tr
                  key={d.deviceId}
                  className={d.staleReasons.length > 0 ? 'dash-stale' : undefined}
                  data-testid={`device-${d.deviceId}`}
                >
                  <th scope="row">
                    {d.label}
                    <span className="dash-sub">
                      {d.displayName} ({d.username})
                    </span>
                  </th>
                  <td className="dash-state">
                    <StaleState reasons={d.staleReasons} />
                  </td>
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
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
