import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  coverageResponseSchema,
  deviceStatusResponseSchema,
  reviewQueueResponseSchema,
  type CoverageResponse,
  type DeviceStatusResponse,
} from '../../../src/shared/schemas/dashboard';
import { vietnamDay } from '../../../src/shared/dashboard/figures';
import { STARTUP_MS, backends, startServer, type TestServer } from '../support/harness';
import { call, login } from '../support/client';
import { DAYS, DAY_MS, seedKnownSet, type KnownSet } from './knownSet';

// Dashboard figures against a known data set: every number below was counted by hand from
// knownSet.ts (which person was visited how, by which tablet, on which day).

const zeroCash = {
  bedridden: 0,
  blind: 0,
  mental_illness: 0,
  no_one_to_authorise: 0,
  refuses: 0,
  other: 0,
};

describe.each(backends())('dashboard figures on %s', (kind) => {
  let server: TestServer;
  let known: KnownSet;

  beforeAll(async () => {
    server = await startServer(kind);
    const admin = await login(server.base, 'quantri');
    known = await seedKnownSet(server, admin.token);
  }, STARTUP_MS * 2);
  afterAll(() => server?.close(), STARTUP_MS);

  async function coverageOf(token: string, query = ''): Promise<CoverageResponse> {
    const res = await call(server.base, 'GET', `/api/dashboard/coverage${query}`, { token });
    expect(res.status).toBe(200);
    return coverageResponseSchema.parse(res.body);
  }

  test('coverage per commune, against the province and city targets', async () => {
    const figures = await coverageOf(known.sessions.gs87.token);
    expect(figures.communes).toEqual([
      {
        code: '30100',
        name: 'Phường Sa Đéc',
        provinceCode: '87',
        targetPercent: 95,
        meetsTarget: false,
        beneficiaries: 6,
        visited: 5,
        methods: { bank: 1, wallet: 1, post_office_cash: 1, cash_at_home: 1, none: 2 },
        intoAccount: 2,
        intoAccountPercent: 33.3,
        accountsOpened: 2,
        stayingOnCash: 2,
        cashReasons: { ...zeroCash, refuses: 1, bedridden: 1 },
        needsReview: 1,
      },
      {
        code: '30200',
        name: 'Xã Tân Khánh Đông',
        provinceCode: '87',
        targetPercent: 80,
        meetsTarget: false,
        beneficiaries: 5,
        visited: 2,
        methods: { bank: 2, wallet: 0, post_office_cash: 0, cash_at_home: 0, none: 3 },
        intoAccount: 2,
        intoAccountPercent: 40,
        accountsOpened: 1,
        stayingOnCash: 0,
        cashReasons: zeroCash,
        needsReview: 0,
      },
    ]);
    expect(figures.totals).toEqual({
      beneficiaries: 11,
      visited: 7,
      methods: { bank: 3, wallet: 1, post_office_cash: 1, cash_at_home: 1, none: 5 },
      intoAccount: 4,
      intoAccountPercent: 36.4,
      accountsOpened: 3,
      stayingOnCash: 2,
      cashReasons: { ...zeroCash, refuses: 1, bedridden: 1 },
      needsReview: 1,
    });
  });

  test('progress per day: visits in force and new account choices, gaps filled, up to today', async () => {
    const { progress } = await coverageOf(known.sessions.gs87.token);
    const day = (offset: number) =>
      vietnamDay(Date.parse(`${DAYS.d1}T05:00:00.000Z`) + offset * DAY_MS);
    expect(progress.slice(0, 4)).toEqual([
      { date: DAYS.d1, visits: 3, enrolled: 2, cumulativeVisits: 3, cumulativeEnrolled: 2 },
      { date: DAYS.d2, visits: 4, enrolled: 2, cumulativeVisits: 7, cumulativeEnrolled: 4 },
      { date: day(2), visits: 0, enrolled: 0, cumulativeVisits: 7, cumulativeEnrolled: 4 },
      { date: DAYS.d3, visits: 2, enrolled: 0, cumulativeVisits: 9, cumulativeEnrolled: 4 },
    ]);
    expect(progress.map((p) => p.date)).toEqual([0, 1, 2, 3, 4, 5].map(day));
    expect(progress.at(-1)).toMatchObject({ date: vietnamDay(Date.now()), cumulativeVisits: 9 });
  });

  test('a province target applies to its communes; the admin narrows to one unit', async () => {
    const figures = await coverageOf(known.sessions.admin.token, '?unit=91');
    expect(figures.communes).toHaveLength(1);
    expect(figures.communes[0]).toMatchObject({
      code: '31000',
      provinceCode: '91',
      targetPercent: 90,
      beneficiaries: 1,
      intoAccount: 1,
      intoAccountPercent: 100,
      meetsTarget: true,
      accountsOpened: 1,
    });
  });

  test('per device and per worker: last sync, pending, oldest age, version, storage, error, stale', async () => {
    const res = await call(server.base, 'GET', '/api/dashboard/devices', {
      token: known.sessions.gs87.token,
    });
    expect(res.status).toBe(200);
    const body: DeviceStatusResponse = deviceStatusResponseSchema.parse(res.body);
    expect(body.rule).toEqual({ noContactHours: 72, oldestPendingHours: 48 });
    const byUser = Object.fromEntries(body.devices.map((d) => [d.username, d]));
    expect(Object.keys(byUser).sort()).toEqual(['fw1', 'fw2']);
    const fw1 = byUser.fw1!;
    expect(fw1).toMatchObject({
      deviceId: known.sessions.fw1.deviceId,
      pendingCount: 3,
      appVersion: '1.4.0',
      storageUsedBytes: 52_428_800,
      storageQuotaBytes: 1_073_741_824,
      lastError: 'Không tới được máy chủ',
      staleReasons: ['pending_too_old'],
    });
    expect(fw1.oldestPendingAgeSeconds).toBeGreaterThanOrEqual(3 * 86_400);
    expect(fw1.oldestPendingAgeSeconds).toBeLessThan(3 * 86_400 + 120);
    expect(Date.now() - Date.parse(fw1.lastSyncAt!)).toBeLessThan(120_000);
    const fw2 = byUser.fw2!;
    expect(fw2).toMatchObject({
      pendingCount: 0,
      oldestPendingAt: null,
      oldestPendingAgeSeconds: null,
      appVersion: '1.3.2',
      staleReasons: ['no_contact'],
    });
    expect(Math.round((Date.now() - Date.parse(fw2.lastContactAt)) / DAY_MS)).toBe(4);

    expect(
      body.workers.map((w) => [
        w.username,
        w.deviceCount,
        w.pendingCount,
        w.visits,
        w.staleReasons,
      ]),
    ).toEqual([
      ['fw1', 1, 3, 10, ['pending_too_old']],
      ['fw2', 1, 0, 1, ['no_contact']],
      ['fw4', 0, 0, 0, ['no_contact']],
    ]);
    const fw4 = body.workers.find((w) => w.username === 'fw4')!;
    expect(fw4).toMatchObject({
      lastSyncAt: null,
      oldestPendingAgeSeconds: null,
      lastVisitAt: null,
    });
  });

  test('the review queue names the person and both choices; resolving records who and when', async () => {
    const token = known.sessions.gs87.token;
    const queue = reviewQueueResponseSchema.parse(
      (await call(server.base, 'GET', '/api/dashboard/reviews', { token })).body,
    );
    expect(queue.total).toBe(1);
    expect(queue.reviews).toHaveLength(1);
    const review = queue.reviews[0]!;
    expect(review).toMatchObject({
      id: known.flagId,
      beneficiaryId: known.people.b1,
      beneficiaryName: 'Người Thử 30100 1',
      communeCode: '30100',
      communeName: 'Phường Sa Đéc',
    });
    expect(review.visits.map((v) => [v.workerUsername, v.method])).toEqual([
      ['fw1', 'bank'],
      ['fw2', 'wallet'],
    ]);

    // Another province's supervisor cannot see or settle it.
    const other = await call(server.base, 'POST', `/api/reviews/${known.flagId}/resolve`, {
      token: known.sessions.gs91.token,
    });
    expect(other.status).toBe(404);

    const before = Date.now();
    const done = await call<{ resolvedAt: string; resolvedBy: string }>(
      server.base,
      'POST',
      `/api/reviews/${known.flagId}/resolve`,
      { token },
    );
    expect(done.status).toBe(200);
    expect(done.body.resolvedBy).toBe('gs87');
    expect(Date.parse(done.body.resolvedAt)).toBeGreaterThanOrEqual(before - 1000);
    const row = await server.store.db
      .selectFrom('review_flags as r')
      .innerJoin('users as u', 'u.id', 'r.resolved_by')
      .select(['u.username', 'r.resolved_at'])
      .where('r.id', '=', known.flagId)
      .executeTakeFirstOrThrow();
    expect(row.username).toBe('gs87');
    expect(row.resolved_at?.toISOString()).toBe(done.body.resolvedAt);

    const again = await call(server.base, 'POST', `/api/reviews/${known.flagId}/resolve`, {
      token,
    });
    expect(again.status).toBe(409);
    const after = await call<{ total: number }>(server.base, 'GET', '/api/dashboard/reviews', {
      token,
    });
    expect(after.body.total).toBe(0);
    expect((await coverageOf(token)).totals.needsReview).toBe(0);
  });
});
