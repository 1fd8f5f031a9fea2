import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { newId } from '../../src/shared/ids';
import type { AccountUpdateInput, VisitInput } from '../../src/shared/schemas';
import {
  STARTUP_MS,
  addUser,
  backends,
  beneficiaryIn,
  startServer,
  type TestServer,
} from './support/harness';
import { call, login, mutationOf, pullAll, push, visitBy, type Session } from './support/client';

// account.update over real HTTP: a provider agent records account steps only for people in its
// provider's communes who chose that provider; retries answer "duplicate"; field workers and
// supervisors see the state (never the whole account number) through pull.

const SHARED = '06004'; // canbo's commune, also served by the demo provider
const WORKER_ONLY = '06037'; // canbo's, not the provider's

describe.each(backends())('account.update on %s', (kind) => {
  let server: TestServer;
  let worker: Session;
  let agent: Session;
  let otherAgent: Session;
  const people: Record<'bank' | 'cash' | 'outside' | 'unopened' | 'batch', string> = {
    bank: '',
    cash: '',
    outside: '',
    unopened: '',
    batch: '',
  };

  let seq = 1000;
  function step(
    session: Session,
    beneficiaryId: string,
    overrides: Partial<AccountUpdateInput> = {},
  ) {
    seq += 1;
    const payload: AccountUpdateInput = {
      id: newId(),
      beneficiaryId,
      providerId: session.provider?.id ?? 'vietinbank-ls',
      deviceId: session.deviceId,
      workerId: session.user.username,
      step: 'opened',
      accountNumber: '1012 3456 7890',
      happenedOn: '2025-07-03',
      note: '',
      recordedAt: '2025-07-10T04:00:00.000Z',
      ...overrides,
    };
    return {
      id: newId(),
      deviceId: session.deviceId,
      seq,
      type: 'account.update',
      payload,
      createdAt: '2025-07-03T04:00:00.000Z',
    };
  }

  const statusOf = async (session: Session, mutations: unknown[]) => {
    const res = await push(server.base, session, mutations);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return res.body.results.map((r) =>
      r.status === 'rejected' ? (r.errors as { key: string }[])[0]!.key : r.status,
    );
  };

  beforeAll(async () => {
    server = await startServer(kind);
    worker = await login(server.base, 'canbo');
    agent = await login(server.base, 'nganhang');
    // A second provider (a wallet) serving the same commune, with its own agent.
    await server.store.db
      .insertInto('providers')
      .values({
        id: 'viettel-ls',
        name: 'Viettel Money',
        kind: 'wallet',
        wallet_provider: 'viettel_money',
      })
      .execute();
    await server.store.db
      .insertInto('provider_units')
      .values({ provider_id: 'viettel-ls', unit_code: SHARED })
      .execute();
    const otherId = await addUser(server.store, {
      username: 'viettel1',
      role: 'provider_agent',
      units: [],
    });
    await server.store.db
      .updateTable('users')
      .set({ provider_id: 'viettel-ls' })
      .where('id', '=', otherId)
      .execute();
    otherAgent = await login(server.base, 'viettel1');

    people.bank = await beneficiaryIn(server.store, SHARED, 40);
    people.cash = await beneficiaryIn(server.store, SHARED, 41);
    people.unopened = await beneficiaryIn(server.store, SHARED, 42);
    people.batch = await beneficiaryIn(server.store, SHARED, 43);
    people.outside = await beneficiaryIn(server.store, WORKER_ONLY, 40);
    const cash: Partial<VisitInput> = {
      payment: { method: 'post_office_cash', reason: 'refuses', note: null },
    };
    const visits = [
      visitBy(worker, people.bank, SHARED),
      visitBy(worker, people.cash, SHARED, cash),
      visitBy(worker, people.unopened, SHARED),
      visitBy(worker, people.batch, SHARED),
      visitBy(worker, people.outside, WORKER_ONLY),
    ];
    const res = await push(
      server.base,
      worker,
      visits.map((v) => mutationOf(worker, v)),
    );
    expect(res.body.results.map((r) => r.status)).toEqual(Array(5).fill('applied'));
  }, STARTUP_MS);
  afterAll(() => server?.close(), STARTUP_MS);

  test('the session tells a provider agent which payment choices are its customers', () => {
    expect(agent.provider).toEqual({
      id: 'vietinbank-ls',
      name: 'VietinBank Lạng Sơn',
      kind: 'bank',
      bankBin: '970415',
      walletProvider: null,
    });
    expect(worker.provider).toBeNull();
  });

  test('who may record which step for whom (table of cases)', async () => {
    const cases: [string, () => Promise<string[]>, string[]][] = [
      ['agent, chosen, opened', () => statusOf(agent, [step(agent, people.bank)]), ['applied']],
      [
        'agent, chose cash',
        () => statusOf(agent, [step(agent, people.cash)]),
        ['account.notChosen'],
      ],
      [
        'agent, commune not served',
        () => statusOf(agent, [step(agent, people.outside)]),
        ['protocol.mutation.outOfScope'],
      ],
      [
        'agent, another provider named',
        () => statusOf(agent, [step(agent, people.bank, { providerId: 'viettel-ls' })]),
        ['account.otherProvider'],
      ],
      [
        'agent, card before the account is opened',
        () =>
          statusOf(agent, [
            step(agent, people.unopened, { step: 'card_issued', accountNumber: null }),
          ]),
        ['account.notOpenedYet'],
      ],
      [
        'agent, as someone else',
        () => statusOf(agent, [step(agent, people.bank, { workerId: 'canbo' })]),
        ['protocol.mutation.workerMismatch'],
      ],
      [
        'other provider, person chose VietinBank',
        () => statusOf(otherAgent, [step(otherAgent, people.bank)]),
        ['account.notChosen'],
      ],
      [
        'field worker',
        () => statusOf(worker, [step(worker, people.bank)]),
        ['protocol.mutation.roleDenied'],
      ],
    ];
    for (const [what, run, expected] of cases) expect(await run(), what).toEqual(expected);
    for (const username of ['giamsat', 'quantri']) {
      const s = await login(server.base, username);
      const res = await push(server.base, s, [step(s, people.bank)]);
      expect(res.status, username).toBe(403);
    }
    const anonymous = await call(server.base, 'POST', '/api/sync/push', {
      json: { deviceId: agent.deviceId, mutations: [step(agent, people.bank)] },
    });
    expect(anonymous.status).toBe(401);
    const stored = await server.store.db
      .selectFrom('account_updates')
      .select('beneficiary_id')
      .execute();
    expect(stored.map((r) => r.beneficiary_id)).toEqual([people.bank]);
  });

  test('a step sent again answers "duplicate" with the original time; other content under its id is refused', async () => {
    const m = step(agent, people.unopened);
    const first = await push(server.base, agent, [m]);
    expect(first.body.results[0]!.status).toBe('applied');
    const [again, copy] = await Promise.all([
      push(server.base, agent, [m]),
      push(server.base, agent, [m]),
    ]);
    for (const r of [again, copy]) {
      expect(r.body.results).toEqual([{ ...first.body.results[0], status: 'duplicate' }]);
    }
    const changed = { ...m, payload: { ...m.payload, note: 'khác' } };
    expect(await statusOf(agent, [changed])).toEqual(['protocol.mutation.idReused']);
    const rows = await server.store.db
      .selectFrom('account_updates')
      .select('id')
      .where('beneficiary_id', '=', people.unopened)
      .execute();
    expect(rows).toHaveLength(1);
  });

  test('opened, card issued and shown in one batch; devices in the commune pull the state, with 4 digits of the number', async () => {
    const steps = [
      step(agent, people.batch, { accountNumber: '101234567890' }),
      step(agent, people.batch, {
        step: 'card_issued',
        accountNumber: null,
        happenedOn: '2025-07-04',
      }),
      step(agent, people.batch, {
        step: 'safe_use_shown',
        accountNumber: null,
        happenedOn: '2025-07-05',
      }),
    ];
    expect(await statusOf(agent, steps)).toEqual(['applied', 'applied', 'applied']);
    for (const username of ['canbo', 'giamsat', 'nganhang']) {
      const s = await login(server.base, username);
      const changes = await pullAll(server.base, s);
      const account = changes.find(
        (c) => c.kind === 'accountOpening' && c.record.beneficiaryId === people.batch,
      );
      expect(account, username).toEqual({
        kind: 'accountOpening',
        record: {
          beneficiaryId: people.batch,
          providerId: 'vietinbank-ls',
          status: 'safe_use_shown',
          accountNumberTail: '7890',
          openedOn: '2025-07-03',
          cardIssuedOn: '2025-07-04',
          safeUseShownOn: '2025-07-05',
          updatedAt: expect.any(String),
        },
      });
      expect(JSON.stringify(changes)).not.toContain('101234567890');
    }
    const log = await server.store.db
      .selectFrom('mutations')
      .select('type')
      .where('id', '=', steps[0]!.id)
      .execute();
    expect(log).toEqual([{ type: 'account.update' }]);
  });
});
