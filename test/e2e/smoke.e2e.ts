import { expect, test } from 'vitest';
import { loginAs } from './support/session';
import { appAndBrowser } from './support/appAndBrowser';

const env = appAndBrowser();

test('the built app loads in Chromium with its Vietnamese title, asks a new tablet to sign in, then shows its shell', async () => {
  const page = await env.browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(env.server.url);
  await expect.poll(() => page.title()).toBe('Ghi Danh');
  await page.getByRole('heading', { name: 'Đăng nhập', level: 1 }).waitFor();
  expect(await page.getByRole('navigation', { name: 'Điều hướng chính' }).count()).toBe(0);
  await loginAs(page, env.server.url);
  await page.getByRole('navigation', { name: 'Điều hướng chính' }).waitFor();
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  expect(await page.getAttribute('html', 'lang')).toBe('vi');
  expect(errors).toEqual([]);
  await page.close();
});

test('a deep link is served the app shell, and an unknown API path answers 404 JSON', async () => {
  const page = await env.browser.newPage();
  const res = await page.goto(`${env.server.url}/khong-ton-tai`);
  expect(res?.status()).toBe(200);
  await loginAs(page, env.server.url, 'canbo', { path: '/khong-ton-tai' });
  await page.getByRole('heading', { name: 'Không tìm thấy trang' }).waitFor();
  const api = await fetch(`${env.server.url}/api/nope`);
  expect(api.status).toBe(404);
  expect(await api.json()).toMatchObject({ error: 'not_found' });
  await page.close();
});
