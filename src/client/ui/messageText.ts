import { useCallback } from 'react';
import { useI18n, type MessageKey } from '../i18n';
import { vi } from '../i18n/catalogs';

/** True when a string (e.g. a zod issue message) is a key of the message catalogs. */
export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(vi, key);
}

/**
 * Renders validation messages, which arrive as catalog keys (shared schemas never carry text).
 * An unexpected non-key still yields a readable sentence instead of a raw identifier.
 */
export function useMessageText(): (key: string | undefined) => string | undefined {
  const { t } = useI18n();
  return useCallback(
    (key) => (key === undefined ? undefined : isMessageKey(key) ? t(key) : t('ui.error.unknown')),
    [t],
  );
}
