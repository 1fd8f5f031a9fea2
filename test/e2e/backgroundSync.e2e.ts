import { expect, test } from 'vitest';
import { loginAs, rosterSizeFor, waitForRoster } from './support/session';
import { recordNobodyHomeVisit, startVisit } from './support/visitFlow';
import { appAndBrowser } from './support/appAndBrowser';

// Background Sync in the built app: a sync that fails registers the outbox tag with the browser,
// and the browser's `sync` event (fired here through DevTools, as Chromium fires it when the
// network returns) makes the service worker wake the app, which sends at once — here while its
// own retry is an hour away, so nothing but that event can have sent the visit.

const env = appAndBrowser();

test('the browser’s sync event makes the service worker wake the app to drain its outbox', async () => {
  const context = await env.browser.newContext({ viewport: { width: 1024, height: 768 } });
  const page = await context.newPage();
  await loginAs(page, env.server.url, 'canbo');
  await waitForRoster(page, await rosterSizeFor(env.server.store, 'canbo'));

  // The env.server is overloaded and asks for an hour's patience.
  let overloaded = true;
  await context.route('**/api/sync/push', (route) =>
    overloaded
      ? route.fulfill({
          status: 503,
          headers: { 'retry-after': '3600' },
          contentType: 'application/json',
          body: JSON.stringify({ error: 'unavailable', message: 'Máy chủ đang quá tải.' }),
        })
      : route.fallback(),
  );
  await startVisit(page, 0);
  await recordNobodyHomeVisit(page, 'background sync — gửi khi có mạng');
  await page.getByRole('heading', { name: 'Đã lưu phiếu thăm hộ' }).waitFor();

  const tags = () =>
    page.evaluate(async () => {
      const registration = await navigator.serviceWorker.ready;
      const sync = (registration as unknown as { sync: { getTags(): Promise<string[]> } }).sync;
      return sync.getTags();
    });
  await expect.poll(tags, { timeout: 30_000 }).toContain('ghidanh-outbox');

  const cdp = await context.newCDPSession(page);
  const registrationId = new Promise<string>((resolve) => {
    cdp.on('ServiceWorker.workerRegistrationUpdated', ({ registrations }) => {
      const ours = registrations.find((r) => r.scopeURL === `${env.server.url}/` && !r.isDeleted);
      if (ours) resolve(ours.registrationId);
    });
  });
  await cdp.send('ServiceWorker.enable');

  overloaded = false;
  await cdp.send('ServiceWorker.dispatchSyncEvent', {
    origin: env.server.url,
    registrationId: await registrationId,
    tag: 'ghidanh-outbox',
    lastChance: false,
  });
  await expect
    .poll(() => page.getByTestId('status-pill').textContent(), { timeout: 30_000 })
    .toContain('Đã đồng bộ hết');
  const stored = await env.server.store.db.selectFrom('visits').select('data').execute();
  expect(
    stored.filter(
      (r) => (r.data as { notes: string }).notes === 'background sync — gửi khi có mạng',
    ),
  ).toHaveLength(1);
  await context.close();
});
