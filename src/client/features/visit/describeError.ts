import { DuplicateVisitError, StorageFullError, ValidationError, VisitLockedError } from '../../db';
import type { MessageKey } from '../../i18n';
import { isMessageKey } from '../../ui';

type T = (key: MessageKey, params?: Record<string, string | number>) => string;

/** A storage or validation failure in words the worker can act on. */
export function describeError(t: T): (error: unknown) => string {
  return (error) => {
    if (error instanceof StorageFullError) return t('storage.full');
    if (error instanceof DuplicateVisitError) return t('visit.save.duplicate');
    if (error instanceof VisitLockedError) return t('visit.save.locked');
    if (error instanceof ValidationError) {
      const key = error.issues.map((i) => i.key).find(isMessageKey);
      if (key) return t(key);
    }
    return error instanceof Error && error.message ? error.message : String(error);
  };
}
