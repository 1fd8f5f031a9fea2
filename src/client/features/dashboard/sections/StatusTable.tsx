import type { ReactNode } from 'react';
import type { StaleReason } from '../../../../shared/dashboard/staleness';
import { useI18n } from '../../../i18n';
import { StaleState } from './StaleState';

// Devices and workers read alike: who, stale or not, last sync, what waits and for how long,
// then each table's own columns. Stale rows carry a badge and a left rule, not colour alone.

/** A sideways-scrolling status table whose first five columns are the same for both. */
export function StatusTable({
  labelledBy,
  who,
  more,
  children,
}: {
  labelledBy: string;
  who: string;
  more: readonly string[];
  children: ReactNode;
}) {
  const { t } = useI18n();
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-labelledby={labelledBy}>
      <table className="dash-table">
        <thead>
          <tr>
            <th scope="col">{who}</th>
            <th scope="col" className="dash-state">
              {t('dash.col.state')}
            </th>
            <th scope="col">{t('dash.col.lastSync')}</th>
            <th scope="col">{t('dash.col.pending')}</th>
            <th scope="col">{t('dash.col.oldest')}</th>
            {more.map((label) => (
              <th key={label} scope="col">
                {label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}

/** A row's name (with a smaller second line) and its state; the row's own cells follow. */
export function StatusRow({
  testId,
  name,
  sub,
  reasons,
  children,
}: {
  testId: string;
  name: string;
  sub: string;
  reasons: readonly StaleReason[];
  children: ReactNode;
}) {
  return (
    <tr className={reasons.length > 0 ? 'dash-stale' : undefined} data-testid={testId}>
      <th scope="row">
        {name}
        <span className="dash-sub">{sub}</span>
      </th>
      <td className="dash-state">
        <StaleState reasons={reasons} />
      </td>
      {children}
    </tr>
  );
}
