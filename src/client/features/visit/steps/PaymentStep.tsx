import { useFormContext, useWatch } from 'react-hook-form';
import { CASH_REASONS, PAYMENT_METHODS } from '../../../../shared/schemas';
import { useI18n } from '../../../i18n';
import { ChoiceGroup, fieldId, TextAreaField, TextField } from '../../../ui';
import type { VisitFormValues } from '../model/formValues';
import { BankPicker } from './BankPicker';
import { SurveyFields } from './SurveyFields';
import { useFieldError } from './useFieldError';
import { WalletFields } from './WalletFields';

export function PaymentStep({ beneficiaryName }: { beneficiaryName: string }) {
  const { t } = useI18n();
  const { register, control, setValue } = useFormContext<VisitFormValues>();
  const error = useFieldError();
  const method = useWatch({ control, name: 'payment.method' });
  const reason = useWatch({ control, name: 'payment.reason' });
  const cash = method === 'post_office_cash' || method === 'cash_at_home';

  return (
    <>
      <ChoiceGroup
        id={fieldId('payment.method')}
        legend={t('visit.payment.legend')}
        input={register('payment.method')}
        error={error('payment.method')}
        columns={2}
        options={PAYMENT_METHODS.map((m) => ({
          value: m,
          label: t(`visit.payment.${m}`),
          hint: t(`visit.payment.${m}.hint`),
        }))}
      />
      {method === 'bank' && (
        <section className="vf-subsection">
          <BankPicker />
          <div className="field-grid">
            <TextField
              id={fieldId('payment.accountNumber')}
              label={t('visit.bank.accountNumber')}
              hint={t('visit.bank.accountNumber.hint')}
              inputMode="numeric"
              autoComplete="off"
              maxLength={40}
              error={error('payment.accountNumber')}
              {...register('payment.accountNumber')}
            />
            <div>
              <TextField
                id={fieldId('payment.accountHolder')}
                label={t('visit.bank.accountHolder')}
                hint={t('visit.bank.accountHolder.hint')}
                autoComplete="off"
                maxLength={150}
                error={error('payment.accountHolder')}
                {...register('payment.accountHolder')}
              />
              <button
                type="button"
                className="secondary field-action-inline"
                onClick={() =>
                  setValue('payment.accountHolder', beneficiaryName, {
                    shouldDirty: true,
                    shouldValidate: false,
                  })
                }
              >
                {t('visit.bank.useName', { name: beneficiaryName })}
              </button>
            </div>
          </div>
        </section>
      )}
      {method === 'wallet' && <WalletFields />}
      {cash && (
        <section className="vf-subsection">
          <ChoiceGroup
            id={fieldId('payment.reason')}
            legend={t('visit.cash.reasonLegend')}
            hint={t('visit.cash.reasonHint')}
            input={register('payment.reason')}
            error={error('payment.reason')}
            columns={2}
            options={CASH_REASONS.map((r) => ({ value: r, label: t(`visit.cash.${r}`) }))}
          />
          {reason === 'other' && (
            <TextAreaField
              id={fieldId('payment.note')}
              label={t('visit.cash.note')}
              maxLength={600}
              error={error('payment.note')}
              {...register('payment.note')}
            />
          )}
        </section>
      )}
      <SurveyFields />
    </>
  );
}
