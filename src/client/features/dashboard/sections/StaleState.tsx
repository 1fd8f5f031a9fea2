import type { StaleReason } from '../../../../shared/dashboard/staleness';
import { useI18n } from '../../../i18n';

/** "⚠ Quá hạn: không liên lạc" in words and a symbol, so it reads without the row's colour. */
export function StaleState({ reasons }: { reasons: readonly StaleReason[] }) {
  const { t } = useI18n();
  if (reasons.length === 0) return <span className="dash-ok">{t('dash.state.ok')}</span>;
  return (
    <span className="dash-stale-badge">
      <strong>{t('dash.state.stale')}</strong>:{' '}
      {reasons.map((r) => t(`dash.stale.${r}`)).join(', ')}
    </span>
  );
}
