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

test('the built app loads in Chromium with its Vietnamese title and shell', async () => {
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(server.url);
  await expect.poll(() => page.title()).toBe('Ghi Danh');
  await page.getByRole('navigation', { name: 'Điều hướng chính' }).waitFor();
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  expect(await page.getAttribute('html', 'lang')).toBe('vi');
  expect(errors).toEqual([]);
  await page.close();
});

test('a deep link is served the app shell, and an unknown API path answers 404 JSON', async () => {
  const page = await browser.newPage();
  const res = await page.goto(`${server.url}/khong-ton-tai`);
  expect(res?.status()).toBe(200);
  await page.getByRole('heading', { name: 'Không tìm thấy trang' }).waitFor();
  const api = await fetch(`${server.url}/api/nope`);
  expect(api.status).toBe(404);
  expect(await api.json()).toMatchObject({ error: 'not_found' });
  await page.close();
});
