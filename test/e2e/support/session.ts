import { createHash } from 'node:crypto';
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { buildApp } from '../../../src/server/app';
import { DEMO_PASSWORD, DEMO_ROSTER_SIZE, seedDemoIfEmpty } from '../../../src/server/demo/seed';
import type { CspReport } from '../../../src/server/routes/cspReport';
import { openStore, type Store } from '../../../src/server/store/db';
import type { RunningServer } from './server';

// The app needs a signed-in user, so e2e tests run the real server with its demo data (the
// province, ~5,000 beneficiaries, one account per role, as `npm start` seeds it) and sign in
// through the real screens. PGlite data starts as a copy of a seeded template: seeding takes
// several seconds, a copy about one.

export const DEMO_PIN = '482916';
const TOKEN_SECRET = 'e2e-secret-that-is-long-enough-for-hs256-signing';

export interface AppServer extends RunningServer {
  store: Store;
  /** Where PGlite keeps this server's data: start again on it to simulate a restart. */
  dataDir: string;
  /** What the browser reported as blocked by the Content-Security-Policy (close() fails on any). */
  cspViolations: CspReport[];
  /** Stops the server; `drop` (default) also deletes its data. */
  close: (options?: { drop?: boolean }) => Promise<void>;
}

const ROOT = path.join(import.meta.dirname, '../../..');
const TEMPLATE_SOURCES = [
  'src/server/store',
  'src/server/demo',
  'src/shared/demo',
  'src/shared/schemas',
];

function templateKey(): string {
  const hash = createHash('sha256');
  hash.update(readFileSync(path.join(ROOT, 'node_modules/@electric-sql/pglite/package.json')));
  hash.update(String(DEMO_ROSTER_SIZE));
  for (const dir of TEMPLATE_SOURCES) {
    for (const file of (
      readdirSync(path.join(ROOT, dir), { recursive: true }) as string[]
    ).sort()) {
      const full = path.join(ROOT, dir, file);
      if (statSync(full).isFile()) hash.update(file).update(readFileSync(full));
    }
  }
  return hash.digest('hex').slice(0, 16);
}

async function seededTemplate(): Promise<string> {
  const template = path.join(tmpdir(), `ghidanh-e2e-pglite-${templateKey()}`);
  if (existsSync(template)) return template;
  const building = mkdtempSync(`${template}-building-`);
  const store = await openStore({ dataDir: building });
  await seedDemoIfEmpty(store.db);
  await store.close();
  try {
    renameSync(building, template); // atomic: parallel runs race, one wins
  } catch {
    rmSync(building, { recursive: true, force: true });
  }
  return template;
}

/**
 * The real server with the demo data, serving a build (default: dist/). Pass `dataDir` of a
 * stopped server (and its `port`) to start it again on the same data and address.
 */
export async function startAppServer(
  options: { staticDir?: string; port?: number; dataDir?: string } = {},
): Promise<AppServer> {
  let dataDir = options.dataDir;
  if (!dataDir) {
    dataDir = mkdtempSync(path.join(tmpdir(), 'ghidanh-e2e-data-'));
    cpSync(path.join(await seededTemplate(), 'pglite'), path.join(dataDir, 'pglite'), {
      recursive: true,
    });
  }
  const store = await openStore({ dataDir });
  const cspViolations: CspReport[] = [];
  const app = await buildApp({
    store,
    staticDir: options.staticDir ?? path.resolve('dist'),
    tokenSecret: TOKEN_SECRET,
    onCspReport: (report) => cspViolations.push(report),
  });
  await app.listen({ port: options.port ?? 0, host: '127.0.0.1' });
  const address = app.server.address();
  if (!address || typeof address === 'string') throw new Error('server has no TCP address');
  const dir = dataDir;
  return {
    url: `http://127.0.0.1:${address.port}`,
    app,
    store,
    dataDir: dir,
    cspViolations,
    async close({ drop = true } = {}) {
      await app.close();
      await store.close();
      if (drop) rmSync(dir, { recursive: true, force: true });
      if (cspViolations.length > 0) {
        throw new Error(`Content-Security-Policy violations: ${JSON.stringify(cspViolations)}`);
      }
    },
  };
}

