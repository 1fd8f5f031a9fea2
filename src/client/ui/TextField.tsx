import type { InputHTMLAttributes, ReactNode, Ref } from 'react';
import { FieldFrame } from './FieldFrame';

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
  return (
    <FieldFrame
      id={id}
      label={label}
      hint={hint}
      error={error}
      optional={optional}
      className={className}
      after={feedback}
    >
      {(a11y) => <input id={id} ref={ref} className="field-input" {...a11y} {...input} />}
    </FieldFrame>
  );
}
