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
} from '../../db/accounts';
import { appDatabase, deleteDatabase, selectAppDatabase } from '../../db/appDatabase';
import { getMeta, setMeta } from '../../db/syncMeta';
import type { HttpConfig } from '../http';
import { observable, useObservable } from '../observable';
import { LoginError, loginOnline, logoutOnline } from './login';
import { hashPin, MAX_PIN_FAILURES, pinProblem, verifyPin } from './pin';
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

// ---- Remembering an unlock for a working day: a reload or a second tab does not ask again ----

const MARKER = 'ghidanh.unlocked';
/** Within this time of an unlock the app opens straight away; after it the PIN is asked again. */
export const UNLOCK_HOURS = 12;

function remember(userId: string, now = Date.now()) {
  try {
    localStorage.setItem(MARKER, JSON.stringify({ userId, until: now + UNLOCK_HOURS * 3.6e6 }));
  } catch {
    // storage refused (private mode): the PIN is simply asked after a reload
  }
}

function remembered(now = Date.now()): string | null {
  try {
    const value = JSON.parse(localStorage.getItem(MARKER) ?? 'null') as {
      userId?: unknown;
      until?: unknown;
    } | null;
    return typeof value?.userId === 'string' && typeof value.until === 'number' && value.until > now
      ? value.userId
      : null;
  } catch {
    return null;
  }
}

function forget() {
  try {
    localStorage.removeItem(MARKER);
  } catch {
    // nothing remembered
  }
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

/** Opens the user's own database and makes sure its device id is the one the server knows. */
async function activate(row: AccountRow): Promise<void> {
  await selectAppDatabase(userDatabaseName(row.userId));
  const db = await appDatabase();
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
  remember(row.userId);
  state.set({ status: 'unlocked', user: userOf(row), needsLogin });
}

/** On start: unlocked again within the working day, otherwise the sign-in screen. */
export async function restoreSession(): Promise<void> {
  const userId = remembered();
  const row = userId ? await getAccount(userId) : undefined;
  if (row?.pin) await activate(row);
  else await showLocked(null);
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
  const { account } = outcome;
  if (account.pin) await activate(account);
  else {
    await selectAppDatabase(userDatabaseName(account.userId));
    state.set({ status: 'choosePin', user: userOf(account) });
  }
}

/** After the first login: sets the offline PIN and unlocks. */
export async function choosePin(pin: string): Promise<void> {
  const current = state.get();
  if (current.status !== 'choosePin') throw new Error('No sign-in waiting for a PIN');
  const problem = pinProblem(pin);
  if (problem) throw new Error(`Unacceptable PIN: ${problem}`);
  const row = await updateAccount(current.user.userId, { pin: await hashPin(pin) });
  if (!row) throw new Error('The account is gone');
  await activate(row);
}

export type UnlockResult =
  | { ok: true }
  | { ok: false; remaining: number }
  /** Too many wrong PINs: the PIN is cleared, a password login is needed. */
  | { ok: false; locked: true };

export async function unlockWithPin(userId: string, pin: string): Promise<UnlockResult> {
  const row = await getAccount(userId);
  if (!row?.pin) {
    await showLocked('pinLocked');
    return { ok: false, locked: true };
  }
  if (await verifyPin(pin, row.pin)) {
    await activate(row);
    return { ok: true };
  }
  const failures = row.pinFailures + 1;
  if (failures >= MAX_PIN_FAILURES) {
    await updateAccount(userId, { pin: null, pinFailures: 0, ...NO_TOKENS });
    await showLocked('pinLocked');
    return { ok: false, locked: true };
  }
  await updateAccount(userId, { pinFailures: failures });
  return { ok: false, remaining: MAX_PIN_FAILURES - failures };
}

/** Locks the app (the PIN opens it again). Records and session stay. */
export async function lockSession(): Promise<void> {
  forget();
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
  await updateAccount(current.user.userId, { pin: null, pinFailures: 0, ...NO_TOKENS });
  forget();
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
  forget();
  await wipeAccount(current.user.userId);
  await showLocked('wiped');
}
