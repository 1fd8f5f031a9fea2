import { screen, within } from '@testing-library/react';
import { afterEach, expect, test } from 'vitest';
import { closeAppDatabase } from '../../../src/client/db/appDatabase';
import { emptyVisitForm } from '../../../src/client/features/visit/model/formValues';
import { next, openAt, STEP_TITLES, expectSummary, expectStep } from './renderVisit';

afterEach(() => closeAppDatabase());

const met = () => ({ ...emptyVisitForm(), outcome: 'met_beneficiary' as const });

test('the card question must be answered; a typed card is checked field by field', async () => {
  const { user } = await openAt('identity', met());
  await user.click(next());
  await expectSummary(['Vui lòng đọc thẻ căn cước, hoặc chọn lý do không có thẻ.']);

  await user.click(screen.getByRole('radio', { name: 'Có thẻ' }));
  await user.type(screen.getByRole('textbox', { name: 'Số định danh cá nhân (12 số)' }), '12345');
  await user.type(screen.getByRole('textbox', { name: 'Ngày sinh' }), '31/02/1948');
  await user.click(next());
  await expectSummary([
    'Số định danh phải có đúng 12 chữ số.',
    'Vui lòng nhập họ và tên.',
    'Ngày sinh không hợp lệ: nhập đủ ngày, tháng, năm có thật, hoặc chỉ năm sinh nếu không rõ ngày.',
    'Vui lòng chọn giới tính: Nam hoặc Nữ.',
  ]);
  expect(
    screen.getByRole('textbox', { name: 'Số định danh cá nhân (12 số)' }),
  ).toHaveAccessibleDescription('Số định danh phải có đúng 12 chữ số.');
  expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(STEP_TITLES.identity);
});

test('a card that differs from the roster is highlighted and the correction is proposed', async () => {
  const { user } = await openAt('identity', met());
  await user.click(screen.getByRole('radio', { name: 'Có thẻ' }));
  // The roster has Nguyễn Văn Hùng, male, 05/09/1948, no ID number.
  await user.type(
    screen.getByRole('textbox', { name: 'Số định danh cá nhân (12 số)' }),
    '020048001234',
  );
  await user.type(screen.getByRole('textbox', { name: 'Họ và tên' }), 'NGUYỄN VĂN HÙNG');
  await user.type(screen.getByRole('textbox', { name: 'Ngày sinh' }), '15/09/1948');
  await user.click(screen.getByRole('radio', { name: 'Nam' }));

  const table = screen.getByRole('table');
  const cells = (name: string) =>
    within(within(table).getByRole('row', { name: new RegExp(`^${name}`) }))
      .getAllByRole('cell')
      .map((cell) => cell.textContent);
  // Roster, then card with its verdict. Only letter case differs in the name: not a difference.
  expect(cells('Họ và tên')).toEqual(['Nguyễn Văn Hùng', 'NGUYỄN VĂN HÙNG Khớp']);
  expect(cells('Ngày sinh')).toEqual(['05/09/1948', '15/09/1948 Khác']);
  expect(cells('Giới tính')).toEqual(['Nam', 'Nam Khớp']);
  expect(cells('Số CCCD')).toEqual(['Chưa có', '020048001234 Khác']);
  expect(
    screen.getByText(
      'Thẻ căn cước là chuẩn. Khi lưu, phiếu sẽ đề nghị xã sửa 2 mục trong danh sách theo thẻ.',
    ),
  ).toBeInTheDocument();

  await user.click(next());
  await expectStep('payment');
});

test('no card: the reason is required, then the step passes', async () => {
  const { user } = await openAt('identity', met());
  await user.click(screen.getByRole('radio', { name: 'Không có thẻ' }));
  await user.click(next());
  await expectSummary(['Vui lòng chọn lý do không có thẻ căn cước.']);
  await user.click(screen.getByRole('radio', { name: 'Đang làm thẻ' }));
  await user.click(next());
  await expectStep('payment');
});
