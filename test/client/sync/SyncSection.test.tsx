// Dexie's liveQuery only runs if an indexedDB global existed when Dexie was first imported.
import 'fake-indexeddb/auto';
import { act, render, screen, within } from '@testing-library/react';
import { afterEach, expect, test } from 'vitest';
import { MemoryRouter } from 'react-router';
import {
  getDeviceId,
  markOutboxResult,
  markOutboxSending,
  saveVisit,
  upsertBeneficiaries,
} from '../../../src/client/db';
import { putAccount } from '../../../src/client/db/accounts';
import { appDatabase, closeAppDatabase } from '../../../src/client/db/appDatabase';
import { closeDeviceDatabase } from '../../../src/client/db/deviceDatabase';
import { SyncSection } from '../../../src/client/features/device/SyncSection';
import { I18nProvider } from '../../../src/client/i18n';
import { startSync } from '../../../src/client/sync';
import * as samples from '../../shared/schemas/samples';

// The device screen's sync section: state, "Đồng bộ ngay", and visits the server refused, each
// with its reason and a way to correct it.

afterEach(() => closeAppDatabase());

async function renderSection() {
  return act(async () =>
    render(
      <I18nProvider locale="vi">
        <MemoryRouter>
          <SyncSection />
        </MemoryRouter>
      </I18nProvider>,
    ),
  );
}

test('a refused visit is listed with the server’s reason and a link to correct it', async () => {
  const db = await appDatabase();
  const person = samples.beneficiary({ fullName: 'Lò Thị Mai' });
  await upsertBeneficiaries(db, [person]);
  const visit = samples.visit({ deviceId: await getDeviceId(db) });
  const { outbox } = await saveVisit(db, visit);
  await markOutboxSending(db, [outbox.id]);
  await markOutboxResult(db, [
    {
      id: outbox.id,
      status: 'rejected',
      errors: [{ path: 'payload.communeCode', key: 'protocol.mutation.communeMismatch' }],
    },
  ]);

  await renderSection();
  const section = (
    await screen.findByRole('heading', { name: 'Bản ghi bị máy chủ từ chối (1)' })
  ).closest('section')!;
  expect(within(section).getByText('Lò Thị Mai')).toBeInTheDocument();
  expect(
    within(section).getByText('Xã/phường ghi trong lần đến nhà khác với danh sách.'),
  ).toBeInTheDocument();
  expect(within(section).getByRole('link', { name: 'Sửa và gửi lại' })).toHaveAttribute(
    'href',
    `/nguoi-huong/${person.id}/tham-ho?sua=${visit.id}`,
  );
});

test('with the server out of reach it says it will retry and why; "Đồng bộ ngay" needs an engine', async () => {
  await renderSection();
  expect(screen.getByRole('button', { name: 'Đồng bộ ngay' })).toBeDisabled();
  expect(screen.queryByRole('heading', { name: /từ chối/ })).toBeNull();

  const userId = '6c1f7a52-3b9e-4d2a-8f41-0a9b8c7d6e51';
  await putAccount({
    userId,
    username: 'canbo',
    displayName: 'Cán bộ',
    role: 'field_worker',
    providerId: null,
    unitCodes: [],
    deviceId: '0190b4d2-7c1e-7a3b-9f00-1c2d3e4f5a6b',
    accessToken: 'token',
    accessExpiresAt: '2099-01-01T00:00:00.000Z',
    refreshToken: null,
    refreshExpiresAt: null,
    pin: null,
    pinFailures: 0,
    lastLoginAt: '2025-07-01T00:00:00.000Z',
    lastUnlockAt: null,
  });
  const stop = startSync({
    db: await appDatabase(),
    userId,
    http: { baseUrl: 'http://127.0.0.1:9' }, // nothing listens: no answer, as without signal
    appVersion: 'test',
    onAuthRequired: () => undefined,
    onRevoked: async () => undefined,
  });
  try {
    expect(await screen.findByText(/^Chưa gửi được; tự thử lại lúc /)).toBeInTheDocument();
    expect(screen.getByText(/^NetworkError: /)).toBeInTheDocument();
    expect(screen.getByText('Không có mạng, hoặc không tới được máy chủ.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Đồng bộ ngay' })).toBeEnabled();
  } finally {
    act(() => stop());
    await closeDeviceDatabase();
  }
  expect(screen.getByRole('button', { name: 'Đồng bộ ngay' })).toBeDisabled();
});
