import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from './support/chromium';
import {
  enterPin,
  loginAs,
  rosterSizeFor,
  startAppServer,
  waitForRoster,
  type AppServer,
} from './support/session';
import { recordNobodyHomeVisit, startVisit } from './support/visitFlow';

// The roster on the built app: the demo roster (generated, ~5,000 people) arrives from the real
// server with the first sync after sign-in, and is searched and opened on the device.

let server: AppServer;
let browser: Browser;
let size: number;

beforeAll(async () => {
  server = await startAppServer();
  browser = await launchChromium();
  size = await rosterSizeFor(server.store, 'canbo');
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const folded = (n: string) =>
  n
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/gi, 'd')
    .toLowerCase()
    .split(' ');

test('the roster arrives after sign-in; "nguyen van" finds Nguyễn Văn …; a beneficiary opens with its start-visit action', async () => {
  const context = await browser.newContext({ viewport: { width: 1024, height: 768 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await loginAs(page, server.url);
  await waitForRoster(page, size);
  const list = page.getByRole('list', { name: 'Người hưởng trên máy' });
  // Virtualised: only the rows near the screen are in the page.
  expect(await list.getByRole('listitem').count()).toBeLessThan(40);
  expect(await list.getByRole('listitem').first().getAttribute('aria-setsize')).toBe(String(size));

  await page.getByRole('searchbox', { name: 'Tìm người hưởng' }).pressSequentially('nguyen van');
  await page.getByText(/^[\d.]+ trong [\d.]+ người hưởng$/).waitFor();
  const names = await list.locator('.roster-row-name').allTextContents();
  expect(names.filter((n) => n.startsWith('Nguyễn Văn ')).length).toBeGreaterThan(3);
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

  // Back to the list as it was left.
  await page.getByRole('link', { name: 'Về danh sách' }).click();
  expect(await page.getByRole('searchbox', { name: 'Tìm người hưởng' }).inputValue()).toBe(
    'nguyen van',
  );
  // Far down the list and back again: the list is where it was left.
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  const left = await page.evaluate(() => window.scrollY);
  expect(left).toBeGreaterThan(500);
  await page.waitForFunction(() => document.elementFromPoint(500, 600)?.closest('a'));
  await page.mouse.click(500, 600);
  await page.getByRole('link', { name: 'Bắt đầu thăm hộ' }).waitFor();
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
  await page.goBack();
  await list.waitFor();
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(left);

  await page.reload();
  await enterPin(page);
  await page.getByText(/^[\d.]+ trong [\d.]+ người hưởng$/).waitFor();
  expect(errors).toEqual([]);
  await context.close();
});

test('a visit saved offline marks its row "Chờ đồng bộ" until the server has it', async () => {
  const context = await browser.newContext({ viewport: { width: 768, height: 1024 } });
  const page = await context.newPage();
  await loginAs(page, server.url);
  await waitForRoster(page, size);
  const list = page.getByRole('list', { name: 'Người hưởng trên máy' });
  expect(await list.getByText('Chờ đồng bộ').count()).toBe(0);

  await context.setOffline(true); // no signal at the house
  const { name } = await startVisit(page, 2);
  await recordNobodyHomeVisit(page, 'Hẹn đến lại');
  await page.getByRole('link', { name: 'Về danh sách' }).click();
  const row = list.getByRole('link', { name: new RegExp(`^${name}, .*, chờ đồng bộ$`) });
  await row.waitFor();
  expect(await row.getByText('Cần thăm lại').count()).toBe(1);

  // Signal again: the visit goes up and the marker goes away.
  await context.setOffline(false);
  await list
    .getByRole('link', { name: new RegExp(`^${name}, .*, Cần thăm lại$`) })
    .waitFor({ timeout: 60_000 });
  expect(await list.getByText('Chờ đồng bộ').count()).toBe(0);
  await context.close();
});
