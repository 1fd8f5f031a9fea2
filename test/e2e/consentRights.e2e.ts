import { expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import type { VisitInput } from '../../src/shared/schemas';
import { call, login, mutationOf, push, visitBy } from '../server/support/client';
import { consent } from '../shared/schemas/samples';
import { enterPin, loginAs, rosterSizeFor, waitForRoster } from './support/session';
import { appAndBrowser } from './support/appAndBrowser';

// With GHIDANH_SCREENSHOTS=1 the print view and the request form are pictured in docs/screenshots/.
const WRITE = process.env.GHIDANH_SCREENSHOTS === '1';

// Consent and the rights of the person recorded, end to end: a visit with consent recorded on
// another tablet syncs here; its consent record prints; staff record an erasure request (or a
// withdrawal of consent); the server's job carries it out; the tablets' next pull purges (or
// marks) the person.

const env = appAndBrowser();
const WITNESS = 'Lương Văn Chứngkiến';
const COMMUNE = '06004';

/** The `nth` person of commune 06004 by id, as the env.server holds them. */
async function personAt(nth: number) {
  const row = await env.server.store.db
    .selectFrom('beneficiaries')
    .select(['id', 'data'])
    .where('commune_code', '=', COMMUNE)
    .orderBy('id')
    .offset(nth)
    .limit(1)
    .executeTakeFirstOrThrow();
  const { fullName, idNumber } = row.data as { fullName: string; idNumber: string | null };
  return { id: row.id, fullName, idNumber };
}

/** A visit meeting the person, with consent (witnessed), recorded on another tablet of canbo. */
async function pushConsentedVisit(
  beneficiaryId: string,
  overrides: Partial<VisitInput> = {},
): Promise<VisitInput> {
  const other = await login(env.server.url, 'canbo');
  const payload = visitBy(other, beneficiaryId, COMMUNE, {
    visitedAt: new Date().toISOString(),
    consent: consent({ witnessName: WITNESS, consentedAt: new Date().toISOString() }),
    ...overrides,
  });
  const pushed = await push(env.server.url, other, [mutationOf(other, payload)]);
  expect(pushed.body.results[0]?.status).toBe('applied');
  return payload;
}

/** A tablet (its own env.browser context) signed in as canbo, once its roster has arrived. */
async function signedInTablet(): Promise<Page> {
  const page = await env.browser.newPage({ viewport: { width: 1024, height: 900 } });
  await loginAs(page, env.server.url, 'canbo');
  await waitForRoster(page, await rosterSizeFor(env.server.store, 'canbo'));
  return page;
}

/** Opens the person's page (or one under it) after a navigation, which asks for the PIN again. */
async function openPerson(page: Page, id: string, under = '') {
  await page.goto(new URL(`/nguoi-huong/${id}${under}`, env.server.url).toString());
  await enterPin(page); // a reload: the data key was in memory only
}

/** On the person's rights page, staff record a request (`kind`: its label); it shows as pending. */
async function recordRequest(page: Page, kind: string) {
  await page.getByLabel(kind).check();
  await page.getByRole('button', { name: 'Ghi nhận yêu cầu' }).click();
  await page.getByText(/Đã ghi nhận\. Hạn thực hiện:/).waitFor();
  await page.getByText(/Đang chờ thực hiện — hạn/).waitFor();
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
  const person = await personAt(40);
  const { fullName, idNumber } = person;
  const payload = await pushConsentedVisit(person.id);
  const page = await signedInTablet();

  // The person's page lists the synced visit and its consent record prints.
  await openPerson(page, person.id);
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
  await openPerson(page, person.id, '/quyen');
  await recordRequest(page, 'Xóa dữ liệu cá nhân');
  if (WRITE) await page.screenshot({ path: 'docs/screenshots/rights-request.png', fullPage: true });
  const stored = await env.server.store.db
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
  expect(await env.server.app.rightsJob!.runNow()).toBe(1);
  await syncNow(page);
  await expect.poll(() => dumpIndexedDb(page), { timeout: 60_000 }).not.toContain(person.id);
  const dump = await dumpIndexedDb(page);
  expect(dump).not.toContain(fullName);
  expect(dump).not.toContain(WITNESS);
  if (idNumber) expect(dump).not.toContain(idNumber);
  await openPerson(page, person.id);
  await page.getByText('Không tìm thấy').first().waitFor();
  await page.close();
});

/** The registration list of the demo bank (CSV) as the office makes it for the provider. */
async function registrationList(): Promise<string> {
  const admin = await login(env.server.url, 'quantri');
  const res = await call<{ file: string }>(env.server.url, 'POST', '/api/exports', {
    token: admin.token,
    json: { list: 'registrations', format: 'csv', providerId: 'vietinbank-ls' },
  });
  expect(res.status).toBe(200);
  return res.body.file;
}

