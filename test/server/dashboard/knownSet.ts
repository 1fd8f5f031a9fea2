import { randomUUID } from 'node:crypto';
import { vietnamDay } from '../../../src/shared/dashboard/figures';
import type { VisitInput } from '../../../src/shared/schemas';
import { absentVisit, beneficiary } from '../../shared/schemas/samples';
import { addUser, type TestServer } from '../support/harness';
import { call, login, mutationOf, push, visitBy, type Session } from '../support/client';

// A small province whose every figure is known by hand (see the expectations in the test):
//   87 Tỉnh Đồng Tháp ─ 30100 Phường Sa Đéc (target 95%), 30200 Xã Tân Khánh Đông (default 80%)
//   91 Tỉnh An Giang  ─ 31000 Xã Mỹ Hòa Hưng (province target 90%)
// Visits go in over HTTP as the tablets send them, three calendar days in Vietnam: D1 = five
// days ago, D2 = four days ago, D3 = two days ago (D1+3; the day between has no visit).

export const DAY_MS = 86_400_000;
const now = Date.now();
/** 09:00 in Vietnam `daysAgo` days ago, as an ISO instant. */
function vnMorning(daysAgo: number, hour = 9): string {
  const day = vietnamDay(now - daysAgo * DAY_MS);
  return new Date(Date.parse(`${day}T00:00:00.000Z`) + (hour - 7) * 3_600_000).toISOString();
}
export const D1 = vnMorning(5);
export const D2 = vnMorning(4);
export const D3 = vnMorning(2);
export const DAYS = { d1: D1.slice(0, 10), d2: D2.slice(0, 10), d3: D3.slice(0, 10) };

export const UNITS = [
  { code: '87', name: 'Tỉnh Đồng Tháp', level: 'province', parentCode: null },
  { code: '30100', name: 'Phường Sa Đéc', level: 'ward', parentCode: '87' },
  { code: '30200', name: 'Xã Tân Khánh Đông', level: 'commune', parentCode: '87' },
  { code: '91', name: 'Tỉnh An Giang', level: 'province', parentCode: null },
  { code: '31000', name: 'Xã Mỹ Hòa Hưng', level: 'commune', parentCode: '91' },
];

const person = (communeCode: string, n: number) =>
  beneficiary({ id: randomUUID(), communeCode, fullName: `Người Thử ${communeCode} ${n}` });

export interface KnownSet {
  people: Record<string, string>;
  sessions: Record<'fw1' | 'fw2' | 'fw3' | 'gs87' | 'gs91' | 'admin', Session>;
  flagId: string;
}

const bank = { method: 'bank', bankBin: '970415', accountNumber: '1010202030', accountHolder: 'X' };
const wallet = { method: 'wallet', provider: 'viettel_money', phone: '0961234567' };
const cash = (method: string, reason: string, note: string | null = null) => ({
  method,
  reason,
  note,
});

