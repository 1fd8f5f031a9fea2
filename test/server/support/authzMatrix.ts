import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import type { Role } from '../../../src/shared/schemas/auth';
import type { Change } from '../../../src/shared/schemas/sync';
import type { TestServer } from './harness';
import { call, type Reply, type Session } from './client';

// The authorisation matrix: for each documented route (as the OpenAPI document spells it), a
// valid request and the status each kind of caller must get. Roles are written out here, not
// read from the route declarations, so a route that opens up by mistake fails.

export type Caller = Role | 'anonymous' | 'revoked_device' | 'wrong_unit';

export interface MatrixContext {
  server: TestServer;
  sessions: Record<Exclude<Caller, 'anonymous'>, Session>;
  login(username: string, deviceId?: string): Promise<Session>;
  beneficiaryIn(commune: string, skip?: number): Promise<string>;
  pushVisit(s: Session, beneficiaryId: string, commune: string): unknown;
  photo(): { bytes: Uint8Array; sha256: string; id: string };
}

export interface MatrixRequest {
  url: string;
  json?: unknown;
  raw?: Uint8Array;
  contentType?: string;
  noToken?: boolean;
}

interface Expected {
  status: number;
  error?: string;
}

export interface MatrixEntry {
  request(ctx: MatrixContext, caller: Caller, session: Session | undefined): Promise<MatrixRequest>;
  expect(caller: Caller): Expected;
  /** Further checks on the answer, e.g. that a caller of another commune saw none of ours. */
  check?(ctx: MatrixContext, caller: Caller, res: Reply): Promise<void> | void;
}

const ALL: Role[] = ['field_worker', 'provider_agent', 'supervisor', 'admin'];

/** A route that needs a token: 401 without, wipe for a revoked device, 403 for other roles. */
function guarded(allowed: Role[], ok = 200, wrongUnit: Expected = { status: ok }) {
  return (caller: Caller): Expected => {
    if (caller === 'anonymous') return { status: 401, error: 'unauthenticated' };
    if (caller === 'revoked_device') return { status: 403, error: 'device_revoked' };
    if (caller === 'wrong_unit') {
      return allowed.includes('field_worker')
        ? wrongUnit
        : { status: 403, error: 'forbidden_role' };
    }
    return allowed.includes(caller) ? { status: ok } : { status: 403, error: 'forbidden_role' };
  };
}

const fixed = (url: string, json?: unknown) => async (): Promise<MatrixRequest> => ({ url, json });

/** A new, empty roster import made by the admin (for the routes that act on one). */
async function adminImport(ctx: MatrixContext, reported = false): Promise<string> {
  const token = ctx.sessions.admin.token;
  const made = await call<{ importId: string }>(ctx.server.base, 'POST', '/api/roster/imports', {
    token,
    json: { fileName: 'matrix.csv' },
  });
  const id = made.body.importId;
  if (reported) {
    await call(ctx.server.base, 'POST', `/api/roster/imports/${id}/report`, { token, json: {} });
  }
  return id;
}

/** An export the office made of commune 06004's changes (for the download route). */
async function adminExport(ctx: MatrixContext): Promise<string> {
  const res = await call(ctx.server.base, 'POST', '/api/exports', {
    token: ctx.sessions.admin.token,
    json: { list: 'commune_changes', format: 'csv', communeCode: '06004' },
  });
  return res.headers.get('x-export-id') ?? '';
}

