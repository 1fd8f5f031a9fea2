import { useFormContext, useWatch } from 'react-hook-form';
import { VISIT_OUTCOMES } from '../../../../shared/schemas';
import { useI18n } from '../../../i18n';
import { ChoiceGroup, fieldId, Notice } from '../../../ui';
import type { VisitFormValues } from '../model/formValues';
import { isAbsentOutcome } from '../model/steps';
import { useFieldError } from './useFieldError';

export function OutcomeStep() {
  const { t } = useI18n();
  const { register, control } = useFormContext<VisitFormValues>();
  const error = useFieldError();
  const outcome = useWatch({ control, name: 'outcome' });
  return (
    <>
      <ChoiceGroup
        id={fieldId('outcome')}
        legend={t('visit.outcome.legend')}
        input={register('outcome')}
        error={error('outcome')}
        columns={2}
        options={VISIT_OUTCOMES.map((o) => ({
          value: o,
          label: t(`visit.outcome.${o}`),
          hint: t(`visit.outcome.${o}.hint`),
        }))}
      />
      {isAbsentOutcome(outcome) && (
        <Notice tone={outcome === 'nobody_home' ? 'info' : 'warn'}>
          <p>{t('visit.outcome.absentNote')}</p>
          {outcome !== 'nobody_home' && <p>{t('visit.outcome.decreaseNote')}</p>}
        </Notice>
      )}
    </>
  );
}
