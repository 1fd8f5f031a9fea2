import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Beneficiary } from '../../src/shared/schemas/beneficiary';
import type { Change } from '../../src/shared/schemas/sync';
import { lockChangeSequence } from '../../src/server/store/transaction';
import {
  backends,
  STARTUP_MS,
  beneficiaryIn,
  SMALL_ROSTER,
  startServer,
  type TestServer,
} from './support/harness';
import { call, login, mutationOf, push, visitBy, type Session } from './support/client';

// Pull: paged changes since a cursor, exactly the caller's units; heartbeat; the API document.

/** A visit where nobody was home carries no payment, so it never raises a review flag. */
const ABSENT = {
  noCard: null,
  payment: null,
  survey: null,
  consent: null,
  beneficiaryPhone: null,
} as const;

interface Page {
  changes: Change[];
  cursor: string;
  hasMore: boolean;
}

describe.each(backends())('pull, heartbeat and the API document on %s', (kind) => {
  let server: TestServer;
  let worker: Session;
  let admin: Session;

  beforeAll(async () => {
    server = await startServer(kind);
    worker = await login(server.base, 'canbo');
    admin = await login(server.base, 'quantri');
  }, STARTUP_MS);
  afterAll(() => server?.close(), STARTUP_MS);

  async function pullAll(session: Session, from = '0', limit = 500) {
    const changes: Change[] = [];
    let cursor = from;
    let pages = 0;
    for (;;) {
      const res = await call<Page>(
        server.base,
        'GET',
        `/api/sync/pull?cursor=${cursor}&limit=${limit}`,
        {
          token: session.token,
        },
      );
      expect(res.status).toBe(200);
      expect(res.body.changes.length).toBeLessThanOrEqual(limit);
      changes.push(...res.body.changes);
      pages += 1;
      expect(Number(res.body.cursor)).toBeGreaterThanOrEqual(Number(cursor));
      cursor = res.body.cursor;
      if (!res.body.hasMore) return { changes, cursor, pages };
    }
  }

  test('pages through the whole roster once, in order, and an up-to-date cursor gets nothing', async () => {
    const all = await pullAll(admin, '0', 70);
    const ids = all.changes.flatMap((c) => (c.kind === 'beneficiary' ? [c.record.id] : []));
    expect(ids).toHaveLength(SMALL_ROSTER);
    expect(new Set(ids).size).toBe(SMALL_ROSTER);
    expect(all.pages).toBe(Math.ceil(SMALL_ROSTER / 70));
    const again = await pullAll(admin, all.cursor);
    expect(again.changes).toEqual([]);
    expect(again.cursor).toBe(all.cursor);
  });

  test('roster increases, adjustments and decreases reach the devices that see that commune', async () => {
    const { cursor: workerCursor } = await pullAll(worker);
    const { cursor: adminCursor } = await pullAll(admin);
    const adjusted = await server.store.db
      .selectFrom('beneficiaries')
      .select('data')
      .where('commune_code', '=', '06004')
      .limit(1)
      .executeTakeFirstOrThrow();
    const changed = { ...(adjusted.data as Beneficiary), village: 'Thôn Mới' };
    const added: Beneficiary = {
      ...changed,
      id: '0d5e8a2c-3b1f-4c6d-9e7a-1b2c3d4e5f60',
      fullName: 'Lý Thị Mai',
    };
    const elsewhere: Beneficiary = {
      ...changed,
      id: '1d5e8a2c-3b1f-4c6d-9e7a-1b2c3d4e5f61',
      communeCode: '06100',
    };
    const removedId = await beneficiaryIn(server.store, '06037', 2);
    const res = await call(server.base, 'POST', '/api/roster/changes', {
      token: admin.token,
      json: { upsert: [changed, added, elsewhere], remove: [removedId] },
    });
    expect(res.body).toEqual({ upserted: 3, removed: 1 });

    const seen = (await pullAll(worker, workerCursor)).changes;
    expect(seen).toEqual(
      expect.arrayContaining([
        { kind: 'beneficiary', record: changed },
        { kind: 'beneficiary', record: added },
        { kind: 'beneficiaryRemoved', id: removedId },
      ]),
    );
    expect(seen).toHaveLength(3); // not the entry in 06100, outside the worker's communes
    expect((await pullAll(admin, adminCursor)).changes).toHaveLength(4);
  });

  test('visits come back to other devices in scope, not to the device that sent them', async () => {
    const other = await login(server.base, 'canbo');
    const supervisor = await login(server.base, 'giamsat');
    const starts = await Promise.all(
      [worker, other, supervisor].map((s) => pullAll(s).then((p) => p.cursor)),
    );
    const b = await beneficiaryIn(server.store, '06004', 5);
    const visit = visitBy(worker, b, '06004');
    expect(
      (await push(server.base, worker, [mutationOf(worker, visit)])).body.results[0]!.status,
    ).toBe('applied');
    const [own, peer, sup] = await Promise.all(
      [worker, other, supervisor].map((s, i) => pullAll(s, starts[i]).then((p) => p.changes)),
    );
    expect(own).toEqual([]);
    expect(peer).toEqual([
      { kind: 'visit', record: expect.objectContaining({ id: visit.id, beneficiaryId: b }) },
    ]);
    expect(sup).toHaveLength(1);
  });

  test('account-opening status from the provider reaches devices in that commune', async () => {
    const { cursor } = await pullAll(worker);
    const b = await beneficiaryIn(server.store, '06004', 6);
    await server.store.db.transaction().execute(async (trx) => {
      await lockChangeSequence(trx);
      await trx
        .insertInto('account_openings')
        .values({
          beneficiary_id: b,
          provider_id: 'vietinbank-ls',
          commune_code: '06004',
          status: 'opened',
          updated_at: '2025-07-10T02:00:00.000Z',
        })
        .execute();
    });
    expect((await pullAll(worker, cursor)).changes).toEqual([
      {
        kind: 'accountOpening',
        record: {
          beneficiaryId: b,
          providerId: 'vietinbank-ls',
          status: 'opened',
          accountNumberTail: null,
          openedOn: null,
          cardIssuedOn: null,
          safeUseShownOn: null,
          updatedAt: '2025-07-10T02:00:00.000Z',
        },
      },
    ]);
  });

  test('a device pulling while others push concurrently never skips a visit that commits late', async () => {
    const pushers = await Promise.all([1, 2, 3].map(() => login(server.base, 'canbo')));
    const reader = await login(server.base, 'giamsat');
    let cursor = (await pullAll(reader)).cursor;
    const ids = await server.store.db
      .selectFrom('beneficiaries')
      .select('id')
      .where('commune_code', '=', '06037')
      .execute();
    const sent: string[] = [];
    const seen = new Set<string>();
    let pushing = true;
    const reading = (async () => {
      while (pushing) {
        const page = await pullAll(reader, cursor, 50);
        for (const c of page.changes) if (c.kind === 'visit') seen.add(c.record.id);
        cursor = page.cursor;
      }
    })();
    await Promise.all(
      pushers.map(async (session, p) => {
        for (let round = 0; round < 6; round++) {
          const batch = Array.from({ length: 20 }, (_, i) => {
            const b = ids[(p * 120 + round * 20 + i) % ids.length]!.id;
            return mutationOf(
              session,
              visitBy(session, b, '06037', { outcome: 'nobody_home', ...ABSENT }),
            );
          });
          sent.push(...batch.map((m) => m.payload.id!));
          expect((await push(server.base, session, batch)).status).toBe(200);
        }
      }),
    );
    pushing = false;
    await reading;
    for (const c of (await pullAll(reader, cursor)).changes)
      if (c.kind === 'visit') seen.add(c.record.id);
    expect(sent.filter((id) => !seen.has(id))).toEqual([]);
  });

  test('the heartbeat is stored per device and shown to the supervisor', async () => {
    const res = await call(server.base, 'POST', '/api/sync/heartbeat', {
      token: worker.token,
      json: {
        deviceId: worker.deviceId,
        pendingCount: 12,
        oldestPendingAgeSeconds: 7200,
        appVersion: '0.1.0',
        storageUsedBytes: 3_500_000,
        storageQuotaBytes: 1_000_000_000,
        lastError: 'Mất kết nối',
      },
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ wipe: false, serverTime: expect.any(String) });
    const supervisor = await login(server.base, 'giamsat');
    const devices = await call<{
      devices: { id: string; heartbeat: Record<string, unknown> | null }[];
    }>(server.base, 'GET', '/api/devices', { token: supervisor.token });
    expect(devices.body.devices.find((d) => d.id === worker.deviceId)?.heartbeat).toMatchObject({
      pendingCount: 12,
      oldestPendingAgeSeconds: 7200,
      appVersion: '0.1.0',
      storageUsedBytes: 3_500_000,
      storageQuotaBytes: 1_000_000_000,
      lastError: 'Mất kết nối',
    });
  });

  test('the OpenAPI document describes every endpoint from the shared schemas', async () => {
    const res = await call<{
      openapi: string;
      paths: Record<string, Record<string, Record<string, unknown>>>;
    }>(server.base, 'GET', '/api/openapi.json');
    expect(res.body.openapi).toBe('3.1.0');
    // Every route's presence (and who may call it) is the authorisation matrix's to check.
    expect(Object.keys(res.body.paths)).toEqual(
      expect.arrayContaining(['/api/sync/push', '/api/sync/pull', '/api/sync/heartbeat']),
    );
    const push = JSON.stringify(res.body.paths['/api/sync/push']!.post);
    for (const field of [
      'beneficiaryId',
      'visitedAt',
      'mutations',
      'applied',
      'duplicate',
      'rejected',
    ]) {
      expect(push).toContain(field);
    }
    // File downloads are documented as binary spreadsheets, not JSON.
    expect(
      Object.keys(
        (
          res.body.paths['/api/exports/{id}/file']!.get!.responses as Record<
            string,
            { content: object }
          >
        )['200']!.content,
      ),
    ).toEqual([
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'text/csv; charset=utf-8',
    ]);
    expect(res.body.paths['/api/sync/pull']!.get!.parameters).toEqual(
      expect.arrayContaining([expect.objectContaining({ name: 'cursor', in: 'query' })]),
    );
  });
});
