import net from 'node:net';
import { Migrator, type Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { MIGRATIONS } from '../../src/server/store/migrate';
import {
  STARTUP_MS,
  backends,
  beneficiaryIn,
  count,
  startServer,
  type TestServer,
} from './support/harness';
import { call, login, mutationOf, push, visitBy, type Session } from './support/client';

// Push: every visit reaches the server exactly once, whatever the network does to the answers.

const COMMUNE = '06004'; // assigned to the demo field worker "canbo"

describe.each(backends())('push on %s', (kind) => {
  let server: TestServer;
  let worker: Session;

  beforeAll(async () => {
    server = await startServer(kind);
    worker = await login(server.base, 'canbo');
  }, STARTUP_MS);
  afterAll(() => server?.close(), STARTUP_MS);

  async function batch(size: number) {
    const mutations = [];
    for (let i = 0; i < size; i++) {
      const beneficiary = await beneficiaryIn(server.store, COMMUNE, i);
      mutations.push(mutationOf(worker, visitBy(worker, beneficiary, COMMUNE)));
    }
    return mutations;
  }

  async function storedVisits(ids: string[]): Promise<number> {
    const rows = await server.store.db
      .selectFrom('visits')
      .select('id')
      .where('id', 'in', ids)
      .execute();
    return rows.length;
  }

  test('the same batch sent three times stores each visit once; repeats answer "duplicate" with the original result', async () => {
    const mutations = await batch(5);
    const first = await push(server.base, worker, mutations);
    expect(first.status).toBe(200);
    expect(first.body.results.map((r) => r.status)).toEqual(Array(5).fill('applied'));
    for (let i = 0; i < 2; i++) {
      const again = await push(server.base, worker, mutations);
      expect(again.status).toBe(200);
      expect(again.body.results).toEqual(
        first.body.results.map((r) => ({ ...r, status: 'duplicate' })),
      );
    }
    expect(await storedVisits(mutations.map((m) => m.payload.id))).toBe(5);
  });

  test('three copies of a batch sent at the same moment store each visit once', async () => {
    const mutations = await batch(8);
    const before = await count(server.store, 'visits');
    const replies = await Promise.all([1, 2, 3].map(() => push(server.base, worker, mutations)));
    for (const reply of replies) expect(reply.status).toBe(200);
    for (let i = 0; i < mutations.length; i++) {
      const statuses = replies.map((r) => r.body.results[i]!.status).sort();
      expect(statuses).toEqual(['applied', 'duplicate', 'duplicate']);
    }
    expect(await count(server.store, 'visits')).toBe(before + 8);
  });

  test('a response lost after commit: the retry gets "duplicate", no error, no stall', async () => {
    const mutations = await batch(4);
    const body = JSON.stringify({ deviceId: worker.deviceId, mutations });
    const { port } = new URL(server.base);
    // Send the whole request, then hang up before the answer arrives, like a tablet losing signal.
    await new Promise<void>((resolve, reject) => {
      const socket = net.connect(Number(port), '127.0.0.1', () => {
        socket.write(
          `POST /api/sync/push HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer ${worker.token}\r\n` +
            `Content-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
          () => {
            socket.destroy();
            resolve();
          },
        );
      });
      socket.on('error', reject);
    });
    // Wait for the abandoned request to commit (its visits appear), then retry as the client would.
    const ids = mutations.map((m) => m.payload.id);
    for (let i = 0; i < 100 && (await storedVisits(ids)) < 4; i++) {
      await new Promise((r) => setTimeout(r, 50));
    }
    expect(await storedVisits(ids)).toBe(4);
    const retry = await push(server.base, worker, mutations);
    expect(retry.status).toBe(200);
    expect(retry.body.results.map((r) => r.status)).toEqual(Array(4).fill('duplicate'));
    expect(await storedVisits(ids)).toBe(4);
  });

  test('a retry racing the original request still stores each visit once', async () => {
    const mutations = await batch(6);
    const controller = new AbortController();
    const first = fetch(`${server.base}/api/sync/push`, {
      method: 'POST',
      headers: { authorization: `Bearer ${worker.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ deviceId: worker.deviceId, mutations }),
      signal: controller.signal,
    }).catch(() => null);
    controller.abort();
    await first;
    const retry = await push(server.base, worker, mutations);
    expect(retry.status).toBe(200);
    for (const r of retry.body.results) expect(['applied', 'duplicate']).toContain(r.status);
    expect(await storedVisits(mutations.map((m) => m.payload.id))).toBe(6);
  });

  test('one invalid visit is rejected with field errors; the rest of the batch is applied; the fix can be resent', async () => {
    const [good, bad] = await batch(2);
    const broken = { ...bad!, payload: { ...bad!.payload, payment: null } };
    const reply = await push(server.base, worker, [good, broken]);
    expect(reply.status).toBe(200);
    expect(reply.body.results[0]!.status).toBe('applied');
    expect(reply.body.results[1]).toMatchObject({
      id: bad!.id,
      status: 'rejected',
      errors: [{ path: 'payload.payment', key: 'validation.visit.paymentRequired' }],
    });
    expect(await storedVisits([bad!.payload.id])).toBe(0);
    // Corrected on the tablet and sent again under the same mutation id.
    const fixed = await push(server.base, worker, [bad]);
    expect(fixed.body.results[0]!.status).toBe('applied');
    expect(await storedVisits([bad!.payload.id])).toBe(1);
  });

  test('a worker may only write visits for beneficiaries in their communes, as themselves', async () => {
    const outside = await beneficiaryIn(server.store, '06100');
    const inside = await beneficiaryIn(server.store, COMMUNE, 20);
    const cases = [
      [visitBy(worker, outside, '06100'), 'protocol.mutation.outOfScope', 'payload.beneficiaryId'],
      [
        visitBy(worker, inside, '06037'),
        'protocol.mutation.communeMismatch',
        'payload.communeCode',
      ],
      [
        visitBy(worker, inside, COMMUNE, { workerId: 'someone.else' }),
        'protocol.mutation.workerMismatch',
        'payload.workerId',
      ],
      [
        visitBy(worker, '8a1d2c4b-5a69-4e7d-8c1b-2a3f4e5d6c7b', COMMUNE),
        'protocol.mutation.beneficiaryUnknown',
        'payload.beneficiaryId',
      ],
    ] as const;
    const before = await count(server.store, 'visits');
    const reply = await push(
      server.base,
      worker,
      cases.map(([visit]) => mutationOf(worker, visit)),
    );
    expect(reply.body.results.map((r) => [r.status, r.errors])).toEqual(
      cases.map(([, key, path]) => ['rejected', [{ path, key }]]),
    );
    expect(await count(server.store, 'visits')).toBe(before);
  });

  test('a mutation id reused for different content is rejected, the first record stays', async () => {
    const [m] = await batch(1);
    await push(server.base, worker, [m]);
    const altered = { ...m!, payload: { ...m!.payload, notes: 'khác' } };
    const reply = await push(server.base, worker, [altered]);
    expect(reply.body.results[0]).toMatchObject({
      status: 'rejected',
      errors: [{ key: 'protocol.mutation.idReused' }],
    });
    const row = await server.store.db
      .selectFrom('visits')
      .select('data')
      .where('id', '=', m!.payload.id)
      .executeTakeFirstOrThrow();
    expect((row.data as { notes: string }).notes).toBe('');
  });

  test('a visit id already stored under another mutation is rejected; the first record stays', async () => {
    const [m] = await batch(1);
    await push(server.base, worker, [m]);
    const copy = mutationOf(worker, { ...m!.payload, notes: 'bản sao' });
    const reply = await push(server.base, worker, [copy]);
    expect(reply.body.results[0]).toEqual({
      id: copy.id,
      status: 'rejected',
      errors: [{ path: 'payload.id', key: 'protocol.mutation.visitIdReused' }],
    });
    const rows = await server.store.db
      .selectFrom('visits')
      .select(['mutation_id', 'data'])
      .where('id', '=', m!.payload.id)
      .execute();
    expect(rows).toEqual([{ mutation_id: m!.id, data: expect.objectContaining({ notes: '' }) }]);
  });

  test('an applied mutation resent in a form that now fails validation still answers "duplicate"', async () => {
    const [m] = await batch(1);
    const first = await push(server.base, worker, [m]);
    const broken = { ...m!, payload: { ...m!.payload, payment: null } };
    const again = await push(server.base, worker, [broken]);
    expect(again.body.results).toEqual([{ ...first.body.results[0], status: 'duplicate' }]);
  });

  test('visits applied before the idempotency record moved into the visit row still answer "duplicate" with their original result', async () => {
    const mutations = await batch(3);
    const first = await push(server.base, worker, mutations);
    const migrator = new Migrator({
      db: server.store.db as Kysely<unknown>,
      provider: {
        getMigrations: async () => ({ ...MIGRATIONS }),
      },
      ...(kind === 'postgres' ? { migrationTableSchema: server.database.schema } : {}),
    });
    // Down to the first schema (the records go back to `mutations`), then up again.
    expect((await migrator.migrateTo('0001_initial')).error).toBeUndefined();
    expect(await count(server.store, 'mutations')).toBeGreaterThanOrEqual(3);
    expect((await migrator.migrateToLatest()).error).toBeUndefined();
    const again = await push(server.base, worker, mutations);
    expect(again.body.results).toEqual(
      first.body.results.map((r) => ({ ...r, status: 'duplicate' })),
    );
    expect(await storedVisits(mutations.map((m) => m.payload.id))).toBe(3);
    // The log of applied mutations still reads as before.
    const logged = await server.store.db
      .selectFrom('mutations')
      .select(['id', 'type', 'result'])
      .where('id', '=', mutations[0]!.id)
      .execute();
    expect(logged).toEqual([
      {
        id: mutations[0]!.id,
        type: 'visit.create',
        result: { appliedAt: first.body.results[0]!.appliedAt },
      },
    ]);
  });

  test('disagreeing payment choices from two devices close in time are flagged for review, both kept', async () => {
    const beneficiary = await beneficiaryIn(server.store, COMMUNE, 30);
    const other = await login(server.base, 'canbo');
    const first = visitBy(worker, beneficiary, COMMUNE, { visitedAt: '2025-07-02T03:00:00.000Z' });
    const second = visitBy(other, beneficiary, COMMUNE, {
      visitedAt: '2025-07-02T05:00:00.000Z',
      payment: { method: 'post_office_cash', reason: 'refuses', note: null },
    });
    expect(
      (await push(server.base, worker, [mutationOf(worker, first)])).body.results[0]!.status,
    ).toBe('applied');
    const reply = await push(server.base, other, [mutationOf(other, second)]);
    expect(reply.body.results[0]!.status, JSON.stringify(reply.body)).toBe('applied');
    const supervisor = await login(server.base, 'giamsat');
    const reviews = await call<{ reviews: { beneficiaryId: string; visitIds: string[] }[] }>(
      server.base,
      'GET',
      '/api/reviews',
      { token: supervisor.token },
    );
    expect(reviews.body.reviews).toContainEqual(
      expect.objectContaining({ beneficiaryId: beneficiary, visitIds: [first.id, second.id] }),
    );
    expect(await storedVisits([first.id!, second.id!])).toBe(2);
  });
});
