import { useState, type FormEvent } from 'react';
import { useI18n } from '../../i18n';
import { TextField } from '../../ui';
import { renewLogin } from '../../sync';
import { describeLoginError } from './describeLoginError';

/** The saved session was refused: work goes on; the password restarts syncing. */
export function ReloginBanner() {
  const { t, locale } = useI18n();
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await renewLogin(password);
    } catch (e) {
      setError(describeLoginError(e, t, locale));
      setPassword('');
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="banner banner-danger relogin" onSubmit={(e) => void submit(e)} noValidate>
      <p>{t('auth.relogin.text')}</p>
      <TextField
        id="relogin-password"
        type="password"
        autoComplete="current-password"
        label={t('auth.login.password')}
        value={password}
        onChange={(e) => setPassword(e.target.value)}
        error={error ?? undefined}
      />
      <button type="submit" disabled={busy || !password}>
        {t('auth.relogin.submit')}
      </button>
    </form>
  );
}
