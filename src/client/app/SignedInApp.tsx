import { lazy } from 'react';
import { BrowserRouter, Route, Routes } from 'react-router';
import { SessionGate } from '../features/auth/SessionGate';
import { NotFoundPage } from '../features/home/NotFoundPage';
import { Layout } from './Layout';

// Everything behind sign-in: the session gate (with the device database and the sync engine it
// starts) and the routes. Loaded after the first paint, so the shell's own JavaScript stays small.
// Pages load on demand too; the service worker has precached every chunk, so this works offline.
const DevicePage = lazy(() => import('../features/device/DevicePage'));
const ScanDemoPage = lazy(() => import('../scan/ScanDemoPage'));
const RosterPage = lazy(() => import('../features/roster/RosterPage'));
const BeneficiaryPage = lazy(() => import('../features/roster/detail/BeneficiaryPage'));
const VisitPage = lazy(() => import('../features/visit/VisitPage'));
const ImportPage = lazy(() => import('../features/import/ImportPage'));
const AccountWorkPage = lazy(() => import('../features/provider/AccountWorkPage'));
const ConsentPrintPage = lazy(() => import('../features/consent/ConsentPrintPage'));
const RightsPage = lazy(() => import('../features/consent/RightsPage'));
const DashboardPage = lazy(() => import('../features/dashboard/DashboardPage'));
const ExportsPage = lazy(() => import('../features/exports/ExportsPage'));
const AuditPage = lazy(() => import('../features/audit/AuditPage'));

export default function SignedInApp() {
  return (
    <SessionGate>
      <BrowserRouter>
        <Routes>
          <Route element={<Layout />}>
            <Route index element={<RosterPage />} />
            <Route path="nguoi-huong/:id" element={<BeneficiaryPage />} />
            <Route path="nguoi-huong/:id/tham-ho" element={<VisitPage />} />
            <Route path="nguoi-huong/:id/dong-y/:visitId" element={<ConsentPrintPage />} />
            <Route path="nguoi-huong/:id/quyen" element={<RightsPage />} />
            <Route path="thiet-bi" element={<DevicePage />} />
            <Route path="tai-khoan" element={<AccountWorkPage />} />
            <Route path="quet-cccd" element={<ScanDemoPage />} />
            <Route path="nhap-danh-sach" element={<ImportPage />} />
            <Route path="tong-quan" element={<DashboardPage />} />
            <Route path="xuat-danh-sach" element={<ExportsPage />} />
            <Route path="nhat-ky" element={<AuditPage />} />
            <Route path="*" element={<NotFoundPage />} />
          </Route>
        </Routes>
      </BrowserRouter>
    </SessionGate>
  );
}
