import { useFormContext, useWatch } from 'react-hook-form';
import { useI18n } from '../../../i18n';
import { fieldId, TextAreaField } from '../../../ui';
import type { VisitFormValues } from '../model/formValues';
import { isAbsentOutcome, type StepId } from '../model/steps';
import { toVisitInput, type VisitContext } from '../model/toVisitInput';
import { ConsentReview } from './review/ConsentReview';
import { IdentityReview } from './review/IdentityReview';
import { PaymentReview } from './review/PaymentReview';
import { RepresentativeReview } from './review/RepresentativeReview';
import { phoneText, ReviewSection } from './review/ReviewSection';
import { useFieldError } from './useFieldError';

/** Everything entered, part by part with an edit button each, then notes and save. */
export function ReviewStep({ ctx, onEdit }: { ctx: VisitContext; onEdit: (step: StepId) => void }) {
  const { t } = useI18n();
  const { register, control } = useFormContext<VisitFormValues>();
  const error = useFieldError();
  const v = useWatch({ control }) as VisitFormValues;
  const hasRep = v.outcome === 'met_guardian' || v.hasRepresentative === 'yes';
  const phone = (s: string, empty: string) => (s.trim() ? phoneText(s) : empty);

  return (
    <>
      <p className="vf-step-intro">{t('visit.review.intro')}</p>
      <ReviewSection step="outcome" onEdit={onEdit}>
        <dt>{t('visit.review.outcome')}</dt>
        <dd>{v.outcome ? t(`visit.outcome.${v.outcome}`) : t('visit.review.notAnswered')}</dd>
      </ReviewSection>
      {!isAbsentOutcome(v.outcome) && (
        <>
          <ReviewSection step="identity" onEdit={onEdit}>
            <IdentityReview values={v} corrections={toVisitInput(v, ctx).corrections} />
          </ReviewSection>
          <ReviewSection step="payment" onEdit={onEdit}>
            <PaymentReview values={v} />
          </ReviewSection>
          <ReviewSection step="representative" onEdit={onEdit}>
            <RepresentativeReview values={v} />
          </ReviewSection>
          <ReviewSection step="phones" onEdit={onEdit}>
            <dt>{t('visit.review.beneficiaryPhone')}</dt>
            <dd>{phone(v.beneficiaryPhone, t('visit.review.none'))}</dd>
            {hasRep && (
              <>
                <dt>{t('visit.phones.representativeUnnamed')}</dt>
                <dd>{phone(v.representative.phone, t('visit.review.notAnswered'))}</dd>
              </>
            )}
          </ReviewSection>
          <ReviewSection step="consent" onEdit={onEdit}>
            <ConsentReview values={v} />
          </ReviewSection>
        </>
      )}
      <TextAreaField
        id={fieldId('notes')}
        label={t('visit.review.notes')}
        hint={t('visit.review.notes.hint')}
        optional
        maxLength={2100}
        error={error('notes')}
        {...register('notes')}
      />
    </>
  );
}
