// A province three weeks into its campaign, for the dashboard's screenshots: seven field workers
// visit most of the demo roster over the real push API, some people stay on cash (with reasons),
// the provider has opened part of the accounts, two tablets disagree on one person's choice, and
// the heartbeats include a tablet gone silent and one that cannot send.
import { Rng } from '../../src/shared/demo';
import type { Store } from '../../src/server/store/db';
import type { VisitInput } from '../../src/shared/schemas';
import { addUser } from '../../test/server/support/harness';
import {
  call,
  login,
  mutationOf,
  push,
  visitBy,
  type Session,
} from '../../test/server/support/client';
import { absentVisit } from '../../test/shared/schemas/samples';

const DAY = 86_400_000;
const WORKERS: [string, string[]][] = [
  ['cb.tamthanh', ['05977', '05983']],
  ['cb.dongkinh', ['05986', '05992']],
  ['cb.binhgia', ['06100', '06151']],
  ['cb.dongdang', ['06187', '06208']],
  ['cb.bacson', ['06253', '06313']],
  ['cb.chilang', ['06361', '06394', '06442']],
];
/** How far each commune has got: share of its roster visited so far. */
const REACH: Record<string, number> = {
  '05977': 0.95,
  '05983': 0.97,
  '05986': 0.85,
  '05992': 0.8,
  '06004': 0.92,
  '06037': 0.6,
  '06100': 0.7,
  '06151': 0.55,
  '06187': 0.88,
  '06208': 0.75,
  '06253': 0.4,
  '06313': 0.65,
  '06361': 0.5,
  '06394': 0.35,
  '06442': 0.25,
};
const CASH_REASONS = [
  'bedridden',
  'blind',
  'mental_illness',
  'no_one_to_authorise',
  'refuses',
  'other',
] as const;

function payment(rng: Rng, name: string, urban: boolean): VisitInput['payment'] {
  // Wards in town open accounts more readily than remote communes.
  const r = urban ? rng.float() * 0.85 : rng.float();
  if (r < 0.62)
    return {
      method: 'bank',
      bankBin: '970415',
      accountNumber: `10${rng.int(10_000_000, 99_999_999)}`,
      accountHolder: name,
    };
  if (r < 0.8)
    return {
      method: 'wallet',
      provider: 'viettel_money',
      phone: `09${rng.int(60_000_000, 89_999_999)}`,
    };
  const reason =
    CASH_REASONS[
      Math.min(CASH_REASONS.length - 1, Math.floor(rng.float() ** 1.6 * CASH_REASONS.length))
    ]!;
  return {
    method: rng.float() < 0.6 ? 'post_office_cash' : 'cash_at_home',
    reason,
    note: reason === 'other' ? 'Chờ con ở xa về bàn' : null,
  } as VisitInput['payment'];
}

