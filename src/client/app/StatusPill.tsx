import { Link } from 'react-router';
import { useI18n } from '../i18n';
import { useConnectivity } from '../platform';
import { usePendingSummary } from '../sync';

/** Connectivity and the number of records waiting, at a glance; opens the device screen. */
export function StatusPill() {
  const { t } = useI18n();
  const connectivity = useConnectivity();
  const pending = usePendingSummary();
  const state = t(`status.${connectivity}`);
  const pendingText =
    pending === undefined
      ? ''
      : pending.count > 0
        ? t('status.pending', { count: pending.count })
        : t('status.allSynced');
  return (
    <Link
      to="/thiet-bi"
      className={`status-pill status-${connectivity}`}
      aria-label={t('status.label', { state, pending: pendingText })}
      data-testid="status-pill"
    >
      <span className="status-dot" aria-hidden="true" />
      <span>{state}</span>
      {pendingText && <span className="status-pending">· {pendingText}</span>}
    </Link>
  );
}
