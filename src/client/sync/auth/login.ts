import { z } from 'zod';
import { isSharedMessageKey, type SharedMessageKey } from '../../../shared/messages';
import { newId } from '../../../shared/ids';
import { sessionResponseSchema, usernameSchema } from '../../../shared/schemas';
import {
  findAccountByUsername,
  getAccount,
  getTabletId,
  putAccount,
  type AccountRow,
} from '../../db/accounts';
import { HttpError, NetworkError, requestJson, type HttpConfig } from '../http';
import { sessionFields } from './tokens';

// The password login, online only. It registers this tablet for the user (one device id per user
// and tablet, kept for every later login) and stores the session with the account.

export type LoginFailure =
  | { kind: 'offline' }
  | { kind: 'credentials' }
  | { kind: 'locked'; minutes: number }
  | { kind: 'tooManyAttempts'; minutes: number }
  | { kind: 'disabled' }
  | { kind: 'revoked' }
  | { kind: 'invalid'; key: SharedMessageKey }
  | { kind: 'server'; status: number };

export class LoginError extends Error {
  override readonly name = 'LoginError';
  constructor(
    readonly failure: LoginFailure,
    options?: { cause?: unknown },
  ) {
    super(`Login failed: ${JSON.stringify(failure)}`, options);
  }
}

/** How this tablet is named in the supervisor's device list: the same for every user on it. */
export function deviceLabel(tabletId: string): string {
  return `Máy tính bảng ${tabletId.replaceAll('-', '').slice(-6)}`;
}

function minutesOf(error: HttpError): number {
  return Math.max(1, Math.ceil((error.retryAfterSeconds ?? 60) / 60));
}

function failureOf(error: unknown): LoginFailure | null {
  if (error instanceof NetworkError) return { kind: 'offline' };
  if (!(error instanceof HttpError)) return null;
  if (error.wipe) return { kind: 'revoked' };
  switch (error.code) {
    case 'invalid_credentials':
      return { kind: 'credentials' };
    case 'account_locked':
      return { kind: 'locked', minutes: minutesOf(error) };
    case 'too_many_attempts':
      return { kind: 'tooManyAttempts', minutes: minutesOf(error) };
    case 'account_disabled':
      return { kind: 'disabled' };
  }
  const key = error.issues[0]?.key;
  if (error.status === 400 && key && isSharedMessageKey(key)) return { kind: 'invalid', key };
  return { kind: 'server', status: error.status };
}

export interface LoginOutcome {
  account: AccountRow;
  /** The account signed in on this tablet before (it may have records here). */
  known: boolean;
  /** The server's secret that wraps this device's data key (held in memory only). */
  wrapSecret: string | null;
}

/**
 * Signs in with the server. Throws LoginError; on `revoked` the caller erases the records of
 * the account that used this tablet's registration.
 */
export async function loginOnline(
  http: HttpConfig,
  usernameInput: string,
  password: string,
): Promise<LoginOutcome> {
  const parsedName = usernameSchema.safeParse(usernameInput.trim().toLowerCase());
  if (!parsedName.success)
    throw new LoginError({ kind: 'invalid', key: 'protocol.username.invalid' });
  if (password.length === 0 || password.length > 200) {
    throw new LoginError({ kind: 'invalid', key: 'protocol.password.invalid' });
  }
  const username = parsedName.data;
  const earlier = await findAccountByUsername(username);
  const deviceId = earlier?.deviceId ?? newId();
  let session;
  try {
    session = await requestJson(http, {
      method: 'POST',
      path: '/api/auth/login',
      json: { username, password, deviceId, deviceLabel: deviceLabel(await getTabletId()) },
      schema: sessionResponseSchema,
    });
  } catch (error) {
    const failure = failureOf(error);
    if (failure) throw new LoginError(failure, { cause: error });
    throw error;
  }
  const previous = await getAccount(session.user.id);
  const account: AccountRow = {
    userId: session.user.id,
    ...sessionFields(session),
    pin: previous?.pin ?? null,
    serverWrappedKey: previous?.serverWrappedKey ?? null,
    pinFailures: 0,
    lastLoginAt: new Date().toISOString(),
    lastUnlockAt: previous?.lastUnlockAt ?? null,
  };
  await putAccount(account);
  return { account, known: previous !== undefined, wrapSecret: session.wrapSecret ?? null };
}

/** Ends the session on the server (best effort: offline, the token simply expires). */
export async function logoutOnline(http: HttpConfig, refreshToken: string): Promise<void> {
  try {
    await requestJson(http, {
      method: 'POST',
      path: '/api/auth/logout',
      json: { refreshToken },
      schema: z.object({ status: z.literal('logged_out') }),
      timeoutMs: 5_000,
    });
  } catch {
    // nothing to do: the device forgets the token either way
  }
}
