import { useEffect, useRef } from 'react';
import { Link } from 'react-router';
import { useI18n } from '../../i18n';
import { beneficiaryPath, rosterPath } from './paths';

/** Shown the moment the visit is stored: it is safe on the device and queued for sync. */
export function SavedScreen({
  beneficiaryId,
  name,
  updated,
}: {
  beneficiaryId: string;
  name: string;
  updated: boolean;
}) {
  const { t } = useI18n();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className="card vf-saved" aria-labelledby="saved-heading">
      <div className="vf-saved-icon" aria-hidden="true">
        <svg viewBox="0 0 24 24" width="40" height="40">
          <path
            d="M5 12.5l4.5 4.5L19 7.5"
            fill="none"
            stroke="currentColor"
            strokeWidth="2.5"
            strokeLinecap="round"
            strokeLinejoin="round"
          />
        </svg>
      </div>
      <h1 id="saved-heading" ref={heading} tabIndex={-1}>
        {updated ? t('visit.saved.updated') : t('visit.saved.heading')}
      </h1>
      <p className="vf-saved-name">{name}</p>
      <p>
        <span className="vf-pending">{t('visit.saved.pending')}</span>
      </p>
      <p>{t('visit.saved.body')}</p>
      <div className="vf-actions">
        <Link className="button" to={beneficiaryPath(beneficiaryId)}>
          {t('visit.backToBeneficiary')}
        </Link>
        <Link className="button secondary" to={rosterPath()}>
          {t('visit.backToRoster')}
        </Link>
      </div>
    </section>
  );
}
