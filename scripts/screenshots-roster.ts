// Screenshots of the roster and beneficiary screens at tablet sizes (and a phone), taken from the
// production build in headless Chromium against the real server with its demo data: a field worker
// signs in, the roster arrives by sync, and a visit is recorded offline through the visit form.
// Run: npm run build && npm run screenshots:roster
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { launchChromium } from '../test/e2e/support/chromium';
import { loginAs, rosterSizeFor, startAppServer, waitForRoster } from '../test/e2e/support/session';
import { recordNobodyHomeVisit } from '../test/e2e/support/visitFlow';

const OUT = path.resolve('docs/screenshots');
const SIZES = {
  landscape: { width: 1024, height: 768 },
  portrait: { width: 768, height: 1024 },
  phone: { width: 390, height: 844 },
} as const;

async function shot(page: Page, name: string) {
  // Fonts and the list settle before the picture is taken.
  await page.mouse.move(0, 0); // no hover highlight in the picture
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: path.join(OUT, `${name}.png`) });
  console.log(`docs/screenshots/${name}.png`);
}

async function main() {
  mkdirSync(OUT, { recursive: true });
  const server = await startAppServer();
  const browser = await launchChromium();
  try {
    // On a slow connection the first download takes a while: the empty roster says so.
    const slow = await browser.newContext({ viewport: SIZES.landscape, locale: 'vi-VN' });
    const waiting = await slow.newPage();
    let releasePull = () => {};
    const held = new Promise<void>((resolve) => (releasePull = resolve));
    await waiting.route('**/api/sync/pull**', async (route) => {
      await held;
      await route.continue().catch(() => undefined);
    });
    await loginAs(waiting, server.url, 'canbo');
    await waiting.getByRole('heading', { name: 'Đang tải danh sách của xã về máy…' }).waitFor();
    await shot(waiting, 'roster-empty-landscape');
    releasePull();
    await slow.close();

    const context = await browser.newContext({ viewport: SIZES.landscape, locale: 'vi-VN' });
    const page = await context.newPage();
    page.on('pageerror', (e) => console.error(`page error: ${e.message}`));
    await loginAs(page, server.url, 'canbo');
    await waitForRoster(page, await rosterSizeFor(server.store, 'canbo'));
    await shot(page, 'roster-landscape');

    // No signal at the house: the visit waits to sync, so the list and the person's screen show
    // the marker and the history.
    await context.setOffline(true);
    const search = page.getByRole('searchbox', { name: 'Tìm người hưởng' });
    await search.pressSequentially('nguyen van', { delay: 30 });
    await page.getByText(/^[\d.]+ trong [\d.]+ người hưởng$/).waitFor();
    await page
      .getByRole('link', { name: /^Nguyễn Văn/ })
      .first()
      .click();
    await page.getByRole('link', { name: 'Bắt đầu thăm hộ' }).click();
    await recordNobodyHomeVisit(page, 'Hàng xóm nói ông đi khám bệnh, hẹn thứ Hai quay lại.');
    await page.getByRole('link', { name: 'Về hồ sơ người hưởng' }).click();
    await page.getByRole('heading', { name: 'Các lần thăm' }).waitFor();
    await page.getByText('Không có ai ở nhà').waitFor();
    const person = page.url();
    await shot(page, 'beneficiary-landscape');

    await page.getByRole('link', { name: 'Về danh sách' }).click();
    await search.fill('nguyen van');
    await page.getByText('Chờ đồng bộ').first().waitFor();
    await shot(page, 'roster-search-landscape');

    await page.setViewportSize(SIZES.portrait);
    await page.getByRole('button', { name: 'Xóa nội dung tìm' }).click();
    await page.getByLabel('Tình trạng').selectOption('not_visited');
    await page.getByLabel('Nhóm đối tượng').selectOption('elderly');
    await page.getByText(/^[\d.]+ trong [\d.]+ người hưởng$/).waitFor();
    await shot(page, 'roster-portrait');
    await page.goto(person);
    await page.getByText('Không có ai ở nhà').waitFor();
    await shot(page, 'beneficiary-portrait');

    await page.setViewportSize(SIZES.phone);
    await page.getByRole('link', { name: 'Về danh sách' }).click();
    await page.getByRole('list', { name: 'Người hưởng trên máy' }).waitFor();
    await shot(page, 'roster-phone');
    await context.close();
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();
