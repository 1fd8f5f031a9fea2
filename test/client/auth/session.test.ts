// @vitest-environment node
// Node, not jsdom: the server runs in this process too (see test/client/sync/engine.test.ts).
import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  getDeviceId,
  listOutbox,
  saveVisit,
  searchRoster,
  type GhiDanhDB,
} from '../../../src/client/db';
import {
  getAccount,
  listAccounts,
  updateAccount,
  userDatabaseName,
} from '../../../src/client/db/accounts';
import { appDatabase } from '../../../src/client/db/appDatabase';
import { LockedError } from '../../../src/client/db/seal/sealer';
import { createSyncApi } from '../../../src/client/sync/api';
import { LoginError } from '../../../src/client/sync/auth/login';
import { MAX_PIN_FAILURES } from '../../../src/client/sync/auth/pin';
import {
  activeUsername,
  configureServer,
  lockSession,
  markNeedsLogin,
  renewLogin,
  restoreSession,
  sessionStore,
  signIn,
  signOut,
  unlockWithPin,
  wipeActiveUser,
  type SessionUser,
} from '../../../src/client/sync/auth/session';
import { accountTokens } from '../../../src/client/sync/auth/tokens';
import { SyncEngine } from '../../../src/client/sync/engine';
import { AuthRequiredError } from '../../../src/client/sync/errors';
import { login as serverLogin, call } from '../../server/support/client';
import { addUser, startServer, type TestServer } from '../../server/support/harness';
import * as samples from '../../shared/schemas/samples';
import {
  PASSWORD,
  PIN,
  resetClientBetweenTests,
  signInAs,
  storedVisitIds,
} from '../sync/support/server';

// Signing in on a shared tablet: online the first time, a PIN afterwards, one database per user.

let server: TestServer;
beforeAll(async () => {
  server = await startServer('pglite');
  await addUser(server.store, { username: 'canbo2', role: 'field_worker', units: ['06004'] });
}, 120_000);
afterAll(() => server?.close());
resetClientBetweenTests();

async function databaseExists(name: string): Promise<boolean> {
  return (await indexedDB.databases()).some((d) => d.name === name);
}

function syncFor(user: SessionUser, db: GhiDanhDB) {
  const http = { baseUrl: server.base };
  return new SyncEngine({
    db,
    api: createSyncApi(http, accountTokens(http, user.userId)),
    appVersion: 'test',
  });
}

async function recordVisit(user: SessionUser, db: GhiDanhDB): Promise<string> {
  await syncFor(user, db).syncOnce(); // the roster comes from the server
  const [b] = (await searchRoster(db, {}, { limit: 1 })).rows;
  const visit = samples.visit({
    beneficiaryId: b!.id,
    communeCode: b!.communeCode,
    deviceId: await getDeviceId(db),
    workerId: user.username,
  });
  await saveVisit(db, visit);
  return visit.id;
}

describe('first sign-in', () => {
  test('needs the server: offline it fails with a reason and stores nothing', async () => {
    configureServer({ baseUrl: 'http://127.0.0.1:9' }); // nothing listens on the discard port
    const error = await signIn('canbo', PASSWORD).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LoginError);
    expect((error as LoginError).failure).toEqual({ kind: 'offline' });
    expect(await listAccounts()).toEqual([]);
  });

  test('a wrong password is refused; a malformed username never leaves the tablet', async () => {
    configureServer({ baseUrl: server.base });
    await expect(signIn('canbo', 'not-the-password')).rejects.toMatchObject({
      failure: { kind: 'credentials' },
    });
    await expect(signIn('Cán Bộ', PASSWORD)).rejects.toMatchObject({
      failure: { kind: 'invalid', key: 'protocol.username.invalid' },
    });
    expect(await listAccounts()).toEqual([]);
  });

  test('password, then a PIN; the app then works in the user’s own database', async () => {
    configureServer({ baseUrl: server.base });
    await signIn('canbo', PASSWORD);
    const pending = sessionStore.get();
    expect(pending).toMatchObject({ status: 'choosePin', user: { username: 'canbo' } });
    const { user, db } = await signInAs(server.base, 'canbo');
    expect(db.name).toBe(userDatabaseName(user.userId));
    expect(activeUsername()).toBe('canbo');
    const account = await getAccount(user.userId);
    expect(account?.deviceId).toBe(await getDeviceId(db));
    expect(account?.pin).not.toBeNull();
    expect(JSON.stringify(account)).not.toContain(PIN);
  });
});

