// Dexie's liveQuery only runs if an indexedDB global existed when Dexie was first imported.
import 'fake-indexeddb/auto';
import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import {
  getAccount,
  listAccounts,
  putAccount,
  type AccountRow,
} from '../../../src/client/db/accounts';
import {
  appDatabase,
  closeAppDatabase,
  selectAppDatabase,
} from '../../../src/client/db/appDatabase';
import { LockedError } from '../../../src/client/db/seal/sealer';
import { DEFAULT_DB_NAME } from '../../../src/client/db';
import { closeDeviceDatabase } from '../../../src/client/db/deviceDatabase';
import { SessionGate } from '../../../src/client/features/auth/SessionGate';
import { I18nProvider } from '../../../src/client/i18n';
import { hashPin } from '../../../src/client/sync/auth/pin';
import { configureServer, sessionStore } from '../../../src/client/sync/auth/session';

// The sign-in screens as a user meets them. No server runs here: the network is a closed port,
// which is what a tablet without signal sees. Signing in against the real server is covered by
// session.test.ts and the end-to-end tests.

const PIN = '482916';

function account(overrides: Partial<AccountRow> = {}): AccountRow {
  return {
    userId: '6c1f7a52-3b9e-4d2a-8f41-0a9b8c7d6e51',
    username: 'canbo',
    displayName: 'Cán bộ Nguyễn Thị Lan',
    role: 'field_worker',
    providerId: null,
    unitCodes: ['06004'],
    deviceId: '0190b4d2-7c1e-7a3b-9f00-1c2d3e4f5a6b',
    accessToken: null,
    accessExpiresAt: null,
    refreshToken: 'x'.repeat(60),
    refreshExpiresAt: '2099-01-01T00:00:00.000Z',
    pin: null,
    pinFailures: 0,
    lastLoginAt: '2025-07-01T00:00:00.000Z',
    lastUnlockAt: null,
    ...overrides,
  };
}

beforeEach(() => {
  configureServer({ baseUrl: 'http://127.0.0.1:9' }); // nothing listens: offline
  sessionStore.set({ status: 'loading' });
});
afterEach(async () => {
  await closeAppDatabase();
  await selectAppDatabase(DEFAULT_DB_NAME, null);
  await closeDeviceDatabase();
  localStorage.removeItem('ghidanh.unlocked');
  configureServer({});
});

async function renderGate() {
  return act(async () =>
    render(
      <I18nProvider locale="vi">
        <SessionGate>
          <p>Ứng dụng đã mở</p>
        </SessionGate>
      </I18nProvider>,
    ),
  );
}

test('a new tablet asks for a password; offline, it says the first sign-in needs the network', async () => {
  await renderGate();
  await screen.findByRole('heading', { name: 'Đăng nhập' });
  expect(screen.queryByText('Ứng dụng đã mở')).toBeNull();
  const user = userEvent.setup();
  await user.type(screen.getByLabelText('Tên đăng nhập'), 'canbo');
  await user.type(screen.getByLabelText('Mật khẩu'), 'ghidanh-demo');
  await user.click(screen.getByRole('button', { name: 'Đăng nhập' }));
  expect(await screen.findByRole('alert')).toHaveTextContent(
    /Lần đăng nhập đầu tiên trên máy cần có mạng/,
  );
  expect(await listAccounts()).toEqual([]);
});

test('a malformed username is explained without asking the server', async () => {
  await renderGate();
  const user = userEvent.setup();
  await user.type(await screen.findByLabelText('Tên đăng nhập'), 'Cán Bộ');
  await user.type(screen.getByLabelText('Mật khẩu'), 'x');
  await user.click(screen.getByRole('button', { name: 'Đăng nhập' }));
  expect(await screen.findByRole('alert')).toHaveTextContent(/chữ thường không dấu/);
});

test('later days: the PIN unlocks offline; a wrong one says how many tries remain', async () => {
  await putAccount(account({ pin: await hashPin(PIN, 1_000) }));
  await renderGate();
  await screen.findByRole('heading', { name: 'Mở khóa' });
  expect(screen.getByText('Cán bộ Nguyễn Thị Lan (canbo)')).toBeInTheDocument();
  const user = userEvent.setup();
  await user.type(screen.getByLabelText('Mã PIN'), '111111');
  await user.click(screen.getByRole('button', { name: 'Mở' }));
  expect(await screen.findByText('Mã PIN không đúng. Còn 4 lần thử.')).toBeInTheDocument();
  await user.type(screen.getByLabelText('Mã PIN'), PIN);
  await user.click(screen.getByRole('button', { name: 'Mở' }));
  expect(await screen.findByText('Ứng dụng đã mở')).toBeInTheDocument();
  expect((await getAccount(account().userId))?.pinFailures).toBe(0);
});