export const matrixEntries: Record<string, MatrixEntry> = {
  'POST /api/auth/login': {
    // Public; a revoked tablet may not sign in again.
    request: async (ctx, caller) => ({
      url: '/api/auth/login',
      noToken: true,
      json: {
        username: 'canbo',
        password: 'ghidanh-demo',
        deviceId: caller === 'revoked_device' ? ctx.sessions.revoked_device.deviceId : randomUUID(),
        deviceLabel: 'Máy thử',
      },
    }),
    expect: (caller) =>
      caller === 'revoked_device' ? { status: 403, error: 'device_revoked' } : { status: 200 },
  },
  'POST /api/auth/refresh': {
    request: async (ctx, caller) => {
      const s =
        caller === 'revoked_device' ? ctx.sessions.revoked_device : await ctx.login('canbo');
      return {
        url: '/api/auth/refresh',
        noToken: true,
        json: { refreshToken: s.refreshToken, deviceId: s.deviceId },
      };
    },
    expect: (caller) =>
      caller === 'revoked_device' ? { status: 403, error: 'device_revoked' } : { status: 200 },
  },
  'POST /api/auth/logout': {
    request: async (ctx) => ({
      url: '/api/auth/logout',
      noToken: true,
      json: { refreshToken: (await ctx.login('canbo')).refreshToken },
    }),
    expect: () => ({ status: 200 }),
  },
  'POST /api/csp-report': {
    request: fixed('/api/csp-report', {
      'csp-report': { 'effective-directive': 'img-src', 'blocked-uri': 'https://example.com/x' },
    }),
    expect: () => ({ status: 202 }),
  },
  'GET /api/me': { request: fixed('/api/me'), expect: guarded(ALL) },
  'GET /api/units': {
    request: fixed('/api/units'),
    expect: guarded(ALL),
    check: (_ctx, caller, res) => {
      const codes = (res.body.units as { code: string }[] | undefined)?.map((u) => u.code) ?? [];
      if (caller === 'wrong_unit') expect(codes).toEqual(['05977']);
      if (caller === 'field_worker') expect(codes).toEqual(['06004', '06037']);
    },
  },
  'POST /api/units': {
    request: fixed('/api/units', {
      units: [{ code: '20', name: 'Tỉnh Lạng Sơn', level: 'province', parentCode: null }],
    }),
    expect: guarded(['admin']),
  },
  'GET /api/users': { request: fixed('/api/users'), expect: guarded(['admin']) },
  'POST /api/users': {
    request: async () => ({
      url: '/api/users',
      json: {
        username: `moi.${randomUUID().slice(0, 8)}`,
        displayName: 'Người Mới',
        role: 'supervisor',
        password: 'mat-khau-moi-123',
        unitCodes: ['06004'],
        providerId: null,
      },
    }),
    expect: guarded(['admin'], 201),
  },
  'GET /api/devices': {
    request: fixed('/api/devices'),
    expect: guarded(['supervisor', 'admin']),
  },
  'POST /api/devices/{id}/revoke': {
    // A throw-away tablet each time, so the admin's success revokes nothing the matrix needs.
    request: async (ctx) => ({
      url: `/api/devices/${(await ctx.login('nganhang')).deviceId}/revoke`,
    }),
    expect: guarded(['admin']),
  },
  'GET /api/reviews': {
    request: fixed('/api/reviews'),
    expect: guarded(['supervisor', 'admin']),
  },
  'GET /api/dashboard/coverage': {
    request: fixed('/api/dashboard/coverage'),
    expect: guarded(['supervisor', 'admin']),
  },
  'GET /api/dashboard/devices': {
    request: fixed('/api/dashboard/devices'),
    expect: guarded(['supervisor', 'admin']),
  },
  'GET /api/dashboard/reviews': {
    request: fixed('/api/dashboard/reviews'),
    expect: guarded(['supervisor', 'admin']),
  },
  'POST /api/reviews/{id}/resolve': {
    // No such review: the office roles get as far as the lookup.
    request: async () => ({ url: `/api/reviews/${randomUUID()}/resolve` }),
    expect: guarded(['supervisor', 'admin'], 404),
  },
  'GET /api/settings/coverage-targets': {
    request: fixed('/api/settings/coverage-targets'),
    expect: guarded(['supervisor', 'admin']),
  },
  'PUT /api/settings/coverage-target': {
    request: fixed('/api/settings/coverage-target', { unitCode: '20', percent: null }),
    expect: guarded(['admin']),
  },
  'POST /api/roster/changes': {
    request: fixed('/api/roster/changes', { upsert: [], remove: [] }),
    expect: guarded(['admin']),
  },
  'POST /api/backups': {
    request: async (ctx) => ({
      url: '/api/backups',
      json: {
        format: 'ghidanh-backup',
        version: 1,
        exportedAt: new Date().toISOString(),
        deviceId: ctx.sessions.field_worker.deviceId,
        appVersion: '0.1.0',
        mutations: [],
        attachments: [],
      },
    }),
    expect: guarded(['admin']),
  },
  'POST /api/sync/push': {
    // Always a visit in canbo's commune 06004: the worker of another commune is refused per record.
    request: async (ctx, _caller, s) => {
      const b = await ctx.beneficiaryIn('06004', 11);
      return { url: '/api/sync/push', json: s ? ctx.pushVisit(s, b, '06004') : {} };
    },
    // Provider agents may push (their account steps); a visit from one is refused per record.
    expect: guarded(['field_worker', 'provider_agent']),
    check: (_ctx, caller, res) => {
      const results = res.body.results as { status: string; errors?: { key: string }[] }[];
      if (caller === 'field_worker') expect(results[0]?.status).toBe('applied');
      if (caller === 'provider_agent') {
        expect(results[0]).toMatchObject({
          status: 'rejected',
          errors: [{ key: 'protocol.mutation.roleDenied' }],
        });
      }
      if (caller === 'wrong_unit') {
        expect(results[0]).toMatchObject({
          status: 'rejected',
          errors: [{ key: 'protocol.mutation.outOfScope' }],
        });
      }
    },
  },
  'GET /api/sync/pull': {
    request: fixed('/api/sync/pull?limit=500'),
    expect: guarded(ALL),
    check: (_ctx, caller, res) => {
      if (caller !== 'wrong_unit') return;
      const changes = res.body.changes as Change[];
      const communes = changes.flatMap((c) =>
        c.kind === 'beneficiary' || c.kind === 'visit' ? [c.record.communeCode] : [],
      );
      expect(communes.length).toBeGreaterThan(0);
      expect(communes.every((c) => c === '05977')).toBe(true);
    },
  },
  'POST /api/sync/heartbeat': {
    request: async (_ctx, _caller, s) => ({
      url: '/api/sync/heartbeat',
      json: {
        deviceId: s?.deviceId ?? randomUUID(),
        pendingCount: 0,
        oldestPendingAgeSeconds: null,
        appVersion: '0.1.0',
        storageUsedBytes: 0,
        storageQuotaBytes: null,
        lastError: null,
      },
    }),
    expect: guarded(ALL),
  },
  'POST /api/rights-requests': {
    // A withdrawal for someone in canbo's commune 06004, received in the future so the job leaves
    // it pending; the worker of another commune is refused by scope, providers by role.
    request: async (ctx) => ({
      url: '/api/rights-requests',
      json: {
        id: randomUUID(),
        beneficiaryId: await ctx.beneficiaryIn('06004', 12),
        kind: 'withdraw_consent',
        requestedBy: 'beneficiary',
        channel: 'in_person',
        receivedAt: new Date(Date.now() + 86_400_000).toISOString(),
        note: '',
      },
    }),
    expect: guarded(['field_worker', 'supervisor', 'admin'], 201, {
      status: 403,
      error: 'forbidden_scope',
    }),
  },
  'GET /api/rights-requests': {
    request: fixed('/api/rights-requests'),
    expect: guarded(['field_worker', 'supervisor', 'admin']),
    check: (_ctx, caller, res) => {
      if (caller === 'wrong_unit') expect(res.body.requests).toEqual([]);
    },
  },
  'PUT /api/attachments/{sha256}': {
    request: async (ctx) => {
      const p = ctx.photo();
      return {
        url: `/api/attachments/${p.sha256}?id=${p.id}&kind=signature`,
        raw: p.bytes,
        contentType: 'image/jpeg',
      };
    },
    expect: guarded(['field_worker']),
  },
  'POST /api/roster/imports': {
    request: fixed('/api/roster/imports', { fileName: 'danh-sach.csv' }),
    expect: guarded(['admin'], 201),
  },
  'POST /api/roster/imports/{id}/rows': {
    request: async (ctx) => ({
      url: `/api/roster/imports/${await adminImport(ctx)}/rows`,
      json: { rows: [], held: [] },
    }),
    expect: guarded(['admin']),
  },
  'POST /api/roster/imports/{id}/report': {
    request: async (ctx) => ({
      url: `/api/roster/imports/${await adminImport(ctx)}/report`,
      json: {},
    }),
    expect: guarded(['admin']),
  },
  'POST /api/roster/imports/{id}/commit': {
    // An empty import of nothing: committing it changes no one, whoever is allowed to.
    request: async (ctx) => {
      const id = await adminImport(ctx, true);
      const report = await call<{ rosterVersion: string }>(
        ctx.server.base,
        'POST',
        `/api/roster/imports/${id}/report`,
        { token: ctx.sessions.admin.token, json: {} },
      );
      return {
        url: `/api/roster/imports/${id}/commit`,
        json: { rosterVersion: report.body.rosterVersion },
      };
    },
    expect: guarded(['admin']),
  },
  'POST /api/exports': {
    // VietinBank's registration list: the office and the bank's own agent may make it.
    request: fixed('/api/exports', {
      list: 'registrations',
      format: 'csv',
      providerId: 'vietinbank-ls',
    }),
    expect: guarded(['admin', 'provider_agent']),
  },
  'GET /api/exports': {
    request: fixed('/api/exports'),
    expect: guarded(['admin', 'supervisor', 'provider_agent']),
  },
  'GET /api/exports/options': {
    request: fixed('/api/exports/options'),
    expect: guarded(['admin', 'supervisor', 'provider_agent']),
  },
  'GET /api/exports/{id}/file': {
    // A commune's changes list goes to the providers paying there (VietinBank serves 06004), its
    // supervisor and the office; field workers never download lists.
    request: async (ctx) => ({ url: `/api/exports/${await adminExport(ctx)}/file` }),
    expect: guarded(['admin', 'supervisor', 'provider_agent']),
  },
  'GET /api/audit': {
    request: fixed('/api/audit'),
    expect: guarded(['admin']),
  },
  'GET /api/audit/export': {
    request: fixed('/api/audit/export?format=csv'),
    expect: guarded(['admin']),
  },
};
