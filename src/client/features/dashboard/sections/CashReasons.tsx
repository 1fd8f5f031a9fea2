import { CASH_REASONS, type CoverageFigures } from '../../../../shared/schemas';
import { sharePercent } from '../../../../shared/dashboard/figures';
import { useI18n } from '../../../i18n';
import { useFormat } from '../format';

/** Why people stay on cash: the office plans the route to convert them from this list. */
export function CashReasons({ totals }: { totals: CoverageFigures }) {
  const { t } = useI18n();
  const f = useFormat();
  const rows = CASH_REASONS.map((r) => ({ reason: r, count: totals.cashReasons[r] }))
    .filter((r) => r.count > 0)
    .sort((a, b) => b.count - a.count);
  return (
    <section aria-labelledby="dash-cash" className="card">
      <h2 id="dash-cash">{t('dash.cash.heading')}</h2>
      {rows.length === 0 ? (
        <p>{t('dash.cash.none')}</p>
      ) : (
        <table className="dash-table dash-bars">
          <thead>
            <tr>
              <th scope="col">{t('dash.col.reason')}</th>
              <th scope="col">{t('dash.col.people')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.reason}>
                <th scope="row">{t(`dash.cash.${r.reason}`)}</th>
                <td>
                  <span
                    className="dash-bar"
                    aria-hidden="true"
                    style={{ width: `${sharePercent(r.count, totals.stayingOnCash)}%` }}
                  />
                  {f.number(r.count)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
