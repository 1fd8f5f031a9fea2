import { lazy } from 'react';
import { BrowserRouter, Route, Routes } from 'react-router';
import { I18nProvider } from '../i18n';
import { SessionGate } from '../features/auth/SessionGate';
import { NotFoundPage } from '../features/home/NotFoundPage';
import { Layout } from './Layout';

// Pages load on demand so the first screen's JavaScript stays small; the service worker has
// precached every chunk, so this works offline too.
const DevicePage = lazy(() => import('../features/device/DevicePage'));
const ScanDemoPage = lazy(() => import('../scan/ScanDemoPage'));
const RosterPage = lazy(() => import('../features/roster/RosterPage'));
const BeneficiaryPage = lazy(() => import('../features/roster/detail/BeneficiaryPage'));
const VisitPage = lazy(() => import('../features/visit/VisitPage'));

export function App() {
  return (
    <I18nProvider>
      <SessionGate>
        <BrowserRouter>
          <Routes>
            <Route element={<Layout />}>
              <Route index element={<RosterPage />} />
              <Route path="nguoi-huong/:id" element={<BeneficiaryPage />} />
              <Route path="nguoi-huong/:id/tham-ho" element={<VisitPage />} />
              <Route path="thiet-bi" element={<DevicePage />} />
              <Route path="quet-cccd" element={<ScanDemoPage />} />
              <Route path="*" element={<NotFoundPage />} />
            </Route>
          </Routes>
        </BrowserRouter>
      </SessionGate>
    </I18nProvider>
  );
}
