import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchPersistent } from './support/chromium';
import { startServer, type RunningServer } from './support/server';
import { collectFailedRequests, waitForServiceWorkerControl } from './support/serviceWorker';

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

test('after one online load the app cold-starts with the network cut, with no failing asset request', async () => {
  const origin = server.url;
  let context = await launchPersistent(profile);
  const first = await context.newPage();
  await first.goto(origin);
  await first.getByRole('heading', { level: 1 }).first().waitFor();
  await waitForServiceWorkerControl(first);
  await context.close();

  // The server is gone and the browser is offline: only the service worker can answer.
  await server.close();
  context = await launchPersistent(profile);
  await context.setOffline(true);
  const page = await context.newPage();
  const failed = collectFailedRequests(page);
  await page.goto(origin);
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  await expect.poll(() => page.getByTestId('status-pill').textContent()).toContain('Ngoại tuyến');

  // A lazily loaded screen comes from the precache too.
  await page.getByRole('link', { name: 'Thiết bị' }).click();
  await page.getByRole('heading', { name: 'Thiết bị', level: 1 }).waitFor();
  await page.getByText('Bản ghi chờ gửi').waitFor();

  const assetFailures = failed.filter((f) => !f.includes('/api/'));
  expect(assetFailures).toEqual([]);
  await context.close();
  server = await startServer(); // afterAll closes it
});
