import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { expect, test, vi } from 'vitest';
import { I18nProvider } from '../../../src/client/i18n';
import { ErrorSummary, PhoneField, StepHeader, TextField } from '../../../src/client/ui';

const renderVi = (ui: React.ReactNode) => render(<I18nProvider locale="vi">{ui}</I18nProvider>);

test('the error summary takes focus on each attempt and its links move focus to the field', async () => {
  const user = userEvent.setup();
  function Form() {
    const [attempt, setAttempt] = useState(0);
    return (
      <>
        <ErrorSummary
          attempt={attempt}
          items={[{ targetId: 'f-name', text: 'Vui lòng nhập họ và tên.' }]}
        />
        <TextField id="f-name" label="Họ và tên" error="Vui lòng nhập họ và tên." />
        <button type="button" onClick={() => setAttempt((n) => n + 1)}>
          Tiếp tục
        </button>
      </>
    );
  }
  renderVi(<Form />);
  const summary = screen.getByRole('alert', { name: 'Cần sửa 1 mục trước khi tiếp tục' });
  expect(summary).not.toHaveFocus(); // nothing attempted yet
  await user.click(screen.getByRole('button', { name: 'Tiếp tục' }));
  await waitFor(() => expect(summary).toHaveFocus());
  await user.click(screen.getByRole('link', { name: 'Vui lòng nhập họ và tên.' }));
  const field = screen.getByRole('textbox', { name: 'Họ và tên' });
  expect(field).toHaveFocus();
  expect(field).toBeInvalid();
  expect(field).toHaveAccessibleDescription('Vui lòng nhập họ và tên.');
});

test('a phone field names the carrier, and offers the new form of an old 11-digit number', async () => {
  const user = userEvent.setup();
  const use = vi.fn();
  const { rerender } = renderVi(
    <PhoneField id="p" label="Số điện thoại" value="0168 123 4567" onUseSuggestion={use} />,
  );
  await user.click(screen.getByRole('button', { name: 'Dùng số mới 0381234567' }));
  expect(use).toHaveBeenCalledWith('0381234567');
  rerender(
    <I18nProvider locale="vi">
      <PhoneField id="p" label="Số điện thoại" value="+84 (0) 97 123 4567" onUseSuggestion={use} />
    </I18nProvider>,
  );
  expect(screen.getByText('Nhà mạng Viettel · sẽ lưu là +84971234567')).toBeInTheDocument();
  expect(screen.queryByRole('button')).not.toBeInTheDocument();
});

test('the step header marks the current step, lets finished steps be revisited, focuses the title', async () => {
  const user = userEvent.setup();
  const select = vi.fn();
  const steps = [
    { id: 'a', label: 'Kết quả đến nhà' },
    { id: 'b', label: 'Giấy tờ tùy thân' },
    { id: 'c', label: 'Xem lại và lưu' },
  ];
  const { rerender } = renderVi(<StepHeader steps={steps} currentId="b" onSelect={select} />);
  const title = screen.getByRole('heading', { level: 2, name: 'Giấy tờ tùy thân' });
  await waitFor(() => expect(title).toHaveFocus());
  expect(screen.getByRole('list', { name: 'Bước 2 trên 3' })).toBeInTheDocument();
  expect(
    screen.getByText('Giấy tờ tùy thân', { selector: '.step-name' }).closest('li'),
  ).toHaveAttribute('aria-current', 'step');
  // Only the finished step is a button; the one ahead is not reachable by skipping.
  expect(screen.getAllByRole('button')).toHaveLength(1);
  await user.click(screen.getByRole('button', { name: /Kết quả đến nhà/ }));
  expect(select).toHaveBeenCalledWith('a');

  rerender(
    <I18nProvider locale="vi">
      <StepHeader steps={steps} currentId="c" onSelect={select} />
    </I18nProvider>,
  );
  await waitFor(() =>
    expect(screen.getByRole('heading', { level: 2, name: 'Xem lại và lưu' })).toHaveFocus(),
  );
});
