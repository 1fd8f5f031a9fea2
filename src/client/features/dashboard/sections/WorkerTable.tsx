import type { WorkerStatus } from '../../../../shared/schemas';
import { useI18n } from '../../../i18n';
import { useFormat } from '../format';
import { StatusRow, StatusTable } from './StatusTable';

/** Each field worker over all their devices: the supervisor phones the ones marked stale. */
export function WorkerTable({ workers, now }: { workers: readonly WorkerStatus[]; now: number }) {
  const { t } = useI18n();
  const f = useFormat();
  const none = t('dash.noneValue');
  if (workers.length === 0) return null;
  return (
    <section aria-labelledby="dash-workers" className="card">
      <h2 id="dash-workers">{t('dash.workers.heading')}</h2>
      <StatusTable
        labelledBy="dash-workers"
        who={t('dash.col.worker')}
        more={[t('dash.col.devices'), t('dash.col.visits'), t('dash.col.lastVisit')]}
      >
        {workers.map((w) => (
          <StatusRow
            key={w.userId}
            testId={`worker-${w.username}`}
            name={w.displayName}
            sub={w.username}
            reasons={w.staleReasons}
          >
            <td>{w.lastSyncAt ? f.ago(w.lastSyncAt, now) : t('dash.never')}</td>
            <td>{f.number(w.pendingCount)}</td>
            <td>{w.oldestPendingAgeSeconds === null ? none : f.age(w.oldestPendingAgeSeconds)}</td>
            <td>{f.number(w.deviceCount)}</td>
            <td>{f.number(w.visits)}</td>
            <td>{w.lastVisitAt ? f.dateTime(w.lastVisitAt) : none}</td>
          </StatusRow>
        ))}
      </StatusTable>
    </section>
  );
}
