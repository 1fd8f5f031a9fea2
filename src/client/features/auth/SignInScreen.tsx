import { useState } from 'react';
import { useI18n } from '../../i18n';
import { Notice } from '../../ui';
import type { SessionNotice, SessionUser } from '../../sync';
import { AuthFrame } from './AuthFrame';
import { LoginForm } from './LoginForm';
import { UnlockForm } from './UnlockForm';

const NOTICE = {
  wiped: 'auth.notice.wiped',
  pinLocked: 'auth.notice.pinLocked',
  signedOut: 'auth.notice.signedOut',
} as const;

/** The PIN for people who signed in here before; the password for anyone else. */
export function SignInScreen({
  accounts,
  notice,
}: {
  accounts: readonly SessionUser[];
  notice: SessionNotice;
}) {
  const { t } = useI18n();
  const [withPassword, setWithPassword] = useState(accounts.length === 0);
  const unlocking = !withPassword && accounts.length > 0;
  return (
    <AuthFrame>
      <h1>{unlocking ? t('auth.unlock.heading') : t('auth.login.heading')}</h1>
      {notice && <Notice tone={notice === 'wiped' ? 'danger' : 'info'}>{t(NOTICE[notice])}</Notice>}
      {unlocking ? (
        <>
          <UnlockForm accounts={accounts} />
          <button type="button" className="secondary" onClick={() => setWithPassword(true)}>
            {t('auth.unlock.otherUser')}
          </button>
        </>
      ) : (
        <>
          <p>{t('auth.login.intro')}</p>
          <LoginForm />
          {accounts.length > 0 && (
            <button type="button" className="secondary" onClick={() => setWithPassword(false)}>
              {t('auth.login.backToPin')}
            </button>
          )}
        </>
      )}
    </AuthFrame>
  );
}
