import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildApp } from '../../src/server/app';
import { logSerializers } from '../../src/server/http/logging';
import { CONTENT_SECURITY_POLICY } from '../../src/server/http/security';
import { ID_MALE_1948 } from '../shared/schemas/samples';
import {
  STARTUP_MS,
  backends,
  beneficiaryIn,
  startServer,
  type TestServer,
} from './support/harness';
import { call, login, mutationOf, push, visitBy } from './support/client';

// Security headers, request-rate limits, body size limits and what reaches the log, over HTTP.

const VIETNAMESE = /[àáảãạăâđêôơư]/;

describe.each(backends())('hardening on %s', (kind) => {
  let server: TestServer;
  const logLines: string[] = [];

  beforeAll(async () => {
    const stream = new PassThrough();
    stream.on('data', (chunk: Buffer) => logLines.push(...chunk.toString().split('\n')));
    server = await startServer(kind, {
      logStream: stream,
      rateLimits: { loginPerUsername: 3, writePerUser: 2, writePerIp: 1000 },
    });
  }, STARTUP_MS);
  afterAll(() => server?.close(), STARTUP_MS);

  test('every answer carries the security headers; no HSTS without TLS', async () => {
    for (const url of ['/api/health', '/api/me', '/api/nothing-here']) {
      const res = await call(server.base, 'GET', url);
      const csp = res.headers.get('content-security-policy') ?? '';
      expect(csp, url).toContain("default-src 'self'");
      expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).not.toContain('unsafe-inline');
      expect(res.headers.get('referrer-policy')).toBe('no-referrer');
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('x-frame-options')).toBe('DENY');
      expect(res.headers.get('permissions-policy')).toContain('camera=(self)');
      expect(res.headers.get('strict-transport-security')).toBeNull();
    }
  });

  test('sign-in is limited per account name: 429 in Vietnamese with Retry-After', async () => {
    const attempt = () =>
      call(server.base, 'POST', '/api/auth/login', {
        json: {
          username: 'nganhang',
          password: 'ghidanh-demo',
          deviceId: crypto.randomUUID(),
          deviceLabel: 'Máy thử',
        },
      });
    for (let i = 0; i < 3; i++) expect((await attempt()).status).toBe(200);
    const refused = await attempt();
    expect(refused.status).toBe(429);
    expect(refused.body.error).toBe('rate_limited');
    expect(refused.body.message).toMatch(VIETNAMESE);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    // Another account from the same address is not held up.
    expect((await login(server.base, 'giamsat')).accessToken).toEqual(expect.any(String));
  });

  test('writes are limited per user, sync pushes are not held to the same budget', async () => {
    const admin = await login(server.base, 'quantri');
    const units = { units: [] as unknown[] };
    const write = () =>
      call(server.base, 'POST', '/api/units', { token: admin.token, json: units });
    expect((await write()).status).not.toBe(429);
    expect((await write()).status).not.toBe(429);
    const refused = await write();
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toMatch(/^\d+$/);

    const worker = await login(server.base, 'canbo');
    const b = await beneficiaryIn(server.store, '06004', 7);
    for (let i = 0; i < 4; i++) {
      const res = await push(server.base, worker, [
        mutationOf(worker, visitBy(worker, b, '06004')),
      ]);
      expect(res.status).toBe(200);
    }
  });

  test('a body over the global limit is refused with 413 before it is read', async () => {
    const res = await call(server.base, 'POST', '/api/auth/logout', {
      raw: JSON.stringify({ refreshToken: 'x'.repeat(1_100_000) }),
    });
    expect(res.status).toBe(413);
    expect(res.body.error).toBe('payload_too_large');
  });

  test('no personal data, token or query string reaches the log', async () => {
    const worker = await login(server.base, 'canbo');
    const b = await beneficiaryIn(server.store, '06037', 5);
    const planted = {
      name: 'Nguyễn Thị Cắmcờ',
      phone: '0987654321',
      account: '777788889999',
      note: 'ghi-chu-bi-mat-xyz',
    };
    const payload = visitBy(worker, b, '06037', {
      beneficiaryPhone: planted.phone,
      notes: planted.note,
      payment: {
        method: 'bank',
        bankBin: '970415',
        accountNumber: planted.account,
        accountHolder: planted.name,
      },
    });
    expect((await push(server.base, worker, [mutationOf(worker, payload)])).status).toBe(200);
    // Personal data in a query string, and a rejected body quoting it.
    await call(server.base, 'GET', `/api/sync/pull?cursor=0&phone=${planted.phone}`, {
      token: worker.token,
    });
    await call(server.base, 'POST', '/api/sync/push', {
      token: worker.token,
      raw: `{"deviceId": "${planted.name}", "idNumber": "${ID_MALE_1948}"`,
    });
    await new Promise((r) => setTimeout(r, 50));
    const log = logLines.join('\n');
    expect(log).toContain('/api/sync/push'); // the log is really being written
    for (const value of [...Object.values(planted), ID_MALE_1948, worker.token, 'ghidanh-demo']) {
      expect(log).not.toContain(value);
    }
    expect(log).not.toMatch(/authorization/i);
    expect(log).not.toContain('cursor=');
  });
});

describe('error log lines', () => {
  test('a database error quoting a row is masked: no ID number, phone or detail', () => {
    const error = Object.assign(
      new Error(`duplicate key value violates unique constraint: (id_number)=(${ID_MALE_1948})`),
      { code: '23505', detail: 'Key (phone)=(0912345678) already exists.' },
    );
    const line = JSON.stringify(logSerializers.err(error));
    expect(line).toContain('23505');
    expect(line).not.toContain(ID_MALE_1948);
    expect(line).not.toContain('0912345678');
    expect(line).not.toContain('detail');
  });

  test('the policy names only our own origin for scripts, frames and connections', () => {
    expect(CONTENT_SECURITY_POLICY.scriptSrc).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(CONTENT_SECURITY_POLICY.connectSrc).toEqual(["'self'"]);
  });
});

describe('behind TLS', () => {
  test('HSTS is sent and insecure requests are upgraded', async () => {
    const app = await buildApp({ tls: true });
    const res = await app.inject({ method: 'GET', url: '/api/health' });
    await app.close();
    expect(res.headers['strict-transport-security']).toContain('max-age=31536000');
    expect(res.headers['content-security-policy']).toContain('upgrade-insecure-requests');
  });
});
