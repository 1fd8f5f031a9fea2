import { expect, test } from 'vitest';
import type { Request } from 'playwright-core';
import { enterPin, loginAs, reportingDevices, waitForFirstSync } from './support/session';
import { waitForServiceWorkerControl } from './support/serviceWorker';
import { code128Scene, qrScene, toPng } from './support/scanImages';
import { choosePhoto, readConfirmation } from './support/scanPage';
import { CHIP_CARD, OLD_CARD_BARCODE, QR_FIXTURES } from '../fixtures/scan/cards';
import { appAndBrowser } from './support/appAndBrowser';

// Photos of cards through the built app: the real worker, the real zxing-wasm, the shared parser.

/** Polls wait for real work (wasm compiling, the camera starting, a decode) on a busy machine. */
const SLOW = { timeout: 15_000 };

const env = appAndBrowser();

test('card photos decode in the wasm worker to the exact Vietnamese text, from same-origin files only', async () => {
  const page = await env.browser.newPage();
  const requests: Request[] = [];
  const errors: string[] = [];
  page.on('request', (r) => requests.push(r));
  page.on('pageerror', (e) => errors.push(e.message));
  await loginAs(page, env.server.url, 'canbo', { path: '/quet-cccd' });

  // Headless Chromium has no camera: the user is told so, and the photo and manual paths remain.
  await page.getByRole('alert').getByText('Không tìm thấy camera').waitFor();
  const scanner = page.locator('section.scanner');
  await expect.poll(() => scanner.getAttribute('data-engine'), SLOW).toBe('zxing-wasm');

  for (const fixture of QR_FIXTURES) {
    await choosePhoto(page, toPng(qrScene(fixture.text)));
    expect(await readConfirmation(page), fixture.label).toEqual({
      ...fixture.shown,
      Nguồn: 'Đọc từ ảnh chụp',
    });
    await page.getByRole('button', { name: 'Quét lại' }).click();
  }

  // An older card's bar code gives the ID number and says the rest must be typed.
  await choosePhoto(page, toPng(code128Scene(OLD_CARD_BARCODE.idNumber)));
  expect(await readConfirmation(page)).toEqual({
    'Số định danh': OLD_CARD_BARCODE.idNumber,
    Nguồn: 'Đọc từ ảnh chụp',
  });
  await page.getByText('Thẻ loại cũ chỉ có mã vạch số định danh').waitFor();

  const wasm = requests.filter((r) => r.url().endsWith('.wasm')).map((r) => r.url());
  expect(wasm).toHaveLength(1);
  expect(wasm[0]).toMatch(new RegExp(`^${env.server.url}/assets/zxing_reader-[\\w-]+\\.wasm$`));
  expect(requests.filter((r) => !r.url().startsWith(env.server.url)).map((r) => r.url())).toEqual(
    [],
  );
  expect(errors).toEqual([]);
  await page.close();
});

test('a photo without a code, or of a code that is not a card, is explained and nothing is read', async () => {
  const page = await env.browser.newPage();
  await loginAs(page, env.server.url, 'canbo', { path: '/quet-cccd' });
  const scanner = page.locator('section.scanner');
  await expect.poll(() => scanner.getAttribute('data-engine'), SLOW).toBe('zxing-wasm');
  const status = scanner.getByRole('status');

  await choosePhoto(
    page,
    toPng({ width: 400, height: 300, pixels: new Uint8Array(400 * 300).fill(200) }),
  );
  await expect.poll(() => status.textContent(), SLOW).toContain('Không tìm thấy mã QR trong ảnh');

  await choosePhoto(page, toPng(qrScene('https://vneid.gov.vn/')));
  await expect
    .poll(() => status.textContent(), SLOW)
    .toContain('không phải mã QR trên thẻ căn cước');
  expect(await page.getByRole('heading', { name: 'Kiểm tra thông tin đọc được' }).count()).toBe(0);
  await page.close();
});

test('opened offline, the scanner reads a card without a single network request', async () => {
  const context = await env.browser.newContext();
  const page = await context.newPage();
  const devices = await reportingDevices(env.server.store, 'canbo');
  await loginAs(page, env.server.url);
  await waitForServiceWorkerControl(page);
  await waitForFirstSync(env.server.store, 'canbo', devices); // no request of it still on the way

  // From here on no asset may reach the network: the env.browser is offline and the env.server counts.
  // (A sync call the engine sent just before the switch may still land; that is not the scanner.)
  let reachedServer = 0;
  const countRequest = (req: { url?: string }) => {
    if (!req.url?.startsWith('/api/')) reachedServer++;
  };
  env.server.app.server.on('request', countRequest);
  await context.setOffline(true);
  const answered: { url: string; bySw: boolean }[] = [];
  const failed: string[] = [];
  context.on('requestfinished', async (r) => {
    answered.push({ url: r.url(), bySw: Boolean((await r.response())?.fromServiceWorker()) });
  });
  context.on('requestfailed', (r) => failed.push(r.url()));

  await page.goto(`${env.server.url}/quet-cccd`);
  await enterPin(page);
  await page.getByRole('heading', { name: 'Quét thẻ căn cước' }).waitFor();
  await expect
    .poll(() => page.locator('section.scanner').getAttribute('data-engine'), SLOW)
    .toBe('zxing-wasm');
  await choosePhoto(page, toPng(qrScene(CHIP_CARD.text)));
  expect((await readConfirmation(page))['Họ và tên']).toBe('Nguyễn Thị Phương Thảo');

  env.server.app.server.off('request', countRequest);
  expect(reachedServer).toBe(0);
  // The worker and its wasm came from the service worker's precache, as did everything else.
  const fetched = answered.filter((a) => a.url.startsWith('http'));
  expect(fetched.some((a) => /decode\.worker-[\w-]+\.js$/.test(a.url) && a.bySw)).toBe(true);
  expect(fetched.some((a) => /zxing_reader-[\w-]+\.wasm$/.test(a.url) && a.bySw)).toBe(true);
  expect(fetched.filter((a) => !a.bySw)).toEqual([]);
  expect(failed).toEqual([]);
  await context.close();
});
