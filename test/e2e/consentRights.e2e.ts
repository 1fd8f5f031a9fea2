import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { newId } from '../../src/shared/ids';
import { consent, visit } from '../shared/schemas/samples';
import { launchChromium } from './support/chromium';
import {
  enterPin,
  loginAs,
  rosterSizeFor,
  startAppServer,
  waitForRoster,
  type AppServer,
} from './support/session';

// With GHIDANH_SCREENSHOTS=1 the print view and the request form are pictured in docs/screenshots/.
const WRITE = process.env.GHIDANH_SCREENSHOTS === '1';

// Consent and the rights of the person recorded, end to end: a visit with consent recorded on
// another tablet syncs here; its consent record prints; staff record an erasure request; the
// server's job carries it out; this tablet's next pull purges the person from its database.

let server: AppServer;
let browser: Browser;
const WITNESS = 'Lương Văn Chứngkiến';

beforeAll(async () => {
  server = await startAppServer();
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function apiLogin(username: string) {
  const res = await fetch(`${server.url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      username,
      password: 'ghidanh-demo',
      deviceId: crypto.randomUUID(),
      deviceLabel: 'Máy tính bảng khác',
    }),
  });
  return (await res.json()) as { accessToken: string; deviceId: string };
}

/** Every value in every object store of every database of the page's origin, as text. */
function dumpIndexedDb(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const out: string[] = [];
    for (const info of await indexedDB.databases()) {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const req = indexedDB.open(info.name!);
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
      for (const name of Array.from(db.objectStoreNames)) {
        const rows = await new Promise<unknown[]>((resolve, reject) => {
          const req = db.transaction(name).objectStore(name).getAll();
          req.onsuccess = () => resolve(req.result);
          req.onerror = () => reject(req.error);
        });
        out.push(JSON.stringify(rows));
      }
      db.close();
    }
    return out.join('\n');
  });
}

async function syncNow(page: Page) {
  await page.getByRole('link', { name: 'Thiết bị' }).click();
  await page.getByRole('button', { name: 'Đồng bộ ngay' }).click();
}

test('consent synced, printed, an erasure request carried out and purged from the tablet', async () => {
  // A visit with consent (witnessed) recorded on another tablet of the same worker.
  const person = await server.store.db
    .selectFrom('beneficiaries')
    .select(['id', 'data'])
    .where('commune_code', '=', '06004')
    .orderBy('id')
    .offset(40)
    .limit(1)
    .executeTakeFirstOrThrow();
  const { fullName, idNumber } = person.data as { fullName: string; idNumber: string | null };
  const other = await apiLogin('canbo');
  const payload = visit({
    beneficiaryId: person.id,
    communeCode: '06004',
    deviceId: other.deviceId,
    workerId: 'canbo',
    visitedAt: new Date().toISOString(),
    consent: consent({ witnessName: WITNESS, consentedAt: new Date().toISOString() }),
  });
  const pushed = await fetch(`${server.url}/api/sync/push`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${other.accessToken}` },
    body: JSON.stringify({
      deviceId: other.deviceId,
      mutations: [
        {
          id: newId(),
          deviceId: other.deviceId,
          seq: 1,
          type: 'visit.create',
          payload,
          createdAt: new Date().toISOString(),
        },
      ],
    }),
  });
  expect(((await pushed.json()) as { results: { status: string }[] }).results[0]?.status).toBe(
    'applied',
  );

  const page = await browser.newPage({ viewport: { width: 1024, height: 900 } });
  await loginAs(page, server.url, 'canbo');
  await waitForRoster(page, await rosterSizeFor(server.store, 'canbo'));

  // The person's page lists the synced visit and its consent record prints.
  await page.goto(new URL(`/nguoi-huong/${person.id}`, server.url).toString());
  await enterPin(page); // a reload: the data key was in memory only
  await page.getByRole('link', { name: 'Xem phiếu đồng ý' }).click();
  await page
    .getByRole('heading', { name: 'Phiếu ghi nhận đồng ý xử lý dữ liệu cá nhân' })
    .waitFor();
  const record = page.locator('.consent-facts');
  await expect.poll(() => record.textContent()).toContain(WITNESS);
  const text = (await record.textContent()) ?? '';
  expect(text).toContain(fullName);
  expect(text).toContain('Đăng ký cách nhận trợ cấp');
  expect(text).toContain('Mở tài khoản hoặc ví');
  expect(text).toContain(payload.consent!.id);
  await page.emulateMedia({ media: 'print' });
  expect(await page.getByRole('button', { name: 'In phiếu' }).isVisible()).toBe(false);
  if (WRITE) await page.screenshot({ path: 'docs/screenshots/consent-print.png', fullPage: true });
  await page.emulateMedia({ media: 'screen' });

  // Staff record the person's deletion request; it shows its due time, 72 hours on.
  await page.goto(new URL(`/nguoi-huong/${person.id}/quyen`, server.url).toString());
  await enterPin(page);
  await page.getByLabel('Xóa dữ liệu cá nhân').check();
  await page.getByRole('button', { name: 'Ghi nhận yêu cầu' }).click();
  await page.getByText(/Đã ghi nhận\. Hạn thực hiện:/).waitFor();
  await page.getByText(/Đang chờ thực hiện — hạn/).waitFor();
  if (WRITE) await page.screenshot({ path: 'docs/screenshots/rights-request.png', fullPage: true });
  const stored = await server.store.db
    .selectFrom('rights_requests')
    .select(['kind', 'state', 'due_at', 'received_at'])
    .where('beneficiary_id', '=', person.id)
    .executeTakeFirstOrThrow();
  expect(stored.kind).toBe('erase');
  expect(new Date(stored.due_at).getTime() - new Date(stored.received_at).getTime()).toBe(
    72 * 3_600_000,
  );

  // Before: the person is in this tablet's database — sealed: their id is a clear index field,
  // their name is not in clear.
  const before = await dumpIndexedDb(page);
  expect(before).toContain(person.id);
  expect(before).not.toContain(fullName);

  // The server's job carries it out; the tablet's next pull purges the person.
  expect(await server.app.rightsJob!.runNow()).toBe(1);
  await syncNow(page);
  await expect.poll(() => dumpIndexedDb(page), { timeout: 60_000 }).not.toContain(person.id);
  const dump = await dumpIndexedDb(page);
  expect(dump).not.toContain(fullName);
  expect(dump).not.toContain(WITNESS);
  if (idNumber) expect(dump).not.toContain(idNumber);
  await page.goto(new URL(`/nguoi-huong/${person.id}`, server.url).toString());
  await enterPin(page);
  await page.getByText('Không tìm thấy').first().waitFor();
  await page.close();
});
