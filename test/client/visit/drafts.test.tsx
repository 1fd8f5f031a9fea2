import { screen, waitFor } from '@testing-library/react';
import { afterEach, expect, test } from 'vitest';
import { getDraft, listDraftsFor } from '../../../src/client/db';
import { appDatabase, closeAppDatabase } from '../../../src/client/db/appDatabase';
import { restoreDraft } from '../../../src/client/features/visit/model/draftData';
import { hasDirtyForm } from '../../../src/client/platform';
import { hung, next, renderVisit, seed, STEP_TITLES, expectStep, expectFocus } from './renderVisit';

afterEach(() => closeAppDatabase());

async function draftsOnDevice() {
  return listDraftsFor(await appDatabase(), hung.id);
}

test('every change is autosaved as a draft; the form is dirty until the write completes', async () => {
  await seed();
  const { user } = await renderVisit();
  expect(await draftsOnDevice()).toEqual([]);

  await user.click(await screen.findByRole('radio', { name: 'Gặp người giám hộ hoặc người thân' }));
  expect(hasDirtyForm()).toBe(true);
  await screen.findByText(/^Đã lưu nháp lúc \d\d:\d\d$/);
  expect(hasDirtyForm()).toBe(false);
  const [draft] = await draftsOnDevice();
  expect(restoreDraft(draft!.data)?.values.outcome).toBe('met_guardian');

  // Changing step writes at once, with the step reached.
  await user.click(next());
  await screen.findByRole('heading', { level: 2, name: STEP_TITLES.identity });
  await waitFor(async () => expect((await getDraft(await appDatabase(), draft!.id))?.step).toBe(1));
});

test('a draft survives the form being closed: it is offered on return and resumes where it was', async () => {
  await seed();
  const first = await renderVisit();
  await first.user.click(await screen.findByRole('radio', { name: 'Gặp người hưởng' }));
  await first.user.click(next());
  await first.user.click(await screen.findByRole('radio', { name: 'Có thẻ' }));
  await first.user.type(screen.getByRole('textbox', { name: 'Họ và tên' }), 'NGUYỄN VĂN HÙNG');
  // Leaving writes what is pending at once (the tab is closed, the app goes to another page).
  first.unmount();
  await waitFor(async () =>
    expect(restoreDraft((await draftsOnDevice())[0]?.data)?.values.card.fullName).toBe(
      'NGUYỄN VĂN HÙNG',
    ),
  );
  expect(hasDirtyForm()).toBe(false);

  const again = await renderVisit();
  await expectFocus(await screen.findByRole('heading', { name: 'Có phiếu đang nhập dở' }));
  expect(screen.getByText(/đang nhập dở ở bước “Giấy tờ tùy thân”/)).toBeInTheDocument();
  await again.user.click(screen.getByRole('button', { name: 'Tiếp tục phiếu này' }));
  await expectStep('identity');
  expect(screen.getByRole('textbox', { name: 'Họ và tên' })).toHaveValue('NGUYỄN VĂN HÙNG');
  expect(screen.getByRole('radio', { name: 'Có thẻ' })).toBeChecked();
});

test('a draft can be discarded, after confirming, and the visit starts afresh', async () => {
  await seed();
  const first = await renderVisit();
  await first.user.click(await screen.findByRole('radio', { name: 'Không có ai ở nhà' }));
  await screen.findByText(/^Đã lưu nháp lúc/);
  first.unmount();

  const again = await renderVisit();
  await again.user.click(await screen.findByRole('button', { name: 'Bỏ nháp, làm lại từ đầu' }));
  // Nothing is lost by one stray tap: "keep it" returns to the offer.
  await again.user.click(screen.getByRole('button', { name: 'Không, giữ lại' }));
  expect(await draftsOnDevice()).toHaveLength(1);
  await again.user.click(screen.getByRole('button', { name: 'Bỏ nháp, làm lại từ đầu' }));
  await again.user.click(screen.getByRole('button', { name: 'Bỏ phiếu nháp' }));

  expect(
    await screen.findByRole('heading', { level: 2, name: STEP_TITLES.outcome }),
  ).toBeInTheDocument();
  expect(screen.getByRole('radio', { name: 'Không có ai ở nhà' })).not.toBeChecked();
  expect(await draftsOnDevice()).toEqual([]);
});
