import { useEffect, useRef, useState } from 'react';
import type { DraftRow } from '../../db';
import { useI18n } from '../../i18n';
import { STEP_IDS } from './model/steps';

/** An unfinished visit for this person: carry on, or throw it away (after confirming). */
export function DraftOffer({
  name,
  draft,
  onResume,
  onDiscard,
}: {
  name: string;
  draft: DraftRow;
  onResume: () => void;
  onDiscard: () => void;
}) {
  const { t, locale } = useI18n();
  const [confirming, setConfirming] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const step = STEP_IDS[draft.step] ?? 'outcome';
  const time = new Date(draft.updatedAt).toLocaleString(locale === 'vi' ? 'vi-VN' : 'en-GB', {
    hour: '2-digit',
    minute: '2-digit',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
  });
  return (
    <section className="card vf-offer" aria-labelledby="draft-heading">
      <h1 id="draft-heading" ref={heading} tabIndex={-1}>
        {t('visit.draft.heading')}
      </h1>
      <p>{t('visit.draft.body', { name, step: t(`visit.step.${step}`), time })}</p>
      {confirming ? (
        <div className="vf-confirm" role="alertdialog" aria-labelledby="discard-question">
          <p id="discard-question">
            <strong>{t('visit.draft.confirmDiscard')}</strong>
          </p>
          <div className="vf-actions">
            <button type="button" className="danger" onClick={onDiscard}>
              {t('visit.draft.confirmYes')}
            </button>
            <button
              type="button"
              className="secondary"
              autoFocus
              onClick={() => setConfirming(false)}
            >
              {t('visit.draft.confirmNo')}
            </button>
          </div>
        </div>
      ) : (
        <div className="vf-actions">
          <button type="button" onClick={onResume}>
            {t('visit.draft.resume')}
          </button>
          <button type="button" className="secondary" onClick={() => setConfirming(true)}>
            {t('visit.draft.discard')}
          </button>
        </div>
      )}
    </section>
  );
}
