import { memo } from 'react';
import { Link } from 'react-router';
import type { BeneficiaryStatus } from '../../../../shared';
import { useI18n } from '../../../i18n';
import { groupKey, statusKey } from '../labels';
import { communeName } from '../places';
import type { RosterEntry } from '../search/rosterIndex';
import { PendingMarker, StatusBadge } from './StatusBadge';

export interface RosterRowProps {
  entry: RosterEntry;
  status: BeneficiaryStatus;
  pending: boolean;
  showCommune: boolean;
  /** Position in the list, for arrow-key movement. */
  position: number;
  /** The list's search, carried to the beneficiary screen so "back" restores it. */
  listSearch: string;
}

/** Memoised: scrolling re-renders the list, but a row only when what it shows changes. */
export const RosterRow = memo(function RosterRow({
  entry,
  status,
  pending,
  showCommune,
  position,
  listSearch,
}: RosterRowProps) {
  const { t } = useI18n();
  const place = showCommune ? `${entry.village}, ${communeName(entry.communeCode)}` : entry.village;
  const params = { name: entry.fullName, year: String(entry.birthYear), village: place };
  const label = t(pending ? 'roster.row.labelPending' : 'roster.row.label', {
    ...params,
    status: t(statusKey(status)),
  });
  return (
    <Link
      className="roster-row"
      to={`/nguoi-huong/${entry.id}`}
      state={{ listSearch }}
      aria-label={label}
      data-position={position}
    >
      <span className="roster-row-main">
        <span className="roster-row-name">{entry.fullName}</span>
        <span className="roster-row-meta">
          <span>{t('roster.row.born', { year: String(entry.birthYear) })}</span>
          <span>{place}</span>
          <span className="roster-row-group">{t(groupKey(entry.group))}</span>
        </span>
      </span>
      <span className="roster-row-badges">
        {pending && <PendingMarker />}
        <StatusBadge status={status} />
      </span>
      <svg
        className="roster-row-chevron"
        aria-hidden="true"
        viewBox="0 0 16 16"
        width="18"
        height="18"
      >
        <path
          d="M6 3l5 5-5 5"
          fill="none"
          stroke="currentColor"
          strokeWidth="2"
          strokeLinecap="round"
        />
      </svg>
    </Link>
  );
});
