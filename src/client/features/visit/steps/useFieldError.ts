import { get, useFormContext } from 'react-hook-form';
import { useMessageText } from '../../../ui';
import type { VisitFormValues } from '../model/formValues';

/** The translated error for a form path, if any (issues carry message keys). */
export function useFieldError(): (name: string) => string | undefined {
  const {
    formState: { errors },
  } = useFormContext<VisitFormValues>();
  const text = useMessageText();
  return (name) => {
    const message: unknown = (get(errors, name) as { message?: unknown } | undefined)?.message;
    return typeof message === 'string' && message !== '' ? text(message) : undefined;
  };
}
