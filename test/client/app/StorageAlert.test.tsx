import { act, render, screen } from '@testing-library/react';
import { expect, test } from 'vitest';
import { StorageAlert } from '../../../src/client/app/StorageAlert';
import { reportStorageFull } from '../../../src/client/db/storageEvents';
import { I18nProvider } from '../../../src/client/i18n';

test('a refused write anywhere is announced plainly, saying saved data is safe', async () => {
  render(
    <I18nProvider locale="vi">
      <StorageAlert />
    </I18nProvider>,
  );
  expect(screen.queryByRole('alert')).toBeNull();
  act(() => reportStorageFull());
  const alert = await screen.findByRole('alert');
  expect(alert).toHaveTextContent('Bộ nhớ của máy đã đầy');
  expect(alert).toHaveTextContent('Những gì đã lưu vẫn an toàn');
});