describe('later days', () => {
  test('locked, the PIN opens the app offline; a reload asks for the PIN again', async () => {
    const { user } = await signInAs(server.base, 'canbo');
    await lockSession();
    expect(sessionStore.get()).toMatchObject({
      status: 'locked',
      accounts: [{ username: 'canbo' }],
    });
    expect(activeUsername()).toBeNull();
    configureServer({ baseUrl: 'http://127.0.0.1:9' }); // offline from here on
    expect(await unlockWithPin(user.userId, '111111')).toEqual({
      ok: false,
      remaining: MAX_PIN_FAILURES - 1,
    });
    expect(await unlockWithPin(user.userId, PIN)).toEqual({ ok: true });
    expect(activeUsername()).toBe('canbo');

    sessionStore.set({ status: 'loading' }); // the tab reloads: the data key was in memory only
    await restoreSession();
    expect(sessionStore.get()).toMatchObject({
      status: 'locked',
      accounts: [{ username: 'canbo' }],
    });
    await expect(appDatabase()).rejects.toBeInstanceOf(LockedError);
    expect(await unlockWithPin(user.userId, PIN)).toEqual({ ok: true });
    expect(sessionStore.get()).toMatchObject({ status: 'unlocked', user: { username: 'canbo' } });
  });

  test('too many wrong PINs clear the PIN and the session: the password is needed', async () => {
    const { user, db } = await signInAs(server.base, 'canbo');
    const visitId = await recordVisit(user, db);
    await lockSession();
    let last;
    for (let i = 0; i < MAX_PIN_FAILURES; i++) last = await unlockWithPin(user.userId, '135790');
    expect(last).toEqual({ ok: false, locked: true });
    expect(sessionStore.get()).toMatchObject({
      status: 'locked',
      accounts: [],
      notice: 'pinLocked',
    });
    const account = await getAccount(user.userId);
    expect(account).toMatchObject({ pin: null, refreshToken: null, accessToken: null });
    expect(await unlockWithPin(user.userId, PIN)).toEqual({ ok: false, locked: true });
    // The records wait for the password login, untouched.
    const again = await signInAs(server.base, 'canbo');
    expect(again.db.name).toBe(db.name);
    expect((await listOutbox(again.db)).map((e) => e.visitId)).toEqual([visitId]);
  });

  test('signing out ends the server session but keeps the unsynced records', async () => {
    const { user, db } = await signInAs(server.base, 'canbo');
    const visitId = await recordVisit(user, db);
    const refresh = (await getAccount(user.userId))!.refreshToken!;
    const deviceId = await getDeviceId(db);
    await signOut();
    expect(sessionStore.get()).toMatchObject({ status: 'locked', notice: 'signedOut' });
    await expect(appDatabase()).rejects.toBeInstanceOf(LockedError);
    const res = await call(server.base, 'POST', '/api/auth/refresh', {
      json: { refreshToken: refresh, deviceId },
    });
    expect(res.status).toBe(401);
    const back = await signInAs(server.base, 'canbo');
    expect((await listOutbox(back.db)).map((e) => e.visitId)).toEqual([visitId]);
  });
});

describe('a session the server ended', () => {
  test('work goes on; the password (online) renews the session without leaving the app', async () => {
    const { user, db } = await signInAs(server.base, 'canbo');
    const refresh = (await getAccount(user.userId))!.refreshToken!;
    await call(server.base, 'POST', '/api/auth/logout', { json: { refreshToken: refresh } });
    await updateAccount(user.userId, { accessToken: null, accessExpiresAt: null });
    let asked = 0;
    const engine = new SyncEngine({
      db,
      api: createSyncApi(
        { baseUrl: server.base },
        accountTokens({ baseUrl: server.base }, user.userId),
      ),
      appVersion: 'test',
      onAuthRequired: () => {
        asked++;
        markNeedsLogin();
      },
    });
    await expect(engine.syncOnce()).rejects.toBeInstanceOf(AuthRequiredError);
    engine.start();
    const end = Date.now() + 20_000;
    while (asked === 0 && Date.now() < end) await new Promise((r) => setTimeout(r, 20));
    engine.stop();
    expect(sessionStore.get()).toMatchObject({ status: 'unlocked', needsLogin: true });

    await expect(renewLogin('not-the-password')).rejects.toMatchObject({
      failure: { kind: 'credentials' },
    });
    await renewLogin(PASSWORD);
    expect(sessionStore.get()).toMatchObject({ status: 'unlocked', needsLogin: false });
    expect(await getDeviceId(db)).toBe((await getAccount(user.userId))!.deviceId);
    await new SyncEngine({
      db,
      api: createSyncApi(
        { baseUrl: server.base },
        accountTokens({ baseUrl: server.base }, user.userId),
      ),
      appVersion: 'test',
    }).syncOnce();
  });
});

