import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, Download, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { call, login, mutationOf, push, visitBy } from '../server/support/client';
import { column, readCsv, readXlsx, rowWhere } from '../server/support/sheets';
import { launchChromium } from './support/chromium';
import { loginAs, startAppServer, type AppServer } from './support/session';

// The office in a real browser: the admin makes the provider's registration list (XLSX) and the
// commune's change list (CSV), each arriving as a browser download that is parsed back, then sees
// both recorded in the audit log.

const COMMUNE = '06004';
const SCREENSHOTS = path.resolve('docs/screenshots');
// With GHIDANH_SCREENSHOTS=1 the two pages are pictured there.
const WRITE = process.env.GHIDANH_SCREENSHOTS === '1';

let server: AppServer;
let browser: Browser;
let chosen: { id: string; fullName: string };

beforeAll(async () => {
  server = await startAppServer();
  browser = await launchChromium();
  // A field worker's visit: this person chose a VietinBank account (the demo provider's channel).
  const row = await server.store.db
    .selectFrom('beneficiaries')
    .select(['id', 'data'])
    .where('commune_code', '=', COMMUNE)
    .orderBy('id')
    .limit(1)
    .executeTakeFirstOrThrow();
  chosen = { id: row.id, fullName: (row.data as { fullName: string }).fullName };
  const worker = await login(server.url, 'canbo');
  const visit = visitBy(worker, chosen.id, COMMUNE, {
    payment: {
      method: 'bank',
      bankBin: '970415',
      accountNumber: '0011223344',
      accountHolder: chosen.fullName,
    },
  });
  const pushed = await push(server.url, worker, [mutationOf(worker, visit)]);
  expect(pushed.body.results[0]?.status).toBe('applied');
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function downloaded(page: Page, click: () => Promise<void>): Promise<Download> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  return download;
}

test('the admin downloads a provider list and the commune changes, then sees them in the audit log', async () => {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    acceptDownloads: true,
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await loginAs(page, server.url, 'quantri');
  await page.getByRole('link', { name: 'Danh sách tháng' }).click();
  await page.getByRole('heading', { name: 'Danh sách hằng tháng' }).waitFor();

  // The provider's registration list, as XLSX.
  await page.getByLabel('Danh sách', { exact: true }).selectOption('registrations');
  await page.getByLabel('Tổ chức chi trả').selectOption({ label: 'VietinBank Lạng Sơn' });
  const xlsx = await downloaded(page, () =>
    page.getByRole('button', { name: 'Lập và tải về' }).click(),
  );
  expect(xlsx.suggestedFilename()).toMatch(
    /^dang-ky-phuong-thuc-chi-tra_vietinbank-ls-vietinbank-lang-son_[\d-]+\.xlsx$/,
  );
  const sheet = await readXlsx(await readFile((await xlsx.path())!));
  expect(column(sheet, 'Mã người hưởng')).toEqual([chosen.id]);
  expect(rowWhere(sheet, 'Mã người hưởng', chosen.id)).toMatchObject({
    'Họ và tên': chosen.fullName,
    'Xã/phường': 'Xã Thất Khê',
    'Ngân hàng': 'VietinBank',
    'Số tài khoản': '0011223344',
  });
  expect(sheet.headers).not.toContain('Nhóm đối tượng');
  await page.getByText(/^Đã lập dang-ky-phuong-thuc-chi-tra_.+ — 1 dòng\.$/).waitFor();

  // The commune's increase/decrease/adjustment list, as CSV: the first one lists everyone.
  await page.getByLabel('Danh sách', { exact: true }).selectOption('commune_changes');
  await page.getByLabel('Xã/phường').selectOption(COMMUNE);
  await page.getByLabel('CSV (UTF-8)').check();
  const csvDownload = await downloaded(page, () =>
    page.getByRole('button', { name: 'Lập và tải về' }).click(),
  );
  expect(csvDownload.suggestedFilename()).toMatch(/^tang-giam-dieu-chinh_06004-xa-that-khe_/);
  const csv = readCsv(await readFile((await csvDownload.path())!));
  expect(csv.text.charCodeAt(0)).toBe(0xfeff);
  const active = await server.store.db
    .selectFrom('beneficiaries')
    .select('id')
    .where('commune_code', '=', COMMUNE)
    .where('removed_at', 'is', null)
    .execute();
  expect(csv.rows).toHaveLength(active.length);
  expect(new Set(column(csv, 'Loại thay đổi'))).toEqual(new Set(['Tăng']));
  expect(rowWhere(csv, 'Mã người hưởng', chosen.id)['Họ và tên']).toBe(chosen.fullName);

  const past = page.getByRole('table', { name: 'Các lần lập danh sách, mới nhất trước' });
  await expect.poll(() => past.getByRole('row').count()).toBe(3);
  if (WRITE) {
    await page.screenshot({ path: path.join(SCREENSHOTS, 'exports-desktop.png'), fullPage: true });
  }

  // The audit log shows both lists being made, by quantri.
  await page.getByRole('link', { name: 'Nhật ký' }).click();
  await page.getByRole('heading', { name: 'Nhật ký thao tác' }).waitFor();
  await page.getByLabel('Thao tác').selectOption({ label: 'Lập danh sách' });
  await page.getByRole('button', { name: 'Lọc', exact: true }).click();
  const log = page.getByRole('table', { name: 'Nhật ký thao tác, mới nhất trước' });
  await expect.poll(() => log.getByRole('row').count()).toBe(3);
  const rows = await log.getByRole('row').allInnerTexts();
  expect(rows.slice(1).every((r) => r.includes('quantri') && r.includes('Lập danh sách'))).toBe(
    true,
  );
  expect(rows[1]).toContain(COMMUNE);
  expect(rows[2]).toContain('vietinbank-ls');
  await page.getByRole('button', { name: 'Bỏ lọc' }).click();
  await expect.poll(() => log.getByRole('row').count()).toBeGreaterThan(3);
  if (WRITE) {
    await page.screenshot({ path: path.join(SCREENSHOTS, 'audit-desktop.png'), fullPage: true });
  }

  // The log holds ids, not the person's name.
  const everything = await call<{ entries: unknown[] }>(server.url, 'GET', '/api/audit?limit=200', {
    token: (await login(server.url, 'quantri')).token,
  });
  expect(JSON.stringify(everything.body)).not.toContain(chosen.fullName);
  expect(errors).toEqual([]);
  await context.close();
}, 180_000);
