import type { ReactNode } from 'react';
import { useI18n } from '../i18n';
import { describedBy, hintIdOf } from './fieldId';
import { FieldError } from './FieldMessage';

export interface FieldFrameProps {
  id: string;
  label: string;
  hint?: ReactNode;
  error?: string;
  optional?: boolean;
  className?: string;
  /** The control itself, given the accessibility attributes it must carry. */
  children: (a11y: {
    'aria-invalid': true | undefined;
    'aria-describedby': string | undefined;
  }) => ReactNode;
  /** Shown under the control, before the error. */
  after?: ReactNode;
}

/** Label, hint, control and error of one form field, wired together for screen readers. */
export function FieldFrame({
  id,
  label,
  hint,
  error,
  optional,
  className,
  children,
  after,
}: FieldFrameProps) {
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
      {children({
        'aria-invalid': error ? true : undefined,
        'aria-describedby': describedBy(id, Boolean(hint), Boolean(error)),
      })}
      {after}
      <FieldError id={id} message={error} />
    </div>
  );
}
