import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { buildRelease } from './support/build';
import { launchPersistent } from './support/chromium';
import { startServer, type RunningServer } from './support/server';
import { checkForUpdate, waitForServiceWorkerControl } from './support/serviceWorker';
import { loadDemoRoster, recordNobodyHomeVisit, startVisit } from './support/visitFlow';

let server: RunningServer;
let profile: string;
let nextRelease: string;

beforeAll(() => {
  nextRelease = buildRelease('e2e-next');
  profile = mkdtempSync(path.join(tmpdir(), 'ghidanh-profile-'));
});
afterAll(async () => {
  await server?.close();
  rmSync(profile, { recursive: true, force: true });
  rmSync(nextRelease, { recursive: true, force: true });
});

test('a new version deployed mid-visit is announced, never reloads the form, and keeps draft and records', async () => {
  server = await startServer();
  const port = Number(new URL(server.url).port);
  const context = await launchPersistent(profile);
  const page = await context.newPage();
  await page.goto(server.url);
  await waitForServiceWorkerControl(page);
  const versionBefore = await page.getAttribute('html', 'data-app-version');

  await loadDemoRoster(page);
  await startVisit(page, 0);
  await recordNobodyHomeVisit(page, 'Lần trước không gặp');
  await page.getByRole('link', { name: 'Trang chủ' }).click();
  const inProgress = await startVisit(page, 1);
  await page.getByText('Gặp người hưởng', { exact: true }).click();
  await page.getByRole('button', { name: 'Tiếp tục' }).click();
  await page.getByRole('heading', { name: 'Giấy tờ tùy thân', level: 2 }).waitFor();
  await page.getByText(/Đã lưu nháp/).waitFor();
  await page.evaluate(() => Object.assign(window, { __sameDocument: true }));

  // The office deploys a new release on the same address.
  await server.close();
  server = await startServer(nextRelease, port);
  await checkForUpdate(page);
  const banner = page.getByRole('status').filter({ hasText: 'Có phiên bản mới' });
  await banner.waitFor({ timeout: 60_000 });

  // Nothing happened under the user: same document, same step.
  expect(await page.evaluate(() => (window as { __sameDocument?: boolean }).__sameDocument)).toBe(
    true,
  );
  await page.getByRole('heading', { name: 'Giấy tờ tùy thân', level: 2 }).waitFor();

  // The user agrees; the new version takes over with a reload.
  await page.getByRole('button', { name: 'Cập nhật ngay' }).click();
  await page.waitForFunction(() => !(window as { __sameDocument?: boolean }).__sameDocument);
  await expect.poll(() => page.getAttribute('html', 'data-app-version')).not.toBe(versionBefore);
  expect(await page.getAttribute('html', 'data-app-version')).toContain('e2e-next');

  // The saved visit still waits to sync, and the draft resumes where it was left.
  await expect.poll(() => page.getByTestId('status-pill').textContent()).toContain('1 chờ đồng bộ');
  await page.goto(`${inProgress.url}/tham-ho`);
  await page.getByRole('heading', { name: 'Có phiếu đang nhập dở' }).waitFor();
  await page.getByText(/ở bước “Giấy tờ tùy thân”/).waitFor();
  await page.getByRole('button', { name: 'Tiếp tục phiếu này' }).click();
  await page.getByRole('heading', { name: 'Giấy tờ tùy thân', level: 2 }).waitFor();
  await context.close();
});
