import type { BeneficiaryStatus } from '../../../../shared';
import { useI18n } from '../../../i18n';
import { statusKey } from '../labels';

export function StatusBadge({ status }: { status: BeneficiaryStatus }) {
  const { t } = useI18n();
  return <span className={`status-badge status-${status}`}>{t(statusKey(status))}</span>;
}

export function PendingMarker() {
  const { t } = useI18n();
  return (
    <span className="pending-marker">
      <svg aria-hidden="true" viewBox="0 0 16 16" width="14" height="14">
        <path
          d="M8 2.5a5.5 5.5 0 1 0 5.2 3.7M13.5 2v4h-4"
          fill="none"
          stroke="currentColor"
          strokeWidth="1.8"
          strokeLinecap="round"
          strokeLinejoin="round"
        />
      </svg>
      {t('roster.pending')}
    </span>
  );
}
