// @vitest-environment node
// Node, not jsdom: the server runs in this process too, and its crypto needs Node's own typed
// arrays. Dexie's liveQuery only runs if an indexedDB global existed when Dexie was first
// imported (setup.ts installs a fresh factory per test, after the imports): this comes first.
import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  getDeviceId,
  getVisit,
  listOutbox,
  outboxCounts,
  saveVisit,
  searchRoster,
  updateUnsyncedVisit,
  type GhiDanhDB,
  type RosterEntry,
} from '../../../src/client/db';
import { getAccount, updateAccount } from '../../../src/client/db/accounts';
import { createSyncApi } from '../../../src/client/sync/api';
import { accountTokens } from '../../../src/client/sync/auth/tokens';
import type { SessionUser } from '../../../src/client/sync/auth/session';
import { SyncEngine, type SyncEngineOptions } from '../../../src/client/sync/engine';
import type { HttpConfig } from '../../../src/client/sync/http';
import { newId } from '../../../src/shared/ids';
import type { VisitInput } from '../../../src/shared/schemas';
import { login as serverLogin, call } from '../../server/support/client';
import { startServer, type TestServer } from '../../server/support/harness';
import { photo } from '../db/helpers';
import * as samples from '../../shared/schemas/samples';
import {
  faultyFetch,
  mutationCount,
  resetClientBetweenTests,
  signInAs,
  storedVisitIds,
  type FaultyFetch,
} from './support/server';

// The sync engine against the real server over loopback HTTP, on a real (fake-indexeddb) device
// database: every visit reaches the server exactly once whatever the network does.

let server: TestServer;
beforeAll(async () => {
  server = await startServer('pglite');
}, 120_000);
afterAll(() => server?.close());
resetClientBetweenTests();

interface Rig {
  db: GhiDanhDB;
  user: SessionUser;
  net: FaultyFetch;
  http: HttpConfig;
  engine: (options?: Partial<SyncEngineOptions>) => SyncEngine;
}

const FAST = { baseMs: 20, maxMs: 80, factor: 2 };

async function rig(username = 'canbo'): Promise<Rig> {
  const net = faultyFetch();
  const http = { baseUrl: server.base, fetch: net.fetch };
  const { user, db } = await signInAs(server.base, username, net.fetch);
  const engine = (options: Partial<SyncEngineOptions> = {}) =>
    new SyncEngine({
      db,
      api: createSyncApi(http, accountTokens(http, user.userId)),
      appVersion: '0.1.0+2025-07-01T08:30',
      backoff: FAST,
      saveDelayMs: 10,
      storageEstimate: async () => ({ usage: 2048, quota: 1 << 30 }),
      ...options,
    });
  return { db, user, net, http, engine };
}

async function roster(db: GhiDanhDB, n: number, offset = 0): Promise<RosterEntry[]> {
  const { rows } = await searchRoster(db, {}, { limit: n, offset });
  expect(rows).toHaveLength(n);
  return rows;
}

async function visitFor(r: Rig, b: RosterEntry, overrides: Partial<VisitInput> = {}) {
  return samples.visit({
    beneficiaryId: b.id,
    communeCode: b.communeCode,
    deviceId: await getDeviceId(r.db),
    workerId: r.user.username,
    ...overrides,
  });
}

async function queue(r: Rig, people: RosterEntry[]): Promise<string[]> {
  const ids: string[] = [];
  for (const b of people) ids.push((await saveVisit(r.db, await visitFor(r, b))).visit.id);
  return ids;
}

function pushedMutationIds(net: FaultyFetch): string[] {
  return net.log
    .filter((l) => l.path === '/api/sync/push')
    .flatMap((l) => (l.json as { mutations: { id: string }[] }).mutations.map((m) => m.id));
}

