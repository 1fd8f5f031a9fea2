// Screenshots of the supervisor dashboard at an office desktop (1440×900) and a tablet
// (768×1024), from the production build in headless Chromium against the real server: the demo
// province three weeks into its campaign (scripts/lib/dashboardDemo.ts), seen by giamsat.
// Run: npm run build && npm run screenshots:dashboard
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { launchChromium } from '../test/e2e/support/chromium';
import { loginAs, startAppServer } from '../test/e2e/support/session';
import { seedCampaign } from './lib/dashboardDemo';

const OUT = path.resolve('docs/screenshots');

async function shot(page: Page, name: string, fullPage = true) {
  await page.mouse.move(0, 0);
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: path.join(OUT, `${name}.png`), fullPage });
  console.log(`docs/screenshots/${name}.png`);
}

async function ready(page: Page) {
  await page.getByRole('table', { name: 'Số liệu từng xã' }).waitFor({ timeout: 60_000 });
  await page.locator('.dash-chart .recharts-surface').nth(1).waitFor();
}

async function main() {
  mkdirSync(OUT, { recursive: true });
  const server = await startAppServer();
  const browser = await launchChromium();
  try {
    await seedCampaign(server.url, server.store);
    const context = await browser.newContext({
      viewport: { width: 1440, height: 900 },
      locale: 'vi-VN',
    });
    const page = await context.newPage();
    page.on('pageerror', (e) => console.error(`page error: ${e.message}`));
    await loginAs(page, server.url, 'giamsat');
    await page.getByRole('link', { name: 'Tổng quan' }).click();
    await ready(page);
    await shot(page, 'dashboard-desktop-top', false);
    await shot(page, 'dashboard-desktop');

    await page.setViewportSize({ width: 768, height: 1024 });
    await page.reload();
    await ready(page);
    await shot(page, 'dashboard-tablet-top', false);
    await shot(page, 'dashboard-tablet');
    await page.getByRole('heading', { name: /Thiết bị của cán bộ/ }).scrollIntoViewIfNeeded();
    await shot(page, 'dashboard-tablet-devices', false);

    await context.setOffline(true);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.getByText('Máy đang ngoại tuyến', { exact: false }).waitFor();
    await shot(page, 'dashboard-tablet-offline', false);
    await context.close();
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();
