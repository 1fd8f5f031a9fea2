import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchChromium } from './support/chromium';
import { loginAs, startAppServer, type AppServer } from './support/session';
import {
  cameraTrackStates,
  launchWithFakeCamera,
  recordCameraStreams,
  type FakeCamera,
} from './support/fakeCamera';
import { qrScene } from './support/scanImages';
import { readConfirmation } from './support/scanPage';
import { CAN_CUOC_2024 } from '../fixtures/scan/cards';

// The live path: Chromium's fake camera films a still frame (raw Y4M made by the test).

/** Polls wait for real work (wasm compiling, the camera starting, a decode) on a busy machine. */
const SLOW = { timeout: 15_000 };

let server: AppServer;
beforeAll(async () => {
  server = await startAppServer();
});
afterAll(async () => {
  await server?.close();
});

describe('a card held in front of the camera', () => {
  let camera: FakeCamera;
  beforeAll(async () => {
    camera = await launchWithFakeCamera(qrScene(CAN_CUOC_2024.text, 1280, 720, 5));
  });
  afterAll(async () => camera?.close());

  test('is read live, confirmed, and the camera is off whenever it is not needed', async () => {
    const page = await camera.browser.newPage();
    await recordCameraStreams(page);
    await loginAs(page, server.url, 'canbo', { path: '/quet-cccd' });

    expect(await readConfirmation(page)).toEqual({
      ...CAN_CUOC_2024.shown,
      Nguồn: 'Quét bằng camera',
    });
    // The result is announced, and the camera went off as soon as the card was read.
    await expect
      .poll(() => page.locator('section.scanner').getByRole('status').textContent(), SLOW)
      .toContain('Đã đọc thẻ của Hoàng Thị Ánh Nguyệt');
    const states = await cameraTrackStates(page);
    expect(states.length).toBeGreaterThan(0);
    expect(states.every((s) => s === 'ended')).toBe(true);

    // Scanning again reopens the camera and reads again; confirming hands the card to the page.
    await page.getByRole('button', { name: 'Quét lại' }).click();
    await readConfirmation(page);
    await page.getByRole('button', { name: 'Dùng thông tin này' }).click();
    await page.getByRole('heading', { name: 'Thông tin đã xác nhận' }).waitFor();
    await page.getByText('Hoàng Thị Ánh Nguyệt').waitFor();
    expect((await cameraTrackStates(page)).every((s) => s === 'ended')).toBe(true);
    await page.close();
  });
});

describe('a code that is not a card', () => {
  let camera: FakeCamera;
  beforeAll(async () => {
    camera = await launchWithFakeCamera(qrScene('https://vneid.gov.vn/', 1280, 720, 8));
  });
  afterAll(async () => camera?.close());

  test('keeps the scanner open with an explanation; closing or leaving the screen stops the camera', async () => {
    const page = await camera.browser.newPage();
    await recordCameraStreams(page);
    await loginAs(page, server.url, 'canbo', { path: '/quet-cccd' });
    const status = page.locator('section.scanner').getByRole('status');
    await expect.poll(() => status.textContent(), SLOW).toContain('không dùng được');
    expect(await cameraTrackStates(page)).toContain('live');

    await page.getByRole('button', { name: 'Đóng máy quét' }).click();
    await page.getByText('Đã đóng máy quét.').waitFor();
    expect((await cameraTrackStates(page)).every((s) => s === 'ended')).toBe(true);

    // Open again, then leave for another screen while the camera is live.
    await page.getByRole('button', { name: 'Quét thẻ' }).click();
    await expect
      .poll(async () => (await cameraTrackStates(page)).includes('live'), SLOW)
      .toBe(true);
    await page.evaluate(() => {
      history.pushState(null, '', '/thiet-bi');
      dispatchEvent(new PopStateEvent('popstate'));
    });
    await page.getByRole('heading', { name: 'Thiết bị', level: 1 }).waitFor();
    expect((await cameraTrackStates(page)).every((s) => s === 'ended')).toBe(true);
    await page.close();
  });
});

test('when camera permission is refused the user is told how to allow it, and can still go on', async () => {
  const browser = await launchChromium([
    '--use-fake-device-for-media-stream',
    '--deny-permission-prompts',
  ]);
  try {
    const page = await browser.newPage();
    await loginAs(page, server.url, 'canbo', { path: '/quet-cccd' });
    const help = page.getByRole('alert');
    await help.getByText('Ứng dụng chưa được phép dùng camera').waitFor();
    await help.getByRole('button', { name: 'Thử mở camera lại' }).waitFor();
    await page.getByRole('button', { name: 'Nhập tay' }).click();
    await page.getByRole('heading', { name: 'Nhập thông tin theo thẻ' }).waitFor();
  } finally {
    await browser.close();
  }
});