/** How many beneficiaries a user's communes hold on the server (what their roster shows). */
export async function rosterSizeFor(store: Store, username: string): Promise<number> {
  const row = await store.db
    .selectFrom('beneficiaries as b')
    .innerJoin('user_units as uu', 'uu.unit_code', 'b.commune_code')
    .innerJoin('users as u', 'u.id', 'uu.user_id')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('u.username', '=', username)
    .where('b.removed_at', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** How many beneficiaries the communes a provider serves hold (its agent's roster). */
export async function providerRosterSize(store: Store, providerId: string): Promise<number> {
  const row = await store.db
    .selectFrom('beneficiaries as b')
    .innerJoin('provider_units as pu', 'pu.unit_code', 'b.commune_code')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('pu.provider_id', '=', providerId)
    .where('b.removed_at', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/**
 * Opens the app and signs in as a demo user through the real screens: the password and a new
 * PIN on a fresh browser, the PIN on one that signed in before (every new page asks for it).
 * Resolves once the app's own screens are showing.
 */
export async function loginAs(
  page: Page,
  baseUrl: string,
  username = 'canbo',
  { pin = DEMO_PIN, path: start = '/' }: { pin?: string; path?: string } = {},
): Promise<void> {
  await page.goto(new URL(start, baseUrl).toString());
  const nav = page.getByRole('navigation', { name: 'Điều hướng chính' });
  const login = page.getByLabel('Tên đăng nhập');
  const unlock = page.getByRole('heading', { name: 'Mở khóa' });
  await nav.or(login).or(unlock).first().waitFor({ timeout: 30_000 });
  if (await nav.isVisible()) return;
  if (await unlock.isVisible()) {
    const choice = page.getByRole('radio', { name: new RegExp(`\\(${username}\\)$`) });
    if (await choice.count()) await choice.check();
    await page.getByLabel('Mã PIN').fill(pin);
    await page.getByRole('button', { name: 'Mở', exact: true }).click();
  } else {
    await login.fill(username);
    await page.getByLabel('Mật khẩu').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Đăng nhập', exact: true }).click();
    const pinField = page.getByLabel('Mã PIN mới (6 chữ số)');
    await pinField.or(nav).first().waitFor({ timeout: 30_000 });
    if (await pinField.isVisible()) {
      await pinField.fill(pin);
      await page.getByLabel('Nhập lại mã PIN').fill(pin);
      await page.getByRole('button', { name: 'Lưu mã PIN' }).click();
    }
  }
  await nav.waitFor({ timeout: 30_000 });
}

/**
 * After a reload, a navigation or a new tab: the data key lived only in the page's memory, so
 * the app asks for the PIN again. Enters it (as `username` among several users) and waits for
 * the app's own screens.
 */
export async function enterPin(page: Page, username = 'canbo', pin = DEMO_PIN): Promise<void> {
  const nav = page.getByRole('navigation', { name: 'Điều hướng chính' });
  const unlock = page.getByRole('heading', { name: 'Mở khóa' });
  await nav.or(unlock).first().waitFor({ timeout: 30_000 });
  if (await unlock.isVisible()) {
    const choice = page.getByRole('radio', { name: new RegExp(`\\(${username}\\)$`) });
    if (await choice.count()) await choice.check();
    await page.getByLabel('Mã PIN').fill(pin);
    await page.getByRole('button', { name: 'Mở', exact: true }).click();
  }
  await nav.waitFor({ timeout: 30_000 });
}

/** Waits until the signed-in user's roster has arrived from the server (the first sync). */
export async function waitForRoster(page: Page, size: number): Promise<void> {
  await page
    .getByText(`${size.toLocaleString('vi-VN')} người hưởng`, { exact: true })
    .waitFor({ timeout: 60_000 });
}

/** How many devices of this user have reported to the server (one heartbeat row each). */
export async function reportingDevices(store: Store, username: string): Promise<number> {
  const row = await store.db
    .selectFrom('heartbeats as h')
    .innerJoin('users as u', 'u.id', 'h.user_id')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('u.username', '=', username)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/**
 * Waits until a new device of the user has finished its first sync (the heartbeat is its last
 * step). `before`: reportingDevices() read before that device signed in.
 */
export async function waitForFirstSync(store: Store, username: string, before: number) {
  const end = Date.now() + 60_000;
  while ((await reportingDevices(store, username)) <= before) {
    if (Date.now() > end) throw new Error(`no first sync from a new device of ${username}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
