import type { CommuneCoverage, CoverageFigures } from '../../../../shared/schemas';
import { useI18n } from '../../../i18n';
import { useFormat } from '../format';

/** Every commune's figures: the full data behind the coverage chart, readable without it. */
export function CoverageTable({
  communes,
  totals,
  id,
}: {
  communes: readonly CommuneCoverage[];
  totals: CoverageFigures;
  id?: string;
}) {
  const { t } = useI18n();
  const f = useFormat();
  const cells = (c: CoverageFigures) => [
    f.number(c.beneficiaries),
    f.number(c.visited),
    f.number(c.methods.bank),
    f.number(c.methods.wallet),
    f.number(c.methods.post_office_cash),
    f.number(c.methods.cash_at_home),
    f.number(c.methods.none),
  ];
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-labelledby={`${id}-caption`}>
      <table className="dash-table" id={id}>
        <caption id={`${id}-caption`}>{t('dash.coverage.tableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('dash.col.commune')}</th>
            <th scope="col">{t('dash.col.beneficiaries')}</th>
            <th scope="col">{t('dash.col.visited')}</th>
            <th scope="col">{t('dash.col.bank')}</th>
            <th scope="col">{t('dash.col.wallet')}</th>
            <th scope="col">{t('dash.col.postOffice')}</th>
            <th scope="col">{t('dash.col.atHome')}</th>
            <th scope="col">{t('dash.col.none')}</th>
            <th scope="col">{t('dash.col.share')}</th>
            <th scope="col">{t('dash.col.target')}</th>
            <th scope="col">{t('dash.col.opened')}</th>
            <th scope="col">{t('dash.col.review')}</th>
          </tr>
        </thead>
        <tbody>
          {communes.map((c) => (
            <tr key={c.code} data-testid={`commune-${c.code}`}>
              <th scope="row">{c.name}</th>
              {cells(c).map((value, i) => (
                <td key={i}>{value}</td>
              ))}
              <td className={c.meetsTarget ? 'dash-meets' : 'dash-below'}>
                <strong>{f.percent(c.intoAccountPercent)}</strong>{' '}
                <span className="dash-verdict">
                  {c.meetsTarget ? t('dash.meets') : t('dash.below')}
                </span>
              </td>
              <td>{f.percent(c.targetPercent)}</td>
              <td>{f.number(c.accountsOpened)}</td>
              <td>{f.number(c.needsReview)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('dash.total')}</th>
            {cells(totals).map((value, i) => (
              <td key={i}>{value}</td>
            ))}
            <td>
              <strong>{f.percent(totals.intoAccountPercent)}</strong>
            </td>
            <td />
            <td>{f.number(totals.accountsOpened)}</td>
            <td>{f.number(totals.needsReview)}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
