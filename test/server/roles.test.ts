import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { newId } from '../../src/shared/ids';
import { DEMO_UNITS } from '../../src/shared/demo';
import {
  STARTUP_MS,
  backends,
  beneficiaryIn,
  count,
  startServer,
  type TestServer,
} from './support/harness';
import { call, login, mutationOf, pullAll, visitBy, type Session } from './support/client';

// Every role is denied what it may not read or write: one table of cases, each over HTTP.

type RoleName = 'field_worker' | 'provider_agent' | 'supervisor' | 'admin' | 'anonymous';
const USERS: Record<Exclude<RoleName, 'anonymous'>, string> = {
  field_worker: 'canbo',
  provider_agent: 'nganhang',
  supervisor: 'giamsat',
  admin: 'quantri',
};

const PROVINCE_UNITS = DEMO_UNITS.map((u) => u.code).sort();
/** What each role may see of the roster (units with everything below them). */
const VISIBLE: Record<Exclude<RoleName, 'anonymous'>, string[]> = {
  field_worker: ['06004', '06037'],
  provider_agent: ['05977', '05983', '05986', '05992', '06004'],
  supervisor: PROVINCE_UNITS,
  admin: PROVINCE_UNITS,
};

describe.each(backends())('roles on %s', (kind) => {
  let server: TestServer;
  const sessions = {} as Record<Exclude<RoleName, 'anonymous'>, Session>;

  beforeAll(async () => {
    server = await startServer(kind);
    for (const [role, username] of Object.entries(USERS)) {
      sessions[role as keyof typeof USERS] = await login(server.base, username);
    }
  }, STARTUP_MS);
  afterAll(() => server?.close(), STARTUP_MS);

  interface Case {
    what: string;
    method: string;
    url: (s: Session | undefined) => string;
    body?: (s: Session) => Promise<unknown>;
    raw?: Uint8Array;
    allowed: RoleName[];
    status?: number;
    /** Roles that reach the endpoint but whose every mutation is rejected with this key. */
    rejected?: { roles: RoleName[]; key: string };
  }

  const photo = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3, 4]);
  const photoHash = createHash('sha256').update(photo).digest('hex');

  const cases: Case[] = [
    {
      what: 'push a visit',
      method: 'POST',
      url: () => '/api/sync/push',
      body: async (s) => {
        const b = await beneficiaryIn(server.store, '06004', 3);
        return { deviceId: s.deviceId, mutations: [mutationOf(s, visitBy(s, b, '06004'))] };
      },
      allowed: ['field_worker'],
      // A provider agent pushes its own type (account.update), never a visit.
      rejected: { roles: ['provider_agent'], key: 'protocol.mutation.roleDenied' },
    },
    {
      what: 'upload an attachment',
      method: 'PUT',
      url: () => `/api/attachments/${photoHash}?id=${newId()}&kind=signature`,
      raw: photo,
      allowed: ['field_worker'],
    },
    {
      what: 'pull changes',
      method: 'GET',
      url: () => '/api/sync/pull?limit=1',
      allowed: ['field_worker', 'provider_agent', 'supervisor', 'admin'],
    },
    {
      what: 'send a heartbeat',
      method: 'POST',
      url: () => '/api/sync/heartbeat',
      body: async (s) => ({
        deviceId: s.deviceId,
        pendingCount: 0,
        oldestPendingAgeSeconds: null,
        appVersion: '0.1.0',
        storageUsedBytes: 0,
        storageQuotaBytes: null,
        lastError: null,
      }),
      allowed: ['field_worker', 'provider_agent', 'supervisor', 'admin'],
    },
    {
      what: 'read who am I',
      method: 'GET',
      url: () => '/api/me',
      allowed: ['field_worker', 'provider_agent', 'supervisor', 'admin'],
    },
    {
      what: 'list units',
      method: 'GET',
      url: () => '/api/units',
      allowed: ['field_worker', 'provider_agent', 'supervisor', 'admin'],
    },
    {
      what: 'list devices',
      method: 'GET',
      url: () => '/api/devices',
      allowed: ['supervisor', 'admin'],
    },
    {
      what: 'read the review queue',
      method: 'GET',
      url: () => '/api/reviews',
      allowed: ['supervisor', 'admin'],
    },
    { what: 'list accounts', method: 'GET', url: () => '/api/users', allowed: ['admin'] },
    {
      what: 'create an account',
      method: 'POST',
      url: () => '/api/users',
      body: async () => ({
        username: `moi.${Math.random().toString(36).slice(2, 8)}`,
        displayName: 'Người Mới',
        role: 'supervisor',
        password: 'mat-khau-moi-123',
        unitCodes: ['06004'],
        providerId: null,
      }),
      allowed: ['admin'],
      status: 201,
    },
    {
      what: 'load administrative units',
      method: 'POST',
      url: () => '/api/units',
      body: async () => ({
        units: [{ code: '20', name: 'Tỉnh Lạng Sơn', level: 'province', parentCode: null }],
      }),
      allowed: ['admin'],
    },
    {
      what: 'send roster changes',
      method: 'POST',
      url: () => '/api/roster/changes',
      body: async () => ({ upsert: [], remove: [] }),
      allowed: ['admin'],
    },
    {
      what: 'import a backup file',
      method: 'POST',
      url: () => '/api/backups',
      body: async () => ({
        format: 'ghidanh-backup',
        version: 1,
        exportedAt: new Date().toISOString(),
        deviceId: sessions.field_worker.deviceId,
        appVersion: '0.1.0',
        mutations: [],
        attachments: [],
      }),
      allowed: ['admin'],
    },
    {
      what: 'revoke a device',
      method: 'POST',
      url: () => `/api/devices/${sessions.provider_agent.deviceId}/revoke`,
      allowed: ['admin'],
    },
  ];

  const roles: RoleName[] = ['anonymous', 'field_worker', 'provider_agent', 'supervisor', 'admin'];
  const table = cases.flatMap((c) => roles.map((role) => [c.what, role, c] as const));

  // Admin last: its revocation row disables the provider agent's device for the rows after it.
  test.each(table)('%s as %s', async (_what, role, c) => {
    const session = role === 'anonymous' ? undefined : sessions[role];
    const visitsBefore = await count(server.store, 'visits');
    const res = await call(server.base, c.method, c.url(session), {
      token: session?.token,
      ...(c.body && session ? { json: await c.body(session) } : {}),
      ...(c.body && !session ? { json: {} } : {}),
      ...(c.raw ? { raw: c.raw, contentType: 'image/jpeg' } : {}),
    });
    if (c.allowed.includes(role)) {
      expect(res.status, JSON.stringify(res.body)).toBe(c.status ?? 200);
    } else if (c.rejected?.roles.includes(role)) {
      expect(res.status).toBe(200);
      const results = (res.body as { results: { status: string; errors: { key: string }[] }[] })
        .results;
      expect(results.map((r) => [r.status, r.errors[0]?.key])).toEqual([
        ['rejected', c.rejected.key],
      ]);
    } else if (role === 'anonymous') {
      expect(res.status).toBe(401);
      expect(res.body.error).toBe('unauthenticated');
    } else {
      expect(res.status).toBe(403);
      expect(res.body).toMatchObject({
        error: 'forbidden_role',
        message: expect.stringContaining('không được phép'),
      });
    }
    if (!(c.allowed.includes(role) && c.what === 'push a visit')) {
      expect(await count(server.store, 'visits')).toBe(visitsBefore);
    }
  });

  test.each(Object.keys(USERS) as (keyof typeof USERS)[])(
    'a %s pulls the roster of exactly its own units',
    async (role) => {
      const session =
        role === 'provider_agent' ? await login(server.base, 'nganhang') : sessions[role];
      const communes = new Set<string>();
      let seen = 0;
      for (const change of await pullAll(server.base, session, 10)) {
        if (change.kind === 'beneficiary') {
          communes.add(change.record.communeCode);
          seen += 1;
        }
      }
      const expected = await server.store.db
        .selectFrom('beneficiaries')
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .where('commune_code', 'in', VISIBLE[role])
        .executeTakeFirstOrThrow();
      expect(seen).toBe(Number(expected.n));
      for (const code of communes) expect(VISIBLE[role]).toContain(code);
    },
  );
});
