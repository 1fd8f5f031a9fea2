import { useFormContext, useWatch } from 'react-hook-form';
import { CARRIER_NAMES } from '../../../../shared/phone';
import {
  checkWalletPhone,
  WALLET_PROVIDER_IDS,
  WALLET_PROVIDERS,
} from '../../../../shared/wallets';
import { useI18n } from '../../../i18n';
import { ChoiceGroup, fieldId, Notice, PhoneField, useMessageText } from '../../../ui';
import type { VisitFormValues } from '../model/formValues';
import { useFieldError } from './useFieldError';

/** Wallet provider and phone; a phone on another carrier is a warning, not a refusal. */
export function WalletFields() {
  const { t } = useI18n();
  const text = useMessageText();
  const { register, control, setValue } = useFormContext<VisitFormValues>();
  const error = useFieldError();
  const provider = useWatch({ control, name: 'payment.provider' });
  const phone = useWatch({ control, name: 'payment.phone' });
  const check = provider && phone.trim() ? checkWalletPhone(provider, phone) : null;
  const mismatch = check && !check.ok && 'warning' in check ? check : null;

  return (
    <section className="vf-subsection">
      <ChoiceGroup
        id={fieldId('payment.provider')}
        legend={t('visit.wallet.provider')}
        input={register('payment.provider')}
        error={error('payment.provider')}
        columns={3}
        options={WALLET_PROVIDER_IDS.map((id) => ({ value: id, label: WALLET_PROVIDERS[id].name }))}
      />
      <PhoneField
        id={fieldId('payment.phone')}
        label={t('visit.wallet.phone')}
        value={phone}
        maxLength={32}
        error={error('payment.phone')}
        onUseSuggestion={(s) =>
          setValue('payment.phone', s, { shouldDirty: true, shouldValidate: true })
        }
        {...register('payment.phone')}
      />
      <div aria-live="polite">
        {mismatch && provider && (
          <Notice tone="warn" title={text(mismatch.warning)}>
            <p>
              {t('visit.wallet.mismatch', {
                phone: phone.trim(),
                phoneCarrier: CARRIER_NAMES[mismatch.phoneCarrier],
                wallet: WALLET_PROVIDERS[provider].name,
                walletCarrier: CARRIER_NAMES[mismatch.walletCarrier],
              })}
            </p>
          </Notice>
        )}
      </div>
    </section>
  );
}
