import type { ReactNode } from 'react';
import { LOCALES, useI18n } from '../../i18n';
import './auth.css';

/** The page around the sign-in screens (the app's own chrome needs a signed-in user). */
export function AuthFrame({ children }: { children: ReactNode }) {
  const { t, locale, setLocale } = useI18n();
  return (
    <main id="main" className="auth-screen">
      <div className="auth-top">
        <span className="brand-name">{t('auth.brand')}</span>
        <div className="auth-langs" role="group" aria-label={t('lang.label')}>
          {LOCALES.map((l) => (
            <button
              key={l}
              type="button"
              className="secondary"
              aria-pressed={l === locale}
              onClick={() => setLocale(l)}
            >
              {t(`lang.${l}`)}
            </button>
          ))}
        </div>
      </div>
      <section className="card auth-card">{children}</section>
    </main>
  );
}
