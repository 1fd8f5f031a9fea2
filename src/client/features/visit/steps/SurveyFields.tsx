import { useFormContext } from 'react-hook-form';
import { useI18n } from '../../../i18n';
import { fieldId, YesNoField } from '../../../ui';
import type { VisitFormValues } from '../model/formValues';
import { useFieldError } from './useFieldError';

const QUESTIONS = ['hasPhone', 'hasSmartphone', 'canTravelToPayPoint', 'needsGuidance'] as const;

/** What the beneficiary can manage: decides which channel is realistic and who needs guidance. */
export function SurveyFields() {
  const { t } = useI18n();
  const { register } = useFormContext<VisitFormValues>();
  const error = useFieldError();
  return (
    <section className="vf-subsection" aria-labelledby="survey-heading">
      <h3 id="survey-heading" className="vf-subsection-heading">
        {t('visit.survey.heading')}
      </h3>
      <div className="vf-survey-grid">
        {QUESTIONS.map((q) => (
          <YesNoField
            key={q}
            id={fieldId(`survey.${q}`)}
            legend={t(`visit.survey.${q}`)}
            input={register(`survey.${q}`)}
            error={error(`survey.${q}`)}
          />
        ))}
      </div>
    </section>
  );
}
