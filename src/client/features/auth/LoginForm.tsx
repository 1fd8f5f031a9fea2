import { useState, type FormEvent } from 'react';
import { useI18n } from '../../i18n';
import { TextField } from '../../ui';
import { signIn } from '../../sync';
import { describeLoginError } from './describeLoginError';

/** Username and password, checked by the server (the first sign-in needs the network). */
export function LoginForm({ initialUsername = '' }: { initialUsername?: string }) {
  const { t, locale } = useI18n();
  const [username, setUsername] = useState(initialUsername);
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await signIn(username, password);
    } catch (e) {
      setError(describeLoginError(e, t, locale));
      setPassword('');
      setBusy(false);
    }
  }

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <TextField
        id="login-username"
        label={t('auth.login.username')}
        autoComplete="username"
        autoCapitalize="none"
        spellCheck={false}
        required
        value={username}
        onChange={(e) => setUsername(e.target.value)}
      />
      <TextField
        id="login-password"
        type="password"
        label={t('auth.login.password')}
        autoComplete="current-password"
        required
        value={password}
        onChange={(e) => setPassword(e.target.value)}
      />
      {error && (
        <p role="alert" className="text-danger">
          {error}
        </p>
      )}
      <div className="actions">
        <button type="submit" disabled={busy || !username || !password}>
          {busy ? t('auth.login.busy') : t('auth.login.submit')}
        </button>
      </div>
    </form>
  );
}
