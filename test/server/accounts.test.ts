import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { bootstrapAdmin } from '../../src/server/accounts/bootstrap';
import { generateRoster } from '../../src/shared/demo';
import type { Change } from '../../src/shared/schemas/sync';
import { backends, STARTUP_MS, startServer, type TestServer } from './support/harness';
import { call, login } from './support/client';

// A deployment without the demo: the first admin from ADMIN_PASSWORD sets up units and accounts,
// and a field worker created that way can log in and pull their commune's roster.

const UNITS = [
  { code: '79', name: 'Thành phố Hồ Chí Minh', level: 'province', parentCode: null },
  { code: '26734', name: 'Phường Sài Gòn', level: 'ward', parentCode: '79' },
  { code: '26737', name: 'Phường Tân Định', level: 'ward', parentCode: '79' },
];
const ADMIN_PASSWORD = 'mat-khau-quan-tri-2025';

describe.each(backends())('accounts set up by an admin on %s', (kind) => {
  let server: TestServer;
  let admin: string;

  beforeAll(async () => {
    server = await startServer(kind, { seed: false });
    expect(await bootstrapAdmin(server.store.db, undefined)).toBe('missing');
    expect(await bootstrapAdmin(server.store.db, ADMIN_PASSWORD)).toBe('created');
    expect(await bootstrapAdmin(server.store.db, ADMIN_PASSWORD)).toBe('exists');
    admin = (await login(server.base, 'quantri', undefined, ADMIN_PASSWORD)).token;
  }, STARTUP_MS);
  afterAll(() => server?.close(), STARTUP_MS);

  const worker = {
    username: 'canbo.saigon',
    displayName: 'Trần Văn Nam',
    role: 'field_worker',
    password: 'mat-khau-can-bo-1',
    unitCodes: ['26734'],
    providerId: null,
  };

  test('the admin loads units and creates a field worker who then pulls their commune only', async () => {
    const units = await call(server.base, 'POST', '/api/units', {
      token: admin,
      json: { units: [...UNITS].reverse() },
    });
    expect(units.body).toEqual({ units: 3 });
    const created = await call(server.base, 'POST', '/api/users', { token: admin, json: worker });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      username: 'canbo.saigon',
      role: 'field_worker',
      unitCodes: ['26734'],
    });

    const roster = generateRoster({ seed: 7, size: 60, communes: UNITS.slice(1) });
    expect(
      (
        await call(server.base, 'POST', '/api/roster/changes', {
          token: admin,
          json: { upsert: roster, remove: [] },
        })
      ).status,
    ).toBe(200);
    const session = await login(server.base, 'canbo.saigon', undefined, worker.password);
    const pulled = await call<{ changes: Change[] }>(
      server.base,
      'GET',
      '/api/sync/pull?limit=500',
      { token: session.token },
    );
    const communes = pulled.body.changes.map((c) =>
      c.kind === 'beneficiary' ? c.record.communeCode : '',
    );
    expect(communes.length).toBe(roster.filter((b) => b.communeCode === '26734').length);
    expect(new Set(communes)).toEqual(new Set(['26734']));
    const users = await call<{ users: { username: string }[] }>(server.base, 'GET', '/api/users', {
      token: admin,
    });
    expect(users.body.users.map((u) => u.username)).toEqual(['canbo.saigon', 'quantri']);
  });

  test('bad accounts are refused with the field at fault, and nothing is created', async () => {
    const cases: [Record<string, unknown>, number, string, string][] = [
      [{ ...worker }, 409, 'username', 'protocol.username.taken'],
      [
        { ...worker, username: 'moi2', unitCodes: ['99999'] },
        400,
        'unitCodes.0',
        'protocol.units.unknown',
      ],
      [{ ...worker, username: 'moi3', unitCodes: [] }, 400, 'unitCodes', 'protocol.units.required'],
      [
        { ...worker, username: 'moi4', password: 'ngan' },
        400,
        'password',
        'protocol.password.tooShort',
      ],
      [
        { ...worker, username: 'moi5', role: 'provider_agent', unitCodes: [], providerId: null },
        400,
        'providerId',
        'protocol.provider.invalid',
      ],
      [
        {
          ...worker,
          username: 'moi6',
          role: 'provider_agent',
          unitCodes: [],
          providerId: 'khong-co',
        },
        400,
        'providerId',
        'protocol.provider.invalid',
      ],
      [{ ...worker, username: 'moi7', role: 'chief' }, 400, 'role', 'protocol.role.invalid'],
    ];
    for (const [json, status, path, key] of cases) {
      const res = await call<{ issues: { path: string; key: string }[] }>(
        server.base,
        'POST',
        '/api/users',
        { token: admin, json },
      );
      expect(res.status, key).toBe(status);
      expect(res.body.issues).toContainEqual(expect.objectContaining({ path, key }));
    }
    const users = await call<{ users: unknown[] }>(server.base, 'GET', '/api/users', {
      token: admin,
    });
    expect(users.body.users).toHaveLength(2);
    const badTree = await call(server.base, 'POST', '/api/units', {
      token: admin,
      json: {
        units: [{ code: '26740', name: 'Phường Bến Thành', level: 'ward', parentCode: '80' }],
      },
    });
    expect(badTree.status).toBe(400);
  });
});
