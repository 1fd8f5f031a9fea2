import { useLiveQuery } from 'dexie-react-hooks';
import { useId } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { getBeneficiary, getEnrolmentState, listDraftsFor } from '../../../db';
import { listAccountsOf } from '../../../db/accountWork';
import { listVisitHistory } from '../../../db/rosterQueries';
import { yearOf } from '../../../../shared';
import { useI18n } from '../../../i18n';
import { useAppDb } from '../data/useAppDb';
import { useScrollToTop } from '../data/useListScroll';
import { PendingMarker, StatusBadge } from '../list/StatusBadge';
import { communeName } from '../places';
import { AccountStates } from './AccountStates';
import { BeneficiaryFacts } from './BeneficiaryFacts';
import { VisitHistory } from './VisitHistory';
import '../roster.css';

/** Where "back" goes: the list as it was left (its search and filters), or the plain list. */
function useBackTo(): string {
  const state: unknown = useLocation().state;
  const search =
    state && typeof state === 'object' && 'listSearch' in state ? state.listSearch : '';
  return typeof search === 'string' && search.startsWith('?') ? `/${search}` : '/';
}

export default function BeneficiaryPage() {
  const { t } = useI18n();
  const { id = '' } = useParams();
  const db = useAppDb();
  const headingId = useId();
  const backTo = useBackTo();
  useScrollToTop();
  const found = useLiveQuery(async () => {
    const [entry, state, history, drafts, accounts] = await Promise.all([
      getBeneficiary(db, id),
      getEnrolmentState(db, id),
      listVisitHistory(db, id),
      listDraftsFor(db, id),
      listAccountsOf(db, id),
    ]);
    return {
      entry: entry ?? null,
      payment: state?.payment?.method ?? null,
      history,
      // A visit left half-done here: the action resumes it rather than suggesting a new one.
      hasDraft: drafts.length > 0,
      accounts,
    };
  }, [db, id]);

  const back = (
    <Link to={backTo} className="back-link">
      <svg aria-hidden="true" viewBox="0 0 16 16" width="16" height="16">
        <path
          d="M10 3L5 8l5 5"
          fill="none"
          stroke="currentColor"
          strokeWidth="2"
          strokeLinecap="round"
        />
      </svg>
      {t('roster.detail.back')}
    </Link>
  );
  if (!found) {
    return (
      <section className="beneficiary-page">
        {back}
        <p role="status" className="roster-loading">
          {t('roster.detail.loading')}
        </p>
      </section>
    );
  }
  const { entry, payment, history, hasDraft, accounts } = found;
  if (!entry) {
    return (
      <section className="beneficiary-page">
        {back}
        <p role="alert" className="roster-error">
          {t('roster.detail.notFound')}
        </p>
      </section>
    );
  }
  const unsynced = history.some((h) => h.sync !== 'synced');
  return (
    <article className="beneficiary-page" aria-labelledby={headingId}>
      {back}
      <header className="beneficiary-header card">
        <div className="beneficiary-title">
          <h1 id={headingId}>{entry.fullName}</h1>
          <p className="beneficiary-sub">
            <span>{t('roster.row.born', { year: String(yearOf(entry.dateOfBirth)) })}</span>
            <span>
              {entry.village}, {communeName(entry.communeCode)}
            </span>
          </p>
          <div className="beneficiary-badges">
            <StatusBadge status={entry.currentStatus} />
            {unsynced && <PendingMarker />}
          </div>
        </div>
        {/* Consent withdrawn: no further processing, so no new visit starts here. */}
        {!entry.consentWithdrawnAt && (
          <Link to={`/nguoi-huong/${entry.id}/tham-ho`} className="button start-visit">
            <svg aria-hidden="true" viewBox="0 0 20 20" width="20" height="20">
              <path
                d="M3 9.5L10 3l7 6.5V17H3z"
                fill="none"
                stroke="currentColor"
                strokeWidth="2"
                strokeLinejoin="round"
              />
              <path d="M8 17v-4.5h4V17" fill="none" stroke="currentColor" strokeWidth="2" />
            </svg>
            {t(hasDraft ? 'roster.detail.resumeVisit' : 'roster.detail.startVisit')}
          </Link>
        )}
      </header>
      {entry.consentWithdrawnAt && (
        <p role="status" className="roster-warning">
          {t('consent.rights.withdrawnBanner', {
            date: new Date(entry.consentWithdrawnAt).toLocaleDateString('vi-VN'),
          })}
        </p>
      )}
      {entry.needsReview && (
        <p role="alert" className="roster-warning">
          {t('roster.detail.needsReview')}
        </p>
      )}
      <div className="beneficiary-columns">
        <section className="card" aria-labelledby={`${headingId}-facts`}>
          <h2 id={`${headingId}-facts`}>{t('roster.detail.facts')}</h2>
          <BeneficiaryFacts entry={entry} payment={payment} />
        </section>
        <section className="card" aria-labelledby={`${headingId}-account`}>
          <h2 id={`${headingId}-account`}>{t('account.roster.heading')}</h2>
          <AccountStates accounts={accounts} />
        </section>
        <section className="card" aria-labelledby={`${headingId}-history`}>
          <h2 id={`${headingId}-history`}>{t('roster.history.heading')}</h2>
          <VisitHistory items={history} newVisits={!entry.consentWithdrawnAt} />
        </section>
      </div>
      <p>
        <Link to={`/nguoi-huong/${entry.id}/quyen`} className="rights-link">
          {t('consent.rights.open')}
        </Link>
      </p>
    </article>
  );
}
