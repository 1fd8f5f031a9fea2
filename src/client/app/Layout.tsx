import { Suspense } from 'react';
import { NavLink, Outlet } from 'react-router';
import { useI18n } from '../i18n';
import { useSession } from '../sync';
import { LanguageSwitch } from './LanguageSwitch';
import { PageLoading } from './PageLoading';
import { StatusPill } from './StatusPill';
import { StorageAlert } from './StorageAlert';
import { UpdateBanner } from './UpdateBanner';

export function Layout() {
  const { t } = useI18n();
  const session = useSession();
  const role = session.status === 'unlocked' ? session.user.role : null;
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
          {role === 'provider_agent' && <NavLink to="/tai-khoan">{t('nav.accounts')}</NavLink>}
          <NavLink to="/thiet-bi">{t('nav.device')}</NavLink>
          {role === 'admin' && <NavLink to="/nhap-danh-sach">{t('rosterImport.nav')}</NavLink>}
          {(role === 'supervisor' || role === 'admin') && (
            <NavLink to="/tong-quan">{t('nav.dashboard')}</NavLink>
          )}
          {role && role !== 'field_worker' && (
            <NavLink to="/xuat-danh-sach">{t('nav.exports')}</NavLink>
          )}
          {role === 'admin' && <NavLink to="/nhat-ky">{t('nav.audit')}</NavLink>}
        </nav>
        <div className="header-tools">
          <StatusPill />
          <LanguageSwitch />
        </div>
      </header>
      <UpdateBanner />
      <StorageAlert />
      <main id="main" className="app-main" tabIndex={-1}>
        <Suspense fallback={<PageLoading />}>
          <Outlet />
        </Suspense>
      </main>
    </div>
  );
}
