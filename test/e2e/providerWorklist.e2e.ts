import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { newId } from '../../src/shared/ids';
import {
  login as apiLogin,
  mutationOf,
  push,
  visitBy,
  type Session,
} from '../server/support/client';
import { launchChromium } from './support/chromium';
import {
  enterPin,
  loginAs,
  providerRosterSize,
  rosterSizeFor,
  startAppServer,
  waitForRoster,
  type AppServer,
} from './support/session';

// A provider agent's work list in the built app, in real Chromium, against the real server:
// visits choosing VietinBank synced by the field worker put people on the bank agent's list; the
// agent marks an account opened offline, it reaches the server once online, and the field
// worker's tablet pulls the new state. With GHIDANH_SCREENSHOTS=1 the list is photographed into
// docs/screenshots/provider-worklist-*.png.

const COMMUNE = '06004'; // canbo's commune, also served by VietinBank Lạng Sơn in the demo
const OUT = path.resolve('docs/screenshots');
const WRITE = process.env.GHIDANH_SCREENSHOTS === '1';

let server: AppServer;
let browser: Browser;
let people: { id: string; fullName: string }[];

function accountStep(agent: Session, beneficiaryId: string, step: string, seq: number) {
  return {
    id: newId(),
    deviceId: agent.deviceId,
    seq,
    type: 'account.update',
    payload: {
      id: newId(),
      beneficiaryId,
      providerId: 'vietinbank-ls',
      deviceId: agent.deviceId,
      workerId: 'nganhang',
      step,
      accountNumber: step === 'opened' ? `10100000${seq}0000` : null,
      happenedOn: '2025-07-03',
      note: '',
      recordedAt: new Date().toISOString(),
    },
    createdAt: new Date().toISOString(),
  };
}

beforeAll(async () => {
  server = await startAppServer();
  browser = await launchChromium();
  if (WRITE) mkdirSync(OUT, { recursive: true });
  // The field worker's tablet synced six visits choosing VietinBank, one choosing cash.
  const worker = await apiLogin(server.url, 'canbo');
  const rows = await server.store.db
    .selectFrom('beneficiaries')
    .select(['id', 'data'])
    .where('commune_code', '=', COMMUNE)
    .orderBy('id')
    .limit(7)
    .execute();
  people = rows.map((r) => ({ id: r.id, fullName: (r.data as { fullName: string }).fullName }));
  const visits = people.map((p, i) =>
    visitBy(worker, p.id, COMMUNE, {
      visitedAt: '2025-07-02T03:00:00.000Z',
      ...(i === 6
        ? { payment: { method: 'post_office_cash', reason: 'refuses', note: null } }
        : {}),
    }),
  );
  const pushed = await push(
    server.url,
    worker,
    visits.map((v) => mutationOf(worker, v)),
  );
  expect(pushed.body.results.map((r) => r.status)).toEqual(Array(7).fill('applied'));
  // Another agent's tablet already recorded some steps, so the list shows every state.
  const other = await apiLogin(server.url, 'nganhang');
  const earlier = [
    accountStep(other, people[1]!.id, 'opened', 1),
    accountStep(other, people[2]!.id, 'opened', 2),
    accountStep(other, people[2]!.id, 'card_issued', 3),
    accountStep(other, people[3]!.id, 'opened', 4),
    accountStep(other, people[3]!.id, 'card_issued', 5),
    accountStep(other, people[3]!.id, 'safe_use_shown', 6),
  ];
  const steps = await push(server.url, other, earlier);
  expect(steps.body.results.map((r) => r.status)).toEqual(Array(6).fill('applied'));
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function accountUpdatesFor(beneficiaryId: string) {
  return server.store.db
    .selectFrom('account_updates')
    .select(['step', 'data'])
    .where('beneficiary_id', '=', beneficiaryId)
    .execute();
}

async function syncNow(page: Page) {
  await page
    .getByRole('navigation', { name: 'Điều hướng chính' })
    .getByRole('link', { name: 'Thiết bị' })
    .click();
  await page.getByRole('button', { name: 'Đồng bộ ngay' }).click();
}

test('the bank agent opens an account offline; it syncs once; the field worker sees it', async () => {
  const fieldTablet = await browser.newContext({ viewport: { width: 1024, height: 768 } });
  const fieldPage = await fieldTablet.newPage();
  await loginAs(fieldPage, server.url, 'canbo');
  await waitForRoster(fieldPage, await rosterSizeFor(server.store, 'canbo'));

  const agentTablet = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await agentTablet.newPage();
  await loginAs(page, server.url, 'nganhang');
  await waitForRoster(page, await providerRosterSize(server.store, 'vietinbank-ls'));
  const nav = page.getByRole('navigation', { name: 'Điều hướng chính' });
  await nav.getByRole('link', { name: 'Mở tài khoản' }).click();
  await page.getByRole('heading', { name: 'Danh sách mở tài khoản' }).waitFor();
  await page.getByText('6 người', { exact: true }).waitFor();
  // The person who chose cash is not on the list.
  expect(await page.getByRole('heading', { name: people[6]!.fullName }).count()).toBe(0);
  if (WRITE) {
    await page.screenshot({
      path: path.join(OUT, 'provider-worklist-1280x800.png'),
      fullPage: false,
    });
    await page.setViewportSize({ width: 768, height: 1024 });
    await page.screenshot({
      path: path.join(OUT, 'provider-worklist-768x1024.png'),
      fullPage: false,
    });
    await page.setViewportSize({ width: 1280, height: 800 });
  }

  // Filter: not opened yet (people 0, 4 and 5).
  await page.getByLabel('Tình trạng').selectOption('not_opened');
  await page.getByText('3 người', { exact: true }).waitFor();

  const target = people[0]!;
  const row = page.getByRole('listitem').filter({
    has: page.getByRole('heading', { name: target.fullName }),
  });
  await agentTablet.setOffline(true);
  await row.getByRole('button', { name: 'Ghi nhận đã mở tài khoản' }).click();
  const number = row.getByLabel('Số tài khoản / số ví');
  await number.fill('1019 8765 4321');
  await row.getByRole('button', { name: 'Lưu' }).click();
  await page.getByLabel('Tình trạng').selectOption('');
  await row.getByText('Chờ đồng bộ').waitFor();
  await row.getByText('Đã mở', { exact: true }).waitFor();
  await row.getByText(/số …4321/).waitFor();
  expect(await accountUpdatesFor(target.id)).toEqual([]);

  // Back online: the engine sends it, once.
  await agentTablet.setOffline(false);
  await page.evaluate(() => window.dispatchEvent(new Event('online')));
  await expect
    .poll(async () => (await accountUpdatesFor(target.id)).length, { timeout: 30_000 })
    .toBe(1);
  await row.getByText('Chờ đồng bộ').waitFor({ state: 'detached', timeout: 30_000 });
  const [stored] = await accountUpdatesFor(target.id);
  expect(stored).toMatchObject({ step: 'opened', data: { accountNumber: '101987654321' } });

  // The field worker's tablet pulls the new state; it shows 4 digits of the number.
  await syncNow(fieldPage);
  await fieldPage.goto(new URL(`/nguoi-huong/${target.id}`, server.url).toString());
  await enterPin(fieldPage); // a reload: the data key was in memory only
  const account = fieldPage.getByRole('region', { name: 'Tài khoản nhận tiền' });
  await account.getByText('Đã mở', { exact: true }).waitFor({ timeout: 30_000 });
  await account.getByText(/số …4321/).waitFor();
  expect(await fieldPage.getByText('101987654321').count()).toBe(0);

  await agentTablet.close();
  await fieldTablet.close();
}, 180_000);
