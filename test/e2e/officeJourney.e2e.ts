import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { foldVietnamese } from '../../src/shared/text';
import { communeRow, count, deviceRow, openDashboard, refreshDashboard } from './support/dashboard';
import {
  checkRosterFile,
  commitRoster,
  listWithNewcomer,
  reportCounts,
  ROSTER_HEADERS,
  ROSTER_TITLE,
} from './support/rosterImport';
import { waitForServiceWorkerControl } from './support/serviceWorker';
import { loginAs, providerRosterSize, rosterSizeFor, waitForRoster } from './support/session';
import { recordBankVisit } from './support/visitForm';
import { appAndBrowser } from './support/appAndBrowser';

// The whole programme for one newcomer, each person in their own browser, against the real
// server and the production build: the office (quantri) imports this month's list of Thất Khê
// with a newcomer; the field worker's tablet (canbo) pulls it, visits her without signal and
// records a VietinBank account with her consent, and syncs when back in range; the bank's agent
// (nganhang) marks her account opened; the supervisor (giamsat) sees Thất Khê's figures move and
// the tablet report in with nothing left waiting. No page is reloaded on the way (a reload asks
// for the PIN once the device data is encrypted).

const COMMUNE = '06004'; // Thất Khê: canbo's commune, also served by VietinBank Lạng Sơn
const NEWCOMER = 'Nông Thị Hành Trình';

const env = appAndBrowser();
const errors: string[] = [];

async function newPage(viewport: { width: number; height: number }) {
  const context = await env.browser.newContext({ viewport });
  const page = await context.newPage();
  page.on('pageerror', (e) => errors.push(`${viewport.width}: ${e.message}`));
  return { context, page };
}

const pill = (page: Page) => page.getByTestId('status-pill').textContent();

/** The newcomer's row on the env.server once the import committed. */
async function newcomerId(): Promise<string> {
  const rows = await env.server.store.db
    .selectFrom('beneficiaries')
    .select(['id', 'data'])
    .where('commune_code', '=', COMMUNE)
    .execute();
  const found = rows.filter((r) => (r.data as { fullName: string }).fullName === NEWCOMER);
  expect(found).toHaveLength(1);
  return found[0]!.id;
}

