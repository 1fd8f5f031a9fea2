import { useEffect, useState } from 'react';
import { useI18n } from '../../../i18n';

// The count is shown at once; screen readers hear it once typing pauses, not on every key.
const ANNOUNCE_DELAY_MS = 700;

export interface ResultCountProps {
  shown: number;
  total: number;
  /** Shown when a filter is set. */
  onClearFilters?: () => void;
}

export function ResultCount({ shown, total, onClearFilters }: ResultCountProps) {
  const { t } = useI18n();
  const [announced, setAnnounced] = useState('');
  const message = t('roster.announce', { count: shown });
  useEffect(() => {
    const timer = setTimeout(() => setAnnounced(message), ANNOUNCE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [message]);
  return (
    <div className="roster-count">
      <p>
        {shown === total
          ? t('roster.count.all', { count: total })
          : t('roster.count.filtered', { shown, total })}
      </p>
      {onClearFilters && (
        <button type="button" className="link-button" onClick={onClearFilters}>
          {t('roster.filter.reset')}
        </button>
      )}
      <p role="status" aria-live="polite" className="visually-hidden">
        {announced}
      </p>
    </div>
  );
}
