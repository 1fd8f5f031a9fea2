import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { TokenKeys } from '../../src/server/auth/tokens';
import {
  addUser,
  backends,
  STARTUP_MS,
  startServer,
  TEST_TOKEN_SECRET,
  type TestServer,
} from './support/harness';
import { call, login } from './support/client';

// Accounts and devices: passwords, lockout, short-lived tokens renewed by a device-bound refresh
// token, and revocation that tells a lost tablet to wipe itself.

describe.each(backends())('accounts and devices on %s', (kind) => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startServer(kind, { loginLimits: { accountMaxFailures: 3, ipMaxFailures: 8 } });
    await addUser(server.store, { username: 'lockme', role: 'field_worker', units: ['06004'] });
  }, STARTUP_MS);
  afterAll(() => server?.close(), STARTUP_MS);

  // The server trusts X-Forwarded-For from loopback (a reverse proxy), so each test can act
  // from its own address and the per-address limit of one does not spill into the others.
  const loginAs = (
    username: string,
    password: string,
    ip = '198.51.100.1',
    deviceId: string = randomUUID(),
  ) =>
    call(server.base, 'POST', '/api/auth/login', {
      json: { username, password, deviceId, deviceLabel: 'Máy thử' },
      headers: { 'x-forwarded-for': ip },
    });

  test('the device key-wrapping secret: same at every login of a device, never on refresh, gone on revoke', async () => {
    const deviceId = randomUUID();
    const first = await login(server.base, 'canbo', deviceId);
    expect(first.wrapSecret).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const again = await login(server.base, 'canbo', deviceId);
    expect(again.wrapSecret).toBe(first.wrapSecret);
    expect((await login(server.base, 'canbo')).wrapSecret).not.toBe(first.wrapSecret);
    const refreshed = await call(server.base, 'POST', '/api/auth/refresh', {
      json: { refreshToken: again.refreshToken, deviceId },
    });
    expect(refreshed.status).toBe(200);
    expect(refreshed.body).not.toHaveProperty('wrapSecret');
    const admin = await login(server.base, 'quantri');
    const revoked = await call(server.base, 'POST', `/api/devices/${deviceId}/revoke`, {
      token: admin.token,
    });
    expect(revoked.status).toBe(200);
    const row = await server.store.db
      .selectFrom('devices')
      .select('wrap_secret')
      .where('id', '=', deviceId)
      .executeTakeFirstOrThrow();
    expect(row.wrap_secret).toBeNull();
    expect((await loginAs('canbo', 'ghidanh-demo', '198.51.100.77', deviceId)).status).toBe(403);
  });

  test('login registers the device and returns tokens and the units the user may see', async () => {
    const session = await login(server.base, 'canbo');
    expect(session.user).toMatchObject({
      username: 'canbo',
      role: 'field_worker',
      unitCodes: ['06004', '06037'],
    });
    expect(Date.parse(session.accessExpiresAt) - Date.now()).toBeLessThanOrEqual(15 * 60_000);
    const device = await server.store.db
      .selectFrom('devices')
      .selectAll()
      .where('id', '=', session.deviceId)
      .executeTakeFirst();
    expect(device?.label).toBe('Máy của canbo');
    // Capitals and stray spaces typed on a tablet keyboard are forgiven.
    expect((await loginAs(' CanBo ', 'ghidanh-demo', '198.51.100.30')).status).toBe(200);
    const me = await call(server.base, 'GET', '/api/me', { token: session.token });
    expect(me.body).toMatchObject({ username: 'canbo' });
    const supervisor = await login(server.base, 'giamsat');
    expect(supervisor.user.unitCodes).toHaveLength(16); // the province and its 15 communes and wards
  });

  test('a wrong password or unknown user gets the same 401 with a Vietnamese message', async () => {
    const wrong = await loginAs('canbo', 'sai-mat-khau');
    const unknown = await loginAs('khongco', 'sai-mat-khau');
    for (const res of [wrong, unknown]) {
      expect(res.status).toBe(401);
      expect(res.body).toEqual({
        error: 'invalid_credentials',
        message: 'Tên đăng nhập hoặc mật khẩu không đúng.',
      });
    }
  });

  test('repeated wrong passwords lock the account, even against the right password', async () => {
    for (let i = 0; i < 3; i++) {
      expect((await loginAs('lockme', 'sai-mat-khau', '198.51.100.2')).status).toBe(401);
    }
    const locked = await loginAs('lockme', 'ghidanh-demo', '198.51.100.3');
    expect(locked.status).toBe(429);
    expect(locked.body.error).toBe('account_locked');
    expect(Number(locked.headers.get('retry-after'))).toBeGreaterThan(0);
    // Other accounts are not affected by one account's lock.
    expect((await loginAs('canbo', 'ghidanh-demo', '198.51.100.3')).status).toBe(200);
  });

  test('one address failing across many accounts is slowed down', async () => {
    const ip = '203.0.113.9';
    for (let i = 0; i < 8; i++) expect((await loginAs(`nobody${i}`, 'x', ip)).status).toBe(401);
    const blocked = await loginAs('canbo', 'ghidanh-demo', ip);
    expect(blocked.status).toBe(429);
    expect(blocked.body.error).toBe('too_many_attempts');
    expect((await loginAs('canbo', 'ghidanh-demo', '203.0.113.10')).status).toBe(200);
  });

  test('an access token lasts 15 minutes; an expired or forged one gets 401', async () => {
    const session = await login(server.base, 'canbo');
    const keys = new TokenKeys(TEST_TOKEN_SECRET);
    const claims = {
      userId: session.user.id,
      deviceId: session.deviceId,
      sessionId: 'x',
      role: 'field_worker' as const,
    };
    const old = await keys.issue(claims, Date.now() - 16 * 60_000);
    const expired = await call(server.base, 'GET', '/api/me', { token: old.token });
    expect(expired.status).toBe(401);
    expect(expired.body.error).toBe('token_expired');
    const forged = await new TokenKeys('another-secret-another-secret-another').issue(claims);
    expect((await call(server.base, 'GET', '/api/me', { token: forged.token })).body.error).toBe(
      'unauthenticated',
    );
    expect((await call(server.base, 'GET', '/api/me')).status).toBe(401);
  });

  test('the refresh token renews the session on its own device only, and is replaced each time', async () => {
    const session = await login(server.base, 'canbo');
    const refresh = (refreshToken: string, deviceId = session.deviceId) =>
      call<{ accessToken: string; refreshToken: string; error?: string }>(
        server.base,
        'POST',
        '/api/auth/refresh',
        {
          json: { refreshToken, deviceId },
        },
      );
    expect((await refresh(session.refreshToken, randomUUID())).status).toBe(401);
    const renewed = await refresh(session.refreshToken);
    expect(renewed.status).toBe(200);
    expect(renewed.body.refreshToken).not.toBe(session.refreshToken);
    expect(
      (await call(server.base, 'GET', '/api/me', { token: renewed.body.accessToken })).status,
    ).toBe(200);
    // The answer to that renewal may have been lost: the old token still works once, briefly.
    const retried = await refresh(session.refreshToken);
    expect(retried.status).toBe(200);
    // Logging out ends the session for good.
    await call(server.base, 'POST', '/api/auth/logout', {
      json: { refreshToken: retried.body.refreshToken },
    });
    expect((await refresh(retried.body.refreshToken)).body.error).toBe('invalid_refresh');
  });

  test('a revoked device is told to wipe on every next contact, and cannot log in again', async () => {
    const tablet = await login(server.base, 'canbo');
    const admin = await login(server.base, 'quantri');
    const revoke = await call(server.base, 'POST', `/api/devices/${tablet.deviceId}/revoke`, {
      token: admin.token,
    });
    expect(revoke.status).toBe(200);
    expect(revoke.body.revokedAt).toEqual(expect.any(String));
    const heartbeat = {
      deviceId: tablet.deviceId,
      pendingCount: 3,
      oldestPendingAgeSeconds: 60,
      appVersion: '0.1.0',
      storageUsedBytes: 1000,
      storageQuotaBytes: null,
      lastError: null,
    };
    const contacts = [
      call(server.base, 'GET', '/api/sync/pull', { token: tablet.token }),
      call(server.base, 'POST', '/api/sync/heartbeat', { token: tablet.token, json: heartbeat }),
      call(server.base, 'POST', '/api/sync/push', {
        token: tablet.token,
        json: { deviceId: tablet.deviceId, mutations: [] },
      }),
      call(server.base, 'POST', '/api/auth/refresh', {
        json: { refreshToken: tablet.refreshToken, deviceId: tablet.deviceId },
      }),
      loginAs('canbo', 'ghidanh-demo', '198.51.100.20', tablet.deviceId),
    ];
    for (const res of await Promise.all(contacts)) {
      expect(res.status).toBe(403);
      expect(res.body).toMatchObject({ error: 'device_revoked', wipe: true });
    }
    // The same person on a fresh device is fine.
    expect((await loginAs('canbo', 'ghidanh-demo', '198.51.100.20')).status).toBe(200);
  });
});
