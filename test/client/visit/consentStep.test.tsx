import { screen } from '@testing-library/react';
import { afterEach, expect, test } from 'vitest';
import { closeAppDatabase } from '../../../src/client/db/appDatabase';
import { filledForm } from './fixtures';
import { next, openAt, expectSummary, expectStep } from './renderVisit';

afterEach(() => closeAppDatabase());

function notConsentedYet() {
  const values = filledForm();
  values.consent = { ...values.consent, purposes: [], givenBy: '', signatureAttachmentId: '' };
  return values;
}

test('silence is not consent: a purpose must be ticked, and a signature given', async () => {
  const { user } = await openAt('consent', notConsentedYet());
  expect(screen.getByRole('heading', { name: 'Đọc cho người đồng ý nghe' })).toBeInTheDocument();
  // Only the beneficiary was met, so they are the one who consents.
  expect(screen.getByRole('radio', { name: 'Người hưởng' })).toBeChecked();

  await user.click(next());
  await expectSummary(['Cần ghi nhận sự đồng ý xử lý dữ liệu cá nhân.']);

  await user.click(screen.getByRole('checkbox', { name: 'Mở tài khoản hoặc ví' }));
  await user.click(next());
  await expectSummary([
    'Sự đồng ý phải bao gồm mục đích “đăng ký hình thức nhận trợ cấp”.',
    'Cần chữ ký của người đồng ý.',
  ]);
});

test('someone who cannot sign consents before a named witness, using the keyboard only', async () => {
  const { user } = await openAt('consent', notConsentedYet());
  await user.click(screen.getByRole('checkbox', { name: 'Đăng ký cách nhận trợ cấp' }));
  await user.click(screen.getByRole('radio', { name: 'Không ký được, có người làm chứng' }));
  await user.click(next());
  await expectSummary(['Không có chữ ký thì cần ghi họ tên người làm chứng.']);

  screen.getByRole('textbox', { name: 'Họ tên người làm chứng' }).focus();
  await user.keyboard('Lò Văn Pành');
  await user.keyboard('{Enter}');
  await expectStep('review');
  expect(screen.getByText('Không ký, người làm chứng: Lò Văn Pành')).toBeInTheDocument();
});
