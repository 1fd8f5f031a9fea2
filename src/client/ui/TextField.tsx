import type { InputHTMLAttributes, ReactNode, Ref } from 'react';
import { useI18n } from '../i18n';
import { describedBy, hintIdOf } from './fieldId';
import { FieldError } from './FieldMessage';

export interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id'> {
  id: string;
  label: string;
  hint?: ReactNode;
  error?: string;
  optional?: boolean;
  /** Shown under the input, before the error: e.g. the carrier of a phone number. */
  feedback?: ReactNode;
  ref?: Ref<HTMLInputElement>;
}

export function TextField({
  id,
  label,
  hint,
  error,
  optional,
  feedback,
  className,
  ref,
  ...input
}: TextFieldProps) {
  const { t } = useI18n();
  return (
    <div className={`field${error ? ' field-invalid' : ''}${className ? ` ${className}` : ''}`}>
      <label htmlFor={id} className="field-label">
        {label}
        {optional && <span className="field-optional"> {t('ui.optional')}</span>}
      </label>
      {hint && (
        <p id={hintIdOf(id)} className="field-hint">
          {hint}
        </p>
      )}
      <input
        id={id}
        ref={ref}
        className="field-input"
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, Boolean(hint), Boolean(error))}
        {...input}
      />
      {feedback}
      <FieldError id={id} message={error} />
    </div>
  );
}
