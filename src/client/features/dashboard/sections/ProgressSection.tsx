import { lazy, Suspense } from 'react';
import type { ProgressDay } from '../../../../shared/schemas';
import { useI18n } from '../../../i18n';
import { useFormat } from '../format';

const ProgressChart = lazy(() => import('../charts/ProgressChart'));

export function ProgressSection({ progress }: { progress: readonly ProgressDay[] }) {
  const { t } = useI18n();
  const f = useFormat();
  const first = progress[0];
  const last = progress.at(-1);
  return (
    <section aria-labelledby="dash-progress" className="card">
      <h2 id="dash-progress">{t('dash.progress.heading')}</h2>
      <p className="dash-explain">{t('dash.progress.explain')}</p>
      {!first || !last ? (
        <p>{t('dash.progress.none')}</p>
      ) : (
        <>
          <figure className="dash-chart">
            <Suspense fallback={<div className="dash-chart-loading">{t('dash.loading')}</div>}>
              <ProgressChart progress={progress} />
            </Suspense>
            <figcaption className="dash-chart-caption">
              {t('dash.progress.chartLabel', {
                from: f.day(first.date),
                to: f.day(last.date),
                visits: last.cumulativeVisits,
                enrolled: last.cumulativeEnrolled,
              })}
            </figcaption>
          </figure>
          <details className="dash-details">
            <summary>{t('dash.progress.table')}</summary>
            <div className="table-scroll">
              <table className="dash-table">
                <thead>
                  <tr>
                    <th scope="col">{t('dash.col.date')}</th>
                    <th scope="col">{t('dash.col.visitsDay')}</th>
                    <th scope="col">{t('dash.col.enrolledDay')}</th>
                    <th scope="col">{t('dash.col.visitsTotal')}</th>
                    <th scope="col">{t('dash.col.enrolledTotal')}</th>
                  </tr>
                </thead>
                <tbody>
                  {[...progress].reverse().map((d) => (
                    <tr key={d.date}>
                      <th scope="row">{f.day(d.date)}</th>
                      <td>{f.number(d.visits)}</td>
                      <td>{f.number(d.enrolled)}</td>
                      <td>{f.number(d.cumulativeVisits)}</td>
                      <td>{f.number(d.cumulativeEnrolled)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </details>
        </>
      )}
    </section>
  );
}
