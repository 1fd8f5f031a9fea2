import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchPersistent } from './support/chromium';
import { startServer, type RunningServer } from './support/server';
import { collectFailedRequests, waitForServiceWorkerControl } from './support/serviceWorker';
import { loadDemoRoster, recordNobodyHomeVisit, startVisit } from './support/visitFlow';

let server: RunningServer;
let profile: string;

beforeAll(async () => {
  server = await startServer();
  profile = mkdtempSync(path.join(tmpdir(), 'ghidanh-profile-'));
});
afterAll(async () => {
  await server?.close();
  rmSync(profile, { recursive: true, force: true });
});

test('installed once online, the app cold-starts offline, records a visit, and keeps it across a browser restart', async () => {
  const origin = server.url;
  let context = await launchPersistent(profile);
  const first = await context.newPage();
  await first.goto(origin);
  await waitForServiceWorkerControl(first);
  await loadDemoRoster(first);
  await context.close();

  // The server is gone and the browser is offline: only the service worker can answer.
  await server.close();
  context = await launchPersistent(profile);
  await context.setOffline(true);
  let page = await context.newPage();
  const failed = collectFailedRequests(page);
  await page.goto(origin);
  await expect.poll(() => page.getByTestId('status-pill').textContent()).toContain('Ngoại tuyến');
  await page.getByText('5.000 người hưởng', { exact: true }).waitFor();

  const beneficiary = await startVisit(page, 2);
  await recordNobodyHomeVisit(page, 'Ghi offline, hẹn thứ Hai quay lại');
  await expect.poll(() => page.getByTestId('status-pill').textContent()).toContain('1 chờ đồng bộ');

  // A lazily loaded screen comes from the precache too, and counts the waiting record.
  await page.getByRole('link', { name: 'Thiết bị' }).click();
  await expect.poll(() => page.getByTestId('pending-count').textContent()).toBe('1');
  expect(failed.filter((f) => !f.includes('/api/'))).toEqual([]);

  // Browser closed and reopened on the same profile, still offline: everything is still there.
  await context.close();
  context = await launchPersistent(profile);
  await context.setOffline(true);
  page = await context.newPage();
  await page.goto(origin);
  await page.getByText('5.000 người hưởng', { exact: true }).waitFor();
  await expect.poll(() => page.getByTestId('status-pill').textContent()).toContain('1 chờ đồng bộ');
  // Deep link to the beneficiary, served by the service worker's navigation fallback.
  await page.goto(beneficiary.url);
  await page.getByRole('heading', { name: beneficiary.name, level: 1 }).waitFor();
  await page.getByText('Không có ai ở nhà').first().waitFor();
  await page
    .getByText(/chờ đồng bộ/i)
    .first()
    .waitFor();
  await context.close();
  server = await startServer(); // afterAll closes it
});
