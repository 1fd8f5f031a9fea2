import type { ProviderProfile } from '../../../shared/accounts';
import type { Role } from '../../../shared/schemas';
import {
  findAccountByUsername,
  getAccount,
  listAccounts,
  removeAccount,
  updateAccount,
  userDatabaseName,
  type AccountRow,
  type PinHash,
} from '../../db/accounts';
import {
  appDatabase,
  deleteDatabase,
  lockAppDatabase,
  selectAppDatabase,
} from '../../db/appDatabase';
import { openRosterIndex } from '../../db/roster';
import {
  generateDataKey,
  serverKeyEncryptionKey,
  unwrapDataKey,
  wrapDataKey,
} from '../../db/seal/dataKey';
import { getMeta, setMeta } from '../../db/syncMeta';
import type { HttpConfig } from '../http';
import { observable, useObservable } from '../observable';
import { LoginError, loginOnline, logoutOnline } from './login';
import { MAX_PIN_FAILURES, openWithPin, pinProblem, pinWrap, type PinOpening } from './pin';
import { NO_TOKENS } from './tokens';

// Who is using the app on this tablet. The first sign-in needs the network and a password; then
// the user chooses a PIN that unlocks the app offline on later days. Each user works in their
// own database, so signing in as someone else never shows or touches another user's records.

export interface SessionUser {
  userId: string;
  username: string;
  displayName: string;
  role: Role;
  unitCodes: string[];
  /** Provider agents: their provider, for the work list; null for other roles. */
  provider?: ProviderProfile | null;
}

/** Why the sign-in screen is shown, when it is not simply the start of the day. */
export type SessionNotice = 'wiped' | 'pinLocked' | 'signedOut' | null;

export type SessionState =
  | { status: 'loading' }
  | { status: 'locked'; accounts: SessionUser[]; notice: SessionNotice }
  | { status: 'choosePin'; user: SessionUser }
  /** needsLogin: the server no longer takes the saved session; work goes on, sync waits. */
  | { status: 'unlocked'; user: SessionUser; needsLogin: boolean };

const state = observable<SessionState>({ status: 'loading' });
let http: HttpConfig = {};

/** Where the server is (default: the page's own origin). */
export function configureServer(config: HttpConfig): void {
  http = config;
}

export function serverConfig(): HttpConfig {
  return http;
}

export const sessionStore = state;

export function useSession(): SessionState {
  return useObservable(state);
}

/** The signed-in user's username (visits record it as the worker), or null. */
export function activeUsername(): string | null {
  const current = state.get();
  return current.status === 'unlocked' ? current.user.username : null;
}

// ---- The data key: in memory only while unlocked (docs/encryption.md) ----
// A reload, a new tab or a lock asks for the PIN again: the key is never written anywhere in a
// usable form, and it is not handed from tab to tab.

/** The former "unlocked for the working day" marker; removed wherever it is still found. */
const OLD_MARKER = 'ghidanh.unlocked';

function forgetOldMarker() {
  try {
    localStorage.removeItem(OLD_MARKER);
  } catch {
    // nothing stored
  }
}

/** After a password login, until a PIN is chosen: the data key to wrap under it, or none yet. */
let awaitingPin: { userId: string; dataKey: CryptoKey | null; wrapSecret: string | null } | null =
  null;
/** After a password login for an account whose key only the PIN wraps: the server's secret. */
let awaitingUnlock: { userId: string; wrapSecret: string } | null = null;

async function serverWrap(dataKey: CryptoKey, wrapSecret: string): Promise<string> {
  return wrapDataKey(dataKey, await serverKeyEncryptionKey(wrapSecret));
}

function userOf(row: AccountRow): SessionUser {
  return {
    userId: row.userId,
    username: row.username,
    displayName: row.displayName,
    role: row.role,
    unitCodes: row.unitCodes,
    provider: row.provider ?? null,
  };
}

async function showLocked(notice: SessionNotice) {
  const accounts = await listAccounts();
  state.set({ status: 'locked', accounts: accounts.filter((a) => a.pin).map(userOf), notice });
}

/**
 * Opens the user's own database with their data key (sealing records left clear by an older
 * version), opens the roster into memory for search, and makes sure the database's device id is
 * the one the server knows.
 */
