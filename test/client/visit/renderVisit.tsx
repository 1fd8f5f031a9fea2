// Dexie's liveQuery only runs if an indexedDB global existed when Dexie was first imported.
import 'fake-indexeddb/auto';
import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Suspense } from 'react';
import { expect } from 'vitest';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { saveDraft, upsertBeneficiaries } from '../../../src/client/db';
import { appDatabase } from '../../../src/client/db/appDatabase';
import VisitPage from '../../../src/client/features/visit/VisitPage';
import { DRAFT_FORMAT } from '../../../src/client/features/visit/model/draftData';
import type { VisitFormValues } from '../../../src/client/features/visit/model/formValues';
import { stepIndex, type StepId } from '../../../src/client/features/visit/model/steps';
import { I18nProvider } from '../../../src/client/i18n';
import { newId } from '../../../src/shared/ids';
import type { BeneficiaryInput } from '../../../src/shared/schemas';
import { beneficiary } from '../../shared/schemas/samples';

// The visit route as the app mounts it, in Vietnamese, on the test's fresh device database.

export const hung = beneficiary({
  id: '3f1d2c4b-5a69-4e7d-8c1b-00000000aa01',
  fullName: 'Nguyễn Văn Hùng',
  idNumber: null,
});

function StandIn() {
  return <p>stand-in at {useLocation().pathname}</p>;
}

export async function seed(people: BeneficiaryInput[] = [hung]) {
  const db = await appDatabase();
  await upsertBeneficiaries(db, people);
  return db;
}

/** Awaited: the page suspends until the device database is open. */
export async function renderVisit(path = `/nguoi-huong/${hung.id}/tham-ho`) {
  const user = userEvent.setup({ delay: null });
  const view = await act(async () =>
    render(
      <I18nProvider locale="vi">
        <MemoryRouter initialEntries={[path]}>
          <Suspense fallback={<p>…</p>}>
            <Routes>
              <Route path="nguoi-huong/:id/tham-ho" element={<VisitPage />} />
              <Route path="nguoi-huong/:id" element={<StandIn />} />
              <Route index element={<StandIn />} />
            </Routes>
          </Suspense>
        </MemoryRouter>
      </I18nProvider>,
    ),
  );
  return { user, ...view };
}

/** Opens the form at `step` with these values, through the real resume-a-draft path. */
export async function openAt(step: StepId, values: VisitFormValues, draftId = newId()) {
  const db = await seed();
  await saveDraft(db, {
    id: draftId,
    beneficiaryId: hung.id,
    step: stepIndex(step),
    data: {
      format: DRAFT_FORMAT,
      values,
      visitedAt: '2025-07-02T08:00:00.000Z',
      consentId: newId(),
      supersedesVisitId: null,
      editsSavedVisit: false,
    },
  });
  const view = await renderVisit();
  await view.user.click(await screen.findByRole('button', { name: 'Tiếp tục phiếu này' }));
  await screen.findByRole('heading', { level: 2, name: STEP_TITLES[step] });
  return { ...view, db, draftId };
}

export const STEP_TITLES: Record<StepId, string> = {
  outcome: 'Kết quả đến nhà',
  identity: 'Giấy tờ tùy thân',
  payment: 'Cách nhận tiền',
  representative: 'Người nhận thay',
  phones: 'Số điện thoại',
  consent: 'Đồng ý',
  review: 'Xem lại và lưu',
};

/** Focus moves in an effect after the render that shows the element: wait for it. */
export async function expectFocus(element: HTMLElement): Promise<void> {
  await waitFor(() => expect(element).toHaveFocus());
}

/** Waits until this step is shown and its heading has focus (moved there on each step change). */
export async function expectStep(step: StepId): Promise<void> {
  const heading = await screen.findByRole('heading', { level: 2, name: STEP_TITLES[step] });
  await waitFor(() => expect(heading).toHaveFocus());
}

export const next = () => screen.getByRole('button', { name: 'Tiếp tục' });

/** Waits until the error summary lists exactly these lines, and has taken focus. */
export async function expectSummary(lines: string[]): Promise<void> {
  await waitFor(() => {
    const summary = screen.getByRole('alert', { name: /Cần sửa/ });
    expect([...summary.querySelectorAll('li')].map((li) => li.textContent)).toEqual(lines);
    expect(summary).toHaveFocus();
  });
}