test('two users on the tablet: each picks their own name before the PIN', async () => {
  await putAccount(account({ pin: await hashPin(PIN, 1_000) }));
  await putAccount(
    account({
      userId: '6c1f7a52-3b9e-4d2a-8f41-0a9b8c7d6e52',
      username: 'canbo2',
      displayName: 'Cán bộ Lò Văn Minh',
      pin: await hashPin('135791', 1_000),
      lastLoginAt: '2025-07-02T00:00:00.000Z',
    }),
  );
  await renderGate();
  const group = await screen.findByRole('group', { name: 'Người dùng' });
  expect(group).toHaveTextContent('Cán bộ Lò Văn Minh (canbo2)');
  const user = userEvent.setup();
  await user.click(screen.getByRole('radio', { name: 'Cán bộ Nguyễn Thị Lan (canbo)' }));
  await user.type(screen.getByLabelText('Mã PIN'), '135791'); // canbo2's PIN, not canbo's
  await user.click(screen.getByRole('button', { name: 'Mở' }));
  expect(await screen.findByText(/Mã PIN không đúng/)).toBeInTheDocument();
  await user.type(screen.getByLabelText('Mã PIN'), PIN);
  await user.click(screen.getByRole('button', { name: 'Mở' }));
  await screen.findByText('Ứng dụng đã mở');
  expect(sessionStore.get()).toMatchObject({ status: 'unlocked', user: { username: 'canbo' } });
});

test('choosing a PIN refuses easy ones and a mistyped repeat, then opens the app', async () => {
  const row = account();
  await putAccount(row);
  await renderGate();
  await screen.findByRole('heading', { name: 'Đăng nhập' });
  act(() =>
    sessionStore.set({
      status: 'choosePin',
      user: {
        userId: row.userId,
        username: row.username,
        displayName: row.displayName,
        role: row.role,
        unitCodes: row.unitCodes,
      },
    }),
  );
  await screen.findByRole('heading', { name: 'Đặt mã PIN' });
  const user = userEvent.setup();
  const save = screen.getByRole('button', { name: 'Lưu mã PIN' });
  await user.type(screen.getByLabelText('Mã PIN mới (6 chữ số)'), '123456');
  await user.click(save);
  expect(screen.getByLabelText('Mã PIN mới (6 chữ số)')).toHaveAccessibleDescription(/quá dễ đoán/);
  await user.clear(screen.getByLabelText('Mã PIN mới (6 chữ số)'));
  await user.type(screen.getByLabelText('Mã PIN mới (6 chữ số)'), PIN);
  await user.type(screen.getByLabelText('Nhập lại mã PIN'), '482917');
  await user.click(save);
  expect(screen.getByLabelText('Nhập lại mã PIN')).toHaveAccessibleDescription(
    'Hai lần nhập không giống nhau.',
  );
  await user.clear(screen.getByLabelText('Nhập lại mã PIN'));
  await user.type(screen.getByLabelText('Nhập lại mã PIN'), PIN);
  await user.click(save);
  await screen.findByText('Ứng dụng đã mở');
  expect((await getAccount(row.userId))?.pin).not.toBeNull();
});

test('a refused session keeps the app open and asks for the password to sync again', async () => {
  await putAccount(account({ pin: await hashPin(PIN, 1_000) }));
  await renderGate();
  const user = userEvent.setup();
  await user.type(await screen.findByLabelText('Mã PIN'), PIN);
  await user.click(screen.getByRole('button', { name: 'Mở' }));
  await screen.findByText('Ứng dụng đã mở');
  const current = sessionStore.get();
  if (current.status !== 'unlocked') throw new Error('not unlocked');
  act(() => sessionStore.set({ ...current, needsLogin: true }));
  expect(await screen.findByText(/Phiên đăng nhập đã hết hạn/)).toBeInTheDocument();
  expect(screen.getByText('Ứng dụng đã mở')).toBeInTheDocument();
  await user.type(screen.getByLabelText('Mật khẩu'), 'ghidanh-demo');
  await user.click(screen.getByRole('button', { name: 'Đăng nhập lại' }));
  await waitFor(() =>
    expect(screen.getByLabelText('Mật khẩu')).toHaveAccessibleDescription(/cần có mạng/),
  );
});

test('left unused, the app locks itself: the PIN is asked again and the records are closed', async () => {
  await putAccount(account({ pin: await hashPin(PIN, 1_000) }));
  await renderGate();
  const user = userEvent.setup();
  await user.type(await screen.findByLabelText('Mã PIN'), PIN);
  await user.click(screen.getByRole('button', { name: 'Mở' }));
  await screen.findByText('Ứng dụng đã mở');
  await expect(appDatabase()).resolves.toBeDefined();
  // Five minutes pass without a touch (the check itself runs on a real one-second timer).
  vi.useFakeTimers({ toFake: ['Date'] });
  try {
    vi.setSystemTime(Date.now() + 5 * 60_000 + 1_000);
    await screen.findByRole('heading', { name: 'Mở khóa' }, { timeout: 5_000 });
  } finally {
    vi.useRealTimers();
  }
  expect(screen.queryByText('Ứng dụng đã mở')).toBeNull();
  await expect(appDatabase()).rejects.toBeInstanceOf(LockedError);
});
