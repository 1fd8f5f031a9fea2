import { act, render, screen } from '@testing-library/react';
import { afterEach, expect, test } from 'vitest';
import { UpdateBanner } from '../../../src/client/app/UpdateBanner';
import { I18nProvider } from '../../../src/client/i18n';
import { setFormDirty, updateState } from '../../../src/client/platform';

afterEach(() => {
  act(() => {
    updateState.set('none');
    setFormDirty('visit', false);
  });
});

function renderBanner() {
  render(
    <I18nProvider locale="vi">
      <UpdateBanner />
    </I18nProvider>,
  );
}

test('a waiting version is announced, and the user may apply it when no form holds unsaved work', () => {
  renderBanner();
  expect(screen.queryByText(/Có phiên bản mới/)).toBeNull();
  act(() => updateState.set('available')); // what the service worker's "waiting" event does
  expect(screen.getByRole('status')).toHaveTextContent('Có phiên bản mới của ứng dụng.');
  expect(screen.getByRole('button', { name: 'Cập nhật ngay' })).toBeEnabled();
});

test('while a visit form has unsaved changes the update cannot be applied, and says why', () => {
  renderBanner();
  act(() => {
    updateState.set('available');
    setFormDirty('visit', true);
  });
  expect(screen.getByRole('status')).toHaveTextContent('Hãy lưu hoặc đóng phiếu thăm hộ đang nhập');
  expect(screen.getByRole('button', { name: 'Cập nhật ngay' })).toBeDisabled();
  act(() => setFormDirty('visit', false)); // the autosave wrote the draft
  expect(screen.getByRole('button', { name: 'Cập nhật ngay' })).toBeEnabled();
});
