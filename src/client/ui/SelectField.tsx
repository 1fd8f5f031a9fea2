import type { ReactNode, Ref, SelectHTMLAttributes } from 'react';
import type { ChoiceOption } from './ChoiceGroup';
import { FieldFrame } from './FieldFrame';

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
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error} optional={optional}>
      {(a11y) => (
        <select id={id} ref={ref} className="field-input" {...a11y} {...select}>
          <option value="">{placeholder}</option>
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </FieldFrame>
  );
}