/** The withdrawal mark the tablet's roster holds for the person (a clear field), if any. */
function withdrawalMark(page: Page, id: string): Promise<string | null> {
  return page.evaluate(async (key) => {
    for (const info of await indexedDB.databases()) {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const req = indexedDB.open(info.name!);
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
      const row = db.objectStoreNames.contains('roster')
        ? await new Promise<{ consentWithdrawnAt?: string } | undefined>((resolve, reject) => {
            const req = db.transaction('roster').objectStore('roster').get(key);
            req.onsuccess = () => resolve(req.result as { consentWithdrawnAt?: string });
            req.onerror = () => reject(req.error);
          })
        : undefined;
      db.close();
      if (row) return row.consentWithdrawnAt ?? null;
    }
    return null;
  }, id);
}

const WITHDRAWN_BANNER = /Người này đã rút lại sự đồng ý ngày \d{2}\/\d{2}\/\d{4}/;

test('a withdrawal of consent carried out: both tablets show it, no new visit, out of the bank’s list', async () => {
  // The person chose a VietinBank account in a consented visit; so did a neighbour.
  const person = await personAt(41);
  const neighbour = await personAt(42);
  const bank = (holder: string) =>
    ({
      method: 'bank',
      bankBin: '970415',
      accountNumber: '1020304050',
      accountHolder: holder,
    }) as const;
  await pushConsentedVisit(person.id, { payment: bank(person.fullName) });
  await pushConsentedVisit(neighbour.id, { payment: bank(neighbour.fullName) });
  const before = await registrationList();
  expect(before).toContain(person.id);
  expect(before).toContain(neighbour.id);

  // Two tablets of the commune hold the person, who can be visited.
  const tablet = await signedInTablet();
  const second = await signedInTablet();
  const startVisit = (page: Page) => page.getByRole('link', { name: 'Bắt đầu thăm hộ' });
  // Correcting a synced visit records a new visit too.
  const correctVisit = (page: Page) => page.getByRole('link', { name: /^Ghi lần thăm sửa lại/ });
  await openPerson(tablet, person.id);
  await startVisit(tablet).waitFor();
  await correctVisit(tablet).waitFor();
  expect(await tablet.getByText(WITHDRAWN_BANNER).count()).toBe(0);

  // Staff record the withdrawal from the person's page.
  await tablet.getByRole('link', { name: 'Rút lại đồng ý / xóa dữ liệu' }).click();
  await recordRequest(tablet, 'Rút lại sự đồng ý (ngừng xử lý)');
  const stored = await env.server.store.db
    .selectFrom('rights_requests')
    .select(['kind', 'state'])
    .where('beneficiary_id', '=', person.id)
    .executeTakeFirstOrThrow();
  expect(stored).toEqual({ kind: 'withdraw_consent', state: 'pending' });

  // The server's job carries it out; each tablet's next pull marks the person.
  for (const page of [tablet, second]) expect(await withdrawalMark(page, person.id)).toBeNull();
  expect(await env.server.app.rightsJob!.runNow()).toBe(1);
  for (const page of [tablet, second]) {
    await syncNow(page);
    await expect.poll(() => withdrawalMark(page, person.id), { timeout: 60_000 }).not.toBeNull();
    await openPerson(page, person.id);
    await page.getByText(WITHDRAWN_BANNER).waitFor();
    await page.getByRole('heading', { name: person.fullName }).waitFor();
    expect(await startVisit(page).count()).toBe(0);
    expect(await correctVisit(page).count()).toBe(0);
    // The rest of the roster is untouched: the neighbour can still be visited.
    await openPerson(page, neighbour.id);
    await startVisit(page).waitFor();
    expect(await page.getByText(WITHDRAWN_BANNER).count()).toBe(0);
  }
  if (WRITE) {
    await openPerson(tablet, person.id);
    await tablet.getByText(WITHDRAWN_BANNER).waitFor();
    await tablet.screenshot({ path: 'docs/screenshots/consent-withdrawn.png', fullPage: true });
  }
  // Nor does a direct link to the visit form open it.
  await openPerson(tablet, person.id, '/tham-ho');
  await tablet
    .getByRole('heading', { level: 1, name: `${person.fullName} đã rút lại sự đồng ý` })
    .waitFor();
  expect(await tablet.getByRole('button', { name: 'Tiếp tục' }).count()).toBe(0);
  if (WRITE) {
    await tablet.screenshot({ path: 'docs/screenshots/visit-withdrawn.png', fullPage: true });
  }

  // The provider's list leaves the person out; the neighbour stays on it.
  const after = await registrationList();
  expect(after).not.toContain(person.id);
  expect(after).not.toContain(person.fullName);
  expect(after).toContain(neighbour.id);

  // A new visit pushed by a tablet that has not heard yet is refused.
  const worker = await login(env.server.url, 'canbo');
  const late = await push(env.server.url, worker, [
    mutationOf(
      worker,
      visitBy(worker, person.id, COMMUNE, { visitedAt: new Date().toISOString() }),
    ),
  ]);
  expect(late.body.results[0]).toMatchObject({
    status: 'rejected',
    errors: [{ key: 'protocol.mutation.consentWithdrawn' }],
  });
  const visits = await env.server.store.db
    .selectFrom('visits')
    .select('id')
    .where('beneficiary_id', '=', person.id)
    .execute();
  expect(visits).toHaveLength(1);
  await Promise.all([tablet.close(), second.close()]);
});