test('import → offline visit → account opened → the dashboard shows it', async () => {
  // The supervisor's reading before anything happens (the office keeps the page open).
  const office = await newPage({ width: 1440, height: 900 });
  const desk = office.page;
  await loginAs(desk, env.server.url, 'giamsat', { path: '/tong-quan' });
  await openDashboard(desk);
  const before = await communeRow(desk, COMMUNE);

  // 1. The office imports this month's list of Thất Khê: everyone already on it, one newcomer.
  const admin = await newPage({ width: 1280, height: 800 });
  await loginAs(admin.page, env.server.url, 'quantri');
  await admin.page.getByRole('link', { name: 'Nhập danh sách' }).click();
  const list = await listWithNewcomer(env.server.store, COMMUNE, NEWCOMER);
  const csv = Papa.unparse([ROSTER_TITLE, ROSTER_HEADERS, ...list.rows]);
  await checkRosterFile(
    admin.page,
    { name: 'thang-7-that-khe.csv', mimeType: 'text/csv', buffer: Buffer.from(`\uFEFF${csv}`) },
    list.rows.length,
  );
  expect(await reportCounts(admin.page)).toEqual({
    added: '1',
    changed: '0',
    removed: '0',
    rejected: '0',
  });
  await commitRoster(admin.page, 1);
  await admin.context.close();
  const beneficiaryId = await newcomerId();

  // 2. The field worker's tablet pulls the list and finds her by searching without accents.
  const field = await newPage({ width: 1024, height: 768 });
  const tablet = field.page;
  await loginAs(tablet, env.server.url, 'canbo');
  await waitForRoster(tablet, await rosterSizeFor(env.server.store, 'canbo'));
  await waitForServiceWorkerControl(tablet); // the app's screens are precached for offline use
  await tablet
    .getByRole('searchbox', { name: 'Tìm người hưởng' })
    .pressSequentially(foldVietnamese(NEWCOMER));
  const found = tablet
    .getByRole('list', { name: 'Người hưởng trên máy' })
    .getByRole('link', { name: new RegExp(`^${NEWCOMER},`) });
  await found.waitFor({ timeout: 30_000 });

  // No signal at her house: the visit is recorded offline and waits on the tablet.
  await field.context.setOffline(true);
  await expect.poll(() => pill(tablet), { timeout: 30_000 }).toContain('Ngoại tuyến');
  await found.click();
  await tablet.getByRole('heading', { level: 1, name: NEWCOMER }).waitFor();
  await tablet.getByRole('link', { name: 'Bắt đầu thăm hộ' }).click();
  await recordBankVisit(tablet, { accountNumber: '1010 5555 6666', openAccount: true });
  await tablet.getByText('Chờ đồng bộ', { exact: true }).waitFor();
  await expect.poll(() => pill(tablet), { timeout: 30_000 }).toContain('1 chờ đồng bộ');
  const serverVisits = () =>
    env.server.store.db
      .selectFrom('visits')
      .select(['device_id', 'data'])
      .where('beneficiary_id', '=', beneficiaryId)
      .execute();
  expect(await serverVisits()).toEqual([]);

  // Back in range: the visit goes up on its own.
  await field.context.setOffline(false);
  await expect.poll(() => pill(tablet), { timeout: 60_000 }).toContain('Đã đồng bộ hết');
  const visits = await serverVisits();
  expect(visits).toHaveLength(1);
  expect(visits[0]!.data).toMatchObject({
    outcome: 'met_beneficiary',
    payment: { method: 'bank', bankBin: '970415', accountNumber: '101055556666' },
  });

  // What the tablet says about itself, to find it on the dashboard.
  await tablet
    .getByRole('navigation', { name: 'Điều hướng chính' })
    .getByRole('link', { name: 'Thiết bị' })
    .click();
  const fact = (term: string) =>
    tablet.locator('dt', { hasText: term }).locator('xpath=following-sibling::dd[1]');
  await expect
    .poll(() => tablet.getByTestId('pending-count').textContent(), { timeout: 30_000 })
    .toBe('0');
  const deviceId = (await fact('Mã thiết bị').textContent())!.trim();
  const appVersion = (await fact('Phiên bản ứng dụng').textContent())!.trim();
  expect(deviceId).toBe(visits[0]!.device_id);
  expect(appVersion).toMatch(/^[0-9A-Za-z.+-]{1,40}$/);

  // 3. The bank's agent finds her on the work list and records the account opened.
  const bank = await newPage({ width: 1280, height: 800 });
  const agent = bank.page;
  await loginAs(agent, env.server.url, 'nganhang');
  await waitForRoster(agent, await providerRosterSize(env.server.store, 'vietinbank-ls'));
  await agent
    .getByRole('navigation', { name: 'Điều hướng chính' })
    .getByRole('link', { name: 'Mở tài khoản' })
    .click();
  await agent.getByRole('heading', { name: 'Danh sách mở tài khoản' }).waitFor();
  await agent.getByLabel('Xã/phường').selectOption(COMMUNE);
  await agent.getByLabel('Tình trạng').selectOption('not_opened');
  const row = agent.getByRole('listitem').filter({
    has: agent.getByRole('heading', { name: NEWCOMER }),
  });
  await row.waitFor({ timeout: 30_000 });
  await row.getByRole('button', { name: 'Ghi nhận đã mở tài khoản' }).click();
  await row.getByLabel('Số tài khoản / số ví').fill('1010 5555 6666');
  await row.getByRole('button', { name: 'Lưu' }).click();
  await agent.getByLabel('Tình trạng').selectOption('');
  await row.getByText('Đã mở', { exact: true }).waitFor();
  await row.getByText(/số …6666/).waitFor();
  await row.getByText('Chờ đồng bộ').waitFor({ state: 'detached', timeout: 60_000 });
  const opened = await env.server.store.db
    .selectFrom('account_updates')
    .select(['step', 'data'])
    .where('beneficiary_id', '=', beneficiaryId)
    .execute();
  expect(opened).toMatchObject([{ step: 'opened', data: { accountNumber: '101055556666' } }]);
  await bank.context.close();

  // 4. Back at the office: Thất Khê has one more person, visited, paid into a bank account, with
  // the account opened; the tablet reported in with nothing waiting and its app version.
  await expect
    .poll(
      async () => {
        await refreshDashboard(desk);
        return count((await communeRow(desk, COMMUNE))['Đã mở TK']);
      },
      { timeout: 60_000 },
    )
    .toBe(count(before['Đã mở TK']) + 1);
  const after = await communeRow(desk, COMMUNE);
  const plusOne = (column: string) => [column, count(before[column]) + 1];
  const same = (column: string) => [column, count(before[column])];
  expect(
    Object.fromEntries(
      ['Người hưởng', 'Đã đến', 'Ngân hàng', 'Đã mở TK', 'Ví điện tử', 'Chưa chọn'].map((c) => [
        c,
        count(after[c]),
      ]),
    ),
  ).toEqual(
    Object.fromEntries([
      plusOne('Người hưởng'),
      plusOne('Đã đến'),
      plusOne('Ngân hàng'),
      plusOne('Đã mở TK'),
      same('Ví điện tử'),
      same('Chưa chọn'),
    ]),
  );
  expect(after['Qua tài khoản']).not.toBe(before['Qua tài khoản']);

  const device = await deviceRow(desk, deviceId);
  expect(device).toMatchObject({
    'Tình trạng': '✓ Bình thường',
    'Chờ gửi': '0',
    'Phiên bản': appVersion,
  });
  expect(device['Thiết bị']).toContain('(canbo)');
  expect(device['Đồng bộ lần cuối']).toMatch(/vừa xong|phút trước/);

  await field.context.close();
  await office.context.close();
  expect(errors).toEqual([]);
}, 300_000);
