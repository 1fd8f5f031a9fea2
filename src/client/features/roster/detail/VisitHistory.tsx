import { Link } from 'react-router';
import type { VisitHistoryItem } from '../../../db/rosterQueries';
import { useI18n } from '../../../i18n';
import { outcomeKey, paymentKey } from '../labels';
import { PendingMarker } from '../list/StatusBadge';

const day = new Intl.DateTimeFormat('vi-VN', { day: '2-digit', month: '2-digit', year: 'numeric' });
const clock = new Intl.DateTimeFormat('vi-VN', { hour: '2-digit', minute: '2-digit' });

/** "21/11/2026, 14:06" in the device's time zone: the date first, as a Vietnamese record reads. */
function when(iso: string): string {
  const date = new Date(iso);
  return `${day.format(date)}, ${clock.format(date)}`;
}

/**
 * Visits to one person, newest first: on this device and, once synced, from other devices.
 * `newVisits` false (consent withdrawn): a synced visit offers no correction, which would be a
 * new visit; one not yet on the server can still be edited (it keeps its own time).
 */
export function VisitHistory({
  items,
  newVisits = true,
}: {
  items: readonly VisitHistoryItem[];
  newVisits?: boolean;
}) {
  const { t } = useI18n();
  if (items.length === 0) return <p className="history-empty">{t('roster.history.empty')}</p>;
  return (
    <ol className="visit-history">
      {items.map((item) => {
        const { visit, sync, ownDevice, superseded } = item;
        return (
          <li key={visit.id} className={superseded ? 'visit superseded' : 'visit'}>
            <div className="visit-head">
              <time dateTime={visit.visitedAt}>{when(visit.visitedAt)}</time>
              {sync === 'synced' ? (
                <span className="synced-marker">{t('roster.history.synced')}</span>
              ) : sync === 'rejected' ? (
                <span className="rejected-marker">{t('roster.history.rejected')}</span>
              ) : (
                <PendingMarker />
              )}
            </div>
            <p className="visit-outcome">
              {t(outcomeKey(visit.outcome))}
              {visit.payment && <> — {t(paymentKey(visit.payment.method))}</>}
            </p>
            {visit.notes && <p className="visit-notes">{visit.notes}</p>}
            <p className="visit-meta">
              {t(ownDevice ? 'roster.history.thisDevice' : 'roster.history.otherDevice')}
              {superseded && <> · {t('roster.history.superseded')}</>}
            </p>
            {!superseded && sync !== 'sending' && (newVisits || sync !== 'synced') && (
              <EditLink item={item} />
            )}
            {visit.consent && (
              <Link
                className="consent-link"
                to={`/nguoi-huong/${visit.beneficiaryId}/dong-y/${visit.id}`}
              >
                {t('consent.print.open')}
              </Link>
            )}
          </li>
        );
      })}
    </ol>
  );
}

/**
 * A visit not yet on the server is edited in place; one already there is append-only, so the
 * form records a new visit that corrects it (the visit screen decides which from `?sua=`).
 */
function EditLink({ item }: { item: VisitHistoryItem }) {
  const { t } = useI18n();
  const { visit, sync } = item;
  const date = when(visit.visitedAt);
  const edit = sync !== 'synced';
  return (
    <Link
      className="visit-edit"
      to={`/nguoi-huong/${visit.beneficiaryId}/tham-ho?sua=${visit.id}`}
      aria-label={t(edit ? 'roster.history.editLabel' : 'roster.history.correctLabel', { date })}
    >
      {t(edit ? 'roster.history.edit' : 'roster.history.correct')}
    </Link>
  );
}