describe('a second user on the same tablet', () => {
  test('neither sees nor loses the first user’s unsynced records', async () => {
    const a = await signInAs(server.base, 'canbo');
    const visitOfA = await recordVisit(a.user, a.db);
    const deviceOfA = await getDeviceId(a.db);
    await lockSession();

    const b = await signInAs(server.base, 'canbo2');
    expect(b.db.name).not.toBe(a.db.name);
    expect(await listOutbox(b.db)).toEqual([]);
    const visitOfB = await recordVisit(b.user, b.db);
    await syncFor(b.user, b.db).syncOnce();
    expect(await listOutbox(b.db)).toEqual([]);
    expect(await storedVisitIds(server.store, [visitOfA, visitOfB])).toEqual([visitOfB]);
    expect(await getDeviceId(b.db)).not.toBe(deviceOfA);
    await lockSession();

    // canbo's visit is still waiting on this tablet, and goes up under canbo's own session.
    expect(await unlockWithPin(a.user.userId, PIN)).toEqual({ ok: true });
    const db = await appDatabase();
    expect((await listOutbox(db)).map((e) => e.visitId)).toEqual([visitOfA]);
    await syncFor(a.user, db).syncOnce();
    expect(await storedVisitIds(server.store, [visitOfA, visitOfB])).toEqual(
      [visitOfA, visitOfB].sort(),
    );
    expect((await listAccounts()).map((x) => x.username).sort()).toEqual(['canbo', 'canbo2']);
  });
});

describe('a revoked device', () => {
  test('erases the user’s database when told, and the next login starts afresh', async () => {
    const { user, db } = await signInAs(server.base, 'canbo');
    await recordVisit(user, db);
    const deviceId = await getDeviceId(db);
    const admin = await serverLogin(server.base, 'quantri');
    await call(server.base, 'POST', `/api/devices/${deviceId}/revoke`, { token: admin.token });

    let wiped = false;
    const http = { baseUrl: server.base };
    const engine = new SyncEngine({
      db,
      api: createSyncApi(http, accountTokens(http, user.userId)),
      appVersion: 'test',
      onRevoked: async () => {
        await wipeActiveUser();
        wiped = true;
      },
    });
    engine.start();
    const end = Date.now() + 20_000;
    while (!wiped && Date.now() < end) await new Promise((r) => setTimeout(r, 20));
    expect(wiped).toBe(true);
    expect(sessionStore.get()).toMatchObject({ status: 'locked', notice: 'wiped' });
    expect(await databaseExists(userDatabaseName(user.userId))).toBe(false);
    expect(await getAccount(user.userId)).toBeUndefined();

    // Signing in again registers a new device, with an empty database.
    const fresh = await signInAs(server.base, 'canbo');
    expect(await getDeviceId(fresh.db)).not.toBe(deviceId);
    expect(await listOutbox(fresh.db)).toEqual([]);
  });

  test('told at login: the old registration’s records are erased', async () => {
    const { user, db } = await signInAs(server.base, 'canbo');
    const deviceId = await getDeviceId(db);
    await lockSession();
    const admin = await serverLogin(server.base, 'quantri');
    await call(server.base, 'POST', `/api/devices/${deviceId}/revoke`, { token: admin.token });
    await expect(signIn('canbo', PASSWORD)).rejects.toMatchObject({ failure: { kind: 'revoked' } });
    expect(await databaseExists(userDatabaseName(user.userId))).toBe(false);
    expect(await listAccounts()).toEqual([]);
  });
});
