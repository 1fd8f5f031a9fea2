import { act, render } from '@testing-library/react';
import { Suspense } from 'react';
import { Link, MemoryRouter, Route, Routes, useLocation } from 'react-router';
import RosterPage from '../../../src/client/features/roster/RosterPage';
import BeneficiaryPage from '../../../src/client/features/roster/detail/BeneficiaryPage';
import { I18nProvider } from '../../../src/client/i18n';
import type { BeneficiaryInput } from '../../../src/shared';
import { beneficiary } from '../../shared/schemas/samples';

// The roster routes as the app mounts them, in Vietnamese, on the test's fresh device database.

function VisitStandIn() {
  return <p>visit form at {useLocation().pathname}</p>;
}

/** Awaited: the pages suspend until the device database is open. */
export async function renderRoster(path = '/') {
  return act(async () =>
    render(
      <I18nProvider locale="vi">
        <MemoryRouter initialEntries={[path]}>
          <Link to="/">Trang chủ</Link>
          <Suspense fallback={<p>…</p>}>
            <Routes>
              <Route index element={<RosterPage />} />
              <Route path="nguoi-huong/:id" element={<BeneficiaryPage />} />
              <Route path="nguoi-huong/:id/tham-ho" element={<VisitStandIn />} />
            </Routes>
          </Suspense>
        </MemoryRouter>
      </I18nProvider>,
    ),
  );
}

let n = 0;
/** A valid roster entry with a fresh id; the sample's Lạng Sơn man unless overridden. */
export function person(overrides: Partial<BeneficiaryInput> = {}): BeneficiaryInput {
  n++;
  const id = `3f1d2c4b-5a69-4e7d-8c1b-${String(n).padStart(12, '0')}`;
  return beneficiary({ id, idNumber: null, phone: null, ...overrides });
}
