import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from './support/chromium';
import { startServer, type RunningServer } from './support/server';

let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  server = await startServer();
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

test('demo roster loaded through the UI; "nguyen van" finds Nguyễn Văn …; a beneficiary opens with its start-visit action', async () => {
  const context = await browser.newContext({ viewport: { width: 1024, height: 768 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(server.url);

  await page.getByRole('heading', { name: 'Máy này chưa có danh sách người hưởng' }).waitFor();
  await page.getByRole('button', { name: 'Nạp dữ liệu mẫu' }).click();
  await page.getByText('5.000 người hưởng', { exact: true }).waitFor({ timeout: 60_000 });
  const list = page.getByRole('list', { name: 'Người hưởng trên máy' });
  // Virtualised: only the rows near the screen are in the page.
  expect(await list.getByRole('listitem').count()).toBeLessThan(40);
  expect(await list.getByRole('listitem').first().getAttribute('aria-setsize')).toBe('5000');

  await page.getByRole('searchbox', { name: 'Tìm người hưởng' }).pressSequentially('nguyen van');
  await page.getByText(/^\d+ trong 5\.000 người hưởng$/).waitFor();
  const names = await list.locator('.roster-row-name').allTextContents();
  expect(names.length).toBeGreaterThan(3);
  const folded = (n: string) =>
    n
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .split(' ');
  for (const n of names) {
    expect(
      folded(n).some((w) => w.startsWith('nguyen')),
      n,
    ).toBe(true);
    expect(
      folded(n).some((w) => w.startsWith('van')),
      n,
    ).toBe(true);
  }
  expect(names.filter((n) => n.startsWith('Nguyễn Văn ')).length).toBeGreaterThan(3);
  expect(await page.locator('body').textContent()).not.toMatch(/HIV/i);

  const first = list
    .getByRole('link')
    .filter({ hasText: /^Nguyễn Văn / })
    .first();
  const name = await first.locator('.roster-row-name').textContent();
  await first.click();
  await page.getByRole('heading', { level: 1, name: name! }).waitFor();
  const start = page.getByRole('link', { name: 'Bắt đầu thăm hộ' });
  expect(await start.getAttribute('href')).toMatch(/^\/nguoi-huong\/[0-9a-f-]{36}\/tham-ho$/);

  // Back to the list as it was left; the roster is still there after a reload.
  await page.getByRole('link', { name: 'Về danh sách' }).click();
  expect(await page.getByRole('searchbox', { name: 'Tìm người hưởng' }).inputValue()).toBe(
    'nguyen van',
  );
  // Far down the list and back again: the list is where it was left.
  await page.evaluate(() => window.scrollTo(0, 3000));
  await page.waitForFunction(() => document.elementFromPoint(500, 600)?.closest('a'));
  await page.mouse.click(500, 600);
  await page.getByRole('link', { name: 'Bắt đầu thăm hộ' }).waitFor();
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
  await page.goBack();
  await list.waitFor();
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(2500);

  await page.reload();
  await page.getByText(/^\d+ trong 5\.000 người hưởng$/).waitFor();
  expect(errors).toEqual([]);
  await context.close();
});

test('after a visit is saved offline-first, its row says "Chờ đồng bộ", also after a reload', async () => {
  const context = await browser.newContext({ viewport: { width: 768, height: 1024 } });
  const page = await context.newPage();
  await page.goto(server.url);
  await page.getByLabel('Số người hưởng mẫu').selectOption('500');
  await page.getByRole('button', { name: 'Nạp dữ liệu mẫu' }).click();
  const list = page.getByRole('list', { name: 'Người hưởng trên máy' });
  await page.getByText('500 người hưởng', { exact: true }).waitFor({ timeout: 60_000 });
  expect(await list.getByText('Chờ đồng bộ').count()).toBe(0);

  // The shortest visit through the visit form: nobody was home.
  const row = list.getByRole('link').nth(2);
  const name = (await row.locator('.roster-row-name').textContent())!;
  await row.click();
  await page.getByRole('link', { name: 'Bắt đầu thăm hộ' }).click();
  await page.getByText('Không có ai ở nhà').click();
  await page.getByRole('button', { name: 'Tiếp tục' }).click();
  await page.getByRole('button', { name: 'Lưu phiếu' }).click();
  await page.getByRole('link', { name: 'Về danh sách' }).click();

  const visited = list.getByRole('link', { name: new RegExp(`^${name}, .*, chờ đồng bộ$`) });
  await visited.waitFor();
  expect(await visited.getByText('Cần thăm lại').count()).toBe(1);
  await page.reload();
  await visited.waitFor();
  expect(await list.getByText('Chờ đồng bộ').count()).toBe(1);
  await context.close();
});
