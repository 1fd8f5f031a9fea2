import type { ReactNode } from 'react';
import { normalizeVnPhone } from '../../../../../shared/phone';
import { useI18n } from '../../../../i18n';
import type { StepId } from '../../model/steps';

/** One part of the review: its step's name, an edit button, and what was entered. */
export function ReviewSection({
  step,
  onEdit,
  children,
}: {
  step: StepId;
  onEdit: (step: StepId) => void;
  children: ReactNode;
}) {
  const { t } = useI18n();
  const title = t(`visit.step.${step}`);
  return (
    <section className="vf-review-section" aria-labelledby={`review-${step}`}>
      <div className="vf-review-section-head">
        <h3 id={`review-${step}`}>{title}</h3>
        <button
          type="button"
          className="secondary"
          aria-label={t('visit.review.editStep', { step: title })}
          onClick={() => onEdit(step)}
        >
          {t('visit.review.edit')}
        </button>
      </div>
      <dl className="facts vf-review-facts">{children}</dl>
    </section>
  );
}

/** A phone number as people read it ("0912345678"), or as typed if it is not valid. */
export function phoneText(s: string): string {
  const r = normalizeVnPhone(s);
  return r.ok ? r.national : s;
}
