import { lazy, Suspense } from 'react';
import type { CoverageResponse } from '../../../../shared/schemas';
import { useI18n } from '../../../i18n';
import { CoverageTable } from './CoverageTable';

// recharts loads with the first chart, never with the app shell.
const CoverageChart = lazy(() => import('../charts/CoverageChart'));

export function CoverageSection({ coverage }: { coverage: CoverageResponse }) {
  const { t } = useI18n();
  return (
    <section aria-labelledby="dash-coverage" className="card">
      <h2 id="dash-coverage">{t('dash.coverage.heading')}</h2>
      <p className="dash-explain">{t('dash.coverage.explain')}</p>
      {coverage.communes.length > 0 && (
        <figure className="dash-chart" aria-describedby="dash-coverage-table-caption">
          <Suspense fallback={<div className="dash-chart-loading">{t('dash.loading')}</div>}>
            <CoverageChart communes={coverage.communes} />
          </Suspense>
          <figcaption className="visually-hidden">
            {t('dash.coverage.chartLabel', { count: coverage.communes.length })}
          </figcaption>
        </figure>
      )}
      <CoverageTable
        communes={coverage.communes}
        totals={coverage.totals}
        id="dash-coverage-table"
      />
    </section>
  );
}
