import { useState, type FormEvent } from 'react';
import { useI18n } from '../../i18n';
import { TextField } from '../../ui';
import { choosePin, PIN_LENGTH, pinProblem, type SessionUser } from '../../sync';
import { AuthFrame } from './AuthFrame';

const PROBLEM = {
  length: 'auth.pin.length',
  digits: 'auth.pin.digits',
  simple: 'auth.pin.simple',
} as const;

/** After the first password sign-in on this tablet: the PIN for later, offline days. */
export function PinSetupScreen({ user }: { user: SessionUser }) {
  const { t } = useI18n();
  const [pin, setPin] = useState('');
  const [repeat, setRepeat] = useState('');
  const [error, setError] = useState<{ field: 'new' | 'repeat'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const problem = pinProblem(pin);
    if (problem) return setError({ field: 'new', text: t(PROBLEM[problem]) });
    if (repeat !== pin) return setError({ field: 'repeat', text: t('auth.pin.mismatch') });
    setBusy(true);
    setError(null);
    try {
      await choosePin(pin);
    } catch (e) {
      setError({ field: 'new', text: e instanceof Error ? e.message : String(e) });
      setBusy(false);
    }
  }

  const digits = (value: string) => value.replace(/\D/g, '').slice(0, PIN_LENGTH);
  return (
    <AuthFrame>
      <h1>{t('auth.pin.heading')}</h1>
      <p>{t('auth.pin.intro', { name: user.displayName })}</p>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <TextField
          id="pin-new"
          type="password"
          inputMode="numeric"
          autoComplete="new-password"
          label={t('auth.pin.new')}
          className="auth-pin"
          value={pin}
          onChange={(e) => setPin(digits(e.target.value))}
          error={error?.field === 'new' ? error.text : undefined}
        />
        <TextField
          id="pin-repeat"
          type="password"
          inputMode="numeric"
          autoComplete="new-password"
          label={t('auth.pin.repeat')}
          className="auth-pin"
          value={repeat}
          onChange={(e) => setRepeat(digits(e.target.value))}
          error={error?.field === 'repeat' ? error.text : undefined}
        />
        <div className="actions">
          <button type="submit" disabled={busy}>
            {t('auth.pin.save')}
          </button>
        </div>
      </form>
    </AuthFrame>
  );
}
