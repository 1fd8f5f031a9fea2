import type { WorkerStatus } from '../../../../shared/schemas';
import { useI18n } from '../../../i18n';
import { useFormat } from '../format';
import { StaleState } from './StaleState';

/** Each field worker over all their devices: the supervisor phones the ones marked stale. */
export function WorkerTable({ workers, now }: { workers: readonly WorkerStatus[]; now: number }) {
  const { t } = useI18n();
  const f = useFormat();
  const none = t('dash.noneValue');
  if (workers.length === 0) return null;
  return (
    <section aria-labelledby="dash-workers" className="card">
      <h2 id="dash-workers">{t('dash.workers.heading')}</h2>
      <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="dash-workers">
        <table className="dash-table">
          <thead>
            <tr>
              <th scope="col">{t('dash.col.worker')}</th>
              <th scope="col" className="dash-state">
                {t('dash.col.state')}
              </th>
              <th scope="col">{t('dash.col.lastSync')}</th>
              <th scope="col">{t('dash.col.pending')}</th>
              <th scope="col">{t('dash.col.oldest')}</th>
              <th scope="col">{t('dash.col.devices')}</th>
              <th scope="col">{t('dash.col.visits')}</th>
              <th scope="col">{t('dash.col.lastVisit')}</th>
            </tr>
          </thead>
          <tbody>
            {workers.map((w) => (
              <tr
                key={w.userId}
                className={w.staleReasons.length > 0 ? 'dash-stale' : undefined}
                data-testid={`worker-${w.username}`}
              >
                <th scope="row">
                  {w.displayName}
                  <span className="dash-sub">{w.username}</span>
                </th>
                <td className="dash-state">
                  <StaleState reasons={w.staleReasons} />
                </td>
                <td>{w.lastSyncAt ? f.ago(w.lastSyncAt, now) : t('dash.never')}</td>
                <td>{f.number(w.pendingCount)}</td>
                <td>
                  {w.oldestPendingAgeSeconds === null ? none : f.age(w.oldestPendingAgeSeconds)}
                </td>
                <td>{f.number(w.deviceCount)}</td>
                <td>{f.number(w.visits)}</td>
                <td>{w.lastVisitAt ? f.dateTime(w.lastVisitAt) : none}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
