import { NavLink, Outlet } from 'react-router';
import { useI18n } from '../i18n';
import { LanguageSwitch } from './LanguageSwitch';

export function Layout() {
  const { t } = useI18n();
  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="app-header">
        <div className="brand">
          <span className="brand-name">{t('app.title')}</span>
          <span className="brand-tagline">{t('app.tagline')}</span>
        </div>
        <nav aria-label={t('nav.main')} className="app-nav">
          <NavLink to="/" end>
            {t('nav.home')}
          </NavLink>
        </nav>
        <LanguageSwitch />
      </header>
      <main id="main" className="app-main" tabIndex={-1}>
        <Outlet />
      </main>
    </div>
  );
}
