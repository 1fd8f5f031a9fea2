import { useState, type FormEvent } from 'react';
import { useI18n } from '../../i18n';
import { TextField } from '../../ui';
import { PIN_LENGTH, unlockWithPin, type SessionUser } from '../../sync';

/** The PIN opens the app offline for someone who signed in on this tablet before. */
export function UnlockForm({ accounts }: { accounts: readonly SessionUser[] }) {
  const { t } = useI18n();
  const [userId, setUserId] = useState(accounts[0]?.userId ?? '');
  const [pin, setPin] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    const result = await unlockWithPin(userId, pin);
    if (!result.ok && 'remaining' in result) {
      setError(t('auth.unlock.wrong', { remaining: result.remaining }));
      setPin('');
      setBusy(false);
    }
    // Success and lock-out both change the session: this form goes away.
  }

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      {accounts.length > 1 ? (
        <fieldset className="auth-users">
          <legend>{t('auth.unlock.who')}</legend>
          {accounts.map((a) => (
            <label key={a.userId} className="auth-user">
              <input
                type="radio"
                name="unlock-user"
                value={a.userId}
                checked={a.userId === userId}
                onChange={() => setUserId(a.userId)}
              />
              {a.displayName} ({a.username})
            </label>
          ))}
        </fieldset>
      ) : (
        <p className="auth-who">
          {accounts[0]?.displayName} ({accounts[0]?.username})
        </p>
      )}
      <TextField
        id="unlock-pin"
        type="password"
        label={t('auth.unlock.pin')}
        inputMode="numeric"
        autoComplete="off"
        maxLength={PIN_LENGTH}
        className="auth-pin"
        value={pin}
        onChange={(e) => setPin(e.target.value.replace(/\D/g, ''))}
        error={error ?? undefined}
      />
      <div className="actions">
        <button type="submit" disabled={busy || pin.length !== PIN_LENGTH}>
          {t('auth.unlock.submit')}
        </button>
      </div>
    </form>
  );
}
