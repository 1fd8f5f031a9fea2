import { Link } from 'react-router';
import { isSharedMessageKey, sharedMessage } from '../../../shared/messages';
import { useI18n } from '../../i18n';
import {
  lockSession,
  requestSync,
  signOut,
  useRejectedVisits,
  usePendingSummary,
  useSession,
  useSyncStatus,
  type SyncStatus,
} from '../../sync';

/** Where a rejected visit is corrected (route of the visit form). */
const editPath = (beneficiaryId: string, visitId: string) =>
  `/nguoi-huong/${encodeURIComponent(beneficiaryId)}/tham-ho?sua=${encodeURIComponent(visitId)}`;

function useWhen() {
  const { locale } = useI18n();
  return (iso: string | number) =>
    new Intl.DateTimeFormat(locale === 'vi' ? 'vi-VN' : 'en-GB', {
      dateStyle: 'short',
      timeStyle: 'short',
    }).format(new Date(iso));
}

function PhaseText({ status }: { status: SyncStatus }) {
  const { t } = useI18n();
  const when = useWhen();
  const { phase, progress } = status;
  if (phase === 'syncing' && progress?.stage === 'push' && progress.total) {
    return t('sync.progress.push', { done: progress.done, total: progress.total });
  }
  if (phase === 'syncing' && progress?.stage === 'pull') {
    return t('sync.progress.pull', { done: progress.done });
  }
  if (phase === 'waiting' && status.retryAt) {
    return t('sync.phase.waiting', { time: when(status.retryAt) });
  }
  return t(`sync.phase.${phase}`);
}

/** The sync engine at work: state, progress of a long drain, "Đồng bộ ngay", refused records. */
export function SyncSection() {
  const { t, locale } = useI18n();
  const when = useWhen();
  const status = useSyncStatus();
  const rejected = useRejectedVisits();
  const session = useSession();
  const pending = usePendingSummary();
  const progress = status?.progress;

  async function onSignOut() {
    const count = pending?.count ?? 0;
    if (count > 0 && !window.confirm(t('auth.account.signOutPending', { count }))) return;
    await signOut();
  }

  return (
    <>
      <section aria-labelledby="sync-heading" className="card">
        <h2 id="sync-heading">{t('sync.heading')}</h2>
        <dl className="facts">
          <dt>{t('sync.state')}</dt>
          <dd data-testid="sync-state" aria-live="polite">
            {status ? <PhaseText status={status} /> : '…'}
          </dd>
          <dt>{t('sync.lastSuccess')}</dt>
          <dd data-testid="sync-last">
            {status?.lastSuccessAt ? when(status.lastSuccessAt) : t('sync.never')}
          </dd>
          {status?.lastError && (
            <>
              <dt>{t('sync.lastError')}</dt>
              <dd>
                {status.lastFailure && <p>{t(`sync.failure.${status.lastFailure}`)}</p>}
                <p className="mono">{status.lastError}</p>
              </dd>
            </>
          )}
        </dl>
        {progress?.stage === 'push' && progress.total ? (
          <progress
            className="sync-progress"
            max={progress.total}
            value={progress.done}
            aria-label={t('sync.progress.push', { done: progress.done, total: progress.total })}
          />
        ) : null}
        <div className="actions">
          <button
            type="button"
            onClick={requestSync}
            disabled={!status || status.phase === 'syncing' || status.phase === 'revoked'}
          >
            {t('sync.now')}
          </button>
        </div>
      </section>

      {rejected && rejected.length > 0 && (
        <section aria-labelledby="rejected-heading" className="card">
          <h2 id="rejected-heading" className="text-danger">
            {t('sync.rejected.heading', { count: rejected.length })}
          </h2>
          <p>{t('sync.rejected.intro')}</p>
          <ul className="rejected-list">
            {rejected.map((r) => (
              <li key={r.visitId}>
                <p>
                  <strong>{r.beneficiaryName ?? t('sync.rejected.unknownPerson')}</strong> ·{' '}
                  {t('sync.rejected.visitedAt', { time: when(r.visitedAt) })}
                </p>
                <ul>
                  {r.errors.map((e, i) => (
                    <li key={i}>
                      {isSharedMessageKey(e.key) ? sharedMessage(e.key, {}, locale) : e.key}
                    </li>
                  ))}
                </ul>
                {r.beneficiaryName && (
                  <Link className="button" to={editPath(r.beneficiaryId, r.visitId)}>
                    {t('sync.rejected.fix')}
                  </Link>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}

      {session.status === 'unlocked' && (
        <section aria-labelledby="account-heading" className="card">
          <h2 id="account-heading">{t('auth.account.heading')}</h2>
          <p>
            {t('auth.account.signedInAs', {
              name: session.user.displayName,
              username: session.user.username,
            })}
          </p>
          <div className="actions">
            <button type="button" className="secondary" onClick={() => void lockSession()}>
              {t('auth.account.lock')}
            </button>
            <button type="button" className="secondary" onClick={() => void onSignOut()}>
              {t('auth.account.signOut')}
            </button>
          </div>
        </section>
      )}
    </>
  );
}
