import { screen, within } from '@testing-library/react';
import { afterEach, expect, test } from 'vitest';
import { closeAppDatabase } from '../../../src/client/db/appDatabase';
import { emptyVisitForm } from '../../../src/client/features/visit/model/formValues';
import { next, openAt, STEP_TITLES, expectSummary, expectStep } from './renderVisit';

afterEach(() => closeAppDatabase());

const atPayment = () => ({
  ...emptyVisitForm(),
  outcome: 'met_beneficiary' as const,
  cardMode: 'none' as const,
  noCard: { reason: 'lost' as const },
});

async function answerSurvey(
  user: Awaited<ReturnType<typeof openAt>>['user'],
  answers: Record<string, 'Có' | 'Không'>,
) {
  for (const [question, answer] of Object.entries(answers)) {
    const group = screen.getByRole('group', { name: question });
    await user.click(within(group).getByRole('radio', { name: answer }));
  }
}

const ALL_YES_BUT_SMARTPHONE = {
  'Người hưởng có điện thoại không?': 'Có',
  'Có điện thoại thông minh (dùng được ứng dụng) không?': 'Không',
  'Tự đi đến điểm chi trả được không?': 'Có',
  'Cần người hướng dẫn dùng thẻ, ví không?': 'Có',
} as const;

test('a bank account needs a bank from the list, a valid number and the holder', async () => {
  const { user } = await openAt('payment', atPayment());
  await user.click(next());
  await expectSummary([
    'Vui lòng chọn hình thức nhận trợ cấp.',
    'Người hưởng có điện thoại không? — Vui lòng chọn Có hoặc Không.',
    'Có điện thoại thông minh (dùng được ứng dụng) không? — Vui lòng chọn Có hoặc Không.',
    'Tự đi đến điểm chi trả được không? — Vui lòng chọn Có hoặc Không.',
    'Cần người hướng dẫn dùng thẻ, ví không? — Vui lòng chọn Có hoặc Không.',
  ]);

  await user.click(screen.getByRole('radio', { name: 'Tài khoản ngân hàng' }));
  await user.type(screen.getByRole('textbox', { name: 'Số tài khoản' }), '12-34');
  await answerSurvey(user, ALL_YES_BUT_SMARTPHONE);
  await user.click(next());
  await expectSummary([
    'Vui lòng chọn ngân hàng trong danh sách.',
    'Số tài khoản chỉ gồm chữ số, dài từ 6 đến 19 số.',
    'Vui lòng nhập họ và tên.',
  ]);

  // Accent-insensitive search over the maintained list: "cong thuong" finds VietinBank.
  await user.type(screen.getByRole('searchbox', { name: 'Tìm ngân hàng' }), 'cong thuong');
  await user.click(screen.getByRole('radio', { name: 'VietinBank' }));
  expect(screen.getByText('Ngân hàng TMCP Công thương Việt Nam')).toBeInTheDocument();
  await user.clear(screen.getByRole('textbox', { name: 'Số tài khoản' }));
  await user.type(screen.getByRole('textbox', { name: 'Số tài khoản' }), '1010 2020 3030');
  await user.click(screen.getByRole('button', { name: 'Dùng tên Nguyễn Văn Hùng' }));
  await user.click(next());
  await expectStep('representative');
});

test('cash needs its reason, "other" needs a note; a smartphone implies a phone', async () => {
  const { user } = await openAt('payment', atPayment());
  await user.click(screen.getByRole('radio', { name: 'Tiền mặt tại nhà' }));
  await answerSurvey(user, {
    ...ALL_YES_BUT_SMARTPHONE,
    'Người hưởng có điện thoại không?': 'Không',
    'Có điện thoại thông minh (dùng được ứng dụng) không?': 'Có',
  });
  await user.click(next());
  await expectSummary([
    'Vui lòng chọn lý do nhận tiền mặt.',
    'Đã chọn “có điện thoại thông minh” thì cũng phải chọn “có điện thoại”.',
  ]);
  await user.click(screen.getByRole('radio', { name: 'Lý do khác' }));
  await user.click(
    within(screen.getByRole('group', { name: 'Người hưởng có điện thoại không?' })).getByRole(
      'radio',
      { name: 'Có' },
    ),
  );
  await user.click(next());
  await expectSummary(['Vui lòng ghi rõ lý do nhận tiền mặt.']);
  await user.type(screen.getByRole('textbox', { name: 'Ghi rõ lý do' }), 'Chờ con đi làm về');
  await user.click(next());
  expect(
    await screen.findByRole('heading', { level: 2, name: STEP_TITLES.representative }),
  ).toBeInTheDocument();
});

test('a wallet on another carrier’s number is a warning, not a refusal', async () => {
  const { user } = await openAt('payment', atPayment());
  await user.click(screen.getByRole('radio', { name: 'Ví điện tử của nhà mạng' }));
  await user.click(screen.getByRole('radio', { name: 'Viettel Money' }));
  await user.type(
    screen.getByRole('textbox', { name: 'Số điện thoại đăng ký ví' }),
    '0912 345 678',
  );
  expect(screen.getByText('Nhà mạng VinaPhone · sẽ lưu là +84912345678')).toBeInTheDocument();
  expect(
    screen.getByText(
      /Số 0912 345 678 thuộc mạng VinaPhone, còn Viettel Money chỉ mở được trên số Viettel/,
    ),
  ).toBeInTheDocument();
  await answerSurvey(user, ALL_YES_BUT_SMARTPHONE);
  await user.click(next());
  expect(
    await screen.findByRole('heading', { level: 2, name: STEP_TITLES.representative }),
  ).toBeInTheDocument();
});
