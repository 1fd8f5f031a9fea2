import { useId } from 'react';
import { useI18n } from '../../../i18n';
import { requestSync, useSyncStatus } from '../../../sync';

/**
 * No roster on the device yet. It comes from the server with the first sync after sign-in, so
 * this says where that stands: arriving, waiting for a network, or none assigned.
 */
export function EmptyRoster() {
  const { t } = useI18n();
  const id = useId();
  const sync = useSyncStatus();
  const pulling = sync?.phase === 'syncing';
  const received = sync?.progress?.stage === 'pull' ? sync.progress.done : 0;
  const synced = Boolean(sync?.lastSuccessAt);

  const [heading, body] = pulling
    ? (['roster.empty.arriving', 'roster.empty.arrivingBody'] as const)
    : synced
      ? (['roster.empty.noneAssigned', 'roster.empty.noneAssignedBody'] as const)
      : (['roster.empty.heading', 'roster.empty.notSynced'] as const);

  return (
    <section className="card roster-empty" aria-labelledby={`${id}-h`}>
      <svg
        className="roster-empty-art"
        aria-hidden="true"
        viewBox="0 0 64 64"
        width="72"
        height="72"
      >
        <rect
          x="12"
          y="8"
          width="40"
          height="50"
          rx="6"
          fill="#e6f2ec"
          stroke="#0f5132"
          strokeWidth="2.5"
        />
        <rect
          x="22"
          y="4"
          width="20"
          height="9"
          rx="3"
          fill="#fff"
          stroke="#0f5132"
          strokeWidth="2.5"
        />
        <path
          d="M21 26h22M21 35h22M21 44h14"
          stroke="#0f5132"
          strokeWidth="2.5"
          strokeLinecap="round"
        />
      </svg>
      <h2 id={`${id}-h`}>{t(heading)}</h2>
      <p>{t(body)}</p>
      {pulling ? (
        <div className="roster-empty-progress" role="status">
          <progress aria-labelledby={`${id}-p`} />
          <span id={`${id}-p`}>{t('roster.empty.received', { count: received })}</span>
        </div>
      ) : (
        <>
          {sync?.lastError && <p className="roster-empty-error">{t('roster.empty.lastFailed')}</p>}
          <button
            type="button"
            className="roster-empty-action"
            onClick={requestSync}
            disabled={!sync}
          >
            {t('roster.empty.retry')}
          </button>
        </>
      )}
    </section>
  );
}
