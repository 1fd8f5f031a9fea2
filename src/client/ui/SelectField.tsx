import type { ReactNode, Ref, SelectHTMLAttributes } from 'react';
import { useI18n } from '../i18n';
import type { ChoiceOption } from './ChoiceGroup';
import { describedBy, hintIdOf } from './fieldId';
import { FieldError } from './FieldMessage';

export interface SelectFieldProps extends Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id'> {
  id: string;
  label: string;
  options: readonly ChoiceOption[];
  /** Text of the empty first option ("choose …"). */
  placeholder: string;
  hint?: ReactNode;
  error?: string;
  optional?: boolean;
  ref?: Ref<HTMLSelectElement>;
}

/** A native select: compact for long lists, and every platform's own accessible picker. */
export function SelectField({
  id,
  label,
  options,
  placeholder,
  hint,
  error,
  optional,
  ref,
  ...select
}: SelectFieldProps) {
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
      <select
        id={id}
        ref={ref}
        className="field-input"
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, Boolean(hint), Boolean(error))}
        {...select}
      >
        <option value="">{placeholder}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <FieldError id={id} message={error} />
    </div>
  );
}
