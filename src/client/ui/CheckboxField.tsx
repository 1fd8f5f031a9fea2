import type { InputHTMLAttributes, ReactNode, Ref } from 'react';
import { describedBy } from './fieldId';
import { FieldError } from './FieldMessage';

export interface CheckboxFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id'> {
  id: string;
  label: ReactNode;
  error?: string;
  ref?: Ref<HTMLInputElement>;
}

/** One explicit tick box with a large hit area (the whole row is the label). */
export function CheckboxField({ id, label, error, ref, ...input }: CheckboxFieldProps) {
  return (
    <div className={`field${error ? ' field-invalid' : ''}`}>
      <label htmlFor={id} className="choice-tile checkbox-tile">
        <input
          id={id}
          ref={ref}
          type="checkbox"
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(id, false, Boolean(error))}
          {...input}
        />
        <span className="choice-text">
          <span className="choice-label">{label}</span>
        </span>
      </label>
      <FieldError id={id} message={error} />
    </div>
  );
}
