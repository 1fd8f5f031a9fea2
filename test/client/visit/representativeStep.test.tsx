import { screen } from '@testing-library/react';
import { afterEach, expect, test } from 'vitest';
import { closeAppDatabase } from '../../../src/client/db/appDatabase';
import { filledForm } from './fixtures';
import { next, openAt, expectSummary, expectStep } from './renderVisit';

afterEach(() => closeAppDatabase());

test('an authorised person needs a name, a relationship and the period of the paper', async () => {
  const { user } = await openAt('representative', filledForm());
  const question = screen.getByRole('group', {
    name: 'Có người giám hộ hoặc người được ủy quyền nhận tiền thay không?',
  });
  expect(question).toBeInTheDocument();
  await user.click(screen.getAllByRole('radio', { name: 'Có' }).find((r) => question.contains(r))!);
  await user.click(screen.getByRole('radio', { name: 'Người được ủy quyền' }));
  await user.click(next());
  await expectSummary(['Vui lòng nhập họ và tên.', 'Vui lòng chọn quan hệ với đối tượng.']);

  await user.type(
    screen.getByRole('textbox', { name: 'Họ và tên người nhận thay' }),
    'Nguyễn Thị Lan',
  );
  await user.selectOptions(
    screen.getByRole('combobox', { name: 'Quan hệ với người hưởng' }),
    'Quan hệ khác',
  );
  await user.click(next());
  await expectSummary([
    'Vui lòng ghi rõ quan hệ với đối tượng.',
    'Người được ủy quyền cần có thời hạn của giấy ủy quyền (từ ngày, đến ngày).',
  ]);

  await user.type(screen.getByRole('textbox', { name: 'Ghi rõ quan hệ' }), 'Cháu họ');
  await user.type(screen.getByLabelText('Từ ngày'), '01/07/2025');
  await user.type(screen.getByLabelText('Đến ngày'), '01/01/2025');
  await user.click(next());
  await expectSummary(['Ngày hết hạn ủy quyền không được trước ngày bắt đầu.']);

  await user.clear(screen.getByLabelText('Đến ngày'));
  await user.type(screen.getByLabelText('Đến ngày'), '30/06/2026');
  await user.click(next());
  await expectStep('phones');
  // The representative's phone is asked here, with the beneficiary's.
  expect(
    screen.getByRole('textbox', { name: 'Số điện thoại của Nguyễn Thị Lan' }),
  ).toBeInTheDocument();
});

test('when the beneficiary answers alone, "no representative" passes straight on', async () => {
  const { user } = await openAt('representative', filledForm());
  await user.click(next());
  await expectStep('phones');
  expect(screen.queryByRole('textbox', { name: /người nhận thay/ })).not.toBeInTheDocument();
});