async function activate(row: AccountRow, dataKey: CryptoKey): Promise<void> {
  awaitingPin = null;
  awaitingUnlock = null;
  await selectAppDatabase(userDatabaseName(row.userId), dataKey);
  const db = await appDatabase();
  await openRosterIndex(db);
  const inDatabase = await getMeta(db, 'deviceId');
  let needsLogin = row.refreshToken === null;
  if (!inDatabase) {
    await setMeta(db, 'deviceId', row.deviceId);
  } else if (inDatabase !== row.deviceId) {
    // The records were made under another registration: sign in again under that one.
    await updateAccount(row.userId, { deviceId: inDatabase, ...NO_TOKENS });
    needsLogin = true;
  }
  await updateAccount(row.userId, { lastUnlockAt: new Date().toISOString(), pinFailures: 0 });
  state.set({ status: 'unlocked', user: userOf(row), needsLogin });
}

/** On start (and after a reload): the sign-in screen; the PIN opens the data key again. */
export async function restoreSession(): Promise<void> {
  forgetOldMarker();
  await lockAppDatabase();
  await showLocked(null);
}

/** The password login (online). Then a PIN is chosen, unless this account has one already. */
export async function signIn(username: string, password: string): Promise<void> {
  let outcome;
  try {
    outcome = await loginOnline(http, username, password);
  } catch (error) {
    if (error instanceof LoginError && error.failure.kind === 'revoked') {
      // This tablet's registration for the user was revoked: erase what it held, as told.
      const earlier = await findAccountByUsername(username.trim().toLowerCase());
      if (earlier) await wipeAccount(earlier.userId);
    }
    throw error;
  }
  const { account, wrapSecret } = outcome;
  await lockAppDatabase();
  // The server's copy of the key opens the records without the PIN (e.g. after a lock-out).
  if (wrapSecret && account.serverWrappedKey) {
    const needsPin = !account.pin?.wrappedKey || account.pin.blocked === true;
    const kek = await serverKeyEncryptionKey(wrapSecret);
    const dataKey = await unwrapDataKey(account.serverWrappedKey, kek, needsPin).catch(() => null);
    if (dataKey && !needsPin) return activate(account, dataKey);
    if (dataKey) {
      awaitingPin = { userId: account.userId, dataKey, wrapSecret };
      state.set({ status: 'choosePin', user: userOf(account) });
      return;
    }
  }
  if (account.pin?.wrappedKey && wrapSecret) {
    // Only the PIN wraps this key (it was made offline): the PIN opens it, and the server's
    // secret then wraps it too. A PIN blocked by wrong tries is accepted once more for this.
    awaitingUnlock = { userId: account.userId, wrapSecret };
    state.set({ status: 'locked', accounts: [userOf(account)], notice: null });
    return;
  }
  // No key yet: a first sign-in, or records from before encryption (sealed at activation).
  awaitingPin = { userId: account.userId, dataKey: null, wrapSecret };
  state.set({ status: 'choosePin', user: userOf(account) });
}

/** After the first login: sets the offline PIN and unlocks. */
export async function choosePin(pin: string): Promise<void> {
  const current = state.get();
  if (current.status !== 'choosePin') throw new Error('No sign-in waiting for a PIN');
  const problem = pinProblem(pin);
  if (problem) throw new Error(`Unacceptable PIN: ${problem}`);
  const pending =
    awaitingPin?.userId === current.user.userId
      ? awaitingPin
      : { userId: current.user.userId, dataKey: null, wrapSecret: null };
  const dataKey = pending.dataKey ?? (await generateDataKey());
  const pinKey = await pinWrap(pin, dataKey);
  const before = await getAccount(current.user.userId);
  const row = await updateAccount(current.user.userId, {
    pin: pinKey,
    pinFailures: 0,
    serverWrappedKey: pending.wrapSecret
      ? await serverWrap(dataKey, pending.wrapSecret)
      : (before?.serverWrappedKey ?? null),
  });
  if (!row) throw new Error('The account is gone');
  // From here on only a non-extractable copy of the key is used.
  const opened = await openWithPin(pin, pinKey);
  if (!opened.ok) throw new Error('The new PIN does not open its own key');
  await activate(row, await unwrapDataKey(pinKey.wrappedKey!, opened.kek));
}

export type UnlockResult =
  | { ok: true }
  | { ok: false; remaining: number }
  /** Too many wrong PINs: the PIN is cleared, a password login is needed. */
  | { ok: false; locked: true };

