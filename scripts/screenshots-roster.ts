// Screenshots of the roster and beneficiary screens at tablet sizes (and a phone), taken from the
// production build in headless Chromium: the demo roster is loaded through the UI, as a user
// would. Run: npm run build && npm run screenshots:roster
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../test/e2e/support/chromium';
import { startServer } from '../test/e2e/support/server';

const OUT = path.resolve('docs/screenshots');
const SIZES = {
  landscape: { width: 1024, height: 768 },
  portrait: { width: 768, height: 1024 },
  phone: { width: 390, height: 844 },
} as const;

async function shot(page: Page, name: string) {
  // Fonts and the list settle before the picture is taken.
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: path.join(OUT, `${name}.png`) });
  console.log(`docs/screenshots/${name}.png`);
}

async function openRoster(browser: Browser, size: keyof typeof SIZES, url: string) {
  const context = await browser.newContext({ viewport: SIZES[size], locale: 'vi-VN' });
  const page = await context.newPage();
  page.on('pageerror', (e) => console.error(`page error: ${e.message}`));
  await page.goto(url);
  await page.getByRole('heading', { name: 'Danh sách người hưởng', exact: true }).waitFor();
  return { context, page };
}

async function main() {
  mkdirSync(OUT, { recursive: true });
  const server = await startServer();
  const browser = await launchChromium();
  try {
    // Landscape: empty device, then the demo roster loaded through the UI.
    const { context, page } = await openRoster(browser, 'landscape', server.url);
    await page.getByRole('button', { name: 'Nạp dữ liệu mẫu' }).waitFor();
    await shot(page, 'roster-empty-landscape');
    await page.getByRole('button', { name: 'Nạp dữ liệu mẫu' }).click();
    await page.getByText('5.000 người hưởng', { exact: true }).waitFor({ timeout: 60_000 });
    await shot(page, 'roster-landscape');

    // A visit recorded through the visit form ("nobody home", the shortest path) leaves the
    // person waiting to sync: the marker on the list and the history on their screen.
    const search = page.getByRole('searchbox', { name: 'Tìm người hưởng' });
    await search.pressSequentially('nguyen van', { delay: 30 });
    await page.getByText(/trong 5\.000 người hưởng/).waitFor();
    await page
      .getByRole('link', { name: /^Nguyễn Văn/ })
      .first()
      .click();
    await page.getByRole('link', { name: 'Bắt đầu thăm hộ' }).click();
    await page.getByText('Không có ai ở nhà').click();
    await page.getByRole('button', { name: 'Tiếp tục' }).click();
    await page.getByRole('button', { name: 'Lưu phiếu' }).click();
    await page.getByRole('link', { name: 'Về hồ sơ người hưởng' }).click();
    await page.getByRole('heading', { name: 'Các lần thăm' }).waitFor();
    await page.getByText('Không có ai ở nhà').waitFor();
    const person = page.url();
    await shot(page, 'beneficiary-landscape');

    await page.getByRole('link', { name: 'Về danh sách' }).click();
    await search.fill('nguyen van');
    await page.getByText(/trong 5\.000 người hưởng/).waitFor();
    await page.getByText('Chờ đồng bộ').first().waitFor();
    await shot(page, 'roster-search-landscape');

    // Portrait and phone share the same device database (same browser context).
    await page.setViewportSize(SIZES.portrait);
    await page.goto(`${server.url}/?tinh-trang=not_visited&nhom=elderly`);
    await page.getByRole('list', { name: 'Người hưởng trên máy' }).waitFor();
    await shot(page, 'roster-portrait');
    await page.goto(person);
    await page.getByRole('link', { name: 'Bắt đầu thăm hộ' }).waitFor();
    await page.getByText('Không có ai ở nhà').waitFor();
    await shot(page, 'beneficiary-portrait');

    await page.setViewportSize(SIZES.phone);
    await page.goto(server.url);
    await page.getByRole('list', { name: 'Người hưởng trên máy' }).waitFor();
    await shot(page, 'roster-phone');
    await context.close();
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();