export async function seedCampaign(base: string, store: Store): Promise<void> {
  const rng = new Rng(7);
  for (const [username, units] of WORKERS)
    await addUser(store, { username, role: 'field_worker', units });
  const sessions = new Map<string, Session>();
  for (const [username] of [['canbo'], ...WORKERS])
    sessions.set(username!, await login(base, username!, undefined));
  const workerOf = (commune: string) =>
    sessions.get(WORKERS.find(([, units]) => units.includes(commune))?.[0] ?? 'canbo')!;

  const people = await store.db
    .selectFrom('beneficiaries')
    .select(['id', 'commune_code', 'data'])
    .where('removed_at', 'is', null)
    .orderBy('id')
    .execute();
  const now = Date.now();
  const batches = new Map<Session, VisitInput[]>();
  const chosen: { id: string; commune: string; method: string; at: string }[] = [];
  for (const p of people) {
    if (rng.float() > (REACH[p.commune_code] ?? 0.5)) continue;
    const session = workerOf(p.commune_code);
    // Earlier days a little slower: the teams picked up speed.
    const daysAgo = Math.floor(rng.float() ** 0.8 * 21);
    const at = new Date(now - daysAgo * DAY - rng.int(1, 8) * 3_600_000).toISOString();
    const name = (p.data as { fullName: string }).fullName;
    const visit =
      rng.float() < 0.06
        ? absentVisit({
            beneficiaryId: p.id,
            communeCode: p.commune_code,
            deviceId: session.deviceId,
            workerId: session.user.username,
            visitedAt: at,
          })
        : visitBy(session, p.id, p.commune_code, {
            visitedAt: at,
            payment: payment(rng, name, p.commune_code.startsWith('059')),
          });
    batches.set(session, [...(batches.get(session) ?? []), visit]);
    if (visit.payment)
      chosen.push({ id: p.id, commune: p.commune_code, method: visit.payment.method, at });
  }
  for (const [session, visits] of batches) {
    for (let i = 0; i < visits.length; i += 500) {
      const res = await push(
        base,
        session,
        visits.slice(i, i + 500).map((v) => mutationOf(session, v)),
      );
      if (res.status !== 200) throw new Error(`push ${res.status}`);
    }
  }

  // Two tablets disagree: canbo's colleague records cash where canbo recorded an account.
  const colleague = await login(base, 'canbo', undefined);
  const disputed = chosen
    .filter((c) => c.commune === '06004' && c.method === 'bank' && Date.parse(c.at) > now - 2 * DAY)
    .slice(0, 2);
  await push(
    base,
    colleague,
    disputed.map((c) =>
      mutationOf(
        colleague,
        visitBy(colleague, c.id, c.commune, {
          visitedAt: new Date(now - 3_600_000).toISOString(),
          payment: { method: 'post_office_cash', reason: 'refuses', note: null },
        }),
      ),
    ),
  );

  // The provider has opened most accounts chosen more than a few days ago.
  const accounts = chosen.filter(
    (c) => (c.method === 'bank' || c.method === 'wallet') && rng.float() < 0.7,
  );
  for (let i = 0; i < accounts.length; i += 1000) {
    await store.db
      .insertInto('account_openings')
      .values(
        accounts.slice(i, i + 1000).map((c) => ({
          beneficiary_id: c.id,
          provider_id: 'vietinbank-ls',
          commune_code: c.commune,
          status: rng.float() < 0.6 ? 'card_issued' : 'opened',
          updated_at: new Date(),
        })),
      )
      .execute();
  }

  // Every tablet reports in; then one goes silent and one cannot send what it holds.
  for (const [username, session] of [...sessions, ['canbo-2', colleague] as const]) {
    const stuck = username === 'cb.bacson';
    const pending = stuck ? 37 : rng.int(0, 3);
    const res = await call(base, 'POST', '/api/sync/heartbeat', {
      token: session.token,
      json: {
        deviceId: session.deviceId,
        pendingCount: pending,
        oldestPendingAgeSeconds: stuck
          ? 3 * 86_400 + 7200
          : pending > 0
            ? rng.int(300, 20_000)
            : null,
        appVersion: username === 'cb.chilang' ? '2025.06.30-1' : '2025.07.08-2',
        storageUsedBytes: rng.int(20, 400) * 1_048_576,
        storageQuotaBytes: 8 * 1_073_741_824,
        lastError: stuck ? 'Không tới được máy chủ (mất mạng)' : null,
      },
    });
    if (res.status !== 200) throw new Error(`heartbeat ${res.status}`);
  }
  const silent = sessions.get('cb.chilang')!.deviceId;
  const long = new Date(now - 5 * DAY);
  await store.db
    .updateTable('heartbeats')
    .set({ received_at: long })
    .where('device_id', '=', silent)
    .execute();
  await store.db
    .updateTable('devices')
    .set({ last_seen_at: long, label: 'Máy tính bảng Chi Lăng' })
    .where('id', '=', silent)
    .execute();
}
