// Dexie's liveQuery only runs if an indexedDB global existed when Dexie was first imported.
import 'fake-indexeddb/auto';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, expect, test } from 'vitest';
import {
  listOutbox,
  saveDraft,
  markOutboxResult,
  saveVisit,
  upsertBeneficiaries,
} from '../../../src/client/db';
import { appDatabase, closeAppDatabase } from '../../../src/client/db/appDatabase';
import { markConsentWithdrawn } from '../../../src/client/db/rights';
import { deviceVisit } from '../db/helpers';
import { person, renderRoster } from './renderRoster';

afterEach(() => closeAppDatabase());

const hung = person({
  fullName: 'Nguyễn Văn Hùng',
  village: 'Thôn Nà Phai',
  phone: '0912345678',
  idNumber: '020048001234',
  monthlyAmount: 540_000,
});
const dao = person({
  fullName: 'Đinh Thị Đào',
  sex: 'female',
  dateOfBirth: '2001-03-04',
  category: 'child_hiv_poor',
});

test('opening a row shows the roster facts and the start-visit action; back keeps the search', async () => {
  const user = userEvent.setup();
  await upsertBeneficiaries(await appDatabase(), [hung, dao]);
  await renderRoster('/?q=hung');
  await user.click(await screen.findByRole('link', { name: /^Nguyễn Văn Hùng/ }));

  expect(await screen.findByRole('heading', { level: 1, name: 'Nguyễn Văn Hùng' })).toBeVisible();
  const facts = screen.getByRole('region', { name: 'Thông tin theo danh sách của xã' });
  for (const text of ['05/09/1948', 'Nam', '020 048 001 234', '0912 345 678', 'Thôn Nà Phai']) {
    expect(within(facts).getByText(text)).toBeInTheDocument();
  }
  expect(within(facts).getByText('540.000 đ')).toBeInTheDocument();
  expect(within(facts).getByText('Người cao tuổi')).toBeInTheDocument();
  expect(screen.getByText('Chưa có lần thăm nào được ghi.')).toBeInTheDocument();

  const start = screen.getByRole('link', { name: 'Bắt đầu thăm hộ' });
  expect(start).toHaveAttribute('href', `/nguoi-huong/${hung.id}/tham-ho`);

  await user.click(screen.getByRole('link', { name: 'Về danh sách' }));
  expect(await screen.findByRole('searchbox', { name: 'Tìm người hưởng' })).toHaveValue('hung');
});

test('a visit left half-done is offered for resuming instead of a new one', async () => {
  const db = await appDatabase();
  await upsertBeneficiaries(db, [hung]);
  const draftId = (await deviceVisit(db)).id;
  await saveDraft(db, { id: draftId, beneficiaryId: hung.id, step: 2, data: {} });
  await renderRoster(`/nguoi-huong/${hung.id}`);
  const resume = await screen.findByRole('link', { name: 'Tiếp tục phiếu đang nhập dở' });
  expect(resume).toHaveAttribute('href', `/nguoi-huong/${hung.id}/tham-ho`);
  expect(screen.queryByRole('link', { name: 'Bắt đầu thăm hộ' })).toBeNull();
});

test('visit history shows each visit, waiting to sync until the server has it', async () => {
  const db = await appDatabase();
  await upsertBeneficiaries(db, [hung]);
  const saved = await deviceVisit(db, { beneficiaryId: hung.id });
  await saveVisit(db, saved);
  await renderRoster(`/nguoi-huong/${hung.id}`);

  const history = await screen.findByRole('region', { name: 'Các lần thăm' });
  const visit = await within(history).findByRole('listitem');
  expect(visit).toHaveTextContent('Gặp người hưởng — Tài khoản ngân hàng');
  expect(visit).toHaveTextContent('Ghi trên máy này');
  expect(within(visit).getByText('Chờ đồng bộ')).toBeInTheDocument();
  const header = screen.getByRole('heading', { level: 1 }).parentElement!;
  expect(within(header).getByText('Đã thăm')).toBeInTheDocument();
  expect(screen.getByText('Tài khoản ngân hàng', { selector: 'dd' })).toBeInTheDocument();

  const editHref = `/nguoi-huong/${hung.id}/tham-ho?sua=${saved.id}`;
  const edit = within(visit).getByRole('link', { name: /^Sửa lần thăm lúc / });
  expect(edit).toHaveTextContent('Sửa');
  expect(edit).toHaveAttribute('href', editHref);

  // Once on the server the visit is append-only: the way forward is a correcting visit.
  const [entry] = await listOutbox(db);
  await markOutboxResult(db, [{ id: entry!.id, status: 'applied' }]);
  expect(await within(visit).findByText('Đã lên máy chủ')).toBeInTheDocument();
  expect(within(history).queryByText('Chờ đồng bộ')).toBeNull();
  const correct = within(visit).getByRole('link', { name: /^Ghi lần thăm sửa lại cho / });
  expect(correct).toHaveAttribute('href', editHref);
});

test('after consent is withdrawn: a banner, no new visit, no correcting visit', async () => {
  const db = await appDatabase();
  await upsertBeneficiaries(db, [hung]);
  await saveVisit(db, await deviceVisit(db, { beneficiaryId: hung.id }));
  const [entry] = await listOutbox(db);
  await markOutboxResult(db, [{ id: entry!.id, status: 'applied' }]);
  await markConsentWithdrawn(db, hung.id, '2026-11-20T03:00:00.000Z');
  await renderRoster(`/nguoi-huong/${hung.id}`);

  expect(
    await screen.findByText(/^Người này đã rút lại sự đồng ý ngày 20\/11\/2026/),
  ).toBeVisible();
  const visit = within(screen.getByRole('region', { name: 'Các lần thăm' })).getByRole('listitem');
  expect(visit).toHaveTextContent('Đã lên máy chủ');
  expect(within(visit).queryByRole('link', { name: /^Ghi lần thăm sửa lại/ })).toBeNull();
  expect(screen.queryByRole('link', { name: 'Bắt đầu thăm hộ' })).toBeNull();
});

test('an HIV-related category shows as its neutral group on the beneficiary screen', async () => {
  await upsertBeneficiaries(await appDatabase(), [dao]);
  await renderRoster(`/nguoi-huong/${dao.id}`);
  const facts = await screen.findByRole('region', { name: 'Thông tin theo danh sách của xã' });
  expect(within(facts).getByText('Trẻ em')).toBeInTheDocument();
  expect(document.body.textContent).not.toMatch(/HIV/i);
});

test('an unknown beneficiary says so and offers the way back', async () => {
  await renderRoster('/nguoi-huong/3f1d2c4b-5a69-4e7d-8c1b-999999999999');
  expect(await screen.findByRole('alert')).toHaveTextContent(
    'Không tìm thấy người hưởng này trên máy.',
  );
  expect(screen.getByRole('link', { name: 'Về danh sách' })).toHaveAttribute('href', '/');
});
