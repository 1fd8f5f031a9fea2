import { screen } from '@testing-library/react';
import { afterEach, expect, test } from 'vitest';
import { listOutbox, listVisitsFor } from '../../../src/client/db';
import { appDatabase, closeAppDatabase } from '../../../src/client/db/appDatabase';
import {
  hung,
  next,
  renderVisit,
  seed,
  expectSummary,
  expectStep,
  expectFocus,
} from './renderVisit';

afterEach(() => closeAppDatabase());

test('continuing without an outcome is refused with a Vietnamese message that takes focus', async () => {
  await seed();
  const { user } = await renderVisit();
  await expectStep('outcome');

  await user.click(next());
  await expectSummary(['Vui lòng chọn kết quả của lần đến nhà.']);
  expect(screen.getByRole('alert', { name: /Cần sửa 1 mục/ })).toHaveFocus();
  const group = screen.getByRole('group', { name: 'Lần đến nhà này gặp được ai?' });
  expect(group).toHaveAttribute('aria-invalid', 'true');
  expect(group).toHaveAccessibleDescription('Vui lòng chọn kết quả của lần đến nhà.');

  // Fixing it clears the message without another attempt; continuing moves focus to the next step.
  await user.click(screen.getByRole('radio', { name: 'Gặp người hưởng' }));
  expect(screen.queryByRole('alert', { name: /Cần sửa/ })).not.toBeInTheDocument();
  await user.click(next());
  await expectStep('identity');
});

test('nobody home skips straight to the review and saves the visit with its outbox entry', async () => {
  await seed();
  const { user } = await renderVisit();
  await user.click(await screen.findByRole('radio', { name: 'Không có ai ở nhà' }));
  await user.click(next());
  await expectStep('review');
  // Only two steps remain: the outcome and this review.
  expect(screen.getByRole('list', { name: 'Bước 2 trên 2' })).toBeInTheDocument();

  await user.type(screen.getByRole('textbox', { name: /Ghi chú/ }), 'Hẹn sáng thứ Hai');
  await user.click(screen.getByRole('button', { name: 'Lưu phiếu' }));
  await expectFocus(await screen.findByRole('heading', { name: 'Đã lưu phiếu thăm hộ' }));
  expect(screen.getByText('Chờ đồng bộ')).toBeInTheDocument();

  const db = await appDatabase();
  const [visit] = await listVisitsFor(db, hung.id);
  expect(visit).toMatchObject({ outcome: 'nobody_home', payment: null, notes: 'Hẹn sáng thứ Hai' });
  expect((await listOutbox(db)).map((e) => e.visitId)).toEqual([visit!.id]);
});