export async function seedKnownSet(server: TestServer, adminToken: string): Promise<KnownSet> {
  const { base, store } = server;
  const units = await call(base, 'POST', '/api/units', {
    token: adminToken,
    json: { units: UNITS },
  });
  if (units.status !== 200) throw new Error(`units: ${JSON.stringify(units.body)}`);

  const ids: Record<string, ReturnType<typeof person>> = {};
  for (const n of [1, 2, 3, 4, 5, 6, 7]) ids[`b${n}`] = person('30100', n);
  for (const n of [1, 2, 3, 4, 5]) ids[`c${n}`] = person('30200', n);
  ids.d1 = person('31000', 1);
  const roster = await call(base, 'POST', '/api/roster/changes', {
    token: adminToken,
    json: { upsert: Object.values(ids), remove: [] },
  });
  if (roster.status !== 200) throw new Error(`roster: ${JSON.stringify(roster.body)}`);

  await addUser(store, { username: 'fw1', role: 'field_worker', units: ['30100', '30200'] });
  await addUser(store, { username: 'fw2', role: 'field_worker', units: ['30100'] });
  await addUser(store, { username: 'fw3', role: 'field_worker', units: ['31000'] });
  await addUser(store, { username: 'fw4', role: 'field_worker', units: ['30200'] });
  await addUser(store, { username: 'gs87', role: 'supervisor', units: ['87'] });
  await addUser(store, { username: 'gs91', role: 'supervisor', units: ['91'] });
  const sessions = {
    fw1: await login(base, 'fw1'),
    fw2: await login(base, 'fw2'),
    fw3: await login(base, 'fw3'),
    gs87: await login(base, 'gs87'),
    gs91: await login(base, 'gs91'),
    admin: await login(base, 'quantri'),
  };

  const id = (k: string) => ids[k]!.id;
  const met = (
    s: Session,
    k: string,
    at: string,
    payment: unknown,
    extra: Partial<VisitInput> = {},
  ) =>
    visitBy(s, id(k), ids[k]!.communeCode, {
      visitedAt: at,
      payment: payment as VisitInput['payment'],
      ...extra,
    });
  const away = (s: Session, k: string, at: string) =>
    absentVisit({
      beneficiaryId: id(k),
      communeCode: ids[k]!.communeCode,
      deviceId: s.deviceId,
      workerId: s.user.username,
      visitedAt: at,
    });
  const c2First = met(sessions.fw1, 'c2', D1, cash('post_office_cash', 'other', 'Chờ con về'));
  const fw1Visits = [
    met(sessions.fw1, 'b1', D1, bank),
    met(sessions.fw1, 'b2', D1, bank),
    met(sessions.fw1, 'b7', D1, bank),
    c2First,
    met(sessions.fw1, 'b3', D2, cash('post_office_cash', 'refuses')),
    met(sessions.fw1, 'b4', D2, cash('cash_at_home', 'bedridden')),
    met(sessions.fw1, 'c1', D2, bank),
    met(sessions.fw1, 'c2', D2, bank, { supersedesVisitId: c2First.id! }),
    away(sessions.fw1, 'b4', D3),
    away(sessions.fw1, 'b5', D3),
  ];
  await pushAll(base, sessions.fw1, fw1Visits);
  // Another tablet records a different channel for b1 an hour later: a disagreement to review.
  await pushAll(base, sessions.fw2, [
    met(sessions.fw2, 'b1', new Date(Date.parse(D1) + 3_600_000).toISOString(), wallet),
  ]);
  await pushAll(base, sessions.fw3, [met(sessions.fw3, 'd1', D2, bank)]);

  // b7 leaves the roster after its visit (a decrease): it counts nowhere any more.
  const removed = await call(base, 'POST', '/api/roster/changes', {
    token: adminToken,
    json: { upsert: [], remove: [id('b7')] },
  });
  if (removed.status !== 200) throw new Error(`remove: ${JSON.stringify(removed.body)}`);

  // What the provider reported (its own endpoint belongs to the provider work list).
  await store.db
    .insertInto('account_openings')
    .values([
      opening(id('b1'), '30100', 'opened'),
      opening(id('b2'), '30100', 'card_issued'),
      opening(id('b3'), '30100', 'requested'),
      opening(id('c1'), '30200', 'failed'),
      opening(id('c2'), '30200', 'safe_use_shown'),
      opening(id('d1'), '31000', 'opened'),
    ])
    .execute();

  for (const [unitCode, percent] of [
    ['30100', 95],
    ['91', 90],
  ] as const) {
    const res = await call(base, 'PUT', '/api/settings/coverage-target', {
      token: adminToken,
      json: { unitCode, percent },
    });
    if (res.status !== 200) throw new Error(`target: ${JSON.stringify(res.body)}`);
  }

  // fw1's tablet: 3 records waiting, the oldest made three days ago (stale: pending too old).
  await heartbeat(base, sessions.fw1, {
    pendingCount: 3,
    oldestPendingAgeSeconds: 3 * 86_400,
    appVersion: '1.4.0',
    storageUsedBytes: 52_428_800,
    storageQuotaBytes: 1_073_741_824,
    lastError: 'Không tới được máy chủ',
  });
  // fw2's tablet synced everything, then went silent four days ago (stale: no contact).
  await heartbeat(base, sessions.fw2, {
    pendingCount: 0,
    oldestPendingAgeSeconds: null,
    appVersion: '1.3.2',
    storageUsedBytes: 1000,
    storageQuotaBytes: null,
    lastError: null,
  });
  const fourDaysAgo = new Date(now - 4 * DAY_MS);
  await store.db
    .updateTable('heartbeats')
    .set({ received_at: fourDaysAgo })
    .where('device_id', '=', sessions.fw2.deviceId)
    .execute();
  await store.db
    .updateTable('devices')
    .set({ last_seen_at: fourDaysAgo })
    .where('id', '=', sessions.fw2.deviceId)
    .execute();

  const flag = await store.db
    .selectFrom('review_flags')
    .select('id')
    .where('beneficiary_id', '=', id('b1'))
    .executeTakeFirstOrThrow();
  return {
    people: Object.fromEntries(Object.entries(ids).map(([k, b]) => [k, b.id])),
    sessions,
    flagId: flag.id,
  };
}

function opening(beneficiary_id: string, commune_code: string, status: string) {
  return {
    beneficiary_id,
    provider_id: 'vietinbank-ls',
    commune_code,
    status,
    updated_at: new Date(),
  };
}

async function pushAll(base: string, session: Session, visits: VisitInput[]) {
  const res = await push(
    base,
    session,
    visits.map((v) => mutationOf(session, v)),
  );
  const bad = res.body.results?.filter((r) => r.status !== 'applied');
  if (res.status !== 200 || bad?.length) throw new Error(`push: ${JSON.stringify(res.body)}`);
}

async function heartbeat(base: string, session: Session, body: Record<string, unknown>) {
  const res = await call(base, 'POST', '/api/sync/heartbeat', {
    token: session.token,
    json: { deviceId: session.deviceId, ...body },
  });
  if (res.status !== 200) throw new Error(`heartbeat: ${JSON.stringify(res.body)}`);
}
