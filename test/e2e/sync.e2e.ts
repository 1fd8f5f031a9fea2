import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { call, login as apiLogin } from '../server/support/client';
import { launchChromium } from './support/chromium';
import {
  loginAs,
  rosterSizeFor,
  startAppServer,
  waitForRoster,
  type AppServer,
} from './support/session';
import { recordNobodyHomeVisit, startVisit } from './support/visitFlow';

// The sync engine in the built app, in real Chromium, against the real server: visits recorded
// without a network reach the server exactly once; a failing or absent server only delays them;
// a visit the server refuses is shown, corrected and sent again.

let server: AppServer;
let browser: Browser;
let rosterSize: number;

beforeAll(async () => {
  server = await startAppServer();
  rosterSize = await rosterSizeFor(server.store, 'canbo');
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** A fresh tablet: signed in as canbo, roster pulled. */
async function tablet(): Promise<{ context: BrowserContext; page: Page; pushes: string[][] }> {
  const context = await browser.newContext({ viewport: { width: 1024, height: 768 } });
  // Pushes the server took (offline attempts and refused ones are not counted).
  const pushes: string[][] = [];
  context.on('requestfinished', (request) => {
    if (!request.url().endsWith('/api/sync/push')) return;
    const body = request.postDataJSON() as { mutations: { id: string }[] };
    void request.response().then((response) => {
      if (response?.status() === 200) pushes.push(body.mutations.map((m) => m.id));
    });
  });
  const page = await context.newPage();
  await loginAs(page, server.url, 'canbo');
  await waitForRoster(page, rosterSize);
  return { context, page, pushes };
}

/** Visits on the server whose note is one of `notes`. */
async function serverVisits(notes: string[]) {
  const rows = await server.store.db
    .selectFrom('visits')
    .select(['id', 'mutation_id', 'data'])
    .execute();
  return rows.filter((r) => notes.includes((r.data as { notes: string }).notes));
}

async function record(page: Page, index: number, note: string) {
  await page.getByRole('link', { name: 'Trang chủ' }).click();
  const visit = await startVisit(page, index);
  await recordNobodyHomeVisit(page, note);
  await page.getByRole('heading', { name: 'Đã lưu phiếu thăm hộ' }).waitFor();
  return visit;
}

const pill = (page: Page) => page.getByTestId('status-pill').textContent();

test('visits recorded offline reach the server exactly once when the network returns', async () => {
  const { context, page, pushes } = await tablet();
  await context.setOffline(true);
  await expect.poll(() => pill(page)).toContain('Ngoại tuyến');
  const notes = ['offline 1 — hẹn quay lại', 'offline 2 — nhà đóng cửa'];
  await record(page, 0, notes[0]!);
  await record(page, 1, notes[1]!);
  await expect.poll(() => pill(page)).toContain('2 chờ đồng bộ');
  expect(await serverVisits(notes)).toEqual([]);

  await context.setOffline(false);
  await expect.poll(() => pill(page), { timeout: 60_000 }).toContain('Đã đồng bộ hết');
  const stored = await serverVisits(notes);
  expect(stored).toHaveLength(2);
  // The push's answer is noted asynchronously (response listener): wait for it.
  await expect.poll(() => pushes.flat().length).toBeGreaterThanOrEqual(2);
  const sent = pushes.flat();
  expect(new Set(sent).size).toBe(sent.length); // no mutation went out twice
  expect(sent.sort()).toEqual(stored.map((r) => r.mutation_id).sort());
  await context.close();
});

test('with the server answering 500, then down, visits arrive once it recovers', async () => {
  const { context, page, pushes } = await tablet();
  // The server fails every sync call for a while (a bad deploy, a full disk on the server).
  let failing = true;
  let refusedPushes = 0;
  await context.route('**/api/sync/**', (route) => {
    if (!failing) return route.fallback();
    if (route.request().url().endsWith('/push')) refusedPushes++;
    return route.fulfill({
      status: 500,
      contentType: 'application/json',
      body: JSON.stringify({ error: 'internal_error', message: 'Máy chủ gặp lỗi.' }),
    });
  });
  await record(page, 2, 'server 500 — ghi lại sau');
  await page.getByRole('link', { name: 'Thiết bị' }).click();
  await page.getByText(/^Chưa gửi được; tự thử lại lúc/).waitFor({ timeout: 30_000 });
  await page.getByText(/HTTP 500 internal_error/).waitFor();
  expect(await serverVisits(['server 500 — ghi lại sau'])).toEqual([]);
  // Retried while failing, never given up on.
  await expect.poll(() => refusedPushes, { timeout: 30_000 }).toBeGreaterThanOrEqual(2);
  failing = false;
  await expect.poll(() => pill(page), { timeout: 90_000 }).toContain('Đã đồng bộ hết');
  expect(await serverVisits(['server 500 — ghi lại sau'])).toHaveLength(1);

  // Then the server goes away altogether, and comes back on the same address and data.
  const port = Number(new URL(server.url).port);
  await server.close({ drop: false });
  await record(page, 3, 'server down — ghi lại sau');
  await expect.poll(() => pill(page)).toContain('1 chờ đồng bộ');
  server = await startAppServer({ port, dataDir: server.dataDir });
  await expect.poll(() => pill(page), { timeout: 90_000 }).toContain('Đã đồng bộ hết');
  expect(await serverVisits(['server down — ghi lại sau'])).toHaveLength(1);
  const sent = pushes.flat();
  expect(new Set(sent).size).toBe(sent.length); // answered pushes never repeat a mutation
  await context.close();
});

test('a visit the server refuses is listed with its reason, corrected and sent again', async () => {
  const { context, page } = await tablet();
  await context.setOffline(true);
  const visit = await record(page, 4, 'bị từ chối rồi sửa');
  const beneficiaryId = new URL(visit.url).pathname.split('/').pop()!;

  // Meanwhile the office moves this person to canbo's other commune.
  const row = await server.store.db
    .selectFrom('beneficiaries')
    .select(['data', 'commune_code'])
    .where('id', '=', beneficiaryId)
    .executeTakeFirstOrThrow();
  const moved = row.commune_code === '06004' ? '06037' : '06004';
  const admin = await apiLogin(server.url, 'quantri');
  const change = await call(server.url, 'POST', '/api/roster/changes', {
    token: admin.token,
    json: { upsert: [{ ...(row.data as object), communeCode: moved }], remove: [] },
  });
  expect(change.status).toBe(200);

  await context.setOffline(false);
  await page.getByRole('link', { name: 'Thiết bị' }).click();
  const refused = page.getByRole('heading', { name: 'Bản ghi bị máy chủ từ chối (1)' });
  await refused.waitFor({ timeout: 60_000 });
  await page.getByText('Xã/phường ghi trong lần đến nhà khác với danh sách.').waitFor();
  await page.getByText(visit.name).waitFor();
  expect(await pill(page)).toContain('1 chờ đồng bộ');
  expect(await serverVisits(['bị từ chối rồi sửa'])).toEqual([]);

  // The roster on the tablet already has the new commune (pulled after the push): re-saving
  // the visit from the form carries it.
  await page.getByRole('link', { name: 'Sửa và gửi lại' }).click();
  await page.getByRole('button', { name: 'Lưu phiếu' }).click();
  await page.getByRole('heading', { name: 'Đã lưu thay đổi của phiếu' }).waitFor();
  await expect.poll(() => pill(page), { timeout: 60_000 }).toContain('Đã đồng bộ hết');
  const stored = await serverVisits(['bị từ chối rồi sửa']);
  expect(stored).toHaveLength(1);
  expect((stored[0]!.data as { communeCode: string }).communeCode).toBe(moved);
  await page.getByRole('link', { name: 'Thiết bị' }).click();
  await page.getByRole('heading', { name: 'Đồng bộ', level: 2, exact: true }).waitFor();
  expect(await refused.count()).toBe(0);
  await context.close();
});

test('two open tabs never send the same mutation twice', async () => {
  const { context, page, pushes } = await tablet();
  const second = await context.newPage();
  await loginAs(second, server.url, 'canbo'); // a second tab: the PIN again (key in memory)
  await waitForRoster(second, rosterSize);
  await context.setOffline(true);
  const notes = ['hai thẻ 1', 'hai thẻ 2', 'hai thẻ 3'];
  await record(page, 5, notes[0]!);
  await record(second, 6, notes[1]!);
  await record(page, 7, notes[2]!);
  await expect.poll(() => pill(second)).toContain('3 chờ đồng bộ');

  await context.setOffline(false);
  await expect.poll(() => pill(page), { timeout: 60_000 }).toContain('Đã đồng bộ hết');
  await expect.poll(() => pill(second), { timeout: 60_000 }).toContain('Đã đồng bộ hết');
  const sent = pushes.flat();
  expect(sent).toHaveLength(3);
  expect(new Set(sent).size).toBe(3);
  expect(await serverVisits(notes)).toHaveLength(3);
  await context.close();
});

test('a revoked tablet erases the user’s records when the server says so, and says why', async () => {
  const { context, page } = await tablet();
  await context.setOffline(true);
  await record(page, 8, 'trên máy bị thu hồi');
  const databases = () =>
    page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name ?? ''));
  const userDb = (await databases()).find((name) => /^ghidanh-[0-9a-f-]{36}$/.test(name));
  expect(userDb).toBeDefined();

  // The tablet is reported lost; the admin revokes it.
  const device = await server.store.db
    .selectFrom('devices as d')
    .innerJoin('users as u', 'u.id', 'd.last_user_id')
    .select('d.id')
    .where('u.username', '=', 'canbo')
    .orderBy('d.registered_at', 'desc')
    .executeTakeFirstOrThrow();
  const admin = await apiLogin(server.url, 'quantri');
  const revoke = await call(server.url, 'POST', `/api/devices/${device.id}/revoke`, {
    token: admin.token,
  });
  expect(revoke.status).toBe(200);

  await context.setOffline(false);
  await page
    .getByText(
      'Quản trị viên đã thu hồi máy này. Dữ liệu của tài khoản trên máy đã được xóa theo yêu cầu.',
    )
    .waitFor({ timeout: 60_000 });
  await page.getByRole('heading', { name: 'Đăng nhập', level: 1 }).waitFor();
  expect(await databases()).not.toContain(userDb);
  expect(await serverVisits(['trên máy bị thu hồi'])).toEqual([]);
  await context.close();
});
