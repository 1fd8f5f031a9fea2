import { screen } from '@testing-library/react';
import { afterEach, expect, test } from 'vitest';
import { closeAppDatabase } from '../../../src/client/db/appDatabase';
import { filledForm } from './fixtures';
import { next, openAt, expectSummary, expectStep } from './renderVisit';

afterEach(() => closeAppDatabase());

test('phones are validated, an old 11-digit number is offered in its new form', async () => {
  const values = filledForm();
  values.outcome = 'met_guardian';
  values.representative = {
    ...values.representative,
    role: 'guardian',
    fullName: 'Nguyễn Thị Lan',
    relationship: 'child',
  };
  const { user } = await openAt('phones', values);
  const own = screen.getByRole('textbox', { name: /Số điện thoại của người hưởng/ });
  await user.clear(own);
  await user.type(own, '0168 123 4567');
  await user.click(next());
  await expectSummary([
    'Đây là số 11 chữ số cũ, đã được nhà mạng chuyển sang số 10 chữ số. Hãy dùng số mới.',
    'Chưa nhập số điện thoại.',
  ]);

  await user.click(screen.getByRole('button', { name: 'Dùng số mới 0381234567' }));
  expect(own).toHaveValue('0381234567');
  expect(screen.getByText('Nhà mạng Viettel · sẽ lưu là +84381234567')).toBeInTheDocument();
  await user.type(
    screen.getByRole('textbox', { name: 'Số điện thoại của Nguyễn Thị Lan' }),
    '024 3825 1234',
  );
  await user.click(next());
  await expectSummary(['Đây là số máy bàn. Cần số di động 10 chữ số.']);

  await user.clear(screen.getByRole('textbox', { name: 'Số điện thoại của Nguyễn Thị Lan' }));
  await user.type(
    screen.getByRole('textbox', { name: 'Số điện thoại của Nguyễn Thị Lan' }),
    '+84 91 234 5678',
  );
  await user.click(next());
  await expectStep('consent');
});

test('the beneficiary may have no phone at all', async () => {
  const values = filledForm();
  values.beneficiaryPhone = '';
  const { user } = await openAt('phones', values);
  await user.click(next());
  await expectStep('consent');
});
