import type { ReactNode, Ref, TextareaHTMLAttributes } from 'react';
import { useI18n } from '../i18n';
import { describedBy, hintIdOf } from './fieldId';
import { FieldError } from './FieldMessage';

export interface TextAreaFieldProps extends Omit<
  TextareaHTMLAttributes<HTMLTextAreaElement>,
  'id'
> {
  id: string;
  label: string;
  hint?: ReactNode;
  error?: string;
  optional?: boolean;
  ref?: Ref<HTMLTextAreaElement>;
}

export function TextAreaField({
  id,
  label,
  hint,
  error,
  optional,
  ref,
  ...area
}: TextAreaFieldProps) {
  const { t } = useI18n();
  return (
    <div className={`field${error ? ' field-invalid' : ''}`}>
      <label htmlFor={id} className="field-label">
        {label}
        {optional && <span className="field-optional"> {t('ui.optional')}</span>}
      </label>
      {hint && (
        <p id={hintIdOf(id)} className="field-hint">
          {hint}
        </p>
      )}
      <textarea
        id={id}
        ref={ref}
        className="field-input"
        rows={3}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, Boolean(hint), Boolean(error))}
        {...area}
      />
      <FieldError id={id} message={error} />
    </div>
  );
}
