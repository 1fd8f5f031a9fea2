import { expect, test } from 'vitest';
import { loginAs, rosterSizeFor, waitForRoster } from './support/session';
import { communeRow } from './support/dashboard';
import { recordBankVisit } from './support/visitForm';
import { appAndBrowser } from './support/appAndBrowser';

// The supervisor's view of a worker's day, end to end in the built app: a field worker records a
// visit (bank account chosen) and syncs; the supervisor giamsat opens the dashboard and sees the
// commune's coverage change and the worker's tablet report in (nothing waiting, its app version).

const env = appAndBrowser();

test('giamsat sees the coverage change and the tablet sync state after a worker synced a visit', async () => {
  // The supervisor first: nobody visited in Thất Khê yet.
  const office = await env.browser.newContext({ viewport: { width: 1440, height: 900 } });
  const desk = await office.newPage();
  await loginAs(desk, env.server.url, 'giamsat', { path: '/tong-quan' });
  await desk.getByRole('link', { name: 'Tổng quan' }).click();
  await desk.getByRole('heading', { name: 'Tổng quan tiến độ', level: 1 }).waitFor();
  await desk.getByRole('table', { name: 'Số liệu từng xã' }).waitFor({ timeout: 30_000 });
  const before = await communeRow(desk, '06004');
  expect(before).toMatchObject({
    'Đã đến': '0',
    'Ngân hàng': '0',
    'Qua tài khoản': '0% ✗ Chưa đạt',
  });

  // The worker's tablet: one visit, synced.
  const field = await env.browser.newContext({ viewport: { width: 1024, height: 768 } });
  const tablet = await field.newPage();
  await loginAs(tablet, env.server.url, 'canbo');
  await waitForRoster(tablet, await rosterSizeFor(env.server.store, 'canbo'));
  await tablet
    .getByRole('list', { name: 'Người hưởng trên máy' })
    .getByRole('link')
    .first()
    .click();
  await tablet.getByRole('link', { name: /Bắt đầu thăm hộ/ }).click();
  await recordBankVisit(tablet);
  await expect
    .poll(() => tablet.getByTestId('status-pill').textContent(), { timeout: 30_000 })
    .toContain('Đã đồng bộ hết');
  const visit = await env.server.store.db
    .selectFrom('visits')
    .select('commune_code')
    .executeTakeFirstOrThrow();
  const heartbeat = await env.server.store.db
    .selectFrom('heartbeats as h')
    .innerJoin('users as u', 'u.id', 'h.user_id')
    .select(['h.app_version', 'h.pending_count'])
    .where('u.username', '=', 'canbo')
    .executeTakeFirstOrThrow();
  expect(heartbeat.pending_count).toBe(0);

  // Back at the office: refresh.
  await desk.getByRole('button', { name: 'Làm mới' }).click();
  await expect.poll(async () => (await communeRow(desk, visit.commune_code))['Đã đến']).toBe('1');
  const after = await communeRow(desk, visit.commune_code);
  expect(after).toMatchObject({
    'Ngân hàng': '1',
    'Chưa chọn': String(Number(after['Người hưởng']!.replace(/\./g, '')) - 1),
  });
  expect(after['Qua tài khoản']).toMatch(/^\d+(,\d)?% ✗ Chưa đạt$/);
  expect(after['Qua tài khoản']).not.toBe('0% ✗ Chưa đạt');
  await expect
    .poll(() => desk.getByTestId('tile-intoAccount').textContent())
    .toContain('Chỉ tiêu 80%');

  const deviceRow = desk.locator('tr', { hasText: '(canbo)' });
  const deviceCells = await deviceRow.locator('td').allTextContents();
  expect(deviceCells[0]).toBe('✓ Bình thường');
  expect(deviceCells[1]).toMatch(/vừa xong|phút trước/);
  expect(deviceCells[2]).toBe('0');
  expect(deviceCells[4]).toBe(heartbeat.app_version);
  expect(heartbeat.app_version).toMatch(/^[0-9A-Za-z.+-]{1,40}$/);

  // Offline at the office: a clear message, and the figures' time stays on screen.
  const asOf = (await desk.locator('.dash-asof').textContent())!.replace('Số liệu lúc ', '');
  await office.setOffline(true);
  await desk.getByText('Máy đang ngoại tuyến', { exact: false }).waitFor();
  await desk.getByText(`Số liệu dưới đây là lần cập nhật lúc ${asOf}.`).waitFor();
  expect(await communeRow(desk, visit.commune_code)).toMatchObject({ 'Đã đến': '1' });
  await office.setOffline(false);

  await field.close();
  await office.close();
});
