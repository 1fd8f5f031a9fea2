import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DEMO_UNITS } from '../../../src/shared/demo';
import { STARTUP_MS, backends, startServer, type TestServer } from '../support/harness';
import { call, login, type Session } from '../support/client';
import { seedKnownSet, type KnownSet } from './knownSet';

// Who may read the dashboard, and of which units: one table of cases, each over HTTP.

type Who = 'canbo' | 'nganhang' | 'giamsat' | 'gs87' | 'gs91' | 'quantri' | 'anonymous';

const DEMO_COMMUNES = DEMO_UNITS.filter((u) => u.parentCode !== null)
  .map((u) => u.code)
  .sort();

describe.each(backends())('dashboard scope on %s', (kind) => {
  let server: TestServer;
  let known: KnownSet;
  const sessions = {} as Record<Exclude<Who, 'anonymous'>, Session>;

  beforeAll(async () => {
    server = await startServer(kind);
    sessions.quantri = await login(server.base, 'quantri');
    known = await seedKnownSet(server, sessions.quantri.token);
    for (const who of ['canbo', 'nganhang', 'giamsat'] as const) {
      sessions[who] = await login(server.base, who);
    }
    sessions.gs87 = known.sessions.gs87;
    sessions.gs91 = known.sessions.gs91;
  }, STARTUP_MS * 2);
  afterAll(() => server?.close(), STARTUP_MS);

  const token = (who: Who) => (who === 'anonymous' ? undefined : sessions[who].token);

  interface Case {
    who: Who;
    url: string;
    status: number;
    /** The communes the answer covers. */
    communes?: string[];
  }

  const cases: Case[] = [
    { who: 'anonymous', url: '/api/dashboard/coverage', status: 401 },
    { who: 'canbo', url: '/api/dashboard/coverage', status: 403 },
    { who: 'nganhang', url: '/api/dashboard/coverage', status: 403 },
    { who: 'giamsat', url: '/api/dashboard/coverage', status: 200, communes: DEMO_COMMUNES },
    { who: 'gs87', url: '/api/dashboard/coverage', status: 200, communes: ['30100', '30200'] },
    { who: 'gs91', url: '/api/dashboard/coverage', status: 200, communes: ['31000'] },
    {
      who: 'quantri',
      url: '/api/dashboard/coverage',
      status: 200,
      communes: [...DEMO_COMMUNES, '30100', '30200', '31000'].sort(),
    },
    { who: 'gs87', url: '/api/dashboard/coverage?unit=30200', status: 200, communes: ['30200'] },
    { who: 'gs87', url: '/api/dashboard/coverage?unit=91', status: 403 },
    { who: 'gs87', url: '/api/dashboard/coverage?unit=31000', status: 403 },
    { who: 'giamsat', url: '/api/dashboard/coverage?unit=87', status: 403 },
    { who: 'quantri', url: '/api/dashboard/coverage?unit=99999', status: 400 },
    { who: 'quantri', url: '/api/dashboard/coverage?unit=abc', status: 400 },
    { who: 'anonymous', url: '/api/dashboard/devices', status: 401 },
    { who: 'canbo', url: '/api/dashboard/devices', status: 403 },
    { who: 'nganhang', url: '/api/dashboard/devices', status: 403 },
    { who: 'gs87', url: '/api/dashboard/devices', status: 200 },
    { who: 'gs91', url: '/api/dashboard/devices', status: 200 },
    { who: 'quantri', url: '/api/dashboard/devices', status: 200 },
    { who: 'canbo', url: '/api/dashboard/reviews', status: 403 },
    { who: 'nganhang', url: '/api/dashboard/reviews', status: 403 },
    { who: 'gs91', url: '/api/dashboard/reviews', status: 200 },
    { who: 'canbo', url: '/api/settings/coverage-targets', status: 403 },
    { who: 'gs87', url: '/api/settings/coverage-targets', status: 200 },
  ];

  test.each(cases)('$who GET $url → $status', async ({ who, url, status, communes }) => {
    const res = await call<{ communes?: { code: string }[] }>(server.base, 'GET', url, {
      token: token(who),
    });
    expect(res.status).toBe(status);
    if (communes) expect(res.body.communes!.map((c) => c.code)).toEqual(communes);
  });

  test('devices and workers: each supervisor sees only the field workers of their units', async () => {
    const seen = async (who: Who) => {
      const res = await call<{ devices: { username: string }[]; workers: { username: string }[] }>(
        server.base,
        'GET',
        '/api/dashboard/devices',
        { token: token(who) },
      );
      return {
        devices: res.body.devices.map((d) => d.username).sort(),
        workers: res.body.workers.map((w) => w.username),
      };
    };
    expect(await seen('gs87')).toEqual({ devices: ['fw1', 'fw2'], workers: ['fw1', 'fw2', 'fw4'] });
    expect(await seen('gs91')).toEqual({ devices: ['fw3'], workers: ['fw3'] });
    // The demo's field worker has signed in (a device) but not with the 87 or 91 workers.
    expect((await seen('giamsat')).workers).toEqual(['canbo']);
  });

  test('the review queue of another province is empty; its flag cannot be resolved there', async () => {
    const res = await call<{ total: number }>(server.base, 'GET', '/api/dashboard/reviews', {
      token: token('gs91'),
    });
    expect(res.body.total).toBe(0);
    for (const who of ['canbo', 'nganhang'] as const) {
      const denied = await call(server.base, 'POST', `/api/reviews/${known.flagId}/resolve`, {
        token: token(who),
      });
      expect(denied.status).toBe(403);
    }
    const flag = await server.store.db
      .selectFrom('review_flags')
      .select('resolved_at')
      .where('id', '=', known.flagId)
      .executeTakeFirstOrThrow();
    expect(flag.resolved_at).toBeNull();
  });

  test('only an admin sets a target; a bad one is refused and changes nothing', async () => {
    const put = (who: Who, json: unknown) =>
      call(server.base, 'PUT', '/api/settings/coverage-target', { token: token(who), json });
    expect((await put('gs87', { unitCode: '87', percent: 70 })).status).toBe(403);
    expect((await put('canbo', { unitCode: '87', percent: 70 })).status).toBe(403);
    for (const bad of [
      { unitCode: '87', percent: 101 },
      { unitCode: '87', percent: 0 },
      { unitCode: '87', percent: 85.5 },
      { unitCode: '99999', percent: 85 },
      { unitCode: '87' },
    ]) {
      expect((await put('quantri', bad)).status).toBe(400);
    }
    const list = await call<{ targets: { unitCode: string; percent: number }[] }>(
      server.base,
      'GET',
      '/api/settings/coverage-targets',
      { token: token('gs87') },
    );
    expect(list.body.targets.map((t) => [t.unitCode, t.percent])).toEqual([
      ['30100', 95],
      ['91', 90],
    ]);

    expect((await put('quantri', { unitCode: '87', percent: 85 })).status).toBe(200);
    const coverage = await call<{ communes: { code: string; targetPercent: number }[] }>(
      server.base,
      'GET',
      '/api/dashboard/coverage',
      { token: token('gs87') },
    );
    // The city keeps its own 95%; the rest of the province follows the province's 85%.
    expect(coverage.body.communes.map((c) => [c.code, c.targetPercent])).toEqual([
      ['30100', 95],
      ['30200', 85],
    ]);
    expect((await put('quantri', { unitCode: '87', percent: null })).status).toBe(200);
    const back = await call<{ communes: { targetPercent: number }[] }>(
      server.base,
      'GET',
      '/api/dashboard/coverage?unit=30200',
      { token: token('gs87') },
    );
    expect(back.body.communes[0]!.targetPercent).toBe(80);
  });
});
