import { sharedMessage } from '../../../shared/messages';
import type { useI18n } from '../../i18n';
import { LoginError } from '../../sync';

type T = ReturnType<typeof useI18n>['t'];

/** What the sign-in form says when the server (or the network) refuses a login. */
export function describeLoginError(error: unknown, t: T, locale: 'vi' | 'en'): string {
  if (!(error instanceof LoginError)) {
    return t('auth.error.unexpected', {
      reason: error instanceof Error ? error.message : String(error),
    });
  }
  const f = error.failure;
  switch (f.kind) {
    case 'offline':
      return t('auth.error.offline');
    case 'credentials':
      return t('auth.error.credentials');
    case 'locked':
      return t('auth.error.locked', { minutes: f.minutes });
    case 'tooManyAttempts':
      return t('auth.error.tooManyAttempts', { minutes: f.minutes });
    case 'disabled':
      return t('auth.error.disabled');
    case 'revoked':
      return t('auth.error.revoked');
    case 'invalid':
      return sharedMessage(f.key, {}, locale);
    case 'server':
      return t('auth.error.server', { status: String(f.status) });
  }
}
