import { createHash, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { newId } from '../../src/shared/ids';
import type { Role } from '../../src/shared/schemas/auth';
import {
  STARTUP_MS,
  addUser,
  backends,
  beneficiaryIn,
  startServer,
  type TestServer,
} from './support/harness';
import { call, login, mutationOf, visitBy, type Reply, type Session } from './support/client';
import { matrixEntries, type Caller, type MatrixContext } from './support/authzMatrix';

// Every route in the OpenAPI document × every kind of caller, with the status each must get.
// A route added without a row in the matrix (support/authzMatrix.ts) fails the first test.

const CALLERS: Caller[] = [
  'anonymous',
  'field_worker',
  'provider_agent',
  'supervisor',
  'admin',
  'revoked_device',
  'wrong_unit',
];
const USERNAMES: Record<Role, string> = {
  field_worker: 'canbo',
  provider_agent: 'nganhang',
  supervisor: 'giamsat',
  admin: 'quantri',
};

describe.each(backends())('authorisation matrix on %s', (kind) => {
  let server: TestServer;
  const sessions = {} as Record<Exclude<Caller, 'anonymous'>, Session>;
  let ctx: MatrixContext;

  beforeAll(async () => {
    server = await startServer(kind, {
      rateLimits: { loginPerUsername: 10_000, loginPerIp: 10_000, writePerUser: 10_000 },
    });
    for (const [role, username] of Object.entries(USERNAMES)) {
      sessions[role as Role] = await login(server.base, username);
    }
    // A field worker of another commune (outside canbo's 06004 and 06037).
    await addUser(server.store, { username: 'canbo.khac', role: 'field_worker', units: ['05977'] });
    sessions.wrong_unit = await login(server.base, 'canbo.khac');
    // A tablet of canbo revoked by the admin: every call from it must be refused with a wipe.
    sessions.revoked_device = await login(server.base, 'canbo');
    const revoked = await call(
      server.base,
      'POST',
      `/api/devices/${sessions.revoked_device.deviceId}/revoke`,
      { token: sessions.admin.token },
    );
    expect(revoked.status).toBe(200);
    ctx = {
      server,
      sessions,
      login: (username, deviceId) => login(server.base, username, deviceId ?? randomUUID()),
      beneficiaryIn: (commune, skip) => beneficiaryIn(server.store, commune, skip),
      pushVisit: (s, b, commune) => ({
        deviceId: s.deviceId,
        mutations: [mutationOf(s, visitBy(s, b, commune))],
      }),
      photo: () => {
        const bytes = new Uint8Array([
          0xff,
          0xd8,
          0xff,
          0xe0,
          ...randomUUID()
            .split('')
            .map((c) => c.charCodeAt(0)),
        ]);
        return { bytes, sha256: createHash('sha256').update(bytes).digest('hex'), id: newId() };
      },
    };
  }, STARTUP_MS);
  afterAll(() => server?.close(), STARTUP_MS);

  test('every documented route has a row in the matrix, and every row a route', async () => {
    const doc = await call<{ paths: Record<string, Record<string, unknown>> }>(
      server.base,
      'GET',
      '/api/openapi.json',
    );
    const documented = Object.entries(doc.body.paths)
      .flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`))
      .sort();
    expect(documented.length).toBeGreaterThan(10);
    expect(Object.keys(matrixEntries).sort()).toEqual(documented);
  });

  const table = Object.keys(matrixEntries).flatMap((route) =>
    CALLERS.map((caller) => [route, caller] as const),
  );

  test.each(table)('%s as %s', async (route, caller) => {
    const entry = matrixEntries[route]!;
    const session = caller === 'anonymous' ? undefined : sessions[caller];
    const request = await entry.request(ctx, caller, session);
    const res: Reply = await call(server.base, route.split(' ')[0]!, request.url, {
      token: request.noToken ? undefined : session?.token,
      ...(request.json !== undefined ? { json: request.json } : {}),
      ...(request.raw ? { raw: request.raw, contentType: request.contentType } : {}),
    });
    const expected = entry.expect(caller);
    expect(res.status, JSON.stringify(res.body).slice(0, 400)).toBe(expected.status);
    if (expected.error) expect(res.body.error).toBe(expected.error);
    if (caller === 'revoked_device' && expected.error === 'device_revoked') {
      expect(res.body.wipe).toBe(true);
    }
    await entry.check?.(ctx, caller, res);
  });
});
