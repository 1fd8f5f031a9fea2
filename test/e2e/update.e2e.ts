import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { buildRelease } from './support/build';
import { launchPersistent } from './support/chromium';
import {
  enterPin,
  loginAs,
  rosterSizeFor,
  startAppServer,
  waitForRoster,
  type AppServer,
} from './support/session';
import { checkForUpdate, waitForServiceWorkerControl } from './support/serviceWorker';
import { recordNobodyHomeVisit, startVisit } from './support/visitFlow';

let server: AppServer;
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
  server = await startAppServer();
  const port = Number(new URL(server.url).port);
  const context = await launchPersistent(profile);
  const page = await context.newPage();
  await loginAs(page, server.url);
  await waitForServiceWorkerControl(page);
  const versionBefore = await page.getAttribute('html', 'data-app-version');

  await waitForRoster(page, await rosterSizeFor(server.store, 'canbo'));
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
  await server.close({ drop: false });
  server = await startAppServer({ staticDir: nextRelease, port, dataDir: server.dataDir });
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
  await enterPin(page); // the reload asks for the PIN: the data key was in memory only
  await expect.poll(() => page.getAttribute('html', 'data-app-version')).not.toBe(versionBefore);
  expect(await page.getAttribute('html', 'data-app-version')).toContain('e2e-next');

  // The saved visit reached the server once, across the update; the draft resumes where it was.
  await expect
    .poll(() => page.getByTestId('status-pill').textContent(), { timeout: 60_000 })
    .toContain('Đã đồng bộ hết');
  const stored = await server.store.db.selectFrom('visits').select('data').execute();
  expect(
    stored.filter((v) => (v.data as { notes: string }).notes === 'Lần trước không gặp'),
  ).toHaveLength(1);
  await page.goto(`${inProgress.url}/tham-ho`);
  await enterPin(page);
  await page.getByRole('heading', { name: 'Có phiếu đang nhập dở' }).waitFor();
  await page.getByText(/ở bước “Giấy tờ tùy thân”/).waitFor();
  await page.getByRole('button', { name: 'Tiếp tục phiếu này' }).click();
  await page.getByRole('heading', { name: 'Giấy tờ tùy thân', level: 2 }).waitFor();
  await context.close();
});
