import { useI18n } from '../../i18n';
import { useStore } from '../../platform';
import {
  IDLE_CHOICES_MINUTES,
  idleMinutesStore,
  setIdleMinutes,
  type IdleMinutes,
} from '../../sync';

/** How long the app may stay unused before it locks itself (a setting of this tablet). */
export function AutoLockSection() {
  const { t } = useI18n();
  const minutes = useStore(idleMinutesStore);
  return (
    <section aria-labelledby="autolock-heading" className="card">
      <h2 id="autolock-heading">{t('device.lockHeading')}</h2>
      <div className="field">
        <label htmlFor="autolock-minutes">{t('device.lockIdle')}</label>
        <select
          id="autolock-minutes"
          aria-describedby="autolock-hint"
          value={minutes}
          onChange={(e) => setIdleMinutes(Number(e.target.value) as IdleMinutes)}
        >
          {IDLE_CHOICES_MINUTES.map((m) => (
            <option key={m} value={m}>
              {t('device.lockMinutes', { minutes: m })}
            </option>
          ))}
        </select>
        <p id="autolock-hint" className="hint">
          {t('device.lockHint')}
        </p>
      </div>
    </section>
  );
}
