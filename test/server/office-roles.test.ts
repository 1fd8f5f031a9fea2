import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { call, login, type Session } from './support/client';
import { STARTUP_MS, addUser, backends, startServer, type TestServer } from './support/harness';
import { download } from './support/sheets';

// Who may make, list and download the monthly lists, and read the audit log: one table of cases
// per endpoint and role, then what each role's listing of past exports holds.

type RoleName = 'anonymous' | 'field_worker' | 'provider_agent' | 'supervisor' | 'admin';
type Signed = Exclude<RoleName, 'anonymous'>;
const USERS: Record<Signed, string> = {
  field_worker: 'canbo',
  provider_agent: 'nganhang',
  supervisor: 'giamsat',
  admin: 'quantri',
};
const OTHER_PROVIDER = 'agribank-ls';

describe.each(backends())('office endpoints by role on %s', (kind) => {
  let server: TestServer;
  const sessions = {} as Record<Signed, Session>;
  let communeSupervisor: Session;
  /** One export of each kind, made by the admin: which list, and its id. */
  const made: Record<string, string> = {};

  const make = async (token: string, body: Record<string, string>) =>
    download(server.base, 'POST', '/api/exports', token, body);

  beforeAll(async () => {
    server = await startServer(kind);
    await server.store.db
      .insertInto('providers')
      .values({ id: OTHER_PROVIDER, name: 'Agribank Lạng Sơn', kind: 'bank' })
      .execute();
    await server.store.db
      .insertInto('provider_units')
      .values({ provider_id: OTHER_PROVIDER, unit_code: '06100' })
      .execute();
    await addUser(server.store, { username: 'giamsat.xa', role: 'supervisor', units: ['06004'] });
    for (const [role, username] of Object.entries(USERS)) {
      sessions[role as Signed] = await login(server.base, username);
    }
    communeSupervisor = await login(server.base, 'giamsat.xa');
    const subjects: [string, Record<string, string>][] = [
      ['changes-06004', { list: 'commune_changes', communeCode: '06004' }],
      ['changes-06100', { list: 'commune_changes', communeCode: '06100' }],
      ['own-provider', { list: 'registrations', providerId: 'vietinbank-ls' }],
      ['other-provider', { list: 'accounts_to_open', providerId: OTHER_PROVIDER }],
    ];
    for (const [name, body] of subjects) {
      const res = await make(sessions.admin.token, { ...body, format: 'csv' });
      expect(res.status).toBe(200);
      made[name] = res.headers.get('x-export-id')!;
    }
  }, STARTUP_MS);
  afterAll(() => server?.close(), STARTUP_MS);

  interface Case {
    what: string;
    method: 'GET' | 'POST';
    url: () => string;
    body?: Record<string, string>;
    allowed: RoleName[];
    /** Signed-in roles refused by scope rather than by role: 403 forbidden_scope or 404. */
    outOfScope?: [RoleName, number][];
  }
  const cases: Case[] = [
    {
      what: 'make a commune change list',
      method: 'POST',
      url: () => '/api/exports',
      body: { list: 'commune_changes', format: 'csv', communeCode: '06037' },
      allowed: ['admin'],
      outOfScope: [['provider_agent', 403]],
    },
    {
      what: "make its own provider's registration list",
      method: 'POST',
      url: () => '/api/exports',
      body: { list: 'registrations', format: 'xlsx', providerId: 'vietinbank-ls' },
      allowed: ['admin', 'provider_agent'],
    },
    {
      what: "make another provider's list",
      method: 'POST',
      url: () => '/api/exports',
      body: { list: 'accounts_to_open', format: 'csv', providerId: OTHER_PROVIDER },
      allowed: ['admin'],
      outOfScope: [['provider_agent', 403]],
    },
    {
      what: 'list past exports',
      method: 'GET',
      url: () => '/api/exports',
      allowed: ['admin', 'supervisor', 'provider_agent'],
    },
    {
      what: 'read export options',
      method: 'GET',
      url: () => '/api/exports/options',
      allowed: ['admin', 'supervisor', 'provider_agent'],
    },
    {
      what: 'download the commune 06004 list',
      method: 'GET',
      url: () => `/api/exports/${made['changes-06004']}/file`,
      allowed: ['admin', 'supervisor', 'provider_agent'],
    },
    {
      what: 'download a list of a commune the provider does not serve',
      method: 'GET',
      url: () => `/api/exports/${made['changes-06100']}/file`,
      allowed: ['admin', 'supervisor'],
      outOfScope: [['provider_agent', 404]],
    },
    {
      what: "download another provider's list",
      method: 'GET',
      url: () => `/api/exports/${made['other-provider']}/file`,
      allowed: ['admin'],
      outOfScope: [
        ['provider_agent', 404],
        ['supervisor', 404],
      ],
    },
    { what: 'read the audit log', method: 'GET', url: () => '/api/audit', allowed: ['admin'] },
    {
      what: 'download the audit log',
      method: 'GET',
      url: () => '/api/audit/export?format=csv',
      allowed: ['admin'],
    },
  ];
  const roles: RoleName[] = ['anonymous', 'field_worker', 'provider_agent', 'supervisor', 'admin'];
  const table = cases.flatMap((c) => roles.map((role) => [c.what, role, c] as const));

  test.each(table)('%s as %s', async (_what, role, c) => {
    const token = role === 'anonymous' ? undefined : sessions[role].token;
    const res = await download(server.base, c.method, c.url(), token, c.body);
    const scoped = c.outOfScope?.find(([r]) => r === role);
    if (c.allowed.includes(role)) expect(res.status).toBe(200);
    else if (role === 'anonymous') expect(res.status).toBe(401);
    else if (scoped) {
      expect(res.status).toBe(scoped[1]);
      expect((res.json() as { error: string }).error).toBe(
        scoped[1] === 403 ? 'forbidden_scope' : 'export_unknown',
      );
    } else {
      expect(res.status).toBe(403);
      expect((res.json() as { error: string }).error).toBe('forbidden_role');
    }
  });

  test.each([
    ['admin', ['changes-06004', 'changes-06100', 'own-provider', 'other-provider']],
    ['supervisor', ['changes-06004', 'changes-06100']],
    ['commune supervisor', ['changes-06004']],
    ['provider_agent', ['changes-06004', 'own-provider']],
  ] as const)('past exports seen by the %s', async (who, expected) => {
    const session = who === 'commune supervisor' ? communeSupervisor : sessions[who];
    const res = await call<{ exports: { id: string }[] }>(
      server.base,
      'GET',
      '/api/exports?limit=100',
      { token: session.token },
    );
    const ids = new Set(res.body.exports.map((e) => e.id));
    const names = Object.keys(made).filter((name) => ids.has(made[name]!));
    expect(names.sort()).toEqual([...expected].sort());
  });
});