async function until(check: () => Promise<boolean>, what: string, ms = 20_000) {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('first sync', () => {
  test('pulls exactly the roster of the user’s communes, then reports the queue', async () => {
    const r = await rig();
    const report = await r.engine().syncOnce();
    const total = await server.store.db
      .selectFrom('beneficiaries')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('commune_code', 'in', ['06004', '06037'])
      .where('removed_at', 'is', null)
      .executeTakeFirstOrThrow();
    const local = await searchRoster(r.db, {}, { limit: 500 });
    expect(local.total).toBe(Number(total.n));
    expect(local.total).toBeGreaterThan(20);
    expect(new Set(local.rows.map((b) => b.communeCode))).toEqual(new Set(['06004', '06037']));
    expect(report).toMatchObject({ sent: 0, rejected: 0, pulled: local.total });

    const hb = await server.store.db
      .selectFrom('heartbeats')
      .selectAll()
      .where('device_id', '=', await getDeviceId(r.db))
      .executeTakeFirstOrThrow();
    expect(hb).toMatchObject({
      pending_count: 0,
      app_version: '0.1.0+2025-07-01T08-30',
      last_error: null,
    });
    expect(Number(hb.storage_used_bytes)).toBe(2048);
  });
});

describe('push', () => {
  test('queued visits reach the server once, with their photos uploaded first', async () => {
    const r = await rig();
    const engine = r.engine({ batchSize: 2 });
    await engine.syncOnce();
    const people = await roster(r.db, 4);
    const ids = await queue(r, people.slice(0, 3));
    const withPhoto = await photo({ kind: 'authorisation' });
    const photoVisit = await visitFor(r, people[3]!, { attachments: [withPhoto.meta.id] });
    await saveVisit(r.db, photoVisit, [withPhoto]);
    ids.push(photoVisit.id);

    const report = await engine.syncOnce();
    expect(report.sent).toBe(4);
    expect(await storedVisitIds(server.store, ids)).toEqual([...ids].sort());
    expect(await listOutbox(r.db)).toEqual([]);
    for (const id of ids) expect((await getVisit(r.db, id))?.syncedAt).not.toBeNull();
    // Batches of 2: two pushes; the photo went up before the push that carries its visit.
    const calls = r.net.log.map((l) => l.path);
    const upload = calls.indexOf(`/api/attachments/${withPhoto.meta.sha256}`);
    expect(upload).toBeGreaterThan(-1);
    expect(calls.lastIndexOf('/api/sync/push')).toBeGreaterThan(upload);
    expect(calls.filter((p) => p === '/api/sync/push')).toHaveLength(2);
    const stored = await server.store.db
      .selectFrom('attachments')
      .select(['id', 'sha256'])
      .where('id', '=', withPhoto.meta.id)
      .executeTakeFirst();
    expect(stored?.sha256).toBe(withPhoto.meta.sha256);
  });

  test('an answer lost after the server committed: the retry is a duplicate, stored once', async () => {
    const r = await rig();
    const engine = r.engine();
    await engine.syncOnce();
    const ids = await queue(r, await roster(r.db, 3));
    r.net.fail('loseAnswer', 1, /\/api\/sync\/push/);
    await expect(engine.syncOnce()).rejects.toThrow(/connection reset|answer/);
    expect((await outboxCounts(r.db)).pending).toBe(3); // kept, not dropped
    expect(await storedVisitIds(server.store, ids)).toHaveLength(3); // the server has them

    await engine.syncOnce();
    expect(await listOutbox(r.db)).toEqual([]);
    expect(await storedVisitIds(server.store, ids)).toHaveLength(3);
    const outboxIds = pushedMutationIds(r.net);
    expect(await mutationCount(server.store, outboxIds)).toBe(3);
  });

  test('offline, then a server answering 500: retried with backoff until it takes them', async () => {
    const r = await rig();
    const engine = r.engine();
    await engine.syncOnce();
    const ids = await queue(r, await roster(r.db, 2));
    r.net.fail('network', 2, /\/api\/sync\/push/);
    r.net.fail('status500', 3, /\/api\/sync\/push/);
    const phases = new Set<string>();
    engine.status.subscribe(() => phases.add(engine.status.get().phase));
    engine.start();
    try {
      await until(
        async () =>
          (await outboxCounts(r.db)).pending === 0 && engine.status.get().phase === 'idle',
        'the queue to drain',
      );
    } finally {
      engine.stop();
    }
    expect(phases.has('waiting')).toBe(true);
    expect(await storedVisitIds(server.store, ids)).toEqual([...ids].sort());
    // Six pushes in all: five failures, then the one that worked.
    expect(r.net.log.filter((l) => l.path === '/api/sync/push')).toHaveLength(6);
    const hb = await server.store.db
      .selectFrom('heartbeats')
      .select(['pending_count', 'last_error'])
      .where('device_id', '=', await getDeviceId(r.db))
      .executeTakeFirstOrThrow();
    expect(hb).toEqual({ pending_count: 0, last_error: null });
  });

  test('while the server fails, the heartbeat still reports the queue and the error', async () => {
    const r = await rig();
    const engine = r.engine();
    await engine.syncOnce();
    await queue(r, await roster(r.db, 2));
    r.net.fail('status500', 1, /\/api\/sync\/push/);
    await expect(engine.syncOnce()).rejects.toMatchObject({ status: 500 });
    const hb = await server.store.db
      .selectFrom('heartbeats')
      .select(['pending_count', 'last_error', 'oldest_pending_at'])
      .where('device_id', '=', await getDeviceId(r.db))
      .executeTakeFirstOrThrow();
    expect(hb.pending_count).toBe(2);
    expect(hb.last_error).toMatch(/HTTP 500 internal_error/);
    expect(hb.oldest_pending_at).not.toBeNull();
  });

  test('a rejected visit stays with the server’s reasons, and goes through once corrected', async () => {
    const r = await rig();
    const engine = r.engine();
    await engine.syncOnce();
    const [good, moved] = await roster(r.db, 2);
    const okId = (await saveVisit(r.db, await visitFor(r, good!))).visit.id;
    // Recorded under the wrong commune (say, before the office moved the person).
    const other = moved!.communeCode === '06004' ? '06037' : '06004';
    const wrong = await visitFor(r, moved!, { communeCode: other });
    await saveVisit(r.db, wrong);

    const report = await engine.syncOnce();
    expect(report).toMatchObject({ sent: 1, rejected: 1 });
    const [rejected] = await listOutbox(r.db, { status: 'rejected' });
    expect(rejected?.visitId).toBe(wrong.id);
    expect(rejected?.errors).toEqual([
      { path: 'payload.communeCode', key: 'protocol.mutation.communeMismatch' },
    ]);
    expect(await storedVisitIds(server.store, [okId, wrong.id])).toEqual([okId]);

    // A rejected entry is not retried on its own: nothing is sent for it until it is corrected.
    const before = pushedMutationIds(r.net).length;
    await engine.syncOnce();
    expect(pushedMutationIds(r.net).length).toBe(before);

    await updateUnsyncedVisit(r.db, { ...wrong, communeCode: moved!.communeCode });
    await engine.syncOnce();
    expect(await listOutbox(r.db)).toEqual([]);
    expect(await storedVisitIds(server.store, [okId, wrong.id])).toEqual([okId, wrong.id].sort());
  });

  test('two tabs syncing at once never send the same mutation twice', async () => {
    const r = await rig();
    const first = r.engine({ batchSize: 3 });
    const second = r.engine({ batchSize: 3 });
    await first.syncOnce();
    const ids = await queue(r, await roster(r.db, 8));
    r.net.fail('slow', 3, /\/api\/sync\/push/);
    const running = first.syncNow();
    // The second tab starts while the first has a batch on the wire.
    await until(async () => pushedMutationIds(r.net).length > 0, 'the first push');
    await Promise.all([running, second.syncNow(), first.syncNow(), second.syncNow()]);
    expect(await listOutbox(r.db)).toEqual([]);
    const sent = pushedMutationIds(r.net);
    expect(sent).toHaveLength(8);
    expect(new Set(sent).size).toBe(8);
    expect(await storedVisitIds(server.store, ids)).toHaveLength(8);
  });

  test('a save shortly triggers a sync on its own', async () => {
    const r = await rig();
    const engine = r.engine();
    engine.start();
    try {
      await until(async () => engine.status.get().lastSuccessAt !== null, 'the first sync');
      const [id] = await queue(r, await roster(r.db, 1));
      await until(
        async () => (await storedVisitIds(server.store, [id!])).length === 1,
        'the saved visit to reach the server',
      );
      await until(
        async () => (await getVisit(r.db, id!))?.syncedAt != null,
        'the visit marked synced',
      );
    } finally {
      engine.stop();
    }
  });
});

describe('session', () => {
  test('an expired access token is renewed with the refresh token, transparently', async () => {
    const r = await rig();
    await updateAccount(r.user.userId, {
      accessToken: 'eyJhbGciOiJIUzI1NiJ9.e30.invalid',
      accessExpiresAt: new Date(Date.now() + 3_600_000).toISOString(),
    });
    const before = (await getAccount(r.user.userId))!.refreshToken;
    await r.engine().syncOnce();
    const after = await getAccount(r.user.userId);
    expect(after?.refreshToken).not.toBe(before); // rotated
    expect(r.net.log.some((l) => l.path === '/api/auth/refresh')).toBe(true);
  });

  test('a session the server ended pauses sync and asks for a login; the queue stays', async () => {
    const r = await rig();
    const engine = r.engine();
    await engine.syncOnce();
    const ids = await queue(r, await roster(r.db, 2));
    const account = (await getAccount(r.user.userId))!;
    await call(server.base, 'POST', '/api/auth/logout', {
      json: { refreshToken: account.refreshToken },
    });
    await updateAccount(r.user.userId, { accessToken: null, accessExpiresAt: null });
    let asked = 0;
    const paused = r.engine({ onAuthRequired: () => asked++ });
    paused.start();
    try {
      await until(async () => paused.status.get().phase === 'paused', 'the pause');
    } finally {
      paused.stop();
    }
    expect(asked).toBe(1);
    expect((await outboxCounts(r.db)).pending).toBe(2);
    expect(await storedVisitIds(server.store, ids)).toEqual([]);
  });

  test('a revoked device is told to wipe, and the engine stops', async () => {
    const r = await rig();
    let revoked = 0;
    const engine = r.engine({ onRevoked: () => void revoked++ });
    await engine.syncOnce();
    const admin = await serverLogin(server.base, 'quantri');
    const res = await call(server.base, 'POST', `/api/devices/${await getDeviceId(r.db)}/revoke`, {
      token: admin.token,
    });
    expect(res.status).toBe(200);
    engine.start();
    await until(async () => engine.status.get().phase === 'revoked', 'the revocation');
    expect(revoked).toBe(1);
    engine.trigger('manual');
    expect(engine.status.get().phase).toBe('revoked');
  });
});

describe('pull', () => {
  test('visits from other devices and the month’s removals arrive; the cursor moves on', async () => {
    const r = await rig();
    const engine = r.engine({ pullPageSize: 7 });
    await engine.syncOnce();
    const [a, b] = await roster(r.db, 2);
    // Another tablet of the same worker records a visit to `a`.
    const other = await serverLogin(server.base, 'canbo', newId());
    const remote = samples.visit({
      beneficiaryId: a!.id,
      communeCode: a!.communeCode,
      deviceId: other.deviceId,
      workerId: 'canbo',
    });
    const push = await call(server.base, 'POST', '/api/sync/push', {
      token: other.token,
      json: {
        deviceId: other.deviceId,
        mutations: [
          {
            id: newId(),
            deviceId: other.deviceId,
            seq: 1,
            type: 'visit.create',
            payload: remote,
            createdAt: new Date().toISOString(),
          },
        ],
      },
    });
    expect(push.status).toBe(200);
    // The office removes `b` from the roster.
    const admin = await serverLogin(server.base, 'quantri');
    const removal = await call(server.base, 'POST', '/api/roster/changes', {
      token: admin.token,
      json: { upsert: [], remove: [b!.id] },
    });
    expect(removal.status).toBe(200);

    const report = await engine.syncOnce();
    expect(report.pulled).toBe(2);
    expect((await getVisit(r.db, remote.id))?.syncedAt).not.toBeNull();
    const names = (await searchRoster(r.db, {}, { limit: 500 })).rows.map((x) => x.id);
    expect(names).not.toContain(b!.id);
    expect(names).toContain(a!.id);
    expect((await engine.syncOnce()).pulled).toBe(0);
  });
});
