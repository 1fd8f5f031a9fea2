import { createHash, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { newId } from '../../src/shared/ids';
import type { AuditEntry } from '../../src/shared/schemas/audit';
import { BACKUP_FORMAT, BACKUP_VERSION } from '../../src/shared/schemas/backup';
import { beneficiary, person } from '../shared/schemas/samples';
import { call, login, mutationOf, push, visitBy, type Session } from './support/client';
import { STARTUP_MS, addUser, backends, startServer, type TestServer } from './support/harness';
import { download } from './support/sheets';

// Every write leaves an audit entry — who, role, device, action, record ids, outcome — written
// with the change; never a name, ID number, phone or account number.

const COMMUNE = '06004';
const PLANTED = {
  name: 'Phạm Thị Riêng Tư',
  idNumber: '001301009999',
  phone: '0912000111',
  account: '7788990011',
  repName: 'Lò Văn Giám Hộ',
  repPhone: '0987000222',
};

describe.each(backends())('audit log on %s', (kind) => {
  let server: TestServer;
  let admin: Session;
  let worker: Session;
  const subject = beneficiary({
    id: randomUUID(),
    fullName: PLANTED.name,
    idNumber: PLANTED.idNumber,
    phone: PLANTED.phone,
    communeCode: COMMUNE,
  });

  const latest = async (action: string): Promise<AuditEntry> => {
    const res = await call<{ entries: AuditEntry[] }>(
      server.base,
      'GET',
      `/api/audit?action=${action}&limit=1`,
      { token: admin.token },
    );
    expect(res.status).toBe(200);
    const [entry] = res.body.entries;
    if (!entry) throw new Error(`no ${action} entry`);
    return entry;
  };
  const entries = async () =>
    Number(
      (
        await server.store.db
          .selectFrom('audit_log')
          .select((eb) => eb.fn.countAll<string>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  beforeAll(async () => {
    server = await startServer(kind, { loginLimits: { accountMaxFailures: 2 } });
    [admin, worker] = await Promise.all([
      login(server.base, 'quantri'),
      login(server.base, 'canbo'),
    ]);
  }, STARTUP_MS);
  afterAll(() => server?.close(), STARTUP_MS);

  test('sign-in: success, failure and lockout, with the user id and device but no username', async () => {
    const success = await latest('auth.login');
    expect(success).toMatchObject({ outcome: 'ok', status: 200, targetType: 'user' });
    expect([admin.user.id, worker.user.id]).toContain(success.userId);

    await addUser(server.store, { username: 'khoa.thu', role: 'supervisor', units: [COMMUNE] });
    const device = randomUUID();
    const attempt = (username: string) =>
      call(server.base, 'POST', '/api/auth/login', {
        json: { username, password: 'sai-mat-khau-1', deviceId: device, deviceLabel: 'Máy thử' },
      });
    expect((await attempt('khong.co.ai')).status).toBe(401);
    expect(await latest('auth.login_failed')).toMatchObject({
      userId: null,
      deviceId: device,
      targetIds: [],
      outcome: 'refused',
    });
    expect((await attempt('khoa.thu')).status).toBe(401);
    const failed = await latest('auth.login_failed');
    expect(failed).toMatchObject({ username: 'khoa.thu', deviceId: device, outcome: 'refused' });
    expect((await attempt('khoa.thu')).status).toBe(401); // the second failure locks
    expect(await latest('auth.lockout')).toMatchObject({
      userId: failed.userId,
      outcome: 'denied',
    });
    expect((await attempt('khoa.thu')).status).toBe(429);
    expect(await latest('auth.login_locked')).toMatchObject({ userId: failed.userId, status: 429 });
  });

  test('roster change, push and attachment: the record ids, in the same transaction', async () => {
    const changed = await call(server.base, 'POST', '/api/roster/changes', {
      token: admin.token,
      json: { upsert: [subject], remove: [] },
    });
    expect(changed.status).toBe(200);
    expect(await latest('roster.change')).toMatchObject({
      userId: admin.user.id,
      role: 'admin',
      deviceId: admin.deviceId,
      targetType: 'beneficiary',
      targetIds: [subject.id],
      outcome: 'ok',
    });

    const visit = visitBy(worker, subject.id, COMMUNE, {
      outcome: 'met_guardian',
      representative: person({ fullName: PLANTED.repName, phone: PLANTED.repPhone }),
      consent: { ...visitBy(worker, subject.id, COMMUNE).consent!, givenBy: 'guardian' },
      payment: {
        method: 'bank',
        bankBin: '970415',
        accountNumber: PLANTED.account,
        accountHolder: PLANTED.repName,
      },
    });
    const m = mutationOf(worker, visit);
    const rejected = mutationOf(worker, { ...visit, id: newId(), beneficiaryId: randomUUID() });
    const pushed = await push(server.base, worker, [m, rejected]);
    expect(pushed.body.results.map((r) => r.status)).toEqual(['applied', 'rejected']);
    expect(await latest('sync.push')).toMatchObject({
      userId: worker.user.id,
      role: 'field_worker',
      deviceId: worker.deviceId,
      targetType: 'visit',
      targetIds: [m.id, visit.id, rejected.id],
    });

    const photo = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 9, 9]);
    const sha = createHash('sha256').update(photo).digest('hex');
    const attachmentId = newId();
    const put = await call(
      server.base,
      'PUT',
      `/api/attachments/${sha}?id=${attachmentId}&kind=signature`,
      { token: worker.token, raw: photo, contentType: 'image/jpeg' },
    );
    expect(put.status).toBe(200);
    expect(await latest('attachments.upload')).toMatchObject({ targetIds: [attachmentId] });
  });

  test('accounts, units, devices, backups, exports: one entry each', async () => {
    const created = await call<{ id: string }>(server.base, 'POST', '/api/users', {
      token: admin.token,
      json: {
        username: 'giamsat.moi',
        displayName: 'Giám sát mới',
        role: 'supervisor',
        password: 'mat-khau-moi-123',
        unitCodes: [COMMUNE],
        providerId: null,
      },
    });
    expect(created.status).toBe(201);
    expect(await latest('users.create')).toMatchObject({ targetIds: [created.body.id] });

    const units = await call(server.base, 'POST', '/api/units', {
      token: admin.token,
      json: { units: [{ code: '20', name: 'Tỉnh Lạng Sơn', level: 'province', parentCode: null }] },
    });
    expect(units.status).toBe(200);
    expect(await latest('units.load')).toMatchObject({ targetIds: ['20'] });

    const spare = await login(server.base, 'nganhang');
    const revoked = await call(server.base, 'POST', `/api/devices/${spare.deviceId}/revoke`, {
      token: admin.token,
    });
    expect(revoked.status).toBe(200);
    expect(await latest('devices.revoke')).toMatchObject({
      targetType: 'device',
      targetIds: [spare.deviceId],
    });

    const backup = await call(server.base, 'POST', '/api/backups', {
      token: admin.token,
      json: {
        format: BACKUP_FORMAT,
        version: BACKUP_VERSION,
        exportedAt: new Date().toISOString(),
        deviceId: worker.deviceId,
        appVersion: '0.1.0',
        mutations: [],
        attachments: [],
      },
    });
    expect(backup.status).toBe(200);
    expect(await latest('backups.import')).toMatchObject({ outcome: 'ok', targetIds: [] });

    const made = await download(server.base, 'POST', '/api/exports', admin.token, {
      list: 'commune_changes',
      format: 'csv',
      communeCode: COMMUNE,
    });
    const exportId = made.headers.get('x-export-id')!;
    expect(await latest('exports.create')).toMatchObject({
      targetType: 'export',
      targetIds: [COMMUNE, exportId],
    });
    await download(server.base, 'GET', `/api/exports/${exportId}/file`, admin.token);
    expect(await latest('exports.download')).toMatchObject({ targetIds: [exportId] });
  });

  test('a denied write is logged; a malformed one and a heartbeat are not', async () => {
    const denied = await call(server.base, 'POST', '/api/roster/changes', {
      token: worker.token,
      json: { upsert: [], remove: [] },
    });
    expect(denied.status).toBe(403);
    expect(await latest('roster.change')).toMatchObject({
      userId: worker.user.id,
      outcome: 'denied',
      status: 403,
    });
    const before = await entries();
    const malformed = await call(server.base, 'POST', '/api/roster/changes', {
      token: admin.token,
      json: { upsert: [{ id: 'x' }], remove: [] },
    });
    expect(malformed.status).toBe(400);
    const heartbeat = await call(server.base, 'POST', '/api/sync/heartbeat', {
      token: worker.token,
      json: {
        deviceId: worker.deviceId,
        pendingCount: 0,
        oldestPendingAgeSeconds: null,
        appVersion: '0.1.0',
        storageUsedBytes: 0,
        storageQuotaBytes: null,
        lastError: null,
      },
    });
    expect(heartbeat.status).toBe(200);
    const anonymous = await call(server.base, 'POST', '/api/roster/changes', {
      json: { upsert: [], remove: [] },
    });
    expect(anonymous.status).toBe(401);
    expect(await entries()).toBe(before);
  });

  test('no personal data in the log, only ids', async () => {
    const rows = await server.store.db.selectFrom('audit_log').selectAll().execute();
    const dump = JSON.stringify(rows);
    expect(rows.length).toBeGreaterThan(10);
    for (const value of [
      ...Object.values(PLANTED),
      '+84912000111',
      '+84987000222',
      'khoa.thu',
      'khong.co.ai',
      'sai-mat-khau-1',
    ]) {
      expect(dump).not.toContain(value);
    }
  });

  test('filters: user, device, action, record id, days; paging', async () => {
    const q = (query: string) =>
      call<{ entries: AuditEntry[]; total: number }>(server.base, 'GET', `/api/audit?${query}`, {
        token: admin.token,
      });
    const byUser = await q(`userId=${worker.user.id}&limit=200`);
    expect(byUser.body.entries.length).toBeGreaterThan(0);
    expect(byUser.body.entries.every((e) => e.userId === worker.user.id)).toBe(true);
    const byDevice = await q(`deviceId=${worker.deviceId}`);
    expect(byDevice.body.entries.every((e) => e.deviceId === worker.deviceId)).toBe(true);
    const byRecord = await q(`recordId=${subject.id}`);
    expect(byRecord.body.entries.map((e) => e.action)).toEqual(['roster.change']);

    // Days are Vietnam's (UTC+7); a range around today holds every entry even across midnight.
    const day = (offset: number) =>
      new Date(Date.now() + 7 * 3600_000 + offset * 86_400_000).toISOString().slice(0, 10);
    const all = await q(`from=${day(-1)}&to=${day(1)}&limit=200`);
    expect(all.body.total).toBe(await entries());
    expect((await q('from=2000-01-01&to=2000-01-31')).body.total).toBe(0);

    const page1 = await q('limit=2');
    const page2 = await q('limit=2&offset=2');
    expect(page1.body.entries).toHaveLength(2);
    expect(page2.body.entries[0]!.id).not.toBe(page1.body.entries[1]!.id);
    expect(BigInt(page1.body.entries[1]!.id)).toBeGreaterThan(BigInt(page2.body.entries[0]!.id));
  });

  test('the log as CSV and XLSX', async () => {
    const csv = await download(server.base, 'GET', '/api/audit/export?format=csv', admin.token);
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-disposition')).toMatch(/filename="nhat-ky-thao-tac_\d+\.csv"/);
    const text = new TextDecoder().decode(csv.bytes);
    expect(text).toContain('Thời điểm (UTC),Người dùng');
    expect(text).toContain('roster.change');
    const xlsx = await download(
      server.base,
      'GET',
      '/api/audit/export?format=xlsx&action=roster.change',
      admin.token,
    );
    expect(xlsx.status).toBe(200);
    expect(await latest('audit.export')).toMatchObject({ userId: admin.user.id });
  });

  test('GET /api/audit/export?format=pdf → 400', async () => {
    const res = await download(server.base, 'GET', '/api/audit/export?format=pdf', admin.token);
    expect(res.status).toBe(400);
  });

  test.each([
    'limit=0',
    'limit=201',
    'offset=-5',
    'from=2025-1-1',
    'from=2025-03-02&to=2025-03-01',
    'action=DROP%20TABLE',
    'recordId=a%20b',
    'userId=canbo',
  ])('GET /api/audit?%s → 400, nothing logged', async (query) => {
    const before = await entries();
    const res = await call(server.base, 'GET', `/api/audit?${query}`, { token: admin.token });
    expect(res.status).toBe(400);
    if (!/limit|offset/.test(query)) {
      // The file takes the same filters (and no paging).
      const url = `/api/audit/export?format=csv&${query}`;
      expect((await download(server.base, 'GET', url, admin.token)).status).toBe(400);
    }
    expect(await entries()).toBe(before);
  });
});
