import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { login as apiLogin, mutationOf, push, visitBy } from '../server/support/client';
import { launchPersistent } from './support/chromium';
import {
  loginAs,
  rosterSizeFor,
  startAppServer,
  waitForRoster,
  type AppServer,
} from './support/session';
import { recordNobodyHomeVisit, startVisit } from './support/visitFlow';

// What a thief finds on the tablet's disk: Chromium's own IndexedDB files (LevelDB logs and
// tables, blob files) of a profile that synced the roster and recorded a visit, read byte by
// byte. Beneficiaries' names, ID numbers and phones must not be there in any encoding V8 writes
// (Latin-1, UTF-16) or as UTF-8; the clear index fields (ids) must be, or the grep sees nothing.

let server: AppServer;
let profile: string;
let agentProfile: string;

beforeAll(async () => {
  server = await startAppServer({ staticDir: process.env.E2E_DIST });
  profile = mkdtempSync(path.join(tmpdir(), 'ghidanh-e2e-disk-'));
  agentProfile = mkdtempSync(path.join(tmpdir(), 'ghidanh-e2e-disk-agent-'));
}, 120_000);

afterAll(async () => {
  await server?.close();
  for (const dir of [profile, agentProfile]) if (dir) rmSync(dir, { recursive: true, force: true });
});

function filesUnder(dir: string): string[] {
  return (readdirSync(dir, { recursive: true }) as string[])
    .map((f) => path.join(dir, f))
    .filter((f) => statSync(f).isFile());
}

function encodings(value: string): Buffer[] {
  const nfc = value.normalize('NFC');
  return [Buffer.from(nfc, 'utf8'), Buffer.from(nfc, 'utf16le'), Buffer.from(nfc, 'latin1')];
}

test('the IndexedDB files on disk hold no beneficiary name, ID number or phone in clear', async () => {
  const context = await launchPersistent(profile);
  const page = await context.newPage();
  await loginAs(page, server.url);
  await waitForRoster(page, await rosterSizeFor(server.store, 'canbo'));
  await context.setOffline(true);
  const visited = await startVisit(page, 0);
  const note = 'Ghi-chu-rieng-tu-7731';
  await recordNobodyHomeVisit(page, note);
  await page.getByRole('heading', { name: 'Đã lưu phiếu thăm hộ' }).waitFor();
  await context.close(); // flushes IndexedDB to disk

  const rows = await server.store.db
    .selectFrom('beneficiaries')
    .select(['id', 'data'])
    .where('commune_code', 'in', ['06004', '06037'])
    .where('removed_at', 'is', null)
    .limit(200)
    .execute();
  const people = rows.map(
    (r) => r.data as { fullName: string; idNumber: string | null; phone: string | null },
  );
  const planted = [
    visited.name,
    note,
    ...people.flatMap((p) => [
      p.fullName,
      ...(p.idNumber ? [p.idNumber] : []),
      ...(p.phone ? [p.phone, `0${p.phone.slice(3)}`] : []),
    ]),
  ];
  const files = filesUnder(path.join(profile, 'Default', 'IndexedDB'));
  const bytes = Buffer.concat(files.map((f) => readFileSync(f)));
  expect(bytes.length).toBeGreaterThan(100_000);
  // Control: the clear index fields are found, so the files are read and not compressed away.
  const ids = rows.map((r) => r.id);
  expect(ids.filter((id) => bytes.includes(Buffer.from(id, 'latin1'))).length).toBeGreaterThan(
    ids.length / 2,
  );
  // Staff names stay clear by design (the unlock screen lists who signed in on the tablet): a
  // beneficiary who shares one cannot be told apart by this grep, so such names are left out.
  const staff = (await server.store.db.selectFrom('users').select('display_name').execute()).map(
    (u) => u.display_name,
  );
  const found = planted
    .filter((value) => !staff.some((name) => name.includes(value)))
    .filter((value) => encodings(value).some((b) => bytes.includes(b)));
  expect(found).toEqual([]);
}, 240_000);

test('an account number a bank agent records offline is not on disk in clear', async () => {
  // The field worker synced a visit choosing VietinBank: the person is on the agent's list.
  const commune = '06004';
  const [person] = await server.store.db
    .selectFrom('beneficiaries')
    .select(['id', 'data'])
    .where('commune_code', '=', commune)
    .where('removed_at', 'is', null)
    .orderBy('id')
    .limit(1)
    .execute();
  const fullName = (person!.data as { fullName: string }).fullName;
  const worker = await apiLogin(server.url, 'canbo');
  const visit = visitBy(worker, person!.id, commune, { visitedAt: '2025-07-02T03:00:00.000Z' });
  const pushed = await push(server.url, worker, [mutationOf(worker, visit)]);
  expect(pushed.body.results.map((r) => r.status)).toEqual(['applied']);
  const listed = await server.store.db
    .selectFrom('beneficiaries as b')
    .innerJoin('provider_units as pu', 'pu.unit_code', 'b.commune_code')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('pu.provider_id', '=', 'vietinbank-ls')
    .where('b.removed_at', 'is', null)
    .executeTakeFirstOrThrow();

  const context = await launchPersistent(agentProfile);
  const page = await context.newPage();
  await loginAs(page, server.url, 'nganhang');
  await waitForRoster(page, Number(listed.n));
  await page
    .getByRole('navigation', { name: 'Điều hướng chính' })
    .getByRole('link', { name: 'Mở tài khoản' })
    .click();
  const row = page.getByRole('listitem').filter({
    has: page.getByRole('heading', { name: fullName }),
  });
  await context.setOffline(true);
  await row.getByRole('button', { name: 'Ghi nhận đã mở tài khoản' }).click();
  await row.getByLabel('Số tài khoản / số ví').fill('4455 6677 8899 31');
  await row.getByRole('button', { name: 'Lưu' }).click();
  await row.getByText('Chờ đồng bộ').waitFor();
  await row.getByText(/số …9931/).waitFor();
  await context.close(); // the step waits in the outbox; IndexedDB is flushed to disk

  const bytes = Buffer.concat(
    filesUnder(path.join(agentProfile, 'Default', 'IndexedDB')).map((f) => readFileSync(f)),
  );
  // Control: the person's id (a clear index field of the roster and the visit) is found.
  expect(bytes.includes(Buffer.from(person!.id, 'latin1'))).toBe(true);
  const planted = ['44556677889931', '4455 6677 8899 31', fullName];
  expect(planted.filter((value) => encodings(value).some((b) => bytes.includes(b)))).toEqual([]);
}, 240_000);
