import { useEffect, type ReactNode } from 'react';
import { useI18n } from '../../i18n';
import { lockSession, restoreSession, useSession, watchForLock } from '../../sync';
import { AuthFrame } from './AuthFrame';
import { PinSetupScreen } from './PinSetupScreen';
import { ReloginBanner } from './ReloginBanner';
import { SignInScreen } from './SignInScreen';
import { SyncRunner } from './SyncRunner';

/**
 * Shows the app only to a signed-in, unlocked user, in that user's own database, and syncs
 * while it is open. Everyone else gets the sign-in, PIN or unlock screen.
 */
export function SessionGate({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  const session = useSession();

  useEffect(() => {
    void restoreSession();
  }, []);

  // Idle or hidden for long: locked (the data key leaves memory; the PIN opens it again).
  const unlockedUser = session.status === 'unlocked' ? session.user.userId : null;
  useEffect(() => {
    if (unlockedUser === null) return undefined;
    return watchForLock(() => void lockSession());
  }, [unlockedUser]);

  switch (session.status) {
    case 'loading':
      return (
        <AuthFrame>
          <p role="status">{t('auth.loading')}</p>
        </AuthFrame>
      );
    case 'locked':
      return <SignInScreen accounts={session.accounts} notice={session.notice} />;
    case 'choosePin':
      return <PinSetupScreen user={session.user} />;
    case 'unlocked':
      return (
        <>
          <SyncRunner userId={session.user.userId} needsLogin={session.needsLogin} />
          {session.needsLogin && <ReloginBanner />}
          {children}
        </>
      );
  }
}
