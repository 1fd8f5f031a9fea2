import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, test, vi } from 'vitest';
import { I18nProvider } from '../../../src/client/i18n';
import { CccdScanner, type ScanOutcome } from '../../../src/client/scan';

// jsdom has no camera API and no Worker: the scanner must say so and still let the user type.

function renderScanner() {
  const results: ScanOutcome[] = [];
  const onCancel = vi.fn();
  render(
    <I18nProvider locale="vi">
      <CccdScanner onResult={(r) => results.push(r)} onCancel={onCancel} />
    </I18nProvider>,
  );
  return { results, onCancel, user: userEvent.setup() };
}

test('without a camera API the user is told why and offered the photo and manual paths', async () => {
  const { onCancel, user } = renderScanner();
  expect(await screen.findByRole('alert')).toHaveTextContent('Trình duyệt không cho dùng camera');
  expect(screen.getByRole('button', { name: 'Chụp hoặc chọn ảnh thẻ' })).toBeInTheDocument();
  await user.click(screen.getByRole('button', { name: 'Đóng máy quét' }));
  expect(onCancel).toHaveBeenCalledOnce();
});

test('typed details are checked by the shared parser, errors land on their field, then confirmed', async () => {
  const { results, user } = renderScanner();
  await user.click(await screen.findByRole('button', { name: 'Nhập tay' }));

  await user.type(screen.getByLabelText('Số định danh cá nhân (12 chữ số)'), '07915800123');
  await user.type(screen.getByLabelText('Họ và tên'), 'Nguyễn Thị Phương Thảo');
  await user.type(screen.getByLabelText('Ngày sinh'), '15/03/1958');
  await user.click(screen.getByLabelText('Nữ'));
  await user.type(screen.getByLabelText('Nơi thường trú'), 'Xã Tân Thạnh Đông, Huyện Củ Chi');
  await user.click(screen.getByRole('button', { name: 'Kiểm tra thông tin' }));

  const id = screen.getByLabelText('Số định danh cá nhân (12 chữ số)');
  expect(id).toHaveAttribute('aria-invalid', 'true');
  expect(id).toHaveFocus();
  expect(screen.getByText('Số định danh phải có đúng 12 chữ số.')).toBeInTheDocument();
  expect(results).toEqual([]);

  await user.type(id, '4');
  await user.click(screen.getByRole('button', { name: 'Kiểm tra thông tin' }));
  expect(screen.getByRole('heading', { name: 'Kiểm tra thông tin đọc được' })).toHaveFocus();
  expect(screen.getByText('15/03/1958')).toBeInTheDocument();
  expect(screen.getByText('Nhập tay')).toBeInTheDocument();

  await user.click(screen.getByRole('button', { name: 'Dùng thông tin này' }));
  expect(results).toEqual([
    {
      kind: 'card',
      source: 'manual',
      warnings: [],
      card: {
        idNumber: '079158001234',
        oldIdNumber: null,
        fullName: 'Nguyễn Thị Phương Thảo',
        dateOfBirth: '1958-03-15',
        sex: 'female',
        address: 'Xã Tân Thạnh Đông, Huyện Củ Chi',
        issueDate: null,
        extra: [],
      },
    },
  ]);
});
