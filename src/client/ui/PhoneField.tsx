import { CARRIER_NAMES, normalizeVnPhone } from '../../shared/phone';
import { useI18n } from '../i18n';
import { TextField, type TextFieldProps } from './TextField';

export interface PhoneFieldProps extends Omit<TextFieldProps, 'feedback' | 'type'> {
  /** The current text, to show which carrier it belongs to or the new form of an old number. */
  value: string;
  onUseSuggestion: (suggestion: string) => void;
}

/**
 * A Vietnamese mobile number. While typing it shows the carrier and the stored form; an old
 * 11-digit number gets a one-tap switch to its converted 10-digit number.
 */
export function PhoneField({ value, onUseSuggestion, ...field }: PhoneFieldProps) {
  const { t } = useI18n();
  const result = value.trim() === '' ? null : normalizeVnPhone(value);
  let feedback = null;
  if (result?.ok) {
    feedback = (
      <p className="field-feedback">
        {t('ui.phone.carrier', { carrier: CARRIER_NAMES[result.carrier], e164: result.e164 })}
      </p>
    );
  } else if (result && result.suggestion) {
    const suggestion = result.suggestion;
    feedback = (
      <>
        {/* Said at once, not only after "continue": the fix is one tap away. */}
        {!field.error && <p className="field-feedback field-feedback-warn">{t(result.error)}</p>}
        <button
          type="button"
          className="secondary field-action"
          onClick={() => onUseSuggestion(suggestion)}
        >
          {t('ui.phone.useSuggestion', { suggestion })}
        </button>
      </>
    );
  }
  return (
    <TextField
      {...field}
      type="tel"
      inputMode="tel"
      autoComplete="off"
      feedback={<div className="field-feedback-slot">{feedback}</div>}
    />
  );
}
