import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchPersistent } from './support/chromium';
import {
  enterPin,
  loginAs,
  rosterSizeFor,
  startAppServer,
  waitForRoster,
  type AppServer,
} from './support/session';
import { collectFailedRequests, waitForServiceWorkerControl } from './support/serviceWorker';
import { recordNobodyHomeVisit, startVisit } from './support/visitFlow';

let server: AppServer;
let profile: string;

let size: number;

beforeAll(async () => {
  server = await startAppServer();
  size = await rosterSizeFor(server.store, 'canbo');
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
  await loginAs(first, origin);
  await waitForServiceWorkerControl(first);
  await waitForRoster(first, size);
  await context.close();

  // The server is gone and the browser is offline: only the service worker can answer.
  await server.close();
  context = await launchPersistent(profile);
  await context.setOffline(true);
  let page = await context.newPage();
  const failed = collectFailedRequests(page);
  await page.goto(origin);
  await enterPin(page); // a new browser session: the PIN opens the data key again, offline
  await expect.poll(() => page.getByTestId('status-pill').textContent()).toContain('Ngoại tuyến');
  await waitForRoster(page, size);

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
  await enterPin(page);
  await waitForRoster(page, size);
  await expect.poll(() => page.getByTestId('status-pill').textContent()).toContain('1 chờ đồng bộ');
  // Deep link to the beneficiary, served by the service worker's navigation fallback.
  await page.goto(beneficiary.url);
  await enterPin(page);
  await page.getByRole('heading', { name: beneficiary.name, level: 1 }).waitFor();
  await page.getByText('Không có ai ở nhà').first().waitFor();
  await page
    .getByText(/chờ đồng bộ/i)
    .first()
    .waitFor();
  await context.close();
  server = await startAppServer(); // afterAll closes it
});
