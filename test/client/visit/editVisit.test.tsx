import { screen } from '@testing-library/react';
import { afterEach, expect, test } from 'vitest';
import {
  getDeviceId,
  listDraftsFor,
  listOutbox,
  listVisitsFor,
  markOutboxResult,
  markOutboxSending,
  saveVisit,
  type GhiDanhDB,
} from '../../../src/client/db';
import { closeAppDatabase } from '../../../src/client/db/appDatabase';
import { markConsentWithdrawn } from '../../../src/client/db/rights';
import { toVisitInput } from '../../../src/client/features/visit/model/toVisitInput';
import { newId } from '../../../src/shared/ids';
import { visitSchema } from '../../../src/shared/schemas';
import { filledForm } from './fixtures';
import { hung, renderVisit, seed, STEP_TITLES, expectStep, expectFocus } from './renderVisit';

afterEach(() => closeAppDatabase());

/** A complete visit saved on this device (consent witnessed, so no files are needed). */
async function savedVisit(db: GhiDanhDB) {
  const values = filledForm();
  values.consent = {
    ...values.consent,
    method: 'witnessed_no_signature',
    witnessName: 'Lò Văn Pành',
  };
  const ctx = {
    visitId: newId(),
    beneficiary: hung,
    deviceId: await getDeviceId(db),
    workerId: 'canbo',
    visitedAt: '2025-07-02T08:00:00.000Z',
    consentId: newId(),
    supersedesVisitId: null,
  };
  const visit = visitSchema.parse(toVisitInput(values, ctx));
  await saveVisit(db, visit);
  return visit;
}

async function changeAccountNumber(user: Awaited<ReturnType<typeof renderVisit>>['user']) {
  expect(
    await screen.findByRole('heading', { level: 2, name: STEP_TITLES.review }),
  ).toBeInTheDocument();
  await user.click(screen.getByRole('button', { name: 'Sửa phần “Cách nhận tiền”' }));
  const number = await screen.findByRole('textbox', { name: 'Số tài khoản' });
  await user.clear(number);
  await user.type(number, '9999 8888 7777');
  // Back to the review straight away, not through every step again.
  await user.click(screen.getByRole('button', { name: 'Tiếp tục' }));
  await expectStep('review');
  expect(screen.getByText(/số tài khoản 999988887777/)).toBeInTheDocument();
  await user.click(screen.getByRole('button', { name: 'Lưu phiếu' }));
}

test('a visit not yet synced is edited in place, and its queued entry carries the change', async () => {
  const db = await seed();
  const visit = await savedVisit(db);
  const { user } = await renderVisit(`/nguoi-huong/${hung.id}/tham-ho?sua=${visit.id}`);
  expect(
    await screen.findByRole('heading', { level: 1, name: 'Sửa phiếu thăm hộ: Nguyễn Văn Hùng' }),
  ).toBeInTheDocument();
  expect(
    screen.getByText('Phiếu chưa gửi lên máy chủ nên được sửa trực tiếp.'),
  ).toBeInTheDocument();
  await changeAccountNumber(user);

  await expectFocus(await screen.findByRole('heading', { name: 'Đã lưu thay đổi của phiếu' }));
  const visits = await listVisitsFor(db, hung.id);
  expect(visits.map((v) => v.id)).toEqual([visit.id]);
  expect(visits[0]!.payment).toMatchObject({ accountNumber: '999988887777' });
  const outbox = await listOutbox(db);
  expect(
    outbox.map((e) => [e.visitId, e.type === 'visit.create' ? e.payload.payment : null]),
  ).toEqual([[visit.id, expect.objectContaining({ accountNumber: '999988887777' })]]);
  expect(await listDraftsFor(db, hung.id)).toEqual([]);
});

test('a synced visit is never changed: the correction is a new visit that supersedes it', async () => {
  const db = await seed();
  const visit = await savedVisit(db);
  const [entry] = await markOutboxSending(
    db,
    (await listOutbox(db)).map((e) => e.id),
  );
  await markOutboxResult(db, [{ id: entry!.id, status: 'applied' }]);

  const { user } = await renderVisit(`/nguoi-huong/${hung.id}/tham-ho?sua=${visit.id}`);
  expect(
    await screen.findByText(
      'Phiếu đã gửi lên máy chủ. Bản sửa sẽ được lưu thành phiếu mới, thay cho phiếu cũ.',
    ),
  ).toBeInTheDocument();
  await changeAccountNumber(user);

  await expectFocus(await screen.findByRole('heading', { name: 'Đã lưu phiếu thăm hộ' }));
  const [original, correction] = await listVisitsFor(db, hung.id);
  expect(original).toMatchObject({ id: visit.id, payment: visit.payment });
  expect(correction).toMatchObject({
    supersedesVisitId: visit.id,
    payment: expect.objectContaining({ accountNumber: '999988887777' }),
    syncedAt: null,
  });
  expect((await listOutbox(db)).map((e) => e.visitId)).toEqual([correction!.id]);
});

test('after consent is withdrawn the visit route offers no new visit or correction, only a waiting record', async () => {
  const db = await seed();
  const waiting = await savedVisit(db);
  await markConsentWithdrawn(db, hung.id, '2025-07-03T08:00:00.000Z');

  await renderVisit();
  expect(
    await screen.findByRole('heading', {
      level: 1,
      name: 'Nguyễn Văn Hùng đã rút lại sự đồng ý',
    }),
  ).toBeInTheDocument();
  expect(screen.queryByRole('button', { name: 'Tiếp tục' })).toBeNull();
  expect(await listDraftsFor(db, hung.id)).toEqual([]);
  closeAppDatabase();

  // The record made before the withdrawal, still on this device, can be finished.
  await renderVisit(`/nguoi-huong/${hung.id}/tham-ho?sua=${waiting.id}`);
  expect(
    await screen.findByRole('heading', { level: 1, name: 'Sửa phiếu thăm hộ: Nguyễn Văn Hùng' }),
  ).toBeInTheDocument();
});