export async function unlockWithPin(userId: string, pin: string): Promise<UnlockResult> {
  const row = await getAccount(userId);
  const secret = awaitingUnlock?.userId === userId ? awaitingUnlock.wrapSecret : null;
  if (!row?.pin || (row.pin.blocked && !secret)) {
    await showLocked('pinLocked');
    return { ok: false, locked: true };
  }
  const opened = await openWithPin(pin, row.pin);
  if (opened.ok) {
    await activate(await withKeyWraps(row, pin, opened, secret), await keyOf(row, pin, opened));
    return { ok: true };
  }
  const failures = row.pinFailures + 1;
  if (failures >= MAX_PIN_FAILURES) {
    // The PIN-wrapped key is deleted; the server's copy (a password login) opens the records.
    // Without a server copy yet, deleting it would lose them: it is blocked until a login.
    const pinAfter = row.serverWrappedKey ? null : { ...row.pin, blocked: true };
    await updateAccount(userId, { pin: pinAfter, pinFailures: 0, ...NO_TOKENS });
    awaitingUnlock = null;
    await showLocked('pinLocked');
    return { ok: false, locked: true };
  }
  await updateAccount(userId, { pinFailures: failures });
  return { ok: false, remaining: MAX_PIN_FAILURES - failures };
}

/**
 * A right PIN on an account whose key it does not wrap yet (records from before encryption) or
 * that the server does not wrap yet (with its secret from a login just now): the wraps are made.
 */
async function withKeyWraps(
  row: AccountRow,
  pin: string,
  opened: Extract<PinOpening, { ok: true }>,
  secret: string | null,
): Promise<AccountRow> {
  if (!opened.legacy && (row.serverWrappedKey || !secret)) return row;
  const dataKey = opened.legacy
    ? await generateDataKey()
    : await unwrapDataKey(row.pin!.wrappedKey!, opened.kek, true);
  const pinKey = opened.legacy ? await pinWrap(pin, dataKey) : row.pin!;
  const next = await updateAccount(row.userId, {
    pin: { ...pinKey, blocked: false },
    serverWrappedKey: secret ? await serverWrap(dataKey, secret) : (row.serverWrappedKey ?? null),
  });
  return next ?? row;
}

/** The non-extractable data key the right PIN opens (after withKeyWraps). */
async function keyOf(
  row: AccountRow,
  pin: string,
  opened: Extract<PinOpening, { ok: true }>,
): Promise<CryptoKey> {
  const current = (await getAccount(row.userId))?.pin;
  if (!current?.wrappedKey) throw new Error('No wrapped data key');
  const kek = opened.legacy ? await reopen(pin, current) : opened.kek;
  return unwrapDataKey(current.wrappedKey, kek);
}

async function reopen(pin: string, stored: PinHash): Promise<CryptoKey> {
  const again = await openWithPin(pin, stored);
  if (!again.ok) throw new Error('The new PIN record does not open');
  return again.kek;
}

/** Locks the app (the PIN opens it again): the data key is forgotten. Records and session stay. */
export async function lockSession(): Promise<void> {
  await lockAppDatabase();
  await showLocked(null);
}

/**
 * Signs out: the session ends on the server and the PIN is forgotten, so the next use needs
 * the password. The user's records stay on the tablet and are sent after the next sign-in.
 */
export async function signOut(): Promise<void> {
  const current = state.get();
  if (current.status !== 'unlocked') return;
  const row = await getAccount(current.user.userId);
  if (row?.refreshToken) await logoutOnline(http, row.refreshToken);
  // The PIN-wrapped key goes with the PIN; the server-wrapped one stays for the next login.
  await updateAccount(current.user.userId, { pin: null, pinFailures: 0, ...NO_TOKENS });
  await lockAppDatabase();
  await showLocked('signedOut');
}

/** The saved session was refused: keep working, and ask for the password to sync again. */
export function markNeedsLogin(): void {
  const current = state.get();
  if (current.status === 'unlocked' && !current.needsLogin) {
    state.set({ ...current, needsLogin: true });
  }
}

/** Password login for the user already working (after their session ended). */
export async function renewLogin(password: string): Promise<void> {
  const current = state.get();
  if (current.status !== 'unlocked') throw new Error('Nobody is signed in');
  const { account } = await loginOnline(http, current.user.username, password);
  if (account.userId !== current.user.userId) throw new Error('Signed in as someone else');
  const latest = state.get();
  if (latest.status === 'unlocked')
    state.set({ ...latest, user: userOf(account), needsLogin: false });
}

async function wipeAccount(userId: string): Promise<void> {
  await deleteDatabase(userDatabaseName(userId));
  await removeAccount(userId);
}

/**
 * The server revoked this tablet's registration for the signed-in user: their database is
 * erased, as instructed (nothing is exported first), and the sign-in screen says why.
 */
export async function wipeActiveUser(): Promise<void> {
  const current = state.get();
  if (current.status !== 'unlocked') return;
  // Leave the app first, so no screen reads the database while it is deleted.
  state.set({ status: 'loading' });
  await wipeAccount(current.user.userId);
  await showLocked('wiped');
}
