import { errorIdOf } from './fieldId';

/**
 * The error line under a control. Always rendered (empty when valid) so screen readers announce
 * an error the moment it appears: a live region must exist before its content changes.
 */
export function FieldError({ id, message }: { id: string; message: string | undefined }) {
  return (
    <p id={errorIdOf(id)} className="field-error" aria-live="polite">
      {message}
    </p>
  );
}
