import { useFormContext, useWatch } from 'react-hook-form';
import { useI18n } from '../../../i18n';
import { fieldId, PhoneField } from '../../../ui';
import { nationalForm, type VisitFormValues } from '../model/formValues';
import { useFieldError } from './useFieldError';

export function PhonesStep({ rosterPhone }: { rosterPhone: string | null }) {
  const { t } = useI18n();
  const { register, control, setValue } = useFormContext<VisitFormValues>();
  const error = useFieldError();
  const [phone, repPhone, repName, outcome, has, payment] = useWatch({
    control,
    name: [
      'beneficiaryPhone',
      'representative.phone',
      'representative.fullName',
      'outcome',
      'hasRepresentative',
      'payment',
    ],
  });
  const walletPhone = payment.method === 'wallet' ? payment.phone.trim() : '';
  const set = (name: 'beneficiaryPhone' | 'representative.phone', value: string) =>
    setValue(name, value, { shouldDirty: true, shouldValidate: true });

  return (
    <>
      <PhoneField
        id={fieldId('beneficiaryPhone')}
        label={t('visit.phones.beneficiary')}
        hint={
          <>
            {t('visit.phones.beneficiary.hint')}
            {rosterPhone && <> {t('visit.phones.roster', { phone: nationalForm(rosterPhone) })}</>}
          </>
        }
        optional
        value={phone}
        maxLength={32}
        error={error('beneficiaryPhone')}
        onUseSuggestion={(s) => set('beneficiaryPhone', s)}
        {...register('beneficiaryPhone')}
      />
      {walletPhone !== '' && walletPhone !== phone.trim() && (
        <button
          type="button"
          className="secondary field-action"
          onClick={() => set('beneficiaryPhone', walletPhone)}
        >
          {t('visit.phones.useWallet', { phone: walletPhone })}
        </button>
      )}
      {(outcome === 'met_guardian' || has === 'yes') && (
        <div className="vf-subsection">
          <PhoneField
            id={fieldId('representative.phone')}
            label={
              repName.trim()
                ? t('visit.phones.representative', { name: repName.trim() })
                : t('visit.phones.representativeUnnamed')
            }
            value={repPhone}
            maxLength={32}
            error={error('representative.phone')}
            onUseSuggestion={(s) => set('representative.phone', s)}
            {...register('representative.phone')}
          />
        </div>
      )}
    </>
  );
}
